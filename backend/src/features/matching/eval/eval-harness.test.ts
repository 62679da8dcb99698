import type { EngineProfile } from '../engine';
import { Bm25Index } from './eval-bm25';
import { pairLanguage, textLanguage } from './eval-language';
import { ndcgAt, recallAt, reciprocalRank } from './eval-metrics';
import type { LabelledSet } from './eval-registry';
import { splitViewers } from './eval-split';

const profile = (id: string, over: Partial<EngineProfile> = {}): EngineProfile => ({
  id,
  kind: 'startup',
  tags: [],
  offers: [],
  seeks: [],
  description: {},
  headline: {},
  area: 'yokohama',
  languages: ['ja'],
  ...over,
});

describe('ranking metrics', () => {
  const relevant = new Set(['a', 'b']);

  it('recall@k counts the relevant ids in the first k over all relevant ids', () => {
    expect(recallAt(2, ['a', 'x', 'b'], relevant)).toBe(0.5);
    expect(recallAt(3, ['a', 'x', 'b'], relevant)).toBe(1);
  });

  it('nDCG is 1 for relevant ids first and discounts them lower down', () => {
    expect(ndcgAt(10, ['b', 'a', 'x'], relevant)).toBe(1);
    const late = 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(10, ['x', 'a', 'b'], relevant)).toBeCloseTo(late / (1 + 1 / Math.log2(3)));
    expect(ndcgAt(10, ['x', 'y'], relevant)).toBe(0);
  });

  it('MRR takes the place of the first relevant id, 0 when none', () => {
    expect(reciprocalRank(['x', 'y', 'b'], relevant)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });
});

describe('text language of a profile', () => {
  it('reads Japanese from kana or kanji even with Latin words inside, English from Latin alone', () => {
    const ja = profile('j', {
      headline: { ja: 'AIで港の点検' },
      offers: [{ category: 'data', text: 'PoCの画像データ' }],
    });
    const en = profile('e', { description: { en: 'Drone inspection' } });
    const both = profile('b', { headline: { ja: '港の点検' }, seeks: [{ category: 'funding', text: 'Seed round' }] });
    expect([textLanguage(ja), textLanguage(en), textLanguage(both)]).toEqual(['ja', 'en', 'both']);
  });

  it('calls a ja-only ↔ en-only pair cross-language and a pair with a bilingual side mixed', () => {
    expect(pairLanguage('ja', 'en')).toBe('cross');
    expect(pairLanguage('en', 'en')).toBe('same');
    expect(pairLanguage('both', 'en')).toBe('mixed');
  });
});

describe('the tuning / held-out split', () => {
  const set = (name: string, tunedOn: boolean, ids: string[]): LabelledSet => ({
    name,
    tunedOn,
    profiles: ids.map((id) => ({ ...profile(id), offers: [], seeks: [] })),
    labels: Object.fromEntries(ids.map((id) => [id, []])),
  });

  it('keeps tuned-on viewers in tuning and alternates the others, held-out first', () => {
    const split = splitViewers([set('old', true, ['o1', 'o2']), set('new', false, ['n3', 'n1', 'n2'])]);
    expect(Object.fromEntries(split)).toEqual({
      o1: 'tuning',
      o2: 'tuning',
      n1: 'heldout',
      n2: 'tuning',
      n3: 'heldout',
    });
  });
});

describe('the plain BM25 baseline', () => {
  const profiles = ['q', 'a', 'b', 'c', 'd', 'long'].map((id) => profile(id));
  const terms = [
    ['port', 'drone'],
    ['drone', 'x'],
    ['port', 'y'],
    ['drone', 'z'],
    ['drone', 'r'],
    ['port', 'w', 'v', 'u', 't', 's'],
  ];

  it('ranks a match on a rarer word first, ties by id, and a long text below short ones', () => {
    // port: 3 of 6 texts, drone: 4 of 6; "long" matches port but is three times the mean length.
    const index = new Bm25Index(profiles, terms);
    expect(index.rank('q', (id) => id !== 'q', 10)).toEqual(['b', 'a', 'c', 'd', 'long']);
  });

  it('returns only allowed ids, at most `depth`', () => {
    const index = new Bm25Index(profiles, terms);
    expect(index.rank('q', (id) => id === 'a' || id === 'c', 1)).toEqual(['a']);
  });
});
