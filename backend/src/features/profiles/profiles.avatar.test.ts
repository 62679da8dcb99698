import request from 'supertest';
import { PROFILE_LIMITS } from '@musubi/shared';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createProfile, TINY_IMAGES } from '../../../test/profile-factories';
import { Types } from 'mongoose';
import { AVATAR_ETAG_TTL_MS, avatarEtagsOf, rememberAvatarEtag } from './avatar-etags';
import { AvatarModel } from './avatar.model';
import { colourFor, initialsOf } from './initials-avatar';
import { ProfileModel } from './profile.model';

const { app } = buildTestApp();

/** Collects a binary response body whatever its content type. */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function withProfile(overrides: Record<string, unknown> = {}) {
  const owner = await signUp(app);
  const profile = await createProfile(owner.agent, overrides);
  return { ...owner, profile };
}

describe('uploading a picture', () => {
  it.each([
    ['PNG', TINY_IMAGES.png, 'image/png'],
    ['JPEG', TINY_IMAGES.jpeg, 'image/jpeg'],
    ['WebP', TINY_IMAGES.webp, 'image/webp'],
  ])(
    'accepts a %s, stores it outside the profile and serves it with its type, ETag and caching headers',
    async (_n, bytes, type) => {
      const { agent, profile } = await withProfile({ visibility: 'public' });
      const up = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'application/octet-stream').send(bytes);
      expect(up.status).toBe(200);
      expect(up.body.profile.hasAvatar).toBe(true);
      expect(up.body.profile.version).toBe(profile.version);
      expect(up.body.profile.avatarUrl).not.toBe(profile.avatarUrl);

      const res = await request(app).get(up.body.profile.avatarUrl).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
      expect(res.headers['cache-control']).toBe('private, max-age=86400');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);

      const stored = await AvatarModel.findById(profile.id).lean();
      expect(stored).toMatchObject({ contentType: type, size: bytes.length });
      const profileDoc = await ProfileModel.findById(profile.id).lean();
      expect(JSON.stringify(profileDoc)).not.toContain(bytes.toString('base64'));
    },
  );

  it('answers 304 to a matching If-None-Match and 200 after the picture changed', async () => {
    const { agent, profile } = await withProfile({ visibility: 'public' });
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png).expect(200);
    const url = `/api/profiles/${profile.id}/avatar`;
    const first = await request(app).get(url).expect(200);
    const etag = first.headers['etag'] as string;
    await request(app).get(url).set('If-None-Match', etag).expect(304);
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/jpeg').send(TINY_IMAGES.jpeg).expect(200);
    const changed = await request(app).get(url).set('If-None-Match', etag).expect(200);
    expect(changed.headers['content-type']).toBe('image/jpeg');
  });

  it('trusts the bytes, not the declared type: a PNG declared as JPEG is stored as PNG', async () => {
    const { agent } = await withProfile();
    const res = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/jpeg').send(TINY_IMAGES.png);
    expect(res.status).toBe(200);
    const stored = await AvatarModel.findById(res.body.profile.id).lean();
    expect(stored?.contentType).toBe('image/png');
  });

  it.each([
    ['a GIF', 'application/octet-stream', TINY_IMAGES.gif],
    ['a GIF declared as image/gif', 'image/gif', TINY_IMAGES.gif],
    ['a text file declared as PNG', 'image/png', Buffer.from('just some text, honestly')],
    ['plain text', 'text/plain', Buffer.from('hello')],
    [
      'an SVG (scriptable)',
      'image/svg+xml',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
    ],
    ['a JSON body', 'application/json', Buffer.from('{"data":"iVBORw0KGgo="}')],
    ['an empty body', 'image/png', Buffer.alloc(0)],
    ['a truncated PNG signature', 'image/png', TINY_IMAGES.png.subarray(0, 6)],
  ])('refuses %s with 415 unsupported_media_type and keeps the old picture', async (_what, type, body) => {
    const { agent, profile } = await withProfile();
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/webp').send(TINY_IMAGES.webp).expect(200);
    const res = await agent.put('/api/profiles/me/avatar').set('Content-Type', type).send(body);
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    const stored = await AvatarModel.findById(profile.id).lean();
    expect(stored?.contentType).toBe('image/webp');
  });

  it('refuses one byte over 1 MB with 413 payload_too_large and accepts exactly 1 MB', async () => {
    const { agent, profile } = await withProfile();
    const tooBig = Buffer.concat([
      TINY_IMAGES.png,
      Buffer.alloc(PROFILE_LIMITS.avatarMaxBytes + 1 - TINY_IMAGES.png.length),
    ]);
    const res = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(tooBig);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await AvatarModel.countDocuments({ _id: profile.id })).toBe(0);
    const justFits = tooBig.subarray(0, PROFILE_LIMITS.avatarMaxBytes);
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(justFits).expect(200);
  });

  it('needs a session and an existing profile', async () => {
    await request(app)
      .put('/api/profiles/me/avatar')
      .set('Content-Type', 'image/png')
      .send(TINY_IMAGES.png)
      .expect(401);
    const { agent } = await signUp(app);
    const res = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png);
    expect(res.status).toBe(404);
  });
});

