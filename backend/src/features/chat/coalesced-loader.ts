/**
 * Coalesces lookups made within one tick into a single query (a tiny DataLoader without a
 * cache): under load, hundreds of membership checks become one `$in` read.
 */
export class CoalescedLoader<V> {
  private pending = new Map<string, Array<(v: V | undefined) => void>>();
  private failures = new Map<string, Array<(err: unknown) => void>>();
  private scheduled = false;

  constructor(private readonly loadMany: (keys: string[]) => Promise<Map<string, V>>) {}

  load(key: string): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(key);
      if (waiting) waiting.push(resolve);
      else this.pending.set(key, [resolve]);
      const failing = this.failures.get(key);
      if (failing) failing.push(reject);
      else this.failures.set(key, [reject]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.run());
      }
    });
  }

  private run(): void {
    const pending = this.pending;
    const failures = this.failures;
    this.pending = new Map();
    this.failures = new Map();
    this.scheduled = false;
    this.loadMany([...pending.keys()]).then(
      (found) => {
        for (const [key, resolvers] of pending) for (const r of resolvers) r(found.get(key));
      },
      (err: unknown) => {
        for (const rejecters of failures.values()) for (const r of rejecters) r(err);
      },
    );
  }
}
