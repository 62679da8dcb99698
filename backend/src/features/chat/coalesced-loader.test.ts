import { CoalescedLoader } from './coalesced-loader';

/** A loader whose queries the test answers by hand, in any order. */
function manualLoader() {
  const queries: { keys: string[]; answer(): void }[] = [];
  const loader = new CoalescedLoader<string>((keys) => {
    const n = queries.length;
    return new Promise((resolve) =>
      queries.push({ keys, answer: () => resolve(new Map(keys.map((k) => [k, `v:${k}:${n}`]))) }),
    );
  });
  return { loader, queries };
}

const nextTick = () => new Promise((r) => setImmediate(r));

describe('CoalescedLoader', () => {
  it('shares a running query with later loads of the same key, answering them in call order', async () => {
    const { loader, queries } = manualLoader();
    const order: number[] = [];
    const first = loader.load('a').then(() => order.push(0));
    await nextTick();
    expect(queries).toHaveLength(1);
    // Later ticks, while the first query still runs: no second query for `a`.
    const later = [1, 2, 3].map((i) => loader.load('a').then(() => order.push(i)));
    await nextTick();
    const other = loader.load('b');
    await nextTick();
    expect(queries.map((q) => q.keys)).toEqual([['a'], ['b']]);
    queries[1]!.answer();
    await other;
    queries[0]!.answer();
    await Promise.all([first, ...later]);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('starts a fresh query after the key is forgotten or its query has returned', async () => {
    const { loader, queries } = manualLoader();
    const stale = loader.load('a');
    await nextTick();
    loader.forget('a');
    const fresh = loader.load('a');
    await nextTick();
    expect(queries).toHaveLength(2);
    queries[0]!.answer();
    queries[1]!.answer();
    expect(await stale).not.toBe(await fresh);
    const again = loader.load('a');
    await nextTick();
    expect(queries).toHaveLength(3);
    queries[2]!.answer();
    await again;
  });
});
