import { LruMap } from './lru-map';

/**
 * Database reads remembered in memory for a bounded time, for values read on every request (a
 * picture's ETag, a viewer's feedback or blocks). This process's own writes take effect at once
 * (`written` / `forget`); another process's writes show here within `ttlMs`. A read that was in
 * flight while this process wrote is not remembered (it may have seen the value before the write).
 * Bounded: least recently used out first.
 */
export class RecentReads<V> {
  private readonly entries: LruMap<{ value: V; expiresAt: number }>;
  /** Bumped on every local write, so a read that raced with one is not stored. */
  private writes = 0;
  /** Loads in flight per key, so concurrent misses for one key share a single database read. */
  private readonly loading = new Map<string, Promise<V>>();

  constructor(
    readonly ttlMs: number,
    capacity: number,
  ) {
    this.entries = new LruMap(capacity);
  }

  /** The remembered value, or undefined when unknown or older than `ttlMs`. */
  get(key: string, now = Date.now()): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** The remembered value, else `load()`'s (remembered unless a local write happened meanwhile). */
  async getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const writesAtRead = this.writes;
    const loaded = load()
      .then((value) => {
        if (writesAtRead === this.writes) this.put(key, value, Date.now());
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
      });
    this.loading.set(key, loaded);
    return loaded;
  }

  /** Several keys: remembered ones from memory, the rest through `load` (one call for all). */
  async getManyOrLoad(keys: readonly string[], load: (missing: string[]) => Promise<V[]>): Promise<V[]> {
    const now = Date.now();
    const out = keys.map((k) => this.get(k, now));
    const missing = keys.filter((_k, i) => out[i] === undefined);
    if (missing.length === 0) return out as V[];
    const writesAtRead = this.writes;
    const loaded = await load(missing);
    const stored = writesAtRead === this.writes;
    const readAt = Date.now();
    let j = 0;
    return out.map((v, i) => {
      if (v !== undefined) return v;
      const value = loaded[j++]!;
      if (stored) this.put(keys[i]!, value, readAt);
      return value;
    });
  }

  /** A write made by this process: its value takes effect at once. */
  written(key: string, value: V): void {
    this.writes++;
    this.loading.delete(key);
    this.put(key, value, Date.now());
  }

  /** A write of this process whose outcome is unknown (or not worth computing): read again next time. */
  forget(key: string): void {
    this.writes++;
    this.entries.delete(key);
    this.loading.delete(key);
  }

  clear(): void {
    this.writes++;
    this.entries.clear();
    this.loading.clear();
  }

  private put(key: string, value: V, now: number): void {
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
  }
}
