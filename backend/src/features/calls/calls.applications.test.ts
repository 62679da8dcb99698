import request from 'supertest';
import { setRole } from '../accounts';
import { buildTestApp } from '../../../test/helpers';
import { corporateProfile, member, pitch, postCall, type Agent, type Member } from '../../../test/call-helpers';
import { ApplicationModel } from './call.model';
import { setCallsClock } from './clock';

const { app, events } = buildTestApp();

let corp: Member;
let applicant: Member;
let third: Member;
let admin: Member;

beforeAll(async () => {
  [corp, applicant, third, admin] = await Promise.all([
    member(app, corporateProfile()),
    member(app, { visibility: 'public' }, { language: 'ja' }),
    member(app, {}),
    member(app, null),
  ]);
  await setRole(admin.email, 'admin');
});

afterEach(() => setCallsClock(null));

const apply = (agent: Agent, callId: string) => agent.post(`/api/calls/${callId}/applications`).send(pitch);
const reasonOf = (res: request.Response) =>
  (res.body as { error: { details?: { reason?: string } } }).error.details?.reason;

async function notificationsOf(agent: Agent, type: string) {
  const res = await agent.get('/api/notifications?limit=100').expect(200);
  return (res.body.items as { type: string; subject: { id: string }; data: Record<string, unknown> }[]).filter(
    (n) => n.type === type,
  );
}

describe('applying', () => {
  it('stores the application, tells the poster, and shows the applicant their own without notes', async () => {
    const call = await postCall(corp.agent);
    const res = await apply(applicant.agent, call.id).expect(201);
    expect(res.body).toMatchObject({
      callId: call.id,
      version: 0,
      status: 'new',
      applicant: { id: applicant.profileId },
      applicantUserId: applicant.userId,
      links: ['https://example.com/robots'],
      notes: null,
      score: null,
      strength: null,
    });
    expect(res.body.applicant.contact).toBeUndefined();
    const received = await notificationsOf(corp.agent, 'call.application_received');
    expect(received.find((n) => n.subject.id === call.id)?.data).toMatchObject({
      applicationId: res.body.id,
      callTitle: 'Delivery robot pilot at the port',
    });
    const seen = await applicant.agent.get(`/api/calls/${call.id}`).expect(200);
    expect(seen.body.viewer).toMatchObject({
      applicationId: res.body.id,
      applicationStatus: 'new',
      canApply: false,
      cannotApplyReason: 'already_applied',
    });
    expect(seen.body.applicationCount).toBe(1);
  });

  it('refuses with a reason: no profile, own call, not eligible, closed, already applied', async () => {
    const call = await postCall(corp.agent, { eligibleKinds: ['startup'], eligibleAreas: ['yokohama'] });
    const noProfile = await member(app, null);
    expect(reasonOf(await apply(noProfile.agent, call.id).expect(409))).toBe('profile_required');
    expect(reasonOf(await apply(corp.agent, call.id).expect(409))).toBe('own_call');
    const creator = await member(app, {
      kind: 'creator',
      startup: undefined,
      creator: { disciplines: [], portfolioLinks: [] },
    });
    expect(reasonOf(await apply(creator.agent, call.id).expect(409))).toBe('not_eligible');
    const inShibuya = await member(app, { location: { area: 'shibuya' } });
    expect(reasonOf(await apply(inShibuya.agent, call.id).expect(409))).toBe('not_eligible');
    await apply(third.agent, call.id).expect(201);
    expect(reasonOf(await apply(third.agent, call.id).expect(409))).toBe('already_applied');
    await corp.agent.post(`/api/calls/${call.id}/status`).send({ version: call.version, status: 'closed' }).expect(200);
    expect(reasonOf(await apply(applicant.agent, call.id).expect(409))).toBe('closed');
    const draft = await postCall(corp.agent, {}, { draft: true });
    await apply(applicant.agent, draft.id).expect(404);
    await applicant.agent
      .post(`/api/calls/${call.id}/applications`)
      .send({ pitch: {}, links: ['javascript:alert(1)'] })
      .expect(400);
    await request(app).post(`/api/calls/${call.id}/applications`).send(pitch).expect(401);
  });

  it('keeps one application per profile under 10 concurrent submissions', async () => {
    const call = await postCall(corp.agent);
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(applicant.agent, call.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(reasonOf(r)).toBe('already_applied');
    expect(await ApplicationModel.countDocuments({ callId: call.id })).toBe(1);
  });

  it('lets the applicant withdraw and apply again with the same application, once under concurrency', async () => {
    const call = await postCall(corp.agent);
    const first = await apply(applicant.agent, call.id).expect(201);
    const path = `/api/calls/${call.id}/applications/${first.body.id as string}/withdraw`;
    await third.agent.post(path).send({ version: 0 }).expect(404);
    const withdrawn = await applicant.agent.post(path).send({ version: 0 }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 1 });
    // The poster is told, in their notification centre.
    const told = await notificationsOf(corp.agent, 'call.application_withdrawn');
    expect(told.filter((n) => n.subject.id === call.id).map((n) => n.data)).toEqual([
      expect.objectContaining({ applicationId: first.body.id, callTitle: 'Delivery robot pilot at the port' }),
    ]);
    expect(reasonOf(await applicant.agent.post(path).send({ version: 0 }).expect(409))).toBe('stale');
    const again = await Promise.all(Array.from({ length: 5 }, () => apply(applicant.agent, call.id)));
    expect(again.filter((r) => r.status === 201)).toHaveLength(1);
    const winner = again.find((r) => r.status === 201)!;
    expect(winner.body).toMatchObject({ id: first.body.id, status: 'new', version: 2 });
    expect(again.filter((r) => r.status === 409).every((r) => reasonOf(r) === 'already_applied')).toBe(true);
  });
});

