import request from 'supertest';
import { setRole } from '../accounts';
import { buildTestApp } from '../../../test/helpers';
import { buildCallInput, corporateProfile, member, postCall, type Member } from '../../../test/call-helpers';
import { CallModel } from './call.model';

const { app } = buildTestApp();

let corp: Member;
let startup: Member;
let organiser: Member;
let admin: Member;

beforeAll(async () => {
  [corp, startup, organiser, admin] = await Promise.all([
    member(app, corporateProfile()),
    member(app, {}),
    member(app, null, { role: 'organiser' }),
    member(app, null),
  ]);
  await setRole(admin.email, 'admin');
});

describe('who may post a call', () => {
  it('a corporate member drafts a call, with the deadline as an instant in its zone', async () => {
    const res = await corp.agent.post('/api/calls').send(buildCallInput()).expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 0,
      deadline: { date: '2030-01-10', time: '23:59' },
      timeZone: 'Asia/Tokyo',
      deadlineAt: '2030-01-10T14:59:00.000Z',
      tags: [{ id: 'robotics' }],
      applicationCount: 0,
      viewer: { isPoster: true, canApply: false, cannotApplyReason: 'own_call' },
    });
    expect(res.body.poster).toMatchObject({ userId: corp.userId, profile: { id: corp.profileId } });
  });

  it('organisers and admins may post without a profile; a startup may not; signed-out visitors get 401', async () => {
    const byOrganiser = await organiser.agent.post('/api/calls').send(buildCallInput()).expect(201);
    expect(byOrganiser.body.poster.profile).toBeNull();
    await admin.agent.post('/api/calls').send(buildCallInput()).expect(201);
    const refused = await startup.agent.post('/api/calls').send(buildCallInput()).expect(403);
    expect(refused.body.error.code).toBe('forbidden');
    await request(app).post('/api/calls').send(buildCallInput()).expect(401);
    await request(app).get('/api/calls').expect(401);
  });

  it('refuses bad input with one error shape and stores nothing', async () => {
    const before = await CallModel.countDocuments();
    const bad = [
      buildCallInput({ title: {} }),
      buildCallInput({ timeZone: 'Mars/Olympus' }),
      buildCallInput({ deadline: { date: '2030-02-30', time: '25:00' } }),
      buildCallInput({ deadline: { date: '2020-01-01', time: '10:00' } }),
      { ...buildCallInput(), posterUserId: startup.userId },
      { ...buildCallInput(), status: 'open' },
      buildCallInput({ tags: { $ne: null } }),
    ];
    for (const body of bad) {
      const res = await corp.agent.post('/api/calls').send(body).expect(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect(await CallModel.countDocuments()).toBe(before);
  });
});

