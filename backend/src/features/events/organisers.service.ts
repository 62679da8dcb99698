import { trusted } from 'mongoose';
import { EVENT_LIMITS, type EventDto } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { conflict, forbidden, notFound } from '../../http/errors';
import { isDuplicateKey } from '../../db/unique';
import { UserModel } from '../accounts';
import { notify } from '../notifications';
import type { Viewer } from '../profiles';
import { syncChannel } from './channel';
import { changeEvent, loadEventToEdit, loadVisibleEvent, oid } from './event-access';
import { EventModel, OrganiserInvitationModel, type EventRecord, type OrganiserInvitationRecord } from './event.model';
import { actorOfUser } from './event-profiles';
import { emailOf, presentEventFor } from './events.service';

const invitationId = (eventId: string, email: string) => `${eventId}:${email.toLowerCase()}`;

/**
 * Invites a co-organiser by email. One invitation per event and email is stored whether or not the
 * email has an account, and the answer is the same event either way (listing the emails typed), so
 * it never tells whether an account exists; an organiser or admin account with that email is
 * notified once and becomes an organiser only when it accepts.
 */
export async function inviteOrganiser(
  events: DomainEventBus,
  viewer: NonNullable<Viewer>,
  id: string,
  email: string,
): Promise<EventDto> {
  const event = await loadEventToEdit(id, viewer);
  const address = email.toLowerCase();
  const sent = await OrganiserInvitationModel.countDocuments({
    eventId: event._id,
    status: trusted({ $ne: 'withdrawn' }),
  });
  if (event.organiserIds.length + sent >= EVENT_LIMITS.coOrganisersMax + 1) {
    throw conflict('This event has as many co-organisers as allowed', { reason: 'too_many_organisers' });
  }
  const user = await UserModel.findOne({ email: address }, { _id: 1, role: 1 }).lean();
  if (user && event.organiserIds.some((o) => o.equals(user._id))) return presentEventFor(event, viewer);
  try {
    await OrganiserInvitationModel.create({
      _id: invitationId(event._id.toString(), address),
      eventId: event._id,
      email: address,
      invitedBy: oid(viewer.userId),
      status: 'pending',
      createdAt: new Date(),
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // Sent before: never notified again. One declined and withdrawn is listed again, unsent.
    await OrganiserInvitationModel.updateOne(
      { _id: invitationId(event._id.toString(), address), status: 'withdrawn' },
      { $set: { status: 'declined' } },
    );
    return presentEventFor(event, viewer);
  }
  if (user && (user.role === 'organiser' || user.role === 'admin')) {
    await notify(events, [
      {
        recipientId: user._id.toString(),
        type: 'event.organiser_invited',
        actor: await actorOfUser(viewer.userId),
        subject: { kind: 'event', id: event._id.toString() },
        data: { title: event.title.en ?? event.title.ja ?? '' },
      },
    ]);
  }
  return presentEventFor(event, viewer);
}

/** The viewer's open invitation to co-organise the event (404 when there is none). */
async function openOrganiserInvitation(viewer: NonNullable<Viewer>, id: string) {
  const event = await loadVisibleEvent(id, viewer);
  const email = await emailOf(viewer);
  const invitation = email
    ? await OrganiserInvitationModel.findById(
        invitationId(event._id.toString(), email),
      ).lean<OrganiserInvitationRecord>()
    : null;
  if (!invitation || invitation.status !== 'pending') throw notFound('Invitation');
  return { event, invitation };
}

/** Adds the user to the organisers, retrying while other changes move the event's version on. */
async function addToOrganisers(event: EventRecord, userId: string): Promise<EventRecord> {
  let current = event;
  for (let attempt = 0; ; attempt += 1) {
    if (current.organiserIds.some((o) => o.toString() === userId)) return current;
    try {
      return await changeEvent(current, current.version, { organiserIds: [...current.organiserIds, oid(userId)] });
    } catch (err) {
      if ((err as { details?: { reason?: string } }).details?.reason !== 'stale' || attempt >= 5) throw err;
      current = (await EventModel.findById(event._id).lean<EventRecord>()) ?? current;
    }
  }
}

/**
 * The invited account accepts: it becomes a co-organiser (organiser and admin accounts only, 403
 * otherwise, the invitation kept). The invitation is removed first, so two accepts add it once.
 */
export async function acceptOrganiserInvitation(viewer: NonNullable<Viewer>, id: string): Promise<EventDto> {
  const { event, invitation } = await openOrganiserInvitation(viewer, id);
  const user = await UserModel.findById(oid(viewer.userId), { role: 1 }).lean();
  if (user?.role !== 'organiser' && user?.role !== 'admin') {
    throw forbidden('Only organiser accounts can co-organise events');
  }
  const removed = await OrganiserInvitationModel.deleteOne({ _id: invitation._id, status: 'pending' });
  if (removed.deletedCount === 0) throw notFound('Invitation');
  let updated: EventRecord;
  try {
    updated = await addToOrganisers(event, viewer.userId);
  } catch (err) {
    await OrganiserInvitationModel.create(invitation).catch(() => undefined);
    throw err;
  }
  return presentEventFor(await syncChannel(updated), viewer);
}

/** The invited account declines; the invitation stays (declined), so it is not sent again. */
export async function declineOrganiserInvitation(viewer: NonNullable<Viewer>, id: string): Promise<EventDto> {
  const { event, invitation } = await openOrganiserInvitation(viewer, id);
  await OrganiserInvitationModel.updateOne({ _id: invitation._id }, { $set: { status: 'declined' } });
  return presentEventFor(event, viewer);
}

/**
 * An organiser takes an invitation off the list (by the email shown). A pending one is removed; a
 * declined one is kept out of sight, so inviting again never notifies someone who said no. The
 * answer is the same either way.
 */
export async function withdrawOrganiserInvitation(
  viewer: NonNullable<Viewer>,
  id: string,
  email: string,
): Promise<EventDto> {
  const event = await loadEventToEdit(id, viewer);
  const _id = invitationId(event._id.toString(), email);
  const invitation = await OrganiserInvitationModel.findById(_id).lean<OrganiserInvitationRecord>();
  if (!invitation || invitation.status === 'withdrawn') throw notFound('Invitation');
  if (invitation.status === 'pending') await OrganiserInvitationModel.deleteOne({ _id, status: 'pending' });
  else await OrganiserInvitationModel.updateOne({ _id }, { $set: { status: 'withdrawn' } });
  return presentEventFor(event, viewer);
}
