import { resolveTag, tagLabel, type TagRefDto } from '@musubi/shared';

export interface ResolvedProfileTags {
  /** Canonical and `free:` ids in input order, without duplicates. */
  tags: string[];
  /** The label of each free tag as first typed. */
  freeTags: { id: string; label: string }[];
}

/** Resolves what a user typed (ids, labels or synonyms in ja/en, free text) to stored tag ids. */
export function resolveProfileTags(inputs: readonly string[]): ResolvedProfileTags {
  const tags: string[] = [];
  const freeTags: ResolvedProfileTags['freeTags'] = [];
  for (const input of inputs) {
    const resolved = resolveTag(input);
    if (!resolved || tags.includes(resolved.id)) continue;
    tags.push(resolved.id);
    if (!resolved.canonical) freeTags.push({ id: resolved.id, label: resolved.label });
  }
  return { tags, freeTags };
}

/** Resolves directory tag filters the same way profiles are tagged, so 「人工知能」 finds "AI". */
export function resolveTagFilter(inputs: readonly string[]): string[] {
  return resolveProfileTags(inputs).tags;
}

/** A stored tag id with its labels in both languages (a free tag shows its typed label in both). */
export function presentTag(id: string, freeTags: readonly { id: string; label: string }[]): TagRefDto {
  const free = freeTags.find((t) => t.id === id);
  if (free) return { id, ja: free.label, en: free.label };
  return { id, ja: tagLabel(id, 'ja'), en: tagLabel(id, 'en') };
}
