import { z } from 'zod';
import { badCursor } from '../../http/errors';

/** Offsets past this are refused: every list of this feature is bounded well below it. */
const MAX_OFFSET = 10_000;
const CursorSchema = z.strictObject({ o: z.number().int().min(0).max(MAX_OFFSET) });

/** The offset in an opaque page cursor (absent = the first page); a tampered one is a 400. */
export function decodeOffset(raw: string | undefined): number {
  if (!raw) return 0;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw badCursor();
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data.o;
  } catch {
    // falls through to the 400 below
  }
  throw badCursor();
}

export const encodeOffset = (offset: number) =>
  Buffer.from(JSON.stringify({ o: offset }), 'utf8').toString('base64url');

/** One page of an in-memory list with the cursor of the next. */
export function pageOf<T>(all: readonly T[], offset: number, limit: number): { page: T[]; nextCursor: string | null } {
  return {
    page: all.slice(offset, offset + limit),
    nextCursor: all.length > offset + limit ? encodeOffset(offset + limit) : null,
  };
}
