import type { Model, Types } from 'mongoose';
import { releaseClaim, takeClaim } from '../../db/unique';
import { CallClaimModel } from './call.model';
import { stale } from './call-errors';
import { now } from './clock';

interface Versioned {
  _id: Types.ObjectId;
  version: number;
}

/** Takes the one-time right to move `doc` on from its version; null when someone else has it. */
async function claimVersion<T extends Versioned>(model: Model<T>, doc: T): Promise<string | null> {
  const _id = `${model.collection.name}:${doc._id.toString()}:${doc.version}`;
  const stillAtVersion = () => model.exists({ _id: doc._id, version: doc.version } as never);
  return (await takeClaim(CallClaimModel, _id, stillAtVersion)) ? _id : null;
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
    await releaseClaim(CallClaimModel, claim);
    throw err;
  }
  return (await model.findById(doc._id).lean<T>())!;
}

/** The version the client saw must be the current one. */
export function expectVersion(doc: Versioned, version: number): void {
  if (doc.version !== version) throw stale(doc.version);
}
