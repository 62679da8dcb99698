import { Types } from 'mongoose';
import type {
  EventDto,
  ParticipantDto,
  ParticipantPageDto,
  ParticipantStatus,
  ParticipantsQuerySchema,
} from '@musubi/shared';
import type { z } from 'zod';
import type { DomainEventBus } from '../../events';
import { badRequest, conflict, notFound } from '../../http/errors';
import { notify } from '../notifications';
import { canViewProfile, ProfileModel, type ProfileRecord, type Viewer } from '../profiles';
import { syncChannel } from './channel';
import { isDuplicateKey } from '../../db/unique';
import { isOrganiser, loadOrganisedEvent, loadVisibleEvent, oid } from './event-access';
import { ParticipantModel, type EventRecord, type ParticipantRecord } from './event.model';
import { actorOfUser, loadProfiles, presentProfiles } from './event-profiles';
import { decodeOffset, encodeOffset, presentEventFor } from './events.service';
import { dropFromDraftSchedule, releaseSeat, takeSeat } from './seats';

type ParticipantsQuery = z.output<typeof ParticipantsQuerySchema>;

const closed = () => conflict('Registration for this event is closed', { reason: 'registration_closed' });
const full = () => conflict('This event is full', { reason: 'full' });
const keyOf = (eventId: Types.ObjectId, profileId: string) => `${eventId.toString()}:${profileId}`;

function checkAvailability(event: EventRecord, availability: boolean[] | undefined): void {
  if (!availability) return;
  const rounds = event.sessionPlan?.rounds ?? 0;
  if (availability.length !== rounds) {
    throw badRequest(`Give one flag per round (${rounds})`, {
      issues: [{ path: 'availability', message: `Expected ${rounds} entries` }],
    });
  }
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
  const at = new Date();
  const record: ParticipantRecord = {
    _id: keyOf(event._id, profile._id.toString()),
    eventId: event._id,
    profileId: profile._id,
    userId: profile.userId,
    status,
    availability,
    source,
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
  const added = await admit(
    event,
    profile,
    event.requiresApproval ? 'pending' : 'approved',
    'joined',
    availability ?? null,
  );
  return presentEventFor(added?.status === 'approved' ? await syncChannel(event) : event, viewer);
}

/** The member leaves: their seat is freed and they leave the unpublished schedule draft. */
export async function leaveEvent(viewer: NonNullable<Viewer>, id: string): Promise<EventDto> {
  const event = await loadVisibleEvent(id, viewer);
  const profile = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1 }).lean();
  const record = profile
    ? await ParticipantModel.findById(keyOf(event._id, profile._id.toString())).lean<ParticipantRecord>()
    : null;
  if (!record) throw notFound('Registration');
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
  const written = profile
    ? await ParticipantModel.updateOne(
        { _id: keyOf(event._id, profile._id.toString()) },
        { $set: { availability, updatedAt: new Date() } },
      )
    : null;
  if (!written || written.matchedCount === 0) throw notFound('Registration');
  return presentEventFor(event, viewer);
}

async function participantOf(event: EventRecord, profileId: string): Promise<ParticipantRecord> {
  if (!Types.ObjectId.isValid(profileId)) throw notFound('Participant');
  const p = await ParticipantModel.findById(keyOf(event._id, profileId)).lean<ParticipantRecord>();
  if (!p) throw notFound('Participant');
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
  if (!doc) throw notFound('Participant');
  const profile = (await presentProfiles([doc], viewer)).get(doc._id.toString())!;
  return toDto(p, profile);
}

const toDto = (p: ParticipantRecord, profile: ParticipantDto['profile']): ParticipantDto => ({
  profile,
  status: p.status,
  availability: p.availability ?? null,
  joinedAt: p.joinedAt.toISOString(),
  source: p.source,
});

const matchesQuery = (doc: ProfileRecord, q: string) => {
  const needle = q.toLowerCase();
  return [doc.name.ja, doc.name.en, doc.headline?.ja, doc.headline?.en].some((t) => t?.toLowerCase().includes(needle));
};

/**
 * The participant list. Everyone sees approved participants whose profile they may see (hidden
 * profiles never; members-only profiles only when signed in); organisers see every registration.
 */
export async function listParticipants(
  viewer: Viewer,
  id: string,
  query: ParticipantsQuery,
): Promise<ParticipantPageDto> {
  const event = await loadVisibleEvent(id, viewer);
  const organiser = isOrganiser(event, viewer);
  const all = await ParticipantModel.find({ eventId: event._id })
    .sort({ joinedAt: 1, _id: 1 })
    .lean<ParticipantRecord[]>();
  const counts: Record<ParticipantStatus, number> = { pending: 0, approved: 0, rejected: 0 };
  for (const p of all) counts[p.status] += 1;
  if (!organiser) {
    counts.pending = 0;
    counts.rejected = 0;
  }
  const status = organiser ? query.status : 'approved';
  const rows = status ? all.filter((p) => p.status === status) : all;
  const profiles = await loadProfiles(rows.map((p) => p.profileId.toString()));
  const visible = rows.filter((p) => {
    const doc = profiles.get(p.profileId.toString());
    if (!doc) return false;
    if (!organiser && (doc.visibility === 'hidden' || !canViewProfile(doc, viewer))) return false;
    return !query.q || matchesQuery(doc, query.q);
  });
  const offset = decodeOffset(query.cursor);
  const page = visible.slice(offset, offset + query.limit);
  const dtos = await presentProfiles(
    page.map((p) => profiles.get(p.profileId.toString())!),
    viewer,
  );
  return {
    items: page.map((p) => toDto(p, dtos.get(p.profileId.toString())!)),
    nextCursor: visible.length > offset + query.limit ? encodeOffset(offset + query.limit) : null,
    counts,
  };
}

/** Admits a profile named by an import row as an approved participant. */
export async function admitImported(event: EventRecord, profile: Pick<ProfileRecord, '_id' | 'userId'>) {
  return admit(event, profile, 'approved', 'imported', null);
}
