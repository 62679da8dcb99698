import { trusted, type Types } from 'mongoose';
import { EVENT_LIMITS, OBJECT_ID_PATTERN, type ImportJobDto, type ImportResultDto } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { AppError, badRequest, notFound } from '../../http/errors';
import { UserModel } from '../accounts';
import { ProfileModel, type Viewer } from '../profiles';
import { loadOrganisedEvent, oid } from './event-access';
import { EventModel, type EventRecord } from './event.model';
import { parseCsv } from './csv';
import { ImportJobModel, type ImportJobRecord, type ImportRow } from './import-job.model';
import type { ImportRunner } from './import-runner';
import { notify, type NewNotification } from '../notifications';
import { actorOfUser } from './event-profiles';
import { inviteImported } from './participants.service';
import { jobOutcome } from './schedule-job';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PROFILE_ID = /^[0-9a-f]{24}$/i;
/** Rows per batch: one lookup per kind of reference for the batch, then progress is stored. */
export const IMPORT_BATCH_ROWS = 25;

type Found = { _id: Types.ObjectId; userId: Types.ObjectId };

/** The CSV's rows (header row with `email` and/or `profileId`); 400 when it names neither or is too long. */
function readRows(csv: string): ImportRow[] {
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
  return rows.map((row) => ({
    line: row.line,
    email: (emailCol >= 0 ? row.cells[emailCol] : '')?.trim() ?? '',
    profileId: (profileCol >= 0 ? row.cells[profileCol] : '')?.trim() ?? '',
  }));
}

/**
 * Starts an import (POST /events/:id/participants/import): checks and stores the rows as a job and
 * hands it to the background runner; answers at once. Each row naming a member with a profile
 * invites them (they accept or decline; see runImportJob for what the report may say).
 */
export async function startImport(
  runner: ImportRunner,
  viewer: NonNullable<Viewer>,
  id: string,
  csv: string,
): Promise<ImportJobDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const rows = readRows(csv);
  const now = new Date();
  const job = await ImportJobModel.create({
    eventId: event._id,
    byUserId: oid(viewer.userId),
    status: 'running',
    rows,
    total: rows.length,
    processed: 0,
    result: { invited: 0, skipped: [] },
    createdAt: now,
    updatedAt: now,
  });
  runner.start(job._id);
  return presentImportJob(job.toObject<ImportJobRecord>());
}

