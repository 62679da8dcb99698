import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { trusted, Types } from 'mongoose';
import { RecentReads } from '../../db/recent-reads';
import { unauthenticated } from '../../http/errors';
import { SessionModel } from './session.model';
import { onUserWrite, UserModel, type User, type UserDocument } from './user.model';

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

/** The signed-in account as requests see it: read-only, shared by the requests of one session. */
export type AuthUser = Readonly<User & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date }>;

export interface SessionContext {
  sessionId: string;
  user: AuthUser;
}

/**
 * How long a session and its user are remembered. This process's own logouts and revoked sessions
 * (`revokeSession`, `revokeUserSessions`) and every write of a user (account change, password,
 * deletion, role; see `onUserWrite`) apply at once. Without a link (`linkSessionCache`: one process,
 * no Redis) the same made through another process apply here within this time; with one (REDIS_URL,
 * see `session-revocations.ts`) they apply here at once too, and while the link is down nothing is
 * remembered.
 */
export const SESSION_CACHE_TTL_MS = 2000;

interface SessionRow {
  userId: Types.ObjectId;
  expiresAt: Date;
}

const sessions = new RecentReads<SessionRow | null>(SESSION_CACHE_TTL_MS, 10_000);
const users = new RecentReads<AuthUser | null>(SESSION_CACHE_TTL_MS, 10_000);

/** What to forget: sessions by id, users by id, or every remembered user / session. */
export interface SessionForgets {
  sessionIds?: readonly string[];
  userIds?: readonly string[];
  allSessions?: boolean;
  allUsers?: boolean;
}

/**
 * How this cache hears of other processes' revocations: `publish` carries this process's forgets to
 * them (resolves once they are delivered to the others, rejects when that is not known),
 * `trusted()` is false while their forgets may not reach this process (nothing is remembered then).
 */
export interface SessionCacheLink {
  publish(forgets: SessionForgets): Promise<void>;
  trusted(): boolean;
}

const links = new Set<SessionCacheLink>();

/** Joins this process's session cache to others (the composition root's; returns the undo). */
export function linkSessionCache(link: SessionCacheLink): () => void {
  links.add(link);
  return () => links.delete(link);
}

const cacheTrusted = () => {
  for (const link of links) if (!link.trusted()) return false;
  return true;
};

/** Applies forgets here only (this process's own, or another process's received through a link). */
export function applySessionForgets(forgets: SessionForgets): void {
  if (forgets.allSessions) sessions.clear();
  else for (const id of forgets.sessionIds ?? []) sessions.forget(id);
  if (forgets.allUsers) users.clear();
  else for (const id of forgets.userIds ?? []) users.forget(id);
}

/**
 * Applies forgets made by this process here and in every linked process; resolves once they are
 * delivered, or, when a delivery is not known, once SESSION_CACHE_TTL_MS has passed (by then no
 * process still remembers what was forgotten). Never rejects.
 */
async function forgetEverywhere(forgets: SessionForgets): Promise<void> {
  applySessionForgets(forgets);
  if (links.size === 0) return;
  const sent = await Promise.allSettled([...links].map((link) => link.publish(forgets)));
  if (sent.some((s) => s.status === 'rejected')) await delay(SESSION_CACHE_TTL_MS);
}

// Any write of a user through this process (account change, password, deletion, role) applies at
// once here, and in linked processes before the write resolves.
onUserWrite((userId) => forgetEverywhere(userId === null ? { allUsers: true } : { userIds: [userId] }));

/** Forgets sessions this process revoked (here and in linked processes, see `forgetEverywhere`). */
export async function forgetSessions(sessionIds: readonly string[]): Promise<void> {
  if (sessionIds.length) await forgetEverywhere({ sessionIds });
}

/** From memory when the cache is trusted, else read now and not remembered. */
function remembered<V>(cache: RecentReads<V>, key: string, load: () => Promise<V>): Promise<V> {
  return cacheTrusted() ? cache.getOrLoad(key, load) : load();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Types.ObjectId)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// With mongoose's sanitizeFilter on, operators we write ourselves must be marked trusted().

/**
 * Resolves a cookie token to its live session and user, or null. Both from memory when read within
 * SESSION_CACHE_TTL_MS (plain objects, frozen: never a mongoose document; see `userDocumentOf`).
 */
export async function resolveSession(token: string | undefined): Promise<SessionContext | null> {
  if (!token || token.length > 200) return null;
  const sessionId = hashToken(token);
  const session = await remembered(sessions, sessionId, () =>
    SessionModel.findById(sessionId, { userId: 1, expiresAt: 1 }).lean<SessionRow>().exec(),
  );
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  const userId = session.userId.toString();
  const user = await remembered(users, userId, async () =>
    deepFreeze(await UserModel.findById(userId).lean<AuthUser>().exec()),
  );
  if (!user) return null;
  return { sessionId, user };
}

/** The signed-in user as a mongoose document, read now, for the few routes that change it. */
export async function userDocumentOf(auth: SessionContext): Promise<UserDocument> {
  const user = await UserModel.findById(auth.user._id);
  if (!user) throw unauthenticated();
  return user;
}

export async function revokeSession(sessionId: string): Promise<void> {
  try {
    await SessionModel.deleteOne({ _id: sessionId });
  } finally {
    await forgetSessions([sessionId]);
  }
}

/** Revokes every session of a user except `keepSessionId`; returns the revoked ids. */
export async function revokeUserSessions(userId: Types.ObjectId, keepSessionId?: string): Promise<string[]> {
  const filter = keepSessionId ? { userId, _id: trusted({ $ne: keepSessionId }) } : { userId };
  const ids = (await SessionModel.find(filter, { _id: 1 }).lean()).map((s) => s._id);
  try {
    if (ids.length) await SessionModel.deleteMany({ _id: trusted({ $in: ids }) });
  } finally {
    await forgetSessions(ids);
  }
  return ids;
}

/** Deletes expired sessions (run periodically; stands in for a TTL index). */
export async function purgeExpiredSessions(): Promise<number> {
  const res = await SessionModel.deleteMany({ expiresAt: trusted({ $lte: new Date() }) });
  return res.deletedCount;
}
