import mongoose from 'mongoose';
import { io as connect } from 'socket.io-client';
import type { Ack, MessageDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import { createSession, SESSION_COOKIE } from '../accounts/sessions.service';
import { ConversationModel, pairKeyOf } from './conversation.model';
import { MessageModel } from './message.model';
import { until, type ChatSocket } from '../../../test/chat-helpers';
import { startBackend, type Child } from '../../../test/processes';

/**
 * Send order on a server that has nothing cached yet: right after a start, after a clean restart
 * and after kill -9. Many members each send a burst without waiting for acks; every member's
 * messages must be stored (by `_id`, the order key, and `createdAt`) and delivered to the other
 * member in the order the socket sent them.
 */

const SOLO_PAIRS = 40; // one member sends, the other listens
const DUET_PAIRS = 6; // both members send
const BURST = 20;

interface Member {
  userId: string;
  cookie: string;
}
interface Pair {
  conversationId: string;
  a: Member;
  b: Member;
  duet: boolean;
}

async function seed(): Promise<Pair[]> {
  const n = (SOLO_PAIRS + DUET_PAIRS) * 2;
  const users = await UserModel.insertMany(
    Array.from({ length: n }, (_, i) => ({
      email: `order-${i}-${Date.now()}@example.com`,
      passwordHash: 'x',
      displayName: `Order ${i}`,
      language: 'en',
      timeZone: 'Asia/Tokyo',
    })),
  );
  const members: Member[] = [];
  for (const u of users) {
    members.push({ userId: u._id.toString(), cookie: `${SESSION_COOKIE}=${await createSession(u._id, 3600_000)}` });
  }
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i += 2) {
    const [a, b] = [members[i]!, members[i + 1]!];
    const c = await ConversationModel.create({
      pairKey: pairKeyOf(a.userId, b.userId),
      members: [a.userId, b.userId],
    });
    pairs.push({ conversationId: c._id.toString(), a, b, duet: i / 2 >= SOLO_PAIRS });
  }
  return pairs;
}

