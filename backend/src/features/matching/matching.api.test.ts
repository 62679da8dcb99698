import request from 'supertest';
import { CARD_EXCERPT_MAX } from '@musubi/shared';
import { ProfileModel } from '../profiles';
import { buildTestApp, signUp } from '../../../test/helpers';
import { buildProfileInput, eventually } from '../../../test/profile-factories';
import express from 'express';
import { loadSession } from '../../http/auth';
import { errorMiddleware } from '../../http/errors';
import { MatchingIndex } from './matching-index';
import { matchingRouter } from './matching.routes';
import { ProfileTokensModel } from './profile-tokens.model';
import { FeedbackModel } from './feedback.model';
import { FEEDBACK_TTL_MS } from './matching.service';
import { createLogger } from '../../logger';
import { DomainEventBus } from '../../events';
import { TOKENIZER_VERSION, tokenizeText } from './engine';

const { app, runtime } = buildTestApp();
// The matching routes over an index that never finishes building, to see how requests are answered
// meanwhile (a second full app would replace this app's directory ranker: one ranker per process).
const neverReady = new MatchingIndex({ events: new DomainEventBus(), logger: createLogger('silent'), pollMs: 0 });
const coldApp = express()
  .use('/api', loadSession, matchingRouter(neverReady))
  .use(errorMiddleware(createLogger('silent')));
type Agent = Awaited<ReturnType<typeof signUp>>['agent'];

/** Every field of a list card (`ProfileCardDto`), sorted. */
const CARD_KEYS = [
  'avatarUrl',
  'excerpt',
  'hasAvatar',
  'headline',
  'id',
  'kind',
  'languages',
  'location',
  'name',
  'offerCategories',
  'seekCategories',
  'tags',
  'version',
];

async function member(profile: Record<string, unknown> | null, language: 'ja' | 'en' = 'en') {
  const s = await signUp(app, { language });
  let id = '';
  if (profile) {
    const res = await s.agent.put('/api/profiles/me').send(buildProfileInput(profile)).expect(201);
    id = res.body.profile.id as string;
  }
  return { ...s, profileId: id };
}

const startupSeekingDesign = {
  kind: 'startup',
  name: { en: 'Harbour Robotics' },
  headline: { en: 'Autonomous delivery robots for the port' },
  description: { en: 'We build delivery robots for Yokohama port logistics.' },
  tags: ['robotics', 'ai'],
  offers: [{ category: 'engineering', text: 'Robot navigation software' }],
  seeks: [{ category: 'design', text: 'Product and UX design for our robot app' }],
  visibility: 'public',
};
const creatorOfferingDesign = {
  kind: 'creator',
  name: { en: 'Mio Design Studio', ja: 'ミオ・デザインスタジオ' },
  headline: { en: 'Product and UX design' },
  description: { en: 'Product design and UX design for hardware startups.' },
  tags: ['ux-design', 'product-design'],
  offers: [{ category: 'design', text: 'Product and UX design' }],
  seeks: [{ category: 'engineering', text: 'Engineers to build interactive robot installations' }],
  contact: { email: 'mio@example.com' },
  visibility: 'public',
  creator: { disciplines: ['UX design'], portfolioLinks: [] },
  startup: undefined,
};
const creatorSharedInterestsOnly = {
  kind: 'creator',
  name: { en: 'Robot Painter' },
  headline: { en: 'Paintings about robots and AI' },
  description: { en: 'I paint robots and AI.' },
  tags: ['robotics', 'ai', 'illustration'],
  offers: [{ category: 'content', text: 'Paintings' }],
  seeks: [{ category: 'funding', text: 'Gallery funding' }],
  visibility: 'public',
  creator: { disciplines: ['painting'], portfolioLinks: [] },
  startup: undefined,
};

let alice: Awaited<ReturnType<typeof member>>;
let mio: Awaited<ReturnType<typeof member>>;
let painter: Awaited<ReturnType<typeof member>>;

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  alice = await member(startupSeekingDesign);
  mio = await member(creatorOfferingDesign, 'ja');
  painter = await member(creatorSharedInterestsOnly);
  await eventually(async () => [alice, mio, painter].every((m) => runtime.matchingIndex.current.has(m.profileId)));
});

const suggestionIds = async (agent: Agent, query = '') =>
  (
    (await agent.get(`/api/matches/suggestions?limit=20${query}`).expect(200)).body.items as {
      profile: { id: string };
    }[]
  ).map((s) => s.profile.id);

