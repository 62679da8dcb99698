import { trusted } from 'mongoose';
import { z } from 'zod';
import {
  OBJECT_ID_PATTERN,
  type CreateMeetingInput,
  type MeetingBox,
  type MeetingDto,
  type MeetingPageDto,
  type MeetingStatsDto,
} from '@musubi/shared';
import { forbidden, notFound } from '../../http/errors';
import { cursorCodec } from '../../http/cursor';
import { blockedEitherWay, pairKeyOf } from '../chat';
import { findVisibleProfile, ProfileModel, type ProfileRecord, type Viewer } from '../profiles';
import { notify } from '../notifications';
import { now } from './clock';
import { pendingCapReached } from './meeting-errors';
import { MeetingModel, MeetingOutcomeModel, type MeetingRecord } from './meeting.model';
import {
  checkSlots,
  lastStartOf,
  loadMeetingFor,
  oid,
  pendingOutgoingFilter,
  presentFor,
  settleExpiry,
  type MeetingsDeps,
} from './meetings.access';
import { actorOf, loadPeople } from './people';
import { withRequesterLock } from './requester-lock';

/** Counts the viewer's open requests (the lazily expired ones no longer count). */
export function countPendingOutgoing(userId: string): Promise<number> {
  return MeetingModel.countDocuments({ ...pendingOutgoingFilter(userId), lastSlotStart: trusted({ $gt: now() }) });
}

/** A new request to the owner of `input.profileId`. */
export async function createMeeting(
  deps: MeetingsDeps,
  viewer: NonNullable<Viewer>,
  input: CreateMeetingInput,
): Promise<MeetingDto> {
  const me = viewer.userId;
  const profile = await findVisibleProfile(input.profileId, viewer);
  const other = profile.userId.toString();
  if (other === me) throw forbidden('You cannot request a meeting with yourself');
  // Blocked either way: the profile is as good as invisible.
  if (await blockedEitherWay(me, other)) throw notFound('Profile');
  const slots = checkSlots(input.slots);
  const mine = await ProfileModel.findOne({ userId: oid(me) }, { _id: 1 }).lean();
  const at = now();
  // One request at a time per member, so that parallel requests cannot slip past the cap.
  const doc = await withRequesterLock(me, async () => {
    if ((await countPendingOutgoing(me)) >= deps.pendingCap) throw pendingCapReached(deps.pendingCap);
    return MeetingModel.create({
      requesterId: oid(me),
      receiverId: profile.userId,
      participantIds: [oid(me), profile.userId],
      pairKey: pairKeyOf(me, other),
      requesterProfileId: mine?._id ?? null,
      receiverProfileId: profile._id,
      status: 'pending',
      version: 0,
      sequence: 0,
      proposedById: oid(me),
      message: input.message,
      location: input.location,
      eventId: input.location.format === 'event' && input.location.eventId ? oid(input.location.eventId) : null,
      origin: input.origin ?? null,
      slots,
      lastSlotStart: lastStartOf(slots),
      history: [{ action: 'requested', byUserId: oid(me), at }],
      createdAt: at,
      updatedAt: at,
    });
  });
  const m = doc.toObject() as MeetingRecord;
  deps.events.emit('meeting.updated', { meetingId: m._id.toString(), version: 0, userIds: [me, other] });
  const actor = (await loadPeople([me])).get(me)!;
  await notify(deps.events, [
    {
      recipientId: other,
      type: 'meeting.requested',
      actor: actorOf(actor),
      subject: { kind: 'meeting', id: m._id.toString() },
      data: { start: slots[0]!.start.toISOString() },
    },
  ]);
  return (await presentFor(me, [m]))[0]!;
}

export async function getMeeting(deps: MeetingsDeps, viewerId: string, id: string): Promise<MeetingDto> {
  const m = await loadMeetingFor(deps.events, viewerId, id);
  return (await presentFor(viewerId, [m]))[0]!;
}

