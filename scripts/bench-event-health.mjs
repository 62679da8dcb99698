#!/usr/bin/env node
/**
 * Health during schedule generation (issue 13, finding 4): while a 150-participant event generates
 * its schedule, does the server still answer? A throw-away embedded database (as bench-suggestions)
 * seeded with `--count` demo members (default 300, so the matching index holds more than the event),
 * the real server started in this process, an organiser's event of `--participants` (150) of them,
 * 20 rounds × 80 tables, ≤ 20 meetings each, the best 150 pairs approved. Then
 * `POST /api/events/:id/schedule/generate` while a worker thread (its own event loop, so the sampler
 * never waits on the server's) sends `GET /api/health` one at a time, one every 20 ms, for the
 * whole generation; it prints p50/p99/max of those and the generation time.
 *
 * `--baseline DIR` runs the same measurement afterwards, in a child process, against another
 * checkout's build (DIR/backend/dist, e.g. `main` exported and built) and prints both.
 * `--app DIR` measures DIR's build instead of this one. Needs `npm run build` first.
 * The goal: health p99 < 50 ms during generation. The last line of output is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const here = fileURLToPath(import.meta.url);
const root = path.dirname(path.dirname(here));
const GOAL_P99_MS = 50;
const SAMPLE_EVERY_MS = 20;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
}
const options = {
  app: path.resolve(option('app', root)),
  baseline: option('baseline', null),
  count: Number(option('count', 300)),
  participants: Number(option('participants', 150)),
  rounds: 20,
  tables: 80,
  maxMeetings: 20,
  approve: 150,
};

function backendModule(relative) {
  const file = path.join(options.app, 'backend', 'dist', relative);
  if (!existsSync(file)) {
    console.error(`${file} is missing: run "npm run build" in ${options.app} first.`);
    process.exit(1);
  }
  return file;
}

/** Sequential GET /api/health every SAMPLE_EVERY_MS in a worker thread, until told to stop. */
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const latencies = [];
let stop = false;
parentPort.on('message', () => (stop = true));
(async () => {
  while (!stop) {
    const started = performance.now();
    const res = await fetch(workerData.url);
    await res.arrayBuffer();
    const ms = performance.now() - started;
    latencies.push(res.ok ? ms : -1);
    await new Promise((r) => setTimeout(r, Math.max(0, ${SAMPLE_EVERY_MS} - ms)));
  }
  parentPort.postMessage(latencies);
})();
`;

const IDLE_MS = 3000;

function startSampler(url) {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { url } });
  const latencies = new Promise((resolve) => worker.once('message', resolve));
  return {
    async stop() {
      worker.postMessage('stop');
      const samples = await latencies;
      await worker.terminate();
      return samples;
    },
  };
}

function latencyStats(samples) {
  const sorted = samples.filter((x) => x >= 0).sort((a, b) => a - b);
  return {
    healthSamples: samples.length,
    healthFailed: samples.length - sorted.length,
    healthP50Ms: round1(percentile(sorted, 0.5)),
    healthP99Ms: round1(percentile(sorted, 0.99)),
    healthMaxMs: round1(sorted.at(-1) ?? null),
  };
}

function percentile(sorted, q) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null;
}
const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

async function http(baseUrl, method, url, { cookie, body } = {}) {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

async function measure() {
  const require = createRequire(path.join(options.app, 'backend', 'package.json'));
  const { provisionDatabase } = require(backendModule('db/embedded/index.js'));
  const { connectDatabase, disconnectDatabase } = require(backendModule('db/connect.js'));
  require(backendModule('models.js'));
  const { seedDemoData } = require(backendModule('seed/index.js'));
  const { DomainEventBus } = require(backendModule('events.js'));
  const { startServer } = require(backendModule('server.js'));
  const { loadConfig } = require(backendModule('config.js'));
  const { createLogger } = require(backendModule('logger.js'));
  const { setRole } = require(backendModule('features/accounts/index.js'));
  const { ProfileModel } = require(backendModule('features/profiles/index.js'));
  const { ParticipantModel, SeatModel } = require(backendModule('features/events/event.model.js'));

  const db = await provisionDatabase({ log: (m) => console.log(`[database] ${m}`) });
  let server;
  try {
    await connectDatabase(db.uri, 'musubi_bench_health');
    const seeded = await seedDemoData({ count: options.count, events: new DomainEventBus() });
    console.log(`[seed] ${seeded.profilesCreated} profiles on ${db.kind} in ${(seeded.ms / 1000).toFixed(1)} s`);
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      PORT: '0',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      MATCHING_POLL_SECONDS: '0',
    });
    server = await startServer(config, createLogger('silent'), db.kind);
    const baseUrl = `http://127.0.0.1:${server.port}`;

    // The organiser: registered through the API, granted the role, signed in.
    const email = `organiser-${Date.now()}@bench.example`;
    const password = 'bench organiser password';
    const reg = await http(baseUrl, 'POST', '/api/auth/register', {
      body: { email, password, displayName: 'Bench organiser', language: 'en', timeZone: 'Asia/Tokyo' },
    });
    if (reg.status >= 300) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
    await setRole(email, 'organiser');
    const login = await http(baseUrl, 'POST', '/api/auth/login', { body: { email, password } });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
    const cookie = login.headers.getSetCookie()[0].split(';')[0];

    const start = new Date(Date.now() + 3 * 86400_000);
    start.setUTCHours(0, 0, 0, 0);
    const created = await http(baseUrl, 'POST', '/api/events', {
      cookie,
      body: {
        title: { en: 'Bench matching day' },
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 12 * 3600_000).toISOString(),
        timeZone: 'Asia/Tokyo',
        capacity: options.participants,
        sessionPlan: {
          startsAt: start.toISOString(),
          slotMinutes: 15,
          breakMinutes: 0,
          rounds: options.rounds,
          tables: options.tables,
          maxMeetingsPerPerson: options.maxMeetings,
        },
      },
    });
    if (created.status !== 201) throw new Error(`event: ${created.status} ${JSON.stringify(created.body)}`);
    const event = created.body;

    // Participants written directly (approved, with seats): what an import or joins leave behind.
    const profiles = await ProfileModel.find({}, { _id: 1, userId: 1 })
      .sort({ _id: 1 })
      .limit(options.participants)
      .lean();
    const at = new Date();
    await ParticipantModel.insertMany(
      profiles.map((p, i) => ({
        _id: `${event.id}:${p._id.toString()}`,
        eventId: event.id,
        profileId: p._id,
        userId: p.userId,
        status: 'approved',
        availability: null,
        source: 'imported',
        seat: i + 1,
        joinedAt: at,
        updatedAt: at,
      })),
    );
    await SeatModel.insertMany(
      profiles.map((p, i) => ({ _id: `${event.id}:${i + 1}`, eventId: event.id, profileId: p._id })),
    );

    // The index builds in the background: bulk-approve answers 503 until it is ready.
    let approved;
    for (;;) {
      approved = await http(baseUrl, 'POST', `/api/events/${event.id}/pairs/bulk-approve`, {
        cookie,
        body: { top: options.approve },
      });
      if (approved.status !== 503) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    if (approved.status !== 200) throw new Error(`bulk-approve: ${approved.status} ${JSON.stringify(approved.body)}`);
    console.log(
      `[bench] event of ${profiles.length} participants, ${options.rounds} rounds × ${options.tables} tables, ` +
        `${approved.body.approved} pairs approved`,
    );

    // The machine's noise: the same sampling for IDLE_MS with nothing else going on.
    const idle = startSampler(`${baseUrl}/api/health`);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleStats = latencyStats(await idle.stop());

    const sampler = startSampler(`${baseUrl}/api/health`);
    // The server's own event loop (this process): how long it was kept from other work.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = performance.now();
    const generating = http(baseUrl, 'POST', `/api/events/${event.id}/schedule/generate`, { cookie, body: {} });
    // The job's phases as the organiser's page sees them (builds without the job API answer 404).
    const phases = [];
    let finished = false;
    void generating.finally(() => (finished = true));
    while (!finished) {
      const job = await http(baseUrl, 'GET', `/api/events/${event.id}/schedule/job`, { cookie });
      const phase = job.status === 200 ? job.body.phase : null;
      if (phase && phases.at(-1)?.phase !== phase)
        phases.push({ phase, atMs: Math.round(performance.now() - started) });
      await new Promise((r) => setTimeout(r, 100));
    }
    const generated = await generating;
    const generationMs = performance.now() - started;
    loopDelay.disable();
    const health = latencyStats(await sampler.stop());
    if (generated.status !== 200) throw new Error(`generate: ${generated.status} ${JSON.stringify(generated.body)}`);
    return {
      app: options.app,
      database: db.kind,
      participants: profiles.length,
      pairsApproved: approved.body.approved,
      meetings: generated.body.meetings.length,
      generationMs: Math.round(generationMs),
      phases,
      optimiserMs: generated.body.stats?.ms ?? null,
      ...health,
      idle: idleStats,
      // Delays beyond the 10 ms sampling resolution.
      eventLoopDelayP99Ms: round1(loopDelay.percentile(99) / 1e6 - 10),
      eventLoopDelayMaxMs: round1(loopDelay.max / 1e6 - 10),
    };
  } finally {
    await server?.close().catch(() => undefined);
    await disconnectDatabase().catch(() => undefined);
    await db.stop();
  }
}

