#!/usr/bin/env node
/**
 * Chat benchmark: N clients in 1:1 conversations against ONE backend process on a throw-away
 * embedded database. Each client keeps one message in flight (send → wait for the ack → send),
 * for a fixed time; clients run in a worker thread. The same pattern then runs against a bare
 * Socket.IO relay (no auth, no persistence) in the same process as the baseline.
 * Run with `npm run bench:chat -- --clients=100,500,1000 --seconds=5` after `npm run build`
 * (or `npx tsc -b shared backend`). The last line of output is one JSON object (largest size).
 */
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { backendModule } from './require-build.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'backend/package.json'));

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};

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
    await new Promise((r) => setTimeout(r, 500));
    const notDelivered = acked.filter((id) => !received.has(id)).length;
    for (const s of sockets) s.close();
    parentPort.postMessage({ n, elapsed, latencies, acked, errors, notDelivered, duplicates, interval });
    return;
  }
  await Promise.all(
    sockets.map(async (s, i) => {
      const conversationId = conversations[i];
      while (performance.now() < deadline) await send(s, conversationId, i, performance.now());
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  const notDelivered = acked.filter((id) => !received.has(id)).length;
  for (const s of sockets) s.close();
  parentPort.postMessage({ n, elapsed, latencies, acked, errors, notDelivered, duplicates });
}

function runWorker(data) {
  return new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

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
  });
  const server = await startServer(config, createLogger('silent'), db.kind, {
    chatRateLimit: { messagesPerWindow: Number.MAX_SAFE_INTEGER, rateWindowMs: 1000 },
  });
  const bare = await startBareRelay();
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

      const persisted = await runWorker({
        url: server.url,
        cookies,
        conversations,
        seconds,
        bare: false,
        settleMs: Number(arg('settle', '2000')),
      });
      const paced = await runWorker({
        url: server.url,
        cookies,
        conversations,
        seconds,
        bare: false,
        settleMs: 500,
        rate,
      });
      const ids = [...persisted.acked, ...paced.acked].map((id) => new Types.ObjectId(id));
      let stored = 0;
      for (let i = 0; i < ids.length; i += 5000) {
        stored += await MessageModel.countDocuments({ _id: trusted({ $in: ids.slice(i, i + 5000) }) });
      }
      const bareRun = await runWorker({ url: bare.url, cookies, conversations, seconds, bare: true, settleMs: 500 });
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
