#!/usr/bin/env node
/**
 * Suggestions endpoint benchmark: what one page costs the server, beside `/api/health` in the same
 * run. Each build under test runs as a server in a child process of its own, on a throw-away embedded
 * database (the usual order: a local mongod when MONGOMS_SYSTEM_BINARY or PATH has one, else
 * FerretDB) seeded with the demo data (`--count N` generated members, default 300); this process
 * only generates load (autocannon, in a worker thread), so nothing it does is counted as the
 * server's. `GET /api/matches/suggestions?limit=10` is driven as 20 signed-in members and
 * `GET /api/health` (no session, no matching; readiness, a database ping at most every 250 ms)
 * with the same settings as a baseline for what the machine can do; each once with a single
 * connection (the service time) and once with `--connections` (100).
 *
 * Per run the server's main-thread CPU (Linux: the main thread's on-CPU time from
 * /proc/<pid>/task/<pid>/schedstat; elsewhere event-loop active time) is read before the load and
 * after the server has gone idle again (requests left in flight when the load stops are still
 * served), and divided by the requests sent. Goals: ≤ 1 ms of main-thread CPU per page, and at 100
 * connections ≥ 25 % of health's requests per second.
 *
 * `--baseline DIR` runs another build (DIR/backend/dist, e.g. the code before a change, built) as a
 * second server, its runs interleaved with this build's, so both see the same machine.
 * Options: --count N (300), --connections N (100), --duration S (10), --warmup S (3), --baseline DIR.
 * Needs the compiled backend (`npm run build`). The last line of output is one JSON object.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const here = fileURLToPath(import.meta.url);
const root = path.dirname(path.dirname(here));

const GOAL_CPU_MS_PER_PAGE = 1;
const GOAL_RPS_SHARE_OF_HEALTH = 0.25;
const MEMBERS = 20;
const SUGGESTIONS_PATH = '/api/matches/suggestions?limit=10';
const HEALTH_PATH = '/api/health';
/** Requests that take longer than this count as timeouts (autocannon's default). */
const TIMEOUT_S = 10;

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

function numberOption(name, fallback, { min = 1, max = 100_000 } = {}) {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
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
  baseline: option('baseline') === undefined ? null : path.resolve(option('baseline')),
};

// ---------------------------------------------------------------- the server (child process)

/** The main thread's CPU time so far, in ms (Linux), or null where /proc has no schedstat. */
function mainThreadCpuMs() {
  try {
    const [runNs] = readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return Number(runNs) / 1e6;
  } catch {
    return null;
  }
}

