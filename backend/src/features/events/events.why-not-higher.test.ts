import type { PairPageDto, WhyNotHigherDto } from '@musubi/shared';
import { Types } from 'mongoose';
import { ProfileModel, type ProfileRecord } from '../profiles';
import { scoreLimits } from './why-not-higher';
import { buildTestApp } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser, type Person } from '../../../test/event-helpers';

const { app, runtime } = buildTestApp();

type Member = Awaited<ReturnType<typeof memberWith>>;

const LONG_EN =
  'We build robot control software for warehouses and port terminals, and we have run pilots with logistics companies in Yokohama for two years.';

describe('events: why a pair does not score higher, for organisers', () => {
  let org: Person;
  let eventId: string;
  let robots: Member;
  let investor: Member;
  let logistics: Member;

  const pairOf = async (x: Member, y: Member) => {
    const page = (await org.agent.get(`/api/events/${eventId}/pairs`).query({ limit: '200' }).expect(200))
      .body as PairPageDto;
    const ids = [x.profile.id, y.profile.id];
    return page.items.find((p) => ids.includes(p.a.id) && ids.includes(p.b.id))!;
  };
  const whyNot = async (key: string) =>
    (await org.agent.get(`/api/events/${eventId}/pairs/${key}/why-not-higher`).expect(200)).body as WhyNotHigherDto;

  beforeAll(async () => {
    await runtime.matchingIndex.ready();
    org = await organiser(app);
    eventId = (await createEvent(org)).id;
    robots = await memberWith(app, 'startup', {
      headline: { en: 'Robot control software for logistics' },
      description: { en: LONG_EN },
      tags: ['robotics', 'logistics'],
      offers: [{ category: 'engineering', text: 'Robot control software and logistics automation' }],
      seeks: [{ category: 'funding', text: 'Seed investment for logistics robots' }],
    });
    // Written only in Japanese: funds robots (robots' need), seeks a designer (robots offer none).
    investor = await memberWith(app, 'corporate', {
      name: { ja: '朝凪キャピタル' },
      headline: { ja: '地域の製造業に投資するCVC' },
      description: { ja: '横浜の製造業とスタートアップに投資しています。' },
      tags: ['fintech'],
      offers: [{ category: 'funding', text: '物流ロボットのスタートアップへのシード投資' }],
      seeks: [{ category: 'design', text: 'ブランドを作り直すグラフィックデザイナー' }],
    });
    // Each meets the other's need, in the same language, with shared tags and enough text.
    logistics = await memberWith(app, 'corporate', {
      headline: { en: 'Logistics operator investing in robot control software' },
      description: { en: LONG_EN.replace('We build', 'We buy') },
      tags: ['robotics', 'logistics'],
      offers: [{ category: 'funding', text: 'Seed investment for logistics robots startups' }],
      seeks: [{ category: 'engineering', text: 'Robot control software and logistics automation' }],
    });
    for (const m of [robots, investor, logistics]) {
      await runtime.matchingIndex.indexProfile(m.profile.id);
      await join(m, eventId);
    }
  });

  it('names what holds a weak pair down: only one side has its needs met', async () => {
    const pair = await pairOf(robots, investor);
    const why = await whyNot(pair.key);
    expect(why.pairKey).toBe(pair.key);
    const codes = why.limits.map((l) => l.code);
    expect(why.limits).toContainEqual({ code: 'one-sided', profileId: robots.profile.id });
    // Written in two languages, but the ja → en bridge meets their words (物流, ロボット, 投資):
    // language is not what holds this pair down.
    expect(codes).not.toContain('different-languages');
    expect(codes.length).toBeLessThanOrEqual(3);
  });

  it('names different languages when no words of the two texts meet', () => {
    const record = (text: { ja?: string; en?: string }, need: string) =>
      ({
        _id: new Types.ObjectId(),
        headline: text,
        description: text,
        tags: [],
        offers: [{ category: 'design', text: need }],
        seeks: [{ category: 'funding', text: need }],
      }) as unknown as ProfileRecord;
    const limits = scoreLimits({
      pair: { parts: { theyOfferYouSeek: 0.1, youOfferTheySeek: 0.1, sharedInterests: 0 }, reasons: [] },
      a: record({ ja: '横浜の町工場と一緒に新しい器を作っています' }, '器の販路'),
      b: record({ en: 'We write songs for theatre companies in Berlin' }, 'Songs for plays'),
      categoryShare: new Map(),
    });
    expect(limits.map((l) => l.code)).toContain('different-languages');
  });

  it('finds none of those for a mutual pair in one language with shared tags', async () => {
    const pair = await pairOf(robots, logistics);
    const codes = (await whyNot(pair.key)).limits.map((l) => l.code);
    for (const code of ['one-sided', 'no-complementarity', 'different-languages', 'no-shared-tags', 'short-profile'])
      expect(codes).not.toContain(code);
  });

  it('names common categories from the matching index, counting no profiles in the database', async () => {
    // Of the three indexed members, two offer funding and one each offers and seeks engineering:
    // both categories the pair meets on are held by a quarter of the members or more.
    const counted = jest.spyOn(ProfileModel, 'countDocuments');
    try {
      const pair = await pairOf(robots, logistics);
      const why = await whyNot(pair.key);
      const common = why.limits.find((l) => l.code === 'common-categories');
      expect(common?.categories?.slice().sort()).toEqual(['engineering', 'funding']);
      expect(counted).not.toHaveBeenCalled();
    } finally {
      counted.mockRestore();
    }
  });

  it('is shown to organisers only: a participant of the pair gets 404', async () => {
    const pair = await pairOf(robots, investor);
    await robots.agent.get(`/api/events/${eventId}/pairs/${pair.key}/why-not-higher`).expect(404);
    await org.agent.get(`/api/events/${eventId}/pairs/not-a-key/why-not-higher`).expect(404);
  });
});
