import { isGenericWord } from './generic-words';
import { JAPANESE_STOPWORDS } from './japanese-stopwords';
import { japaneseBridge, tokenizeText } from './tokenize';

const readable = (word: string) => !isGenericWord(word) && !JAPANESE_STOPWORDS.has(word);

/**
 * An English reason word as a reader of Japanese reads it: the Japanese word the bridge turns into
 * the same term (logistics → 物流), preferring one the members wrote in `texts` (their own word: 港湾 in
 * 港湾物流 rather than a dictionary synonym); never a generic or stop word. Undefined when no Japanese
 * word makes that term (the English word is then shown as it is). `texts` must be normalised with
 * `normalizeText`, as the table's words are.
 */
export function japaneseWordFor(englishWord: string, texts: string): string | undefined {
  const terms = tokenizeText(englishWord);
  if (terms.length !== 1) return undefined;
  return japaneseBridge.japaneseWordFor(terms[0]!, englishWord, texts, readable);
}
