import type { Express } from 'express';
import request from 'supertest';
import { createApp, type AppRuntime } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { DomainEventBus } from '../src/events';
import { createLogger } from '../src/logger';
import type { RegisterInput, Role, UserDto } from '@musubi/shared';
import { setRole } from '../src/features/accounts';
import { GENEROUS_TEST_LIMITS } from './test-limits';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    SERVE_FRONTEND: 'false',
    SEED_DEMO: 'false',
    MATCHING_POLL_SECONDS: '0',
    MATCHING_LEARNING: 'false',
    ...GENEROUS_TEST_LIMITS,
    ...env,
  });
}

/**
 * The Express app as the server builds it. Its matching index builds in the background; tests of
 * matching await `handle.matchingIndex.ready()`. Background work stops after the file's tests.
 */
export function buildTestApp(env: Record<string, string> = {}): {
  app: Express;
  events: DomainEventBus;
  config: Config;
  runtime: AppRuntime;
} {
  const config = testConfig(env);
  const events = new DomainEventBus();
  const app = createApp({ config, logger: createLogger('silent'), events, databaseKind: 'test' });
  afterAll(() => app.runtime.stop());
  return { app, events, config, runtime: app.runtime };
}

let counter = 0;

/** Registration input with unique email; override anything. */
export function buildRegistration(overrides: Partial<RegisterInput> = {}): RegisterInput & { password: string } {
  counter += 1;
  return {
    email: `user${counter}-${Date.now()}@example.com`,
    password: 'correct horse battery',
    displayName: `Test User ${counter}`,
    language: 'en',
    timeZone: 'Asia/Tokyo',
    ...overrides,
  } as RegisterInput & { password: string };
}

/**
 * Registers and logs in through the API; returns the agent (keeps the cookie) and the user. Sign-up
 * cannot choose a role: a `role` here is granted afterwards through the model, as the CLI does.
 */
export async function signUp(
  app: Express,
  { role, ...overrides }: Partial<RegisterInput> & { role?: Role } = {},
): Promise<{ agent: ReturnType<typeof request.agent>; user: UserDto; password: string; cookie: string }> {
  const reg = buildRegistration(overrides);
  const agent = request.agent(app);
  await agent.post('/api/auth/register').send(reg).expect(202);
  const res = await agent.post('/api/auth/login').send({ email: reg.email, password: reg.password }).expect(200);
  const setCookie = res.headers['set-cookie'] as unknown as string[];
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  let user = res.body.user as UserDto;
  if (role && role !== user.role) {
    await setRole(reg.email, role);
    user = (await agent.get('/api/me').expect(200)).body.user as UserDto;
  }
  return { agent, user, password: reg.password, cookie };
}
