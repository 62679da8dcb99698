import { randomBytes } from 'node:crypto';
import type { Logger } from '../../logger';
import { applySessionForgets, linkSessionCache, type SessionForgets } from './sessions.service';

/** The Redis pub/sub channel on which processes tell each other which sessions and users to forget. */
export const SESSION_FORGETS_CHANNEL = 'musubi:session-forgets';

interface Message extends SessionForgets {
  /** The sending process (a process applies its own forgets before publishing them). */
  from: string;
  /** A probe: the sender checking that its subscription is live again. */
  probe?: string;
}

export interface SessionRevocations {
  close(): Promise<void>;
}

/**
 * Links this process's session cache to the others through Redis pub/sub: each forget made here
 * (logout, revoked sessions, any write of a user) is published, each one received is applied at
 * once. While the subscriber is not connected and subscribed, the cache is not trusted (sessions and
 * users are read from the database on every request), and when it is back everything remembered is
 * dropped, so a forget lost meanwhile cannot extend a revoked session.
 */
export async function openSessionRevocations(redisUrl: string, logger: Logger): Promise<SessionRevocations> {
  const { createClient } = await import('redis');
  const pub = createClient({ url: redisUrl });
  // A subscribed connection cannot publish: one client each way.
  const sub = pub.duplicate();
  pub.on('error', (err) => logger.error({ err }, 'redis session-forgets publisher error'));
  sub.on('error', (err) => logger.error({ err }, 'redis session-forgets subscriber error'));

  const self = randomBytes(8).toString('hex');
  let subscribed = false;
  let closing = false;
  let started = false;
  let probe: string | undefined;

  const sendProbe = () => {
    if (closing || subscribed || !started || !sub.isReady || !pub.isReady) return;
    probe = randomBytes(8).toString('hex');
    pub
      .publish(SESSION_FORGETS_CHANNEL, JSON.stringify({ from: self, probe } satisfies Message))
      .catch((err: unknown) => logger.warn({ err }, 'session forgets: probe not published'));
  };

  const onMessage = (raw: string) => {
    let message: Message;
    try {
      message = JSON.parse(raw) as Message;
    } catch {
      return;
    }
    if (message.from !== self) return applySessionForgets(message);
    if (message.probe !== undefined && message.probe === probe) {
      // Our own probe came back: the subscription is live, and anything missed meanwhile is dropped.
      probe = undefined;
      applySessionForgets({ allSessions: true, allUsers: true });
      subscribed = true;
      logger.info('session forgets: subscription back, cache trusted again');
    }
  };

  const untrusted = () => {
    if (subscribed && !closing)
      logger.warn('session forgets: subscriber disconnected, sessions read from the database');
    subscribed = false;
  };
  // After a reconnect: trusted again once a probe of ours has come back through the channel (sent
  // when the subscriber is ready, and again every second until one does: the publisher may be down too).
  sub.on('end', untrusted);
  sub.on('reconnecting', untrusted);
  sub.on('error', untrusted);
  sub.on('ready', sendProbe);
  const probing = setInterval(sendProbe, 1000);
  probing.unref();

  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(SESSION_FORGETS_CHANNEL, onMessage);
  started = true;
  subscribed = true;

  const unlink = linkSessionCache({
    publish: async (forgets) => {
      try {
        // Not queued while the publisher is away: the caller then waits the cache's time out instead.
        if (!pub.isReady) throw new Error('redis publisher not connected');
        // PUBLISH answers once Redis has handed the message to every subscriber.
        await withTimeout(pub.publish(SESSION_FORGETS_CHANNEL, JSON.stringify({ ...forgets, from: self })), 1000);
      } catch (err) {
        logger.error({ err }, 'session forgets not published');
        throw err;
      }
    },
    trusted: () => subscribed && sub.isReady,
  });

  return {
    async close() {
      closing = true;
      clearInterval(probing);
      unlink();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
