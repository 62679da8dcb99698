import type { z } from 'zod';
import type {
  AddScheduledMeetingSchema,
  GenerateScheduleSchema,
  ScheduleDto,
  UpdateScheduledMeetingSchema,
} from '@musubi/shared';
import { AppError, badRequest, conflict, notFound } from '../../http/errors';
import type { Viewer } from '../profiles';
import { loadOrganisedEvent, withEventLock } from './event-access';
import type { EventRecord, StoredScheduledMeeting } from './event.model';
import type { EventsDeps } from './events.deps';
import { eventPairs } from './pairs.service';
import { startScheduleJob, type ScheduleJobTracker } from './schedule-job';
import type { ScheduleInput } from './scheduler';
import {
  approvedParticipants,
  availabilityFor,
  loadSchedule,
  meetingKeyOf,
  pairOfMeeting,
  presentSchedule,
  requirePlan,
  saveSchedule,
  violationsOf,
} from './schedule.store';

export async function getSchedule(viewer: NonNullable<Viewer>, id: string): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  return presentSchedule(event, await loadSchedule(event._id));
}

/**
 * A new draft from the optimiser: approved (and introduced) pairs, plus the engine's suggestions
 * among participants when asked, each participant's round availability, the locked meetings of the
 * current draft kept. Stores the optimiser's figures against plain greedy and the upper bound.
 *
 * The optimiser runs in a worker thread (deps.schedulePool) so the server keeps answering. One
 * generation per event at a time, across processes (the lock `schedule:<eventId>`): a second one
 * answers 409 `busy` at once. Its progress is stored as a job (GET /events/:id/schedule/job).
 */
export async function generateSchedule(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  input: z.output<typeof GenerateScheduleSchema>,
): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  requirePlan(event);
  const eventId = event._id.toString();
  await withEventLock(
    'schedule',
    eventId,
    async () => {
      const job = await startScheduleJob(event._id, deps.scheduleTimeBudgetMs, `schedule:${eventId}`);
      try {
        await generateDraft(deps, event, input, job);
        await job.finish('done');
      } catch (err) {
        await job.finish('failed', err instanceof AppError ? err.code : 'internal_error');
        throw err;
      }
    },
    { tries: 1 },
  );
  return presentSchedule(event, await loadSchedule(event._id));
}

async function generateDraft(
  deps: EventsDeps,
  event: EventRecord,
  input: z.output<typeof GenerateScheduleSchema>,
  job: ScheduleJobTracker,
): Promise<void> {
  const plan = requirePlan(event);
  const [participants, { pairs }, current] = await Promise.all([
    approvedParticipants(event._id),
    eventPairs(deps, event),
    loadSchedule(event._id),
  ]);
  const ids = new Set(participants.map((p) => p.profileId.toString()));
  const locked = input.keepLocked
    ? (current?.meetings ?? []).filter((m) => m.locked && ids.has(m.a) && ids.has(m.b))
    : [];
  const scheduleInput: ScheduleInput = {
    participants: participants.map((p) => ({ id: p.profileId.toString(), available: availabilityFor(p, plan.rounds) })),
    rounds: plan.rounds,
    tablesPerRound: plan.tables,
    maxMeetingsPerPerson: plan.maxMeetingsPerPerson,
    pairs: pairs
      .filter((p) => p.status !== 'rejected')
      .map((p) => ({
        a: p.a,
        b: p.b,
        score: p.score ?? 0,
        approved: p.status === 'approved' || p.status === 'introduced',
      })),
    locked: locked.map(({ a, b, round, table }) => ({ a, b, round, table })),
    fillWithSuggestions: input.fillWithSuggestions,
  };
  job.report({ phase: 'queued' });
  const outcome = await deps.schedulePool.run(
    { input: scheduleInput, seed: input.seed ?? 1, timeBudgetMs: deps.scheduleTimeBudgetMs },
    ({ phase, fraction }) => job.report({ phase, progress: fraction }),
  );
  if (!outcome.ok) {
    throw conflict('The locked meetings no longer fit; unlock or remove them first', {
      reason: 'locked_conflict',
      problems: outcome.problems.slice(0, 20),
    });
  }
  const { result } = outcome;
  job.report({ phase: 'saving', progress: 1 });
  const publishedIds = new Map((current?.published ?? []).map((m) => [pairOfMeeting(m), m.meetingId]));
  const meetings: StoredScheduledMeeting[] = result.meetings.map((m) => ({
    ...m,
    score: m.score,
    meetingId: publishedIds.get(pairOfMeeting(m)) ?? null,
  }));
  const at = new Date();
  await saveSchedule(event._id, {
    status: 'draft',
    meetings,
    generatedAt: at,
    stats: {
      objective: result.objective,
      greedyObjective: result.greedyObjective,
      upperBound: result.upperBound,
      totalScore: result.totalScore,
      greedyTotalScore: result.greedyTotalScore,
      approvedPlaced: result.diagnostics.approvedPlaced,
      approvedPairs: result.diagnostics.approvedPairs,
      unplacedApproved: result.diagnostics.unplacedApproved.map((u) => ({
        key: pairOfMeeting(u),
        reason: u.reason,
      })),
      ms: Math.round(result.diagnostics.totalMs),
    },
  });
}

