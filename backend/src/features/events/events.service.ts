import { trusted, type Types } from 'mongoose';
import { z } from 'zod';
import type { CreateEventInput, EventDto, EventPageDto, EventsQuerySchema, UpdateEventSchema } from '@musubi/shared';
import { JOINED_STATUSES } from '@musubi/shared';
import { badCursor, badRequest, conflict, notFound } from '../../http/errors';
import { UserModel } from '../accounts';
import { ProfileModel, type Viewer } from '../profiles';
import { changeEvent, isOrganiser, loadEventToEdit, loadVisibleEvent, oid } from './event-access';
import {
  EventModel,
  OrganiserInvitationModel,
  ParticipantModel,
  type OrganiserInvitationRecord,
  type EventRecord,
  type ParticipantRecord,
  type StoredSessionPlan,
} from './event.model';
import { presentEvent } from './events.presenter';
import { syncChannel } from './channel';

type EventsQuery = z.output<typeof EventsQuerySchema>;
type UpdateEventInput = z.output<typeof UpdateEventSchema>;

const toPlan = (p: CreateEventInput['sessionPlan']): StoredSessionPlan | null =>
  p ? { ...p, startsAt: new Date(p.startsAt) } : null;

/** The viewer's profile id, if they have one. */
export async function profileIdOf(viewer: Viewer): Promise<string | null> {
  if (!viewer) return null;
  const p = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1 }).lean();
  return p?._id.toString() ?? null;
}

async function organisersOf(e: EventRecord): Promise<EventDto['organisers']> {
  return Promise.all(
    e.organiserIds.map(async (id) => {
      const [user, profile] = await Promise.all([
        UserModel.findById(id, { displayName: 1 }).lean(),
        ProfileModel.findOne({ userId: id }, { _id: 1 }).lean(),
      ]);
      return {
        userId: id.toString(),
        displayName: user?.displayName ?? 'Deleted member',
        profileId: profile?._id.toString() ?? null,
        owner: id.equals(e.ownerId),
      };
    }),
  );
}

/** The viewer's account email (lower case), for co-organiser invitations, which are by email. */
export async function emailOf(viewer: Viewer): Promise<string | null> {
  if (!viewer) return null;
  const user = await UserModel.findById(oid(viewer.userId), { email: 1 }).lean();
  return user?.email.toLowerCase() ?? null;
}

const displayNameOf = async (userId: Types.ObjectId | null | undefined) =>
  userId ? ((await UserModel.findById(userId, { displayName: 1 }).lean())?.displayName ?? '') : '';

/** Presents events for one viewer (their relation to each, their open invitations). */
export async function presentEventsFor(rows: EventRecord[], viewer: Viewer): Promise<EventDto[]> {
  const [myProfileId, myEmail] = await Promise.all([profileIdOf(viewer), emailOf(viewer)]);
  return Promise.all(
    rows.map(async (e) => {
      const organiser = isOrganiser(e, viewer);
      const [organisers, participantCount, mine, invitedMe, sent] = await Promise.all([
        organisersOf(e),
        ParticipantModel.countDocuments({ eventId: e._id, status: 'approved' }),
        myProfileId ? ParticipantModel.findById(`${e._id.toString()}:${myProfileId}`).lean<ParticipantRecord>() : null,
        myEmail && !organiser
          ? OrganiserInvitationModel.findById(`${e._id.toString()}:${myEmail}`).lean<OrganiserInvitationRecord>()
          : null,
        organiser
          ? OrganiserInvitationModel.find({ eventId: e._id, status: trusted({ $ne: 'withdrawn' }) })
              .sort({ createdAt: 1 })
              .lean<OrganiserInvitationRecord[]>()
          : [],
      ]);
      return presentEvent(e, {
        isOrganiser: organiser,
        participantStatus: mine?.status ?? null,
        invitedBy: mine?.status === 'invited' ? await displayNameOf(mine.invitedBy) : null,
        organiserInvitation:
          invitedMe?.status === 'pending' ? { invitedBy: await displayNameOf(invitedMe.invitedBy) } : null,
        availability: mine?.availability ?? null,
        organisers,
        // Declined ones stay listed as sent: only an account can decline, so showing it would tell.
        organiserInvitations: sent.map((i) => ({ email: i.email, createdAt: i.createdAt.toISOString() })),
        participantCount,
      });
    }),
  );
}

