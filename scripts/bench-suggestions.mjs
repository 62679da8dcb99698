#!/usr/bin/env node
/**
 * Suggestions endpoint benchmark: a throw-away embedded database (the usual order: a local mongod
 * when MONGOMS_SYSTEM_BINARY or PATH has one, else FerretDB) seeded with the demo data (`--count N`
 * generated members, default 300), the real server started in this process, and autocannon (in a
 * worker thread, so the load generator does not share the server's event loop) driving
 * `GET /api/matches/suggestions?limit=10` as 20 signed-in members. `GET /api/health` (no session,
 * no database, no matching) runs with the same settings as a baseline for what the machine can do.
 * Each endpoint runs once with a single connection (the service time) and once with `--connections`
 * (100): the goal is p99 ≤ 25 ms at 100 connections. Needs the compiled backend (`npm run build`).
 * Options: --count N (300), --connections N (100), --duration S (10), --warmup S (3).
 * The last line of output is one JSON object with the figures.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendModule } from './require-build.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'backend', 'package.json'));
const { provisionDatabase } = require(backendModule('db/embedded/index.js'));
const { connectDatabase, disconnectDatabase } = require(backendModule('db/connect.js'));
require(backendModule('models.js'));
const { seedDemoData, progressBar, generateDemoProfiles, DEMO_ACCOUNTS, DEMO_PASSWORD } = require(
  backendModule('seed/index.js'),
);
const { DomainEventBus } = require(backendModule('events.js'));
const { startServer } = require(backendModule('server.js'));
const { loadConfig } = require(backendModule('config.js'));
const { createLogger } = require(backendModule('logger.js'));
const autocannon = createRequire(import.meta.url)('autocannon');

const GOAL_P99_MS = 25;
const MEMBERS = 20;
const SUGGESTIONS_PATH = '/api/matches/suggestions?limit=10';
const HEALTH_PATH = '/api/health';

function numberOption(name, fallback, { min = 1, max = 100_000 } = {}) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} takes a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const options = {
  count: numberOption('count', 300, { min: 0 }),
  connections: numberOption('connections', 100, { max: 10_000 }),
  durationS: numberOption('duration', 10, { max: 600 }),
  warmupS: numberOption('warmup', 3, { min: 0, max: 60 }),
};

/** Signs in and returns the session cookie (`name=value`). */
async function logIn(baseUrl, email) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('='));
  if (!cookie) throw new Error(`login as ${email} set no cookie`);
  return cookie.split(';')[0];
}

