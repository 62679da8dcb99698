import { existsSync } from 'node:fs';
import mongoose from 'mongoose';
import request from 'supertest';
import { buildRegistration } from '../../../test/helpers';
import { REDIS_SERVER, startBackend, startRedis, type Child } from '../../../test/processes';
import { until } from '../../../test/chat-helpers';

const haveRedis = existsSync(REDIS_SERVER);
if (!haveRedis) {
  console.warn(
    `skipping the multi-process session test: ${REDIS_SERVER} is not installed (apt-get install redis-server)`,
  );
}
const describeWithRedis = haveRedis ? describe : describe.skip;

/** Registers on `url` and logs in `sessions` times: one cookie per session. */
async function member(url: string, sessions = 1): Promise<{ cookies: string[]; password: string }> {
  const reg = buildRegistration();
  await request(url).post('/api/auth/register').send(reg).expect(202);
  const cookies: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const res = await request(url).post('/api/auth/login').send({ email: reg.email, password: reg.password });
    expect(res.status).toBe(200);
    cookies.push((res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!);
  }
  return { cookies, password: reg.password };
}

const me = (url: string, cookie: string) => request(url).get('/api/me').set('Cookie', cookie);

// Each process remembers a session and its account for SESSION_CACHE_TTL_MS (2 s). With REDIS_URL
// a revocation made through one process must apply in the others at once: each check below is the
// first request to B after A's answer, never a retry.
describeWithRedis('sessions revoked through one process, refused at once by another (Redis)', () => {
  let redis: (Child & { redisUrl: string }) | undefined;
  const backends: Child[] = [];
  let a = '';
  let b = '';

  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.redisUrl, MONGODB_DB: mongoose.connection.db!.databaseName, LOG_LEVEL: 'info' };
    backends.push(...(await Promise.all([startBackend(env), startBackend(env)])));
    [a, b] = backends.map((x) => x.url) as [string, string];
  }, 60_000);

  afterAll(async () => {
    await Promise.all(backends.map((x) => x.stop()));
    await redis?.stop();
  });

  it('a logout on A: B refuses the session on the next request', async () => {
    const { cookies } = await member(a);
    const cookie = cookies[0]!;
    expect((await me(b, cookie)).status).toBe(200);
    expect((await me(b, cookie)).status).toBe(200); // remembered on B now
    await request(a).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect((await me(b, cookie)).status).toBe(401);
  });

  it('a password change on A revokes the other sessions on B at once; an account change shows at once', async () => {
    const { cookies, password } = await member(a, 2);
    const [kept, other] = cookies as [string, string];
    expect((await me(b, other)).status).toBe(200);
    expect((await me(b, kept)).status).toBe(200);
    await request(a)
      .post('/api/me/password')
      .set('Cookie', kept)
      .send({ currentPassword: password, newPassword: 'another long passphrase 2' })
      .expect(204);
    expect((await me(b, other)).status).toBe(401);

    await request(a).patch('/api/me').set('Cookie', kept).send({ displayName: '横浜 次郎' }).expect(200);
    const after = await me(b, kept);
    expect(after.status).toBe(200);
    expect(after.body.user.displayName).toBe('横浜 次郎');
  });

  it('while B cannot hear the others, B reads sessions from the database (a lost revocation cannot extend one)', async () => {
    const { cookies } = await member(a);
    const cookie = cookies[0]!;
    expect((await me(b, cookie)).status).toBe(200); // remembered on B
    const port = Number(new URL(redis!.redisUrl).port);
    const [, backendB] = backends as [Child, Child];
    await redis!.stop();
    await until(() => backendB.output().includes('subscriber disconnected'), 10_000);
    // A's publish cannot reach B now.
    await request(a).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect((await me(b, cookie)).status).toBe(401);

    // Redis back: B trusts its cache again once its subscription is live.
    redis = await startRedis(port);
    await until(() => backendB.output().includes('cache trusted again'), 10_000);
    const { cookies: next } = await member(a);
    expect((await me(b, next[0]!)).status).toBe(200);
    await request(a).post('/api/auth/logout').set('Cookie', next[0]!).expect(204);
    expect((await me(b, next[0]!)).status).toBe(401);
  }, 30_000);
});
