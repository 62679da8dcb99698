import request from 'supertest';
import type { Visibility } from '@musubi/shared';
import { setRole } from '../accounts';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createProfile } from '../../../test/profile-factories';
import { registerContactAccessCheck } from './contact-access';

const { app } = buildTestApp();

async function signUpAdmin() {
  const admin = await signUp(app);
  await setRole(admin.user.email, 'admin');
  return admin;
}

describe('who may open a profile', () => {
  const cases: [Visibility, { anonymous: number; member: number; owner: number; admin: number }][] = [
    ['public', { anonymous: 200, member: 200, owner: 200, admin: 200 }],
    ['members', { anonymous: 404, member: 200, owner: 200, admin: 200 }],
    ['hidden', { anonymous: 404, member: 404, owner: 200, admin: 200 }],
  ];

  it.each(cases)('a %s profile: anonymous, member, owner, admin get %j', async (visibility, expected) => {
    const owner = await signUp(app);
    const member = await signUp(app);
    const admin = await signUpAdmin();
    const profile = await createProfile(owner.agent, { visibility });
    const url = `/api/profiles/${profile.id}`;
    const got = {
      anonymous: (await request(app).get(url)).status,
      member: (await member.agent.get(url)).status,
      owner: (await owner.agent.get(url)).status,
      admin: (await admin.agent.get(url)).status,
    };
    expect(got).toEqual(expected);
  });

  it('answers a hidden profile exactly like a missing one, and an invalid id with 404 too', async () => {
    const owner = await signUp(app);
    const member = await signUp(app);
    const profile = await createProfile(owner.agent, { visibility: 'hidden' });
    const hidden = await member.agent.get(`/api/profiles/${profile.id}`).expect(404);
    const missing = await member.agent.get('/api/profiles/0123456789abcdef01234567').expect(404);
    expect(hidden.body).toEqual(missing.body);
    for (const bad of ['not-an-id', 'aaaaaaaaaaaa', '%24ne']) {
      const res = await member.agent.get(`/api/profiles/${bad}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });
});

describe('private contact details', () => {
  it('are shown to the owner and admins, never to other members or anonymous visitors', async () => {
    const owner = await signUp(app);
    const member = await signUp(app);
    const admin = await signUpAdmin();
    const profile = await createProfile(owner.agent, { visibility: 'public' });
    const url = `/api/profiles/${profile.id}`;
    expect((await owner.agent.get(url)).body.profile.contact).toEqual(profile.contact);
    expect((await admin.agent.get(url)).body.profile.contact).toEqual(profile.contact);
    const forMember = (await member.agent.get(url)).body.profile;
    expect(forMember.contact).toBeUndefined();
    expect(JSON.stringify(forMember)).not.toContain(profile.contact!.email!);
    expect((await request(app).get(url)).body.profile.contact).toBeUndefined();
    expect(forMember.isOwner).toBe(false);
  });

  it('never appear in the directory, not even for the owner or an admin', async () => {
    const owner = await signUp(app);
    const admin = await signUpAdmin();
    const profile = await createProfile(owner.agent, { visibility: 'public' });
    for (const agent of [owner.agent, admin.agent, request.agent(app)]) {
      const res = await agent.get('/api/profiles?limit=50').expect(200);
      expect(res.body.items.map((p: { id: string }) => p.id)).toContain(profile.id);
      expect(JSON.stringify(res.body)).not.toContain(profile.contact!.email!);
      expect(res.body.items.every((p: object) => !('contact' in p))).toBe(true);
    }
  });

  it('are shown to a member once a registered contact-access check says yes, and hidden again when it is removed', async () => {
    const owner = await signUp(app);
    const met = await signUp(app);
    const stranger = await signUp(app);
    const profile = await createProfile(owner.agent);
    const calls: [string, string][] = [];
    const unregister = registerContactAccessCheck(async (viewerId, ownerId) => {
      calls.push([viewerId, ownerId]);
      return viewerId === met.user.id && ownerId === owner.user.id;
    });
    try {
      const url = `/api/profiles/${profile.id}`;
      expect((await met.agent.get(url)).body.profile.contact).toEqual(profile.contact);
      expect((await stranger.agent.get(url)).body.profile.contact).toBeUndefined();
      expect(calls).toContainEqual([met.user.id, owner.user.id]);
      const list = await met.agent.get('/api/profiles?limit=50').expect(200);
      expect(JSON.stringify(list.body)).not.toContain(profile.contact!.email!);
    } finally {
      unregister();
    }
    expect((await met.agent.get(`/api/profiles/${profile.id}`)).body.profile.contact).toBeUndefined();
  });
});
