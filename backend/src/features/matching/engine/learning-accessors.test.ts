import { tinyEngine, tinyProfile } from '../test-support/tiny-corpus';

const seeker = tinyProfile('startup', 'startup', {
  tags: ['smart-city', 'ai'],
  languages: ['ja'],
  seeks: [{ category: 'design', text: 'UI/UX design for our mobility app' }],
  offers: [{ category: 'data', text: 'Mobility data of Yokohama' }],
  description: { en: 'Smart city mobility platform' },
});
const designer = tinyProfile('designer', 'creator', {
  tags: ['smart-city'],
  offers: [{ category: 'design', text: 'UI design for mobility apps' }],
  seeks: [{ category: 'data', text: 'City data for installations' }],
  area: 'shibuya',
  languages: ['en', 'ja'],
});
const painter = tinyProfile('painter', 'creator', {
  offers: [{ category: 'content', text: 'Paintings of the city' }],
  languages: ['en'],
});
const engine = tinyEngine([seeker, designer, painter]);

describe('read-only accessors for learning to re-rank', () => {
  it('pairParts gives the parts and score suggest gives, and null for an unknown id', () => {
    const suggested = engine.suggest('startup', { diversity: false }).items.find((s) => s.id === 'designer')!;
    const [parts, unknown] = engine.pairParts('startup', ['designer', 'nobody']);
    expect(parts).toEqual({ ...suggested.parts, score: suggested.score });
    expect(unknown).toBeNull();
  });

  it('profileFacts names kind, area, tags and need categories, and compares languages by mask', () => {
    const me = engine.profileFacts('startup')!;
    const them = engine.profileFacts('designer')!;
    expect(me).toMatchObject({
      kind: 'startup',
      area: 'yokohama',
      seekCategories: ['design'],
      offerCategories: ['data'],
    });
    expect(me.tags.sort()).toEqual(['ai', 'smart-city']);
    expect(them).toMatchObject({ kind: 'creator', area: 'shibuya', offerCategories: ['design'], tags: ['smart-city'] });
    expect(me.languageMask & them.languageMask).not.toBe(0);
    expect(me.languageMask & engine.profileFacts('painter')!.languageMask).toBe(0);
    expect(engine.profileFacts('nobody')).toBeNull();
  });

  it('similarities rank a like profile above an unlike one, 0 for unknown ids', () => {
    const [designerSim, painterSim, unknown] = engine.similarities('startup', ['designer', 'painter', 'nobody']);
    expect(designerSim).toBeGreaterThan(painterSim!);
    expect(unknown).toBe(0);
  });
});