describe('the life of a call', () => {
  it('goes draft → open → closed → open → closed → awarded, each move from the version seen', async () => {
    const draft = await postCall(corp.agent, {}, { draft: true });
    const move = (version: number, status: string) =>
      corp.agent.post(`/api/calls/${draft.id}/status`).send({ version, status });
    const opened = await move(0, 'open').expect(200);
    expect(opened.body).toMatchObject({ status: 'open', version: 1 });
    await move(1, 'awarded').expect(409);
    await move(1, 'closed').expect(200);
    await move(2, 'open').expect(200);
    await move(3, 'closed').expect(200);
    const awarded = await move(4, 'awarded').expect(200);
    expect(awarded.body).toMatchObject({ status: 'awarded', version: 5 });
    const stuck = await move(5, 'open').expect(409);
    expect(stuck.body.error.details.reason).toBe('not_allowed_in_state');
    const stale = await move(2, 'closed').expect(409);
    expect(stale.body.error.details).toMatchObject({ reason: 'stale', currentVersion: 5 });
  });

  it('lets the poster edit from the version seen; a second edit from the same version gets 409 stale', async () => {
    const call = await postCall(
      corp.agent,
      { eligibleKinds: ['startup'], eligibleAreas: ['yokohama'], offers: ['data'] },
      { draft: true },
    );
    const edited = await corp.agent
      .patch(`/api/calls/${call.id}`)
      .send({
        version: 0,
        title: { en: 'Robot pilot, phase 2' },
        deadline: { date: '2030-03-31', time: '02:30' },
        timeZone: 'Europe/Berlin',
      })
      .expect(200);
    // 02:30 does not exist on Berlin's spring-forward night: it is read as 03:30 CEST.
    expect(edited.body).toMatchObject({
      version: 1,
      title: { en: 'Robot pilot, phase 2' },
      deadlineAt: '2030-03-31T01:30:00.000Z',
    });
    const stale = await corp.agent
      .patch(`/api/calls/${call.id}`)
      .send({ version: 0, tags: ['ai'] })
      .expect(409);
    expect(stale.body.error.details.reason).toBe('stale');
    const widened = await corp.agent
      .patch(`/api/calls/${call.id}`)
      .send({ version: 1, eligibleKinds: [], eligibleAreas: [], offers: [] })
      .expect(200);
    expect(widened.body).toMatchObject({ version: 2, eligibleKinds: [], eligibleAreas: [], offers: [] });
    const stored = await CallModel.findById(call.id).lean();
    expect(stored).toMatchObject({ eligibleKinds: [], eligibleAreas: [], offers: [] });
    await corp.agent.patch(`/api/calls/${call.id}`).send({ version: 2 }).expect(400);
    await corp.agent.patch(`/api/calls/${call.id}`).send({ version: 1, status: 'open' }).expect(400);
    await startup.agent
      .patch(`/api/calls/${call.id}`)
      .send({ version: 1, tags: ['ai'] })
      .expect(404);
  });

  it('decides racing status changes: one wins, the others get 409 and change nothing', async () => {
    const call = await postCall(corp.agent);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        corp.agent.post(`/api/calls/${call.id}/status`).send({ version: call.version, status: 'closed' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    const stored = await CallModel.findById(call.id).lean();
    expect(stored).toMatchObject({ status: 'closed', version: call.version + 1 });
  });

  it('shows drafts only to the poster and admins', async () => {
    const draft = await postCall(corp.agent, { title: { en: 'Secret draft' } }, { draft: true });
    await startup.agent.get(`/api/calls/${draft.id}`).expect(404);
    await startup.agent.post(`/api/calls/${draft.id}/status`).send({ version: 0, status: 'open' }).expect(404);
    await corp.agent.get(`/api/calls/${draft.id}`).expect(200);
    await admin.agent.get(`/api/calls/${draft.id}`).expect(200);
    await startup.agent.get('/api/calls/not-an-id').expect(404);
    const open = await startup.agent.get('/api/calls?scope=open&limit=100').expect(200);
    expect(open.body.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    const mine = await corp.agent.get('/api/calls?scope=mine&limit=100').expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
    await startup.agent.get('/api/calls?scope=all').expect(403);
    const all = await admin.agent.get('/api/calls?scope=all&limit=100').expect(200);
    expect(all.body.items.map((c: { id: string }) => c.id)).toContain(draft.id);
  });
});

describe('GET /api/calls', () => {
  it('lists open calls soonest deadline first, with filters and pages', async () => {
    const later = await postCall(corp.agent, { deadline: { date: '2031-06-01', time: '12:00' }, offers: ['funding'] });
    const sooner = await postCall(corp.agent, {
      deadline: { date: '2030-06-01', time: '12:00' },
      title: { en: 'Kiosk design for stations' },
      tags: ['ux-design'],
      eligibleKinds: ['creator'],
    });
    const all = await startup.agent.get('/api/calls?limit=100').expect(200);
    const ids = all.body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const deadlines = all.body.items.map((c: { deadlineAt: string }) => c.deadlineAt);
    expect([...deadlines].sort()).toEqual(deadlines);

    const byOffer = await startup.agent.get('/api/calls?offers=funding&limit=100').expect(200);
    expect(byOffer.body.items.map((c: { id: string }) => c.id)).toEqual([later.id]);
    const byText = await startup.agent.get('/api/calls?q=kiosk').expect(200);
    expect(byText.body.items.map((c: { id: string }) => c.id)).toEqual([sooner.id]);
    const byTag = await startup.agent.get(`/api/calls?tag=${encodeURIComponent('UXデザイン')}`).expect(200);
    expect(byTag.body.items.map((c: { id: string }) => c.id)).toContain(sooner.id);
    const byKind = await startup.agent.get('/api/calls?kind=startup&limit=100').expect(200);
    expect(byKind.body.items.map((c: { id: string }) => c.id)).not.toContain(sooner.id);

    const first = await startup.agent.get('/api/calls?limit=1').expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await startup.agent.get(`/api/calls?limit=1&cursor=${first.body.nextCursor as string}`).expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    await startup.agent.get('/api/calls?cursor=bogus!').expect(400);
    await startup.agent.get('/api/calls?scope=everything').expect(400);
  });
});
