import { type Types } from 'mongoose';
import { EVENT_LIMITS, type ImportResultDto } from '@musubi/shared';
import { badRequest } from '../../http/errors';
import { UserModel } from '../accounts';
import { ProfileModel, type Viewer } from '../profiles';
import { syncChannel } from './channel';
import { loadOrganisedEvent } from './event-access';
import { parseCsv } from './csv';
import { admitImported } from './participants.service';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function profileFor(
  email: string,
  profileId: string,
): Promise<{ _id: Types.ObjectId; userId: Types.ObjectId } | 'not_found' | 'no_profile' | 'invalid'> {
  if (profileId) {
    if (!/^[0-9a-f]{24}$/i.test(profileId)) return 'invalid';
    const p = await ProfileModel.findById(profileId, { _id: 1, userId: 1 }).lean();
    return p ?? 'not_found';
  }
  if (!EMAIL.test(email)) return 'invalid';
  const user = await UserModel.findOne({ email: email.toLowerCase() }, { _id: 1 }).lean();
  if (!user) return 'not_found';
  const p = await ProfileModel.findOne({ userId: user._id }, { _id: 1, userId: 1 }).lean();
  return p ?? 'no_profile';
}

/**
 * Imports participants from CSV (header row with `email` and/or `profileId`): each row naming a
 * member with a profile is added as approved while seats last; every other row is reported with why.
 */
export async function importParticipants(
  viewer: NonNullable<Viewer>,
  id: string,
  csv: string,
): Promise<ImportResultDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const rows = parseCsv(csv);
  const header = rows.shift();
  const names =
    header?.cells.map((c) =>
      c
        .trim()
        .toLowerCase()
        .replace(/[\s_-]/g, ''),
    ) ?? [];
  const emailCol = names.indexOf('email');
  const profileCol = names.indexOf('profileid');
  if (emailCol < 0 && profileCol < 0) {
    throw badRequest('The first row must name an `email` or `profileId` column', {
      issues: [{ path: 'csv', message: 'Missing email / profileId header' }],
    });
  }
  if (rows.length > EVENT_LIMITS.csvImportMaxRows) {
    throw badRequest(`At most ${EVENT_LIMITS.csvImportMaxRows} rows per import`);
  }
  const result: ImportResultDto = { added: 0, alreadyIn: 0, skipped: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    const email = (emailCol >= 0 ? row.cells[emailCol] : '')?.trim() ?? '';
    const profileId = (profileCol >= 0 ? row.cells[profileCol] : '')?.trim() ?? '';
    const value = profileId || email;
    const found = await profileFor(email, profileId);
    if (typeof found === 'string') {
      result.skipped.push({ line: row.line, value, reason: found });
      continue;
    }
    const key = found._id.toString();
    if (seen.has(key)) {
      result.alreadyIn += 1;
      continue;
    }
    seen.add(key);
    try {
      const added = await admitImported(event, found);
      if (added) result.added += 1;
      else result.alreadyIn += 1;
    } catch (err) {
      if ((err as { details?: { reason?: string } }).details?.reason !== 'full') throw err;
      result.skipped.push({ line: row.line, value, reason: 'full' });
    }
  }
  if (result.added > 0) await syncChannel(event);
  return result;
}
