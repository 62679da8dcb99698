import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { createApp } from '../app';
import { DomainEventBus } from '../events';
import { createLogger } from '../logger';
import { signUp, testConfig } from '../../test/helpers';

interface LogEntry {
  level: number;
  msg?: string;
  err?: unknown;
  [key: string]: unknown;
}

const WARN = 40;
const logged: LogEntry[] = [];
const destination = new PassThrough();
let partial = '';
destination.on('data', (chunk: Buffer) => {
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) if (line) logged.push(JSON.parse(line) as LogEntry);
});

// SERVE_FRONTEND on: the SPA fallback answers every other path, so malformed paths there count too.
const app = createApp({
  config: testConfig({ SERVE_FRONTEND: 'true' }),
  logger: createLogger('warn', destination),
  events: new DomainEventBus(),
  databaseKind: 'test',
});
afterAll(() => app.runtime.stop());

/** Resolves once the logger has written an entry about `url` (pino writes asynchronously). */
function entriesFor(url: string): Promise<LogEntry[]> {
  const about = () => logged.filter((e) => JSON.stringify(e).includes(url));
  return new Promise((resolve) => {
    const check = () => {
      if (about().length === 0) return;
      destination.off('data', check);
      resolve(about());
    };
    destination.on('data', check);
    check();
  });
}

function expectWarnedWithoutStack(entries: LogEntry[]): void {
  expect(entries.every((e) => e.level === WARN)).toBe(true);
  expect(JSON.stringify(entries)).not.toMatch(/stack|\\n\s+at /);
}

describe('malformed percent-escapes in the path', () => {
  it.each(['/api/profiles/%zz', '/api/profiles/%E0%A4%A', '/api/events/%E0%A4%A/agenda', '/%zz', '/events/%E0%A4%A'])(
    '%s answers 400 in the one error shape and logs a warning without a stack',
    async (path) => {
      const res = await request(app).get(path);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
      expectWarnedWithoutStack(await entriesFor(path));
    },
  );

  it('still serves well-formed escapes', async () => {
    await request(app).get('/api/profiles/%E3%81%82').expect(404);
    await request(app).get('/events/%E3%81%82').expect(200);
  });
});

describe('request body encodings', () => {
  it('a gzip Content-Encoding over a body that is not gzip answers 400 and changes nothing', async () => {
    const { agent, user } = await signUp(app);
    const res = await agent
      .patch('/api/me')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send(JSON.stringify({ displayName: 'Changed by a bad body' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expectWarnedWithoutStack(await entriesFor('/api/me'));
    const me = await agent.get('/api/me').expect(200);
    expect(me.body.user.displayName).toBe(user.displayName);
  });

  it('an unsupported Content-Encoding answers 415', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .post('/api/auth/logout?encoding=compress')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'compress')
      .send('{}');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expectWarnedWithoutStack(await entriesFor('encoding=compress'));
  });

  it('a real gzip body is read', async () => {
    const { agent } = await signUp(app);
    const gzipped = gzipSync(JSON.stringify({ displayName: 'Gzipped name' }));
    const res = await agent
      .patch('/api/me')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      // superagent would JSON-serialise a Buffer; send the bytes as they are.
      .serialize(() => gzipped as unknown as string)
      .send(gzipped);
    expect(res.status).toBe(200);
    expect(res.body.user.displayName).toBe('Gzipped name');
  });
});
