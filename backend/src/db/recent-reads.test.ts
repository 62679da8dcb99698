import { RecentReads } from './recent-reads';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('RecentReads', () => {
  afterEach(() => jest.restoreAllMocks());

  it('remembers a read for ttlMs, then reads again', async () => {
    const reads = new RecentReads<number>(1000, 10);
    const load = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    expect(await reads.getOrLoad('a', load)).toBe(1);
    expect(await reads.getOrLoad('a', load)).toBe(1);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 1001);
    expect(await reads.getOrLoad('a', load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('applies local writes at once and does not keep a read that raced with one', async () => {
    const reads = new RecentReads<string>(60_000, 10);
    const slow = deferred<string>();
    const inFlight = reads.getOrLoad('a', () => slow.promise);
    reads.written('a', 'new');
    slow.resolve('old');
    await inFlight;
    expect(await reads.getOrLoad('a', async () => 'db')).toBe('new');
    reads.forget('a');
    expect(await reads.getOrLoad('a', async () => 'db')).toBe('db');
  });

  it('does not keep a read that raced with a forget, and later callers do not join it', async () => {
    const reads = new RecentReads<string>(60_000, 10);
    const slow = deferred<string>();
    const first = reads.getOrLoad('a', () => slow.promise);
    reads.forget('a');
    const second = reads.getOrLoad('a', async () => 'after');
    slow.resolve('before');
    expect(await first).toBe('before');
    expect(await second).toBe('after');
    expect(await reads.getOrLoad('a', async () => 'again')).toBe('after');
  });

  it('does not remember a failed load', async () => {
    const reads = new RecentReads<number>(60_000, 10);
    await expect(reads.getOrLoad('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await reads.getOrLoad('a', async () => 3)).toBe(3);
  });

  it('shares one load between concurrent misses of a key', async () => {
    const reads = new RecentReads<number>(60_000, 10);
    const load = jest.fn(async () => 7);
    expect(await Promise.all([reads.getOrLoad('a', load), reads.getOrLoad('a', load)])).toEqual([7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads only the missing keys of a batch, in order, and stays within its capacity', async () => {
    const reads = new RecentReads<string | null>(60_000, 2);
    await reads.getManyOrLoad(['a'], async () => ['A']);
    const load = jest.fn(async (missing: string[]) => missing.map((k) => (k === 'c' ? null : k.toUpperCase())));
    expect(await reads.getManyOrLoad(['b', 'a', 'c'], load)).toEqual(['B', 'A', null]);
    expect(load).toHaveBeenCalledWith(['b', 'c']);
    expect(reads.get('a')).toBeUndefined(); // least recently used, evicted
    expect(reads.get('c')).toBeNull();
  });
});