export async function presentEventFor(e: EventRecord, viewer: Viewer): Promise<EventDto> {
  return (await presentEventsFor([e], viewer))[0]!;
}

function checkPlanFits(plan: StoredSessionPlan | null, startsAt: Date, endsAt: Date): void {
  if (!plan) return;
  const step = (plan.slotMinutes + plan.breakMinutes) * 60_000;
  const end = plan.startsAt.getTime() + (plan.rounds - 1) * step + plan.slotMinutes * 60_000;
  if (plan.startsAt < startsAt || end > endsAt.getTime()) {
    throw badRequest('The session plan must fit between the event’s start and end', {
      issues: [{ path: 'sessionPlan', message: 'The rounds must lie within the event' }],
    });
  }
}

/** A new draft event organised by the viewer. */
export async function createEvent(viewer: NonNullable<Viewer>, input: CreateEventInput): Promise<EventDto> {
  const at = new Date();
  const plan = toPlan(input.sessionPlan);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  checkPlanFits(plan, startsAt, endsAt);
  const doc = await EventModel.create({
    ...input,
    onlineUrl: input.onlineUrl ?? null,
    startsAt,
    endsAt,
    sessionPlan: plan,
    status: 'draft',
    version: 0,
    ownerId: oid(viewer.userId),
    organiserIds: [oid(viewer.userId)],
    channelConversationId: null,
    schedulePublished: false,
    createdAt: at,
    updatedAt: at,
  });
  return presentEventFor(doc.toObject() as EventRecord, viewer);
}

export async function getEvent(viewer: Viewer, id: string): Promise<EventDto> {
  return presentEventFor(await loadVisibleEvent(id, viewer), viewer);
}

export async function updateEvent(viewer: NonNullable<Viewer>, id: string, input: UpdateEventInput): Promise<EventDto> {
  const event = await loadEventToEdit(id, viewer);
  const { version, ...changes } = input;
  const set: Partial<EventRecord> = {};
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) (set as Record<string, unknown>)[k] = v;
  if (changes.startsAt) set.startsAt = new Date(changes.startsAt);
  if (changes.endsAt) set.endsAt = new Date(changes.endsAt);
  if (changes.sessionPlan !== undefined) set.sessionPlan = toPlan(changes.sessionPlan);
  const startsAt = set.startsAt ?? event.startsAt;
  const endsAt = set.endsAt ?? event.endsAt;
  if (endsAt <= startsAt) throw badRequest('The end must be after the start');
  checkPlanFits(set.sessionPlan !== undefined ? set.sessionPlan : event.sessionPlan, startsAt, endsAt);
  if (changes.capacity !== undefined) {
    const taken = await ParticipantModel.countDocuments({ eventId: event._id, seat: trusted({ $ne: null }) });
    if (changes.capacity < taken) {
      throw conflict(`${taken} people are already registered`, { reason: 'capacity_below_registrations' });
    }
  }
  const updated = await changeEvent(event, version, set);
  if (changes.announcementReplies !== undefined) await syncChannel(updated);
  return presentEventFor(updated, viewer);
}

/** draft → published (the announcement channel opens), published → closed. */
export async function transitionEvent(
  viewer: NonNullable<Viewer>,
  id: string,
  to: 'published' | 'closed',
  version: number,
): Promise<EventDto> {
  const event = await loadEventToEdit(id, viewer);
  const from = to === 'published' ? 'draft' : 'published';
  if (event.status !== from) {
    throw conflict(`Only a ${from} event can be ${to}`, { reason: 'not_allowed_in_state', status: event.status });
  }
  const updated = await changeEvent(event, version, { status: to });
  const synced = to === 'published' ? await syncChannel(updated) : updated;
  return presentEventFor(synced, viewer);
}

