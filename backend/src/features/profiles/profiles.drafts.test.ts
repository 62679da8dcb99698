import request from 'supertest';
import { buildTestApp, signUp } from '../../../test/helpers';
import { ProfileDraftModel } from './draft.model';

const { app } = buildTestApp();

describe('onboarding drafts', () => {
  it('saves progress and resumes it in a later session; a new save replaces the old one', async () => {
    const { agent, user, password } = await signUp(app);
    await agent.get('/api/profiles/me/draft').expect(404);
    const data = {
      kind: 'creator',
      name: { ja: '山田' },
      tags: ['イラスト'],
      nested: { list: [1, 'two', null, true] },
    };
    const saved = await agent.put('/api/profiles/me/draft').send({ step: 2, data }).expect(200);
    expect(saved.body.draft).toMatchObject({ step: 2, data });

    const later = request.agent(app);
    await later.post('/api/auth/login').send({ email: user.email, password }).expect(200);
    const resumed = await later.get('/api/profiles/me/draft').expect(200);
    expect(resumed.body.draft).toEqual(saved.body.draft);

    await later
      .put('/api/profiles/me/draft')
      .send({ step: 3, data: { kind: 'startup' } })
      .expect(200);
    expect((await agent.get('/api/profiles/me/draft').expect(200)).body.draft).toMatchObject({
      step: 3,
      data: { kind: 'startup' },
    });
  });

  it('keeps one draft per user, even when two first saves race', async () => {
    const { agent } = await signUp(app);
    const results = await Promise.all(
      [1, 2, 3].map((step) => agent.put('/api/profiles/me/draft').send({ step, data: {} })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const me = await agent.get('/api/me').expect(200);
    expect(await ProfileDraftModel.countDocuments({ userId: me.body.user.id })).toBe(1);
  });

  it('is private to its owner: another user sees their own (absent) draft', async () => {
    const first = await signUp(app);
    await first.agent
      .put('/api/profiles/me/draft')
      .send({ step: 1, data: { secret: 'x' } })
      .expect(200);
    const second = await signUp(app);
    await second.agent.get('/api/profiles/me/draft').expect(404);
    await request(app).get('/api/profiles/me/draft').expect(401);
  });

  it('deleting the draft is idempotent', async () => {
    const { agent } = await signUp(app);
    await agent.put('/api/profiles/me/draft').send({ step: 1, data: {} }).expect(200);
    await agent.delete('/api/profiles/me/draft').expect(204);
    await agent.delete('/api/profiles/me/draft').expect(204);
    await agent.get('/api/profiles/me/draft').expect(404);
  });

  it.each([
    ['an operator key', { step: 1, data: { $where: 'sleep(1000)' } }],
    ['a nested operator key', { step: 1, data: { a: [{ b: { $gt: '' } }] } }],
    ['a dotted key', { step: 1, data: { 'a.b': 1 } }],
    ['a __proto__ key', JSON.parse('{"step":1,"data":{"__proto__":{"polluted":true}}}')],
    ['nesting deeper than 12', { step: 1, data: JSON.parse('{"a":'.repeat(13) + '1' + '}'.repeat(13)) }],
    ['a step out of range', { step: 11, data: {} }],
    ['data that is not an object', { step: 1, data: [1, 2] }],
    ['an unknown top-level key', { step: 1, data: {}, profileId: 'x' }],
    ['over 20,000 characters', { step: 1, data: { text: 'x'.repeat(20_001) } }],
  ])('refuses %s with 400', async (_what, body) => {
    const { agent } = await signUp(app);
    const res = await agent.put('/api/profiles/me/draft').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    await agent.get('/api/profiles/me/draft').expect(404);
  });
});