function describe(label, r) {
  const met = r.healthP99Ms !== null && r.healthP99Ms < GOAL_P99_MS && r.healthFailed === 0;
  console.log(
    `[${label}] generation ${r.generationMs} ms (optimiser ${r.optimiserMs} ms, ${r.meetings} meetings); ` +
      `/api/health during it: ${r.healthSamples} samples, p50 ${r.healthP50Ms} ms, p99 ${r.healthP99Ms} ms, ` +
      `max ${r.healthMaxMs} ms, ${r.healthFailed} failed (goal p99 < ${GOAL_P99_MS} ms: ${met ? 'met' : 'missed'}); ` +
      `server event-loop delay p99 ${r.eventLoopDelayP99Ms} ms, max ${r.eventLoopDelayMaxMs} ms` +
      `; idle machine for comparison: health p50 ${r.idle.healthP50Ms} ms, p99 ${r.idle.healthP99Ms} ms, max ${r.idle.healthMaxMs} ms` +
      (r.phases.length ? `; job phases: ${r.phases.map((p) => `${p.phase} at ${p.atMs} ms`).join(', ')}` : ''),
  );
}

async function main() {
  const result = await measure();
  if (process.argv.includes('--child')) {
    console.log(JSON.stringify(result));
    return;
  }
  describe('this build', result);
  let baseline = null;
  if (options.baseline) {
    const dir = path.resolve(options.baseline);
    console.log(`[bench] baseline: the same measurement against ${dir}`);
    const child = spawnSync(
      process.execPath,
      [here, '--child', '--app', dir, '--count', String(options.count), '--participants', String(options.participants)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const last = child.stdout.trim().split('\n').at(-1);
    if (child.status !== 0 || !last?.startsWith('{')) throw new Error(`baseline run failed:\n${child.stdout}`);
    baseline = JSON.parse(last);
    describe('baseline', baseline);
  }
  console.log(
    JSON.stringify({ cpus: os.availableParallelism(), samplingEveryMs: SAMPLE_EVERY_MS, ...result, baseline }),
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