async function draftOf(event: Parameters<typeof loadSchedule>[0]) {
  const s = await loadSchedule(event);
  if (!s) throw notFound('Schedule');
  return s;
}

/** Moves (to another round/table; swapping with a meeting already there) and/or (un)locks one meeting. */
export async function updateScheduledMeeting(
  viewer: NonNullable<Viewer>,
  id: string,
  meetingKey: string,
  input: z.output<typeof UpdateScheduledMeetingSchema>,
): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const plan = requirePlan(event);
  const s = await draftOf(event._id);
  const meetings = s.meetings.map((m) => ({ ...m }));
  const moving = meetings.find((m) => meetingKeyOf(m) === meetingKey);
  if (!moving) throw notFound('Scheduled meeting');
  const round = input.round ?? moving.round;
  const table = input.table ?? moving.table;
  if (round > plan.rounds || table > plan.tables) {
    throw badRequest('No such round or table in the session plan', {
      issues: [{ path: round > plan.rounds ? 'round' : 'table', message: 'Out of the plan' }],
    });
  }
  const occupant = meetings.find((m) => m !== moving && m.round === round && m.table === table);
  if (occupant) {
    occupant.round = moving.round;
    occupant.table = moving.table;
  }
  moving.round = round;
  moving.table = table;
  if (input.locked !== undefined) moving.locked = input.locked;
  else if (input.round !== undefined || input.table !== undefined) moving.locked = true;
  meetings.sort((x, y) => x.round - y.round || x.table - y.table);
  await saveSchedule(event._id, { meetings, status: 'draft' });
  return presentSchedule(event, await loadSchedule(event._id));
}

export async function removeScheduledMeeting(
  viewer: NonNullable<Viewer>,
  id: string,
  meetingKey: string,
): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const s = await draftOf(event._id);
  const kept = s.meetings.filter((m) => meetingKeyOf(m) !== meetingKey);
  if (kept.length === s.meetings.length) throw notFound('Scheduled meeting');
  await saveSchedule(event._id, { meetings: kept, status: 'draft' });
  return presentSchedule(event, await loadSchedule(event._id));
}

/** Adds a meeting by hand; refused (409 with the violations) when it would break a constraint. */
export async function addScheduledMeeting(
  viewer: NonNullable<Viewer>,
  id: string,
  input: z.output<typeof AddScheduledMeetingSchema>,
): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  requirePlan(event);
  if (input.a === input.b) throw badRequest('A meeting needs two different participants');
  const s = await loadSchedule(event._id);
  const current = s?.meetings ?? [];
  const published = new Map((s?.published ?? []).map((m) => [pairOfMeeting(m), m.meetingId]));
  const [a, b] = input.a < input.b ? [input.a, input.b] : [input.b, input.a];
  const added: StoredScheduledMeeting = {
    a,
    b,
    round: input.round,
    table: input.table,
    score: null,
    approved: true,
    locked: input.locked,
    meetingId: published.get(pairOfMeeting({ a, b })) ?? null,
  };
  const before = new Set(await violationsOf(event, current));
  const after = (await violationsOf(event, [...current, added])).filter((v) => !before.has(v));
  if (after.length)
    throw conflict('This meeting breaks the schedule’s rules', { reason: 'violations', violations: after });
  const meetings = [...current, added].sort((x, y) => x.round - y.round || x.table - y.table);
  await saveSchedule(event._id, { meetings, status: 'draft' });
  return presentSchedule(event, await loadSchedule(event._id));
}
