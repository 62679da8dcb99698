import { existsSync } from 'node:fs';
import mongoose from 'mongoose';
import request from 'supertest';
import {
  chatUser,
  emitAck,
  newClientId,
  openSocket,
  startConversationWith,
  type ChatSocket,
} from '../../test/chat-helpers';
import { REDIS_SERVER, startBackend, startRedis, type Child } from '../../test/processes';

const haveRedis = existsSync(REDIS_SERVER);
if (!haveRedis) {
  console.warn(
    `skipping the multi-process limits test: ${REDIS_SERVER} is not installed (apt-get install redis-server)`,
  );
}
const describeWithRedis = haveRedis ? describe : describe.skip;

describeWithRedis('two backend processes with REDIS_URL share their limits', () => {
  let redis: (Child & { redisUrl: string }) | undefined;
  const backends: Child[] = [];
  const sockets: ChatSocket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const env = {
      REDIS_URL: redis.redisUrl,
      MONGODB_DB: mongoose.connection.db!.databaseName,
      LOGIN_MAX_ATTEMPTS: '5',
      CHAT_MESSAGES_PER_WINDOW: '10',
      CHAT_WINDOW_SECONDS: '600',
    };
    backends.push(...(await Promise.all([startBackend(env), startBackend(env)])));
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) s.close();
    await Promise.all(backends.map((b) => b.stop()));
    await redis?.stop();
  });

  it('parallel logins spread over both processes check exactly the account+IP limit', async () => {
    const [a, b] = backends.map((x) => x.url) as [string, string];
    const { email } = await chatUser(a);
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        request(i % 2 ? b : a)
          .post('/api/auth/login')
          .send({ email, password: `wrong password ${i}` }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(11);
  });

  it('a member’s sockets on both processes share one chat budget', async () => {
    const [a, b] = backends.map((x) => x.url) as [string, string];
    const [alice, bob] = [await chatUser(a), await chatUser(a)];
    const conv = await startConversationWith(a, alice, bob);
    const onA = await openSocket(a, alice);
    const onB = await openSocket(b, alice);
    sockets.push(onA, onB);
    const acks = await Promise.all(
      [onA, onB].flatMap((s) =>
        Array.from({ length: 8 }, () =>
          emitAck(s, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'hi' }),
        ),
      ),
    );
    const codes = acks.map((ack) => (ack.ok ? 'ok' : ack.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(6);
  });
});