describe('serving pictures', () => {
  it('follows the profile’s visibility: a members-only picture is 404 for anonymous visitors', async () => {
    const { agent, profile } = await withProfile({ visibility: 'members' });
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png).expect(200);
    const url = `/api/profiles/${profile.id}/avatar`;
    await request(app).get(url).expect(404);
    const member = await signUp(app);
    await member.agent.get(url).expect(200);
  });

  it('without a picture serves an initials SVG with a strict CSP, coloured by id', async () => {
    const { profile } = await withProfile({ visibility: 'public', name: { en: 'Yokohama Robotics Lab' } });
    const res = await request(app).get(profile.avatarUrl).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['etag']).toBeDefined();
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('>YR</text>');
    expect(svg).toContain(colourFor(profile.id));
    await request(app)
      .get(profile.avatarUrl)
      .set('If-None-Match', res.headers['etag'] as string)
      .expect(304);
  });

  it('escapes the name in the SVG so markup in a name cannot inject anything', async () => {
    const { profile } = await withProfile({ visibility: 'public', name: { en: '<script> &amp "quoted"' } });
    const res = await request(app).get(profile.avatarUrl).buffer(true).parse(binary).expect(200);
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toContain('>&lt;&amp;</text>');
    expect(svg).not.toContain('<script');
  });

  it('deleting the picture brings back the initials and removes the stored bytes', async () => {
    const { agent, profile } = await withProfile({ visibility: 'public' });
    await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png).expect(200);
    const res = await agent.delete('/api/profiles/me/avatar').expect(200);
    expect(res.body.profile.hasAvatar).toBe(false);
    expect(await AvatarModel.countDocuments({ _id: profile.id })).toBe(0);
    const served = await request(app).get(res.body.profile.avatarUrl).expect(200);
    expect(served.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });
});

describe('initials', () => {
  it.each([
    [{ en: 'Tanaka Design Studio' }, 'TD'],
    [{ en: 'acme' }, 'A'],
    [{ ja: '山田デザイン', en: '  ' }, '山田'],
    [{ ja: '𠮷野家' }, '𠮷野'],
    [{ ja: '株式会社カモメーション' }, 'カモ'],
    [{ ja: 'キューコントロール・ラボ合同会社' }, 'キュ'],
    [{ ja: '株式会社' }, '株式'],
    [{ en: 'émile zola' }, 'ÉZ'],
  ])('of %j are %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('picture URLs in lists and profiles (ETags remembered in memory)', () => {
  const view = async (id: string) => (await request(app).get(`/api/profiles/${id}`).expect(200)).body.profile;

  it('shows a picture stored or removed by this process at once, in the profile and the directory', async () => {
    const { agent, profile } = await withProfile({ visibility: 'public' });
    expect((await view(profile.id)).hasAvatar).toBe(false); // "no picture" is now remembered
    const up = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/png').send(TINY_IMAGES.png);
    const shown = await view(profile.id);
    expect(shown).toMatchObject({ hasAvatar: true, avatarUrl: up.body.profile.avatarUrl });
    const listed = await request(app).get('/api/profiles?limit=50').expect(200);
    const inList = (listed.body.items as Array<{ id: string; avatarUrl: string }>).find((p) => p.id === profile.id);
    if (inList) expect(inList.avatarUrl).toBe(up.body.profile.avatarUrl);

    const changed = await agent.put('/api/profiles/me/avatar').set('Content-Type', 'image/jpeg').send(TINY_IMAGES.jpeg);
    expect(changed.body.profile.avatarUrl).not.toBe(up.body.profile.avatarUrl);
    expect((await view(profile.id)).avatarUrl).toBe(changed.body.profile.avatarUrl);

    const removed = await agent.delete('/api/profiles/me/avatar').expect(200);
    expect(await view(profile.id)).toMatchObject({ hasAvatar: false, avatarUrl: removed.body.profile.avatarUrl });
  });

  it('shows a picture written by another process within AVATAR_ETAG_TTL_MS', async () => {
    const { profile } = await withProfile({ visibility: 'public' });
    expect((await view(profile.id)).hasAvatar).toBe(false);
    // Another process stores a picture: this one does not know yet.
    await AvatarModel.create({ _id: profile.id, data: TINY_IMAGES.png, contentType: 'image/png', size: 1, etag: 'x' });
    expect((await view(profile.id)).hasAvatar).toBe(false);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + AVATAR_ETAG_TTL_MS + 1);
    try {
      expect(await view(profile.id)).toMatchObject({ hasAvatar: true, avatarUrl: expect.stringMatching(/\?v=x$/) });
    } finally {
      clock.mockRestore();
    }
  });

  it('does not remember a lookup that was in flight while this process wrote the picture', async () => {
    const { profile } = await withProfile({ visibility: 'public' });
    const id = new Types.ObjectId(profile.id);
    const inFlight = avatarEtagsOf([id]); // reads "no picture" from the database
    rememberAvatarEtag(id, 'fresh'); // a local write completes meanwhile
    await inFlight;
    expect((await avatarEtagsOf([id])).get(profile.id)).toBe('fresh');
  });
});
