import { trusted } from 'mongoose';
import type { z } from 'zod';
import type {
  AcceptMeetingSchema,
  CancelMeetingSchema,
  CounterMeetingSchema,
  DeclineMeetingSchema,
  EditMeetingSchema,
  MeetingDto,
  MeetingOutcomeSchema,
  RescheduleMeetingSchema,
} from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { forbidden, validationFailed } from '../../http/errors';
import { pairKeyOf } from '../chat';
import { now, nowMs } from './clock';
import { badSlot, notAllowedInState, staleMeeting } from './meeting-errors';
import { MeetingModel, MeetingOutcomeModel, type MeetingRecord } from './meeting.model';
import { checkSlots, lastStartOf, loadMeetingFor, oid, presentFor, type MeetingsDeps } from './meetings.access';
import { applyTransition, type TransitionPlan } from './transitions';

type In<S extends z.ZodType> = z.output<S>;

const otherOf = (m: MeetingRecord, me: string) => m.participantIds.map(String).filter((id) => id !== me);
const isProposer = (m: MeetingRecord, me: string) => m.proposedById.toString() === me;
const notEnded = (m: MeetingRecord) => m.status === 'accepted' && !!m.acceptedEnd && m.acceptedEnd.getTime() > nowMs();

/** The plan of `me` declining the request `m`; the proposer is told. */
function declining(m: MeetingRecord, me: string, reason: string | null): TransitionPlan {
  return {
    action: 'declined',
    actorId: me,
    reason: reason ?? undefined,
    set: { status: 'declined', declineReason: reason, pastAt: now(), lastSlotStart: null },
    bumpSequence: true,
    notify: { type: 'meeting.declined', recipients: otherOf(m, me), data: { reason } },
  };
}

/**
 * The plan of `by` cancelling `m` (`actorId` null when the system does it for them): the other side
 * is told, and an accepted meeting's booked time is freed.
 */
function cancellation(m: MeetingRecord, by: string, actorId: string | null, reason: string | null): TransitionPlan {
  return {
    action: 'cancelled',
    actorId,
    reason: reason ?? undefined,
    set: { status: 'cancelled', cancelReason: reason, cancelledById: oid(by), pastAt: now(), lastSlotStart: null },
    bumpSequence: true,
    release: m.status === 'accepted',
    notify: {
      type: 'meeting.cancelled',
      recipients: otherOf(m, by),
      data: { reason, start: m.acceptedStart?.toISOString() ?? null },
    },
  };
}

/**
 * Loads the meeting for a participant, checks the version they saw and the rule of the action,
 * then applies the planned transition (one winner per version).
 */
async function transition(
  deps: MeetingsDeps,
  me: string,
  id: string,
  version: number,
  plan: (m: MeetingRecord) => TransitionPlan,
): Promise<MeetingDto> {
  const m = await loadMeetingFor(deps.events, me, id);
  if (m.version !== version) throw staleMeeting(m.version);
  const updated = await applyTransition(deps.events, m, plan(m));
  return (await presentFor(me, [updated]))[0]!;
}

/** The side answering a pending proposal (not its proposer). */
function requireAnswerer(m: MeetingRecord, me: string): void {
  if (m.status !== 'pending') throw notAllowedInState(m.status);
  if (isProposer(m, me)) throw forbidden('The other side answers this proposal');
}

export function acceptMeeting(deps: MeetingsDeps, me: string, id: string, input: In<typeof AcceptMeetingSchema>) {
  return transition(deps, me, id, input.version, (m) => {
    requireAnswerer(m, me);
    const slot = m.slots.find((s) => s.start.toISOString() === input.start);
    if (!slot) throw badSlot('start', 'Choose one of the proposed slots');
    if (slot.start.getTime() <= nowMs()) throw badSlot('start', 'This time has already passed');
    const end = new Date(slot.start.getTime() + slot.durationMinutes * 60_000);
    return {
      action: 'accepted',
      actorId: me,
      set: { status: 'accepted', acceptedStart: slot.start, acceptedEnd: end, pastAt: end, lastSlotStart: null },
      bumpSequence: true,
      book: { start: slot.start, end },
      notify: { type: 'meeting.accepted', recipients: otherOf(m, me), data: { start: slot.start.toISOString() } },
    };
  });
}

export function declineMeeting(deps: MeetingsDeps, me: string, id: string, input: In<typeof DeclineMeetingSchema>) {
  return transition(deps, me, id, input.version, (m) => {
    requireAnswerer(m, me);
    return declining(m, me, input.reason || null);
  });
}

export function counterMeeting(deps: MeetingsDeps, me: string, id: string, input: In<typeof CounterMeetingSchema>) {
  return transition(deps, me, id, input.version, (m) => {
    requireAnswerer(m, me);
    const slots = checkSlots(input.slots);
    return {
      action: 'countered',
      actorId: me,
      set: {
        slots,
        lastSlotStart: lastStartOf(slots),
        proposedById: oid(me),
        ...(input.message !== undefined ? { message: input.message } : {}),
      },
      bumpSequence: true,
      notify: { type: 'meeting.countered', recipients: otherOf(m, me), data: { start: slots[0]!.start.toISOString() } },
    };
  });
}

