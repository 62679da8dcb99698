import request from 'supertest';
import { buildTestApp, signUp } from '../../../test/helpers';
import { buildProfileInput, createProfile, eventually, TINY_IMAGES } from '../../../test/profile-factories';
import { AvatarModel } from './avatar.model';
import { ProfileDraftModel } from './draft.model';
import type { DomainEvents } from '../../events';
import { ProfileDeletionModel } from './profile-deletion.model';
import { ProfileLockModel } from './profile-lock.model';
import { ProfileModel } from './profile.model';

const { app, events } = buildTestApp();

describe('creating and reading one’s own profile', () => {
  it('before any profile exists, GET /profiles/me is 404 and anonymous callers get 401', async () => {
    const { agent } = await signUp(app);
    const res = await agent.get('/api/profiles/me').expect(404);
    expect(res.body.error.code).toBe('not_found');
    await request(app).get('/api/profiles/me').expect(401);
    await request(app).put('/api/profiles/me').send(buildProfileInput()).expect(401);
  });

  it('creates a profile at version 1 with 201 and returns it, contact included, to its owner', async () => {
    const { agent } = await signUp(app);
    const input = buildProfileInput({ website: 'https://example.com' });
    const res = await agent.put('/api/profiles/me').send(input).expect(201);
    expect(res.body.profile).toMatchObject({
      kind: 'startup',
      name: input.name,
      version: 1,
      isOwner: true,
      visibility: 'members',
      website: 'https://example.com',
      startup: { stage: 'seed', foundedYear: 2023, teamSize: 5 },
      contact: input.contact,
      hasAvatar: false,
    });
    expect(res.body.profile.avatarUrl).toBe(`/api/profiles/${res.body.profile.id}/avatar?v=v1`);
    const again = await agent.get('/api/profiles/me').expect(200);
    expect(again.body.profile).toEqual(res.body.profile);
  });

  it('resolves tags: vocabulary labels and synonyms become canonical ids, free text keeps its label, duplicates go', async () => {
    const { agent } = await signUp(app);
    const profile = await createProfile(agent, {
      tags: ['人工知能', 'AI', 'machine learning', 'Shōgi robots', 'shōgi robots'],
    });
    expect(profile.tags).toHaveLength(2);
    expect(profile.tags[0]).toEqual({ id: 'ai', ja: 'AI・人工知能', en: 'AI' });
    expect(profile.tags[1]!.id).toMatch(/^free:/);
    expect(profile.tags[1]!.ja).toBe(profile.tags[1]!.en);
    expect(profile.tags[1]!.en.toLowerCase()).toContain('robots');
    const stored = await ProfileModel.findById(profile.id).lean();
    expect(stored?.tags).toEqual(profile.tags.map((t) => t.id));
  });

  it('replaces the whole profile on edit: version goes up, absent optional fields are removed', async () => {
    const { agent } = await signUp(app);
    const created = await createProfile(agent, { website: 'https://example.com' });
    const res = await agent
      .put('/api/profiles/me')
      .send(
        buildProfileInput({
          kind: 'creator',
          startup: undefined,
          creator: { disciplines: ['illustration'] },
          location: { area: 'shibuya' },
          version: created.version,
        }),
      )
      .expect(200);
    expect(res.body.profile).toMatchObject({
      id: created.id,
      kind: 'creator',
      version: 2,
      location: { area: 'shibuya' },
    });
    expect(res.body.profile.creator).toEqual({ disciplines: ['illustration'], portfolioLinks: [] });
    expect(res.body.profile.website).toBeUndefined();
    const stored = await ProfileModel.findById(created.id).lean();
    expect(stored?.startup).toBeUndefined();
    expect(stored?.website).toBeUndefined();
    expect(stored?.location.city).toBeUndefined();
    expect(new Date(res.body.profile.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(created.updatedAt).getTime(),
    );
  });

  it('deleting one’s profile removes it with its picture and draft; GET then answers 404', async () => {
    const { agent, user } = await signUp(app);
    const profile = await createProfile(agent);
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png).expect(200);
    await agent
      .put('/api/profiles/me/draft')
      .send({ step: 2, data: { a: 1 } })
      .expect(200);
    await agent.delete('/api/profiles/me').expect(204);
    await agent.get('/api/profiles/me').expect(404);
    expect(await AvatarModel.countDocuments({ _id: profile.id })).toBe(0);
    expect(await ProfileDraftModel.countDocuments({ userId: user.id })).toBe(0);
    // A fresh profile can be created afterwards, starting again at version 1.
    expect((await createProfile(agent)).version).toBe(1);
  });
});

