import type { Types } from 'mongoose';
import type { ScheduleJobDto } from '@musubi/shared';
import { CLAIM_ABANDONED_AFTER_MS } from '../../db/unique';
import { notFound } from '../../http/errors';
import type { Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import { EventLockModel } from './event.model';
import { ScheduleJobModel, type ScheduleJobRecord } from './schedule-job.model';

/** How often a running job writes its progress (and keeps its event lock fresh). */
const HEARTBEAT_MS = 500;
/** A running job silent this long was lost with its process; it is reported failed. */
export const JOB_LOST_AFTER_MS = CLAIM_ABANDONED_AFTER_MS;

type Snapshot = Pick<ScheduleJobRecord, 'phase' | 'progress' | 'elapsedMs'>;

export interface ScheduleJobTracker {
  /** Records progress; written at the next heartbeat. */
  report(update: Partial<Snapshot>): void;
  /** Stops the heartbeat and stores how the job ended. */
  finish(status: 'done' | 'failed', error?: string): Promise<void>;
}

/**
 * Stores a running job for the event and keeps it (and the lock `lockId` the caller holds) fresh
 * while the work goes on, so other processes see its progress and a lock outlives
 * CLAIM_ABANDONED_AFTER_MS only while its holder is alive.
 */
export async function startScheduleJob(
  eventId: Types.ObjectId,
  budgetMs: number,
  lockId: string,
): Promise<ScheduleJobTracker> {
  const startedAt = new Date();
  const snapshot: Snapshot = { phase: 'pairs', progress: 0, elapsedMs: 0 };
  const job = await ScheduleJobModel.create({
    eventId,
    status: 'running',
    ...snapshot,
    budgetMs,
    startedAt,
    updatedAt: startedAt,
  });
  let writing: Promise<unknown> | null = null;
  // A beat is skipped while the previous one is still being written (a slow database).
  const beat = () => {
    if (writing) return;
    const now = new Date();
    snapshot.elapsedMs = now.getTime() - startedAt.getTime();
    writing = Promise.all([
      ScheduleJobModel.updateOne({ _id: job._id, status: 'running' }, { $set: { ...snapshot, updatedAt: now } }),
      EventLockModel.updateOne({ _id: lockId }, { $set: { createdAt: now } }),
    ])
      .catch(() => undefined)
      .finally(() => (writing = null));
  };
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  return {
    report: (update) => Object.assign(snapshot, update),
    async finish(status, error) {
      clearInterval(timer);
      await writing;
      const now = new Date();
      await ScheduleJobModel.updateOne(
        { _id: job._id },
        {
          $set: {
            status,
            phase: null,
            progress: status === 'done' ? 1 : snapshot.progress,
            elapsedMs: now.getTime() - startedAt.getTime(),
            updatedAt: now,
            finishedAt: now,
            error: error ?? null,
          },
        },
      );
    },
  };
}

/**
 * A background job's status as people see it: a running job silent for JOB_LOST_AFTER_MS was lost
 * with its process and reads failed, `interrupted` (schedule generation and CSV imports alike).
 */
export function jobOutcome<S extends string>(
  job: { status: S; error: string | null; updatedAt: Date },
  now = Date.now(),
): { status: S | 'failed'; error: string | null; lost: boolean } {
  const lost = job.status === 'running' && now - job.updatedAt.getTime() > JOB_LOST_AFTER_MS;
  return lost ? { status: 'failed', error: 'interrupted', lost } : { status: job.status, error: job.error, lost };
}

export function presentScheduleJob(job: ScheduleJobRecord, now = Date.now()): ScheduleJobDto {
  const { status, error, lost } = jobOutcome(job, now);
  return {
    id: job._id.toString(),
    status,
    phase: lost ? null : job.phase,
    progress: job.progress,
    elapsedMs: job.elapsedMs,
    budgetMs: job.budgetMs,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error,
  };
}

/** GET /events/:id/schedule/job: the event's latest generation (404 when there was none). */
export async function getScheduleJob(viewer: NonNullable<Viewer>, id: string): Promise<ScheduleJobDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const job = await ScheduleJobModel.findOne({ eventId: event._id })
    .sort({ startedAt: -1, _id: -1 })
    .lean<ScheduleJobRecord>();
  if (!job) throw notFound('Schedule job');
  return presentScheduleJob(job);
}
