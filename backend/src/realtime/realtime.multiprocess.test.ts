import { existsSync } from 'node:fs';
import mongoose from 'mongoose';
import {
  chatUser,
  collect,
  emitAck,
  newClientId,
  openSocket,
  startConversationWith,
  until,
  type ChatSocket,
} from '../../test/chat-helpers';
import { REDIS_SERVER, startBackend, startRedis, type Child } from '../../test/processes';

const haveRedis = existsSync(REDIS_SERVER);
if (!haveRedis) {
  console.warn(`skipping the multi-process chat test: ${REDIS_SERVER} is not installed (apt-get install redis-server)`);
}
const describeWithRedis = haveRedis ? describe : describe.skip;

describeWithRedis('two backend processes joined by the Redis adapter', () => {
  let redis: (Child & { redisUrl: string }) | undefined;
  const backends: Child[] = [];
  const sockets: ChatSocket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.redisUrl, MONGODB_DB: mongoose.connection.db!.databaseName };
    backends.push(...(await Promise.all([startBackend(env), startBackend(env)])));
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) s.close();
    await Promise.all(backends.map((b) => b.stop()));
    await redis?.stop();
  });

  it('a message sent through process A reaches a client connected to process B', async () => {
    const [a, b] = backends.map((x) => x.url) as [string, string];
    const alice = await chatUser(a);
    const bob = await chatUser(a);
    const conv = await startConversationWith(a, alice, bob);
    const onA = await openSocket(a, alice);
    const onB = await openSocket(b, bob);
    sockets.push(onA, onB);
    const received = collect(onB, 'message:new');
    const ack = await emitAck(onA, 'message:send', {
      conversationId: conv.id,
      clientId: newClientId(),
      text: '横浜から',
    });
    if (!ack.ok) throw new Error(ack.error.code);
    await until(() => received.length === 1, 5000);
    expect(received[0]).toMatchObject({ id: ack.data.id, text: '横浜から', senderId: alice.userId });

    const typing = collect(onA, 'typing');
    expect((await emitAck(onB, 'typing', { conversationId: conv.id, typing: true })).ok).toBe(true);
    await until(() => typing.length === 1, 5000);
  });
});
