import { TAG_CATEGORIES, TAG_BY_ID, TAGS, TagIdSchema, normalizeTagText, resolveTag } from './index';
import type { TagDto } from './index';

/** Every term of a tag that must resolve to it, computed independently of the lookup implementation. */
function termsOf(tag: TagDto): { term: string; source: string }[] {
  return [
    { term: tag.id, source: 'id' },
    { term: tag.ja, source: 'ja label' },
    { term: tag.en, source: 'en label' },
    ...tag.synonyms.ja.map((term) => ({ term, source: 'ja synonym' })),
    ...tag.synonyms.en.map((term) => ({ term, source: 'en synonym' })),
    ...Object.entries(tag.readings ?? {}).map(([kanji, term]) => ({ term, source: `reading of ${kanji}` })),
  ];
}

describe('tag vocabulary', () => {
  it('has at least 220 tags in every category', () => {
    expect(TAGS.length).toBeGreaterThanOrEqual(220);
    for (const category of TAG_CATEGORIES) {
      expect(TAGS.filter((t) => t.category === category).length).toBeGreaterThanOrEqual(30);
    }
    expect(TAGS.every((t) => (TAG_CATEGORIES as readonly string[]).includes(t.category))).toBe(true);
  });

  it('has unique kebab-case ASCII ids, indexed by TAG_BY_ID', () => {
    const ids = TAGS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(TAG_BY_ID.size).toBe(TAGS.length);
    for (const tag of TAGS) expect(TAG_BY_ID.get(tag.id)).toBe(tag);
  });

  it('gives every tag a Japanese and an English label', () => {
    for (const tag of TAGS) {
      expect(tag.ja.trim()).toBe(tag.ja);
      expect(tag.en.trim()).toBe(tag.en);
      expect(tag.ja.length).toBeGreaterThan(0);
      expect(tag.en.length).toBeGreaterThan(0);
      // English labels and synonyms are plain ASCII (no full-width or curly quotes sneaking in)
      for (const s of [tag.en, ...tag.synonyms.en]) expect(`${tag.id}: ${s}`).toMatch(/^[a-z0-9-]+: [\x20-\x7E]+$/);
    }
  });

  it('has no empty or blank synonyms and no exact duplicates within a list', () => {
    for (const tag of TAGS) {
      for (const list of [tag.synonyms.ja, tag.synonyms.en]) {
        expect(new Set(list).size).toBe(list.length);
        for (const s of list) expect(s.trim()).toBe(s);
      }
    }
  });

  it('maps every label, synonym, reading and id to exactly one tag (no collisions after normalisation)', () => {
    const owners = new Map<string, Set<string>>();
    const empty: string[] = [];
    for (const tag of TAGS) {
      for (const { term, source } of termsOf(tag)) {
        const key = normalizeTagText(term);
        if (!key) empty.push(`${tag.id}: ${source} ${JSON.stringify(term)}`);
        const set = owners.get(key) ?? new Set<string>();
        set.add(tag.id);
        owners.set(key, set);
      }
    }
    const collisions = [...owners.entries()]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(empty).toEqual([]);
    expect(collisions).toEqual([]);
  });

  it('resolves every term of every tag back to that tag', () => {
    const wrong: string[] = [];
    for (const tag of TAGS) {
      for (const { term, source } of termsOf(tag)) {
        const r = resolveTag(term);
        if (r?.id !== tag.id) wrong.push(`${tag.id}: ${source} ${JSON.stringify(term)} → ${r?.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has readings only for its own ja terms, written in hiragana', () => {
    for (const tag of TAGS) {
      for (const [kanji, reading] of Object.entries(tag.readings ?? {})) {
        expect([tag.ja, ...tag.synonyms.ja]).toContain(kanji);
        expect(reading).toMatch(/^[\p{Script=Hiragana}ー]+$/u);
      }
    }
  });

  it('is accepted by TagIdSchema and frozen', () => {
    for (const tag of TAGS) expect(TagIdSchema.safeParse(tag.id).success).toBe(true);
    expect(Object.isFrozen(TAGS)).toBe(true);
    expect(Object.isFrozen(TAGS[0])).toBe(true);
    expect(Object.isFrozen(TAGS[0]?.synonyms.ja)).toBe(true);
  });
});
