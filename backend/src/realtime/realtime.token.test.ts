import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import { startServer, type RunningServer } from '../server';
import { createLogger } from '../logger';
import { buildRegistration, testConfig } from '../../test/helpers';
import { until } from '../../test/chat-helpers';

/**
 * Clients without a cookie jar (python-socketio drops cookies on reconnect) pass the session token
 * in the handshake's `auth` payload: the same session checks, revocation and Origin rules as the
 * cookie. Every socket here is opened without a Cookie header.
 */
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

/** Logs in over HTTP and takes the token from the `musubi_sid` Set-Cookie, as a native client does. */
async function login(): Promise<{ token: string; cookie: string; userId: string }> {
  const reg = buildRegistration();
  await request(server.httpServer).post('/api/auth/register').send(reg).expect(202);
  const res = await request(server.httpServer)
    .post('/api/auth/login')
    .send({ email: reg.email, password: reg.password })
    .expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
  return { token: decodeURIComponent(cookie.slice('musubi_sid='.length)), cookie, userId: res.body.user.id as string };
}

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

function open(auth: Record<string, unknown>, headers: Record<string, string> = {}, reconnection = false): Socket {
  const s = connect(server.url, {
    transports: ['websocket'],
    auth,
    extraHeaders: headers,
    reconnection,
    forceNew: true,
  });
  sockets.push(s);
  return s;
}

function outcome(socket: Socket): Promise<'connected' | string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

describe('socket handshake with the session token in auth', () => {
  it('connects with a live token and no cookie, and joins the member’s room', async () => {
    const { token, userId } = await login();
    const socket = open({ token });
    expect(await outcome(socket)).toBe('connected');
    const inRoom = await server.io.in(`user:${userId}`).fetchSockets();
    expect(inRoom.map((s) => s.id)).toEqual([socket.id]);
  });

  it('refuses a forged, empty or non-string token without falling back to a cookie', async () => {
    const { cookie } = await login();
    for (const auth of [{ token: 'not-a-real-token' }, { token: '' }, { token: 42 }, { token: 'x'.repeat(500) }]) {
      expect(await outcome(open(auth, { Cookie: cookie }))).toBe('unauthenticated');
    }
    expect(await outcome(open({}))).toBe('unauthenticated');
  });

  it('refuses a token from a foreign browser Origin, accepts an allowed one and no Origin', async () => {
    const { token } = await login();
    expect(await outcome(open({ token }, { Origin: 'https://evil.example' }))).not.toBe('connected');
    expect(await outcome(open({ token }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }))).not.toBe(
      'connected',
    );
    expect(await outcome(open({ token }, { Origin: 'https://partner.example' }))).toBe('connected');
    expect(await outcome(open({ token }, { 'Sec-Fetch-Site': 'cross-site' }))).not.toBe('connected');
  });

  it('is disconnected when its session logs out, and the token no longer connects', async () => {
    const { token, cookie } = await login();
    const socket = open({ token });
    expect(await outcome(socket)).toBe('connected');
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await request(server.httpServer).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(await outcome(open({ token }))).toBe('unauthenticated');
  });

  it('reconnects on its own after the connection drops (the token is sent again)', async () => {
    const { token, userId } = await login();
    const socket = open({ token }, {}, true);
    expect(await outcome(socket)).toBe('connected');
    const firstId = socket.id;
    const again = new Promise<void>((resolve) => socket.io.once('reconnect', () => resolve()));
    // A dropped connection, as after a server restart: the transport goes away under the client.
    socket.io.engine.close();
    await again;
    await new Promise<void>((resolve) => (socket.connected ? resolve() : socket.once('connect', () => resolve())));
    expect(socket.id).not.toBe(firstId);
    // The server may see the old socket's close after the new handshake: wait for it to go.
    await until(async () => {
      const inRoom = await server.io.in(`user:${userId}`).fetchSockets();
      return inRoom.length === 1 && inRoom[0]!.id === socket.id;
    });
  });
});
