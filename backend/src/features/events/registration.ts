import type { Types } from 'mongoose';
import { badRequest, conflict } from '../../http/errors';
import type { EventRecord } from './event.model';

/** What joining and answering invitations share: the registration's key and their refusals. */

export const closed = () => conflict('Registration for this event is closed', { reason: 'registration_closed' });
export const full = () => conflict('This event is full', { reason: 'full' });
/** A registration's `_id`: one per event and profile. */
export const keyOf = (eventId: Types.ObjectId, profileId: string) => `${eventId.toString()}:${profileId}`;

/** One availability flag per round of the session plan, or 400. */
export function checkAvailability(event: EventRecord, availability: boolean[] | undefined): void {
  if (!availability) return;
  const rounds = event.sessionPlan?.rounds ?? 0;
  if (availability.length !== rounds) {
    throw badRequest(`Give one flag per round (${rounds})`, {
      issues: [{ path: 'availability', message: `Expected ${rounds} entries` }],
    });
  }
}