/** Signs in and returns the session cookie (`name=value`). */
async function logIn(baseUrl, email, password) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
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
    const body = await res.text();
    if (res.status === 200) return body;
    if (res.status !== 503) throw new Error(`suggestions answered ${res.status}: ${body}`);
    if (Date.now() - started > timeoutMs) throw new Error('the matching index was not ready in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Seeds a database, starts DIR's server and reports to the parent; answers CPU readings until told to stop. */
async function serve(dir, label) {
  const backendModule = (relative) => {
    const file = path.join(dir, 'backend', 'dist', relative);
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" in ${dir} first.`);
    return file;
  };
  const require = createRequire(path.join(dir, 'backend', 'package.json'));
  const { provisionDatabase } = require(backendModule('db/embedded/index.js'));
  const { connectDatabase, disconnectDatabase } = require(backendModule('db/connect.js'));
  require(backendModule('models.js'));
  const { seedDemoData, generateDemoProfiles, DEMO_ACCOUNTS, DEMO_PASSWORD } = require(backendModule('seed/index.js'));
  const { DomainEventBus } = require(backendModule('events.js'));
  const { startServer } = require(backendModule('server.js'));
  const { loadConfig } = require(backendModule('config.js'));
  const { createLogger } = require(backendModule('logger.js'));

  const db = await provisionDatabase({ log: (m) => console.log(`[${label}] [database] ${m}`) });
  let server;
  const stop = async () => {
    await server?.close().catch(() => undefined);
    await disconnectDatabase().catch(() => undefined);
    await db.stop();
  };
  try {
    await connectDatabase(db.uri, 'musubi_bench');
    const seeded = await seedDemoData({ count: options.count, events: new DomainEventBus() });
    console.log(`[${label}] [seed] ${seeded.profilesCreated} profiles in ${(seeded.ms / 1000).toFixed(1)} s`);
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
    for (const email of members) cookies.push(await logIn(baseUrl, email, DEMO_PASSWORD));
    const sample = await waitForMatchingIndex(baseUrl, cookies[0]);
    process.on('message', (message) => {
      if (message === 'cpu') {
        const elu = performance.eventLoopUtilization();
        process.send({ type: 'cpu', mainThreadMs: mainThreadCpuMs(), eluActiveMs: elu.active });
      } else if (message === 'stop') {
        void stop().finally(() => process.exit(0));
      }
    });
    process.send({
      type: 'ready',
      port: server.port,
      cookies,
      database: db.kind,
      profiles: seeded.profilesCreated,
      pageItems: JSON.parse(sample).items.length,
      pageBytes: Buffer.byteLength(sample),
    });
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---------------------------------------------------------------- the load generator (this process)

/** Starts `dir`'s server in a child process; resolves when it is ready to be measured. */
function startChild(dir, label) {
  const child = fork(here, ['--serve', dir, '--label', label, ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies = [];
  let waiting = null;
  child.on('message', (m) => {
    if (waiting) {
      waiting.resolve(m);
      waiting = null;
    } else replies.push(m);
  });
  child.once('exit', (code) => waiting?.reject(new Error(`${label} server exited (${code}) before answering`)));
  const next = () =>
    replies.length > 0
      ? Promise.resolve(replies.shift())
      : new Promise((resolve, reject) => {
          waiting = { resolve, reject };
        });
  return next().then((ready) => ({
    label,
    dir,
    ...ready,
    baseUrl: `http://127.0.0.1:${ready.port}`,
    async cpu() {
      child.send('cpu');
      const { mainThreadMs, eluActiveMs } = await next();
      return { mainThreadMs, eluActiveMs };
    },
    stop() {
      child.send('stop');
      return new Promise((resolve) => child.once('exit', resolve));
    },
  }));
}

const autocannon = createRequire(import.meta.url)('autocannon');

function fire(baseUrl, requests, connections, durationS) {
  return autocannon({ url: baseUrl, connections, duration: durationS, timeout: TIMEOUT_S, workers: 1, requests });
}

/** Waits until the server has served what was left in flight: its event loop idle for a while. */
async function settle(server) {
  let last = await server.cpu();
  for (let quiet = 0; quiet < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await server.cpu();
    quiet = now.eluActiveMs - last.eluActiveMs < 5 ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

/**
 * Latency figures are over completed requests, so none when nothing completed; a percentile is
 * also null when more requests timed out than lie above it (it is then beyond the timeout, and
 * autocannon's figure would flatter the endpoint).
 */
function summarize(result, cpuMs, eluMs) {
  const completed = result.latency.totalCount;
  const timedOut = result.timeouts / Math.max(completed + result.timeouts, 1);
  const at = (value, quantile = 0) => (completed > 0 && timedOut <= 1 - quantile ? value : null);
  const perRequest = (ms) => (ms === null ? null : Number((ms / Math.max(result.requests.sent, 1)).toFixed(3)));
  return {
    cpuMsPerReq: perRequest(cpuMs),
    eluMsPerReq: perRequest(eluMs),
    meanMs: at(Number(result.latency.mean.toFixed(2))),
    p50Ms: at(result.latency.p50, 0.5),
    p99Ms: at(result.latency.p99, 0.99),
    rps: Number(result.requests.average.toFixed(1)),
    sent: result.requests.sent,
    completed,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** One measured run: CPU read before, load, CPU read once the server is idle again. */
async function measure(server, requests, connections, durationS) {
  const before = await settle(server);
  const result = await fire(server.baseUrl, requests, connections, durationS);
  const after = await settle(server);
  const cpuMs = before.mainThreadMs === null ? null : after.mainThreadMs - before.mainThreadMs;
  return summarize(result, cpuMs, after.eluActiveMs - before.eluActiveMs);
}

function printTable(rows) {
  const columns = Object.keys(Object.values(rows)[0]);
  const width = Math.max(...Object.keys(rows).map((name) => name.length));
  console.log(`${''.padEnd(width)}  ${columns.map((c) => c.padStart(11)).join(' ')}`);
  for (const [name, row] of Object.entries(rows)) {
    console.log(`${name.padEnd(width)}  ${columns.map((c) => String(row[c] ?? '—').padStart(11)).join(' ')}`);
  }
}

const ratio = (a, b) => (a === null || b === null || b === 0 ? null : Number((a / b).toFixed(3)));

/** The figures the goals are about, for one build. */
function verdict(rows, label, connections) {
  const row = (name, c) => rows[`${label} ${name} ×${c}`];
  const s = row('suggestions', connections);
  const h = row('health', connections);
  const cpuPerPage = s.cpuMsPerReq;
  return {
    cpuMsPerPage: cpuPerPage,
    healthCpuMsPerReq: h.cpuMsPerReq,
    cpuRatioToHealth: ratio(cpuPerPage, h.cpuMsPerReq),
    cpuMsPerPageOneConnection: row('suggestions', 1).cpuMsPerReq,
    rps: s.rps,
    healthRps: h.rps,
    rpsShareOfHealth: ratio(s.rps, h.rps),
    p50Ms: s.p50Ms,
    p99Ms: s.p99Ms,
    healthP99Ms: h.p99Ms,
    oneConnectionP50Ms: row('suggestions', 1).p50Ms,
    failures: s.non2xx + s.errors + s.timeouts,
    meetsCpuGoal: cpuPerPage !== null && cpuPerPage <= GOAL_CPU_MS_PER_PAGE,
    meetsRpsGoal: (ratio(s.rps, h.rps) ?? 0) >= GOAL_RPS_SHARE_OF_HEALTH,
  };
}

async function main() {
  const builds = [['this', root], ...(options.baseline ? [['baseline', options.baseline]] : [])];
  // One at a time: two seeds at once would each take twice as long and prove nothing.
  const servers = [];
  try {
    for (const [label, dir] of builds) {
      const server = await startChild(dir, label);
      servers.push(server);
      console.log(
        `[${label}] ${dir}: ${server.profiles} profiles on ${server.database}; a page has ${server.pageItems} ` +
          `suggestions in ${server.pageBytes} bytes of JSON`,
      );
    }
    const requestsOf = (server) => ({
      suggestions: server.cookies.map((cookie) => ({ method: 'GET', path: SUGGESTIONS_PATH, headers: { cookie } })),
      health: [{ method: 'GET', path: HEALTH_PATH }],
    });
    if (options.warmupS > 0) {
      console.log(`[bench] warming up for ${2 * options.warmupS} s per build`);
      for (const server of servers) {
        const { suggestions, health } = requestsOf(server);
        await fire(server.baseUrl, suggestions, 1, options.warmupS);
        await fire(server.baseUrl, health, 1, options.warmupS);
      }
    }
    const { connections, durationS } = options;
    const unloadedS = Math.min(5, durationS);
    console.log(
      `[bench] 1 connection × ${unloadedS} s, then ${connections} connections × ${durationS} s per endpoint and build, ` +
        `builds interleaved (${os.availableParallelism()} CPU cores shared by servers, databases and load generator)`,
    );
    const phases = [
      ['health', 1, unloadedS],
      ['suggestions', 1, unloadedS],
      ['health', connections, durationS],
      ['suggestions', connections, durationS],
    ];
    const rows = {};
    for (const [name, c, seconds] of phases) {
      for (const server of servers) {
        rows[`${server.label} ${name} ×${c}`] = await measure(server, requestsOf(server)[name], c, seconds);
      }
    }
    printTable(rows);
    const result = {
      connections,
      durationS,
      timeoutMs: TIMEOUT_S * 1000,
      profiles: servers[0].profiles,
      database: servers[0].database,
      cpus: os.availableParallelism(),
      pageBytes: Object.fromEntries(servers.map((s) => [s.label, s.pageBytes])),
      goals: { cpuMsPerPage: GOAL_CPU_MS_PER_PAGE, rpsShareOfHealth: GOAL_RPS_SHARE_OF_HEALTH },
    };
    for (const server of servers) {
      const v = verdict(rows, server.label, connections);
      result[server.label] = v;
      console.log(
        `[${server.label}] main-thread CPU per page ${v.cpuMsPerPage} ms (goal ≤ ${GOAL_CPU_MS_PER_PAGE}: ` +
          `${v.meetsCpuGoal ? 'met' : 'missed'}), health ${v.healthCpuMsPerReq} ms, ratio ${v.cpuRatioToHealth}; ` +
          `at ${connections} connections ${v.rps} req/s = ${v.rpsShareOfHealth} of health's ${v.healthRps} ` +
          `(goal ≥ ${GOAL_RPS_SHARE_OF_HEALTH}: ${v.meetsRpsGoal ? 'met' : 'missed'}); p50 ${v.p50Ms} ms, p99 ${v.p99Ms} ms`,
      );
    }
    if (result.baseline) {
      result.cpuPerPageVsBaseline = ratio(result.this.cpuMsPerPage, result.baseline.cpuMsPerPage);
      result.rpsVsBaseline = ratio(result.this.rps, result.baseline.rps);
      console.log(
        `[bench] this build ÷ baseline: CPU per page ${result.cpuPerPageVsBaseline}, req/s at ${connections} ` +
          `connections ${result.rpsVsBaseline}`,
      );
    }
    console.log(JSON.stringify(result));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

const serveDir = option('serve');
(serveDir ? serve(path.resolve(serveDir), option('label') ?? 'server') : main()).catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
