import type { ProfileRecord } from '../profiles';

/**
 * Recently shown profiles (without contact details), keyed by id and valid for one version: a
 * suggestion page then needs no profile reads. Bounded, least recently used out first.
 */
export class ProfileRecordCache {
  private readonly entries = new Map<string, ProfileRecord>();

  constructor(private readonly capacity = 5000) {}

  get(id: string, version: number | undefined): ProfileRecord | undefined {
    const hit = this.entries.get(id);
    if (!hit) return undefined;
    this.entries.delete(id);
    if (hit.version !== version) return undefined;
    this.entries.set(id, hit);
    return hit;
  }

  set(record: ProfileRecord): void {
    const id = record._id.toString();
    this.entries.delete(id);
    this.entries.set(id, record);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