export function presentImportJob(job: ImportJobRecord, now = Date.now()): ImportJobDto {
  const { status, error } = jobOutcome(job, now);
  return {
    id: job._id.toString(),
    status,
    total: job.total,
    processed: job.processed,
    result: job.result,
    error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** GET /events/:id/participants/import/:jobId: progress, then the report (organisers only). */
export async function getImportJob(viewer: NonNullable<Viewer>, id: string, jobId: string): Promise<ImportJobDto> {
  const event = await loadOrganisedEvent(id, viewer);
  if (!OBJECT_ID_PATTERN.test(jobId)) throw notFound('Import');
  const job = await ImportJobModel.findOne(
    { _id: oid(jobId), eventId: event._id },
    { rows: 0 },
  ).lean<ImportJobRecord>();
  if (!job) throw notFound('Import');
  return presentImportJob(job);
}

/**
 * The profile each well-formed row names, or null (no account, no profile, unknown id): one query
 * per kind of lookup for the whole batch, not two per row. The caller never tells which null.
 */
async function resolveBatch(rows: readonly ImportRow[]): Promise<Array<Found | null>> {
  const byId = rows.filter((r) => r.profileId).map((r) => r.profileId.toLowerCase());
  const emails = rows.filter((r) => !r.profileId).map((r) => r.email.toLowerCase());
  const [profilesById, users] = await Promise.all([
    byId.length
      ? ProfileModel.find({ _id: trusted({ $in: byId.map(oid) }) }, { _id: 1, userId: 1 }).lean<Found[]>()
      : [],
    emails.length ? UserModel.find({ email: trusted({ $in: emails }) }, { _id: 1, email: 1 }).lean() : [],
  ]);
  const profilesOfUsers = users.length
    ? await ProfileModel.find({ userId: trusted({ $in: users.map((u) => u._id) }) }, { _id: 1, userId: 1 }).lean<
        Found[]
      >()
    : [];
  const profileById = new Map(profilesById.map((p) => [p._id.toString(), p]));
  const userByEmail = new Map(users.map((u) => [u.email, u._id.toString()]));
  const profileByUser = new Map(profilesOfUsers.map((p) => [p.userId.toString(), p]));
  return rows.map((r) => {
    if (r.profileId) return profileById.get(r.profileId.toLowerCase()) ?? null;
    const userId = userByEmail.get(r.email.toLowerCase());
    return (userId && profileByUser.get(userId)) || null;
  });
}

/** Why a row is not invited, judged by what it says alone (never by whom it resolves to, which would tell). */
function rowProblem(row: ImportRow, seen: Set<string>): 'invalid' | 'duplicate' | null {
  if (row.profileId ? !PROFILE_ID.test(row.profileId) : !EMAIL.test(row.email)) return 'invalid';
  const key = row.profileId ? `id:${row.profileId.toLowerCase()}` : `email:${row.email.toLowerCase()}`;
  if (seen.has(key)) return 'duplicate';
  seen.add(key);
  return null;
}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Invites the job's rows in batches of IMPORT_BATCH_ROWS (the per-row step is one call to
 * inviteImported), storing the report after each batch and yielding to other requests between them.
 * The report counts every well-formed, non-repeated row as invited, whether it named an account, a
 * hidden profile, someone in already or someone who declined before: an import must not tell which
 * emails have accounts. `stopping` (app shutdown) ends it between batches as failed `interrupted`.
 */
export async function runImportJob(
  jobId: Types.ObjectId,
  events: DomainEventBus,
  stopping: () => boolean,
): Promise<void> {
  const job = await ImportJobModel.findById(jobId).lean<ImportJobRecord>();
  if (!job || job.status !== 'running') return;
  const finish = (status: 'done' | 'failed', error: string | null, set: Partial<ImportJobRecord> = {}) => {
    const now = new Date();
    return ImportJobModel.updateOne(
      { _id: jobId },
      { $set: { ...set, status, error, rows: [], updatedAt: now, finishedAt: now } },
    );
  };
  const event = await EventModel.findById(job.eventId).lean<EventRecord>();
  if (!event) {
    await finish('failed', 'not_found');
    return;
  }
  const result: ImportResultDto = job.result;
  const seen = new Set<string>();
  // Rows done before a restart still count as seen, so a resumed report judges repeats the same way.
  for (const row of job.rows.slice(0, job.processed)) rowProblem(row, seen);
  let processed = job.processed;
  // The organiser as the notifications name them, looked up once whatever the rows resolve to.
  const actor = await actorOfUser(job.byUserId.toString());
  let done = false;
  try {
    while (!done) {
      if (stopping()) {
        await finish('failed', 'interrupted');
        return;
      }
      const batch = job.rows.slice(processed, processed + IMPORT_BATCH_ROWS);
      const wellFormed: ImportRow[] = [];
      for (const row of batch) {
        const problem = rowProblem(row, seen);
        if (problem) result.skipped.push({ line: row.line, value: row.profileId || row.email, reason: problem });
        else wellFormed.push(row);
      }
      const found = wellFormed.length ? await resolveBatch(wellFormed) : [];
      const outbox: NewNotification[] = [];
      for (const profile of found) {
        result.invited += 1;
        const note = profile ? await inviteImported(event, profile, job.byUserId.toString(), actor) : null;
        if (note) outbox.push(note);
      }
      processed += batch.length;
      done = processed >= job.rows.length;
      if (done) await finish('done', null, { processed, result });
      else await ImportJobModel.updateOne({ _id: jobId }, { $set: { processed, result, updatedAt: new Date() } });
      // Members are notified after the batch's progress (or the end) is stored, so what the organiser
      // can watch does not wait on how many rows reached an account.
      await notify(events, outbox);
      await yieldToEventLoop();
    }
  } catch (err) {
    await finish('failed', err instanceof AppError ? err.code : 'internal_error');
    throw err;
  }
}
