import { tokenizeProfile } from './profile-tokens';
import { type MatchingEngine } from './matching-engine';
import { tinyEngine, tinyProfile } from '../test-support/tiny-corpus';

const suggestionsFor = (engine: MatchingEngine, id: string) =>
  engine.suggest(id, { diversity: false, limit: 50 }).items;

/** Members who need other things, so that the terms under test are not in most profiles. */
const bystanders = Array.from({ length: 12 }, (_, i) =>
  tinyProfile(`bystander-${i}`, 'creator', {
    tags: ['music'],
    offers: [{ category: 'content', text: `Live music ${i}` }],
    seeks: [{ category: 'space-venue', text: 'A stage' }],
  }),
);

describe('need categories weigh by their rarity', () => {
  // Everyone offers and seeks co-creation; two pairs also share a rarer need.
  const coCreation = { category: 'co-creation', text: '' };
  // 60 members: reasons judge a term ubiquitous only in corpora of 50 profiles or more.
  const everyone = Array.from({ length: 60 }, (_, i) =>
    tinyProfile(`member-${i}`, i % 2 ? 'corporate' : 'startup', { offers: [coCreation], seeks: [coCreation] }),
  );
  const seeker = tinyProfile('seeker', 'startup', {
    offers: [coCreation],
    seeks: [coCreation, { category: 'regulatory-support', text: '' }],
  });
  const regulator = tinyProfile('regulator', 'corporate', {
    offers: [coCreation, { category: 'regulatory-support', text: '' }],
    seeks: [coCreation],
  });
  const engine = tinyEngine([...everyone, seeker, regulator]);

  it('a category almost everyone offers and seeks adds almost nothing; a rare one decides', () => {
    const [best, ...rest] = suggestionsFor(engine, 'seeker');
    expect(best!.id).toBe('regulator');
    for (const other of rest) expect(other.score).toBeLessThan(best!.score / 10);
  });

  it('the ubiquitous category is no reason; the rare one is', () => {
    const [best] = suggestionsFor(engine, 'seeker');
    expect(best!.reasons.map((r) => r.term)).toEqual(['regulatory-support']);
  });
});

describe('a need text never counts its category a second time', () => {
  const investor = tinyProfile('investor', 'corporate', {
    offers: [{ category: 'funding', text: '資金を提供します。Funding for hardware startups' }],
  });
  const founder = tinyProfile('founder', 'startup', {
    seeks: [{ category: 'funding', text: 'シード資金の調達。Seed funding for our hardware' }],
  });
  const same = (text: string) => tinyProfile('founder', 'startup', { seeks: [{ category: 'funding', text }] });

  it('words of the category label (資金, funding) are not reasons beside the category', () => {
    const [suggestion] = suggestionsFor(tinyEngine([investor, founder, ...bystanders]), 'founder');
    const terms = suggestion!.reasons.map((r) => r.term);
    expect(terms).toContain('funding');
    expect(terms.filter((t) => ['funding', '資金', 'fund'].includes(t.toLowerCase()))).toEqual(['funding']);
    expect(suggestion!.reasons.filter((r) => r.category === 'funding')).toHaveLength(1);
  });

  it('scores as if the need text did not restate its category', () => {
    const score = (text: string) => suggestionsFor(tinyEngine([investor, same(text), ...bystanders]), 'founder')[0]!;
    expect(score('シード資金。Seed funding for our hardware').score).toBeCloseTo(
      score('シード。Seed for our hardware').score,
      6,
    );
  });

  it('the same word still counts in needs of another category', () => {
    const engine = tinyEngine([
      tinyProfile('mentor', 'corporate', { offers: [{ category: 'mentoring', text: 'Coaching on funding strategy' }] }),
      tinyProfile('founder', 'startup', { seeks: [{ category: 'mentoring', text: 'Funding strategy advice' }] }),
      ...bystanders,
    ]);
    const [suggestion] = suggestionsFor(engine, 'founder');
    expect(suggestion!.reasons.map((r) => r.term)).toContain('funding');
  });

  it('agreeing need texts make a stronger match than the category alone', () => {
    const hardware = tinyProfile('hardware', 'corporate', {
      offers: [{ category: 'funding', text: 'Seed investment in hardware robotics' }],
    });
    const retail = tinyProfile('retail', 'corporate', {
      offers: [{ category: 'funding', text: 'Loans for retail shops' }],
    });
    const seeker = tinyProfile('seeker', 'startup', {
      seeks: [{ category: 'funding', text: 'Seed investment for our robotics hardware' }],
    });
    expect(suggestionsFor(tinyEngine([hardware, retail, seeker, ...bystanders]), 'seeker').map((s) => s.id)).toEqual([
      'hardware',
      'retail',
    ]);
  });
});

describe('the share of members naming a need category', () => {
  it('is the larger of those offering and those seeking it, kept current on upsert and removal', () => {
    const investor = (id: string) => tinyProfile(id, 'corporate', { offers: [{ category: 'funding', text: 'Seed' }] });
    const founder = tinyProfile('founder', 'startup', { seeks: [{ category: 'funding', text: 'Seed round' }] });
    const engine = tinyEngine([investor('a'), investor('b'), founder, ...bystanders.slice(0, 5)]);
    expect(engine.needCategoryShare('funding')).toBeCloseTo(2 / 8);
    expect(engine.needCategoryShare('space-venue')).toBeCloseTo(5 / 8); // the bystanders seek a stage
    expect(engine.needCategoryShare('legal')).toBe(0);

    engine.upsert(tokenizeProfile(investor('c')));
    expect(engine.needCategoryShare('funding')).toBeCloseTo(3 / 9);
    engine.remove('a');
    engine.remove('b');
    expect(engine.needCategoryShare('funding')).toBeCloseTo(1 / 7);
  });
});
