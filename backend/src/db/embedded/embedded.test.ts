import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { DatabaseUnavailableError, provisionDatabase } from './index';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const ferretPids = () =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /ferretdb --handler=sqlite/.test(l) && !/\/bin\/sh -c/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('provisionDatabase', () => {
  it('uses MONGODB_URI as given and starts nothing', async () => {
    const db = await provisionDatabase({ mongodbUri: 'mongodb://db.example:27017/', log: () => undefined });
    expect(db).toMatchObject({ kind: 'external', uri: 'mongodb://db.example:27017/' });
    await db.stop();
  });

  it('when every strategy fails, lists what it tried and how to fix it', async () => {
    const attempt = provisionDatabase({
      env: { PATH: '' },
      disable: { 'mongodb-memory-server-download': true },
      cacheDir: mkdtempSync(path.join(os.tmpdir(), 'musubi-empty-cache-')),
      log: () => undefined,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const err = (await attempt.catch((e: unknown) => e)) as DatabaseUnavailableError;
    expect(err.attempts).toHaveLength(3);
    expect(err.attempts[0]).toMatch(/mongod.*MONGOMS_SYSTEM_BINARY/);
    expect(err.attempts[1]).toMatch(/FerretDB v1\.24\.2.*Go is not installed/);
    expect(err.attempts[2]).toMatch(/download: disabled/);
    expect(err.message).toMatch(/set MONGODB_URI/);
  });

  it('skips a broken mongod and falls through to FerretDB', async () => {
    if (process.env.MUSUBI_TEST_DATABASE_KIND !== 'ferretdb') return; // only meaningful where FerretDB is the engine
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'musubi-fallback-'));
    const db = await provisionDatabase({
      dataDir,
      env: { ...process.env, MONGOMS_SYSTEM_BINARY: '/bin/false' },
      disable: { 'mongodb-memory-server-download': true },
      log: () => undefined,
    });
    try {
      expect(db.kind).toBe('ferretdb');
    } finally {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps data across restarts in a persistent folder and leaves no server behind', async () => {
    if (process.env.MUSUBI_TEST_DATABASE_KIND !== 'ferretdb') return;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'musubi-persist-'));
    const before = new Set(ferretPids());
    try {
      const first = await provisionDatabase({ dataDir, log: () => undefined });
      const c1 = await mongoose.createConnection(first.uri, { dbName: 'persist' }).asPromise();
      await c1.collection('things').insertOne({ name: '結び' });
      await c1.close();
      const started = ferretPids().filter((p) => !before.has(p));
      expect(started).toHaveLength(1);
      await first.stop();
      expect(await waitUntil(() => !isAlive(started[0]!), 5000)).toBe(true);

      const second = await provisionDatabase({ dataDir, log: () => undefined });
      const c2 = await mongoose.createConnection(second.uri, { dbName: 'persist' }).asPromise();
      expect(await c2.collection('things').findOne({}, { projection: { _id: 0 } })).toEqual({ name: '結び' });
      await c2.close();
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops FerretDB when the owning process is killed with SIGKILL (no orphans)', async () => {
    if (process.env.MUSUBI_TEST_DATABASE_KIND !== 'ferretdb') return;
    const before = new Set(ferretPids());
    // A child Node process provisions a database, reports, then is killed without any cleanup.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(path.join(__dirname, '..', '..', '..', 'dist', 'db', 'embedded', 'index.js'))})
          .provisionDatabase({ log: () => {} }).then((db) => console.log('READY ' + db.uri));
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const ready = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve(true));
      child.on('exit', () => resolve(false));
    });
    expect(ready).toBe(true);
    const started = ferretPids().filter((p) => !before.has(p));
    expect(started).toHaveLength(1);
    child.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(started[0]!), 8000)).toBe(true);
  });
});