describe('GET /api/matches/suggestions', () => {
  it('requires a session', async () => {
    await request(app).get('/api/matches/suggestions').expect(401);
  });

  it('asks for a profile first when the member has none', async () => {
    const { agent } = await member(null);
    const res = await agent.get('/api/matches/suggestions').expect(409);
    expect(res.body.error.details.reason).toBe('profile_required');
  });

  it('ranks the partner who offers what I seek above one with shared interests only', async () => {
    const ids = await suggestionIds(alice.agent);
    expect(ids).toContain(mio.profileId);
    expect(ids).not.toContain(alice.profileId);
    const painterRank = ids.indexOf(painter.profileId);
    expect(ids.indexOf(mio.profileId)).toBe(0);
    if (painterRank >= 0) expect(painterRank).toBeGreaterThan(0);
  });

  it('explains each suggestion in the requested language and never shows contact details', async () => {
    const en = await alice.agent.get('/api/matches/suggestions?lang=en').expect(200);
    const top = en.body.items[0];
    expect(top.profile.id).toBe(mio.profileId);
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(100);
    expect(top.profile.contact).toBeUndefined();
    const designReason = top.reasons.find((r: { category?: string }) => r.category === 'design');
    expect(designReason).toMatchObject({ type: 'they-offer-you-seek', label: 'Design' });
    expect(designReason.text).toMatch(/Design/);

    const ja = await alice.agent.get('/api/matches/suggestions?lang=ja').expect(200);
    const jaReason = ja.body.items[0].reasons.find((r: { category?: string }) => r.category === 'design');
    expect(jaReason.label).toBe('デザイン');
    expect(jaReason.text).toMatch(/デザイン/);
  });

  it('carries each profile as a card: what a list shows, never the description, need texts, links or contact', async () => {
    const res = await alice.agent.get('/api/matches/suggestions?lang=en').expect(200);
    const card = res.body.items.find((s: { profile: { id: string } }) => s.profile.id === mio.profileId).profile;
    expect(Object.keys(card).sort()).toEqual(CARD_KEYS);
    expect(card).toMatchObject({
      kind: 'creator',
      name: { en: 'Mio Design Studio', ja: 'ミオ・デザインスタジオ' },
      headline: { en: 'Product and UX design' },
      excerpt: { en: 'Product design and UX design for hardware startups.' },
      offerCategories: ['design'],
      seekCategories: ['engineering'],
      location: expect.objectContaining({ area: expect.any(String) }),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/mio@example\.com|Engineers to build interactive robot/);
  });

  it('defaults reasons to the account language', async () => {
    const res = await mio.agent.get('/api/matches/suggestions').expect(200);
    const texts = res.body.items.flatMap((s: { reasons: { text: string }[] }) => s.reasons.map((r) => r.text));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('')).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('filters by kind', async () => {
    const ids = await suggestionIds(alice.agent, '&kind=corporate');
    expect(ids).toHaveLength(0);
  });

  it('pages with an opaque cursor and rejects a forged one', async () => {
    const first = await alice.agent.get('/api/matches/suggestions?limit=1').expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await alice.agent
      .get(`/api/matches/suggestions?limit=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.items[0]?.profile.id).not.toBe(first.body.items[0].profile.id);
    await alice.agent.get('/api/matches/suggestions?cursor=bm9wZQ').expect(400);
  });

  it('does not skip a suggestion on the next page when one on this page was dismissed meanwhile', async () => {
    const all = await suggestionIds(alice.agent);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await alice.agent.get('/api/matches/suggestions?limit=1').expect(200);
    expect(first.body.items[0].profile.id).toBe(all[0]);
    await alice.agent.post(`/api/matches/${all[0]}/feedback`).send({ action: 'dismiss' }).expect(200);
    try {
      const second = await alice.agent
        .get(`/api/matches/suggestions?limit=1&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(second.body.items[0].profile.id).toBe(all[1]);
      // A fresh listing applies the dismissal.
      expect(await suggestionIds(alice.agent)).not.toContain(all[0]);
    } finally {
      await alice.agent.delete(`/api/matches/${all[0]}/feedback`).expect(204);
    }
  });

  it('never suggests hidden profiles', async () => {
    const hidden = await member({ ...creatorOfferingDesign, name: { en: 'Hidden Designer' }, visibility: 'hidden' });
    await eventually(async () => runtime.matchingIndex.current.has(hidden.profileId));
    expect(await suggestionIds(alice.agent)).not.toContain(hidden.profileId);
  });
});

describe('feedback', () => {
  it('save marks the suggestion and lists it under saved; removing the feedback unsaves', async () => {
    await alice.agent.post(`/api/matches/${mio.profileId}/feedback`).send({ action: 'save' }).expect(200);
    const res = await alice.agent.get('/api/matches/suggestions').expect(200);
    expect(res.body.items.find((s: { profile: { id: string } }) => s.profile.id === mio.profileId).saved).toBe(true);
    const saved = await alice.agent.get('/api/matches/saved').expect(200);
    expect(saved.body.items.map((p: { id: string }) => p.id)).toEqual([mio.profileId]);
    await alice.agent.delete(`/api/matches/${mio.profileId}/feedback`).expect(204);
    expect((await alice.agent.get('/api/matches/saved').expect(200)).body.items).toHaveLength(0);
  });

  it('lists saved profiles as cards, a long description cut to a short excerpt', async () => {
    const long = 'Interactive robot installations for public spaces and museums. '.repeat(60).trim();
    const writer = await member({ ...creatorOfferingDesign, name: { en: 'Long Writer' }, description: { en: long } });
    await alice.agent.post(`/api/matches/${writer.profileId}/feedback`).send({ action: 'save' }).expect(200);
    try {
      const saved = await alice.agent.get('/api/matches/saved').expect(200);
      const card = saved.body.items.find((p: { id: string }) => p.id === writer.profileId);
      expect(Object.keys(card).sort()).toEqual(CARD_KEYS);
      expect(card.excerpt.en.length).toBeLessThanOrEqual(CARD_EXCERPT_MAX);
      expect(card.excerpt.en).toMatch(/^Interactive robot installations for public spaces and museums\. .*…$/);
      expect(JSON.stringify(saved.body)).not.toMatch(/mio@example\.com|Engineers to build interactive robot/);
    } finally {
      await alice.agent.delete(`/api/matches/${writer.profileId}/feedback`).expect(204);
    }
  });

  it('dismiss and not-now remove the profile from later suggestions; undo brings it back', async () => {
    for (const action of ['dismiss', 'not-now']) {
      await alice.agent.post(`/api/matches/${mio.profileId}/feedback`).send({ action }).expect(200);
      expect(await suggestionIds(alice.agent)).not.toContain(mio.profileId);
      await alice.agent.delete(`/api/matches/${mio.profileId}/feedback`).expect(204);
      expect(await suggestionIds(alice.agent)).toContain(mio.profileId);
    }
  });

  it('feedback written by another process applies here within FEEDBACK_TTL_MS', async () => {
    expect(await suggestionIds(alice.agent)).toContain(mio.profileId); // alice's feedback is remembered now
    // As another process would: straight to the database, this process not told.
    await FeedbackModel.create({ userId: alice.user.id, profileId: mio.profileId, action: 'dismiss' });
    try {
      const now = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(now + FEEDBACK_TTL_MS + 1);
      try {
        expect(await suggestionIds(alice.agent)).not.toContain(mio.profileId);
      } finally {
        clock.mockRestore();
      }
    } finally {
      await alice.agent.delete(`/api/matches/${mio.profileId}/feedback`).expect(204);
    }
    expect(await suggestionIds(alice.agent)).toContain(mio.profileId);
  });

  it('rejects bad actions, own profile, unknown or hidden profiles, and anonymous callers', async () => {
    await alice.agent.post(`/api/matches/${mio.profileId}/feedback`).send({ action: 'love' }).expect(400);
    await alice.agent
      .post(`/api/matches/${mio.profileId}/feedback`)
      .send({ action: { $ne: 1 } })
      .expect(400);
    await alice.agent.post(`/api/matches/${alice.profileId}/feedback`).send({ action: 'save' }).expect(400);
    await alice.agent.post('/api/matches/0123456789abcdef01234567/feedback').send({ action: 'save' }).expect(404);
    await alice.agent.post('/api/matches/not-an-id/feedback').send({ action: 'save' }).expect(404);
    await request(app).post(`/api/matches/${mio.profileId}/feedback`).send({ action: 'save' }).expect(401);
  });
});

describe('ranked search in the directory', () => {
  it('finds profiles by free text in English and Japanese, best first', async () => {
    const en = await alice.agent.get('/api/profiles?q=UX%20design').expect(200);
    expect(en.body.items[0].id).toBe(mio.profileId);
    const ja = await alice.agent.get(`/api/profiles?q=${encodeURIComponent('デザイン')}`).expect(200);
    expect(ja.body.items.map((p: { id: string }) => p.id)).toContain(mio.profileId);
  });

  it('combines q with directory filters', async () => {
    const res = await alice.agent.get('/api/profiles?q=robots&kind=creator').expect(200);
    expect(res.body.items.every((p: { kind: string }) => p.kind === 'creator')).toBe(true);
  });
});

describe('directory search in Japanese', () => {
  it('finds the words a dictionary knows inside a longer phrase: 「観光客」 and 「案内」 in 「観光客向けの多言語案内」', async () => {
    const guide = await member(
      {
        ...startupSeekingDesign,
        name: { ja: 'ミナトガイド' },
        headline: { ja: 'インバウンド観光客向けの多言語案内アプリ' },
        description: { ja: 'みなとみらい地区の商業施設で使える音声ガイドです。' },
        tags: [],
      },
      'ja',
    );
    await eventually(async () => runtime.matchingIndex.current.has(guide.profileId));
    for (const q of ['観光客', '案内']) {
      const res = await mio.agent.get(`/api/profiles?q=${encodeURIComponent(q)}`).expect(200);
      expect([q, (res.body.items as { id: string }[]).map((p) => p.id)]).toEqual([
        q,
        expect.arrayContaining([guide.profileId]),
      ]);
    }
  });
});

describe('the index across processes', () => {
  it('builds from stored tokens at start and catches up on another process by polling', async () => {
    expect(await ProfileTokensModel.countDocuments()).toBeGreaterThanOrEqual(3);
    // A second "process": its own event bus, so it only learns about writes by polling.
    const other = new MatchingIndex({ events: new DomainEventBus(), logger: createLogger('silent'), pollMs: 0 });
    await other.ready();
    expect(other.current.has(mio.profileId)).toBe(true);

    const late = await member({ ...creatorOfferingDesign, name: { en: 'Late Designer' } });
    expect(other.current.has(late.profileId)).toBe(false);
    await other.poll();
    expect(other.current.has(late.profileId)).toBe(true);

    await late.agent.delete('/api/profiles/me').expect(204);
    expect(await ProfileModel.countDocuments({ _id: late.profileId })).toBe(0);
    await other.poll();
    expect(other.current.has(late.profileId)).toBe(false);
    await other.stop();
  });

  it('re-tokenises profiles whose stored tokens an older tokenizer made, and stores the new ones', async () => {
    const shuttle = await member(
      {
        ...startupSeekingDesign,
        name: { ja: 'みなとシャトル' },
        headline: { ja: '観光客向けの多言語案内' },
        description: { ja: 'みなとみらいで自動運転車両の実証実験を行っています。' },
      },
      'ja',
    );
    await eventually(async () => (await ProfileTokensModel.exists({ _id: shuttle.profileId })) !== null);
    // What natural's TokenizerJa (version 2) stored: a statistical cut that misses 案内.
    await ProfileTokensModel.updateOne(
      { _id: shuttle.profileId },
      {
        $set: { 'tokens.v': TOKENIZER_VERSION - 1, 'tokens.fields.headline': ['観光', '客向け', '多言', '語案', '内'] },
      },
    );
    const other = new MatchingIndex({ events: new DomainEventBus(), logger: createLogger('silent'), pollMs: 0 });
    await other.ready();
    const stored = await ProfileTokensModel.findById(shuttle.profileId).lean();
    expect(stored?.tokens.v).toBe(TOKENIZER_VERSION);
    // What the current tokenizer makes of it: kuromoji's words (観光 · 客 · 言語 · 案内), bridged to English.
    expect(stored?.tokens.fields.headline).toEqual(tokenizeText('観光客向けの多言語案内'));
    expect(stored?.tokens.fields.headline).not.toEqual(['観光', '客向け', '多言', '語案', '内']);
    expect(other.current.search('案内', { limit: 5 }).items.map((h) => h.id)).toContain(shuttle.profileId);
    await other.stop();
  });

  it('answers 503 with Retry-After while the index is still building', async () => {
    const res = await request(coldApp).get('/api/matches/suggestions').set('Cookie', alice.cookie).expect(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.error.code).toBe('service_unavailable');
  });
});