const CursorSchema = z.strictObject({ k: z.number().int(), id: z.string().regex(OBJECT_ID_PATTERN) });
const { encode: encodeCursor, decode: decodeCursor } = cursorCodec(CursorSchema);

type SortKey = 'updatedAt' | 'acceptedStart' | 'pastAt';

/** Each box: its filter (beyond "mine") and its order. */
function boxQuery(box: MeetingBox, me: string): { filter: Record<string, unknown>; key: SortKey; dir: 1 | -1 } {
  const at = now();
  switch (box) {
    case 'incoming':
      return { filter: { status: 'pending', proposedById: trusted({ $ne: oid(me) }) }, key: 'updatedAt', dir: -1 };
    case 'outgoing':
      return { filter: { status: 'pending', proposedById: oid(me) }, key: 'updatedAt', dir: -1 };
    case 'upcoming':
      return { filter: { status: 'accepted', acceptedEnd: trusted({ $gt: at }) }, key: 'acceptedStart', dir: 1 };
    case 'past':
      return { filter: { pastAt: trusted({ $lte: at }) }, key: 'pastAt', dir: -1 };
    default:
      return { filter: {}, key: 'updatedAt', dir: -1 };
  }
}

/** Expires the viewer's overdue pending requests before a listing shows them. */
async function settleOverdue(deps: MeetingsDeps, me: string): Promise<void> {
  const overdue = await MeetingModel.find({
    participantIds: oid(me),
    status: 'pending',
    lastSlotStart: trusted({ $lte: now() }),
  })
    .limit(100)
    .lean<MeetingRecord[]>();
  for (const m of overdue) await settleExpiry(deps.events, m);
}

/** One page of a box of the viewer's meetings. */
export async function listMeetings(
  deps: MeetingsDeps,
  me: string,
  query: { box: MeetingBox; profileId?: string; cursor?: string; limit: number },
): Promise<MeetingPageDto> {
  await settleOverdue(deps, me);
  const { filter, key, dir } = boxQuery(query.box, me);
  const and: Record<string, unknown>[] = [{ participantIds: oid(me) }, filter];
  if (query.profileId) {
    const profile = await ProfileModel.findById(query.profileId, { userId: 1 }).lean<Pick<ProfileRecord, 'userId'>>();
    if (!profile) return { items: [], nextCursor: null };
    and.push({ pairKey: pairKeyOf(me, profile.userId.toString()) });
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const op = dir === 1 ? '$gt' : '$lt';
    and.push({
      $or: [{ [key]: trusted({ [op]: new Date(c.k) }) }, { [key]: new Date(c.k), _id: trusted({ [op]: oid(c.id) }) }],
    });
  }
  const rows = await MeetingModel.find(trusted({ $and: and }))
    .sort({ [key]: dir, _id: dir })
    .limit(query.limit + 1)
    .lean<MeetingRecord[]>();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await presentFor(me, page),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ k: (last[key] as Date).getTime(), id: last._id.toString() })
        : null,
  };
}

/** The viewer's dashboard figures. */
export async function meetingStats(deps: MeetingsDeps, me: string): Promise<MeetingStatsDto> {
  await settleOverdue(deps, me);
  const at = now();
  const heldRows = await MeetingOutcomeModel.find({ userId: oid(me), outcome: 'held' }, { meetingId: 1 }).lean();
  const [held, upcoming, pendingIncoming, pendingOutgoing] = await Promise.all([
    heldRows.length
      ? MeetingModel.countDocuments({ _id: trusted({ $in: heldRows.map((r) => r.meetingId) }), status: 'accepted' })
      : 0,
    MeetingModel.countDocuments({ participantIds: oid(me), status: 'accepted', acceptedEnd: trusted({ $gt: at }) }),
    MeetingModel.countDocuments({
      participantIds: oid(me),
      status: 'pending',
      proposedById: trusted({ $ne: oid(me) }),
      lastSlotStart: trusted({ $gt: at }),
    }),
    countPendingOutgoing(me),
  ]);
  return { held, upcoming, pendingIncoming, pendingOutgoing, pendingOutgoingCap: deps.pendingCap };
}
