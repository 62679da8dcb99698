import { AREA_CODES, AREA_COUNT, KIND_CODES, KIND_COUNT } from './engine-types';
import { ensureLength } from './growable';
import type { PageOptions } from './engine-api';
import type { CandidateFilter } from './query-types';
import { FLAG_SAME_KIND_OK, type SlotStore } from './slot-store';

/**
 * Turns page options into a CandidateFilter over slots: kind rules for the viewer narrowed by the
 * kinds filter, areas, a language bit mask, the allow-list and the excluded slots (marked in a
 * reused array and unmarked by `release`).
 */
export class FilterCompiler {
  private readonly languageBits = new Map<string, number>();
  private marks = new Uint8Array(0);
  private readonly marked: number[] = [];

  /** `kindRules` is the KIND_COUNT × KIND_COUNT matrix of kindMatrix(). */
  constructor(private readonly kindRules: Uint8Array) {}

  /** One bit per language seen (31 of them; any further ones share the last bit). */
  languageBit(language: string): number {
    let bit = this.languageBits.get(language);
    if (bit === undefined) {
      bit = 1 << Math.min(this.languageBits.size, 31);
      this.languageBits.set(language, bit);
    }
    return bit;
  }

  /** The filter, or null when it can match nobody (a language no profile speaks). */
  compile(
    options: PageOptions,
    viewer: number | null,
    store: SlotStore,
    slotOf: (id: string) => number | undefined,
  ): CandidateFilter | null {
    const f = options.filters ?? {};
    const kindOk = new Uint8Array(KIND_COUNT);
    const wanted = f.kinds ? new Set(f.kinds.map((k) => KIND_CODES[k])) : null;
    for (let k = 0; k < KIND_COUNT; k++) {
      let ok = wanted === null || wanted.has(k);
      if (ok && viewer !== null) {
        const own = store.kind[viewer]!;
        ok =
          this.kindRules[own * KIND_COUNT + k] === 1 || (k === own && (store.flags[viewer]! & FLAG_SAME_KIND_OK) !== 0);
      }
      kindOk[k] = ok ? 1 : 0;
    }
    const areaOk = new Uint8Array(AREA_COUNT).fill(f.areas ? 0 : 1);
    for (const area of f.areas ?? []) areaOk[AREA_CODES[area]] = 1;
    let languageMask = 0;
    for (const language of f.languages ?? []) languageMask |= this.languageBits.get(language) ?? 0;
    if (f.languages && f.languages.length > 0 && languageMask === 0) return null;

    this.marks = ensureLength(this.marks, store.count);
    if (viewer !== null) this.marked.push(viewer);
    for (const id of options.exclude ?? []) {
      const slot = slotOf(id);
      if (slot !== undefined) this.marked.push(slot);
    }
    for (const slot of this.marked) this.marks[slot] = 1;
    let allowed: Uint8Array | null = null;
    let allowedSlots: number[] | null = null;
    if (f.allowIds) {
      allowed = new Uint8Array(store.count);
      allowedSlots = [];
      for (const id of f.allowIds) {
        const slot = slotOf(id);
        if (slot !== undefined && allowed[slot] === 0) {
          allowed[slot] = 1;
          allowedSlots.push(slot);
        }
      }
    }
    return { kindOk, areaOk, languageMask, allowed, allowedSlots, excluded: this.marks };
  }

  /** Unmarks the excluded slots of the last compiled filter. */
  release(): void {
    for (const slot of this.marked) this.marks[slot] = 0;
    this.marked.length = 0;
  }
}
