import mongoose from 'mongoose';
import { databaseIsUp } from '../../db/connect';

/** A ping not answered by then counts as "down". */
export const READINESS_TIMEOUT_MS = 1000;
/** How long an answer is reused, so readiness stays cheap under load (a freeze shows within ≈ 1.25 s). */
export const READINESS_CACHE_MS = 250;

const ping = () => {
  const db = mongoose.connection.db;
  if (!db) return Promise.reject(new Error('not connected'));
  return db.admin().command({ ping: 1 });
};

/**
 * Readiness of the database: a `ping` with a client-side timeout, one at a time, its answer reused
 * for READINESS_CACHE_MS. While a ping is still unanswered (a frozen server) no other is sent, so a stalled
 * database never collects pings; the next probe after it answers sends a fresh one.
 */
export function createDatabaseProbe(): () => Promise<boolean> {
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
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return () => {
    if (cached && Date.now() - cached.at < READINESS_CACHE_MS) return Promise.resolve(cached.up);
    probing ??= probe().then((up) => {
      cached = { up, at: Date.now() };
      probing = undefined;
      return up;
    });
    return probing;
  };
}
