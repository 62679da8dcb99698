import { Types } from 'mongoose';
import { MEETING_LIMITS, OBJECT_ID_PATTERN, type MeetingDto, type SlotInput } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { notFound } from '../../http/errors';
import { rulesOf } from './availability.service';
import { now, nowMs } from './clock';
import { badSlot } from './meeting-errors';
import { MeetingModel, MeetingOutcomeModel, type MeetingOutcomeRecord, type MeetingRecord } from './meeting.model';
import { answererOf, presentMeeting } from './meetings.presenter';
import { loadPeople, neutralised } from './people';
import { UserModel } from '../accounts';
import { blockersOf } from '../chat';
import { applyTransition } from './transitions';

export interface MeetingsDeps {
  events: DomainEventBus;
  /** Cap on pending outgoing requests per member. */
  pendingCap: number;
}

export const oid = (id: string) => new Types.ObjectId(id);

/** Pending → expired (nobody acted; both sides are told). */
export function expireMeeting(events: DomainEventBus, m: MeetingRecord): Promise<MeetingRecord> {
  return applyTransition(events, m, {
    action: 'expired',
    actorId: null,
    set: { status: 'expired', lastSlotStart: null, pastAt: now() },
    bumpSequence: true,
    notify: { type: 'meeting.expired', recipients: m.participantIds.map(String) },
  });
}

/** Expires a pending meeting whose last slot has started (lazily, on read or action). */
export async function settleExpiry(events: DomainEventBus, m: MeetingRecord): Promise<MeetingRecord> {
  if (m.status !== 'pending' || !m.lastSlotStart || m.lastSlotStart.getTime() > nowMs()) return m;
  try {
    return await expireMeeting(events, m);
  } catch {
    // Someone else moved it on (another reader expired it, or a last-second answer): read it again.
    return (await MeetingModel.findById(m._id).lean<MeetingRecord>())!;
  }
}

/** A meeting the viewer takes part in; anything else (bad id, missing, someone else's) is the same 404. */
export async function loadMeetingFor(events: DomainEventBus, viewerId: string, id: string): Promise<MeetingRecord> {
  if (!OBJECT_ID_PATTERN.test(id)) throw notFound('Meeting');
  const m = await MeetingModel.findById(id).lean<MeetingRecord>();
  if (!m || !m.participantIds.some((p) => p.toString() === viewerId)) throw notFound('Meeting');
  return settleExpiry(events, m);
}

/** Presents meetings for one viewer, loading people, availability and the viewer's outcomes once. */
export async function presentFor(viewerId: string, rows: MeetingRecord[]): Promise<MeetingDto[]> {
  const [loaded, blockers, viewer] = await Promise.all([
    loadPeople(rows.flatMap((m) => m.participantIds.map(String))),
    blockersOf(viewerId),
    UserModel.findById(viewerId, { language: 1 }).lean<{ language?: string }>(),
  ]);
  const people = neutralised(loaded, blockers, viewer?.language === 'ja' ? 'ja' : 'en');
  const answerers = [...new Set(rows.map(answererOf))];
  const rules = new Map(await Promise.all(answerers.map(async (u) => [u, await rulesOf(u)] as const)));
  const outcomes = await Promise.all(
    rows.map((m) => MeetingOutcomeModel.findById(`${m._id.toString()}:${viewerId}`).lean<MeetingOutcomeRecord>()),
  );
  const at = nowMs();
  return rows.map((m, i) =>
    presentMeeting(m, viewerId, {
      people,
      outcome: outcomes[i] ?? null,
      answererRules: rules.get(answererOf(m)) ?? null,
      nowMs: at,
    }),
  );
}

/** Slots must start in the future and within the horizon; returns them as stored. */
export function checkSlots(slots: SlotInput[], path = 'slots'): Array<{ start: Date; durationMinutes: number }> {
  const at = nowMs();
  const horizon = at + MEETING_LIMITS.horizonDays * 24 * 3600 * 1000;
  return slots.map((s, i) => {
    const start = Date.parse(s.start);
    if (start <= at) throw badSlot(`${path}.${i}.start`, 'This time has already passed');
    if (start > horizon)
      throw badSlot(`${path}.${i}.start`, `Slots can be at most ${MEETING_LIMITS.horizonDays} days ahead`);
    return { start: new Date(start), durationMinutes: s.durationMinutes };
  });
}

export const lastStartOf = (slots: Array<{ start: Date }>) =>
  new Date(Math.max(...slots.map((s) => s.start.getTime())));

/** The viewer's pending requests still waiting for the other side. */
export function pendingOutgoingFilter(userId: string) {
  return { participantIds: oid(userId), status: 'pending' as const, proposedById: oid(userId) };
}
