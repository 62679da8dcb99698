import { KIND_CODES, KIND_COUNT, type ProfileTokens, SPACE_COUNT, TOKEN_FIELDS } from './engine-types';
import { DeltaPostings, MainPostings } from './postings';
import type { IndexState } from './query-types';
import { RawVectorBuilder } from './raw-vectors';
import { type SlotMeta, SlotStore } from './slot-store';
import { Vocabulary } from './vocabulary';
import type { TermWeighting } from './engine-options';

/** Slot order for a main segment: grouped by kind, stable within a kind. */
function groupByKind(kinds: ArrayLike<number>, slots: ArrayLike<number>): { order: Int32Array; bounds: Int32Array } {
  const bounds = new Int32Array(KIND_COUNT + 1);
  for (let i = 0; i < slots.length; i++) bounds[kinds[slots[i]!]! + 1]!++;
  for (let k = 0; k < KIND_COUNT; k++) bounds[k + 1]! += bounds[k]!;
  const cursor = bounds.slice(0, KIND_COUNT);
  const order = new Int32Array(slots.length);
  for (let i = 0; i < slots.length; i++) order[cursor[kinds[slots[i]!]!]!++] = slots[i]!;
  return { order, bounds };
}

function finish(store: SlotStore, vocabulary: Vocabulary, bounds: Int32Array): IndexState {
  return {
    store,
    vocabulary,
    main: MainPostings.build(store, vocabulary.idf, vocabulary.size),
    delta: new DeltaPostings(),
    kindBounds: bounds,
  };
}

/**
 * Builds an index from tokenised profiles without tokenising anything: terms are numbered in sorted
 * order, so the same profiles always give the same ids, vectors and scores.
 */
export function buildIndex(
  inputs: readonly ProfileTokens[],
  metaOf: (profile: ProfileTokens) => SlotMeta,
  weighting: TermWeighting,
): IndexState {
  const { order, bounds } = groupByKind(
    Uint8Array.from(inputs, (input) => KIND_CODES[input.kind]),
    rangeOf(inputs.length),
  );
  // Tokens are laid out in slot order, so the store can write each vector over tokens already read.
  // A null-prototype object beats a Map for string keys here (keys are internalised once).
  const provisional = Object.create(null) as Record<string, number>;
  const provisionalTerms: string[] = [];
  let tokenCount = 0;
  for (const input of inputs) for (const field of TOKEN_FIELDS) tokenCount += input.fields[field].length;
  const tokens = new Int32Array(Math.max(1, tokenCount));
  const fieldStart = new Int32Array(inputs.length * TOKEN_FIELDS.length + 1);
  let position = 0;
  for (let slot = 0; slot < order.length; slot++) {
    const fields = inputs[order[slot]!]!.fields;
    for (let f = 0; f < TOKEN_FIELDS.length; f++) {
      const field = fields[TOKEN_FIELDS[f]!];
      for (let j = 0; j < field.length; j++) {
        const term = field[j]!;
        let id = provisional[term];
        if (id === undefined) {
          id = provisionalTerms.length;
          provisional[term] = id;
          provisionalTerms.push(term);
        }
        tokens[position++] = id;
      }
      fieldStart[slot * TOKEN_FIELDS.length + f + 1] = position;
    }
  }

  const vocabulary = new Vocabulary([...provisionalTerms].sort());
  const remap = new Int32Array(provisionalTerms.length);
  provisionalTerms.forEach((term, id) => (remap[id] = vocabulary.idOf(term)!));
  for (let p = 0; p < position; p++) tokens[p] = remap[tokens[p]!]!;
  for (const input of inputs) {
    const surfaces = input.surfaces;
    for (let i = 0; i + 1 < surfaces.length; i += 2) {
      const id = provisional[surfaces[i]!];
      if (id !== undefined) vocabulary.remember(remap[id]!, surfaces[i + 1]);
    }
  }

  const store = new SlotStore(inputs.length, 0, tokens);
  const builder = new RawVectorBuilder(weighting);
  const seen = new Int32Array(vocabulary.size).fill(-1);
  for (let slot = 0; slot < order.length; slot++) {
    builder.buildFromArena(tokens, fieldStart, slot * TOKEN_FIELDS.length, vocabulary.size, vocabulary);
    store.append(metaOf(inputs[order[slot]!]!), builder.terms, builder.rawTf, builder.spaceEnds);
    countDocumentFrequency(vocabulary, builder.terms, builder.spaceEnds, seen, slot, 1);
  }
  vocabulary.computeIdf(inputs.length);
  for (let slot = 0; slot < store.count; slot++) store.updateNorms(slot, vocabulary.idf, weighting.normSmoothing);
  return finish(store, vocabulary, bounds);
}

