import type { EngineProfile } from '../engine';

const K1 = 1.2;
const B = 0.75;

/** A profile's whole text, every field once: headline, description, what it offers and seeks. */
export function wholeText(p: EngineProfile): string {
  return [
    p.headline.ja,
    p.headline.en,
    p.description.ja,
    p.description.en,
    ...p.offers.map((n) => n.text),
    ...p.seeks.map((n) => n.text),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Plain Okapi BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N − n + 0.5) / (n + 0.5))) over profiles'
 * whole texts, no fields, no tags, no categories: the baseline any search engine would give. The
 * query is the viewer's whole text, each distinct term once.
 */
export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private readonly queryTerms = new Map<string, readonly string[]>();
  private averageLength = 0;

  /** `terms[i]`: the terms of `wholeText(profiles[i])` (the engine's tokenizer, so both see the same words). */
  constructor(profiles: readonly EngineProfile[], termsOf: readonly (readonly string[])[]) {
    profiles.forEach((p, doc) => {
      const terms = termsOf[doc]!;
      this.ids.push(p.id);
      this.lengths.push(terms.length);
      this.queryTerms.set(p.id, terms);
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, count] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf: count });
      }
    });
    this.averageLength = this.lengths.reduce((s, l) => s + l, 0) / Math.max(1, this.lengths.length);
  }

  /** Ids by BM25 score of `viewerId`'s whole text, best first (ties by id), among `allowed` ids. */
  rank(viewerId: string, allowed: (id: string) => boolean, depth: number): string[] {
    const n = this.ids.length;
    const scores = new Map<number, number>();
    for (const term of new Set(this.queryTerms.get(viewerId) ?? [])) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (tf * (K1 + 1))) / norm);
      }
    }
    return [...scores]
      .filter(([doc]) => allowed(this.ids[doc]!))
      .sort(([x, sx], [y, sy]) => sy - sx || (this.ids[x]! < this.ids[y]! ? -1 : 1))
      .slice(0, depth)
      .map(([doc]) => this.ids[doc]!);
  }
}
