import fc from 'fast-check';
import { type ProfileTokens, SPACE_FIELDS, TOKEN_FIELDS, type TokenField } from './engine-types';
import { DEFAULT_ENGINE_OPTIONS } from './engine-options';
import type { SearchOptions, SuggestOptions } from './engine-api';
import { MatchingEngine } from './matching-engine';
import { TOKENIZER_VERSION } from './tokenize';

const KINDS = ['startup', 'creator', 'corporate'] as const;
const AREAS = ['yokohama', 'shibuya', 'japan-other', 'overseas'] as const;
const LANGUAGES = ['ja', 'en', 'zh'];
/** A small vocabulary, so profiles overlap a lot and ties are common. */
const WORDS = Array.from({ length: 12 }, (_, i) => `w${i}`);
const termsOf = (field: TokenField) =>
  field === 'tags'
    ? WORDS.slice(0, 6).map((w) => `tag:${w}`)
    : field.endsWith('Categories')
      ? ['cat:design', 'cat:data', 'cat:funding', 'cat:co-creation']
      : WORDS;

const profileArbitrary = fc.record({
  kind: fc.constantFrom(...KINDS),
  area: fc.constantFrom(...AREAS),
  languages: fc.subarray(LANGUAGES, { minLength: 1 }),
  hidden: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  fields: fc.record(
    Object.fromEntries(
      TOKEN_FIELDS.map((f) => [f, fc.array(fc.constantFrom(...termsOf(f)), { maxLength: 5 })]),
    ) as Record<TokenField, fc.Arbitrary<string[]>>,
  ),
});

const corpusArbitrary = fc.array(profileArbitrary, { minLength: 1, maxLength: 40 }).map((profiles) =>
  profiles.map((p, i): ProfileTokens => ({
    v: TOKENIZER_VERSION,
    id: `p${String(i).padStart(3, '0')}`,
    surfaces: [],
    ...p,
  })),
);

const optionsArbitrary = (ids: string[]) =>
  fc.record(
    {
      filters: fc.record(
        {
          kinds: fc.subarray([...KINDS], { minLength: 1 }),
          areas: fc.subarray([...AREAS], { minLength: 1 }),
          languages: fc.subarray(LANGUAGES, { minLength: 1 }),
          allowIds: fc.subarray(ids),
        },
        { requiredKeys: [] },
      ),
      exclude: fc.subarray(ids),
      limit: fc.integer({ min: 1, max: 12 }),
      offset: fc.integer({ min: 0, max: 4 }),
    },
    { requiredKeys: ['limit'] },
  );

/** A corpus, a viewer in it and suggestion options over its ids. */
const caseArbitrary = corpusArbitrary.chain((corpus) =>
  fc.tuple(fc.constant(corpus), fc.constantFrom(...corpus.map((p) => p.id)), optionsArbitrary(corpus.map((p) => p.id))),
);

const page = (engine: MatchingEngine, viewer: string, options: SuggestOptions) =>
  engine.suggest(viewer, { ...options, diversity: false }).items.map(({ id, score, parts }) => ({ id, score, parts }));

