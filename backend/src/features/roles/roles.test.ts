import request from 'supertest';
import type { NotificationDto, OrganiserItemDto, OrganiserRequestItemDto, UserDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import { admin, eventInput, organiser } from '../../../test/event-helpers';
import { buildTestApp, signUp } from '../../../test/helpers';
import { RoleChangeModel } from './role-change.model';
import { setRoleFromCli } from './roles.service';

const { app } = buildTestApp();
type Agent = Awaited<ReturnType<typeof signUp>>['agent'];

/** A member who asked to organise events at sign-up. */
const applicant = (note = 'Pitch nights in Shibuya') => signUp(app, { organiserRequest: { note } });

const me = async (agent: Agent): Promise<UserDto> => (await agent.get('/api/me').expect(200)).body.user as UserDto;

async function notificationsOf(agent: Agent): Promise<NotificationDto[]> {
  return (await agent.get('/api/notifications').expect(200)).body.items as NotificationDto[];
}

async function allPending(agent: Agent, limit = 100): Promise<OrganiserRequestItemDto[]> {
  const items: OrganiserRequestItemDto[] = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string | number> = { limit };
    if (cursor) query.cursor = cursor;
    const res = await agent.get('/api/admin/organiser-requests').query(query).expect(200);
    items.push(...(res.body.items as OrganiserRequestItemDto[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

describe('asking to organise events', () => {
  it('when an admin grants a request from sign-up, the same session may create events at once', async () => {
    const boss = await admin(app);
    const { agent, user } = await applicant();
    await agent.post('/api/events').send(eventInput()).expect(403);

    const pending = await allPending(boss.agent);
    expect(pending).toContainEqual({
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      note: 'Pitch nights in Shibuya',
      requestedAt: user.organiserRequest.requestedAt,
    });

    const before = Date.now();
    await boss.agent.post(`/api/admin/organiser-requests/${user.id}/grant`).expect(200);
    await agent.post('/api/events').send(eventInput()).expect(201);
    expect(await me(agent)).toMatchObject({
      role: 'organiser',
      organiserRequest: { status: 'granted', decidedAt: expect.any(String) },
    });
    expect((await allPending(boss.agent)).map((r) => r.userId)).not.toContain(user.id);

    const [notification] = await notificationsOf(agent);
    expect(notification).toMatchObject({
      type: 'account.organiser',
      actor: null,
      subject: { kind: 'account', id: user.id },
      data: { outcome: 'granted' },
    });
    const audit = await RoleChangeModel.find({ userId: user.id }).lean();
    expect(audit).toEqual([
      expect.objectContaining({ via: 'admin', action: 'granted', fromRole: 'member', toRole: 'organiser' }),
    ]);
    expect(audit[0]!.actorId?.toString()).toBe(boss.user.id);
    expect(audit[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const organisers = (await boss.agent.get('/api/admin/organisers').expect(200)).body.items as OrganiserItemDto[];
    expect(organisers).toContainEqual({
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      grantedAt: expect.any(String),
    });
  });

  it('a signed-in member can ask later from settings; asking again while pending only updates the note', async () => {
    const boss = await admin(app);
    const { agent, user } = await signUp(app);
    expect(user.organiserRequest.status).toBe('none');
    const first = await agent.post('/api/me/organiser-request').send({ note: 'Hackathons' }).expect(200);
    expect(first.body.user.organiserRequest).toMatchObject({ status: 'pending', note: 'Hackathons' });
    const second = await agent.post('/api/me/organiser-request').send({ note: 'Hackathons and meetups' }).expect(200);
    expect(second.body.user.organiserRequest).toEqual({
      ...first.body.user.organiserRequest,
      note: 'Hackathons and meetups',
    });
    expect((await allPending(boss.agent)).filter((r) => r.userId === user.id)).toHaveLength(1);
  });

  it.each([
    ['a role', { note: '', role: 'organiser' }],
    ['a note over the limit', { note: 'x'.repeat(501) }],
    ['an operator', { note: { $ne: '' } }],
  ])('refuses a request with %s with 400 and changes nothing', async (_name, body) => {
    const { agent, user } = await signUp(app);
    const res = await agent.post('/api/me/organiser-request').send(body).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(await me(agent)).toMatchObject({ role: 'member', organiserRequest: { status: 'none' } });
    expect((await UserModel.findById(user.id).lean())?.organiserRequest?.status).toBe('none');
  });

  it('an organiser has nothing to ask for (409)', async () => {
    const org = await organiser(app);
    const res = await org.agent.post('/api/me/organiser-request').send({ note: '' }).expect(409);
    expect(res.body.error.details).toEqual({ reason: 'already_organiser' });
  });
});

describe('admins decide', () => {
  it('a declined member stays a member, is told, and may ask again', async () => {
    const boss = await admin(app);
    const { agent, user } = await applicant();
    await boss.agent.post(`/api/admin/organiser-requests/${user.id}/decline`).expect(200);
    expect(await me(agent)).toMatchObject({ role: 'member', organiserRequest: { status: 'declined' } });
    await agent.post('/api/events').send(eventInput()).expect(403);
    expect((await notificationsOf(agent))[0]).toMatchObject({
      type: 'account.organiser',
      data: { outcome: 'declined' },
    });
    // A decided request cannot be decided again.
    await boss.agent.post(`/api/admin/organiser-requests/${user.id}/grant`).expect(404);
    expect((await me(agent)).role).toBe('member');

    await agent.post('/api/me/organiser-request').send({ note: 'Now with a venue' }).expect(200);
    expect((await allPending(boss.agent)).map((r) => r.userId)).toContain(user.id);
  });

  it('revoking makes an organiser a member again, without re-login, and tells them', async () => {
    const boss = await admin(app);
    const org = await organiser(app);
    await org.agent.post('/api/events').send(eventInput()).expect(201);
    await boss.agent.post(`/api/admin/organisers/${org.user.id}/revoke`).expect(204);
    await org.agent.post('/api/events').send(eventInput()).expect(403);
    expect(await me(org.agent)).toMatchObject({ role: 'member', organiserRequest: { status: 'revoked' } });
    expect((await notificationsOf(org.agent))[0]).toMatchObject({ data: { outcome: 'revoked' } });
    const organisers = (await boss.agent.get('/api/admin/organisers').expect(200)).body.items as OrganiserItemDto[];
    expect(organisers.map((o) => o.userId)).not.toContain(org.user.id);
    expect(await RoleChangeModel.countDocuments({ userId: org.user.id, action: 'revoked' })).toBe(1);
    // Nothing left to revoke; an admin is not an organiser to revoke either.
    await boss.agent.post(`/api/admin/organisers/${org.user.id}/revoke`).expect(404);
    await boss.agent.post(`/api/admin/organisers/${boss.user.id}/revoke`).expect(404);
  });

  it('revoking also ends organiser powers on the events they run; the events stay, and a new grant restores them', async () => {
    const boss = await admin(app);
    const org = await organiser(app);
    const created = (await org.agent.post('/api/events').send(eventInput()).expect(201)).body as { id: string };
    const version = ((await org.agent.get(`/api/events/${created.id}`).expect(200)).body as { version: number })
      .version;
    await org.agent.post(`/api/events/${created.id}/publish`).send({ version }).expect(200);
    const ownsIt = async (expected: boolean) => {
      const event = (await org.agent.get(`/api/events/${created.id}`).expect(200)).body as {
        viewer: { isOrganiser: boolean };
      };
      expect(event.viewer.isOrganiser).toBe(expected);
    };
    await ownsIt(true);
    await org.agent.get(`/api/events/${created.id}/participants`).expect(200);

    await boss.agent.post(`/api/admin/organisers/${org.user.id}/revoke`).expect(204);
    await ownsIt(false);
    // Private resources read as missing, changes as forbidden, and imports (which notify members) never start.
    await org.agent.get(`/api/events/${created.id}/export/participants.csv`).expect(404);
    await org.agent.get(`/api/events/${created.id}/dashboard`).expect(404);
    await org.agent
      .post(`/api/events/${created.id}/participants/import`)
      .send({ csv: 'email\nx@example.com' })
      .expect(404);
    await org.agent
      .patch(`/api/events/${created.id}`)
      .send({ version: version + 1, capacity: 10 })
      .expect(403);
    // The event itself stays, for everyone else and for admins.
    await boss.agent.get(`/api/events/${created.id}/participants`).expect(200);

    await setRoleFromCli(org.email, 'organiser');
    await ownsIt(true);
    await org.agent.get(`/api/events/${created.id}/export/participants.csv`).expect(200);
  });

  it('when two admins decide one request at once, exactly one decision stands', async () => {
    const [first, second] = await Promise.all([admin(app), admin(app)]);
    const { agent, user } = await applicant();
    const answers = await Promise.all([
      first.agent.post(`/api/admin/organiser-requests/${user.id}/grant`),
      second.agent.post(`/api/admin/organiser-requests/${user.id}/decline`),
    ]);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 404 || s === 409)).toBe(true);
    const winner = answers[0]!.status === 200 ? 'granted' : 'declined';
    expect((await me(agent)).organiserRequest.status).toBe(winner);
    expect(await RoleChangeModel.countDocuments({ userId: user.id })).toBe(1);
    expect(await notificationsOf(agent)).toHaveLength(1);
  });

  it('pages pending requests oldest first, each once', async () => {
    const boss = await admin(app);
    const mine: string[] = [];
    for (let i = 0; i < 3; i += 1) mine.push((await applicant(`Request ${i}`)).user.id);
    const walked = (await allPending(boss.agent, 1)).map((r) => r.userId);
    expect(walked.filter((id) => mine.includes(id))).toEqual(mine);
    expect(new Set(walked).size).toBe(walked.length);
    const bad = await boss.agent.get('/api/admin/organiser-requests').query({ cursor: 'not-a-cursor' }).expect(400);
    expect(bad.body.error.code).toBe('bad_request');
  });

  it('answers an unknown or malformed user id with 404 or 400', async () => {
    const boss = await admin(app);
    await boss.agent.post('/api/admin/organiser-requests/665f00000000000000000099/grant').expect(404);
    await boss.agent.post('/api/admin/organiser-requests/nope/grant').expect(400);
  });
});

describe('only admins reach the admin endpoints', () => {
  const endpoints = (id: string): Array<['get' | 'post', string]> => [
    ['get', '/api/admin/organiser-requests'],
    ['get', '/api/admin/organisers'],
    ['post', `/api/admin/organiser-requests/${id}/grant`],
    ['post', `/api/admin/organiser-requests/${id}/decline`],
    ['post', `/api/admin/organisers/${id}/revoke`],
  ];

  it('anonymous visitors get 401, members and organisers 403, and nothing changes', async () => {
    const { user } = await applicant();
    const org = await organiser(app);
    const member = await signUp(app);
    for (const [method, path] of endpoints(user.id)) {
      const anonymous = await request(app)[method](path);
      expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
      const asMember = await member.agent[method](path);
      expect([asMember.status, asMember.body.error.code]).toEqual([403, 'forbidden']);
      expect((await org.agent[method](path)).status).toBe(403);
    }
    await org.agent.post(`/api/admin/organisers/${org.user.id}/revoke`).expect(403);
    const stored = await UserModel.findById(user.id).lean();
    expect(stored).toMatchObject({ role: 'member', organiserRequest: { status: 'pending' } });
    expect((await UserModel.findById(org.user.id).lean())?.role).toBe('organiser');
    expect(await RoleChangeModel.countDocuments({ userId: user.id })).toBe(0);
    expect(await RoleChangeModel.countDocuments({ userId: org.user.id })).toBe(0);
  });
});

describe('the CLI (npm run grant-role)', () => {
  it('sets a role by email, keeps the request status in step and audits it with no actor', async () => {
    const { agent, user } = await applicant();
    expect((await setRoleFromCli(user.email.toUpperCase(), 'organiser'))?.role).toBe('organiser');
    expect(await me(agent)).toMatchObject({ role: 'organiser', organiserRequest: { status: 'granted' } });
    await setRoleFromCli(user.email, 'member');
    expect(await me(agent)).toMatchObject({ role: 'member', organiserRequest: { status: 'revoked' } });
    const audit = await RoleChangeModel.find({ userId: user.id }).sort({ createdAt: 1 }).lean();
    expect(audit.map((a) => [a.via, a.actorId, a.fromRole, a.toRole])).toEqual([
      ['cli', null, 'member', 'organiser'],
      ['cli', null, 'organiser', 'member'],
    ]);
    expect(await setRoleFromCli('nobody-at-all@example.com', 'admin')).toBeNull();
  });
});
