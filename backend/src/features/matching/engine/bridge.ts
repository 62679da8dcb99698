interface BridgeEntry {
  /** The English terms the Japanese word becomes, in order. */
  terms: string[];
  /** The English word behind each term ("logistics" for `logist`). */
  words: string[];
  curated: boolean;
}

/** Japanese words longer than this are not looked for inside a token (the table's longest are shorter). */
const MAX_WORD_LENGTH = 12;
const HIRAGANA = /\p{Script=Hiragana}/u;
const KATAKANA = /\p{Script=Katakana}/u;

/**
 * The ja → en bridge: a Japanese word the table knows (物流, 自動運転) becomes the English terms of its
 * gloss (`logist`; `autonom` + `drive`) instead of itself, so a Japanese and an English profile about
 * the same thing share terms, and two Japanese profiles share exactly the terms they shared before.
 */
export class JapaneseBridge {
  private readonly entries = new Map<string, BridgeEntry>();
  private readonly wordsByTerm = new Map<string, { ja: string; entry: BridgeEntry }[]>();

  /** `table`: lines "Japanese<TAB>term=word term …[<TAB>c]" (see bridge-table.ts). */
  constructor(table: string) {
    for (const line of table.split('\n')) {
      const [ja, pairs, flag] = line.split('\t');
      if (!ja || !pairs) continue;
      const terms: string[] = [];
      const words: string[] = [];
      for (const pair of pairs.split(' ')) {
        const [term, word] = pair.split('=');
        terms.push(term!);
        words.push(word ?? term!);
      }
      const entry = { terms, words, curated: flag === 'c' };
      this.entries.set(ja, entry);
      for (const term of new Set(terms)) {
        const list = this.wordsByTerm.get(term);
        if (list) list.push({ ja, entry });
        else this.wordsByTerm.set(term, [{ ja, entry }]);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The terms of one Japanese run's tokens: the longest sequence of consecutive tokens that forms a
   * known word (kuromoji's 自動 + 運転 → 自動運転) is bridged; a token that is no known word is searched
   * for known words inside it (today's character-class tokens: 港湾物流 → 港湾 + 物流); anything else
   * stays a Japanese term.
   */
  bridgeTokens(tokens: readonly string[], out: string[], surface?: (term: string, word: string) => void): void {
    for (let i = 0; i < tokens.length;) {
      let joined = tokens[i]!;
      let best = this.entries.has(joined) ? i : -1;
      for (let j = i + 1; j < tokens.length && joined.length < MAX_WORD_LENGTH; j++) {
        joined += tokens[j];
        if (this.entries.has(joined)) best = j;
      }
      if (best >= 0) {
        this.emit(this.entries.get(tokens.slice(i, best + 1).join(''))!, out, surface);
        i = best + 1;
      } else {
        this.bridgeInside(tokens[i]!, out, surface);
        i++;
      }
    }
  }

  /**
   * Known words inside a token, leftmost-longest, at least two characters and no hiragana each
   * (掛け inside 掛け合わせ is another word); the unknown kanji between them stay Japanese terms
   * when two characters or longer (a lone 化, 的, 者 is a suffix). A katakana rest means a loanword
   * compound the table does not know (クリエイティブチーム ≠ クリエイ + tea + team): the token stays whole.
   */
  private bridgeInside(token: string, out: string[], surface?: (term: string, word: string) => void): void {
    const chars = [...token];
    const found: { at: number; length: number; entry: BridgeEntry }[] = [];
    for (let at = 0; at < chars.length;) {
      let match: { at: number; length: number; entry: BridgeEntry } | undefined;
      for (let length = Math.min(MAX_WORD_LENGTH, chars.length - at); length >= 2; length--) {
        const word = chars.slice(at, at + length).join('');
        const entry = HIRAGANA.test(word) ? undefined : this.entries.get(word);
        if (entry) {
          match = { at, length, entry };
          break;
        }
      }
      if (match) {
        found.push(match);
        at += match.length;
      } else at++;
    }
    const rests: [number, number][] = [];
    let from = 0;
    for (const m of found) {
      rests.push([from, m.at]);
      from = m.at + m.length;
    }
    rests.push([from, chars.length]);
    const restOf = ([a, b]: [number, number]) => chars.slice(a, b).join('');
    if (found.length === 0 || rests.some((r) => KATAKANA.test(restOf(r)))) {
      out.push(token);
      return;
    }
    found.forEach((m, i) => {
      const rest = restOf(rests[i]!);
      if ([...rest].length >= 2) out.push(rest);
      this.emit(m.entry, out, surface);
    });
    const last = restOf(rests[found.length]!);
    if ([...last].length >= 2) out.push(last);
  }

  private emit(entry: BridgeEntry, out: string[], surface?: (term: string, word: string) => void): void {
    for (let k = 0; k < entry.terms.length; k++) {
      out.push(entry.terms[k]!);
      surface?.(entry.terms[k]!, entry.words[k]!);
    }
  }

  /** The English terms a Japanese word becomes, if the table knows it. */
  termsOf(word: string): readonly string[] | undefined {
    return this.entries.get(word)?.terms;
  }

  /**
   * A Japanese word for an English term, for readers of Japanese: one that occurs in `texts` first
   * (the members' own word), then one glossed with this very English word (マーケティング for
   * "marketing" rather than 市場 for "market"), a curated one, one that is exactly this term rather
   * than a compound containing it, the shorter. `accept` filters words (generic ones). Undefined
   * when the table has no acceptable word for the term.
   */
  japaneseWordFor(
    term: string,
    englishWord: string,
    texts: string,
    accept: (word: string) => boolean = () => true,
  ): string | undefined {
    const word = englishWord.toLowerCase();
    const rank = (c: { ja: string; entry: BridgeEntry }) => [
      texts.includes(c.ja) ? 0 : 1,
      c.entry.words[c.entry.terms.indexOf(term)] === word ? 0 : 1,
      c.entry.curated ? 0 : 1,
      c.entry.terms.length === 1 ? 0 : 1,
      c.ja.length,
    ];
    let best: { ja: string; entry: BridgeEntry } | undefined;
    let bestRank: number[] = [];
    for (const c of this.wordsByTerm.get(term) ?? []) {
      if (!accept(c.ja)) continue;
      const r = rank(c);
      const order = best ? compareRanks(r, bestRank) : -1;
      if (order < 0 || (order === 0 && c.ja < best!.ja)) {
        best = c;
        bestRank = r;
      }
    }
    return best?.ja;
  }
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
