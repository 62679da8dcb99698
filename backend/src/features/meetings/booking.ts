import { Types } from 'mongoose';
import { BookingBlockModel, MeetingModel, type BookingBlockRecord } from './meeting.model';
import { blockStarts } from './zones';
import { isDuplicateKey } from '../../db/unique';

/** How long an accept waits for a competing accept that holds a block but has not finished. */
const IN_FLIGHT_WAIT_MS = 25;
const IN_FLIGHT_TRIES = 40;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Booking {
  meetingId: Types.ObjectId;
  userIds: string[];
  start: Date;
  end: Date;
}

/** Every block of the booking, in one global order (time, then user) so competing accepts queue, never cross. */
function blocksOf({ meetingId, userIds, start, end }: Booking): Omit<BookingBlockRecord, 'createdAt'>[] {
  const times = blockStarts(start.getTime(), end.getTime());
  const users = [...userIds].sort();
  return times.flatMap((t) =>
    users.map((u) => ({ _id: `${u}:${t}`, userId: new Types.ObjectId(u), blockStart: new Date(t), meetingId })),
  );
}

/** A block whose accept never finished (its process died) is given up after this long. */
const ABANDONED_AFTER_MS = 15_000;

/**
 * What holds a block: a real booking (a meeting accepted over that time), an accept still in
 * progress (wait for it), nothing any more, or a leftover of a process that died mid-accept or
 * mid-cancel (removed, so the time is not lost for good).
 */
async function holderOf(blockId: string, meetingId: Types.ObjectId): Promise<'booked' | 'in_flight' | 'gone' | 'own'> {
  const holder = await BookingBlockModel.findById(blockId).lean<BookingBlockRecord>();
  if (!holder) return 'gone';
  // Moving a booked meeting to an overlapping time: the shared blocks are already its own.
  if (holder.meetingId.equals(meetingId)) return 'own';
  const m = await MeetingModel.findById(holder.meetingId, { status: 1, acceptedStart: 1, acceptedEnd: 1 }).lean();
  const t = holder.blockStart.getTime();
  const covers =
    m?.status === 'accepted' &&
    !!m.acceptedStart &&
    !!m.acceptedEnd &&
    m.acceptedStart.getTime() <= t &&
    t < m.acceptedEnd.getTime();
  if (covers) return 'booked';
  if (holder.createdAt.getTime() > Date.now() - ABANDONED_AFTER_MS) return 'in_flight';
  await BookingBlockModel.deleteOne({ _id: holder._id, meetingId: holder.meetingId, createdAt: holder.createdAt });
  return 'gone';
}

/** Inserts one block: 'inserted', 'own' (this meeting already holds it) or 'taken'. */
async function insertBlock(block: Omit<BookingBlockRecord, 'createdAt'>): Promise<'inserted' | 'own' | 'taken'> {
  for (let attempt = 0; attempt < IN_FLIGHT_TRIES; attempt += 1) {
    try {
      await BookingBlockModel.create({ ...block, createdAt: new Date() });
      return 'inserted';
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const holder = await holderOf(block._id, block.meetingId);
      if (holder === 'own') return 'own';
      if (holder === 'booked') return 'taken';
      if (holder === 'in_flight') await sleep(IN_FLIGHT_WAIT_MS);
    }
  }
  return 'taken';
}

/**
 * Books the slot for both people, block by block; if any block is taken, removes what this call
 * inserted (compensating removal) and answers null. The unique index decides every race. Returns
 * the blocks this call inserted (not those the meeting already held), for the caller to undo.
 */
export async function bookBlocks(booking: Booking): Promise<Array<{ _id: string }> | null> {
  const inserted: Array<{ _id: string }> = [];
  for (const block of blocksOf(booking)) {
    const result = await insertBlock(block);
    if (result === 'taken') {
      await removeBlocks(inserted, booking.meetingId);
      return null;
    }
    if (result === 'inserted') inserted.push(block);
  }
  return inserted;
}

/** Removes these blocks if (and only if) they belong to the meeting. */
export async function removeBlocks(blocks: Array<{ _id: string }>, meetingId: Types.ObjectId): Promise<void> {
  // One `_id` delete each, guarded by the meeting so another meeting's block is never removed.
  await Promise.all(blocks.map((b) => BookingBlockModel.deleteOne({ _id: b._id, meetingId })));
}

/**
 * Frees a booking's blocks (cancel, reschedule, a move, account deletion); blocks inside `keep`
 * (the new time of a moved meeting) stay.
 */
export async function releaseBlocks(booking: Booking, keep?: { start: Date; end: Date }): Promise<void> {
  const kept = (b: { blockStart: Date }) =>
    !!keep && keep.start.getTime() <= b.blockStart.getTime() && b.blockStart.getTime() < keep.end.getTime();
  await removeBlocks(
    blocksOf(booking).filter((b) => !kept(b)),
    booking.meetingId,
  );
}
