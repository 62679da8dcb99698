import { decodeOffset, encodeOffset } from '../matching';

export { decodeOffset, encodeOffset };

/** One page of an in-memory list with the cursor of the next. */
export function pageOf<T>(all: readonly T[], offset: number, limit: number): { page: T[]; nextCursor: string | null } {
  return {
    page: all.slice(offset, offset + limit),
    nextCursor: all.length > offset + limit ? encodeOffset(offset + limit) : null,
  };
}
