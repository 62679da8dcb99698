import { explainReasons } from './explain';
import type { Page, SuggestOptions, Suggestion } from './engine-api';
import { tinyEngine, tinyProfile } from '../test-support/tiny-corpus';

const ids = (page: Page<{ id: string }>) => page.items.map((s) => s.id);
const plain: SuggestOptions = { diversity: false };
/**
 * Members who share nothing with the profiles under test: in a corpus of two or three profiles every
 * term is in most of them, and BM25's idf rightly gives such terms almost no weight.
 */
const bystanders = Array.from({ length: 8 }, (_, i) =>
  tinyProfile(`bystander-${i}`, 'corporate', {
    tags: ['food'],
    offers: [{ category: 'funding', text: 'Seed investment' }],
    seeks: [{ category: 'talent', text: 'Chefs' }],
  }),
);

const designSeeker = tinyProfile('startup-design', 'startup', {
  tags: ['smart-city'],
  seeks: [{ category: 'design', text: 'UI/UX design for our mobility app' }],
  offers: [{ category: 'data', text: '横浜の人流データ' }],
  description: { en: 'Smart city mobility platform in Yokohama' },
});

describe('complementarity', () => {
  const designer = tinyProfile('creator-designer', 'creator', {
    offers: [{ category: 'design', text: 'UI design and branding for apps' }],
  });
  const lookalike = tinyProfile('creator-lookalike', 'creator', {
    tags: ['smart-city'],
    description: { en: 'Interested in smart city mobility in Yokohama' },
  });
  const mutual = tinyProfile('creator-mutual', 'creator', {
    offers: [{ category: 'design', text: 'UI design and branding for apps' }],
    seeks: [{ category: 'data', text: '人流データを使った作品' }],
  });

  it('ranks a creator offering what the startup seeks above one with shared interests only', () => {
    const page = tinyEngine([designSeeker, designer, lookalike]).suggest(designSeeker.id, plain);
    expect(ids(page)).toEqual(['creator-designer', 'creator-lookalike']);
    expect(page.items[0]!.parts.theyOfferYouSeek).toBeGreaterThan(0);
    expect(page.items[1]!.parts).toMatchObject({ theyOfferYouSeek: 0, youOfferTheySeek: 0 });
  });

  it('ranks a mutual match above an equally strong one-sided one', () => {
    const page = tinyEngine([designSeeker, designer, mutual]).suggest(designSeeker.id, plain);
    expect(ids(page)).toEqual(['creator-mutual', 'creator-designer']);
    expect(page.items[0]!.parts.theyOfferYouSeek).toBeCloseTo(page.items[1]!.parts.theyOfferYouSeek, 6);
  });

  it('is symmetric: the designer sees the startup for the same reasons the other way round', () => {
    const engine = tinyEngine([designSeeker, mutual]);
    const there = engine.suggest(designSeeker.id, plain).items[0]!;
    const back = engine.suggest(mutual.id, plain).items[0]!;
    expect(back.id).toBe(designSeeker.id);
    expect(back.score).toBeCloseTo(there.score, 6);
    expect(back.parts.youOfferTheySeek).toBeCloseTo(there.parts.theyOfferYouSeek, 6);
  });
});

describe('tags meet across languages through their canonical ids', () => {
  const ja = tinyProfile('ja-ai', 'startup', { tags: ['ai'], description: { ja: '倉庫の在庫を効率化します' } });
  const en = tinyProfile('en-ai', 'creator', {
    tags: ['ai'],
    description: { en: 'Generative art with machine learning' },
  });
  const untagged = tinyProfile('en-untagged', 'creator', { description: { en: 'Generative art with AI' } });

  it('suggests the English profile to the Japanese one with the tag as the reason', () => {
    const page = tinyEngine([ja, en, untagged]).suggest(ja.id, plain);
    expect(ids(page)).toEqual(['en-ai']);
    expect(page.items[0]!.reasons).toEqual([expect.objectContaining({ type: 'shared-interest', tagId: 'ai' })]);
  });
});

