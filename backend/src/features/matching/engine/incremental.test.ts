import { type ProfileTokens, TOKEN_FIELDS, type TokenField } from './engine-types';
import { MatchingEngine } from './matching-engine';
import { TOKENIZER_VERSION } from './tokenize';

/**
 * Idf policy under test: idf is frozen at build and refreshed (with a compaction) on demand or when
 * the profile count drifts; between refreshes the index is exact over its current vectors, and after
 * a refresh it equals a fresh build over the same profiles, score for score.
 */

function generator(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const word = (n: number) => Math.floor(n ** random()) - 1;
  let next = 0;
  const profile = (id = `p${String(next++).padStart(4, '0')}`): ProfileTokens => ({
    v: TOKENIZER_VERSION,
    id,
    kind: (['startup', 'creator', 'corporate'] as const)[Math.floor(random() * 3)]!,
    area: 'yokohama',
    languages: ['ja'],
    hidden: random() < 0.05,
    surfaces: [],
    fields: Object.fromEntries(
      TOKEN_FIELDS.map((f) => [
        f,
        Array.from({ length: Math.floor(random() * 8) }, () =>
          f === 'tags' ? `tag:t${word(40)}` : f.endsWith('Categories') ? `cat:c${word(15)}` : `w${word(400)}`,
        ),
      ]),
    ) as Record<TokenField, string[]>,
  });
  return { random, profile };
}

const everyone = (engine: MatchingEngine, ids: string[]) =>
  ids.map((id) => engine.suggest(id, { diversity: false, limit: 15 }).items);

describe('incremental updates', () => {
  const { random, profile } = generator(42);
  const initial = Array.from({ length: 300 }, () => profile());
  const live = new Map(initial.map((p) => [p.id, p]));
  const engine = MatchingEngine.build(initial, {
    autoRefresh: false,
    compaction: { minDeltaSlots: 25, deltaFraction: 0, deadFraction: 0.05 },
  });
  for (let op = 0; op < 400; op++) {
    const ids = [...live.keys()];
    const r = random();
    if (r < 0.35) {
      const added = profile();
      live.set(added.id, added);
      engine.upsert(added);
    } else if (r < 0.75) {
      const updated = profile(ids[Math.floor(random() * ids.length)]);
      live.set(updated.id, updated);
      engine.upsert(updated);
    } else {
      const id = ids[Math.floor(random() * ids.length)]!;
      live.delete(id);
      expect(engine.remove(id)).toBe(true);
    }
  }
  const ids = [...live.keys()].sort();

  it('tracks the live profiles', () => {
    expect(engine.size).toBe(live.size);
    expect(engine.remove('never-indexed')).toBe(false);
    expect(ids.every((id) => engine.has(id))).toBe(true);
  });

  it('stays exact across main segment, delta segment and tombstones before any refresh', () => {
    expect(engine.stats().deltaSlots).toBeGreaterThan(0);
    expect(engine.stats().idfProfiles).toBe(300);
    for (const id of ids.slice(0, 80)) {
      const exact = engine.suggest(id, { diversity: false, limit: 15 }).items;
      expect(exact).toEqual(engine.suggest(id, { diversity: false, limit: 15, mode: 'brute-force' }).items);
    }
  });

  it('reads the delta segment and skips tombstones', () => {
    const viewer = live.get(ids[0]!)!;
    const live15 = (id: string) => engine.suggest(id, { diversity: false, limit: 15 }).items;
    // A perfect complement of the viewer, added to the delta segment, then replaced, then removed.
    const f = viewer.fields;
    const complement: ProfileTokens = {
      ...profile('complement'),
      kind: viewer.kind === 'startup' ? 'corporate' : 'startup',
      hidden: false,
      fields: {
        ...f,
        offerCategories: f.seekCategories,
        offerText: f.seekText,
        seekCategories: f.offerCategories,
        seekText: f.offerText,
      },
    };
    engine.upsert(complement);
    expect(engine.stats().deltaSlots).toBeGreaterThan(0);
    expect(live15(viewer.id)[0]!.id).toBe('complement');
    engine.upsert({
      ...complement,
      fields: { ...complement.fields, offerCategories: [], offerText: [], seekCategories: [], seekText: [] },
    });
    const stale = engine.suggest(viewer.id, { diversity: false, limit: 1000 }).items;
    expect(stale.filter((s) => s.id === 'complement').length).toBeLessThanOrEqual(1);
    expect(stale[0]?.id).not.toBe('complement');
    engine.upsert(complement);
    expect(live15(viewer.id)[0]!.id).toBe('complement');
    engine.remove('complement');
    expect(live15(viewer.id).map((s) => s.id)).not.toContain('complement');
  });

  it('compaction alone changes no score', () => {
    const before = everyone(engine, ids);
    engine.compact();
    expect(engine.stats()).toMatchObject({ deltaSlots: 0, deadSlots: 0 });
    expect(everyone(engine, ids)).toEqual(before);
  });

  it('after refresh() equals a fresh build over the same profiles, score for score', () => {
    engine.refresh();
    const fresh = MatchingEngine.build(
      ids.map((id) => live.get(id)!),
      { autoRefresh: false },
    );
    expect(engine.stats()).toEqual(fresh.stats());
    expect(everyone(engine, ids)).toEqual(everyone(fresh, ids));
    expect(engine.search('w1 w2 w3').items).toEqual(fresh.search('w1 w2 w3').items);
  });
});

describe('idf refresh policy', () => {
  it('refreshes by itself once the profile count drifts past refreshDrift', () => {
    const { profile } = generator(7);
    const engine = MatchingEngine.build(
      Array.from({ length: 100 }, () => profile()),
      { refreshDrift: 0.1 },
    );
    for (let i = 0; i < 10; i++) engine.upsert(profile());
    expect(engine.stats().idfProfiles).toBe(100);
    expect(engine.needsRefresh()).toBe(false);
    engine.upsert(profile());
    expect(engine.stats()).toMatchObject({ idfProfiles: 111, deltaSlots: 0 });
  });

  it('replacing a profile with the same tokens changes nothing', () => {
    const { profile } = generator(9);
    const corpus = Array.from({ length: 50 }, () => profile());
    const engine = MatchingEngine.build(corpus, { autoRefresh: false });
    const ids = corpus.map((p) => p.id);
    const before = everyone(engine, ids);
    for (const p of corpus.slice(0, 10)) engine.upsert(p);
    expect(everyone(engine, ids)).toEqual(before);
  });
});
