import { loadConfig } from '../config';
import { buildFerretDb, ferretBinaryPath } from '../db/embedded/ferretdb';
import { defaultCacheDir, provisionDatabase, stopOnExit } from '../db/embedded';

/**
 * `node scripts/db.mjs build`: builds FerretDB into the cache (CI does this up front).
 * `node scripts/db.mjs start`: starts the embedded database on DATA_DIR and prints its URI.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  const log = (m: string) => console.log(`[database] ${m}`);
  if (command === 'build') {
    const cacheDir = defaultCacheDir();
    const binary = await buildFerretDb(cacheDir, log);
    console.log(binary === ferretBinaryPath(cacheDir) ? `FerretDB ready: ${binary}` : binary);
    return;
  }
  if (command === 'start') {
    const config = loadConfig();
    const db = await provisionDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, log });
    stopOnExit(db);
    console.log(`${db.kind} is listening: ${db.uri}${config.mongodbDb}  (Ctrl+C stops it)`);
    return;
  }
  console.error('Usage: node scripts/db.mjs build|start');
  process.exit(2);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
