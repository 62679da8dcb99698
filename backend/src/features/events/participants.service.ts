import { trusted, Types } from 'mongoose';
import {
  JOINED_STATUSES,
  type EventDto,
  type JoinedStatus,
  type ParticipantDto,
  type ParticipantPageDto,
  type ParticipantStatus,
  type ParticipantsQuerySchema,
} from '@musubi/shared';
import type { z } from 'zod';
import type { DomainEventBus } from '../../events';
import { conflict, notFound } from '../../http/errors';
import { notify, type NewNotification } from '../notifications';
import { ProfileModel, type ProfileRecord, type Viewer } from '../profiles';
import { syncChannel } from './channel';
import { isDuplicateKey } from '../../db/unique';
import { isOrganiser, loadOrganisedEvent, loadVisibleEvent, oid } from './event-access';
import { ParticipantModel, type EventRecord, type ParticipantRecord } from './event.model';
import { actorOfUser, hasJoined, loadProfiles, presentProfiles } from './event-profiles';
import { decodeOffset, encodeOffset, presentEventFor } from './events.service';
import { acceptInvitation, turnInvitation } from './invitations.service';
import { checkAvailability, closed, full, keyOf } from './registration';
import { dropFromDraftSchedule, releaseSeat, takeSeat } from './seats';

type ParticipantsQuery = z.output<typeof ParticipantsQuerySchema>;

/**
 * Stores the one registration of `profile` at `event` (its `_id` is unique per event and profile);
 * null when the profile has one already, whatever its status.
 */
async function createRegistration(
  event: EventRecord,
  profile: Pick<ProfileRecord, '_id' | 'userId'>,
  fields: Pick<ParticipantRecord, 'status' | 'availability' | 'source' | 'invitedBy'>,
): Promise<ParticipantRecord | null> {
  const at = new Date();
  const record: ParticipantRecord = {
    _id: keyOf(event._id, profile._id.toString()),
    eventId: event._id,
    profileId: profile._id,
    userId: profile.userId,
    ...fields,
    seat: null,
    joinedAt: at,
    updatedAt: at,
  };
  try {
    await ParticipantModel.create(record);
  } catch (err) {
    if (isDuplicateKey(err)) return null;
    throw err;
  }
  return record;
}

/**
 * Adds a profile to the event with a seat; null when it is already in. Throws 409 `full` (and
 * leaves nothing behind) when every seat is taken. The unique `_id` keeps one record per profile.
 */
async function admit(
  event: EventRecord,
  profile: Pick<ProfileRecord, '_id' | 'userId'>,
  status: ParticipantStatus,
  source: ParticipantRecord['source'],
  availability: boolean[] | null,
): Promise<ParticipantRecord | null> {
  const record = await createRegistration(event, profile, { status, availability, source, invitedBy: null });
  if (!record) return null;
  const seat = await takeSeat(event, profile._id);
  if (seat === null) {
    await ParticipantModel.deleteOne({ _id: record._id });
    throw full();
  }
  await ParticipantModel.updateOne({ _id: record._id }, { $set: { seat } });
  return { ...record, seat };
}

/** The member joins a published, open event as their profile (pending when it needs approval). */
export async function joinEvent(
  viewer: NonNullable<Viewer>,
  id: string,
  availability: boolean[] | undefined,
): Promise<EventDto> {
  const event = await loadVisibleEvent(id, viewer);
  if (event.status !== 'published' || !event.registrationOpen || event.endsAt.getTime() <= Date.now()) throw closed();
  const profile = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1, userId: 1 }).lean();
  if (!profile) throw conflict('Create your profile first to join events', { reason: 'profile_required' });
  checkAvailability(event, availability);
  const status = event.requiresApproval ? 'pending' : 'approved';
  const added = await admit(event, profile, status, 'joined', availability ?? null);
  if (added) return presentEventFor(added.status === 'approved' ? await syncChannel(event) : event, viewer);
  // Already registered, invited or once declined: joining answers an open invitation, and a member
  // who declined may still change their mind and join like anyone else.
  const record = await ParticipantModel.findById(keyOf(event._id, profile._id.toString())).lean<ParticipantRecord>();
  if (record?.status === 'invited') return acceptInvitation(viewer, id, availability);
  if (record?.status === 'declined') {
    await turnInvitation(event, record, status, availability ?? null);
    return presentEventFor(status === 'approved' ? await syncChannel(event) : event, viewer);
  }
  return presentEventFor(event, viewer);
}

