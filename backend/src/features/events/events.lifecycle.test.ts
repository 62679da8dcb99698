import request from 'supertest';
import type { EventDto } from '@musubi/shared';
import { buildTestApp, signUp } from '../../../test/helpers';
import { ConversationModel } from '../chat';
import { admin, createEvent, eventInput, join, memberWith, organiser } from '../../../test/event-helpers';

const { app } = buildTestApp();

describe('events: lifecycle and permissions', () => {
  it('organisers and admins create drafts; members get 403, signed-out visitors 401', async () => {
    const org = await organiser(app);
    const res = await org.agent.post('/api/events').send(eventInput()).expect(201);
    const e = res.body as EventDto;
    expect(e).toMatchObject({ status: 'draft', version: 0, participantCount: 0, schedulePublished: false });
    expect(e.organisers).toEqual([expect.objectContaining({ userId: org.user.id, owner: true })]);
    expect(e.sessionPlan?.roundTimes).toHaveLength(4);
    expect(e.viewer.isOrganiser).toBe(true);

    const boss = await admin(app);
    await boss.agent.post('/api/events').send(eventInput()).expect(201);
    const { agent: memberAgent } = await signUp(app);
    await memberAgent.post('/api/events').send(eventInput()).expect(403);
    await request(app).post('/api/events').send(eventInput()).expect(401);
  });

  it('refuses an end before the start, unknown keys and a session plan outside the event', async () => {
    const org = await organiser(app);
    const base = eventInput();
    await org.agent
      .post('/api/events')
      .send({ ...base, endsAt: base.startsAt })
      .expect(400);
    await org.agent
      .post('/api/events')
      .send({ ...base, $where: 'x' })
      .expect(400);
    const plan = { ...(base.sessionPlan as object), rounds: 20 };
    await org.agent
      .post('/api/events')
      .send({ ...base, sessionPlan: plan })
      .expect(400);
  });

  it('a draft is seen by its organisers and admins only; a published event by everyone', async () => {
    const org = await organiser(app);
    const other = await organiser(app);
    const boss = await admin(app);
    const m = await memberWith(app);
    const draft = await createEvent(org, {}, false);
    await org.agent.get(`/api/events/${draft.id}`).expect(200);
    await boss.agent.get(`/api/events/${draft.id}`).expect(200);
    await other.agent.get(`/api/events/${draft.id}`).expect(404);
    await m.agent.get(`/api/events/${draft.id}`).expect(404);
    await request(app).get(`/api/events/${draft.id}`).expect(404);
    await request(app).get('/api/events/not-an-id').expect(404);

    const pub = await org.agent.post(`/api/events/${draft.id}/publish`).send({ version: draft.version }).expect(200);
    expect(pub.body.status).toBe('published');
    const anon = await request(app).get(`/api/events/${draft.id}`).expect(200);
    expect(anon.body.viewer).toEqual({
      isOrganiser: false,
      participantStatus: null,
      invitedBy: null,
      organiserInvitation: null,
      availability: null,
      channelConversationId: null,
    });
    // Visible, but not theirs to change: 403.
    await m.agent.patch(`/api/events/${draft.id}`).send({ version: pub.body.version, capacity: 3 }).expect(403);
  });

  it('edits are versioned: a stale version gets 409 stale and changes nothing', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, {}, false);
    const first = await org.agent.patch(`/api/events/${e.id}`).send({ version: 0, capacity: 10 }).expect(200);
    expect(first.body).toMatchObject({ version: 1, capacity: 10 });
    const stale = await org.agent.patch(`/api/events/${e.id}`).send({ version: 0, capacity: 20 }).expect(409);
    expect(stale.body.error.details).toMatchObject({ reason: 'stale', currentVersion: 1 });
    // Two edits from one version at once: exactly one wins.
    const racing = await Promise.all(
      [30, 40, 50].map((capacity) => org.agent.patch(`/api/events/${e.id}`).send({ version: 1, capacity })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const now = await org.agent.get(`/api/events/${e.id}`).expect(200);
    expect(now.body.version).toBe(2);
  });

  it('publish and close follow draft → published → closed', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, {}, false);
    await org.agent.post(`/api/events/${e.id}/close`).send({ version: 0 }).expect(409);
    const pub = await org.agent.post(`/api/events/${e.id}/publish`).send({ version: 0 }).expect(200);
    const closed = await org.agent.post(`/api/events/${e.id}/close`).send({ version: pub.body.version }).expect(200);
    expect(closed.body.status).toBe('closed');
    const m = await memberWith(app);
    const res = await m.agent.post(`/api/events/${e.id}/join`).send({}).expect(409);
    expect(res.body.error.details.reason).toBe('registration_closed');
  });

  it('co-organisers are invited by email, accept, and can be removed; the owner cannot be removed', async () => {
    const org = await organiser(app);
    const co = await organiser(app);
    const e = await createEvent(org, {}, false);
    await org.agent.post(`/api/events/${e.id}/organisers`).send({ email: co.email }).expect(200);
    const added = await co.agent.post(`/api/events/${e.id}/organisers/invitation/accept`).send({}).expect(200);
    expect(added.body.organisers.map((o: { userId: string }) => o.userId)).toEqual([org.user.id, co.user.id]);
    // The co-organiser now sees the draft and its private resources.
    await co.agent.get(`/api/events/${e.id}`).expect(200);
    await co.agent.get(`/api/events/${e.id}/dashboard`).expect(200);
    await co.agent.delete(`/api/events/${e.id}/organisers/${org.user.id}`).expect(409);
    // Published: the channel opens with both organisers as its admins.
    const pub = (await org.agent.post(`/api/events/${e.id}/publish`).send({ version: added.body.version }).expect(200))
      .body as EventDto;
    const channel = await ConversationModel.findById(pub.viewer.channelConversationId).lean();
    expect(channel?.admins?.map(String).sort()).toEqual([org.user.id, co.user.id].sort());
    await org.agent.delete(`/api/events/${e.id}/organisers/${co.user.id}`).expect(200);
    const after = await ConversationModel.findById(pub.viewer.channelConversationId).lean();
    expect(after?.members.map(String)).toEqual([org.user.id]);
    await co.agent.get(`/api/events/${e.id}/dashboard`).expect(404);
  });

  it('lists upcoming events to everyone, drafts and "mine" to their people, with search', async () => {
    const org = await organiser(app);
    const m = await memberWith(app);
    const pub = await createEvent(org, { title: { en: 'Kannai Robotics Night' } });
    const draft = await createEvent(org, { title: { en: 'Secret draft' } }, false);
    const upcoming = await request(app).get('/api/events').query({ q: 'kannai' }).expect(200);
    expect(upcoming.body.items.map((e: EventDto) => e.id)).toEqual([pub.id]);
    const anonDrafts = await request(app).get('/api/events').query({ scope: 'drafts' }).expect(200);
    expect(anonDrafts.body.items).toEqual([]);
    const drafts = await org.agent.get('/api/events').query({ scope: 'drafts' }).expect(200);
    expect(drafts.body.items.map((e: EventDto) => e.id)).toContain(draft.id);
    const memberDrafts = await m.agent.get('/api/events').query({ scope: 'drafts' }).expect(200);
    expect(memberDrafts.body.items).toEqual([]);
    await join(m, pub.id);
    const mine = await m.agent.get('/api/events').query({ scope: 'mine' }).expect(200);
    expect(mine.body.items.map((e: EventDto) => e.id)).toEqual([pub.id]);
    expect(mine.body.items[0].viewer.participantStatus).toBe('approved');
  });

  it("an organiser of event A gets 404 on event B's private resources; admins may do everything", async () => {
    const orgA = await organiser(app);
    const orgB = await organiser(app);
    const boss = await admin(app);
    const m = await memberWith(app);
    const b = await createEvent(orgB);
    await createEvent(orgA);
    await join(m, b.id);
    const pk = `${'a'.repeat(24)}-${'b'.repeat(24)}`;
    const privatePaths = [
      `/api/events/${b.id}/pairs`,
      `/api/events/${b.id}/pairs/${pk}/introduction`,
      `/api/events/${b.id}/schedule`,
      `/api/events/${b.id}/dashboard`,
      `/api/events/${b.id}/export/participants.csv`,
      `/api/events/${b.id}/export/pairs.csv`,
      `/api/events/${b.id}/export/schedule.csv`,
    ];
    for (const path of privatePaths) {
      await orgA.agent.get(path).expect(404);
      await m.agent.get(path).expect(404);
    }
    await orgA.agent.post(`/api/events/${b.id}/pairs/bulk-approve`).send({ top: 5 }).expect(404);
    await orgA.agent.post(`/api/events/${b.id}/schedule/generate`).send({}).expect(404);
    await orgA.agent.post(`/api/events/${b.id}/participants/${m.profile.id}/approve`).expect(404);
    await orgA.agent.post(`/api/events/${b.id}/participants/import`).send({ csv: 'email\nx@example.com' }).expect(404);
    await orgA.agent.get(`/api/events/${b.id}/agenda`).query({ profileId: m.profile.id }).expect(404);
    await request(app).get(`/api/events/${b.id}/pairs`).expect(401);
    await boss.agent.get(`/api/events/${b.id}/dashboard`).expect(200);
    await boss.agent.get(`/api/events/${b.id}/pairs`).expect(200);
  });
});
