import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { startServer, type RunningServer } from '../server';
import { createLogger } from '../logger';
import { buildRegistration, testConfig } from '../../test/helpers';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(
    testConfig({ HOST: '127.0.0.1', ALLOWED_ORIGINS: 'https://partner.example' }),
    createLogger('silent'),
    'test',
  );
});
afterAll(async () => {
  await server.close();
});

async function loginCookie(): Promise<{ cookie: string; userId: string }> {
  const reg = buildRegistration();
  await request(server.httpServer).post('/api/auth/register').send(reg).expect(202);
  const res = await request(server.httpServer)
    .post('/api/auth/login')
    .send({ email: reg.email, password: reg.password });
  return {
    cookie: (res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!,
    userId: res.body.user.id as string,
  };
}

function open(headers: Record<string, string>): Socket {
  return connect(server.url, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
}

function outcome(socket: Socket): Promise<'connected' | string> {
  return new Promise((resolve) => {
    socket.on('connect', () => resolve('connected'));
    socket.on('connect_error', (err) => resolve(err.message));
  });
}

describe('socket handshake', () => {
  it('fails with connect_error without a session cookie', async () => {
    const socket = open({});
    expect(await outcome(socket)).toBe('unauthenticated');
    socket.close();
  });

  it('fails with connect_error for a forged or revoked session', async () => {
    const forged = open({ Cookie: 'musubi_sid=not-a-real-token' });
    expect(await outcome(forged)).toBe('unauthenticated');
    forged.close();
  });

  it('connects with a live session and joins the user room', async () => {
    const { cookie, userId } = await loginCookie();
    const socket = open({ Cookie: cookie });
    expect(await outcome(socket)).toBe('connected');
    const sockets = await server.io.in(`user:${userId}`).fetchSockets();
    expect(sockets).toHaveLength(1);
    socket.close();
  });

  it('refuses a handshake from an Origin that is not allowed, accepts a configured one', async () => {
    const { cookie } = await loginCookie();
    const evil = open({ Cookie: cookie, Origin: 'https://evil.example' });
    expect(await outcome(evil)).not.toBe('connected');
    evil.close();
    const partner = open({ Cookie: cookie, Origin: 'https://partner.example' });
    expect(await outcome(partner)).toBe('connected');
    partner.close();
  });

  it('disconnects the socket when its session logs out', async () => {
    const { cookie } = await loginCookie();
    const socket = open({ Cookie: cookie });
    expect(await outcome(socket)).toBe('connected');
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await request(server.httpServer).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect(await disconnected).toBe('io server disconnect');
  });
});
