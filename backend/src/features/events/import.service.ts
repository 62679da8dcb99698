import { type Types } from 'mongoose';
import { EVENT_LIMITS, type ImportResultDto } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { badRequest } from '../../http/errors';
import { UserModel } from '../accounts';
import { ProfileModel, type Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import { parseCsv } from './csv';
import { inviteImported } from './participants.service';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PROFILE_ID = /^[0-9a-f]{24}$/i;

/** The profile a row names, or null (no account, no profile): the caller never tells which. */
async function profileFor(
  email: string,
  profileId: string,
): Promise<{ _id: Types.ObjectId; userId: Types.ObjectId } | null> {
  if (profileId) return ProfileModel.findById(profileId, { _id: 1, userId: 1 }).lean();
  const user = await UserModel.findOne({ email: email.toLowerCase() }, { _id: 1 }).lean();
  return user ? ProfileModel.findOne({ userId: user._id }, { _id: 1, userId: 1 }).lean() : null;
}

/**
 * Imports participants from CSV (header row with `email` and/or `profileId`): each row naming a
 * member with a profile invites them (they accept or decline). The report counts every well-formed,
 * non-repeated row as invited, whether it named an account, a hidden profile, someone in already or
 * someone who declined before: an import must not tell which emails have accounts.
 */
export async function importParticipants(
  events: DomainEventBus,
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
  const result: ImportResultDto = { invited: 0, skipped: [] };
  // Repeats are found by what the row says (not by whom it resolves to, which would tell).
  const seen = new Set<string>();
  for (const row of rows) {
    const email = (emailCol >= 0 ? row.cells[emailCol] : '')?.trim() ?? '';
    const profileId = (profileCol >= 0 ? row.cells[profileCol] : '')?.trim() ?? '';
    const value = profileId || email;
    if (profileId ? !PROFILE_ID.test(profileId) : !EMAIL.test(email)) {
      result.skipped.push({ line: row.line, value, reason: 'invalid' });
      continue;
    }
    const key = profileId ? `id:${profileId.toLowerCase()}` : `email:${email.toLowerCase()}`;
    if (seen.has(key)) {
      result.skipped.push({ line: row.line, value, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    result.invited += 1;
    const found = await profileFor(email, profileId);
    if (found) await inviteImported(events, event, found, viewer.userId);
  }
  return result;
}
