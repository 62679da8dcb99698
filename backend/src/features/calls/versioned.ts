import { trusted, type Model, type Types } from 'mongoose';
import { CallClaimModel } from './call.model';
import { stale } from './call-errors';
import { now } from './clock';

/** A claim this old on a version that never moved on was left by a process that died mid-write. */
const ABANDONED_AFTER_MS = 15_000;

interface Versioned {
  _id: Types.ObjectId;
  version: number;
}

const isDuplicateKey = (err: unknown) => (err as { code?: number } | null)?.code === 11000;

/** Takes the one-time right to move `doc` on from its version; null when someone else has it. */
async function claimVersion<T extends Versioned>(model: Model<T>, doc: T): Promise<string | null> {
  const _id = `${model.collection.name}:${doc._id.toString()}:${doc.version}`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await CallClaimModel.create({ _id, createdAt: new Date() });
      return _id;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const stillThere = await model.exists({ _id: doc._id, version: doc.version });
      if (!stillThere) return null;
      const abandoned = new Date(Date.now() - ABANDONED_AFTER_MS);
      const removed = await CallClaimModel.deleteOne({ _id, createdAt: trusted({ $lt: abandoned }) });
      if (removed.deletedCount === 0) return null;
    }
  }
  return null;
}

/**
 * Writes `set` on `doc` as its next version: exactly one of any number of racing writers from the
 * same version wins (the claim insert); the others get 409 `stale` and change nothing.
 */
export async function writeNextVersion<T extends Versioned>(
  model: Model<T>,
  doc: T,
  set: Record<string, unknown>,
): Promise<T> {
  const claim = await claimVersion(model, doc);
  if (!claim) throw stale();
  try {
    const written = await model.updateOne(
      { _id: doc._id, version: doc.version } as never,
      {
        $set: { ...set, version: doc.version + 1, updatedAt: now() },
      } as never,
    );
    if (written.matchedCount === 0) throw stale();
  } catch (err) {
    await CallClaimModel.deleteOne({ _id: claim });
    throw err;
  }
  return (await model.findById(doc._id).lean<T>())!;
}

/** The version the client saw must be the current one. */
export function expectVersion(doc: Versioned, version: number): void {
  if (doc.version !== version) throw stale(doc.version);
}
