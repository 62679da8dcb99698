import { trusted } from 'mongoose';
import type { Config } from '../config';
import { Limiter, type LimitStore } from './limiter';
import { RateLimitModel } from './rate-limit.model';
import { SocketCap } from './socket-cap';

/** Every limit of the app, built once in `createApp`/`startServer` and shared by the features. */
export interface Limits {
  store: LimitStore['kind'];
  /** Login attempts per `<email>|<ip>`; consumed before the password check, reset on success. */
  loginAccountIp: Limiter;
  /** Login attempts per IP; consumed before the password check, a success gives its point back. */
  loginIp: Limiter;
  /** Sign-ups per IP (each one costs an argon2 hash). */
  registerIp: Limiter;
  /** Writes that notify someone else, per member (meeting requests and replies, joins, applications, reports). */
  memberWrites: Limiter;
  /**
   * Chat messages sent or edited per member, across all of the member's sockets: on Redis when
   * present, else in memory (see `createLimits`).
   */
  chatMessages: Limiter;
  /** Password-reset mails per email address (issue 16 wires it). */
  passwordResetMail: Limiter;
  /** Verification mails per account (issue 16 wires it). */
  verificationMail: Limiter;
  /** Concurrent sockets per member (counted in this process). */
  sockets: SocketCap;
}

/**
 * Builds every limiter from the configuration on one store (MongoDB unless given Redis). Chat is
 * the exception: a counter write per message on FerretDB cut the chat benchmark from thousands of
 * messages per second to under a hundred, and without Redis several processes are no Socket.IO
 * setup anyway (no adapter: rooms stay per process), so chat counts in this process's memory then,
 * keyed by member (all sockets share it; a reconnect does not reset it).
 */
export function createLimits(config: Config, store: LimitStore = { kind: 'mongo' }): Limits {
  const l = config.limits;
  const chatStore: LimitStore = store.kind === 'redis' ? store : { kind: 'memory' };
  return {
    store: store.kind,
    loginAccountIp: new Limiter('login_account_ip', l.loginAccountIp, store),
    loginIp: new Limiter('login_ip', l.loginIp, store),
    registerIp: new Limiter('register_ip', l.registerIp, store),
    memberWrites: new Limiter('member_writes', l.memberWrites, store),
    chatMessages: new Limiter('chat_messages', l.chatMessages, chatStore),
    passwordResetMail: new Limiter('password_reset_mail', l.mails, store),
    verificationMail: new Limiter('verification_mail', l.mails, store),
    sockets: new SocketCap(l.socketsPerMember),
  };
}

/** Removes counters whose window ended (MongoDB store; FerretDB v1 has no TTL index to do it). */
export async function purgeExpiredLimits(): Promise<void> {
  await RateLimitModel.deleteMany({ expire: trusted({ $lte: new Date() }) });
}