describe('the deadline, checked on the server in the call zone', () => {
  it('Asia/Tokyo 23:59: one second before is accepted, the minute itself and after are refused', async () => {
    const call = await postCall(corp.agent, {
      deadline: { date: '2030-01-10', time: '23:59' },
      timeZone: 'Asia/Tokyo',
    });
    const deadline = Date.parse('2030-01-10T14:59:00.000Z');
    expect(Date.parse(call.deadlineAt)).toBe(deadline);
    setCallsClock(() => deadline);
    expect(reasonOf(await apply(applicant.agent, call.id).expect(409))).toBe('deadline_passed');
    setCallsClock(() => deadline + 1000);
    expect(reasonOf(await apply(applicant.agent, call.id).expect(409))).toBe('deadline_passed');
    const seen = await applicant.agent.get(`/api/calls/${call.id}`).expect(200);
    expect(seen.body.viewer).toMatchObject({ canApply: false, cannotApplyReason: 'deadline_passed' });
    const listed = await applicant.agent.get('/api/calls?limit=100').expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(call.id);
    setCallsClock(() => deadline - 1000);
    const ok = await apply(applicant.agent, call.id).expect(201);
    // Withdrawing is refused after the deadline too.
    setCallsClock(() => deadline + 1000);
    const late = await applicant.agent
      .post(`/api/calls/${call.id}/applications/${ok.body.id as string}/withdraw`)
      .send({ version: 0 })
      .expect(409);
    expect(reasonOf(late)).toBe('deadline_passed');
  });

  it('Europe/Berlin on the spring-forward night: 02:30 does not exist and is read as 03:30 CEST', async () => {
    const call = await postCall(corp.agent, {
      deadline: { date: '2030-03-31', time: '02:30' },
      timeZone: 'Europe/Berlin',
    });
    const deadline = Date.parse('2030-03-31T01:30:00.000Z');
    expect(Date.parse(call.deadlineAt)).toBe(deadline);
    setCallsClock(() => deadline + 1000);
    expect(reasonOf(await apply(applicant.agent, call.id).expect(409))).toBe('deadline_passed');
    setCallsClock(() => deadline - 1000);
    await apply(applicant.agent, call.id).expect(201);
  });

  it('a call whose deadline has passed cannot be opened again', async () => {
    const call = await postCall(corp.agent, { deadline: { date: '2030-01-10', time: '23:59' } });
    const closed = await corp.agent
      .post(`/api/calls/${call.id}/status`)
      .send({ version: call.version, status: 'closed' });
    setCallsClock(() => Date.parse('2030-01-11T00:00:00.000Z'));
    const res = await corp.agent
      .post(`/api/calls/${call.id}/status`)
      .send({ version: closed.body.version, status: 'open' })
      .expect(409);
    expect(reasonOf(res)).toBe('deadline_passed');
  });
});

