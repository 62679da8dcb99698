import { isDuplicateKey } from '../../db/unique';
import type { ChangePasswordInput, LoginInput, Role, UpdateMeInput } from '@musubi/shared';
import type { z } from 'zod';
import type { RegisterSchema } from '@musubi/shared';
import { invalidCredentials } from '../../http/errors';
import type { DomainEventBus } from '../../events';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import { UserModel, type UserDocument } from './user.model';
import { SessionModel } from './session.model';
import { createSession, revokeSession, revokeUserSessions, type SessionContext } from './sessions.service';
import type { Limits } from '../../limits';

type RegisterData = z.output<typeof RegisterSchema>;

/**
 * Creates a member account (organiser is granted by an admin; `organiserRequest` only asks). Answers the same whether or not the email was already taken (no account
 * enumeration): for a taken email nothing changes, and the follow-up login simply fails.
 */
export async function registerAccount(input: RegisterData): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  try {
    await UserModel.create({
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      language: input.language,
      timeZone: input.timeZone,
      role: 'member',
      organiserRequest: input.organiserRequest
        ? { status: 'pending', note: input.organiserRequest.note, requestedAt: new Date() }
        : { status: 'none' },
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

export interface LoginContext {
  ip: string;
  userAgent: string;
  limits: Pick<Limits, 'loginIp' | 'loginAccountIp'>;
  sessionTtlMs: number;
}

/**
 * Verifies credentials and opens a session; returns user and token. Every attempt first takes a
 * point per IP and per account+IP, before the password is checked: parallel guesses cannot all be
 * checked, and once the budget is spent even the right password gets 429. Unknown email and wrong
 * password answer alike. A success gives the IP its point back and clears the account+IP count.
 */
export async function logIn(input: LoginInput, ctx: LoginContext): Promise<{ user: UserDocument; token: string }> {
  const accountIp = `${input.email}|${ctx.ip}`;
  await ctx.limits.loginIp.consume(ctx.ip);
  await ctx.limits.loginAccountIp.consume(accountIp);
  const user = await UserModel.findOne({ email: input.email });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok) throw invalidCredentials();
  await Promise.all([ctx.limits.loginAccountIp.reset(accountIp), ctx.limits.loginIp.reward(ctx.ip)]);
  const token = await createSession(user._id, ctx.sessionTtlMs, ctx.userAgent);
  return { user, token };
}

/** Revokes this session server-side; its live sockets are disconnected too. */
export async function logOut(ctx: SessionContext, events: DomainEventBus): Promise<void> {
  await revokeSession(ctx.sessionId);
  events.emit('session.revoked', { userId: ctx.user._id.toString(), sessionIds: [ctx.sessionId] });
}

export async function updateAccount(user: UserDocument, input: UpdateMeInput): Promise<UserDocument> {
  user.set(input);
  await user.save();
  return user;
}

/** Changes the password after checking the current one; every other session is revoked. */
export async function changePassword(
  user: UserDocument,
  currentSessionId: string,
  input: ChangePasswordInput,
  events: DomainEventBus,
): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw invalidCredentials();
  user.passwordHash = await hashPassword(input.newPassword);
  await user.save();
  const revoked = await revokeUserSessions(user._id, currentSessionId);
  if (revoked.length) events.emit('session.revoked', { userId: user._id.toString(), sessionIds: revoked });
}

/** Deletes the account after re-checking the password; other features clean up on `user.deleted`. */
export async function deleteAccount(user: UserDocument, password: string, events: DomainEventBus): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) throw invalidCredentials();
  await UserModel.deleteOne({ _id: user._id });
  await SessionModel.deleteMany({ userId: user._id });
  events.emit('user.deleted', { userId: user._id.toString() });
}

/**
 * Sets a role directly (the CLI scripts, the seed and tests); the organiser request follows: made
 * an organiser is `granted`, an organiser made a member is `revoked`.
 */
export async function setRole(email: string, role: Role): Promise<UserDocument | null> {
  const user = await UserModel.findOne({ email: email.toLowerCase() });
  if (!user) return null;
  const now = new Date();
  if (role === 'organiser') user.set({ 'organiserRequest.status': 'granted', 'organiserRequest.decidedAt': now });
  else if (role === 'member' && user.role === 'organiser')
    user.set({ 'organiserRequest.status': 'revoked', 'organiserRequest.decidedAt': now });
  user.role = role;
  await user.save();
  return user;
}