/** The member leaves: their seat is freed and they leave the unpublished schedule draft. */
export async function leaveEvent(viewer: NonNullable<Viewer>, id: string): Promise<EventDto> {
  const event = await loadVisibleEvent(id, viewer);
  const profile = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1 }).lean();
  const record = profile
    ? await ParticipantModel.findById(keyOf(event._id, profile._id.toString())).lean<ParticipantRecord>()
    : null;
  // Invitations are answered, not left: a declined one must stay to keep the member from re-invites.
  if (!record || !hasJoined(record.status)) throw notFound('Registration');
  await ParticipantModel.deleteOne({ _id: record._id });
  await releaseSeat(event._id, record.seat, record.profileId);
  await dropFromDraftSchedule(event._id, record.profileId.toString());
  if (record.status === 'approved') await syncChannel(event);
  return presentEventFor(event, viewer);
}

export async function setEventAvailability(
  viewer: NonNullable<Viewer>,
  id: string,
  availability: boolean[],
): Promise<EventDto> {
  const event = await loadVisibleEvent(id, viewer);
  checkAvailability(event, availability);
  const profile = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1 }).lean();
  const record = profile
    ? await ParticipantModel.findById(keyOf(event._id, profile._id.toString()), { status: 1 }).lean()
    : null;
  if (!record || !hasJoined(record.status)) throw notFound('Registration');
  await ParticipantModel.updateOne({ _id: record._id }, { $set: { availability, updatedAt: new Date() } });
  return presentEventFor(event, viewer);
}

async function participantOf(event: EventRecord, profileId: string): Promise<ParticipantRecord> {
  if (!Types.ObjectId.isValid(profileId)) throw notFound('Participant');
  const p = await ParticipantModel.findById(keyOf(event._id, profileId)).lean<ParticipantRecord>();
  // Organisers decide on members who joined; an invitation is the member's to answer, and until it
  // is accepted the organiser is told nothing more than for a profile that was never invited.
  if (!p || !hasJoined(p.status)) throw notFound('Participant');
  return p;
}

/** An organiser approves a registration (taking a seat again if it had been rejected); the member is told. */
export async function approveParticipant(
  events: DomainEventBus,
  viewer: NonNullable<Viewer>,
  id: string,
  profileId: string,
): Promise<ParticipantDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const p = await participantOf(event, profileId);
  if (p.status !== 'approved') {
    let seat = p.seat;
    if (seat === null) {
      seat = await takeSeat(event, p.profileId);
      if (seat === null) throw full();
    }
    await ParticipantModel.updateOne({ _id: p._id }, { $set: { status: 'approved', seat, updatedAt: new Date() } });
    await syncChannel(event);
    await notify(events, [
      {
        recipientId: p.userId.toString(),
        type: 'event.approved',
        actor: await actorOfUser(viewer.userId),
        subject: { kind: 'event', id: event._id.toString() },
        data: { title: event.title.en ?? event.title.ja ?? '' },
      },
    ]);
  }
  return presentParticipant(event, await participantOf(event, profileId), viewer);
}

/** An organiser turns a registration away: the seat is freed, the schedule draft forgets them. */
export async function rejectParticipant(
  viewer: NonNullable<Viewer>,
  id: string,
  profileId: string,
): Promise<ParticipantDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const p = await participantOf(event, profileId);
  if (p.status !== 'rejected') {
    await ParticipantModel.updateOne(
      { _id: p._id },
      { $set: { status: 'rejected', seat: null, updatedAt: new Date() } },
    );
    await releaseSeat(event._id, p.seat, p.profileId);
    await dropFromDraftSchedule(event._id, profileId);
    if (p.status === 'approved') await syncChannel(event);
  }
  return presentParticipant(event, await participantOf(event, profileId), viewer);
}

