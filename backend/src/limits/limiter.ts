import mongoose from 'mongoose';
import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../http/errors';
import { KeyedQueue } from './keyed-queue';
import { RATE_LIMIT_COLLECTION } from './rate-limit.model';

/** `points` actions per `durationSeconds` (a fixed window that starts with the first action). */
export interface LimitRule {
  points: number;
  durationSeconds: number;
}

/** A connected node-redis client (the `redis` package), as the app creates for Socket.IO. */
export interface RedisStoreClient {
  eval: unknown;
  multi: unknown;
}

/** Where counters live: MongoDB (default), Redis (when REDIS_URL is set), or memory (one process). */
export type LimitStore = { kind: 'mongo' } | { kind: 'redis'; client: RedisStoreClient } | { kind: 'memory' };

export type ConsumeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const retryAfterSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * One named limit on a shared store. On MongoDB, rate-limiter-flexible's `findOneAndUpdate`
 * (`$inc`, upsert) is atomic on real MongoDB but a read-modify-write on FerretDB v1 (measured:
 * of 24 parallel consumes on one key against a limit of 5, between 12 and 24 passed and the stored
 * count lost updates). So every
 * operation on one key runs after the previous one in this process (a keyed promise chain):
 * exact within a process on both servers, exact across processes on MongoDB; several processes on
 * FerretDB v1 may each let through up to the limit in a burst (use Redis there). Redis runs a Lua
 * script (atomic), so it needs no chain. A store error falls back to an in-memory limiter of the
 * same rule (the `insuranceLimiter`): a limit never turns into a 500.
 */
export class Limiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly queue: KeyedQueue | undefined;

  constructor(
    readonly name: string,
    readonly rule: LimitRule,
    store: LimitStore,
  ) {
    const common = { keyPrefix: name, points: rule.points, duration: rule.durationSeconds };
    const insuranceLimiter = new RateLimiterMemory(common);
    // Once the store has refused a key, this process refuses it until the window ends without asking
    // the store again: a flood of blocked attempts costs no database work.
    const inMemoryBlockOnConsumed = rule.points + 1;
    if (store.kind === 'mongo') {
      this.limiter = new RateLimiterMongo({
        ...common,
        // The app's connection (buffers until connected); the collection's indexes come from
        // RateLimitModel, because FerretDB v1 refuses the TTL index the library would create.
        storeClient: mongoose.connection,
        tableName: RATE_LIMIT_COLLECTION,
        disableIndexesCreation: true,
        inMemoryBlockOnConsumed,
        insuranceLimiter,
      });
      this.queue = new KeyedQueue();
    } else if (store.kind === 'redis') {
      this.limiter = new RateLimiterRedis({
        ...common,
        keyPrefix: `musubi:limit:${name}`,
        storeClient: store.client,
        useRedisPackage: true,
        // While Redis is unreachable, answer from the insurance limiter instead of queueing.
        rejectIfRedisNotReady: true,
        inMemoryBlockOnConsumed,
        insuranceLimiter,
      });
    } else {
      this.limiter = insuranceLimiter;
    }
  }

  private serial<T>(subject: string, task: () => Promise<T>): Promise<T> {
    return this.queue ? this.queue.run(subject, task) : task();
  }

  /** Takes `points` from `subject`'s budget; says how long to wait when it is spent. */
  async tryConsume(subject: string, points = 1): Promise<ConsumeResult> {
    try {
      await this.serial(subject, () => this.limiter.consume(subject, points));
      return { allowed: true };
    } catch (err) {
      if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: retryAfterSeconds(err) };
      throw err;
    }
  }

  /** Takes `points` from `subject`'s budget; throws 429 `rate_limited` with Retry-After when spent. */
  async consume(subject: string, points = 1): Promise<void> {
    const res = await this.tryConsume(subject, points);
    if (!res.allowed) throw rateLimited(res.retryAfterSeconds);
  }

  /** Gives points back (e.g. a successful login does not count against its IP). */
  async reward(subject: string, points = 1): Promise<void> {
    await this.serial(subject, () => this.limiter.reward(subject, points));
  }

  /** Forgets `subject`'s counter. */
  async reset(subject: string): Promise<void> {
    await this.serial(subject, () => this.limiter.delete(subject));
  }

  /** Points used in the current window (0 when none). */
  async consumed(subject: string): Promise<number> {
    const res = await this.serial(subject, () => this.limiter.get(subject));
    return res?.consumedPoints ?? 0;
  }
}
