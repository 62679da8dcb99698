import { trusted } from 'mongoose';
import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { notify } from '../notifications';
import { now, nowMs } from './clock';
import { MeetingModel, MeetingReminderModel, type MeetingRecord } from './meeting.model';
import { settleExpiry } from './meetings.access';
import { isDuplicateKey } from '../../db/unique';

const BATCH = 200;

export interface MeetingSchedulerOptions {
  events: DomainEventBus;
  logger: Logger;
  /** How often to look; 0 = never on its own (tests call `runOnce`). */
  pollMs: number;
  /** Remind this many minutes before an accepted meeting starts. */
  reminderMinutes: number;
}

/** Takes the one right to send this reminder; false when another process (or an earlier run) has it. */
async function claimReminder(m: MeetingRecord): Promise<boolean> {
  try {
    await MeetingReminderModel.create({ _id: `${m._id.toString()}:${m.sequence}`, sentAt: new Date() });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Sends the reminders now due; each at most once across processes and restarts. Returns how many. */
export async function sendDueReminders(events: DomainEventBus, reminderMinutes: number): Promise<number> {
  const at = nowMs();
  const due = await MeetingModel.find({
    status: 'accepted',
    acceptedStart: trusted({ $gt: new Date(at), $lte: new Date(at + reminderMinutes * 60_000) }),
  })
    .limit(BATCH)
    .lean<MeetingRecord[]>();
  let sent = 0;
  for (const m of due) {
    if (!(await claimReminder(m))) continue;
    sent += 1;
    await notify(
      events,
      m.participantIds.map((p) => ({
        recipientId: p.toString(),
        type: 'meeting.reminder' as const,
        actor: null,
        subject: { kind: 'meeting', id: m._id.toString() },
        data: { start: m.acceptedStart!.toISOString(), minutes: reminderMinutes },
      })),
    );
  }
  return sent;
}

/** Expires pending requests whose last slot has started (both sides are told, once). */
export async function sweepExpired(events: DomainEventBus): Promise<number> {
  const overdue = await MeetingModel.find({ status: 'pending', lastSlotStart: trusted({ $lte: now() }) })
    .limit(BATCH)
    .lean<MeetingRecord[]>();
  let expired = 0;
  for (const m of overdue) if ((await settleExpiry(events, m)).status === 'expired') expired += 1;
  return expired;
}

/**
 * The meetings' background work: reminders and the expiry sweep. State lives in the database (the
 * claims), so a restart or a second process neither loses nor repeats a reminder.
 */
export function startMeetingScheduler(options: MeetingSchedulerOptions): {
  runOnce(): Promise<void>;
  stop(): Promise<void>;
} {
  const { events, logger, pollMs, reminderMinutes } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const runOnce = async () => {
    await sweepExpired(events);
    await sendDueReminders(events, reminderMinutes);
  };
  const tick = () => {
    running = runOnce()
      .catch((err: unknown) => logger.warn({ err }, 'meeting scheduler run failed'))
      .finally(() => {
        running = undefined;
        if (!stopped) schedule();
      });
  };
  const schedule = () => {
    timer = setTimeout(tick, pollMs);
    timer.unref();
  };
  if (pollMs > 0) schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
