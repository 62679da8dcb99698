import type { MeetingStatus } from '@musubi/shared';
import { conflict, validationFailed } from '../../http/errors';

/** Someone else acted on this version first (or the version sent is not the current one). */
export const staleMeeting = (currentVersion?: number) =>
  conflict('This meeting was changed by someone else; reload and try again', {
    reason: 'stale',
    ...(currentVersion === undefined ? {} : { currentVersion }),
  });

export const doubleBooked = () =>
  conflict('One of you already has a meeting at that time', { reason: 'double_booked' });

export const pendingCapReached = (cap: number) =>
  conflict('Too many open requests; wait for answers or cancel some first', { reason: 'pending_cap', cap });

export const notAllowedInState = (status: MeetingStatus) =>
  conflict(`Not possible for a meeting that is ${status}`, { reason: 'not_allowed_in_state', status });

export const badSlot = (path: string, message: string) => validationFailed([{ path, message }]);
