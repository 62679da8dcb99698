import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chatUser } from '../test/chat-helpers';
import { startBackend, type Child } from '../test/processes';

/**
 * The real app (`dist/main.js`) with its own embedded FerretDB, as a child process: shutdown with a
 * half-open WebSocket, shutdown and a kill with the database frozen (SIGSTOP), and readiness.
 */
const embedded = process.env.MUSUBI_TEST_DATABASE_KIND === 'ferretdb';
if (!embedded) console.warn('skipping the lifecycle tests: they need the embedded FerretDB');
const describeEmbedded = embedded ? describe : describe.skip;

/** The pids of FerretDB servers started on `dataDir` (found through their command line). */
function ferretPids(dataDir: string): number[] {
  const marker = `--state-dir=${path.join(dataDir, 'ferretdb')}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(marker) && !processGone(Number(entry))) pids.push(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}

/** Gone, or a zombie (it holds no files; whoever adopted it reaps it). */
function processGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

/** A masked client text frame (RFC 6455), enough for short Socket.IO packets. */
function wsTextFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = payload.map((b, i) => b ^ mask[i % 4]!);
  return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, masked]);
}

/**
 * A Socket.IO client over a raw TCP socket: upgrades, joins the main namespace with `cookie`, then
 * stops reading and never answers the server's close (a half-open connection).
 */
async function halfOpenSocket(baseUrl: string, cookie: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    [
      'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      `Cookie: ${cookie}`,
      '',
      '',
    ].join('\r\n'),
  );
  await until(() => received.includes('"sid"'), 5000, 'engine.io open');
  socket.write(wsTextFrame('40'));
  await until(() => /40\{"sid"/.test(received), 5000, 'namespace connect');
  socket.removeAllListeners('data');
  socket.pause();
  return socket;
}

describeEmbedded('the app process with its embedded database', () => {
  let app: Child | undefined;
  let dataDir = '';
  const openSockets: Socket[] = [];

  async function startApp(): Promise<{ app: Child; ferretPid: number }> {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'musubi-lifecycle-'));
    app = await startBackend(
      { MONGODB_URI: '', DATA_DIR: dataDir, HOME: process.env.HOME ?? os.homedir(), LOG_LEVEL: 'warn' },
      90_000,
    );
    await until(async () => (await status(`${app!.url}/api/health`)) === 200, 30_000, 'ready');
    const pids = ferretPids(dataDir);
    expect(pids).toHaveLength(1);
    return { app, ferretPid: pids[0]! };
  }

  afterEach(async () => {
    for (const s of openSockets.splice(0)) s.destroy();
    await app?.stop('SIGKILL');
    app = undefined;
    if (dataDir) {
      for (const pid of ferretPids(dataDir)) {
        process.kill(pid, 'SIGCONT');
        process.kill(pid, 'SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('on SIGTERM with a half-open WebSocket, exits 0 within 3 s and stops the database', async () => {
    const { app, ferretPid } = await startApp();
    const user = await chatUser(app.url);
    openSockets.push(await halfOpenSocket(app.url, user.cookie));

    const started = Date.now();
    app.proc.kill('SIGTERM');
    await until(() => app.proc.exitCode !== null || app.proc.signalCode !== null, 30_000, 'app exit');
    const tookMs = Date.now() - started;

    expect({ code: app.proc.exitCode, signal: app.proc.signalCode }).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(3000);
    expect(processGone(ferretPid)).toBe(true);
  }, 120_000);

  it('on SIGTERM while the database is frozen, exits and leaves no database process', async () => {
    const { app, ferretPid } = await startApp();
    process.kill(ferretPid, 'SIGSTOP');

    app.proc.kill('SIGTERM');
    await until(() => app.proc.exitCode !== null || app.proc.signalCode !== null, 30_000, 'app exit');
    await until(() => processGone(ferretPid), 10_000, 'FerretDB gone');
    expect(ferretPids(dataDir)).toEqual([]);
  }, 120_000);

  it('when the app is killed while the database is frozen, the watchdog still stops the database', async () => {
    const { app, ferretPid } = await startApp();
    process.kill(ferretPid, 'SIGSTOP');

    await app.stop('SIGKILL');
    await until(() => processGone(ferretPid), 15_000, 'FerretDB gone');
  }, 120_000);

  it('readiness reports the database down within 2 s of a freeze and up after a thaw; liveness stays up', async () => {
    const { app, ferretPid } = await startApp();
    expect(await status(`${app.url}/api/health`)).toBe(200);

    const frozenAt = Date.now();
    process.kill(ferretPid, 'SIGSTOP');
    await until(async () => (await status(`${app.url}/api/health`)) === 503, 10_000, 'health → 503');
    expect(Date.now() - frozenAt).toBeLessThanOrEqual(2000);
    expect(await status(`${app.url}/api/health/ready`)).toBe(503);
    expect(await status(`${app.url}/api/health/live`)).toBe(200);

    process.kill(ferretPid, 'SIGCONT');
    await until(async () => (await status(`${app.url}/api/health`)) === 200, 30_000, 'health → 200 after thaw');
  }, 120_000);
});
