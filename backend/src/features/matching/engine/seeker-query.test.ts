import { tokenizeProfile } from './profile-tokens';
import { tinyEngine, tinyProfile } from '../test-support/tiny-corpus';

const corporate = tinyProfile('corp', 'corporate', {
  tags: ['smart-city', 'mobility'],
  seeks: [{ category: 'poc-partner', text: 'Autonomous shuttle pilot at the port' }],
  offers: [{ category: 'space-venue', text: 'Test field at the harbour' }],
  description: { en: 'Railway operator running smart city pilots' },
});
const others = [
  tinyProfile('shuttle', 'startup', {
    tags: ['mobility'],
    offers: [{ category: 'poc-partner', text: 'Autonomous shuttle software' }],
    seeks: [{ category: 'space-venue', text: 'A test field' }],
  }),
  tinyProfile('designer', 'creator', { offers: [{ category: 'design', text: 'Branding' }] }),
  tinyProfile('city-fan', 'creator', { tags: ['smart-city'], description: { en: 'Smart city art' } }),
  tinyProfile('unrelated', 'startup', { offers: [{ category: 'content', text: 'Cooking videos' }] }),
];
const engine = tinyEngine([corporate, ...others], { diversity: false });

describe('ranking for a seeker that is not indexed', () => {
  it('ranks like suggest when the seeker says what an indexed profile says', () => {
    const asProfile = engine.suggest('corp');
    const asSeeker = engine.suggestForSeeker(tokenizeProfile({ ...corporate, id: 'virtual' }), {
      exclude: ['corp'],
      filters: { kinds: ['startup', 'creator'] },
    });
    expect(asSeeker.items.map((s) => [s.id, s.score])).toEqual(asProfile.items.map((s) => [s.id, s.score]));
    expect(asSeeker.items[0]!.id).toBe('shuttle');
    expect(asSeeker.items[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('scores one profile like the ranking does, and nothing for a profile that fits in no way', () => {
    const seeker = tokenizeProfile({ ...corporate, id: 'virtual' });
    const ranked = engine.suggestForSeeker(seeker, { exclude: ['corp'] }).items.find((s) => s.id === 'shuttle')!;
    expect(engine.scoreForSeeker(seeker, 'shuttle')).toEqual(ranked);
    expect(engine.scoreForSeeker(seeker, 'unrelated')).toBeNull();
    expect(engine.scoreForSeeker(seeker, 'not-indexed')).toBeNull();
  });

  it('counts words no profile uses in the norm, so they lower the score without matching', () => {
    const plain = tokenizeProfile(
      tinyProfile('a', 'corporate', { seeks: [{ category: 'poc-partner', text: 'shuttle' }] }),
    );
    const padded = tokenizeProfile(
      tinyProfile('b', 'corporate', { seeks: [{ category: 'poc-partner', text: 'shuttle zyxwv qwertz plugh' }] }),
    );
    const a = engine.scoreForSeeker(plain, 'shuttle')!;
    const b = engine.scoreForSeeker(padded, 'shuttle')!;
    expect(b.score).toBeLessThan(a.score);
    expect(b.score).toBeGreaterThan(0);
  });
});
