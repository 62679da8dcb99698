import { Types } from 'mongoose';
import type { DomainEventBus } from '../../events';
import { bookBlocks, releaseBlocks } from './booking';
import { now } from './clock';
import {
  BookingBlockModel,
  MeetingModel,
  MeetingOutcomeModel,
  type BookingBlockRecord,
  type MeetingRecord,
} from './meeting.model';
import { pairKeyOf } from '../chat';
import { applyTransition } from './transitions';
import { blockStarts } from './zones';

/**
 * Meetings an event's organisers schedule: created accepted (no request flow), with the same
 * booking blocks, ICS, reminders and notifications as any accepted meeting. Used by the events
 * feature when it publishes a schedule.
 */

const oid = (id: string) => new Types.ObjectId(id);

/**
 * Whether an organiser scheduled this meeting: it was created accepted, never requested by one
 * member and accepted by the other. Such a meeting is no sign the two agreed to share anything.
 */
export const isEventScheduled = (m: Pick<MeetingRecord, 'history'>): boolean => m.history[0]?.action !== 'requested';

export interface EventMeetingSpec {
  eventId: string;
  aUserId: string;
  bUserId: string;
  aProfileId: string;
  bProfileId: string;
  start: Date;
  end: Date;
  /** Shown as the meeting's place, e.g. "Table 3". */
  place: string;
}

export interface BookingConflict {
  userId: string;
  start: string;
  meetingId: string;
}

/**
 * Blocks already held by other meetings for these people and times (checked before publishing so
 * nothing is written when someone is busy). `ignore` are meetings being moved by the same publish.
 */
export async function findBookingConflicts(
  bookings: Array<{ userIds: string[]; start: Date; end: Date }>,
  ignore: Iterable<string> = [],
): Promise<BookingConflict[]> {
  const skip = new Set(ignore);
  const ids = bookings.flatMap((b) =>
    blockStarts(b.start.getTime(), b.end.getTime()).flatMap((t) => b.userIds.map((u) => ({ u, t }))),
  );
  const held = await Promise.all(
    ids.map(({ u, t }) => BookingBlockModel.findById(`${u}:${t}`).lean<BookingBlockRecord>()),
  );
  const out: BookingConflict[] = [];
  held.forEach((h, i) => {
    if (h && !skip.has(h.meetingId.toString())) {
      out.push({ userId: ids[i]!.u, start: new Date(ids[i]!.t).toISOString(), meetingId: h.meetingId.toString() });
    }
  });
  return out;
}

/** Creates one accepted event meeting with its booking blocks; null (nothing left behind) when a block is taken. */
export async function createEventMeeting(events: DomainEventBus, spec: EventMeetingSpec): Promise<string | null> {
  const at = now();
  const doc = await MeetingModel.create({
    requesterId: oid(spec.aUserId),
    receiverId: oid(spec.bUserId),
    participantIds: [oid(spec.aUserId), oid(spec.bUserId)],
    pairKey: pairKeyOf(spec.aUserId, spec.bUserId),
    requesterProfileId: oid(spec.aProfileId),
    receiverProfileId: oid(spec.bProfileId),
    status: 'accepted',
    version: 0,
    sequence: 0,
    proposedById: oid(spec.aUserId),
    message: '',
    location: { format: 'event', eventId: spec.eventId, place: spec.place },
    eventId: oid(spec.eventId),
    origin: 'event',
    slots: [{ start: spec.start, durationMinutes: (spec.end.getTime() - spec.start.getTime()) / 60_000 }],
    lastSlotStart: null,
    acceptedStart: spec.start,
    acceptedEnd: spec.end,
    pastAt: spec.end,
    history: [{ action: 'accepted', byUserId: null, at }],
    createdAt: at,
    updatedAt: at,
  });
  const booked = await bookBlocks({
    meetingId: doc._id,
    userIds: [spec.aUserId, spec.bUserId],
    start: spec.start,
    end: spec.end,
  });
  if (!booked) {
    await MeetingModel.deleteOne({ _id: doc._id });
    return null;
  }
  events.emit('meeting.updated', { meetingId: doc._id.toString(), version: 0, userIds: [spec.aUserId, spec.bUserId] });
  return doc._id.toString();
}