describe('exactness: the index ranks exactly like brute force over the same vectors', () => {
  it('suggestions, with any filters, exclusions and page (ties broken by id)', () => {
    fc.assert(
      fc.property(caseArbitrary, ([corpus, viewer, options]) => {
        const engine = MatchingEngine.build(corpus);
        expect(page(engine, viewer, options)).toEqual(page(engine, viewer, { ...options, mode: 'brute-force' }));
      }),
      { numRuns: 300 },
    );
  });

  it('free-text search', () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 10 }),
        (corpus, words, limit) => {
          const engine = MatchingEngine.build(corpus);
          const search = (options: SearchOptions) => engine.search(words.join(' '), { limit, ...options }).items;
          expect(search({})).toEqual(search({ mode: 'brute-force' }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('holds on a larger corpus with both sparse and dense queries and small allow-lists', () => {
    const niche = (i: number): ProfileTokens => ({
      ...seededCorpus(1, i)[0]!,
      id: `niche-${i}`,
      fields: { ...emptyFields(), seekText: [`w${790 + i}`], description: [`w${780 + i}`] },
    });
    const corpus = [...seededCorpus(3000, 7), ...[0, 1, 2, 3].map(niche)];
    const engine = MatchingEngine.build(corpus);
    const scanned: number[] = [];
    const viewers = [...corpus.keys()].filter((i) => i % 97 === 0 || i >= 3000);
    for (const i of viewers) {
      const viewer = corpus[i]!.id;
      const allowIds = corpus.filter((_, j) => j % 61 === i % 61).map((p) => p.id);
      for (const options of [{ limit: 10 }, { limit: 25, offset: 5 }, { limit: 10, filters: { allowIds } }]) {
        const exact = page(engine, viewer, options);
        if (!options.filters) scanned.push(engine.lastQueryStats().scanned);
        expect(exact).toEqual(page(engine, viewer, { ...options, mode: 'brute-force' }));
      }
    }
    // Both accumulator strategies ran: sparse queries scan few slots, dense ones whole kinds.
    expect(Math.min(...scanned)).toBeLessThan(corpus.length / 4);
    expect(Math.max(...scanned)).toBeGreaterThan(corpus.length / 2);
  });
});

describe('the weights follow the documented BM25 weighting', () => {
  it('saturated, length-normalised tf × per-space BM25 idf with field weights, L2-normalised, per space', () => {
    const corpus = seededCorpus(60, 3);
    const engine = MatchingEngine.build(corpus);
    const vectors = referenceVectors(corpus);
    const viewer = corpus[0]!;
    for (const s of engine.suggest(viewer.id, { diversity: false, limit: 60 }).items) {
      const a = vectors.get(viewer.id)!;
      const b = vectors.get(s.id)!;
      expect(s.parts.theyOfferYouSeek).toBeCloseTo(cosine(a[1]!, b[0]!), 5);
      expect(s.parts.youOfferTheySeek).toBeCloseTo(cosine(a[0]!, b[1]!), 5);
      // Interests: the viewer's interests and, weighted, its seeks against their interests vector.
      const beta = DEFAULT_ENGINE_OPTIONS.score.seeksInInterests;
      expect(s.parts.sharedInterests).toBeCloseTo(cosine(a[2]!, b[2]!) + beta * cosine(a[1]!, b[2]!), 5);
    }
  });
});

function emptyFields(): Record<TokenField, string[]> {
  return Object.fromEntries(TOKEN_FIELDS.map((f) => [f, []])) as unknown as Record<TokenField, string[]>;
}

/** Deterministic profiles with Zipf-distributed terms from a larger vocabulary. */
function seededCorpus(size: number, seed: number): ProfileTokens[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n ** random()) - 1 + Math.floor(random() * 2));
  const draw = (field: TokenField, count: number) =>
    Array.from({ length: count }, () => {
      if (field === 'tags') return `tag:t${zipf(80)}`;
      if (field.endsWith('Categories')) return `cat:c${zipf(15)}`;
      return `w${zipf(800)}`;
    });
  return Array.from({ length: size }, (_, i) => ({
    v: TOKENIZER_VERSION,
    id: `p${String(i).padStart(5, '0')}`,
    kind: KINDS[Math.floor(random() * 3)]!,
    area: AREAS[Math.floor(random() * 4)]!,
    languages: random() < 0.5 ? ['ja'] : ['ja', 'en'],
    hidden: random() < 0.03,
    surfaces: [],
    fields: Object.fromEntries(
      TOKEN_FIELDS.map((f) => [
        f,
        draw(f, f.endsWith('Categories') ? 1 + Math.floor(random() * 2) : Math.floor(random() * 12)),
      ]),
    ) as Record<TokenField, string[]>,
  }));
}

/** An independent, straightforward implementation of the weighting, for comparison. */
function referenceVectors(corpus: ProfileTokens[]): Map<string, Map<string, number>[]> {
  const { fieldWeights, k1, lengthNormalisation, lengthPivots, normSmoothing } = DEFAULT_ENGINE_OPTIONS;
  const N = corpus.length;
  const df = SPACE_FIELDS.map(() => new Map<string, number>());
  for (const p of corpus) {
    SPACE_FIELDS.forEach((fields, s) => {
      for (const term of new Set(fields.flatMap(([f]) => p.fields[f]))) df[s]!.set(term, (df[s]!.get(term) ?? 0) + 1);
    });
  }
  const idf = (s: number, term: string) => {
    const n = df[s]!.get(term)!;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  };
  return new Map(
    corpus.map((p) => [
      p.id,
      SPACE_FIELDS.map((fields, s) => {
        const raw = new Map<string, number>();
        for (const [field, key] of fields) {
          const counts = new Map<string, number>();
          const terms = p.fields[field];
          for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
          const b = lengthNormalisation[key];
          const k = k1 * (1 - b + (b * terms.length) / lengthPivots[key]);
          for (const [term, n] of counts) {
            raw.set(term, (raw.get(term) ?? 0) + (fieldWeights[key] * n * (k1 + 1)) / (n + k));
          }
        }
        const vector = new Map([...raw].map(([term, tf]) => [term, tf * idf(s, term)]));
        const norm = Math.hypot(normSmoothing, ...vector.values());
        return new Map([...vector].map(([term, w]) => [term, w / norm]));
      }),
    ]),
  );
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0);
  return dot;
}
