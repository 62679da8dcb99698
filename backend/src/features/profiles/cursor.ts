import { z } from 'zod';
import { OBJECT_ID_PATTERN } from '@musubi/shared';
import { badCursor } from '../../http/errors';

/**
 * Directory page positions, opaque to clients (base64url JSON). Unranked pages continue after the
 * last `_id` seen (stable under inserts: newer profiles sort before the walk's position); ranked
 * pages continue at an offset into the ranker's ordering.
 */
const CursorSchema = z.union([
  z.strictObject({ after: z.string().regex(OBJECT_ID_PATTERN) }),
  z.strictObject({ offset: z.number().int().min(1).max(100_000) }),
]);
export type Cursor = z.infer<typeof CursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Reads a cursor from a request; anything unreadable is a 400. */
export function decodeCursor(raw: string): Cursor {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success) throw badCursor();
  return result.data;
}
