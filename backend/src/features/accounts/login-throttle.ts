import { trusted } from 'mongoose';
import { rateLimited } from '../../http/errors';
import { LoginAttemptModel } from './login-attempt.model';

export interface ThrottleOptions {
  maxAttempts: number;
  windowMs: number;
}

const keyFor = (email: string, ip: string) => `${email}|${ip}`;

/** Throws 429 (with Retry-After) while an account+IP pair is blocked, even for the right password. */
export async function assertLoginAllowed(email: string, ip: string, opts: ThrottleOptions): Promise<void> {
  const doc = await LoginAttemptModel.findById(keyFor(email, ip)).lean();
  if (!doc || doc.count < opts.maxAttempts) return;
  const retryMs = doc.windowStart.getTime() + opts.windowMs - Date.now();
  if (retryMs > 0) throw rateLimited(Math.ceil(retryMs / 1000));
}

/** Counts a failed login inside the current window (a new window starts when the old one ran out). */
export async function recordLoginFailure(email: string, ip: string, opts: ThrottleOptions): Promise<void> {
  const _id = keyFor(email, ip);
  const now = new Date();
  const windowFloor = new Date(now.getTime() - opts.windowMs);
  const bumped = await LoginAttemptModel.findOneAndUpdate(
    { _id, windowStart: trusted({ $gt: windowFloor }) },
    { $inc: { count: 1 } },
  );
  if (bumped) return;
  await LoginAttemptModel.updateOne({ _id }, { $set: { count: 1, windowStart: now } }, { upsert: true });
}

export async function clearLoginFailures(email: string, ip: string): Promise<void> {
  await LoginAttemptModel.deleteOne({ _id: keyFor(email, ip) });
}

/** Removes windows that ended long ago. */
export async function purgeLoginAttempts(windowMs: number): Promise<void> {
  await LoginAttemptModel.deleteMany({ windowStart: trusted({ $lt: new Date(Date.now() - windowMs) }) });
}
