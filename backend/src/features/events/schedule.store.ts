import type { Types } from 'mongoose';
import { pairKeyOfProfiles, type ProfileKind, type ScheduleDto, type ScheduledMeetingDto } from '@musubi/shared';
import { conflict } from '../../http/errors';
import { validateSchedule, type ScheduleInput } from './scheduler';
import {
  ParticipantModel,
  ScheduleModel,
  type EventRecord,
  type ParticipantRecord,
  type ScheduleRecord,
  type StoredScheduledMeeting,
  type StoredSessionPlan,
} from './event.model';
import { loadProfiles, nameOf } from './event-profiles';
import { roundTimes } from './events.presenter';

export const meetingKeyOf = (m: { round: number; table: number }) => `${m.round}-${m.table}`;
export const pairOfMeeting = (m: { a: string; b: string }) => pairKeyOfProfiles(m.a, m.b);

export function requirePlan(event: EventRecord): StoredSessionPlan {
  if (!event.sessionPlan) throw conflict('Set the event’s session plan first', { reason: 'no_session_plan' });
  return event.sessionPlan;
}

export async function loadSchedule(eventId: Types.ObjectId): Promise<ScheduleRecord | null> {
  const s = await ScheduleModel.findById(eventId).lean<ScheduleRecord>();
  return s ? { ...s, meetings: s.meetings ?? [], published: s.published ?? [], stats: s.stats ?? null } : null;
}

/** Availability as the optimiser wants it: one flag per round of the current plan. */
export const availabilityFor = (p: ParticipantRecord, rounds: number): boolean[] | undefined =>
  p.availability ? Array.from({ length: rounds }, (_, i) => p.availability![i] ?? true) : undefined;

export async function approvedParticipants(eventId: Types.ObjectId): Promise<ParticipantRecord[]> {
  return ParticipantModel.find({ eventId, status: 'approved' })
    .sort({ joinedAt: 1, _id: 1 })
    .lean<ParticipantRecord[]>();
}

/** Every constraint the draft breaks now (people who left, availability changed, moves by hand). */
export async function violationsOf(event: EventRecord, meetings: StoredScheduledMeeting[]): Promise<string[]> {
  const plan = requirePlan(event);
  const participants = await approvedParticipants(event._id);
  const input: ScheduleInput = {
    participants: participants.map((p) => ({ id: p.profileId.toString(), available: availabilityFor(p, plan.rounds) })),
    rounds: plan.rounds,
    tablesPerRound: plan.tables,
    maxMeetingsPerPerson: plan.maxMeetingsPerPerson,
    pairs: meetings.map((m) => ({ a: m.a, b: m.b, score: m.score ?? 0, approved: true })),
  };
  return validateSchedule(
    input,
    meetings.map((m) => ({ ...m, score: m.score ?? 0 })),
  );
}

export async function saveSchedule(eventId: Types.ObjectId, set: Partial<ScheduleRecord>): Promise<void> {
  await ScheduleModel.updateOne(
    { _id: eventId },
    {
      $set: { ...set, updatedAt: new Date() },
      $setOnInsert: {
        ...(set.status === undefined ? { status: 'draft' } : {}),
        ...(set.published === undefined ? { published: [] } : {}),
        ...(set.stats === undefined ? { stats: null } : {}),
        ...(set.generatedAt === undefined ? { generatedAt: null } : {}),
        ...(set.publishedAt === undefined ? { publishedAt: null } : {}),
      },
    },
    { upsert: true },
  );
}

export async function presentSchedule(event: EventRecord, s: ScheduleRecord | null): Promise<ScheduleDto> {
  const plan = requirePlan(event);
  const rounds = roundTimes(plan);
  if (!s) {
    return {
      status: 'none',
      meetings: [],
      rounds,
      tables: plan.tables,
      stats: null,
      violations: [],
      generatedAt: null,
      publishedAt: null,
    };
  }
  const profiles = await loadProfiles(s.meetings.flatMap((m) => [m.a, m.b]));
  const side = (id: string) => {
    const p = profiles.get(id);
    return { profileId: id, name: p ? nameOf(p) : '', kind: (p?.kind ?? 'startup') as ProfileKind };
  };
  const meetings: ScheduledMeetingDto[] = s.meetings.map((m) => {
    const r = rounds[m.round - 1];
    return {
      key: meetingKeyOf(m),
      round: m.round,
      table: m.table,
      start: r?.start ?? '',
      end: r?.end ?? '',
      a: side(m.a),
      b: side(m.b),
      score: m.score,
      approved: m.approved,
      locked: m.locked,
      meetingId: m.meetingId?.toString() ?? null,
    };
  });
  return {
    status: s.status,
    meetings,
    rounds,
    tables: plan.tables,
    stats: s.stats as ScheduleDto['stats'],
    violations: await violationsOf(event, s.meetings),
    generatedAt: s.generatedAt?.toISOString() ?? null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
  };
}