describe('profile events for the matching index', () => {
  it('saving emits profile.saved with the new version; deleting emits profile.deleted and leaves a tombstone', async () => {
    const saved: DomainEvents['profile.saved'][] = [];
    const deleted: DomainEvents['profile.deleted'][] = [];
    const offSaved = events.on('profile.saved', (e) => saved.push(e));
    const offDeleted = events.on('profile.deleted', (e) => deleted.push(e));
    try {
      const { agent, user } = await signUp(app);
      const profile = await createProfile(agent);
      await agent
        .put('/api/profiles/me')
        .send(buildProfileInput({ version: 1 }))
        .expect(200);
      await agent
        .put('/api/profiles/me')
        .send(buildProfileInput({ version: 1 }))
        .expect(409);
      expect(saved).toEqual([
        { profileId: profile.id, userId: user.id, version: 1 },
        { profileId: profile.id, userId: user.id, version: 2 },
      ]);
      const before = new Date();
      await agent.delete('/api/profiles/me').expect(204);
      await agent.delete('/api/profiles/me').expect(204);
      expect(deleted).toEqual([{ profileId: profile.id, userId: user.id }]);
      const tombstone = await ProfileDeletionModel.findById(profile.id).lean();
      expect(tombstone?.userId.toString()).toBe(user.id);
      expect(tombstone!.deletedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    } finally {
      offSaved();
      offDeleted();
    }
  });
});

describe('optimistic concurrency', () => {
  it('an edit based on a stale version gets 409 version_conflict with the current version and changes nothing', async () => {
    const { agent } = await signUp(app);
    const created = await createProfile(agent);
    await agent
      .put('/api/profiles/me')
      .send(buildProfileInput({ headline: { en: 'First edit' }, version: 1 }))
      .expect(200);
    const stale = await agent
      .put('/api/profiles/me')
      .send(buildProfileInput({ headline: { en: 'Second edit' }, version: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    const stored = await ProfileModel.findById(created.id).lean();
    expect(stored?.headline.en).toBe('First edit');
  });

  it('concurrent edits from the same version: exactly one wins each round, the others get 409', async () => {
    const { agent } = await signUp(app);
    await createProfile(agent);
    for (let version = 1; version <= 3; version += 1) {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          agent.put('/api/profiles/me').send(buildProfileInput({ headline: { en: `v${version} #${i}` }, version })),
        ),
      );
      const winners = results.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(7);
      const stored = await agent.get('/api/profiles/me').expect(200);
      expect(stored.body.profile.version).toBe(version + 1);
      expect(stored.body.profile.headline).toEqual(winners[0]!.body.profile.headline);
    }
    expect(await ProfileLockModel.countDocuments({})).toBe(0);
  });

  it('a write lock left behind by a crashed writer blocks only until it is stale', async () => {
    const { agent } = await signUp(app);
    const profile = await createProfile(agent);
    await ProfileLockModel.create({ _id: `${profile.id}:1`, createdAt: new Date() });
    const blocked = await agent.put('/api/profiles/me').send(buildProfileInput({ version: 1 }));
    expect(blocked.status).toBe(409);
    await ProfileLockModel.updateOne(
      { _id: `${profile.id}:1` },
      { $set: { createdAt: new Date(Date.now() - 60_000) } },
    );
    await agent
      .put('/api/profiles/me')
      .send(buildProfileInput({ version: 1 }))
      .expect(200);
    expect(await ProfileLockModel.countDocuments({})).toBe(0);
  });

  it('creating when a profile already exists (no version) is 409; concurrent first creates: one 201, one 409', async () => {
    const first = await signUp(app);
    await createProfile(first.agent);
    const again = await first.agent.put('/api/profiles/me').send(buildProfileInput());
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 1 } });

    const { agent, user } = await signUp(app);
    const racing = await Promise.all([1, 2].map(() => agent.put('/api/profiles/me').send(buildProfileInput())));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await ProfileModel.countDocuments({ userId: user.id })).toBe(1);
  });

  it('an edit with a version when no profile exists is 409 with currentVersion 0', async () => {
    const { agent } = await signUp(app);
    const res = await agent.put('/api/profiles/me').send(buildProfileInput({ version: 3 }));
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ currentVersion: 0 });
  });
});

describe('input validation', () => {
  it.each([
    ['id', { id: '64b000000000000000000000' }],
    ['userId', { userId: '64b000000000000000000000' }],
    ['avatar', { avatar: { etag: 'x' } }],
    ['createdAt', { createdAt: '2020-01-01T00:00:00Z' }],
    ['isOwner', { isOwner: true }],
    ['an unknown field', { favouriteColour: 'blue' }],
    ['an operator key', { $set: { visibility: 'public' } }],
    ['an operator inside a value', { name: { $gt: '' } }],
    ['an operator in a nested object', { location: { area: 'yokohama', $where: '1' } }],
    ['details of another kind', { creator: { disciplines: [] } }],
    ['a negative version', { version: -1 }],
    ['a javascript: website', { website: 'javascript:alert(1)' }],
    ['no name in either language', { name: { ja: ' ', en: '' } }],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }],
  ])('refuses %s with 400 validation_failed and stores nothing', async (_what, patch) => {
    const { agent, user } = await signUp(app);
    const res = await agent.put('/api/profiles/me').send({ ...buildProfileInput(), ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(await ProfileModel.countDocuments({ userId: user.id })).toBe(0);
  });

  it('refuses form-encoded operator injection on the profile with 400', async () => {
    const { agent } = await signUp(app);
    const res = await agent.put('/api/profiles/me').type('form').send('kind[$ne]=startup');
    expect(res.status).toBe(400);
  });
});

describe('account deletion', () => {
  it('deleting the account removes its profile, picture and draft', async () => {
    const { agent, user, password } = await signUp(app);
    const profile = await createProfile(agent);
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png).expect(200);
    await agent.put('/api/profiles/me/draft').send({ step: 1, data: {} }).expect(200);
    const bystander = await signUp(app);
    await createProfile(bystander.agent);

    await agent.delete('/api/me').send({ password }).expect(204);
    await eventually(async () => (await ProfileModel.countDocuments({ userId: user.id })) === 0);
    await eventually(async () => (await AvatarModel.countDocuments({ _id: profile.id })) === 0);
    await eventually(async () => (await ProfileDraftModel.countDocuments({ userId: user.id })) === 0);
    expect(await ProfileModel.countDocuments({ userId: bystander.user.id })).toBe(1);
    await request(app).get(`/api/profiles/${profile.id}`).expect(404);
  });
});
