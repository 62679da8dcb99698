import type { Types } from 'mongoose';
import { RecentReads } from '../../db/recent-reads';
import { AvatarModel } from './avatar.model';

/**
 * How long a remembered picture ETag (or "no picture") is trusted. Writes made in this process
 * update it at once (`rememberAvatarEtag`); a picture changed or removed through another process
 * shows up here within this time. Until then this process keeps handing out the previous picture
 * URL (`?v=` is the old ETag), so a browser may keep showing the previous picture for at most this
 * long (plus its own `max-age` for that URL).
 */
export const AVATAR_ETAG_TTL_MS = 30_000;

/** Profile id → picture ETag, null for none. */
const etags = new RecentReads<string | null>(AVATAR_ETAG_TTL_MS, 50_000);

/**
 * The ETag of each listed profile's picture (absent when it has none), from memory where known
 * (see `AVATAR_ETAG_TTL_MS`). Misses are one `_id` lookup per profile rather than one `$in`:
 * FerretDB v1 answers `_id` equality from its primary key but scans (and decodes every picture)
 * for `$in`; on MongoDB both are index lookups.
 */
export async function avatarEtagsOf(profileIds: readonly Types.ObjectId[]): Promise<Map<string, string>> {
  if (profileIds.length === 0) return new Map();
  const keys = profileIds.map((id) => id.toString());
  const found = await etags.getManyOrLoad(keys, (missing) =>
    Promise.all(missing.map(async (id) => (await AvatarModel.findById(id, { etag: 1 }).lean())?.etag ?? null)),
  );
  return new Map(keys.flatMap((k, i) => (found[i] != null ? [[k, found[i]] as const] : [])));
}

export async function avatarEtagOf(profileId: Types.ObjectId): Promise<string | null> {
  return (await avatarEtagsOf([profileId])).get(profileId.toString()) ?? null;
}

/** Call after this process stored (etag) or removed (null) a profile's picture. */
export function rememberAvatarEtag(profileId: Types.ObjectId | string, etag: string | null): void {
  etags.written(profileId.toString(), etag);
}

/** Call when a write of this process to a profile's picture failed (its outcome is unknown). */
export function forgetAvatarEtag(profileId: Types.ObjectId | string): void {
  etags.forget(profileId.toString());
}

/** Deletes a profile's picture and remembers "no picture" (or, if the delete failed, nothing). */
export async function deleteAvatarOf(profileId: Types.ObjectId): Promise<void> {
  try {
    await AvatarModel.deleteOne({ _id: profileId });
    rememberAvatarEtag(profileId, null);
  } catch (err) {
    forgetAvatarEtag(profileId);
    throw err;
  }
}
