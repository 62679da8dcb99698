import { PorterStemmer, WordTokenizer, stopwords } from './natural-parts';
import { JAPANESE_STOPWORDS } from './japanese-stopwords';
import { analyseJapanese, type Morpheme } from './japanese-analyser';
import { JapaneseBridge } from './bridge';
import { JA_EN_TABLE } from './bridge-table';
import { americanSpelling, canonicalStem } from './english-variants';

/** Bump when tokenisation changes: stored `ProfileTokens` of an older version must be recomputed. */
export const TOKENIZER_VERSION = 5;

const wordTokenizer = new WordTokenizer();
const englishStopwords: ReadonlySet<string> = new Set(stopwords);

/**
 * Runs of Japanese script (kana, kanji, iteration and prolonged-sound marks, Japanese punctuation kept
 * inside the run so the segmenter sees whole sentences) versus everything else.
 */
const JAPANESE_CHARACTERS = String.raw`\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヶ、。「」『』・〜`;
const JAPANESE_RUN = new RegExp(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]`, 'u');
/**
 * Digits right before Japanese text belong to it (2019年, 10名): kuromoji tags them 数 and the counter 接尾,
 * both dropped, where a counter cut off on its own would read as a noun.
 */
const SCRIPT_RUNS = new RegExp(
  `\\d*[${JAPANESE_CHARACTERS}]+|(?:[^${JAPANESE_CHARACTERS}\\d]|\\d+(?![\\d${JAPANESE_CHARACTERS}]))+`,
  'gu',
);
const SINGLE_HIRAGANA = /^\p{Script=Hiragana}$/u;
const KATAKANA_WORD = /^[\p{Script=Katakana}ー・]+$/u;
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
    // British spellings and a few synonyms count as one term (english-variants.ts).
    const stem = canonicalStem(PorterStemmer.stem(americanSpelling(word)));
    if (stem.length < 2) continue;
    out.push(stem);
    surfaces?.(stem, word);
  }
}

/**
 * Nouns that name something: common nouns, サ変 nouns (開発, 削減), proper nouns, 形容動詞 stems (持続可能).
 * Left out: 非自立 (こと, ため), 接尾 (市, 的, さん), 代名詞, 数, 副詞可能 (今後, 現在), 特殊 and the rest.
 */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(['一般', 'サ変接続', '固有名詞', '形容動詞語幹', 'ナイ形容詞語幹']);

/** Suffixes that make a word of their own with the noun before them (まちづくり, ものづくり). */
const JOINING_SUFFIXES: ReadonlySet<string> = new Set(['づくり', '作り']);
const SINGLE_KANJI = /^\p{Script=Han}$/u;

/**
 * Whether a suffix morpheme completes the noun before it: a joining suffix, or one kanji after one kanji,
 * which is how IPADIC cuts a compound it does not know (人|流 in 人流データ).
 */
function joinsPreviousNoun(m: Morpheme, previousNoun: string): boolean {
  if (m.pos !== '名詞' || m.pos_detail_1 !== '接尾') return false;
  if (JOINING_SUFFIXES.has(m.surface_form)) return true;
  return m.pos_detail_2 === '一般' && SINGLE_KANJI.test(m.surface_form) && SINGLE_KANJI.test(previousNoun);
}

/** The term a morpheme contributes, or undefined for function words and other non-content morphemes. */
function contentTerm(m: Morpheme): string | undefined {
  if (m.pos === '名詞') return CONTENT_NOUNS.has(m.pos_detail_1) ? m.surface_form : undefined;
  // Independent verbs and adjectives count in their dictionary form (届けた → 届ける).
  if ((m.pos === '動詞' || m.pos === '形容詞') && m.pos_detail_1 === '自立') {
    return m.basic_form && m.basic_form !== '*' ? m.basic_form : m.surface_form;
  }
  return undefined;
}

function isKeptWord(term: string): boolean {
  return !SINGLE_HIRAGANA.test(term) && !NO_WORD_CHARACTER.test(term) && !JAPANESE_STOPWORDS.has(term);
}

/**
 * Content words of a Japanese run through kuromoji (IPADIC), kept by part of speech. IPADIC splits
 * loanword compounds (スタート|アップ, コールド|チェーン); adjacent katakana nouns are joined back into the
 * word people write and tag (スタートアップ), followed by their parts of two characters or more, so
 * コールドチェーン also meets チェーン (measured on the tuning half: recall@5 up, most of it in
 * same-language pairs). Kanji compounds stay split (自動|運転), so a query for either part or the whole
 * meets the profile.
 */
function tokenizeJapanese(segment: string, out: string[], partsOf?: Map<string, string[]>): void {
  let katakanaParts: string[] = [];
  /** The last content noun, pushed or dropped as a stop word, that a joining suffix may complete. */
  let previousNoun: { term: string; pushed: boolean } | undefined;
  /** A one-kanji prefix (共, 新, 脱) waiting for a one-kanji noun to form a word IPADIC lacks (共創). */
  let prefix: string | undefined;
  const push = (term: string) => {
    const kept = isKeptWord(term);
    if (kept) out.push(term);
    return kept;
  };
  const flushKatakana = () => {
    // Unknown katakana words come as one morpheme across a middle dot (サイト・アプリ).
    const words = katakanaParts.join('').split('・');
    for (const word of words) if (word) push(word);
    if (katakanaParts.length > 1) {
      const parts = katakanaParts.flatMap((p) => p.split('・')).filter((p) => p.length > 1 && !words.includes(p));
      // With `partsOf`, the caller decides: the parts count only when the whole word stays Japanese.
      if (partsOf && words.length === 1) partsOf.set(words[0]!, parts.filter(isKeptWord));
      else for (const part of parts) push(part);
    }
    katakanaParts = [];
  };
  for (const m of analyseJapanese(segment)) {
    const term = contentTerm(m);
    const noun = m.pos === '名詞';
    if (term && noun && KATAKANA_WORD.test(term)) {
      katakanaParts.push(term);
      previousNoun = undefined;
      prefix = undefined;
      continue;
    }
    flushKatakana();
    if (previousNoun && joinsPreviousNoun(m, previousNoun.term)) {
      if (previousNoun.pushed) out.pop();
      push(previousNoun.term + m.surface_form);
      previousNoun = undefined;
      continue;
    }
    if (m.pos === '接頭詞' && SINGLE_KANJI.test(m.surface_form)) {
      prefix = m.surface_form;
      previousNoun = undefined;
      continue;
    }
    const word = prefix && term && noun && SINGLE_KANJI.test(term) ? prefix + term : term;
    prefix = undefined;
    previousNoun = word && noun ? { term: word, pushed: push(word) } : undefined;
    if (word && !noun) push(word);
  }
  flushKatakana();
}

/** The content words of a Japanese text before the bridge (what the analyser keeps; for tests). */
export function japaneseWords(text: string): string[] {
  const out: string[] = [];
  tokenizeJapanese(normalizeText(text), out);
  return out;
}

/** Japanese words become the English terms of their gloss (see bridge.ts), so ja and en text meet. */
export const japaneseBridge = new JapaneseBridge(JA_EN_TABLE);

/**
 * Terms of a free text in Japanese, English or both: each script run goes through its own pipeline
 * (English: natural's WordTokenizer, stop words, Porter stemmer; Japanese: kuromoji's morphemes,
 * content words kept by part of speech, then the ja → en bridge).
 */
export function tokenizeText(text: string, surfaces?: SurfaceSink): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const [segment] of normalizeText(text).matchAll(SCRIPT_RUNS)) {
    if (JAPANESE_RUN.test(segment)) {
      const words: string[] = [];
      const partsOf = new Map<string, string[]>();
      tokenizeJapanese(segment, words, partsOf);
      const bridged: string[] = [];
      japaneseBridge.bridgeTokens(words, bridged, surfaces);
      // A loanword compound the bridge knows (スマートシティ → smart citi) says it all; one it does not
      // know keeps its parts, bridged one by one (コールドチェーン → コールドチェーン, cold, chain).
      for (const term of bridged) {
        out.push(term);
        const parts = partsOf.get(term);
        if (parts) japaneseBridge.bridgeTokens(parts, out, surfaces);
      }
    } else tokenizeEnglish(segment, out, surfaces);
  }
  return out;
}
