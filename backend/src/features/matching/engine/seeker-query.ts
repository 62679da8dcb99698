import { type ProfileTokens, SPACE_COUNT, TOKEN_FIELDS } from './engine-types';
import { categoryBit, restatedCategories } from './need-categories';
import type { QueryVector, QueryVectors } from './query-types';
import type { RawVectorBuilder } from './raw-vectors';
import { termWeight, type Vocabulary } from './vocabulary';

/**
 * The three vectors of a profile that is not in the index (an open call standing in for a seeker),
 * weighted exactly as an indexed profile's would be under the current idf. Terms the index has never
 * seen cannot match anyone, but they still count in each space's norm (with the idf of an unseen
 * term), so a seeker with much unknown text is not scored as if it said only what others say.
 * Returned in profile space order: OFFERS, SEEKS, INTERESTS.
 */
export function seekerVectors(
  seeker: ProfileTokens,
  builder: RawVectorBuilder,
  vocabulary: Vocabulary,
  normSmoothing: number,
): QueryVectors {
  const unknown = new Map<string, number>();
  const known = vocabulary.size;
  const idOf = (term: string) => {
    const id = vocabulary.idOf(term);
    if (id !== undefined) return id;
    let extra = unknown.get(term);
    if (extra === undefined) {
      extra = known + unknown.size;
      unknown.set(term, extra);
    }
    return extra;
  };
  const fields = TOKEN_FIELDS.map((f) => seeker.fields[f].map(idOf));
  const unknownTerms = [...unknown.keys()];
  builder.build(fields, known + unknown.size, {
    categoryOf: (id) => (id < known ? vocabulary.categoryOf(id) : categoryBit(unknownTerms[id - known]!)),
    restatesOf: (id) => (id < known ? vocabulary.restatesOf(id) : restatedCategories(unknownTerms[id - known]!)),
  });
  const unseenIdf = vocabulary.unseenIdf;
  const spaces: QueryVector[] = [];
  let start = 0;
  for (let s = 0; s < SPACE_COUNT; s++) {
    const idf = vocabulary.idf[s]!;
    const idfOf = (t: number) => (t < known ? idf[t]! : unseenIdf);
    const end = builder.spaceEnds[s]!;
    let sum = normSmoothing * normSmoothing;
    for (let j = start; j < end; j++) sum += (builder.rawTf[j]! * idfOf(builder.terms[j]!)) ** 2;
    const norm = Math.sqrt(sum);
    // Term ids ascend within a space and unknown ids come after every known one.
    let n = start;
    while (n < end && builder.terms[n]! < known) n++;
    const terms = builder.terms.slice(start, n);
    const w = new Float64Array(n - start);
    for (let j = start; j < n; j++) w[j - start] = termWeight(builder.rawTf[j]!, idfOf(builder.terms[j]!), norm);
    spaces.push({ terms, weights: w });
    start = end;
  }
  return [spaces[0]!, spaces[1]!, spaces[2]!];
}
