import type { Types } from 'mongoose';
import { AvatarModel } from './avatar.model';

/**
 * How long a remembered picture ETag (or "no picture") is trusted. Writes made in this process
 * update the cache at once (`rememberAvatarEtag`); a picture changed or removed through another
 * process shows up here within this time. Until then this process keeps handing out the previous
 * picture URL (`?v=` is the old ETag), so a browser may keep showing the previous picture for at
 * most this long (plus its own `max-age` for that URL).
 */
export const AVATAR_ETAG_TTL_MS = 30_000;
const CAPACITY = 50_000;

interface Entry {
  etag: string | null;
  expiresAt: number;
}

/**
 * Profile id → picture ETag (null: no picture), least recently used out first. A lookup that was
 * in flight while this process wrote a picture is not stored (it may have read the old one).
 */
class AvatarEtagCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped on every local write, so a read that raced with one is not cached. */
  private writes = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: number,
  ) {}

  get(id: string, now: number): Entry | undefined {
    const hit = this.entries.get(id);
    if (!hit) return undefined;
    this.entries.delete(id);
    if (hit.expiresAt <= now) return undefined;
    this.entries.set(id, hit);
    return hit;
  }

  get writeCount(): number {
    return this.writes;
  }

  /** Stores a value read from the database, unless a local write happened since `writesAtRead`. */
  fill(id: string, etag: string | null, writesAtRead: number, now: number): void {
    if (writesAtRead !== this.writes) return;
    this.put(id, etag, now);
  }

  /** A write made by this process: takes effect at once. */
  written(id: string, etag: string | null, now: number): void {
    this.writes++;
    this.put(id, etag, now);
  }

  /** A write of unknown outcome (it failed part-way): the next lookup reads the database. */
  forget(id: string): void {
    this.writes++;
    this.entries.delete(id);
  }

  clear(): void {
    this.writes++;
    this.entries.clear();
  }

  private put(id: string, etag: string | null, now: number): void {
    this.entries.delete(id);
    this.entries.set(id, { etag, expiresAt: now + this.ttlMs });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

const cache = new AvatarEtagCache(AVATAR_ETAG_TTL_MS, CAPACITY);

/**
 * The ETag of each listed profile's picture (absent when it has none), from memory where known
 * (see `AVATAR_ETAG_TTL_MS`). Misses are one `_id` lookup per profile rather than one `$in`:
 * FerretDB v1 answers `_id` equality from its primary key but scans (and decodes every picture)
 * for `$in`; on MongoDB both are index lookups.
 */
export async function avatarEtagsOf(profileIds: readonly Types.ObjectId[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (profileIds.length === 0) return out;
  const now = Date.now();
  const missing: Types.ObjectId[] = [];
  for (const id of profileIds) {
    const key = id.toString();
    const hit = cache.get(key, now);
    if (!hit) missing.push(id);
    else if (hit.etag !== null) out.set(key, hit.etag);
  }
  if (missing.length === 0) return out;
  const writesAtRead = cache.writeCount;
  const rows = await Promise.all(missing.map((id) => AvatarModel.findById(id, { etag: 1 }).lean()));
  const readAt = Date.now();
  missing.forEach((id, i) => {
    const key = id.toString();
    const etag = rows[i]?.etag ?? null;
    cache.fill(key, etag, writesAtRead, readAt);
    if (etag !== null) out.set(key, etag);
  });
  return out;
}

export async function avatarEtagOf(profileId: Types.ObjectId): Promise<string | null> {
  return (await avatarEtagsOf([profileId])).get(profileId.toString()) ?? null;
}

/** Call after this process stored (etag) or removed (null) a profile's picture. */
export function rememberAvatarEtag(profileId: Types.ObjectId | string, etag: string | null): void {
  cache.written(profileId.toString(), etag, Date.now());
}

/** Call when a write of this process to a profile's picture failed (its outcome is unknown). */
export function forgetAvatarEtag(profileId: Types.ObjectId | string): void {
  cache.forget(profileId.toString());
}

/** Forgets every remembered ETag (tests that write `avatars` directly). */
export function clearAvatarEtagCache(): void {
  cache.clear();
}
