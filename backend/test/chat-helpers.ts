import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import request from 'supertest';
import type { Ack, ChatClientEvents, ChatServerEvents, ConversationDto, MessageDto } from '@musubi/shared';
import { startServer, type RunningServer } from '../src/server';
import { createLogger } from '../src/logger';
import { buildRegistration, testConfig } from './helpers';
import { buildProfileInput } from './profile-factories';

export type ChatSocket = Socket<ChatServerEvents, ChatClientEvents>;

export interface ChatUser {
  userId: string;
  cookie: string;
  profileId: string;
  email: string;
}

/** A real server (HTTP + Socket.IO) on a free port, closed after the file's tests. */
export function useChatServer(env: Record<string, string> = {}): () => RunningServer {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer(testConfig({ HOST: '127.0.0.1', ...env }), createLogger('silent'), 'test');
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('server not started');
    return server;
  };
}

/** Registers, logs in and creates a (members-visible) profile through HTTP. */
export async function chatUser(target: string | RunningServer['httpServer']): Promise<ChatUser> {
  const reg = buildRegistration();
  await request(target).post('/api/auth/register').send(reg).expect(202);
  const res = await request(target).post('/api/auth/login').send({ email: reg.email, password: reg.password });
  const cookie = (res.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
  const profile = await request(target).put('/api/profiles/me').set('Cookie', cookie).send(buildProfileInput());
  if (profile.status !== 201) throw new Error(`profile: ${profile.status} ${JSON.stringify(profile.body)}`);
  return { userId: res.body.user.id as string, cookie, profileId: profile.body.profile.id as string, email: reg.email };
}

export async function startConversationWith(
  target: string | RunningServer['httpServer'],
  from: ChatUser,
  to: ChatUser,
): Promise<ConversationDto> {
  const res = await request(target)
    .post('/api/conversations')
    .set('Cookie', from.cookie)
    .send({ profileId: to.profileId })
    .expect(200);
  return res.body.conversation as ConversationDto;
}

/** A connected socket for a user (rejects on connect_error). */
export function openSocket(url: string, user: Pick<ChatUser, 'cookie'>): Promise<ChatSocket> {
  const socket: ChatSocket = connect(url, {
    transports: ['websocket'],
    extraHeaders: { Cookie: user.cookie },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Call at module scope: returns `socketFor(user)`, which opens a socket on the file's server; every
 * socket opened through it is closed after each test.
 */
export function useSockets(server: () => RunningServer): (user: Pick<ChatUser, 'cookie'>) => Promise<ChatSocket> {
  const sockets: ChatSocket[] = [];
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  return async (user) => {
    const s = await openSocket(server().url, user);
    sockets.push(s);
    return s;
  };
}

/** Emits a client event and resolves with its ack. */
export function emitAck<T = MessageDto>(socket: ChatSocket, event: string, payload: unknown): Promise<Ack<T>> {
  return new Promise((resolve) => {
    (socket as unknown as { emit(e: string, p: unknown, cb: (r: Ack<T>) => void): void }).emit(event, payload, resolve);
  });
}

export const newClientId = () => `c_${randomBytes(8).toString('hex')}`;

/** Collects every event of one name a socket receives. */
export function collect<E extends keyof ChatServerEvents>(
  socket: ChatSocket,
  event: E,
): Parameters<ChatServerEvents[E]>[0][] {
  const seen: Parameters<ChatServerEvents[E]>[0][] = [];
  (socket as unknown as { on(e: string, l: (p: unknown) => void): void }).on(event, (p) =>
    seen.push(p as Parameters<ChatServerEvents[E]>[0]),
  );
  return seen;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}