function open(url: string, m: Member): Promise<ChatSocket> {
  const s: ChatSocket = connect(url, {
    transports: ['websocket'],
    extraHeaders: { Cookie: m.cookie },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

const textOf = (round: string, senderId: string, k: number) => `${round}|${senderId}|${k}`;
const indexOf = (text: string) => Number(text.split('|')[2]);

/** Pairs whose `seq` (indexes in the order observed) is not strictly increasing. */
function outOfOrder(seq: number[]): number {
  let bad = 0;
  for (let i = 1; i < seq.length; i++) if (seq[i]! <= seq[i - 1]!) bad += 1;
  return bad;
}

/**
 * Opens a socket per member, then every sender emits BURST messages back to back (no waiting for
 * acks). Returns what the other member received and the acks.
 */
async function burst(server: Child, pairs: Pair[], round: string) {
  const url = server.url;
  const sockets = new Map<string, ChatSocket>();
  await Promise.all(pairs.flatMap((p) => [p.a, p.b]).map(async (m) => sockets.set(m.userId, await open(url, m))));
  const received = new Map<string, MessageDto[]>(); // receiver|sender -> messages in arrival order
  for (const p of pairs) {
    for (const [me, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      const key = `${me.userId}|${other.userId}`;
      received.set(key, []);
      sockets.get(me.userId)!.on('message:new', (m) => {
        if (m.senderId === other.userId && m.text.startsWith(`${round}|`)) received.get(key)!.push(m);
      });
    }
  }
  const acks: Promise<Ack<MessageDto>>[] = [];
  const sent: { clientId: string; conversationId: string; text: string }[] = [];
  const senders = pairs.flatMap((p) => (p.duet ? [p.a, p.b] : [p.a]).map((m) => ({ p, m })));
  for (let k = 0; k < BURST; k++) {
    for (const { p, m } of senders) {
      const payload = {
        conversationId: p.conversationId,
        clientId: `${round}_${m.userId}_${k}`,
        text: textOf(round, m.userId, k),
      };
      sent.push(payload);
      const s = sockets.get(m.userId)!;
      acks.push(
        new Promise((resolve) =>
          (s as unknown as { emit(e: string, p: unknown, cb: (r: Ack<MessageDto>) => void): void }).emit(
            'message:send',
            payload,
            resolve,
          ),
        ),
      );
    }
  }
  const results = await Promise.all(acks);
  const failed = results.filter((r) => !r.ok);
  // On failure, the server's own account of why (its error lines) beside the failed acks.
  const errors = failed.length
    ? server
        .output()
        .split('\n')
        .filter((l) => l.includes('"level":50'))
        .slice(0, 5)
    : [];
  expect({ failed, errors }).toEqual({ failed: [], errors: [] });
  const expected = senders.length * BURST;
  await until(() => [...received.values()].reduce((n, list) => n + list.length, 0) >= expected, 60_000);
  for (const s of sockets.values()) s.close();
  return { received, senders, sent, results };
}

/** Counts out-of-order neighbours per (sender, conversation) in storage and delivery. */
async function orderReport(pairs: Pair[], round: string, received: Map<string, MessageDto[]>) {
  let storedById = 0;
  let storedByTime = 0;
  let delivered = 0;
  let conversationsOutOfOrder = 0;
  // One read of the whole (small) collection: a query per conversation scans it on FerretDB anyway.
  const all = await MessageModel.find({}).sort({ _id: 1 }).lean();
  for (const p of pairs) {
    const rows = all.filter((r) => r.conversationId.toString() === p.conversationId);
    let bad = false;
    for (const [from, to] of p.duet
      ? ([
          [p.a, p.b],
          [p.b, p.a],
        ] as const)
      : ([[p.a, p.b]] as const)) {
      const mine = rows.filter((r) => r.senderId.toString() === from.userId && r.text.startsWith(`${round}|`));
      expect(mine.map((r) => indexOf(r.text)).sort((x, y) => x - y)).toEqual([...Array(BURST).keys()]);
      const byId = outOfOrder(mine.map((r) => indexOf(r.text)));
      // createdAt must not go backwards along that order (equal, in one millisecond, is fine).
      const timeBackwards = mine.filter((r, i) => i > 0 && r.createdAt < mine[i - 1]!.createdAt).length;
      const got = received.get(`${to.userId}|${from.userId}`)!.map((m) => indexOf(m.text));
      const del = outOfOrder(got);
      storedById += byId;
      storedByTime += timeBackwards;
      delivered += del;
      if (byId || timeBackwards || del) bad = true;
    }
    if (bad) conversationsOutOfOrder += 1;
  }
  return { storedById, storedByTime, delivered, conversationsOutOfOrder };
}

describe('send order on a cold server', () => {
  let backend: Child | undefined;
  afterAll(async () => {
    await backend?.stop('SIGKILL');
  });

  it('stores and delivers each member’s burst in send order: fresh start, clean restart, kill -9', async () => {
    const pairs = await seed();
    const env = {
      MONGODB_DB: mongoose.connection.db!.databaseName,
      CHAT_MESSAGES_PER_WINDOW: '100000',
      LOG_LEVEL: 'error',
    };
    const reports: Record<string, Awaited<ReturnType<typeof orderReport>>> = {};

    backend = await startBackend(env);
    const first = await burst(backend, pairs, 'r1');
    reports.fresh = await orderReport(pairs, 'r1', first.received);

    await backend.stop('SIGTERM');
    backend = await startBackend(env);
    const second = await burst(backend, pairs, 'r2');
    reports.restart = await orderReport(pairs, 'r2', second.received);

    await backend.stop('SIGKILL');
    backend = await startBackend(env);
    const third = await burst(backend, pairs, 'r3');
    reports.killed = await orderReport(pairs, 'r3', third.received);
    const clean = { storedById: 0, storedByTime: 0, delivered: 0, conversationsOutOfOrder: 0 };
    expect(reports).toEqual({ fresh: clean, restart: clean, killed: clean });
  }, 300_000);
});
