import { z } from 'zod';
import type { TagCategory, TagDto } from './types';
import { TAGS, TAG_BY_ID } from './vocabulary';

/** Prefix of a free (non-vocabulary) tag id: `free:<normalised text>`. */
export const FREE_TAG_PREFIX = 'free:';
/** Max length (UTF-16 code units) of a free tag's label and of its normalised text. */
export const FREE_TAG_MAX_LENGTH = 40;
/** Max length of any stored tag id. */
export const TAG_ID_MAX_LENGTH = 60;

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Invisible junk: control characters, format characters (ZWSP, ZWJ, BOM, soft hyphen…), lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
/**
 * Separators, removed entirely so that 'smart city', 'smart-city', 'Smart_City', 'SmartCity' and
 * 'スマート・シティ' / 'スマートシティ' all meet: whitespace, dashes (incl. 〜), connectors (_),
 * brackets, quotes, middle dots (・ · • ‧ ∙ ⋅) and the minus sign.
 */
const SEPARATORS = /[\s\p{Z}\p{Pc}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00B7\u2022\u2027\u2219\u22C5\u30FB\u2212]+/gu;
/** Leading punctuation (#hashtag, @mention, ！…) except '.', which starts names like '.NET'. */
const LEADING_PUNCT = /^(?:(?!\.)\p{P})+/u;
/** Trailing punctuation except '#' (C#, F#), plus trailing prolonged sound marks (コンピューター = コンピュータ). */
const TRAILING_PUNCT_OR_LONG_MARK = /(?:(?!#)\p{P}|ー)+$/u;
/** Katakana that have a hiragana twin (ァ..ヶ) and the iteration marks ヽヾ. */
const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;
/** ヷヸヹヺ: ヴァ-row letters with no hiragana twin. */
const VA_ROW: Readonly<Record<string, string>> = { ヷ: 'ば', ヸ: 'び', ヹ: 'べ', ヺ: 'ぼ' };
/** ゔ (from ヴ) folds onto the b-row, as Japanese spelling does freely: ヴァイオリン = バイオリン. */
const VU = /ゔ([ぁぃぇぉゅ]?)/g;
const VU_FOLD: Readonly<Record<string, string>> = { ぁ: 'ば', ぃ: 'び', ぇ: 'べ', ぉ: 'ぼ', ゅ: 'びゅ', '': 'ぶ' };

function foldKana(s: string): string {
  return s
    .replace(/[ヷヸヹヺ]/g, (c) => VA_ROW[c] ?? c)
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(VU, (_m, small: string) => VU_FOLD[small] ?? 'ぶ')
    .replace(/ゕ/g, 'か')
    .replace(/ゖ/g, 'け');
}

/**
 * The matching key of a piece of tag text. Idempotent: normalizeTagText(normalizeTagText(s)) === normalizeTagText(s).
 *
 * 1. drops invisible characters (controls, zero-width/format characters, lone surrogates);
 * 2. NFKC: full-width ASCII → ASCII (ＡＩ → AI), half-width katakana → full-width (ﾛﾎﾞｯﾄ → ロボット), ㈱ → (株)…;
 * 3. lower-cases;
 * 4. removes separators entirely (spaces, _, hyphens/dashes, ・ and other middle dots, brackets, quotes), then
 *    re-composes (so a voiced mark typed after a space still joins its kana);
 * 5. folds katakana to hiragana (カタカナ = かたかな), ヴ-row onto the b-row (ヴァ = バ), small ヵヶ to かけ;
 * 6. strips leading punctuation (# @ 「 …, but not '.') and trailing punctuation (but not '#') and trailing ー
 *    (ユーザー = ユーザ). Inner ー is kept: ビール ≠ ビル.
 *
 * Kanji are left as they are (no reading is guessed); the vocabulary carries hiragana readings instead.
 * May return '' (nothing meaningful left).
 */
export function normalizeTagText(s: string): string {
  let t = s.replace(INVISIBLE, '').normalize('NFKC').toLowerCase();
  // fold, re-compose (joins marks across removed separators, e.g. か + ゛), fold what composition produced (ゔ)
  t = foldKana(foldKana(t.replace(SEPARATORS, '')).normalize('NFKC'));
  return t.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT_OR_LONG_MARK, '');
}

/** A trimmed, display-friendly label for a free tag: NFKC (no full-width ASCII), single spaces, no leading '#'. */
function cleanFreeLabel(s: string): string {
  return s
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .replace(/[\p{Cf}]/gu, (c) => (c === '\u200D' ? c : '')) // keep ZWJ: emoji sequences
    .normalize('NFKC')
    .replace(/\s+([\u3099\u309A])/gu, '$1') // NFKC turns a spacing ゛/゜ into space + combining mark
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^#+\s*/u, '');
}

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

/** Every normalised term of a tag (ids, labels, synonyms, readings), in the order listed. */
export function tagTerms(tag: TagDto): { term: string; key: string; kind: 'id' | 'label' | 'synonym' }[] {
  const out: { term: string; key: string; kind: 'id' | 'label' | 'synonym' }[] = [];
  const add = (term: string, kind: 'id' | 'label' | 'synonym') => out.push({ term, key: normalizeTagText(term), kind });
  add(tag.id, 'id');
  add(tag.ja, 'label');
  add(tag.en, 'label');
  for (const s of tag.synonyms.ja) add(s, 'synonym');
  for (const s of tag.synonyms.en) add(s, 'synonym');
  for (const [term, reading] of Object.entries(tag.readings ?? {})) {
    out.push({ term, key: normalizeTagText(reading), kind: term === tag.ja ? 'label' : 'synonym' });
  }
  return out;
}

/** normalised term → canonical id; the tests guarantee no key belongs to two tags (first one would win). */
const LOOKUP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const tag of TAGS) {
    for (const { key } of tagTerms(tag)) if (key && !m.has(key)) m.set(key, tag.id);
  }
  return m;
})();

