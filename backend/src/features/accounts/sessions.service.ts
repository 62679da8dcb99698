import { createHash, randomBytes } from 'node:crypto';
import { trusted, type Types } from 'mongoose';
import { SessionModel } from './session.model';
import { UserModel, type UserDocument } from './user.model';

export const SESSION_COOKIE = 'musubi_sid';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(userId: Types.ObjectId, ttlMs: number, userAgent = ''): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await SessionModel.create({
    _id: hashToken(token),
    userId,
    expiresAt: new Date(now.getTime() + ttlMs),
    lastSeenAt: now,
    userAgent: userAgent.slice(0, 300),
  });
  return token;
}

export interface SessionContext {
  sessionId: string;
  user: UserDocument;
}

// With mongoose's sanitizeFilter on, operators we write ourselves must be marked trusted().

/** Resolves a cookie token to its live session and user, or null. */
export async function resolveSession(token: string | undefined): Promise<SessionContext | null> {
  if (!token || token.length > 200) return null;
  const sessionId = hashToken(token);
  const session = await SessionModel.findById(sessionId).lean();
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  const user = await UserModel.findById(session.userId);
  if (!user) return null;
  return { sessionId, user };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await SessionModel.deleteOne({ _id: sessionId });
}

/** Revokes every session of a user except `keepSessionId`; returns the revoked ids. */
export async function revokeUserSessions(userId: Types.ObjectId, keepSessionId?: string): Promise<string[]> {
  const filter = keepSessionId ? { userId, _id: trusted({ $ne: keepSessionId }) } : { userId };
  const ids = (await SessionModel.find(filter, { _id: 1 }).lean()).map((s) => s._id);
  if (ids.length) await SessionModel.deleteMany({ _id: trusted({ $in: ids }) });
  return ids;
}

/** Deletes expired sessions (run periodically; stands in for a TTL index). */
export async function purgeExpiredSessions(): Promise<number> {
  const res = await SessionModel.deleteMany({ expiresAt: trusted({ $lte: new Date() }) });
  return res.deletedCount;
}
