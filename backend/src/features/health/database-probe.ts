import mongoose from 'mongoose';
import { databaseIsUp } from '../../db/connect';

export interface DatabaseProbeOptions {
  /** A ping that has not answered by then counts as "down". */
  timeoutMs?: number;
  /** How long an answer is reused, so readiness stays cheap under load. */
  cacheMs?: number;
}

/** Defaults: the database is reported down within timeout + cache (≈ 1.25 s) of it stopping to answer. */
export const READINESS_TIMEOUT_MS = 1000;
export const READINESS_CACHE_MS = 250;

const ping = () => {
  const db = mongoose.connection.db;
  if (!db) return Promise.reject(new Error('not connected'));
  return db.admin().command({ ping: 1 });
};

/**
 * Readiness of the database: a `ping` with a client-side timeout, one at a time, its answer reused
 * for `cacheMs`. While a ping is still unanswered (a frozen server) no other is sent, so a stalled
 * database never collects pings; the next probe after it answers sends a fresh one.
 */
export function createDatabaseProbe(options: DatabaseProbeOptions = {}): () => Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? READINESS_TIMEOUT_MS;
  const cacheMs = options.cacheMs ?? READINESS_CACHE_MS;
  let cached: { up: boolean; at: number } | undefined;
  let probing: Promise<boolean> | undefined;
  let unanswered = false;

  const probe = async (): Promise<boolean> => {
    if (!databaseIsUp() || unanswered) return false;
    unanswered = true;
    let timer: NodeJS.Timeout | undefined;
    const answered = ping().then(
      () => true,
      () => false,
    );
    void answered.finally(() => (unanswered = false));
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return () => {
    if (cached && Date.now() - cached.at < cacheMs) return Promise.resolve(cached.up);
    probing ??= probe().then((up) => {
      cached = { up, at: Date.now() };
      probing = undefined;
      return up;
    });
    return probing;
  };
}
