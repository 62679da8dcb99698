import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Config } from './config';
import { createApp } from './app';
import { DomainEventBus } from './events';
import type { Logger } from './logger';
import { createRealtime, type RealtimeServer } from './realtime';
import { listenOrigin } from './http/origin';
import { drainMessageWrites } from './features/chat';
import { createLimits, purgeExpiredLimits, type Limits } from './limits';
import { openSessionRevocations, purgeExpiredSessions } from './features/accounts';
import { SHUTDOWN, settleWithin } from './shutdown';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: HttpServer;
  io: RealtimeServer;
  events: DomainEventBus;
  /**
   * Stops accepting, writes accepted chat sends, tells sockets to go, destroys connections still
   * open after a short grace, stops background work. Each step is bounded (SHUTDOWN); resolves
   * `clean: false` when one had to be abandoned. The database is the caller's.
   */
  close(): Promise<{ clean: boolean }>;
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

  // Every TCP connection, upgraded WebSockets included (closeAllConnections does not reach those).
  const connections = new Set<Socket>();
  httpServer.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });

  let closing: Promise<{ clean: boolean }> | undefined;
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
        // Sends already accepted are written and acked while their sockets are still there.
        let clean = await settleWithin(drainMessageWrites(), SHUTDOWN.stepMs);
        // io.close() tells every socket to go, then waits for the HTTP server, so it is not awaited
        // until the connections below are gone: a client that never finishes closing cannot hold it.
        const realtimeClosed = realtime.close();
        httpServer.closeIdleConnections();
        await waitFor(() => connections.size === 0, SHUTDOWN.connectionGraceMs);
        httpServer.closeAllConnections();
        for (const socket of connections) socket.destroy();
        await httpClosed;
        clean = (await settleWithin(realtimeClosed, SHUTDOWN.stepMs)) && clean;
        // Sends that arrived while the sockets were closing (their acks are lost, the writes are not).
        clean = (await settleWithin(drainMessageWrites(), SHUTDOWN.stepMs)) && clean;
        clean = (await settleWithin(app.runtime.stop(), SHUTDOWN.stepMs)) && clean;
        clean = (await settleWithin(closeLimits(), SHUTDOWN.stepMs)) && clean;
        if (revocations) clean = (await settleWithin(revocations.close(), SHUTDOWN.stepMs)) && clean;
        return { clean };
      })();
      return closing;
    },
  };
}

/** Resolves when `done()` holds or after `ms`, checking every 10 ms. */
async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
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
