import type { Types } from 'mongoose';
import { releaseClaim, takeClaim } from '../../db/unique';
import { ProfileLockModel } from './profile-lock.model';

/**
 * Takes the write lock for editing `profileId` from `version`; returns its release function, or
 * null when another write from the same version holds it (that write wins, this one is stale).
 */
export async function lockProfileVersion(
  profileId: Types.ObjectId,
  version: number,
): Promise<(() => Promise<void>) | null> {
  const _id = `${profileId.toString()}:${version}`;
  if (!(await takeClaim(ProfileLockModel, _id))) return null;
  return () => releaseClaim(ProfileLockModel, _id);
}
