import { loadConfig } from './config';
import { connectDatabase, disconnectDatabase } from './db/connect';
import { provisionDatabase, type ProvisionedDatabase } from './db/embedded';
import { createLogger } from './logger';
import { startServer, type RunningServer } from './server';
import { SHUTDOWN, settleWithin } from './shutdown';
import { DomainEventBus } from './events';
import { UserModel } from './features/accounts';
import { progressBar, seedDemoData } from './seed';
import './models';

/** Entry point: config → database → HTTP + Socket.IO → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: ProvisionedDatabase | undefined;
  let server: RunningServer | undefined;
  let shuttingDown = false;

  // Exit 0 when every step finished within its bound, 1 otherwise (or on a startup failure); the
  // database is stopped on every path, the forced one included (see SHUTDOWN in shutdown.ts).
  const shutdown = async (reason: string, code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      logger.error(
        { reason, limitMs: SHUTDOWN.hardLimitMs },
        'shutdown took too long: stopping the database and exiting',
      );
      void settleWithin(db?.stop() ?? Promise.resolve(), SHUTDOWN.stepMs).finally(() => process.exit(1));
    }, SHUTDOWN.hardLimitMs);
    force.unref();
    let clean = true;
    try {
      if (server) clean = (await server.close()).clean;
      clean = (await settleWithin(disconnectDatabase(), SHUTDOWN.stepMs)) && clean;
    } catch (err) {
      clean = false;
      logger.error({ err }, 'error while shutting down');
    } finally {
      await db?.stop().catch(() => undefined);
      if (!clean) logger.warn({ reason }, 'shutdown abandoned a step that did not finish in time');
      process.exit(code || (clean ? 0 : 1));
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    db = await provisionDatabase({
      mongodbUri: config.mongodbUri,
      dataDir: config.mongodbUri ? undefined : config.dataDir,
      log: (m) => console.log(`[database] ${m}`),
    });
    console.log(`[database] using ${db.kind}`);
    await connectDatabase(db.uri, config.mongodbDb);
    if (config.seedDemo && db.kind !== 'external' && (await UserModel.countDocuments()) === 0) {
      console.log('[seed] empty embedded database: adding demo data (SEED_DEMO=false skips this)');
      const seeded = await seedDemoData({ events: new DomainEventBus(), onProgress: progressBar('[seed]') });
      console.log(`[seed] ${seeded.profilesCreated} profiles in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    server = await startServer(config, logger, db.kind);
    console.log(`\n  Musubi is running at ${server.url}\n`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown('startup failed', 1);
  }
}

void main();
