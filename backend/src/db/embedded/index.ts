import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFerretDb, ferretBinaryPath, FERRETDB_VERSION, startFerretDb } from './ferretdb';
import { findOnPath, type ProgressLog } from './util';

export type DatabaseKind = 'external' | 'mongod' | 'ferretdb' | 'mongodb-memory-server-download';

export interface ProvisionedDatabase {
  /** A connection string without a database name. */
  uri: string;
  kind: DatabaseKind;
  /** Stops the embedded server (no-op for an external one); removes a throw-away data folder. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** `MONGODB_URI`: when set, nothing is started. */
  mongodbUri?: string;
  /** Persistent data folder (the app); omit for a throw-away folder (tests). */
  dataDir?: string;
  /** Where built binaries are cached (default `~/.cache/musubi`, or `MUSUBI_CACHE_DIR`). */
  cacheDir?: string;
  log?: ProgressLog;
  /** Skip strategies, e.g. for tests of the fallback order. */
  disable?: Partial<Record<Exclude<DatabaseKind, 'external'>, boolean>>;
  /** Environment to read MONGOMS_SYSTEM_BINARY / FERRETDB_BIN / PATH from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MUSUBI_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'musubi');
}

export class DatabaseUnavailableError extends Error {
  constructor(public readonly attempts: string[]) {
    super(
      [
        'Could not find or start a MongoDB-compatible database. Tried, in order:',
        ...attempts.map((a, i) => `  ${i + 1}. ${a}`),
        'Fix one of these:',
        '  - set MONGODB_URI to a running MongoDB (e.g. mongodb://127.0.0.1:27017), or',
        '  - install mongod on PATH (or set MONGOMS_SYSTEM_BINARY to its path), or',
        `  - install Go (https://go.dev) so FerretDB ${FERRETDB_VERSION} can be built, or set FERRETDB_BIN, or`,
        '  - allow mongodb-memory-server to download mongod (needs internet access).',
      ].join('\n'),
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Yields a MongoDB connection string, trying in order: `MONGODB_URI`; a local `mongod` through
 * mongodb-memory-server; FerretDB v1 with SQLite (built with Go when needed); mongodb-memory-server's
 * own download. One module for the app, the tests and the scripts.
 */
export async function provisionDatabase(options: ProvisionOptions = {}): Promise<ProvisionedDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((m: string) => console.log(`[database] ${m}`));
  const disable = options.disable ?? {};
  if (options.mongodbUri) {
    return { uri: options.mongodbUri, kind: 'external', stop: async () => undefined };
  }
  const throwAway = !options.dataDir;
  const baseDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'musubi-db-'));
  const cleanup = async () => {
    if (throwAway) rmSync(baseDir, { recursive: true, force: true });
  };
  const attempts: string[] = [];

  const systemMongod = env.MONGOMS_SYSTEM_BINARY || findOnPath('mongod', env);
  if (disable.mongod) attempts.push('local mongod: disabled');
  else if (!systemMongod) attempts.push('local mongod: MONGOMS_SYSTEM_BINARY is not set and no `mongod` on PATH');
  else {
    try {
      const started = await startMemoryServer(path.join(baseDir, 'mongod'), systemMongod, log);
      return { uri: started.uri, kind: 'mongod', stop: async () => (await started.stop(), await cleanup()) };
    } catch (err) {
      attempts.push(`local mongod (${systemMongod}): ${(err as Error).message}`);
    }
  }

  const cacheDir = options.cacheDir ?? defaultCacheDir(env);
  if (disable.ferretdb) attempts.push('FerretDB: disabled');
  else {
    try {
      let binary = env.FERRETDB_BIN || ferretBinaryPath(cacheDir);
      if (!env.FERRETDB_BIN) {
        mkdirSync(cacheDir, { recursive: true });
        binary = await buildFerretDb(cacheDir, log, env);
      }
      const running = await startFerretDb(binary, path.join(baseDir, 'ferretdb'), log);
      return { uri: running.uri, kind: 'ferretdb', stop: async () => (await running.stop(), await cleanup()) };
    } catch (err) {
      attempts.push(`FerretDB ${FERRETDB_VERSION} with SQLite: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  if (disable['mongodb-memory-server-download']) attempts.push('mongodb-memory-server download: disabled');
  else {
    try {
      log('downloading mongod through mongodb-memory-server (needs internet access)…');
      const started = await startMemoryServer(path.join(baseDir, 'mongod'), undefined, log);
      return {
        uri: started.uri,
        kind: 'mongodb-memory-server-download',
        stop: async () => (await started.stop(), await cleanup()),
      };
    } catch (err) {
      attempts.push(`mongodb-memory-server download: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  await cleanup();
  throw new DatabaseUnavailableError(attempts);
}

async function startMemoryServer(
  dbPath: string,
  systemBinary: string | undefined,
  log: ProgressLog,
): Promise<{ uri: string; stop(): Promise<void> }> {
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  mkdirSync(dbPath, { recursive: true });
  log(`starting mongod${systemBinary ? ` (${systemBinary})` : ''} with data in ${dbPath}…`);
  const server = await MongoMemoryServer.create({
    binary: systemBinary ? { systemBinary } : {},
    instance: { dbPath, ip: '127.0.0.1', storageEngine: 'wiredTiger' },
  });
  const uri = server.getUri().replace(/\/[^/?]*(\?.*)?$/, '/');
  return { uri, stop: async () => void (await server.stop({ doCleanup: false, force: false })) };
}

/** Stops the database when the process is asked to exit, exactly once. */
export function stopOnExit(db: ProvisionedDatabase, before?: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      try {
        await before?.();
      } finally {
        await db.stop().catch(() => undefined);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
    })();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
