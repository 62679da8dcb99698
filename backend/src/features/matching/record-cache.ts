import { LruMap } from '../../db/lru-map';
import type { ProfileRecord } from '../profiles';

/**
 * Recently shown profiles (without contact details), keyed by id and valid for one version: a
 * suggestion page then needs no profile reads. Bounded, least recently used out first.
 */
export class ProfileRecordCache {
  private readonly entries: LruMap<ProfileRecord>;

  constructor(capacity = 5000) {
    this.entries = new LruMap(capacity);
  }

  get(id: string, version: number | undefined): ProfileRecord | undefined {
    const hit = this.entries.get(id);
    if (hit && hit.version !== version) {
      this.entries.delete(id);
      return undefined;
    }
    return hit;
  }

  set(record: ProfileRecord): void {
    this.entries.set(record._id.toString(), record);
  }
}
