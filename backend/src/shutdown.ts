/** Shutdown bounds (README "Shutdown and health"): each step is given a time, then abandoned. */
export const SHUTDOWN = {
  /** Open HTTP requests and sockets told to go get this long before their connections are destroyed. */
  connectionGraceMs: 1000,
  /** Accepted chat sends being written, background work stopping, the database driver closing. */
  stepMs: 2000,
  /** The whole shutdown: past this the database is stopped by force (≤ 2 s) and the process exits 1,
   * inside Docker's default 10 s stop timeout. */
  hardLimitMs: 7000,
} as const;

/**
 * Resolves `true` when `work` settles within `ms` (an error counts as done: shutdown goes on),
 * `false` when it had to be abandoned.
 */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
