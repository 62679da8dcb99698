/** Whether a write failed on a unique index: the way every race in this feature is decided. */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;