describe('free text meets across languages through the ja → en bridge', () => {
  const seeker = (id: string, text: string) => tinyProfile(id, 'startup', { seeks: [{ category: 'data', text }] });
  const jaSeeker = seeker('ja-seeker', 'コールドチェーン物流の倉庫データ');
  const enSeeker = seeker('en-seeker', 'cold chain logistics warehouse data');
  const offerer = tinyProfile('en-offerer', 'corporate', {
    offers: [{ category: 'data', text: 'Warehouse data from our cold chain logistics network' }],
  });

  it('scores a Japanese seeker and an English offerer like two English profiles saying the same', () => {
    const engine = tinyEngine([jaSeeker, enSeeker, offerer]);
    const ja = engine.suggest(jaSeeker.id, plain).items.find((s) => s.id === offerer.id)!;
    const en = engine.suggest(enSeeker.id, plain).items.find((s) => s.id === offerer.id)!;
    expect(ja.parts.theyOfferYouSeek).toBeGreaterThan(0);
    expect(ja.score).toBeCloseTo(en.score, 9);
  });
});

describe('kind rules', () => {
  const startup = tinyProfile('s1', 'startup', { tags: ['ai'] });
  const otherStartup = tinyProfile('s2', 'startup', { tags: ['ai'] });
  const creator = tinyProfile('c1', 'creator', { tags: ['ai'] });
  const otherCreator = tinyProfile('c2', 'creator', { tags: ['ai'] });
  const corporate = tinyProfile('k1', 'corporate', { tags: ['ai'] });
  const all = [startup, otherStartup, creator, otherCreator, corporate];

  it('by default suggests other kinds only', () => {
    const engine = tinyEngine(all);
    expect(ids(engine.suggest('s1', plain)).sort()).toEqual(['c1', 'c2', 'k1']);
    expect(ids(engine.suggest('c1', plain)).sort()).toEqual(['k1', 's1', 's2']);
    expect(ids(engine.suggest('k1', plain)).sort()).toEqual(['c1', 'c2', 's1', 's2']);
  });

  it('lets a viewer seeking co-creation or talent meet its own kind', () => {
    const seeking = tinyProfile('s1', 'startup', { tags: ['ai'], seeks: [{ category: 'co-creation', text: '' }] });
    const hiring = tinyProfile('c1', 'creator', { tags: ['ai'], seeks: [{ category: 'talent', text: '' }] });
    const engine = tinyEngine([seeking, otherStartup, hiring, otherCreator, corporate]);
    expect(ids(engine.suggest('s1', plain))).toContain('s2');
    expect(ids(engine.suggest('c1', plain))).toContain('c2');
    expect(ids(engine.suggest('s2', plain))).not.toContain('s1');
  });

  it('follows configured rules', () => {
    const engine = tinyEngine(all, { kindRules: { pairs: [['startup', 'corporate']], sameKindWhenSeeking: [] } });
    expect(ids(engine.suggest('s1', plain))).toEqual(['k1']);
    expect(ids(engine.suggest('c1', plain))).toEqual([]);
  });
});

describe('filters and exclusions', () => {
  const viewer = tinyProfile('v', 'startup', { tags: ['ai', 'design'] });
  const others = [
    tinyProfile('a', 'creator', { tags: ['ai'], area: 'shibuya', languages: ['en'] }),
    tinyProfile('b', 'creator', { tags: ['ai', 'design'], area: 'yokohama', languages: ['ja'] }),
    tinyProfile('c', 'corporate', { tags: ['ai'], area: 'overseas', languages: ['en', 'zh'] }),
    tinyProfile('d', 'corporate', { tags: ['ai', 'design'], hidden: true }),
    tinyProfile('e', 'creator', { tags: ['design'], area: 'japan-other', languages: ['ja', 'en'] }),
  ];
  const engine = tinyEngine([viewer, ...others]);
  const found = (options: SuggestOptions) => ids(engine.suggest('v', { ...plain, ...options })).sort();

  it('never returns the viewer or hidden profiles', () => {
    expect(found({})).toEqual(['a', 'b', 'c', 'e']);
  });

  it('filters by kind, area and language', () => {
    expect(found({ filters: { kinds: ['corporate'] } })).toEqual(['c']);
    expect(found({ filters: { areas: ['yokohama', 'shibuya'] } })).toEqual(['a', 'b']);
    expect(found({ filters: { languages: ['zh'] } })).toEqual(['c']);
    expect(found({ filters: { languages: ['ja'] } })).toEqual(['b', 'e']);
    expect(found({ filters: { languages: ['fr'] } })).toEqual([]);
  });

  it('restricts to an allow-list (event participants) and drops excluded ids (blocked, dismissed)', () => {
    expect(found({ filters: { allowIds: ['a', 'c', 'd', 'unknown'] } })).toEqual(['a', 'c']);
    expect(found({ exclude: ['b', 'e'] })).toEqual(['a', 'c']);
  });

  it('a kind filter cannot widen the kind rules', () => {
    expect(found({ filters: { kinds: ['startup', 'creator'] } })).toEqual(['a', 'b', 'e']);
  });

  it('gives nothing to a profile that is not indexed', () => {
    expect(engine.suggest('nobody')).toEqual({ items: [], nextOffset: null });
  });
});

