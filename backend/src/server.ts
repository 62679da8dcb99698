import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createApp } from './app';
import { DomainEventBus } from './events';
import type { Logger } from './logger';
import { createRealtime, type RealtimeServer } from './realtime';
import { listenOrigin } from './http/origin';
import { drainMessageWrites } from './features/chat';
import { createLimits, purgeExpiredLimits, type Limits } from './limits';
import { openSessionRevocations, purgeExpiredSessions } from './features/accounts';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: HttpServer;
  io: RealtimeServer;
  events: DomainEventBus;
  /** Stops accepting, closes sockets and connections; the database is the caller's. */
  close(): Promise<void>;
}

/** HTTP + Socket.IO on one port, plus housekeeping timers. Used by main and by tests. */
export async function startServer(config: Config, logger: Logger, databaseKind: string): Promise<RunningServer> {
  const events = new DomainEventBus();
  const { limits, closeLimits } = await openLimits(config, logger);
  // With several processes (REDIS_URL), a logout or revocation made in one applies at once in all.
  const revocations = config.redisUrl ? await openSessionRevocations(config.redisUrl, logger) : null;
  const app = createApp({ config, logger, events, databaseKind, limits });
  const httpServer = createServer(app);
  const realtime = await createRealtime(httpServer, {
    config,
    logger,
    events,
    limits,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = config.publicUrl ?? listenOrigin(config.host, port);
  if (config.env === 'production' && !config.publicUrl) {
    logger.warn({ url }, 'PUBLIC_URL is not set: links the server hands out (calendar feeds) use the listen address');
  }

  const housekeeping = setInterval(
    () => {
      void Promise.all([purgeExpiredSessions(), limits.store === 'mongo' ? purgeExpiredLimits() : null]).catch(
        (err: unknown) => logger.warn({ err }, 'housekeeping failed'),
      );
    },
    10 * 60 * 1000,
  );
  housekeeping.unref();

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    httpServer,
    io: realtime.io,
    events,
    close() {
      closing ??= (async () => {
        clearInterval(housekeeping);
        const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await realtime.close();
        // Sends already accepted are written (and acked where the socket is still there).
        await drainMessageWrites();
        httpServer.closeAllConnections();
        await app.runtime.stop();
        await httpClosed;
        await closeLimits();
        await revocations?.close();
      })();
      return closing;
    },
  };
}

/** The limits on Redis when REDIS_URL is set (atomic across processes), else on MongoDB. */
async function openLimits(config: Config, logger: Logger): Promise<{ limits: Limits; closeLimits(): Promise<void> }> {
  if (!config.redisUrl) return { limits: createLimits(config), closeLimits: () => Promise.resolve() };
  const { createClient } = await import('redis');
  const client = createClient({ url: config.redisUrl });
  client.on('error', (err) => logger.error({ err }, 'redis limits client error'));
  await client.connect();
  return {
    limits: createLimits(config, { kind: 'redis', client }),
    closeLimits: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
