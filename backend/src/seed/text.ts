import type { LocalizedText } from '@musubi/shared';
import type { L } from './phrases/types';

/** Which languages a profile is written in. */
export type ContentMode = 'ja' | 'en' | 'both';

/** A placeholder value: the same in both languages, or one per language. */
export type Var = string | number | L;
export type Vars = Readonly<Record<string, Var>>;

/** Replaces {placeholders}; unknown ones are left as they are (and caught by the tests). */
export function fill(template: string, vars: Vars, language: 'ja' | 'en'): string {
  return template.replace(/\{([a-zA-Z_]+)\}/g, (whole, key: string) => {
    const value = vars[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** Fills both sides of a bilingual template; `solo` turns {We}/{our} into I/my. */
export function fillL(template: L, vars: Vars, solo = false): L {
  return { ja: fill(template.ja, vars, 'ja'), en: pronouns(fill(template.en, vars, 'en'), solo) };
}

/** {We} {we} {Our} {our} → I / my for one person, we / our otherwise. */
export function pronouns(text: string, solo: boolean): string {
  return text
    .replace(/\{We\}/g, solo ? 'I' : 'We')
    .replace(/\{we\}/g, solo ? 'I' : 'we')
    .replace(/\{Our\}/g, solo ? 'My' : 'Our')
    .replace(/\{our\}/g, solo ? 'my' : 'our');
}

/** "a" or "an" plus the word. */
export function withArticle(word: string): string {
  return `${/^(XR|[aeio]|ur)/i.test(word) ? 'an' : 'a'} ${word}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** 「AやB」「A、B、C」 / "A and B", "A, B and C". */
export function joinList(items: readonly L[]): L {
  const ja = items.map((i) => i.ja);
  const en = items.map((i) => i.en);
  return {
    ja: ja.length <= 2 ? ja.join('や') : ja.join('、'),
    en: en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`,
  };
}

/** Sentences joined the way each language does. */
export function joinSentences(sentences: readonly L[]): L {
  return { ja: sentences.map((s) => s.ja).join(''), en: sentences.map((s) => s.en).join(' ') };
}

/** The profile's text in the languages it is written in. */
export function localise(text: L, mode: ContentMode): LocalizedText {
  if (mode === 'ja') return { ja: text.ja };
  if (mode === 'en') return { en: text.en };
  return { ja: text.ja, en: text.en };
}

/** The side of a phrase in one language. */
export function side(text: L, language: 'ja' | 'en'): string {
  return language === 'ja' ? text.ja : text.en;
}

/** ASCII slug for example domains: "Thomas Lefèvre" → "thomas-lefevre". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
