import type { Types } from 'mongoose';
import { isDuplicateKey } from '../../db/unique';
import {
  ParticipantModel,
  ScheduleModel,
  SeatModel,
  type EventRecord,
  type StoredScheduledMeeting,
} from './event.model';

/**
 * Takes a free seat (1..capacity) for the profile by unique insert, or null when all are taken.
 * Starts after the seats already counted (a hint: holes left by leavers are tried afterwards), so a
 * join costs a few inserts, and racing joiners each end on a different seat or on none.
 */
export async function takeSeat(event: EventRecord, profileId: Types.ObjectId): Promise<number | null> {
  const taken = await SeatModel.countDocuments({ eventId: event._id });
  const order = [
    ...Array.from({ length: Math.max(0, event.capacity - taken) }, (_, i) => taken + 1 + i),
    ...Array.from({ length: Math.min(taken, event.capacity) }, (_, i) => i + 1),
  ];
  for (const n of order) {
    try {
      await SeatModel.create({ _id: `${event._id.toString()}:${n}`, eventId: event._id, profileId });
      return n;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return null;
}

/** Gives a seat back (guarded by its holder, so another person's seat is never freed). */
export async function releaseSeat(eventId: Types.ObjectId, seat: number | null, profileId: Types.ObjectId) {
  if (seat === null) return;
  await SeatModel.deleteOne({ _id: `${eventId.toString()}:${seat}`, profileId });
}

/** Someone left or was turned away: their meetings leave the unpublished draft schedule. */
export async function dropFromDraftSchedule(eventId: Types.ObjectId, profileId: string): Promise<void> {
  const s = await ScheduleModel.findById(eventId).lean<{ meetings: StoredScheduledMeeting[] }>();
  if (!s) return;
  const kept = s.meetings.filter((m) => m.a !== profileId && m.b !== profileId);
  if (kept.length !== s.meetings.length) {
    // The working schedule now differs from what was published (if anything was): a draft again.
    await ScheduleModel.updateOne(
      { _id: eventId },
      { $set: { meetings: kept, status: 'draft', updatedAt: new Date() } },
    );
  }
}

/** The event's approved participants' profile ids, in joining order. */
export async function approvedProfileIds(eventId: Types.ObjectId): Promise<string[]> {
  const rows = await ParticipantModel.find({ eventId, status: 'approved' }, { profileId: 1 })
    .sort({ joinedAt: 1, _id: 1 })
    .lean();
  return rows.map((r) => r.profileId.toString());
}
