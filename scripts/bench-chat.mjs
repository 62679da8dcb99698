#!/usr/bin/env node
/**
 * Chat benchmark: N clients in 1:1 conversations against ONE backend process on a throw-away
 * embedded database. Each client keeps one message in flight (send → wait for the ack → send),
 * for a fixed time; clients run in a worker thread. The same pattern then runs against a bare
 * Socket.IO relay (no auth, no persistence) in the same process as the baseline.
 * Before the first size, both servers get an unmeasured warm-up (`--warmup=2` seconds each; 0 = none).
 * Run with `npm run bench:chat -- --clients=100,500,1000 --seconds=5` after `npm run build`
 * (or `npx tsc -b shared backend`). The last line of output is one JSON object (largest size).
 */
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { backendModule } from './require-build.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'backend/package.json'));

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};

// ---------------------------------------------------------------- CPU accounting
// Throughput on a shared 2-core machine moves with other people's load; CPU time per message does
// much less, so each run also reports where the CPU went (Linux /proc; zeros elsewhere).
const TICK_MS = 10; // USER_HZ = 100 on Linux
function statCpuMs(file) {
  try {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}
/** CPU of the calling thread (main thread or a worker): /proc/thread-self is per thread. */
const threadCpuMs = () => statCpuMs('/proc/thread-self/stat');
const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The embedded FerretDB (or mongod) process listening on the database port, if it is local. */
function databasePid(uri) {
  const port = new URL(uri).port;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      // The binary itself, not the shell that watches it (its cmdline names the port too).
      const isDb = ['ferretdb', 'mongod'].includes(path.basename(argv[0]));
      if (isDb && argv.some((a) => a === port || a.endsWith(`:${port}`))) return pid;
    } catch {
      // the process went away while listing
    }
  }
  return null;
}

