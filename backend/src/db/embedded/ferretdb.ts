import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { findOnPath, freePort, waitForMongo, type ProgressLog } from './util';

export const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';

/** Where a built FerretDB binary lives inside the cache folder. */
export function ferretBinaryPath(cacheDir: string): string {
  return path.join(cacheDir, `ferretdb-${FERRETDB_VERSION}`, 'ferretdb');
}

/** Runs a command without blocking the event loop (so progress keeps printing); resolves stdout. */
function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-8000)));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} failed (${code ?? signal}): ${err}`)),
    );
  });
}

/**
 * Builds FerretDB with Go into the cache folder.
 *
 * `go install …/cmd/ferretdb@v1.24.2` produces a binary that panics at start because the module
 * zip lacks the generated `build/version/version.txt`. So we fetch the very same module through
 * the Go module proxy (`go mod download`), write that file, and `go build` its `cmd/ferretdb`.
 * Pure Go (CGO_ENABLED=0, SQLite through modernc.org/sqlite).
 */
export async function buildFerretDb(
  cacheDir: string,
  log: ProgressLog,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const target = ferretBinaryPath(cacheDir);
  if (existsSync(target)) return target;
  const go = findOnPath('go', env);
  if (!go) throw new Error('Go is not installed (needed to build FerretDB)');
  const work = path.join(cacheDir, `ferretdb-build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const goEnv = { ...env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' };
  try {
    log(`FerretDB ${FERRETDB_VERSION}: downloading the module source (go mod download)…`);
    const info = JSON.parse(
      await run(go, ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { cwd: work, env: goEnv }),
    ) as { Dir?: string; Error?: string };
    if (!info.Dir) throw new Error(`go mod download gave no directory: ${info.Error ?? 'unknown error'}`);
    const src = path.join(work, 'src');
    cpSync(info.Dir, src, { recursive: true });
    await run('chmod', ['-R', 'u+w', src], {});
    writeFileSync(path.join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    log(`FerretDB ${FERRETDB_VERSION}: compiling (go build, about 1–3 minutes the first time)…`);
    const tmpBin = path.join(work, 'ferretdb');
    const started = Date.now();
    const ticker = setInterval(
      () => log(`FerretDB: still compiling… ${Math.round((Date.now() - started) / 1000)} s`),
      15000,
    );
    try {
      await run(go, ['build', '-trimpath', '-o', tmpBin, './cmd/ferretdb'], { cwd: src, env: goEnv });
    } finally {
      clearInterval(ticker);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    chmodSync(tmpBin, 0o755);
    renameSync(tmpBin, target);
    log(`FerretDB ${FERRETDB_VERSION}: built in ${Math.round((Date.now() - started) / 1000)} s → ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface RunningFerretDb {
  uri: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** How long a stopping FerretDB gets after SIGTERM before SIGKILL (it is also woken with SIGCONT). */
export const FERRETDB_KILL_AFTER_MS = 2000;

/**
 * Starts FerretDB (SQLite backend, telemetry off, loopback only) on a free port, as a direct child
 * so that stop() can signal the server itself, even when it is frozen (SIGSTOP) or not answering.
 * No orphan holds the SQLite files: a synchronous exit hook SIGKILLs it on any `process.exit`
 * (including a forced shutdown), and a shell watchdog stops it if this Node process is killed.
 */
export async function startFerretDb(binary: string, dataDir: string, log: ProgressLog): Promise<RunningFerretDb> {
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${dataDir.endsWith('/') ? dataDir : dataDir + '/'}`,
    `--state-dir=${dataDir}`,
    `--listen-addr=127.0.0.1:${port}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (err) => {
      spawnError = err;
      resolve();
    });
  });
  const hasExited = () => spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;
  const killNow = () => {
    if (hasExited() || child.pid === undefined) return;
    signal(child.pid, 'SIGCONT');
    signal(child.pid, 'SIGKILL');
  };
  process.on('exit', killNow);
  const watchdog = child.pid === undefined ? undefined : startWatchdog(process.pid, child.pid);
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      if (!hasExited() && child.pid !== undefined) {
        // A frozen server keeps a TERM pending until it runs again: wake it, then insist.
        signal(child.pid, 'SIGCONT');
        signal(child.pid, 'SIGTERM');
        const timer = setTimeout(killNow, FERRETDB_KILL_AFTER_MS);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killNow);
      watchdog?.kill('SIGKILL');
    })();
    return stopped;
  };

  const uri = `mongodb://127.0.0.1:${port}/`;
  log(`FerretDB ${FERRETDB_VERSION}: starting on 127.0.0.1:${port} (SQLite in ${dataDir})…`);
  try {
    await waitForMongo(uri, 60_000, hasExited);
  } catch (err) {
    await stop();
    throw new Error(`FerretDB did not start: ${(spawnError ?? (err as Error)).message}${stderr ? `\n${stderr}` : ''}`);
  }
  return { uri, child, stop };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    /* already gone */
  }
}

/**
 * A shell that outlives a SIGKILLed Node: once `parent` is gone it stops `server` the same way
 * stop() does (CONT, TERM, KILL after the bound). Killed by stop() on a normal shutdown.
 */
function startWatchdog(parent: number, server: number): ChildProcess {
  const rounds = Math.ceil(FERRETDB_KILL_AFTER_MS / 250);
  const script = `while kill -0 ${parent} 2>/dev/null && kill -0 ${server} 2>/dev/null; do sleep 1; done
kill -0 ${server} 2>/dev/null || exit 0
kill -CONT ${server} 2>/dev/null; kill -TERM ${server} 2>/dev/null
i=0; while kill -0 ${server} 2>/dev/null && [ $i -lt ${rounds} ]; do sleep 0.25; i=$((i+1)); done
kill -CONT ${server} 2>/dev/null; kill -KILL ${server} 2>/dev/null; exit 0`;
  const watchdog = spawn('/bin/sh', ['-c', script], { stdio: 'ignore' });
  watchdog.on('error', () => undefined);
  watchdog.unref();
  return watchdog;
}
