import { trusted } from 'mongoose';
import { staleMeeting } from './meeting-errors';
import { MeetingTransitionModel } from './meeting.model';
import { isDuplicateKey } from './unique-insert';

const WAIT_MS = 20;
const TRIES = 150;
/** A lock this old was left by a process that died while holding it (a request takes milliseconds). */
const ABANDONED_AFTER_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `work` while holding the member's request lock (a unique `_id` in the transitions
 * collection), so "count open requests, then insert one" is never interleaved for one member.
 * Parallel requests wait their turn; after ~3 s the caller gets 409 stale.
 */
export async function withRequesterLock<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const _id = `request-lock:${userId}`;
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    try {
      await MeetingTransitionModel.create({ _id, createdAt: new Date() });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await MeetingTransitionModel.deleteOne({
        _id,
        createdAt: trusted({ $lt: new Date(Date.now() - ABANDONED_AFTER_MS) }),
      });
      await sleep(WAIT_MS);
      continue;
    }
    try {
      return await work();
    } finally {
      await MeetingTransitionModel.deleteOne({ _id });
    }
  }
  throw staleMeeting();
}