export type ResolvedTag = { id: string; canonical: true } | { id: string; canonical: false; label: string };

function lookup(key: string): string | undefined {
  const hit = LOOKUP.get(key);
  if (hit !== undefined) return hit;
  // English plural typed for a singular term ('drones' when only 'drone' is listed): ASCII only, never 'ss'.
  if (key.length >= 4 && /^[a-z0-9]+s$/.test(key) && !key.endsWith('ss')) return LOOKUP.get(key.slice(0, -1));
  return undefined;
}

/**
 * Resolves what a user typed to a tag.
 * - a vocabulary term (label, synonym or reading in either language, any width/case/kana/separator variant) →
 *   `{ id, canonical: true }`;
 * - anything else → a free tag `{ id: 'free:<normalised text>', canonical: false, label }` where label is the
 *   input trimmed, NFKC-normalised, whitespace-collapsed and without a leading '#';
 * - returns **null** (never throws) when nothing meaningful is left after normalisation, or when a free tag's
 *   label or normalised text is longer than FREE_TAG_MAX_LENGTH (40): the UI should say "too long".
 */
export function resolveTag(input: string): ResolvedTag | null {
  if (typeof input !== 'string') return null;
  const key = normalizeTagText(input);
  if (!key) return null;
  const id = lookup(key);
  if (id !== undefined) return { id, canonical: true };
  const label = cleanFreeLabel(input);
  if (!label || label.length > FREE_TAG_MAX_LENGTH || key.length > FREE_TAG_MAX_LENGTH) return null;
  return { id: FREE_TAG_PREFIX + key, canonical: false, label };
}

export function isCanonicalTagId(id: string): boolean {
  return TAG_BY_ID.has(id);
}

/** True for a canonical id or a well-formed free id (`free:` + text that is already normalised), ≤ 60 chars. */
export function isValidTagId(id: string): boolean {
  if (typeof id !== 'string' || id.length > TAG_ID_MAX_LENGTH) return false;
  if (TAG_BY_ID.has(id)) return true;
  if (!id.startsWith(FREE_TAG_PREFIX)) return false;
  const text = id.slice(FREE_TAG_PREFIX.length);
  return text.length > 0 && normalizeTagText(text) === text;
}

/**
 * A stored tag id: a canonical vocabulary id, or `free:<normalised text>` (text must already be normalised,
 * e.g. 'free:よこはまびーる', not 'free:Yokohama Beer'). Max 60 chars. Build ids with resolveTag().
 */
