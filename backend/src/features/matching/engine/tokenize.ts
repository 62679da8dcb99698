import { PorterStemmer, TokenizerJa, WordTokenizer, stopwords } from './natural-parts';
import { JAPANESE_STOPWORDS } from './japanese-stopwords';
import { JapaneseBridge } from './bridge';
import { JA_EN_TABLE } from './bridge-table';

/** Bump when tokenisation changes: stored `ProfileTokens` of an older version must be recomputed. */
export const TOKENIZER_VERSION = 3;

const wordTokenizer = new WordTokenizer();
const japaneseTokenizer = new TokenizerJa();
const englishStopwords: ReadonlySet<string> = new Set(stopwords);

/**
 * Runs of Japanese script (kana, kanji, iteration and prolonged-sound marks, Japanese punctuation kept
 * inside the run so the segmenter sees whole sentences) versus everything else.
 */
const JAPANESE_CHARACTERS = String.raw`\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヶ、。「」『』・〜`;
const JAPANESE_RUN = new RegExp(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]`, 'u');
const SCRIPT_RUNS = new RegExp(`[${JAPANESE_CHARACTERS}]+|[^${JAPANESE_CHARACTERS}]+`, 'gu');
const SINGLE_HIRAGANA = /^\p{Script=Hiragana}$/u;
const NO_WORD_CHARACTER = /^[\p{P}\p{S}ー]*$/u;
const COMBINING_MARKS = /\p{M}+/gu;
const DIGITS_ONLY = /^\d+$/;

/**
 * Receives every English term with the word it came from, so reasons can say "engineering" rather than
 * the Porter stem "engin"; a term bridged from Japanese comes with its English gloss word (物流 → logistics).
 */
export type SurfaceSink = (term: string, surface: string) => void;

/** NFKC folds full-width Latin and half-width katakana; lowercase; katakana stays katakana. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function tokenizeEnglish(segment: string, out: string[], surfaces?: SurfaceSink): void {
  // Diacritics are stripped only here: NFD on kana would split voiced marks off (が → か + ゛).
  const folded = segment.normalize('NFD').replace(COMBINING_MARKS, '');
  for (const word of wordTokenizer.tokenize(folded)) {
    if (word.length < 2 || DIGITS_ONLY.test(word) || englishStopwords.has(word)) continue;
    const stem = PorterStemmer.stem(word);
    if (stem.length < 2) continue;
    out.push(stem);
    surfaces?.(stem, word);
  }
}

function tokenizeJapanese(segment: string): string[] {
  return japaneseTokenizer
    .tokenize(segment)
    .filter(
      (token) => !SINGLE_HIRAGANA.test(token) && !NO_WORD_CHARACTER.test(token) && !JAPANESE_STOPWORDS.has(token),
    );
}

/** Japanese words become the English terms of their gloss (see bridge.ts), so ja and en text meet. */
export const japaneseBridge = new JapaneseBridge(JA_EN_TABLE);

/**
 * Terms of a free text in Japanese, English or both: each script run goes through its own pipeline
 * (English: natural's WordTokenizer, stop words, Porter stemmer; Japanese: natural's TokenizerJa
 * with particles and other function words dropped, then the ja → en bridge).
 */
export function tokenizeText(text: string, surfaces?: SurfaceSink): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const [segment] of normalizeText(text).matchAll(SCRIPT_RUNS)) {
    if (JAPANESE_RUN.test(segment)) japaneseBridge.bridgeTokens(tokenizeJapanese(segment), out, surfaces);
    else tokenizeEnglish(segment, out, surfaces);
  }
  return out;
}
