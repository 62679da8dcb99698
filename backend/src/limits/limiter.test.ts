import { existsSync } from 'node:fs';
import mongoose from 'mongoose';
import { createClient } from 'redis';
import { until } from '../../test/chat-helpers';
import { REDIS_SERVER, startRedis } from '../../test/processes';
import { Limiter } from './limiter';
import { purgeExpiredLimits } from './limits';
import { RateLimitModel } from './rate-limit.model';

const rule = { points: 5, durationSeconds: 600 };

describe('a limiter on the MongoDB store (the embedded test database)', () => {
  it('24 parallel consumes of one key allow exactly the limit', async () => {
    const limiter = new Limiter('parallel', rule, { kind: 'mongo' });
    const results = await Promise.all(Array.from({ length: 24 }, () => limiter.tryConsume('member-1')));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.filter((r) => !r.allowed);
    expect(refused).toHaveLength(19);
    for (const r of refused) if (!r.allowed) expect(r.retryAfterSeconds).toBeGreaterThan(0);
    await expect(limiter.consume('member-1')).rejects.toMatchObject({ status: 429 });
  });

  it('keys and limiters keep separate budgets', async () => {
    const a = new Limiter('separate_a', rule, { kind: 'mongo' });
    const b = new Limiter('separate_b', rule, { kind: 'mongo' });
    await Promise.all(Array.from({ length: 5 }, () => a.consume('same')));
    await expect(a.consume('same')).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
    await expect(a.consume('other')).resolves.toBeUndefined();
    await expect(b.consume('same')).resolves.toBeUndefined();
  });

  it('reset and reward give points back', async () => {
    const limiter = new Limiter('refund', rule, { kind: 'mongo' });
    await Promise.all(Array.from({ length: 5 }, () => limiter.consume('k')));
    await limiter.reward('k');
    await expect(limiter.consume('k')).resolves.toBeUndefined();
    await expect(limiter.consume('k')).rejects.toMatchObject({ status: 429 });
    await limiter.reset('k');
    expect(await limiter.consumed('k')).toBe(0);
    await expect(limiter.consume('k')).resolves.toBeUndefined();
  });

  it('a window that ended but was not purged yet starts afresh (the unique key never surfaces as an error)', async () => {
    const limiter = new Limiter('stale', rule, { kind: 'mongo' });
    await RateLimitModel.create({ key: 'stale:k', points: 99, expire: new Date(Date.now() - 1000) });
    const results = await Promise.all(Array.from({ length: 8 }, () => limiter.tryConsume('k')));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await RateLimitModel.countDocuments({ key: 'stale:k' })).toBe(1);
  });

  it('the purge removes ended windows and keeps running ones', async () => {
    const limiter = new Limiter('purge', rule, { kind: 'mongo' });
    await limiter.consume('running');
    await RateLimitModel.create({ key: 'purge:ended', points: 3, expire: new Date(Date.now() - 1000) });
    await purgeExpiredLimits();
    const keys = (await RateLimitModel.find({ key: /^purge:/ }).lean()).map((d) => d.key);
    expect(keys).toEqual(['purge:running']);
  });

  it('has a unique index on the key and no TTL index (FerretDB v1 has none)', async () => {
    const indexes = await mongoose.connection.collection('rate_limits').indexes();
    expect(indexes.find((i) => i.key.key === 1)?.unique).toBe(true);
    expect(indexes.some((i) => 'expireAfterSeconds' in i)).toBe(false);
  });
});

const haveRedis = existsSync(REDIS_SERVER);
const describeWithRedis = haveRedis ? describe : describe.skip;

describeWithRedis('a limiter on Redis', () => {
  it('counts exactly on Redis, and while Redis is down the in-memory insurance keeps limiting without errors', async () => {
    const redis = await startRedis();
    const client = createClient({ url: redis.redisUrl, socket: { reconnectStrategy: false } });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const onRedis = new Limiter('redis_exact', rule, { kind: 'redis', client });
      const results = await Promise.all(Array.from({ length: 24 }, () => onRedis.tryConsume('k')));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);

      await redis.stop();
      await until(() => !client.isReady);
      const insured = new Limiter('redis_down', rule, { kind: 'redis', client });
      const whileDown = await Promise.all(Array.from({ length: 8 }, () => insured.tryConsume('k')));
      expect(whileDown.filter((r) => r.allowed)).toHaveLength(5);
    } finally {
      await redis.stop();
      if (client.isOpen) client.destroy();
    }
  });
});
