import { loadConfig, type Config } from '../config';
import { connectDatabase, disconnectDatabase } from '../db/connect';
import { provisionDatabase } from '../db/embedded';
import '../models';

/**
 * Runs a command-line task against the same database the app uses (MONGODB_URI, or the embedded
 * one in DATA_DIR), then stops everything it started.
 */
export async function withDatabase<T>(task: (config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await provisionDatabase({
    mongodbUri: config.mongodbUri,
    dataDir: config.mongodbUri ? undefined : config.dataDir,
    log: (m) => console.log(`[database] ${m}`),
  });
  try {
    await connectDatabase(db.uri, config.mongodbDb);
    return await task(config);
  } finally {
    await disconnectDatabase().catch(() => undefined);
    await db.stop();
  }
}
