#!/usr/bin/env node
// Browser journeys against a real server. Usage: `npm run test:e2e` (E2E_BASE_URL to reuse a
// running server, with E2E_ADMIN_EMAIL/E2E_ADMIN_PASSWORD of an admin there for journeys that need
// organisers; otherwise a fresh database and backend/dist/main.js are started on free ports, and an
// admin is made through the CLI, `npm run grant-role`, as an operator would).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const screenshotsDir = path.join(here, 'screenshots');
const artifactsDir = path.join(here, 'artifacts');
const HEALTH_TIMEOUT_MS = 5 * 60_000;

let server = null;
let dataDir = null;
let database = null;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Kills the whole process group (the server may have started a database beside it). */
function stopServer(signal = 'SIGTERM') {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

function removeDataDir() {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
}

async function shutdown() {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    stopServer('SIGTERM');
    const timer = setTimeout(() => stopServer('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  await database?.stop().catch(() => undefined);
  database = null;
  removeDataDir();
}

process.on('exit', () => {
  stopServer('SIGKILL');
  removeDataDir();
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    console.error(`\ne2e: ${signal}, stopping`);
    shutdown().finally(() => process.exit(code));
  });
}

async function waitForHealth(baseUrl, exited) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited.value) throw new Error(`server exited early (code ${exited.value})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

async function startServer() {
  const entry = path.join(root, 'backend', 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  if (!existsSync(path.join(root, 'frontend', 'dist', 'index.html'))) {
    throw new Error('frontend/dist is missing: run `npm run build` first');
  }
  const port = await freePort();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'musubi-e2e-'));
  mkdirSync(artifactsDir, { recursive: true });
  // The database runs beside the server (not inside it), so the CLI can reach it too.
  const { provisionDatabase } = await import(
    pathToFileURL(path.join(root, 'backend', 'dist', 'db', 'embedded', 'index.js')).href
  );
  database = await provisionDatabase({
    dataDir: path.join(dataDir, 'db'),
    log: (m) => console.log(`e2e: [database] ${m}`),
  });
  const databaseEnv = { MONGODB_URI: database.uri, MONGODB_DB: 'musubi_e2e' };
  const logPath = path.join(artifactsDir, 'server.log');
  const log = createWriteStream(logPath);
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [entry], {
    cwd: root,
    detached: true, // its own process group, so one kill reaches everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      NODE_ENV: 'test',
      ...databaseEnv,
      // The journeys sign up and write many times from 127.0.0.1.
      REGISTER_IP_MAX: '1000',
      MEMBER_WRITES_MAX: '1000',
    },
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const exited = { value: null };
  server.once('exit', (code, signal) => {
    exited.value = code ?? signal ?? 'unknown';
  });
  console.log(`e2e: starting server on ${baseUrl} (log: ${path.relative(root, logPath)})`);
  await waitForHealth(baseUrl, exited);
  console.log(`e2e: server up (database: ${database.kind})`);
  await makeAdmin(baseUrl, databaseEnv);
  return baseUrl;
}

/** Signs up an account and makes it an admin with `npm run grant-role`; journeys find it in E2E_ADMIN_*. */
async function makeAdmin(baseUrl, databaseEnv) {
  const email = `e2e-admin-${Date.now()}@example.com`;
  const password = 'e2e admin password';
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password, displayName: 'E2E Admin', language: 'en', timeZone: 'Asia/Tokyo' }),
  });
  if (!response.ok) throw new Error(`admin sign-up failed: ${response.status} ${await response.text()}`);
  const cli = spawnSync(process.execPath, [path.join(root, 'scripts', 'grant-role.mjs'), email, 'admin'], {
    cwd: root,
    env: { ...process.env, ...databaseEnv },
    encoding: 'utf8',
  });
  if (cli.status !== 0) throw new Error(`grant-role failed (${cli.status}): ${cli.stderr || cli.stdout}`);
  process.env.E2E_ADMIN_EMAIL = email;
  process.env.E2E_ADMIN_PASSWORD = password;
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function loadJourneys() {
  const dir = path.join(here, 'journeys');
  const only = process.env.E2E_ONLY; // e.g. E2E_ONLY=auth
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .filter((file) => !only || file.replace(/\.mjs$/, '') === only)
    .sort();
  const journeys = [];
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(dir, file)).href);
    journeys.push({ name: file.replace(/\.mjs$/, ''), run: module.default });
  }
  return journeys;
}

async function main() {
  mkdirSync(screenshotsDir, { recursive: true });
  const baseUrl = process.env.E2E_BASE_URL?.replace(/\/$/, '') ?? (await startServer());
  const journeys = await loadJourneys();
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    for (const journey of journeys) {
      const screenshot = async (page, name) => {
        const file = path.join(screenshotsDir, `${journey.name}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      };
      const started = Date.now();
      try {
        await journey.run({ browser, baseUrl, screenshot });
        passed += 1;
        console.log(`  ✓ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        console.error(`  ✗ ${journey.name}\n${error?.stack ?? error}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (failed > 0 && server) console.error(`e2e: server log in ${path.relative(root, artifactsDir)}/server.log`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && journeys.length > 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`e2e: ${error?.stack ?? error}`);
  console.log('e2e: 0 passed, 1 failed');
} finally {
  await shutdown();
}
process.exit(exitCode);
