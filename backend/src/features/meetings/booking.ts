import { Types } from 'mongoose';
import { BookingBlockModel, MeetingModel, type BookingBlockRecord } from './meeting.model';
import { blockStarts } from './zones';
import { isDuplicateKey } from './unique-insert';

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
function blocksOf({ meetingId, userIds, start, end }: Booking): BookingBlockRecord[] {
  const times = blockStarts(start.getTime(), end.getTime());
  const users = [...userIds].sort();
  return times.flatMap((t) =>
    users.map((u) => ({ _id: `${u}:${t}`, userId: new Types.ObjectId(u), blockStart: new Date(t), meetingId })),
  );
}

/**
 * Whether the block's holder is settled: a meeting that is accepted with it (a real booking), as
 * opposed to an accept still in progress that may yet give it back.
 */
async function holderIsBooked(blockId: string): Promise<boolean | 'gone'> {
  const holder = await BookingBlockModel.findById(blockId).lean<BookingBlockRecord>();
  if (!holder) return 'gone';
  const m = await MeetingModel.findById(holder.meetingId, { status: 1 }).lean();
  return m?.status === 'accepted';
}

async function insertBlock(block: BookingBlockRecord): Promise<boolean> {
  for (let attempt = 0; attempt < IN_FLIGHT_TRIES; attempt += 1) {
    try {
      await BookingBlockModel.create(block);
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const held = await holderIsBooked(block._id);
      if (held === true) return false;
      if (held === 'gone') continue;
      await sleep(IN_FLIGHT_WAIT_MS);
    }
  }
  return false;
}

/**
 * Books the slot for both people, block by block; if any block is taken, removes what this call
 * inserted (compensating removal) and answers false. The unique index decides every race.
 */
export async function bookBlocks(booking: Booking): Promise<boolean> {
  const inserted: BookingBlockRecord[] = [];
  for (const block of blocksOf(booking)) {
    if (!(await insertBlock(block))) {
      await removeBlocks(inserted, booking.meetingId);
      return false;
    }
    inserted.push(block);
  }
  return true;
}

async function removeBlocks(blocks: BookingBlockRecord[], meetingId: Types.ObjectId): Promise<void> {
  // One `_id` delete each, guarded by the meeting so another meeting's block is never removed.
  await Promise.all(blocks.map((b) => BookingBlockModel.deleteOne({ _id: b._id, meetingId })));
}

/** Frees a booking's blocks (cancel, reschedule, account deletion). */
export async function releaseBlocks(booking: Booking): Promise<void> {
  await removeBlocks(blocksOf(booking), booking.meetingId);
}