/** Compensation for a publish that could not finish: the meeting and its blocks go, as if never made. */
export async function discardEventMeeting(meetingId: string): Promise<void> {
  const m = await MeetingModel.findById(meetingId).lean<MeetingRecord>();
  if (!m) return;
  if (m.acceptedStart && m.acceptedEnd) {
    await releaseBlocks({
      meetingId: m._id,
      userIds: m.participantIds.map(String),
      start: m.acceptedStart,
      end: m.acceptedEnd,
    });
  }
  await MeetingModel.deleteOne({ _id: m._id });
}

/**
 * A republished schedule moved the meeting (another round and/or table): an edit that keeps it
 * accepted, rebooks the blocks and tells both (their ICS gets a new SEQUENCE). False when it is no
 * longer accepted or the new time is taken.
 */
export async function moveEventMeeting(
  events: DomainEventBus,
  meetingId: string,
  to: { start: Date; end: Date; place: string },
): Promise<boolean> {
  const m = await MeetingModel.findById(meetingId).lean<MeetingRecord>();
  if (!m || m.status !== 'accepted') return false;
  const sameTime = m.acceptedStart?.getTime() === to.start.getTime() && m.acceptedEnd?.getTime() === to.end.getTime();
  const location = { ...m.location, place: to.place };
  if (sameTime && m.location.format === 'event' && m.location.place === to.place) return true;
  try {
    await applyTransition(events, m, {
      action: 'edited',
      actorId: null,
      set: sameTime ? { location } : { location, acceptedStart: to.start, acceptedEnd: to.end, pastAt: to.end },
      bumpSequence: true,
      ...(sameTime ? {} : { book: { start: to.start, end: to.end }, release: true }),
      notify: {
        type: 'meeting.edited',
        recipients: m.participantIds.map(String),
        data: { start: to.start.toISOString() },
      },
    });
    return true;
  } catch {
    return false;
  }
}

/** The schedule no longer holds this meeting: cancelled for both, blocks freed, both told. */
export async function cancelEventMeeting(events: DomainEventBus, meetingId: string): Promise<void> {
  const m = await MeetingModel.findById(meetingId).lean<MeetingRecord>();
  if (!m || m.status !== 'accepted') return;
  await applyTransition(events, m, {
    action: 'cancelled',
    actorId: null,
    reason: 'event_schedule_changed',
    set: { status: 'cancelled', cancelReason: 'event_schedule_changed', pastAt: now(), lastSlotStart: null },
    bumpSequence: true,
    release: true,
    notify: {
      type: 'meeting.cancelled',
      recipients: m.participantIds.map(String),
      data: { reason: 'event_schedule_changed' },
    },
  });
}

/** The event's meeting figures for its dashboard. */
export async function eventMeetingFigures(eventId: string): Promise<{
  accepted: number;
  cancelled: number;
  held: number;
  noShow: number;
  requestAcceptanceRate: number | null;
}> {
  const rows = await MeetingModel.find({ eventId: oid(eventId) }, { status: 1, history: 1 }).lean<
    Pick<MeetingRecord, '_id' | 'status' | 'history'>[]
  >();
  let accepted = 0;
  let answered = 0;
  let acceptedRequests = 0;
  for (const m of rows) {
    if (m.status === 'accepted') accepted += 1;
    if (m.history[0]?.action !== 'requested') continue;
    const wasAccepted = m.history.some((h) => h.action === 'accepted');
    if (wasAccepted) acceptedRequests += 1;
    if (wasAccepted || m.history.some((h) => h.action === 'declined')) answered += 1;
  }
  const outcomes = await Promise.all(
    rows
      .filter((m) => m.status === 'accepted')
      .map((m) => MeetingOutcomeModel.find({ meetingId: m._id }, { outcome: 1 }).lean()),
  );
  let held = 0;
  let noShow = 0;
  for (const o of outcomes) {
    if (o.some((x) => x.outcome === 'held')) held += 1;
    else if (o.some((x) => x.outcome === 'no_show')) noShow += 1;
  }
  return {
    accepted,
    cancelled: rows.filter((m) => m.status === 'cancelled').length,
    held,
    noShow,
    requestAcceptanceRate: answered ? acceptedRequests / answered : null,
  };
}
