import type { EngineProfile } from '../engine';

/** The script a profile's own texts are written in: only Japanese, only English, or both. */
export type TextLanguage = 'ja' | 'en' | 'both' | 'none';
/** cross: one side writes only Japanese and the other only English; same: both only one language. */
export type PairLanguage = 'cross' | 'same' | 'mixed';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Which scripts a profile's headline, description and need texts are written in. A text with any
 * kana or kanji is Japanese (Japanese prose often holds a Latin "AI" or "PoC"); one with Latin
 * letters and no Japanese is English. Tags are left out: they are often typed in the other language.
 */
export function textLanguage(p: EngineProfile): TextLanguage {
  const texts = [p.headline.ja, p.headline.en, p.description.ja, p.description.en, ...p.offers, ...p.seeks]
    .map((t) => (typeof t === 'string' ? t : t?.text))
    .filter((t): t is string => !!t);
  const ja = texts.some((t) => JAPANESE.test(t));
  const en = texts.some((t) => !JAPANESE.test(t) && LATIN.test(t));
  return ja && en ? 'both' : ja ? 'ja' : en ? 'en' : 'none';
}

/** Whether a labelled pair crosses languages (ja-only ↔ en-only), shares one, or involves bilingual text. */
export function pairLanguage(a: TextLanguage, b: TextLanguage): PairLanguage {
  if ((a === 'ja' && b === 'en') || (a === 'en' && b === 'ja')) return 'cross';
  if (a === b && (a === 'ja' || a === 'en')) return 'same';
  return 'mixed';
}
