import { trusted } from 'mongoose';

/**
 * Races decided by unique indexes. FerretDB v1 applies a guarded `findOneAndUpdate`/`updateOne` as a
 * non-atomic read-modify-write and has no transactions, but inserting a document whose unique key
 * exists fails everywhere: that insert is the one atomic decision both MongoDB and FerretDB offer.
 */

/** Whether a write failed on a unique index (E11000); for a bulk write, whether every failure did. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: Array<{ code?: number }> | { code?: number } } | null;
  if (e?.writeErrors) {
    const list = Array.isArray(e.writeErrors) ? e.writeErrors : [e.writeErrors];
    return list.length > 0 && list.every((w) => w.code === 11000);
  }
  return e?.code === 11000;
}

/**
 * Runs an upsert again when it lost an insert race (two first writes at once: the unique index let
 * the other insert, so the second attempt updates it). Upserts are not atomic on FerretDB.
 */
export async function retryOnDuplicateKey<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return write();
  }
}

/** A claim this old was left by a process that died while holding it (a write takes milliseconds). */
export const CLAIM_ABANDONED_AFTER_MS = 15_000;

/** A collection of claims: documents `{ _id: <what is claimed>, createdAt }`. */
export interface ClaimStore {
  create(doc: { _id: string; createdAt: Date }): Promise<unknown>;
  deleteOne(filter: Record<string, unknown>): PromiseLike<{ deletedCount: number }>;
}

/**
 * Takes the claim `_id` (e.g. `<id>:<version>`: the one right to move a document on from a version).
 * True when this caller holds it. When another holds it: false, unless the claim was abandoned (then
 * it is taken over). `stillContested` lets a caller give up at once when the claimed thing has
 * moved on anyway (e.g. the document is no longer at that version).
 */
export async function takeClaim(
  store: ClaimStore,
  _id: string,
  stillContested?: () => Promise<unknown>,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await store.create({ _id, createdAt: new Date() });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      if (stillContested && !(await stillContested())) return false;
      const abandoned = new Date(Date.now() - CLAIM_ABANDONED_AFTER_MS);
      const removed = await store.deleteOne({ _id, createdAt: trusted({ $lt: abandoned }) });
      if (removed.deletedCount === 0) return false;
    }
  }
  return false;
}

export async function releaseClaim(store: ClaimStore, _id: string): Promise<void> {
  await store.deleteOne({ _id });
}

/**
 * Runs `work` holding the lock `_id` (a claim released afterwards), so it never runs twice at once:
 * waits up to `tries` × `waitMs` for the holder, then throws `busy()`.
 */
export async function withLock<T>(
  store: ClaimStore,
  _id: string,
  work: () => Promise<T>,
  { tries, waitMs, busy }: { tries: number; waitMs: number; busy: () => Error },
): Promise<T> {
  for (let attempt = 1; !(await takeClaim(store, _id)); attempt += 1) {
    if (attempt >= tries) throw busy();
    await new Promise((r) => setTimeout(r, waitMs));
  }
  try {
    return await work();
  } finally {
    await releaseClaim(store, _id);
  }
}
