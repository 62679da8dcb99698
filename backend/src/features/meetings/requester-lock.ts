import { withLock } from '../../db/unique';
import { staleMeeting } from './meeting-errors';
import { MeetingTransitionModel } from './meeting.model';

/**
 * Runs `work` while holding the member's request lock (a unique `_id` in the transitions
 * collection), so "count open requests, then insert one" is never interleaved for one member.
 * Parallel requests wait their turn; after ~3 s the caller gets 409 stale.
 */
export function withRequesterLock<T>(userId: string, work: () => Promise<T>): Promise<T> {
  return withLock(MeetingTransitionModel, `request-lock:${userId}`, work, {
    tries: 150,
    waitMs: 20,
    busy: staleMeeting,
  });
}
