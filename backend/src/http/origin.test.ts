import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { startServer, type RunningServer } from '../server';
import { createLogger } from '../logger';
import { buildRegistration, buildTestApp, signUp, testConfig } from '../../test/helpers';

const FORGED = { Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example' };

describe('Origin check with TRUST_PROXY off (the default)', () => {
  const { app } = buildTestApp();

  it('a PATCH from a foreign Origin carrying a matching X-Forwarded-Host gets 403 and changes nothing', async () => {
    const { agent, user } = await signUp(app);
    const res = await agent.patch('/api/me').set(FORGED).send({ displayName: 'Forged' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden_origin');
    expect((await agent.get('/api/me').expect(200)).body.user.displayName).toBe(user.displayName);
  });

  it('the server’s own Host is still accepted as Origin', async () => {
    const { agent } = await signUp(app);
    const res = await agent.patch('/api/me').set({ Host: 'musubi.test', Origin: 'http://musubi.test' });
    expect(res.status).toBe(200);
  });

  it('the calendar feed URL ignores a forged Host and X-Forwarded-Host', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .post('/api/calendar/feed')
      .set({ Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' })
      .expect(201);
    expect(res.body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/ics\//);
  });
});

describe('Origin check with TRUST_PROXY on', () => {
  const { app } = buildTestApp({ TRUST_PROXY: 'true' });

  it('accepts the Origin the trusted proxy forwarded', async () => {
    const { agent } = await signUp(app);
    const res = await agent.patch('/api/me').set(FORGED).send({ displayName: 'Behind a proxy' });
    expect(res.status).toBe(200);
  });

  it('refuses an Origin whose scheme differs from the forwarded one', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .patch('/api/me')
      .set({ ...FORGED, 'X-Forwarded-Proto': 'https' })
      .send({});
    expect(res.status).toBe(403);
  });

  it('builds the calendar feed URL from the forwarded scheme and host', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .post('/api/calendar/feed')
      .set({ 'X-Forwarded-Host': 'musubi.example.org', 'X-Forwarded-Proto': 'https' })
      .expect(201);
    expect(res.body.url).toMatch(/^https:\/\/musubi\.example\.org\/api\/calendar\/ics\//);
  });
});

describe('calendar feed URL with PUBLIC_URL', () => {
  const { app } = buildTestApp({ PUBLIC_URL: 'https://musubi.example.org/', TRUST_PROXY: 'true' });

  it('always uses PUBLIC_URL, whatever the request says', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .post('/api/calendar/feed')
      .set({ Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' })
      .expect(201);
    expect(res.body.url).toMatch(/^https:\/\/musubi\.example\.org\/api\/calendar\/ics\//);
  });
});

describe('Socket.IO handshake origin', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  async function handshake(env: Record<string, string>): Promise<string> {
    const server = await startServer(testConfig({ HOST: '127.0.0.1', ...env }), createLogger('silent'), 'test');
    servers.push(server);
    const reg = buildRegistration();
    await request(server.httpServer).post('/api/auth/register').send(reg).expect(202);
    const login = await request(server.httpServer)
      .post('/api/auth/login')
      .send({ email: reg.email, password: reg.password })
      .expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    const socket: Socket = connect(server.url, {
      transports: ['websocket'],
      extraHeaders: { Cookie: cookie, ...FORGED },
      reconnection: false,
      forceNew: true,
    });
    const outcome = await new Promise<string>((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (err) => resolve(`connect_error: ${err.message}`));
    });
    socket.close();
    return outcome;
  }

  it('a foreign Origin with a matching X-Forwarded-Host fails with connect_error when TRUST_PROXY is off', async () => {
    expect(await handshake({})).toMatch(/^connect_error/);
  });

  it('is accepted when TRUST_PROXY is on and the proxy forwarded that host', async () => {
    expect(await handshake({ TRUST_PROXY: 'true' })).toBe('connected');
  });
});
