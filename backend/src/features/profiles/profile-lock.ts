import { trusted, type Types } from 'mongoose';
import { ProfileLockModel } from './profile-lock.model';

const DUPLICATE_KEY = 11000;
/** A lock this old was left by a writer that died mid-write (a write takes milliseconds). */
const STALE_AFTER_MS = 15_000;

/**
 * Takes the write lock for editing `profileId` from `version`; returns its release function, or
 * null when another write from the same version holds it (that write wins, this one is stale).
 */
export async function lockProfileVersion(
  profileId: Types.ObjectId,
  version: number,
): Promise<(() => Promise<void>) | null> {
  const _id = `${profileId.toString()}:${version}`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await ProfileLockModel.create({ _id, createdAt: new Date() });
      return async () => {
        await ProfileLockModel.deleteOne({ _id });
      };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const staleBefore = new Date(Date.now() - STALE_AFTER_MS);
      const removed = await ProfileLockModel.deleteOne({ _id, createdAt: trusted({ $lt: staleBefore }) });
      if (removed.deletedCount === 0) return null;
    }
  }
  return null;
}
