import { trusted, type Types } from 'mongoose';
import { AvatarModel } from './avatar.model';

/** The ETag of each listed profile's picture (absent when it has none); never loads the bytes. */
export async function avatarEtagsOf(profileIds: readonly Types.ObjectId[]): Promise<Map<string, string>> {
  if (profileIds.length === 0) return new Map();
  const rows = await AvatarModel.find({ _id: trusted({ $in: [...profileIds] }) }, { etag: 1 }).lean();
  return new Map(rows.map((r) => [r._id.toString(), r.etag]));
}

export async function avatarEtagOf(profileId: Types.ObjectId): Promise<string | null> {
  return (await avatarEtagsOf([profileId])).get(profileId.toString()) ?? null;
}
