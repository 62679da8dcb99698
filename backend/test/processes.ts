import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { GENEROUS_TEST_LIMITS } from './test-limits';

export const BACKEND_MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${port} not open in time`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export interface Child {
  proc: ChildProcess;
  url: string;
  output(): string;
  /** SIGTERM (or the given signal) and wait for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function track(proc: ChildProcess, url: string): Child {
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    url,
    output: () => out,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** A throw-away Redis without persistence (on `port`, e.g. to start one again where it was). */
export async function startRedis(port?: number): Promise<Child & { redisUrl: string }> {
  port ??= await freePort();
  const proc = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const child = track(proc, `redis://127.0.0.1:${port}`);
  await waitForPort(port, 10_000);
  return { ...child, redisUrl: child.url };
}

/** `node backend/dist/main.js` on a free port against the test database server. */
export async function startBackend(env: Record<string, string>, startTimeoutMs = 20_000): Promise<Child> {
  if (!existsSync(BACKEND_MAIN)) throw new Error(`${BACKEND_MAIN} is missing: run \`npx tsc -b shared backend\` first`);
  const port = await freePort();
  const proc = spawn(process.execPath, [BACKEND_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      MONGODB_URI: process.env.MUSUBI_TEST_MONGODB_URI ?? '',
      SEED_DEMO: 'false',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVE_FRONTEND: 'false',
      MATCHING_POLL_SECONDS: '0',
      ...GENEROUS_TEST_LIMITS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = track(proc, `http://127.0.0.1:${port}`);
  try {
    await waitForPort(port, startTimeoutMs);
  } catch (err) {
    await child.stop('SIGKILL');
    throw new Error(`backend did not start: ${(err as Error).message}\n${child.output()}`);
  }
  return child;
}