/**
 * Adds `delta` (1 for a new profile, −1 for a removed one) to the document frequencies of the terms
 * of one profile's vectors: terms[0 .. spaceEnds[2]), space s ending at spaceEnds[s] (a term is at
 * most once per space). The total df counts a term once per profile (`seen` marks terms already
 * counted for `stamp`).
 */
export function countDocumentFrequency(
  vocabulary: Vocabulary,
  terms: Int32Array,
  spaceEnds: ArrayLike<number>,
  seen: Int32Array,
  stamp: number,
  delta: 1 | -1,
) {
  let j = 0;
  for (let s = 0; s < SPACE_COUNT; s++) {
    const spaceDf = vocabulary.spaceDf[s]!;
    for (const end = spaceEnds[s]!; j < end; j++) {
      const t = terms[j]!;
      spaceDf[t]! += delta;
      if (seen[t] === stamp) continue;
      seen[t] = stamp;
      vocabulary.df[t]! += delta;
    }
  }
}

function rangeOf(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function liveSlots(store: SlotStore, dead: number): Int32Array {
  const live: number[] = [];
  for (let slot = 0; slot < store.count; slot++) if ((store.flags[slot]! & dead) === 0) live.push(slot);
  return Int32Array.from(live);
}

/** Merges the delta segment into the main one and drops tombstones; idf and term ids are unchanged. */
export function compactIndex(state: IndexState, deadFlag: number): IndexState {
  const { order, bounds } = groupByKind(state.store.kind, liveSlots(state.store, deadFlag));
  return finish(state.store.select(order), state.vocabulary, bounds);
}

/**
 * Recomputes idf from the live profiles and renumbers the live terms in sorted order, then compacts:
 * the result equals a fresh build over the same profiles (same ids, weights and scores).
 */
export function refreshIndex(state: IndexState, deadFlag: number, normSmoothing: number): IndexState {
  const old = state.vocabulary;
  const liveTerms: string[] = [];
  for (let t = 0; t < old.size; t++) if (old.df[t]! > 0) liveTerms.push(old.terms[t]!);
  const vocabulary = new Vocabulary(liveTerms.sort());
  const remap = new Int32Array(old.size).fill(-1);
  for (let t = 0; t < old.size; t++) {
    const id = vocabulary.idOf(old.terms[t]!);
    if (id === undefined) continue;
    remap[t] = id;
    vocabulary.df[id] = old.df[t]!;
    for (let s = 0; s < SPACE_COUNT; s++) vocabulary.spaceDf[s]![id] = old.spaceDf[s]![t]!;
    vocabulary.remember(id, old.display[t]);
  }
  const { order, bounds } = groupByKind(state.store.kind, liveSlots(state.store, deadFlag));
  const store = state.store.select(order);
  renumberTerms(store, remap);
  vocabulary.computeIdf(store.count);
  for (let slot = 0; slot < store.count; slot++) store.updateNorms(slot, vocabulary.idf, normSmoothing);
  return finish(store, vocabulary, bounds);
}

/** Applies `remap` to every vector of `store` and restores ascending term order within each vector. */
function renumberTerms(store: SlotStore, remap: Int32Array): void {
  const { terms, rawTf, vectorStart } = store;
  for (let j = 0; j < store.arenaLength; j++) terms[j] = remap[terms[j]!]!;
  // Old terms keep their relative order (both numberings are sorted); only vectors holding terms added
  // since the last build need sorting. Keys pack (term, position) into one exactly representable double.
  let keys = new Float64Array(64);
  for (let v = 0; v < store.count * SPACE_COUNT; v++) {
    const start = vectorStart[v]!;
    const end = vectorStart[v + 1]!;
    let sorted = true;
    for (let j = start + 1; j < end && sorted; j++) sorted = terms[j - 1]! < terms[j]!;
    if (sorted) continue;
    const n = end - start;
    if (keys.length < n) keys = new Float64Array(n);
    for (let j = 0; j < n; j++) keys[j] = terms[start + j]! * POSITION_RANGE + j;
    const order = keys.subarray(0, n).sort();
    const original = rawTf.slice(start, end);
    for (let j = 0; j < n; j++) {
      const key = order[j]!;
      terms[start + j] = Math.floor(key / POSITION_RANGE);
      rawTf[start + j] = original[key % POSITION_RANGE]!;
    }
  }
}

/** Vectors are far shorter than this; term ids stay below 2^31, so term × range + position < 2^53. */
const POSITION_RANGE = 2 ** 20;