describe('reasons', () => {
  const designer = tinyProfile('creator-designer', 'creator', {
    tags: ['smart-city'],
    offers: [{ category: 'design', text: 'UX design for mobility apps' }],
    seeks: [{ category: 'data', text: 'open data for generative art' }],
  });
  const [suggestion] = tinyEngine([designSeeker, designer, ...bystanders]).suggest(designSeeker.id, plain).items as [
    Suggestion,
  ];
  const labels = {
    tagLabel: (id: string, lang: 'ja' | 'en') =>
      ({ 'smart-city': { ja: 'スマートシティ', en: 'Smart city' } })[id]?.[lang] ?? id,
    categoryLabel: (id: string, lang: 'ja' | 'en') =>
      ({ design: { ja: 'デザイン', en: 'Design' }, data: { ja: 'データ提供', en: 'Data' } })[id]?.[lang] ?? id,
  };

  it('names the terms that contributed, on the side whose need they meet, heaviest first', () => {
    const { reasons } = suggestion;
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'they-offer-you-seek', category: 'design' }),
        expect.objectContaining({ type: 'they-offer-you-seek', term: 'mobility' }),
        expect.objectContaining({ type: 'you-offer-they-seek', category: 'data' }),
        expect.objectContaining({ type: 'shared-interest', tagId: 'smart-city' }),
      ]),
    );
    expect(reasons.map((r) => r.weight)).toEqual([...reasons.map((r) => r.weight)].sort((a, b) => b - a));
    expect(reasons.length).toBeLessThanOrEqual(5);
  });

  it('shows words rather than stems', () => {
    expect(suggestion.reasons.map((r) => r.term)).toContain('mobility');
    expect(suggestion.reasons.map((r) => r.term)).not.toContain('mobil');
  });

  it('explains in English and Japanese with injected labels', () => {
    const byType = (type: string) => suggestion.reasons.filter((r) => r.type === type && r.category);
    expect(explainReasons(byType('they-offer-you-seek'), 'en', labels)).toEqual(['They offer Design; you seek Design']);
    expect(explainReasons(byType('they-offer-you-seek'), 'ja', labels)).toEqual([
      '相手はデザインを提供、あなたはデザインを求めています',
    ]);
    expect(explainReasons(byType('you-offer-they-seek'), 'en', labels)).toEqual(['You offer Data; they seek Data']);
    const shared = suggestion.reasons.filter((r) => r.type === 'shared-interest');
    expect(explainReasons(shared, 'en', labels)).toEqual(['You share an interest in Smart city']);
    expect(explainReasons(shared, 'ja', labels)).toEqual(['共通の関心：スマートシティ']);
  });
});

