import request from 'supertest';
import { buildRegistration, buildTestApp } from '../../../test/helpers';
import { UserModel } from './user.model';

// Each test comes from its own address (X-Forwarded-For, trusted here), so their budgets are apart.
const { app } = buildTestApp({
  TRUST_PROXY: 'true',
  LOGIN_MAX_ATTEMPTS: '5',
  LOGIN_IP_MAX_ATTEMPTS: '40',
  REGISTER_IP_MAX: '3',
});

let lastAddress = 0;
const nextAddress = () => `203.0.113.${(lastAddress += 1)}`;

async function register(ip = nextAddress()): Promise<{ email: string; password: string }> {
  const reg = buildRegistration();
  await request(app).post('/api/auth/register').set('X-Forwarded-For', ip).send(reg).expect(202);
  return { email: reg.email, password: reg.password };
}

const logIn = (ip: string, email: string, password: string) =>
  request(app).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

describe('login limits', () => {
  it('24 parallel logins, 23 wrong then the right one last: the right one is refused with 429 and none answers 500', async () => {
    const { email, password } = await register();
    const ip = nextAddress();
    const attempts = [
      ...Array.from({ length: 23 }, (_, i) => logIn(ip, email, `wrong password ${i}`)),
      logIn(ip, email, password),
    ];
    const responses = await Promise.all(attempts);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(19);
    const right = responses[23]!;
    expect(right.status).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(right.body.error.code).toBe('rate_limited');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.body.error.details.retryAfterSeconds).toBe(Number(right.headers['retry-after']));
  });

  it('parallel wrong logins on several accounts check exactly the limit per account, never answering 500', async () => {
    const accounts = await Promise.all([register(), register(), register()]);
    const ip = nextAddress();
    const responses = await Promise.all(
      accounts.flatMap(({ email }) => Array.from({ length: 10 }, () => logIn(ip, email, 'not the password'))),
    );
    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    for (let i = 0; i < accounts.length; i += 1) {
      const statuses = responses.slice(i * 10, i * 10 + 10).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    }
  });

  it('a blocked unknown email answers exactly like a blocked account', async () => {
    const { email } = await register();
    const ip = nextAddress();
    for (let i = 0; i < 5; i += 1) {
      await logIn(ip, email, 'not the password').expect(401);
      await logIn(ip, `nobody-${email}`, 'not the password').expect(401);
    }
    const known = await logIn(ip, email, 'not the password');
    const unknown = await logIn(ip, `nobody-${email}`, 'not the password');
    expect(known.status).toBe(429);
    expect(unknown.status).toBe(429);
    expect(unknown.body.error.code).toBe(known.body.error.code);
  });

  it('one address trying many accounts is refused after the per-IP limit, other addresses are not', async () => {
    const { email, password } = await register();
    const ip = nextAddress();
    for (let i = 0; i < 40; i += 1) await logIn(ip, `guess-${i}@example.com`, 'not the password').expect(401);
    const blocked = await logIn(ip, email, password);
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    await logIn(nextAddress(), email, password).expect(200);
  });

  it('a successful login clears the account+IP count and does not use up the IP', async () => {
    const { email, password } = await register();
    const ip = nextAddress();
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 4; i += 1) await logIn(ip, email, 'not the password').expect(401);
      await logIn(ip, email, password).expect(200);
    }
  });
});

describe('sign-up limit per IP', () => {
  it('the fourth sign-up from one address within the window gets 429 with Retry-After and creates nothing', async () => {
    const ip = nextAddress();
    for (let i = 0; i < 3; i += 1) await register(ip);
    const reg = buildRegistration();
    const res = await request(app).post('/api/auth/register').set('X-Forwarded-For', ip).send(reg);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await UserModel.countDocuments({ email: reg.email })).toBe(0);
    await request(app).post('/api/auth/register').set('X-Forwarded-For', nextAddress()).send(reg).expect(202);
  });

  it('the addresses of one IPv6 /64 share one sign-up budget', async () => {
    for (let i = 1; i <= 3; i += 1) await register(`2001:db8:77:1::${i}`);
    const res = await request(app)
      .post('/api/auth/register')
      .set('X-Forwarded-For', '2001:db8:77:1:ffff::9')
      .send(buildRegistration());
    expect(res.status).toBe(429);
    await register('2001:db8:77:2::1');
  });
});
