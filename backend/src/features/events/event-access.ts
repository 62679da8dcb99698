import { Types } from 'mongoose';
import { releaseClaim, takeClaim, withLock } from '../../db/unique';
import { OBJECT_ID_PATTERN } from '@musubi/shared';
import { conflict, forbidden, notFound } from '../../http/errors';
import type { Viewer } from '../profiles';
import { UserModel } from '../accounts';
import {
  EventClaimModel,
  EventLockModel,
  EventModel,
  OrganiserInvitationModel,
  ParticipantModel,
  type EventRecord,
} from './event.model';

export const oid = (id: string) => new Types.ObjectId(id);

/**
 * An admin, or one of the event's organisers who still holds the organiser role (a revoked
 * organiser's events stay, without their powers, until the role is granted again).
 */
export function isOrganiser(event: EventRecord, viewer: Viewer): boolean {
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  return viewer.organises === true && event.organiserIds.some((id) => id.toString() === viewer.userId);
}

/** Drafts exist only for their organisers (and admins); published and closed events for everyone. */
export function canSeeEvent(event: EventRecord, viewer: Viewer): boolean {
  return event.status !== 'draft' || isOrganiser(event, viewer);
}

/** Whether the viewer holds an open invitation to the event (to take part or to co-organise). */
async function isInvitedTo(event: EventRecord, viewer: Viewer): Promise<boolean> {
  if (!viewer) return false;
  const [asParticipant, user] = await Promise.all([
    ParticipantModel.exists({ eventId: event._id, userId: oid(viewer.userId), status: 'invited' }),
    UserModel.findById(oid(viewer.userId), { email: 1 }).lean(),
  ]);
  if (asParticipant) return true;
  if (!user) return false;
  const id = `${event._id.toString()}:${user.email.toLowerCase()}`;
  return !!(await OrganiserInvitationModel.exists({ _id: id, status: 'pending' }));
}

/**
 * An event the viewer may see; anything else (bad id, missing, someone else's draft) is the same
 * 404. A draft is visible to those invited to it, so they can answer.
 */
export async function loadVisibleEvent(id: string, viewer: Viewer): Promise<EventRecord> {
  if (!OBJECT_ID_PATTERN.test(id)) throw notFound('Event');
  const event = await EventModel.findById(id).lean<EventRecord>();
  if (!event) throw notFound('Event');
  if (!canSeeEvent(event, viewer) && !(await isInvitedTo(event, viewer))) throw notFound('Event');
  return event;
}

/**
 * An event the viewer organises, for its private resources (curation, schedule, exports,
 * dashboard): everyone else gets 404, so nothing about them is revealed.
 */
export async function loadOrganisedEvent(id: string, viewer: Viewer): Promise<EventRecord> {
  const event = await loadVisibleEvent(id, viewer).catch(() => null);
  if (!event || !isOrganiser(event, viewer)) throw notFound('Event');
  return event;
}

/** For changes to the event itself: invisible → 404, visible but not an organiser → 403. */
export async function loadEventToEdit(id: string, viewer: Viewer): Promise<EventRecord> {
  const event = await loadVisibleEvent(id, viewer);
  if (!isOrganiser(event, viewer)) throw forbidden('Only the event’s organisers can change it');
  return event;
}

export const staleEvent = (currentVersion: number) =>
  conflict('This event was changed by someone else; reload and try again', { reason: 'stale', currentVersion });

/**
 * Applies `set` to the event if it is still at `version`: the unique claim `<id>:<version>` decides
 * between racing writers (a guarded update alone is not atomic on FerretDB v1).
 */
export async function changeEvent(
  event: EventRecord,
  version: number,
  set: Partial<Omit<EventRecord, '_id' | 'version'>>,
): Promise<EventRecord> {
  if (event.version !== version) throw staleEvent(event.version);
  const _id = `${event._id.toString()}:${version}`;
  const stillAtVersion = () => EventModel.exists({ _id: event._id, version });
  if (!(await takeClaim(EventClaimModel, _id, stillAtVersion))) {
    const current = await EventModel.findById(event._id, { version: 1 }).lean();
    throw staleEvent(current?.version ?? version + 1);
  }
  const written = await EventModel.updateOne(
    { _id: event._id, version },
    { $set: { ...set, version: version + 1, updatedAt: new Date() } },
  );
  if (written.matchedCount === 0) {
    await releaseClaim(EventClaimModel, _id);
    throw staleEvent(version + 1);
  }
  return (await EventModel.findById(event._id).lean<EventRecord>())!;
}

/**
 * Runs `work` holding the lock `<what>:<eventId>` (a unique insert), so it never runs twice at once
 * for one event: waits up to `tries` × `waitMs` for a holder, then answers 409 `busy`. A lock left by
 * a crashed process expires (CLAIM_ABANDONED_AFTER_MS).
 */
export async function withEventLock<T>(
  what: string,
  eventId: string,
  work: () => Promise<T>,
  { tries = 3, waitMs = 200 }: { tries?: number; waitMs?: number } = {},
): Promise<T> {
  return withLock(EventLockModel, `${what}:${eventId}`, work, {
    tries,
    waitMs,
    busy: () => conflict('Another change to this event is in progress; try again', { reason: 'busy' }),
  });
}