describe('diversity (MMR)', () => {
  const viewer = tinyProfile('v', 'startup', {
    tags: ['ai', 'robotics'],
    seeks: [{ category: 'design', text: 'industrial design for robots' }],
  });
  const clone = (i: number) =>
    tinyProfile(`clone-${i}`, 'creator', {
      tags: ['ai', 'robotics'],
      offers: [{ category: 'design', text: 'industrial design for robots' }],
      description: { en: 'Robot design studio' },
    });
  // Offering the same, but different people sharing fewer interests: a little less relevant.
  const distinct = [
    tinyProfile('other-1', 'creator', {
      tags: ['ai'],
      offers: [{ category: 'design', text: 'industrial design for robots' }],
    }),
    tinyProfile('other-2', 'corporate', {
      tags: ['robotics'],
      offers: [{ category: 'design', text: 'industrial design for robots' }],
    }),
  ];
  // MMR's own mechanics, on the complementarity and interests alone: the clones' description would
  // also answer the viewer's seeks through `seeksInInterests`, which the others lack.
  const engine = tinyEngine([viewer, ...[1, 2, 3, 4, 5].map(clone), ...distinct, ...bystanders], {
    score: { seeksInInterests: 0 },
  });
  const clonesInTop3 = (options: SuggestOptions) =>
    ids(engine.suggest('v', { limit: 3, ...options })).filter((id) => id.startsWith('clone')).length;

  it('without MMR the top is all near-copies', () => {
    expect(clonesInTop3({ diversity: false })).toBe(3);
  });

  it('with MMR the top mixes in different profiles', () => {
    expect(clonesInTop3({ diversity: { lambda: 0.5, pool: 50 } })).toBeLessThan(3);
    expect(clonesInTop3({})).toBeLessThan(3);
  });

  it('keeps pages consistent: page 2 continues page 1', () => {
    const first = ids(engine.suggest('v', { limit: 3 }));
    const second = ids(engine.suggest('v', { limit: 3, offset: 3 }));
    const all = ids(engine.suggest('v', { limit: 6 }));
    expect([...first, ...second]).toEqual(all);
  });
});

describe('pagination', () => {
  const viewer = tinyProfile('v', 'corporate', { tags: ['ai'] });
  const many = Array.from({ length: 7 }, (_, i) =>
    tinyProfile(`c${i}`, 'creator', { tags: ['ai', ...(i % 2 ? ['design'] : [])] }),
  );
  const engine = tinyEngine([viewer, ...many]);

  it('walks the ranking with an offset cursor, ties broken by id', () => {
    const first = engine.suggest('v', { ...plain, limit: 3 });
    expect(first.nextOffset).toBe(3);
    const second = engine.suggest('v', { ...plain, limit: 3, offset: first.nextOffset! });
    const third = engine.suggest('v', { ...plain, limit: 3, offset: second.nextOffset! });
    expect(third.nextOffset).toBeNull();
    const walked = [...ids(first), ...ids(second), ...ids(third)];
    expect(walked).toEqual(['c0', 'c2', 'c4', 'c6', 'c1', 'c3', 'c5']);
  });
});

describe('search', () => {
  const engine = tinyEngine([
    tinyProfile('designer-ja', 'creator', { offers: [{ category: 'design', text: 'アプリのUIデザイン' }] }),
    tinyProfile('designer-en', 'creator', { offers: [{ category: 'design', text: 'UI design for apps' }] }),
    tinyProfile('port', 'corporate', {
      headline: { ja: '横浜港の物流企業' },
      description: { en: 'Port logistics' },
      area: 'yokohama',
    }),
    tinyProfile('hidden', 'creator', { offers: [{ category: 'design', text: 'UI design' }], hidden: true }),
  ]);

  it('finds Japanese text', () => {
    expect(ids(engine.search('物流'))).toEqual(['port']);
    expect(ids(engine.search('UIデザイン'))).toEqual(expect.arrayContaining(['designer-ja', 'designer-en']));
  });

  it('finds English text through the same stemming, a category through words of its label, and Japanese text through the bridge', () => {
    // "design" restates the design category of both designers' needs, so it finds both.
    expect(ids(engine.search('designing')).sort()).toEqual(['designer-en', 'designer-ja']);
    expect(ids(engine.search('logistic ports'))).toEqual(['port']);
  });

  it('matches categories and tags given as ids', () => {
    expect(ids(engine.search('', { categories: ['design'] })).sort()).toEqual(['designer-en', 'designer-ja']);
  });

  it('applies filters, never returns hidden profiles and pages', () => {
    expect(ids(engine.search('UI design', { filters: { kinds: ['corporate'] } }))).toEqual([]);
    const page = engine.search('UI design', { limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextOffset).toBe(1);
    expect(ids(engine.search('UI design', { limit: 1, offset: 1 }))).toHaveLength(1);
    expect(ids(engine.search('nothing matches this'))).toEqual([]);
  });
});
