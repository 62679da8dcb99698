import fc from 'fast-check';
import { ProfileDraftSchema, UpsertProfileSchema, type UpsertProfileInput } from './profiles';
import { assertPlain } from './testing/assert-plain';

/**
 * Property tests on the validators that guard the database: whatever arrives, a schema either
 * refuses it or hands over only plain data (no `$` keys, no functions, no prototype tricks).
 */

/** Deep equality as JSON sees it (so -0 and 0 are the same number). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((k) => k in recordB && sameJson(recordA[k], recordB[k]));
}

const validProfile = (): UpsertProfileInput => ({
  kind: 'startup',
  name: { ja: '株式会社テスト', en: 'Test Inc.' },
  headline: { en: 'We build things' },
  description: { ja: '説明です' },
  tags: ['AI', 'ロボット', 'Yokohama beer'],
  offers: [{ category: 'engineering', text: 'Backend' }],
  seeks: [{ category: 'funding' }],
  location: { area: 'yokohama', city: 'Yokohama' },
  languages: ['ja', 'en'],
  website: 'https://example.com',
  links: [{ label: 'Blog', url: 'https://example.com/blog' }],
  contact: { email: 'founder@example.com', phone: '+81 45-000-0000' },
  visibility: 'public',
  startup: { stage: 'seed', teamSize: 4 },
});

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  maxDepth: 3,
});
const operatorKey = fc.string({ maxLength: 8 }).map((s) => `$${s}`);

/** Places `key: value` as an own property (even `__proto__`) at a path inside a copy of `base`. */
function inject(base: object, path: readonly string[], key: string, value: unknown): object {
  const copy: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const step of path) target = target[step] as Record<string, unknown>;
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const NESTED_OBJECT_PATHS: readonly (readonly string[])[] = [
  [],
  ['name'],
  ['headline'],
  ['location'],
  ['contact'],
  ['startup'],
  ['offers', '0'],
  ['links', '0'],
];

describe('UpsertProfileSchema under arbitrary input', () => {
  it('accepts the reference profile (so the properties below can fail)', () => {
    expect(UpsertProfileSchema.safeParse(validProfile()).success).toBe(true);
  });

  it('for any value at all, either refuses it or yields only plain data', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const result = UpsertProfileSchema.safeParse(input);
        if (result.success) assertPlain(result.data);
      }),
      { numRuns: 500 },
    );
  });

  it('for a valid profile with any field replaced by anything, either refuses it or yields only plain data', () => {
    const field = fc.constantFrom(...Object.keys(validProfile()), 'version', 'creator', 'avatar', 'userId');
    fc.assert(
      fc.property(fc.array(fc.tuple(field, anything), { maxLength: 3 }), (patches) => {
        const input: Record<string, unknown> = validProfile();
        for (const [key, value] of patches) input[key] = value;
        const result = UpsertProfileSchema.safeParse(input);
        if (result.success) assertPlain(result.data);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a valid profile carrying an operator key at any depth', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NESTED_OBJECT_PATHS), operatorKey, anything, (path, key, value) => {
        expect(UpsertProfileSchema.safeParse(inject(validProfile(), path, key, value)).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid profile with an own __proto__, constructor or other unknown key anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NESTED_OBJECT_PATHS),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role'),
        anything,
        (path, key, value) => {
          expect(UpsertProfileSchema.safeParse(inject(validProfile(), path, key, value)).success).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for JSON bodies as a client could send them, either refuses or yields plain data', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => {
        const result = UpsertProfileSchema.safeParse(JSON.parse(json));
        if (result.success) assertPlain(result.data);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ProfileDraftSchema under arbitrary input', () => {
  it('accepts ordinary wizard progress', () => {
    const draft = { step: 2, data: { name: { ja: '山田' }, tags: ['AI'], n: 1, ok: true, none: null } };
    expect(ProfileDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('refuses sparse arrays (holes do not survive JSON)', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(ProfileDraftSchema.safeParse({ step: 1, data: { '\u0001': [, 1] } }).success).toBe(false);
  });

  it('for any data, either refuses it or yields plain JSON that survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(anything, (data) => {
        const result = ProfileDraftSchema.safeParse({ step: 1, data });
        if (!result.success) return;
        assertPlain(result.data);
        expect(sameJson(JSON.parse(JSON.stringify(result.data.data)), result.data.data)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses data containing an operator, dotted, or prototype key at any depth', () => {
    const safeJsonObject = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => /^[a-z]+$/.test(k)),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
      { maxKeys: 4 },
    );
    const badKey = fc.oneof(operatorKey, fc.constantFrom('__proto__', 'constructor', 'prototype', 'a.b', '.x'));
    fc.assert(
      fc.property(safeJsonObject, fc.nat({ max: 3 }), badKey, (data, depth, key) => {
        let nested: Record<string, unknown> = { ...data };
        const root = nested;
        for (let i = 0; i < depth; i += 1) {
          const child: Record<string, unknown> = {};
          nested.child = i % 2 ? [child] : child;
          nested = child;
        }
        Object.defineProperty(nested, key, { value: 1, enumerable: true, configurable: true, writable: true });
        expect(ProfileDraftSchema.safeParse({ step: 1, data: root }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
