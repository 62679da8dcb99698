/** Profile ids a user must never be suggested (e.g. blocked either way); features register sources. */
export type ExclusionSource = (userId: string) => Promise<string[]>;

const sources = new Set<ExclusionSource>();

export function registerExclusionSource(source: ExclusionSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

export async function excludedProfileIds(userId: string): Promise<string[]> {
  const lists = await Promise.all([...sources].map((s) => s(userId)));
  return lists.flat();
}
