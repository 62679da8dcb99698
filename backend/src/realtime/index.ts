import type { Server as HttpServer, IncomingHttpHeaders } from 'node:http';
import { Server } from 'socket.io';
import type { Config } from '../config';
import type { DomainEventBus } from '../events';
import type { Logger } from '../logger';
import { parseCookies } from '../http/cookies';
import { compileTrustProxy, isAllowedOrigin } from '../http/origin';
import { resolveSession, SESSION_COOKIE } from '../features/accounts';
import { registerChatBroadcasts } from './chat.broadcasts';
import { registerChatHandlers } from './chat.handlers';
import type { Limits } from '../limits';
import { registerNotificationBroadcasts } from './notification.broadcasts';
import { userRoom, type RealtimeServer, type RealtimeSocket } from './types';

export { userRoom, type RealtimeServer, type RealtimeSocket, type ServerEvents, type SocketData } from './types';

/**
 * Socket.IO on the same HTTP server: the handshake must carry a live session (cookie, or the same
 * token in `auth: { token }`) and an allowed Origin; each socket joins `user:<id>`. With REDIS_URL, rooms span processes.
 */
export async function createRealtime(
  httpServer: HttpServer,
  deps: { config: Config; logger: Logger; events: DomainEventBus; limits: Limits },
): Promise<{ io: RealtimeServer; close(): Promise<void> }> {
  const { config, logger, events, limits } = deps;
  const trustProxy = compileTrustProxy(config.trustProxy);
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, callback) => {
      const ok = isAllowedOrigin(req, config.allowedOrigins, trustProxy);
      callback(ok ? null : 'origin not allowed', ok);
    },
  });
  const closers: Array<() => Promise<void>> = [];

  if (config.redisUrl) {
    const { createClient } = await import('redis');
    const { createAdapter } = await import('@socket.io/redis-adapter');
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    pub.on('error', (err) => logger.error({ err }, 'redis publisher error'));
    sub.on('error', (err) => logger.error({ err }, 'redis subscriber error'));
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub));
    closers.push(async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    });
    logger.info('socket.io redis adapter on');
  }

  io.use(async (socket, next) => {
    try {
      const ctx = await resolveSession(handshakeToken(socket.handshake));
      if (!ctx) return next(new Error('unauthenticated'));
      const userId = ctx.user._id.toString();
      if (!limits.sockets.tryOpen(userId)) return next(tooManySockets(limits.sockets.maxPerMember));
      socket.data.userId = userId;
      socket.data.sessionId = ctx.sessionId;
      next();
    } catch (err) {
      logger.error({ err }, 'socket handshake failed');
      next(new Error('internal'));
    }
  });

  const chat = registerChatBroadcasts(io, { events, logger });
  closers.push(() => Promise.resolve(chat.stop()));
  const stopNotifications = registerNotificationBroadcasts(io, events);
  closers.push(() => Promise.resolve(stopNotifications()));

  io.on('connection', (socket: RealtimeSocket) => {
    void socket.join(userRoom(socket.data.userId));
    socket.once('disconnect', () => limits.sockets.closed(socket.data.userId));
    registerChatHandlers(io, socket, { events, logger, chatMessages: limits.chatMessages });
    chat.onConnect(socket);
  });

  // A revoked session or deleted account must not keep a live socket.
  events.on('session.revoked', ({ userId, sessionIds }) => {
    void io
      .in(userRoom(userId))
      .fetchSockets()
      .then((sockets) => {
        for (const s of sockets) if (sessionIds.includes(s.data.sessionId)) s.disconnect(true);
      });
  });
  events.on('user.deleted', ({ userId }) => io.in(userRoom(userId)).disconnectSockets(true));

  return {
    io,
    async close() {
      await io.close();
      for (const c of closers) await c();
    },
  };
}

/**
 * The session token of a handshake: `auth.token` when the client sends one (clients without a
 * cookie jar, e.g. python-socketio, which drops cookies on reconnect), else the session cookie.
 * A token in `auth` is never sent by a browser on its own (unlike a cookie), and the Origin check
 * in `allowRequest` runs before either is looked at, so it opens nothing to a foreign page.
 */
function handshakeToken(handshake: {
  auth: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}): string | undefined {
  const fromAuth: unknown = handshake.auth?.token;
  // Given but not a string: no fallback to the cookie (the client meant this one).
  if (fromAuth !== undefined) return typeof fromAuth === 'string' ? fromAuth : undefined;
  return parseCookies(handshake.headers.cookie)[SESSION_COOKIE];
}

/** The `connect_error` of a handshake over the per-member socket cap: `message` is the code. */
function tooManySockets(max: number): Error & { data: { code: 'too_many_sockets'; message: string } } {
  return Object.assign(new Error('too_many_sockets'), {
    data: { code: 'too_many_sockets' as const, message: `At most ${max} connections per member are allowed` },
  });
}
