/**
 * Coalesces lookups made within one tick into a single query (a tiny DataLoader without a
 * cache): under load, hundreds of membership checks become one `$in` read. A key already asked
 * for (waiting for the next tick, or in a query still running) gets that same promise: one query
 * per key at a time, and every caller of a key sees the answer at the same moment, in call order.
 */
export class CoalescedLoader<V> {
  /** Keys waiting for the next tick's query. */
  private pending = new Map<string, Deferred<V | undefined>>();
  /** Keys whose query is running. */
  private readonly running = new Map<string, Promise<V | undefined>>();
  private scheduled = false;

  constructor(private readonly loadMany: (keys: string[]) => Promise<Map<string, V>>) {}

  load(key: string): Promise<V | undefined> {
    const shared = this.running.get(key) ?? this.pending.get(key)?.promise;
    if (shared) return shared;
    const d = deferred<V | undefined>();
    this.pending.set(key, d);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.run());
    }
    return d.promise;
  }

  /**
   * Stops sharing a running query for `key` (every key without one): it may have read before a
   * change the caller just made, so later loads start a new one.
   */
  forget(key?: string): void {
    if (key === undefined) this.running.clear();
    else this.running.delete(key);
  }

  private run(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    for (const [key, d] of batch) this.running.set(key, d.promise);
    const settle = (finish: (key: string, d: Deferred<V | undefined>) => void) => {
      for (const [key, d] of batch) {
        // Forgotten before the callers run: what they (or anyone) ask next starts a fresh read.
        if (this.running.get(key) === d.promise) this.running.delete(key);
        finish(key, d);
      }
    };
    let query: Promise<Map<string, V>>;
    try {
      query = this.loadMany([...batch.keys()]);
    } catch (err) {
      query = Promise.reject(err);
    }
    query.then(
      (found) => settle((key, d) => d.resolve(found.get(key))),
      (err: unknown) => settle((_key, d) => d.reject(err)),
    );
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(err: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