/** The index builds in the background after start: wait until suggestions stop answering 503. */
async function waitForMatchingIndex(baseUrl, cookie, timeoutMs = 120_000) {
  const started = Date.now();
  for (;;) {
    const res = await fetch(`${baseUrl}${SUGGESTIONS_PATH}`, { headers: { cookie } });
    const body = await res.json();
    if (res.status === 200) return body;
    if (res.status !== 503) throw new Error(`suggestions answered ${res.status}: ${JSON.stringify(body)}`);
    if (Date.now() - started > timeoutMs) throw new Error('the matching index was not ready in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Requests that take longer than this count as timeouts (autocannon's default). */
const TIMEOUT_S = 10;

function fire(baseUrl, requests, connections, durationS) {
  return autocannon({ url: baseUrl, connections, duration: durationS, timeout: TIMEOUT_S, workers: 1, requests });
}

/**
 * Latency figures are over completed requests, so none when nothing completed; a percentile is
 * also null when more requests timed out than lie above it (it is then beyond the timeout, and
 * autocannon's figure would flatter the endpoint).
 */
function summarize(result) {
  const completed = result.latency.totalCount;
  const timedOut = result.timeouts / Math.max(completed + result.timeouts, 1);
  const at = (value, quantile = 0) => (completed > 0 && timedOut <= 1 - quantile ? value : null);
  return {
    meanMs: at(Number(result.latency.mean.toFixed(2))),
    p50Ms: at(result.latency.p50, 0.5),
    p90Ms: at(result.latency.p90, 0.9),
    p99Ms: at(result.latency.p99, 0.99),
    maxMs: at(result.latency.max),
    rps: Number(result.requests.average.toFixed(1)),
    sent: result.requests.sent,
    completed,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function printTable(rows) {
  const columns = [
    'meanMs',
    'p50Ms',
    'p90Ms',
    'p99Ms',
    'maxMs',
    'rps',
    'sent',
    'completed',
    'non2xx',
    'errors',
    'timeouts',
  ];
  const width = Math.max(...Object.keys(rows).map((name) => name.length));
  console.log(`${''.padEnd(width)}  ${columns.map((c) => c.padStart(9)).join(' ')}`);
  for (const [name, row] of Object.entries(rows)) {
    console.log(`${name.padEnd(width)}  ${columns.map((c) => String(row[c] ?? '—').padStart(9)).join(' ')}`);
  }
}

async function main() {
  const db = await provisionDatabase({ log: (m) => console.log(`[database] ${m}`) });
  let server;
  try {
    console.log(`[database] using ${db.kind}`);
    await connectDatabase(db.uri, 'musubi_bench');
    const seeded = await seedDemoData({
      count: options.count,
      events: new DomainEventBus(),
      onProgress: progressBar('[seed]'),
    });
    console.log(`[seed] ${seeded.profilesCreated} profiles in ${(seeded.ms / 1000).toFixed(1)} s`);

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

    const members = [
      ...DEMO_ACCOUNTS.filter((a) => a.profile).map((a) => a.email),
      ...generateDemoProfiles(options.count).map((m) => m.email),
    ].slice(0, MEMBERS);
    const cookies = [];
    for (const email of members) cookies.push(await logIn(baseUrl, email));
    const indexStarted = Date.now();
    const sample = await waitForMatchingIndex(baseUrl, cookies[0]);
    console.log(
      `[bench] ${cookies.length} members signed in; matching index ready after ${Date.now() - indexStarted} ms; ` +
        `a page has ${sample.items.length} suggestions`,
    );

    const suggestions = cookies.map((cookie) => ({ method: 'GET', path: SUGGESTIONS_PATH, headers: { cookie } }));
    const health = [{ method: 'GET', path: HEALTH_PATH }];
    // One connection keeps at most one request in flight, so warming up leaves no backlog behind.
    if (options.warmupS > 0) {
      console.log(`[bench] warming up for ${2 * options.warmupS} s`);
      await fire(baseUrl, suggestions, 1, options.warmupS);
      await fire(baseUrl, health, 1, options.warmupS);
    }
    const { connections, durationS } = options;
    const unloadedS = Math.min(5, durationS);
    console.log(
      `[bench] 1 connection × ${unloadedS} s, then ${connections} connections × ${durationS} s per endpoint ` +
        `(${os.availableParallelism()} CPU cores shared by server, database and load generator)`,
    );
    // The loaded suggestions run goes last: requests it leaves queued cannot skew another run.
    const runs = [
      ['health', 1, health, unloadedS],
      ['suggestions', 1, suggestions, unloadedS],
      ['health', connections, health, durationS],
      ['suggestions', connections, suggestions, durationS],
    ];
    const rows = {};
    for (const [name, c, requests, seconds] of runs) {
      rows[`${name} ×${c}`] = summarize(await fire(baseUrl, requests, c, seconds));
    }
    printTable(rows);
    const s = rows[`suggestions ×${connections}`];
    const h = rows[`health ×${connections}`];
    const p99Ratio = s.p99Ms === null ? null : Number((s.p99Ms / Math.max(h.p99Ms ?? 0, 1)).toFixed(2));
    const meets = s.p99Ms !== null && s.p99Ms <= GOAL_P99_MS && s.timeouts === 0 && s.errors === 0;
    const p99Text =
      s.p99Ms !== null
        ? `${s.p99Ms} ms`
        : s.timeouts > 0
          ? `over ${TIMEOUT_S} s (timeouts)`
          : 'unknown (none completed)';
    console.log(
      `[bench] suggestions p99 at ${connections} connections: ${p99Text} (goal ${GOAL_P99_MS} ms: ` +
        `${meets ? 'met' : 'missed'}); health p99 ${h.p99Ms} ms. At 1 connection: suggestions p50 ` +
        `${rows['suggestions ×1'].p50Ms} ms, health p50 ${rows['health ×1'].p50Ms} ms`,
    );
    const pick = ({ p50Ms, p99Ms, meanMs, rps, non2xx, errors, timeouts }) => ({
      p50Ms,
      p99Ms,
      meanMs,
      rps,
      non2xx,
      errors,
      timeouts,
    });
    console.log(
      JSON.stringify({
        connections,
        durationS,
        timeoutMs: TIMEOUT_S * 1000,
        profiles: options.count + DEMO_ACCOUNTS.filter((a) => a.profile).length,
        database: db.kind,
        cpus: os.availableParallelism(),
        suggestions: pick(s),
        health: pick(h),
        p99Ratio,
        oneConnection: { suggestions: pick(rows['suggestions ×1']), health: pick(rows['health ×1']) },
      }),
    );
  } finally {
    await server?.close().catch(() => undefined);
    await disconnectDatabase().catch(() => undefined);
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
