import type { Types } from 'mongoose';
import { AvatarModel } from './avatar.model';

/**
 * The ETag of each listed profile's picture (absent when it has none). One `_id` lookup per profile
 * rather than one `$in`: FerretDB v1 answers `_id` equality from its primary key but scans (and
 * decodes every picture) for `$in`; on MongoDB both are index lookups.
 */
export async function avatarEtagsOf(profileIds: readonly Types.ObjectId[]): Promise<Map<string, string>> {
  if (profileIds.length === 0) return new Map();
  const rows = await Promise.all(profileIds.map((id) => AvatarModel.findById(id, { etag: 1 }).lean()));
  return new Map(rows.flatMap((r) => (r ? [[r._id.toString(), r.etag] as const] : [])));
}

export async function avatarEtagOf(profileId: Types.ObjectId): Promise<string | null> {
  return (await avatarEtagsOf([profileId])).get(profileId.toString()) ?? null;
}
