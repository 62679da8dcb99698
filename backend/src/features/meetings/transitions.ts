import type { MeetingHistoryEntryDto, NotificationType } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { notify } from '../notifications';
import { releaseClaim, takeClaim } from '../../db/unique';
import { bookBlocks, releaseBlocks, removeBlocks } from './booking';
import { now } from './clock';
import { doubleBooked, staleMeeting } from './meeting-errors';
import { MeetingModel, MeetingTransitionModel, type MeetingRecord } from './meeting.model';
import { actorOf, loadPeople } from './people';

export interface TransitionPlan {
  action: MeetingHistoryEntryDto['action'];
  actorId: string | null;
  reason?: string;
  /** New field values (version, sequence, updatedAt and history are handled here). */
  set: Partial<Omit<MeetingRecord, '_id' | 'version' | 'sequence' | 'history' | 'updatedAt'>>;
  bumpSequence: boolean;
  /** Accept: book these times for both participants first. */
  book?: { start: Date; end: Date };
  /** Cancel/reschedule/move of an accepted meeting: free its old blocks afterwards (those of `book` stay). */
  release?: boolean;
  notify: { type: NotificationType; recipients: string[]; data?: Record<string, string | number | boolean | null> };
}

const participantsOf = (m: MeetingRecord) => m.participantIds.map(String);

/** Takes the one-time right to move `m` on from its version; null when someone else has it. */
async function claimVersion(m: MeetingRecord): Promise<string | null> {
  const _id = `${m._id.toString()}:${m.version}`;
  const stillAtVersion = () => MeetingModel.exists({ _id: m._id, version: m.version });
  return (await takeClaim(MeetingTransitionModel, _id, stillAtVersion)) ? _id : null;
}

/**
 * Moves a meeting from the version it was read at to the next one: exactly one of any number of
 * racing callers wins (unique claim insert); the others get 409 `stale` and change nothing. An
 * accept books both people's blocks before writing and gives the claim back if that fails.
 */
export async function applyTransition(
  events: DomainEventBus,
  m: MeetingRecord,
  plan: TransitionPlan,
): Promise<MeetingRecord> {
  const claim = await claimVersion(m);
  if (!claim) throw staleMeeting();
  const at = now();
  const participants = participantsOf(m);
  const booking = plan.book ? { meetingId: m._id, userIds: participants, ...plan.book } : null;
  let inserted: Array<{ _id: string }> = [];
  try {
    if (booking) {
      const booked = await bookBlocks(booking);
      if (!booked) throw doubleBooked();
      inserted = booked;
    }
    const entry = {
      action: plan.action,
      byUserId: plan.actorId ? m.participantIds.find((p) => p.toString() === plan.actorId)! : null,
      at,
      ...(plan.reason ? { reason: plan.reason } : {}),
    };
    const written = await MeetingModel.updateOne(
      { _id: m._id, version: m.version },
      {
        $set: {
          ...plan.set,
          version: m.version + 1,
          sequence: m.sequence + (plan.bumpSequence ? 1 : 0),
          updatedAt: at,
        },
        $push: { history: entry },
      },
    );
    if (written.matchedCount === 0) {
      await removeBlocks(inserted, m._id);
      throw staleMeeting();
    }
  } catch (err) {
    await releaseClaim(MeetingTransitionModel, claim);
    throw err;
  }
  if (plan.release && m.acceptedStart && m.acceptedEnd) {
    await releaseBlocks(
      { meetingId: m._id, userIds: participants, start: m.acceptedStart, end: m.acceptedEnd },
      plan.book,
    );
  }
  const updated = (await MeetingModel.findById(m._id).lean<MeetingRecord>())!;
  events.emit('meeting.updated', { meetingId: m._id.toString(), version: updated.version, userIds: participants });
  const actor = plan.actorId ? (await loadPeople([plan.actorId])).get(plan.actorId)! : null;
  await notify(
    events,
    plan.notify.recipients.map((recipientId) => ({
      recipientId,
      type: plan.notify.type,
      actor: actor ? actorOf(actor) : null,
      subject: { kind: 'meeting', id: m._id.toString() },
      data: plan.notify.data ?? {},
    })),
  );
  return updated;
}