export const TagIdSchema = z
  .string()
  .max(TAG_ID_MAX_LENGTH)
  .refine(isValidTagId, { message: 'Unknown tag id (expected a vocabulary id or free:<normalised text>)' });

/**
 * Re-resolves a stored id against the current vocabulary: a free tag whose text has since become a label or
 * synonym maps to that canonical id (run on read or in a migration after adding synonyms). Other ids unchanged.
 */
export function canonicalizeTagId(id: string): string {
  if (!id.startsWith(FREE_TAG_PREFIX)) return id;
  return lookup(id.slice(FREE_TAG_PREFIX.length)) ?? id;
}

/**
 * The label of a tag id in a language. Free tags: their normalised text (store the label resolveTag returned
 * if you need the user's spelling). Unknown ids are returned as they are.
 */
export function tagLabel(id: string, lang: 'ja' | 'en'): string {
  const tag = TAG_BY_ID.get(id);
  if (tag) return tag[lang];
  if (id.startsWith(FREE_TAG_PREFIX)) return id.slice(FREE_TAG_PREFIX.length);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Search (typeahead)
// ---------------------------------------------------------------------------------------------

export interface TagSearchResult {
  id: string;
  /** Label in the requested language. */
  label: string;
  /** Label in the other language. */
  otherLabel: string;
  category: TagCategory;
  /** The label or synonym (as written in the vocabulary) that matched the query. */
  matched: string;
}

interface IndexEntry {
  readonly tag: TagDto;
  readonly key: string;
  readonly term: string;
  readonly isLabel: boolean;
}

/** Built once at module load: every label/synonym/reading of every tag with its normalised key. */
const SEARCH_INDEX: readonly IndexEntry[] = TAGS.flatMap((tag) => {
  const seen = new Set<string>();
  const entries: IndexEntry[] = [];
  // labels first, so a tag whose label and synonym share a key counts as a label match
  const terms = tagTerms(tag)
    .filter((t) => t.kind !== 'id' && t.key)
    .sort((a, b) => Number(a.kind === 'synonym') - Number(b.kind === 'synonym'));
  for (const t of terms) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    entries.push({ tag, key: t.key, term: t.term, isLabel: t.kind === 'label' });
  }
  return entries;
});

/** Match quality, best first. */
const Tier = { ExactLabel: 0, ExactSynonym: 1, LabelPrefix: 2, SynonymPrefix: 3, Substring: 4 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

/**
 * Typeahead over the vocabulary: the normalised query (width/case/kana/separator-insensitive) is matched as a
 * prefix of every label, synonym and hiragana reading in both languages (so 'じんこう' finds 人工知能 and 'ろぼ'
 * finds ロボティクス), and, for queries of 2+ characters, as a substring.
 * Ranking: exact label > exact synonym > label prefix > synonym prefix > substring, then shorter label (in
 * `lang`), then id. Returns at most `limit` results; [] for an empty query. Linear scan of a precomputed index
 * (a few thousand keys): well under a millisecond.
 */
export function searchTags(q: string, lang: 'ja' | 'en', limit = 10): TagSearchResult[] {
  const query = normalizeTagText(q);
  if (!query || !(limit > 0)) return [];
  const best = new Map<TagDto, { tier: Tier; term: string }>();
  for (const e of SEARCH_INDEX) {
    let tier: Tier;
    if (e.key === query) tier = e.isLabel ? Tier.ExactLabel : Tier.ExactSynonym;
    else if (e.key.startsWith(query)) tier = e.isLabel ? Tier.LabelPrefix : Tier.SynonymPrefix;
    else if (query.length >= 2 && e.key.includes(query)) tier = Tier.Substring;
    else continue;
    const prev = best.get(e.tag);
    if (!prev || tier < prev.tier) best.set(e.tag, { tier, term: e.term });
  }
  const other = lang === 'ja' ? 'en' : 'ja';
  return [...best.entries()]
    .sort(
      ([a, x], [b, y]) =>
        x.tier - y.tier || a[lang].length - b[lang].length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, Math.floor(limit))
    .map(([tag, m]) => ({
      id: tag.id,
      label: tag[lang],
      otherLabel: tag[other],
      category: tag.category,
      matched: m.term,
    }));
}