describe('reviewing applications', () => {
  it('moves new → shortlisted → accepted with private notes, and tells the applicant each time', async () => {
    const call = await postCall(corp.agent);
    const applied = await apply(applicant.agent, call.id).expect(201);
    const path = `/api/calls/${call.id}/applications/${applied.body.id as string}`;
    const shortlisted = await corp.agent
      .patch(path)
      .send({ version: 0, status: 'shortlisted', notes: 'Strong team' })
      .expect(200);
    expect(shortlisted.body).toMatchObject({ status: 'shortlisted', version: 1, notes: 'Strong team' });
    expect(typeof shortlisted.body.score).toBe('number');
    expect(['strong', 'good', 'fair']).toContain(shortlisted.body.strength.level);
    expect(reasonOf(await corp.agent.patch(path).send({ version: 0, status: 'declined' }).expect(409))).toBe('stale');
    await corp.agent.patch(path).send({ version: 1, status: 'withdrawn' }).expect(400);
    await applicant.agent.patch(path).send({ version: 1, status: 'accepted' }).expect(404);
    await corp.agent.patch(path).send({ version: 1, notes: 'Call them on Monday' }).expect(200);
    const accepted = await corp.agent.patch(path).send({ version: 2, status: 'accepted' }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect(reasonOf(await corp.agent.patch(path).send({ version: 3, status: 'new' }).expect(409))).toBe(
      'not_allowed_in_state',
    );

    const told = (await notificationsOf(applicant.agent, 'call.application_status')).filter(
      (n) => n.subject.id === call.id,
    );
    expect(told.map((n) => n.data.status).sort()).toEqual(['accepted', 'shortlisted']);
    // The applicant reads in Japanese: the title comes in their language.
    expect(told[0]!.data.callTitle).toBe('港湾での配送ロボット実証実験');

    const own = await applicant.agent.get(`/api/calls/${call.id}/applications`).expect(200);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({ status: 'accepted', notes: null, score: null, strength: null });
  });

  it('a declined applicant is told with data for a polite message', async () => {
    const call = await postCall(corp.agent);
    const applied = await apply(third.agent, call.id).expect(201);
    const pushed: { userId: string; type: string }[] = [];
    const off = events.on('notification.created', ({ userId, notification }) =>
      pushed.push({ userId, type: notification.type }),
    );
    await corp.agent
      .patch(`/api/calls/${call.id}/applications/${applied.body.id as string}`)
      .send({ version: 0, status: 'declined' })
      .expect(200);
    const told = (await notificationsOf(third.agent, 'call.application_status')).find((n) => n.subject.id === call.id);
    off();
    // The realtime module pushes each stored notification to the recipient's sockets from this event.
    expect(pushed).toContainEqual({ userId: third.userId, type: 'call.application_status' });
    expect(told?.data).toMatchObject({
      status: 'declined',
      applicationId: applied.body.id,
      callTitle: 'Delivery robot pilot at the port',
    });
  });

  it('lets only the poster and admins see every application and the notes; others get 404', async () => {
    const call = await postCall(corp.agent);
    const a = await apply(applicant.agent, call.id).expect(201);
    await apply(third.agent, call.id).expect(201);
    await corp.agent
      .patch(`/api/calls/${call.id}/applications/${a.body.id as string}`)
      .send({ version: 0, notes: 'secret' })
      .expect(200);
    const poster = await corp.agent.get(`/api/calls/${call.id}/applications`).expect(200);
    expect(poster.body.items).toHaveLength(2);
    expect(poster.body.counts).toMatchObject({ new: 2, shortlisted: 0 });
    expect(poster.body.items.find((i: { id: string }) => i.id === a.body.id).notes).toBe('secret');
    const byAdmin = await admin.agent.get(`/api/calls/${call.id}/applications?status=new`).expect(200);
    expect(byAdmin.body.items).toHaveLength(2);
    const own = await applicant.agent.get(`/api/calls/${call.id}/applications`).expect(200);
    expect(own.body.items.map((i: { id: string; notes: null }) => [i.id, i.notes])).toEqual([[a.body.id, null]]);
    const outsider = await member(app, {});
    await outsider.agent.get(`/api/calls/${call.id}/applications`).expect(404);
    await request(app).get(`/api/calls/${call.id}/applications`).expect(401);
    const mine = await applicant.agent.get('/api/me/applications').expect(200);
    const entry = mine.body.find((m: { call: { id: string } }) => m.call.id === call.id);
    expect(entry.application).toMatchObject({ id: a.body.id, notes: null });
  });

  it('opens the 1:1 conversation from a shortlisted application, not from a new one', async () => {
    const call = await postCall(corp.agent);
    const applied = await apply(applicant.agent, call.id).expect(201);
    const base = `/api/calls/${call.id}/applications/${applied.body.id as string}`;
    expect(reasonOf(await corp.agent.post(`${base}/conversation`).expect(409))).toBe('not_allowed_in_state');
    await corp.agent.patch(base).send({ version: 0, status: 'shortlisted' }).expect(200);
    await applicant.agent.post(`${base}/conversation`).expect(404);
    const conversation = await corp.agent.post(`${base}/conversation`).expect(200);
    expect(typeof conversation.body.id).toBe('string');
    const again = await corp.agent.post(`${base}/conversation`).expect(200);
    expect(again.body.id).toBe(conversation.body.id);
    const listed = await applicant.agent.get('/api/conversations').expect(200);
    expect(JSON.stringify(listed.body)).toContain(conversation.body.id);
  });
});

describe('invitations', () => {
  it('invites a profile once and tells its owner', async () => {
    const call = await postCall(corp.agent);
    const body = { profileId: applicant.profileId, message: 'Your robots would fit' };
    const res = await corp.agent.post(`/api/calls/${call.id}/invitations`).send(body).expect(201);
    expect(res.body).toMatchObject({ callId: call.id, profileId: applicant.profileId });
    expect(reasonOf(await corp.agent.post(`/api/calls/${call.id}/invitations`).send(body).expect(409))).toBe(
      'already_invited',
    );
    await third.agent.post(`/api/calls/${call.id}/invitations`).send(body).expect(404);
    await corp.agent.post(`/api/calls/${call.id}/invitations`).send({ profileId: 'x' }).expect(400);
    const invited = (await notificationsOf(applicant.agent, 'call.invited')).find((n) => n.subject.id === call.id);
    expect(invited?.data).toMatchObject({ message: 'Your robots would fit' });
  });
});
