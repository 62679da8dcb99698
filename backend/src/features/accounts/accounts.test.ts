import request from 'supertest';
import { UserModel } from './user.model';
import { SessionModel } from './session.model';
import { setRole } from './accounts.service';
import { buildRegistration, buildTestApp, signUp } from '../../../test/helpers';
import { eventually } from '../../../test/profile-factories';
import { SESSION_CACHE_TTL_MS } from './sessions.service';

const { app } = buildTestApp({ LOGIN_MAX_ATTEMPTS: '3', LOGIN_WINDOW_SECONDS: '60' });
const productionApp = buildTestApp({ NODE_ENV: 'production' }).app;

describe('registration', () => {
  it('creates a member account with an argon2id hash and does not log in by itself', async () => {
    const reg = buildRegistration({ language: 'ja' });
    const res = await request(app).post('/api/auth/register').send(reg).expect(202);
    expect(res.headers['set-cookie']).toBeUndefined();
    const user = await UserModel.findOne({ email: reg.email }).lean();
    expect(user?.role).toBe('member');
    expect(user?.organiserRequest?.status).toBe('none');
    expect(user?.language).toBe('ja');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers an already-registered email exactly like a new one and changes nothing', async () => {
    const reg = buildRegistration();
    const first = await request(app).post('/api/auth/register').send(reg).expect(202);
    const before = await UserModel.findOne({ email: reg.email }).lean();
    const second = await request(app)
      .post('/api/auth/register')
      .send({ ...reg, password: 'another password 123', displayName: 'Impostor' })
      .expect(202);
    expect(second.body).toEqual(first.body);
    const after = await UserModel.findOne({ email: reg.email }).lean();
    expect(after?.passwordHash).toBe(before?.passwordHash);
    expect(after?.displayName).toBe(before?.displayName);
    expect(await UserModel.countDocuments({ email: reg.email })).toBe(1);
  });

  it.each(['organiser', 'admin', 'member'])(
    'refuses a role at sign-up (%s) with 400 and creates no account',
    async (role) => {
      const reg = buildRegistration();
      const res = await request(app)
        .post('/api/auth/register')
        .send({ ...reg, role });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.issues).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/role/) }),
      ]);
      expect(await UserModel.countDocuments({ email: reg.email })).toBe(0);
    },
  );

  it('keeps a request to organise at sign-up as a pending request on a member account', async () => {
    const { agent, user } = await signUp(app, { organiserRequest: { note: ' Startup pitch nights in Shibuya ' } });
    expect(user.role).toBe('member');
    expect(user.organiserRequest).toEqual({
      status: 'pending',
      note: 'Startup pitch nights in Shibuya',
      requestedAt: expect.any(String),
      decidedAt: null,
    });
    await agent.post('/api/events').send({}).expect(403);
  });

  it('refuses an organiser request note over the limit with 400 and creates no account', async () => {
    const reg = buildRegistration({ organiserRequest: { note: 'x'.repeat(501) } });
    await request(app).post('/api/auth/register').send(reg).expect(400);
    expect(await UserModel.countDocuments({ email: reg.email })).toBe(0);
  });

  it.each([
    ['short password', { password: 'short' }],
    ['password over 72 bytes', { password: 'パスワード'.repeat(5) }],
    ['bad email', { email: 'not-an-email' }],
    ['unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['unknown language', { language: 'fr' }],
    ['unknown key', { isAdmin: true }],
    ['operator key', { $where: '1' }],
  ])('rejects %s with 400 in the one error shape', async (_name, patch) => {
    const res = await request(app)
      .post('/api/auth/register')
      .send({ ...buildRegistration(), ...patch });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'validation_failed', message: expect.any(String), details: { issues: expect.any(Array) } },
    });
  });
});

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite=Lax session cookie stored server-side; logout revokes it', async () => {
    const { agent, cookie, user } = await signUp(app);
    const me = await agent.get('/api/me').expect(200);
    expect(me.body.user).toMatchObject({ id: user.id, email: user.email });
    expect(me.body.user.passwordHash).toBeUndefined();
    expect(await SessionModel.countDocuments({ userId: user.id })).toBe(1);

    await agent.post('/api/auth/logout').expect(204);
    expect(await SessionModel.countDocuments({ userId: user.id })).toBe(0);
    // The old cookie no longer works even if a client kept it.
    await request(app).get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('marks the cookie HttpOnly, SameSite=Lax, and Secure only in production', async () => {
    const reg = buildRegistration();
    await request(app).post('/api/auth/register').send(reg).expect(202);
    const res = await request(app).post('/api/auth/login').send({ email: reg.email, password: reg.password });
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const res2 = await request(productionApp)
      .post('/api/auth/login')
      .send({ email: reg.email, password: reg.password });
    expect((res2.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
  });

  it('gives the same status and body for a wrong password and an unknown email', async () => {
    const { user } = await signUp(app);
    const wrong = await request(app).post('/api/auth/login').send({ email: user.email, password: 'wrong password!' });
    const unknown = await request(app)
      .post('/api/auth/login')
      .send({ email: 'nobody-here@example.com', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it.each([
    ['password operator', { email: 'x@example.com', password: { $gt: '' } }],
    ['email operator', { email: { $ne: null }, password: 'anything at all' }],
    ['array password', { email: 'x@example.com', password: ['a'] }],
  ])('rejects a %s with 400 and logs no one in', async (_name, body) => {
    await signUp(app, { email: 'x@example.com' }).catch(() => undefined);
    const res = await request(app).post('/api/auth/login').send(body);
    expect(res.status).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('rejects form-encoded operator injection (email[$ne]=) with 400', async () => {
    const res = await request(app).post('/api/auth/login').type('form').send('email[$ne]=&password[$ne]=');
    expect(res.status).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('blocks an account+IP after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const { user, password } = await signUp(app);
    for (let i = 0; i < 3; i += 1) {
      await request(app).post('/api/auth/login').send({ email: user.email, password: 'nope nope nope' }).expect(401);
    }
    const blocked = await request(app).post('/api/auth/login').send({ email: user.email, password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(blocked.headers['set-cookie']).toBeUndefined();
  });

  it('rejects state-changing requests from a foreign Origin with 403', async () => {
    const reg = buildRegistration();
    const res = await request(app).post('/api/auth/register').set('Origin', 'https://evil.example').send(reg);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden_origin');
    expect(await UserModel.countDocuments({ email: reg.email })).toBe(0);
    const sameOrigin = await request(app)
      .post('/api/auth/register')
      .set('Host', 'musubi.test')
      .set('Origin', 'http://musubi.test')
      .send(reg);
    expect(sameOrigin.status).toBe(202);
  });

  it('refuses a cross-site request without Origin when Sec-Fetch-Site says cross-site', async () => {
    const res = await request(app)
      .post('/api/auth/register')
      .set('Sec-Fetch-Site', 'cross-site')
      .send(buildRegistration());
    expect(res.status).toBe(403);
  });
});

describe('remembered sessions', () => {
  // The server remembers a session and its user for a moment (SESSION_CACHE_TTL_MS); each test uses
  // the session first, so the change below must apply to what is remembered.
  it('refuses a used session at once after logout', async () => {
    const { agent, cookie } = await signUp(app);
    await agent.get('/api/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await request(app).get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('refuses the other used sessions at once after a password change', async () => {
    const { agent, user, password } = await signUp(app);
    const other = request.agent(app);
    await other.post('/api/auth/login').send({ email: user.email, password }).expect(200);
    await other.get('/api/me').expect(200);
    await agent.get('/api/me').expect(200);
    await agent
      .post('/api/me/password')
      .send({ currentPassword: password, newPassword: 'a brand new pass' })
      .expect(204);
    await other.get('/api/me').expect(401);
    await agent.get('/api/me').expect(200);
  });

  it('refuses a used session at once after the account is deleted', async () => {
    const { agent, cookie, password } = await signUp(app);
    await agent.get('/api/me').expect(200);
    await agent.delete('/api/me').send({ password }).expect(204);
    await request(app).get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('applies account changes and role changes at once', async () => {
    const { agent, user } = await signUp(app);
    await agent.get('/api/admin/organisers').expect(403);
    await agent.patch('/api/me').send({ language: 'ja' }).expect(200);
    expect((await agent.get('/api/me').expect(200)).body.user.language).toBe('ja');
    await setRole(user.email, 'admin');
    await agent.get('/api/admin/organisers').expect(200);
    await setRole(user.email, 'member');
    await agent.get('/api/admin/organisers').expect(403);
  });

  it('refuses a session revoked by another process within the bound', async () => {
    const { agent, user } = await signUp(app);
    await agent.get('/api/me').expect(200);
    // Another server's logout: the row goes, this process was not told.
    await SessionModel.deleteMany({ userId: user.id });
    await eventually(async () => (await agent.get('/api/me')).status === 401, 3 * SESSION_CACHE_TTL_MS);
  });
});

describe('account settings', () => {
  it('requires a session for /api/me', async () => {
    const res = await request(app).get('/api/me').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('updates display name, language and time zone', async () => {
    const { agent } = await signUp(app);
    const res = await agent
      .patch('/api/me')
      .send({ displayName: '山田 花子', language: 'ja', timeZone: 'Europe/Berlin' })
      .expect(200);
    expect(res.body.user).toMatchObject({ displayName: '山田 花子', language: 'ja', timeZone: 'Europe/Berlin' });
  });

  it('cannot change role or email through PATCH /api/me', async () => {
    const { agent, user } = await signUp(app);
    for (const body of [{ role: 'admin' }, { email: 'new@example.com' }, { passwordHash: 'x' }]) {
      const res = await agent.patch('/api/me').send(body);
      expect(res.status).toBe(400);
    }
    const stored = await UserModel.findById(user.id).lean();
    expect(stored?.role).toBe('member');
    expect(stored?.email).toBe(user.email);
  });

  it('changes the password, keeps this session and revokes the others', async () => {
    const { agent, user, password } = await signUp(app);
    const other = request.agent(app);
    await other.post('/api/auth/login').send({ email: user.email, password }).expect(200);
    await agent
      .post('/api/me/password')
      .send({ currentPassword: 'wrong password', newPassword: 'a brand new pass' })
      .expect(401);
    await agent
      .post('/api/me/password')
      .send({ currentPassword: password, newPassword: 'a brand new pass' })
      .expect(204);
    await agent.get('/api/me').expect(200);
    await other.get('/api/me').expect(401);
    await request(app).post('/api/auth/login').send({ email: user.email, password }).expect(401);
    await request(app).post('/api/auth/login').send({ email: user.email, password: 'a brand new pass' }).expect(200);
  });

  it('deletes the account only with the right password', async () => {
    const { agent, user, password } = await signUp(app);
    await agent.delete('/api/me').send({ password: 'not my password' }).expect(401);
    expect(await UserModel.countDocuments({ _id: user.id })).toBe(1);
    await agent.delete('/api/me').send({ password }).expect(204);
    expect(await UserModel.countDocuments({ _id: user.id })).toBe(0);
    expect(await SessionModel.countDocuments({ userId: user.id })).toBe(0);
    await agent.get('/api/me').expect(401);
  });

  it('grants roles through the admin helper used by the CLI', async () => {
    const { user } = await signUp(app);
    const updated = await setRole(user.email, 'admin');
    expect(updated?.role).toBe('admin');
  });
});

describe('http basics', () => {
  it('answers health with database status and version', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' }, version: expect.any(String) });
  });

  it('tells liveness (no database) from readiness (the database answered a ping)', async () => {
    const live = await request(app).get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok', version: expect.any(String), uptimeSeconds: expect.any(Number) });
    const ready = await request(app).get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('sets helmet headers and hides X-Powered-By', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses bodies over the JSON limit with 413 and malformed JSON with 400', async () => {
    const big = await request(app)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(200 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const bad = await request(app).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await request(app).get('/api/nope').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