// ---------------------------------------------------------------- clients (worker thread)
async function runClients({ url, cookies, conversations, seconds, bare, settleMs, rate }) {
  const { io } = require('socket.io-client');
  const n = cookies.length;
  const sockets = await Promise.all(
    cookies.map(
      (cookie, i) =>
        new Promise((resolve, reject) => {
          const s = io(url, {
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
            extraHeaders: bare ? {} : { Cookie: cookie },
            query: bare ? { u: String(i) } : {},
          });
          s.once('connect', () => resolve(s));
          s.once('connect_error', reject);
        }),
    ),
  );
  const received = new Set();
  let duplicates = 0;
  for (const s of sockets) {
    s.on('message:new', (m) => {
      if (received.has(m.id)) duplicates += 1;
      else received.add(m.id);
    });
  }
  // Let connection-time work (presence announcements) settle: the run measures steady state.
  await new Promise((r) => setTimeout(r, settleMs));
  const latencies = [];
  const acked = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  let seq = 0;
  parentPort.postMessage({ mark: 'start' });
  const cpuAtStart = threadCpuMs();
  const started = performance.now();
  const send = async (s, conversationId, i, t0) => {
    const clientId = `b${i}_${seq++}_${Math.random().toString(36).slice(2, 10)}`;
    const ack = await s
      .timeout(30_000)
      .emitWithAck('message:send', { conversationId, clientId, text: `hello ${seq} こんにちは` })
      .catch(() => null);
    if (ack?.ok) {
      latencies.push(performance.now() - t0);
      acked.push(ack.data.id);
    } else errors += 1;
  };
  if (rate) {
    // Open loop: client i sends at started + (i + k·n) / rate, whatever happened before.
    const interval = (n * 1000) / rate;
    const inFlight = [];
    await Promise.all(
      sockets.map(async (s, i) => {
        for (let k = 0; ; k++) {
          const due = started + ((i + k * n) * 1000) / rate;
          if (due >= deadline) break;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          inFlight.push(send(s, conversations[i], i, due));
        }
      }),
    );
    await Promise.all(inFlight);
    const elapsed = (performance.now() - started) / 1000;
    const cpuMs = threadCpuMs() - cpuAtStart;
    parentPort.postMessage({ mark: 'end' });
    await new Promise((r) => setTimeout(r, 500));
    const notDelivered = acked.filter((id) => !received.has(id)).length;
    for (const s of sockets) s.close();
    parentPort.postMessage({ n, elapsed, cpuMs, latencies, acked, errors, notDelivered, duplicates, interval });
    return;
  }
  await Promise.all(
    sockets.map(async (s, i) => {
      const conversationId = conversations[i];
      while (performance.now() < deadline) await send(s, conversationId, i, performance.now());
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuMs = threadCpuMs() - cpuAtStart;
  parentPort.postMessage({ mark: 'end' });
  await new Promise((r) => setTimeout(r, 500));
  const notDelivered = acked.filter((id) => !received.has(id)).length;
  for (const s of sockets) s.close();
  parentPort.postMessage({ n, elapsed, cpuMs, latencies, acked, errors, notDelivered, duplicates });
}

/**
 * Runs the clients in a worker; resolves its result plus the CPU milliseconds spent during the
 * timed window by the server's main thread, the rest of this process (GC and I/O threads, not the
 * clients) and the database process.
 */
function runWorker(data, dbPid) {
  const sample = () => ({
    main: threadCpuMs(),
    process: processCpuMs(),
    db: dbPid ? statCpuMs(`/proc/${dbPid}/stat`) : 0,
  });
  return new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    let start;
    let end;
    w.on('message', (m) => {
      if (m.mark === 'start') start = sample();
      else if (m.mark === 'end') end = sample();
      else {
        const processMs = end.process - start.process;
        const mainMs = end.main - start.main;
        resolve({
          ...m,
          cpu: { server: mainMs, otherThreads: processMs - mainMs - m.cpuMs, clients: m.cpuMs, db: end.db - start.db },
        });
      }
    });
    w.once('error', reject);
  });
}

/** CPU microseconds per acknowledged message, by where it was spent. */
const cpuPerMessage = (run) => {
  const per = (ms) => Math.round((ms * 1000) / Math.max(1, run.acked.length));
  return Object.fromEntries(Object.entries(run.cpu).map(([k, ms]) => [k, per(ms)]));
};

// ---------------------------------------------------------------- bare Socket.IO relay
async function startBareRelay() {
  const { Server } = require('socket.io');
  const http = createServer();
  const ioServer = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  let seq = 0;
  ioServer.on('connection', (socket) => {
    const u = Number(socket.handshake.query.u);
    void socket.join(`user:${u}`);
    socket.on('message:send', (payload, ack) => {
      const partner = u % 2 === 0 ? u + 1 : u - 1;
      const message = { id: `m${seq++}`, ...payload, senderId: String(u), createdAt: new Date().toISOString() };
      ioServer.to([`user:${u}`, `user:${partner}`]).emit('message:new', message);
      ack({ ok: true, data: message });
    });
  });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${http.address().port}`, close: () => ioServer.close() };
}

// ---------------------------------------------------------------- main
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;

async function main() {
  const sizes = String(arg('clients', '100,500,1000')).split(',').map(Number);
  const seconds = Number(arg('seconds', '5'));
  const rate = Number(arg('rate', '5000'));
  const warmupS = Number(arg('warmup', '2'));
  const { provisionDatabase } = require(backendModule('db/embedded/index.js'));
  const { connectDatabase, disconnectDatabase } = require(backendModule('db/connect.js'));
  require(backendModule('models.js'));
  const { loadConfig } = require(backendModule('config.js'));
  const { createLogger } = require(backendModule('logger.js'));
  const { startServer } = require(backendModule('server.js'));
  const { UserModel } = require(backendModule('features/accounts/index.js'));
  const { createSession } = require(backendModule('features/accounts/sessions.service.js'));
  const { ConversationModel, MessageModel } = require(backendModule('features/chat/index.js'));
  const { ChatUserModel } = require(backendModule('features/chat/chat-user.model.js'));
  const { Types, trusted } = require('mongoose');

  const db = await provisionDatabase({ log: (m) => console.log(`[database] ${m}`) });
  await connectDatabase(db.uri, `bench_chat_${Date.now()}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_FRONTEND: 'false',
    SEED_DEMO: 'false',
    MATCHING_POLL_SECONDS: '0',
    // Lifts the per-member chat limit (its counter is still kept on the store, as in production).
    CHAT_MESSAGES_PER_WINDOW: '1000000',
    CHAT_WINDOW_SECONDS: '1',
  });
  const server = await startServer(config, createLogger('silent'), db.kind);
  const bare = await startBareRelay();
  const dbPid = databasePid(db.uri);
  console.log(`[bench] database ${db.kind}; ${seconds} s per run; sizes ${sizes.join(', ')}`);

  const rows = [];
  try {
    for (const n of sizes) {
      const users = await UserModel.insertMany(
        Array.from({ length: n }, (_, i) => ({
          email: `bench-${n}-${i}-${Date.now()}@example.com`,
          passwordHash: 'x',
          displayName: `Bench ${i}`,
          language: 'en',
          timeZone: 'Asia/Tokyo',
        })),
      );
      const cookies = [];
      for (const u of users) cookies.push(`musubi_sid=${await createSession(u._id, 3600_000)}`);
      const convDocs = [];
      for (let i = 0; i + 1 < n; i += 2) {
        const [a, b] = [users[i]._id.toString(), users[i + 1]._id.toString()];
        convDocs.push({ pairKey: a < b ? `${a}:${b}` : `${b}:${a}`, members: [users[i]._id, users[i + 1]._id] });
      }
      const convs = await ConversationModel.insertMany(convDocs);
      await ChatUserModel.insertMany(
        users.map((u, i) => ({ _id: u._id, contacts: [users[i % 2 === 0 ? i + 1 : i - 1]?._id ?? u._id] })),
      );
      const conversations = users.map((_, i) => convs[Math.floor(i / 2)]._id.toString());

      if (n === sizes[0] && warmupS > 0) {
        // Unmeasured warm-up of both servers (JIT, connection pools, FerretDB's statement cache):
        // otherwise the first size's persisted run, always the process's first, pays for it alone.
        const warm = { url: server.url, cookies, conversations, seconds: warmupS, bare: false, settleMs: 500 };
        await runWorker(warm, dbPid);
        await runWorker({ ...warm, url: bare.url, bare: true }, dbPid);
        console.log(`[bench] warmed up for ${2 * warmupS} s (not measured)`);
      }
      const persisted = await runWorker(
        {
          url: server.url,
          cookies,
          conversations,
          seconds,
          bare: false,
          settleMs: Number(arg('settle', '2000')),
        },
        dbPid,
      );
      const paced = await runWorker(
        {
          url: server.url,
          cookies,
          conversations,
          seconds,
          bare: false,
          settleMs: 500,
          rate,
        },
        dbPid,
      );
      const ids = [...persisted.acked, ...paced.acked].map((id) => new Types.ObjectId(id));
      let stored = 0;
      for (let i = 0; i < ids.length; i += 5000) {
        stored += await MessageModel.countDocuments({ _id: trusted({ $in: ids.slice(i, i + 5000) }) });
      }
      const bareRun = await runWorker(
        { url: bare.url, cookies, conversations, seconds, bare: true, settleMs: 500 },
        dbPid,
      );
      const lat = persisted.latencies.sort((a, b) => a - b);
      const pacedLat = paced.latencies.sort((a, b) => a - b);
      const bareLat = bareRun.latencies.sort((a, b) => a - b);
      const persistedPerSecond = Math.round(persisted.acked.length / persisted.elapsed);
      const barePerSecond = Math.round(bareRun.acked.length / bareRun.elapsed);
      rows.push({
        clients: n,
        persistedPerSecond,
        barePerSecond,
        ratio: Number((barePerSecond / Math.max(1, persistedPerSecond)).toFixed(2)),
        ackP50Ms: Number(percentile(lat, 0.5).toFixed(1)),
        ackP99Ms: Number(percentile(lat, 0.99).toFixed(1)),
        bareP50Ms: Number(percentile(bareLat, 0.5).toFixed(1)),
        bareP99Ms: Number(percentile(bareLat, 0.99).toFixed(1)),
        pacedOffered: rate,
        pacedPerSecond: Math.round(paced.acked.length / paced.elapsed),
        pacedP50Ms: Number(percentile(pacedLat, 0.5).toFixed(1)),
        pacedP99Ms: Number(percentile(pacedLat, 0.99).toFixed(1)),
        lost: persisted.acked.length + paced.acked.length - stored + persisted.notDelivered + paced.notDelivered,
        errors: persisted.errors + paced.errors,
        duplicates: persisted.duplicates,
        cpuPersisted: cpuPerMessage(persisted),
        cpuBare: cpuPerMessage(bareRun),
      });
      console.log(`[bench] ${n} clients done`);
    }
  } finally {
    bare.close();
    await server.close();
    await disconnectDatabase();
    await db.stop();
  }

  console.log('');
  console.log(
    `| clients | capacity: persisted msg/s | bare msg/s | bare/persisted | ack p50 / p99 ms | bare p50 / p99 ms | paced ${rate}/s: msg/s | ack p50 / p99 ms | lost | errors |`,
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.clients} | ${r.persistedPerSecond} | ${r.barePerSecond} | ${r.ratio} | ${r.ackP50Ms} / ${r.ackP99Ms} | ${r.bareP50Ms} / ${r.bareP99Ms} | ${r.pacedPerSecond} | ${r.pacedP50Ms} / ${r.pacedP99Ms} | ${r.lost} | ${r.errors} |`,
    );
  }
  console.log('');
  console.log(
    'CPU µs per acknowledged message in the closed-loop runs (server main thread / other server threads / clients / database):',
  );
  for (const r of rows) {
    const f = (c) => `${c.server} / ${c.otherThreads} / ${c.clients} / ${c.db}`;
    console.log(`  ${r.clients} clients: persisted ${f(r.cpuPersisted)}; bare ${f(r.cpuBare)}`);
  }
  const last = rows.at(-1);
  console.log(
    JSON.stringify({
      clients: last.clients,
      persistedPerSecond: last.persistedPerSecond,
      barePerSecond: last.barePerSecond,
      ratio: last.ratio,
      ackP50Ms: last.ackP50Ms,
      ackP99Ms: last.ackP99Ms,
      pacedOffered: last.pacedOffered,
      pacedPerSecond: last.pacedPerSecond,
      pacedP50Ms: last.pacedP50Ms,
      pacedP99Ms: last.pacedP99Ms,
      lost: last.lost,
    }),
  );
  process.exit(0);
}

if (isMainThread) await main();
else await runClients(workerData);