export async function removeOrganiser(viewer: NonNullable<Viewer>, id: string, userId: string): Promise<EventDto> {
  const event = await loadEventToEdit(id, viewer);
  if (event.ownerId.toString() === userId) throw conflict('The owner stays an organiser', { reason: 'owner' });
  if (!event.organiserIds.some((o) => o.toString() === userId)) throw notFound('Organiser');
  const updated = await changeEvent(event, event.version, {
    organiserIds: event.organiserIds.filter((o) => o.toString() !== userId),
  });
  return presentEventFor(await syncChannel(updated), viewer);
}

const CursorSchema = z.strictObject({ o: z.number().int().min(0).max(1_000_000) });
function decodeOffset(raw: string | undefined): number {
  if (!raw) return 0;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw badCursor();
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data.o;
  } catch {
    // falls through to the 400 below
  }
  throw badCursor();
}
export const encodeOffset = (o: number) => Buffer.from(JSON.stringify({ o }), 'utf8').toString('base64url');
export { decodeOffset };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Events by scope: upcoming, past, mine (organised or taken part in), drafts (mine). */
export async function listEvents(viewer: Viewer, query: EventsQuery): Promise<EventPageDto> {
  const now = new Date();
  const and: Record<string, unknown>[] = [];
  let sort: Record<string, 1 | -1> = { startsAt: 1, _id: 1 };
  switch (query.scope) {
    case 'upcoming':
      and.push({ status: 'published', endsAt: trusted({ $gt: now }) });
      break;
    case 'past':
      and.push({ status: trusted({ $in: ['published', 'closed'] }), endsAt: trusted({ $lte: now }) });
      sort = { startsAt: -1, _id: -1 };
      break;
    case 'mine': {
      if (!viewer) return { items: [], nextCursor: null };
      const joined = await ParticipantModel.find(
        { userId: oid(viewer.userId), status: trusted({ $in: [...JOINED_STATUSES] }) },
        { eventId: 1 },
      ).lean();
      and.push({
        $or: [{ organiserIds: oid(viewer.userId) }, { _id: trusted({ $in: joined.map((p) => p.eventId) }) }],
      });
      sort = { startsAt: -1, _id: -1 };
      break;
    }
    case 'invitations': {
      if (!viewer) return { items: [], nextCursor: null };
      const email = await emailOf(viewer);
      const [asParticipant, asOrganiser] = await Promise.all([
        ParticipantModel.find({ userId: oid(viewer.userId), status: 'invited' }, { eventId: 1 }).lean(),
        email ? OrganiserInvitationModel.find({ email, status: 'pending' }, { eventId: 1 }).lean() : [],
      ]);
      and.push({
        _id: trusted({ $in: [...asParticipant, ...asOrganiser].map((i) => i.eventId) }),
        status: trusted({ $ne: 'closed' }),
        endsAt: trusted({ $gt: now }),
      });
      break;
    }
    case 'drafts':
      if (!viewer) return { items: [], nextCursor: null };
      and.push(viewer.isAdmin ? { status: 'draft' } : { status: 'draft', organiserIds: oid(viewer.userId) });
      sort = { startsAt: -1, _id: -1 };
      break;
  }
  if (query.q) {
    const re = new RegExp(escapeRegex(query.q), 'i');
    and.push({ $or: [{ 'title.ja': trusted({ $regex: re }) }, { 'title.en': trusted({ $regex: re }) }] });
  }
  const offset = decodeOffset(query.cursor);
  const rows = await EventModel.find(trusted({ $and: and }))
    .sort(sort)
    .skip(offset)
    .limit(query.limit + 1)
    .lean<EventRecord[]>();
  // Members see other people's drafts never (the scopes above already exclude them), unless invited.
  const page = rows
    .slice(0, query.limit)
    .filter((e) => e.status !== 'draft' || isOrganiser(e, viewer) || query.scope === 'invitations');
  return {
    items: await presentEventsFor(page, viewer),
    nextCursor: rows.length > query.limit ? encodeOffset(offset + query.limit) : null,
  };
}
