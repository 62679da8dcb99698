import request from 'supertest';
import type { EventDto, ScheduleDto, ScheduleJobDto } from '@musubi/shared';
import { createApp } from '../../app';
import { DomainEventBus } from '../../events';
import { createLogger } from '../../logger';
import { testConfig } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser, type Person } from '../../../test/event-helpers';
import { ScheduleJobModel } from './schedule-job.model';
import { JOB_LOST_AFTER_MS } from './schedule-job';
import { createSchedulePool, type SchedulePool } from './schedule-worker/schedule-pool';

/**
 * The real worker pool, with a gate: a task's result is held back (after the worker thread has
 * started and reported progress) until the test opens the gate, so "while a generation runs" is a
 * condition the test controls rather than a race against the optimiser's speed.
 */
function gatedPool(): SchedulePool & { open(): void; started: Promise<void> } {
  const real = createSchedulePool({ threads: 1 });
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let started!: () => void;
  const startedP = new Promise<void>((resolve) => (started = resolve));
  return {
    ...real,
    open,
    started: startedP,
    async run(task, onProgress) {
      const result = await real.run(task, (p) => {
        onProgress(p);
        started();
      });
      await gate;
      return result;
    },
  };
}

const pool = gatedPool();
const app = createApp({
  config: testConfig({ EVENT_SCHEDULE_TIME_BUDGET_MS: '300' }),
  logger: createLogger('silent'),
  events: new DomainEventBus(),
  databaseKind: 'test',
  schedulePool: pool,
});
afterAll(() => app.runtime.stop());

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setImmediate(r));
  }
}

describe('events: schedule generation in a worker thread', () => {
  let org: Person;
  let event: EventDto;
  const url = (path = '') => `/api/events/${event.id}${path}`;
  const job = async () => {
    const res = await org.agent.get(url('/schedule/job'));
    return res.status === 200 ? (res.body as ScheduleJobDto) : null;
  };

  beforeAll(async () => {
    await app.runtime.matchingIndex.ready();
    org = await organiser(app);
    event = await createEvent(org);
    const people = await Promise.all([
      memberWith(app, 'startup'),
      memberWith(app, 'startup'),
      memberWith(app, 'creator'),
      memberWith(app, 'corporate'),
    ]);
    for (const p of people) await join(p, event.id);
    await org.agent.post(url('/pairs/bulk-approve')).send({ top: 2 }).expect(200);
  });

  it('while a generation runs: its progress is visible, a second one answers 409 busy, health answers; then the draft is stored', async () => {
    await org.agent.get(url('/schedule/job')).expect(404);
    const first = org.agent
      .post(url('/schedule/generate'))
      .send({ seed: 2 })
      .then((r) => r);
    await pool.started;
    const running = await until(job, (j) => j?.status === 'running');
    expect(running).toMatchObject({ status: 'running', budgetMs: 300, finishedAt: null, error: null });

    const second = await org.agent.post(url('/schedule/generate')).send({}).expect(409);
    expect(second.body.error).toMatchObject({ code: 'conflict', details: { reason: 'busy' } });
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body).toBeTruthy();
    // Heartbeats carry the worker's progress into the stored job.
    const reported = await until(job, (j) => j?.phase === 'optimise' || j?.phase === 'saving' || j?.progress === 1);
    expect(reported!.status).toBe('running');

    pool.open();
    const done = await first;
    expect(done.status).toBe(200);
    const s = done.body as ScheduleDto;
    expect(s.status).toBe('draft');
    expect(s.meetings.length).toBeGreaterThan(0);
    expect(s.violations).toEqual([]);
    expect(await job()).toMatchObject({ id: running!.id, status: 'done', progress: 1, phase: null });
  });

  it('a job whose process went quiet is reported failed (interrupted); a new generation then runs', async () => {
    const old = new Date(Date.now() - JOB_LOST_AFTER_MS - 1000);
    const eventId = (await ScheduleJobModel.findOne({}).lean())!.eventId;
    await ScheduleJobModel.create({
      eventId,
      status: 'running',
      phase: 'optimise',
      progress: 0.4,
      elapsedMs: 800,
      budgetMs: 300,
      startedAt: new Date(),
      updatedAt: old,
    });
    expect(await job()).toMatchObject({ status: 'failed', error: 'interrupted', phase: null });
    await org.agent.post(url('/schedule/generate')).send({}).expect(200);
    expect(await job()).toMatchObject({ status: 'done' });
  });

  it('a stranger cannot read the job (404)', async () => {
    const other = await organiser(app);
    await other.agent.get(url('/schedule/job')).expect(404);
  });
});

describe('schedule pool', () => {
  it('runs the optimiser in a worker thread with progress, and stops its threads when destroyed', async () => {
    const own = createSchedulePool({ threads: 1 });
    const phases = new Set<string>();
    const outcome = await own.run(
      {
        input: {
          participants: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
          rounds: 2,
          tablesPerRound: 2,
          maxMeetingsPerPerson: 2,
          pairs: [
            { a: 'a', b: 'b', score: 50, approved: true },
            { a: 'c', b: 'd', score: 40, approved: false },
            { a: 'a', b: 'c', score: 30, approved: false },
          ],
          fillWithSuggestions: true,
        },
        seed: 1,
        timeBudgetMs: 100,
      },
      (p) => phases.add(p.phase),
    );
    expect(outcome.ok && outcome.result.meetings.length).toBeGreaterThan(0);
    expect(phases.has('bound')).toBe(true);
    expect(own.threads()).toBe(1);
    await own.destroy();
    expect(own.threads()).toBe(0);
  });
});