export function editMeeting(deps: MeetingsDeps, me: string, id: string, input: In<typeof EditMeetingSchema>) {
  return transition(deps, me, id, input.version, (m) => {
    if (m.status !== 'pending') throw notAllowedInState(m.status);
    if (!isProposer(m, me)) throw forbidden('Only the side that proposed can edit this request');
    if (!input.slots && input.message === undefined && !input.location) {
      throw validationFailed([{ path: '', message: 'Nothing to change' }]);
    }
    const slots = input.slots ? checkSlots(input.slots) : null;
    const location = input.location;
    return {
      action: 'edited',
      actorId: me,
      set: {
        ...(slots ? { slots, lastSlotStart: lastStartOf(slots) } : {}),
        ...(input.message !== undefined ? { message: input.message } : {}),
        ...(location
          ? {
              location,
              eventId: location.format === 'event' && location.eventId ? oid(location.eventId) : null,
            }
          : {}),
      },
      bumpSequence: !!slots || !!location,
      notify: { type: 'meeting.edited', recipients: otherOf(m, me) },
    };
  });
}

export function cancelMeeting(deps: MeetingsDeps, me: string, id: string, input: In<typeof CancelMeetingSchema>) {
  return transition(deps, me, id, input.version, (m) => {
    if (m.status === 'pending') {
      if (!isProposer(m, me)) throw forbidden('Decline the request instead');
    } else if (!notEnded(m)) throw notAllowedInState(m.status);
    return cancellation(m, me, me, input.reason || null);
  });
}

export function rescheduleMeeting(
  deps: MeetingsDeps,
  me: string,
  id: string,
  input: In<typeof RescheduleMeetingSchema>,
) {
  return transition(deps, me, id, input.version, (m) => {
    if (!notEnded(m)) throw notAllowedInState(m.status);
    const slots = checkSlots(input.slots);
    return {
      action: 'rescheduled',
      actorId: me,
      set: {
        status: 'pending',
        slots,
        lastSlotStart: lastStartOf(slots),
        proposedById: oid(me),
        acceptedStart: null,
        acceptedEnd: null,
        pastAt: null,
        ...(input.message !== undefined ? { message: input.message } : {}),
      },
      bumpSequence: true,
      release: true,
      notify: {
        type: 'meeting.rescheduled',
        recipients: otherOf(m, me),
        data: { start: slots[0]!.start.toISOString() },
      },
    };
  });
}

/** The viewer's own outcome and private notes, once an accepted meeting has started. */
export async function recordOutcome(
  deps: MeetingsDeps,
  me: string,
  id: string,
  input: In<typeof MeetingOutcomeSchema>,
): Promise<MeetingDto> {
  const m = await loadMeetingFor(deps.events, me, id);
  if (m.status !== 'accepted' || !m.acceptedStart || m.acceptedStart.getTime() > nowMs()) {
    throw notAllowedInState(m.status);
  }
  await MeetingOutcomeModel.updateOne(
    { _id: `${id}:${me}` },
    {
      $set: {
        meetingId: m._id,
        userId: oid(me),
        updatedAt: new Date(),
        ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      },
    },
    { upsert: true },
  );
  return (await presentFor(me, [m]))[0]!;
}

/**
 * A deleted account: its open and upcoming meetings are cancelled (the other side is told, the
 * blocks freed); its own outcomes and notes go.
 */
/**
 * Ends the pending and not yet ended accepted meetings matching `filter` by the plan `planOf` gives
 * (null: leave it). A meeting that moved on meanwhile (answered, cancelled or expired by the other
 * side) is left as it is.
 */
async function endOpenMeetings(
  events: DomainEventBus,
  filter: Record<string, unknown>,
  planOf: (m: MeetingRecord) => TransitionPlan | null,
): Promise<void> {
  const open = await MeetingModel.find({
    ...filter,
    status: trusted({ $in: ['pending', 'accepted'] }),
  }).lean<MeetingRecord[]>();
  for (const m of open) {
    if (m.status === 'accepted' && !notEnded(m)) continue;
    const plan = planOf(m);
    if (!plan) continue;
    try {
      await applyTransition(events, m, plan);
    } catch {
      // Moved on meanwhile: nothing left to end here.
    }
  }
}

/**
 * `userId` blocked `otherUserId`: their open requests and upcoming meetings with each other end, as
 * if the blocker had declined or cancelled them, with no reason given. Meetings an event organiser
 * scheduled are left to the organiser.
 */
export async function endMeetingsOnBlock(events: DomainEventBus, userId: string, otherUserId: string): Promise<void> {
  await endOpenMeetings(events, { pairKey: pairKeyOf(userId, otherUserId) }, (m) => {
    if (m.eventId) return null;
    return m.status === 'pending' && !isProposer(m, userId)
      ? declining(m, userId, null)
      : cancellation(m, userId, userId, null);
  });
}

export async function forgetMeetingsOf(events: DomainEventBus, userId: string): Promise<void> {
  await endOpenMeetings(events, { participantIds: oid(userId) }, (m) =>
    cancellation(m, userId, null, 'account_deleted'),
  );
  await MeetingOutcomeModel.deleteMany({ userId: oid(userId) });
}