async function presentParticipant(event: EventRecord, p: ParticipantRecord, viewer: Viewer): Promise<ParticipantDto> {
  const docs = await loadProfiles([p.profileId.toString()]);
  const doc = docs.get(p.profileId.toString());
  const profile = doc
    ? (
        await presentProfiles([doc], viewer, {
          organiser: isOrganiser(event, viewer),
          joined: () => hasJoined(p.status),
        })
      ).get(doc._id.toString())
    : undefined;
  if (!profile) throw notFound('Participant');
  return toDto(p, profile);
}

const toDto = (p: ParticipantRecord, profile: ParticipantDto['profile']): ParticipantDto => ({
  profile,
  status: p.status as JoinedStatus,
  availability: p.availability ?? null,
  joinedAt: p.joinedAt.toISOString(),
  source: p.source,
});

const matchesQuery = (doc: ProfileRecord, q: string) => {
  const needle = q.toLowerCase();
  return [doc.name.ja, doc.name.en, doc.headline?.ja, doc.headline?.en].some((t) => t?.toLowerCase().includes(needle));
};

/**
 * The participant list, every profile through the event visibility rule: everyone sees approved
 * participants whose profile members may see; organisers see every member who joined in full.
 * Open and declined invitations are listed (and counted) to no one: until a member accepts, nothing
 * an organiser sees may tell whether an imported email or profile id reached anyone.
 */
export async function listParticipants(
  viewer: Viewer,
  id: string,
  query: ParticipantsQuery,
): Promise<ParticipantPageDto> {
  const event = await loadVisibleEvent(id, viewer);
  const organiser = isOrganiser(event, viewer);
  const all = await ParticipantModel.find({ eventId: event._id, status: trusted({ $in: [...JOINED_STATUSES] }) })
    .sort({ joinedAt: 1, _id: 1 })
    .lean<ParticipantRecord[]>();
  const seen = organiser ? all : all.filter((p) => p.status === 'approved');
  const profiles = await loadProfiles(seen.map((p) => p.profileId.toString()));
  const dtos = await presentProfiles([...profiles.values()], viewer, { organiser, joined: () => true });
  const shown = seen.filter((p) => dtos.has(p.profileId.toString()));
  const counts = Object.fromEntries(JOINED_STATUSES.map((s) => [s, 0])) as Record<JoinedStatus, number>;
  for (const p of shown) counts[p.status as JoinedStatus] += 1;
  const visible = shown.filter(
    (p) =>
      (!query.status || p.status === query.status) &&
      (!query.q || matchesQuery(profiles.get(p.profileId.toString())!, query.q)),
  );
  const offset = decodeOffset(query.cursor);
  const page = visible.slice(offset, offset + query.limit);
  return {
    items: page.map((p) => toDto(p, dtos.get(p.profileId.toString())!)),
    nextCursor: visible.length > offset + query.limit ? encodeOffset(offset + query.limit) : null,
    counts,
  };
}

/**
 * Invites a profile named by an organiser (an import row or an add): a record `invited` (no seat,
 * not a participant). Nothing happens when the profile has any record already: in, invited, or
 * declined (a declined member is never invited again). Returns the notification to send the member
 * when an invitation was made (else null): the caller sends it once the import's progress is stored,
 * so the job's progress and finish do not wait on it.
 */
export async function inviteImported(
  event: EventRecord,
  profile: Pick<ProfileRecord, '_id' | 'userId'>,
  invitedBy: string,
  actor: NewNotification['actor'],
  source: 'imported' | 'added' = 'imported',
): Promise<NewNotification | null> {
  const record = await createRegistration(event, profile, {
    status: 'invited',
    availability: null,
    source,
    invitedBy: oid(invitedBy),
  });
  if (!record) return null;
  return {
    recipientId: profile.userId.toString(),
    type: 'event.invited',
    actor,
    subject: { kind: 'event', id: event._id.toString() },
    data: { title: event.title.en ?? event.title.ja ?? '' },
  };
}
