import { z } from 'zod';
import { OBJECT_ID_PATTERN } from '@musubi/shared';
import { cursorCodec } from '../../http/cursor';

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

const codec = cursorCodec(CursorSchema);

export const encodeCursor = (cursor: Cursor): string => codec.encode(cursor);

/** Reads a cursor from a request; anything unreadable is a 400. */
export const decodeCursor = (raw: string): Cursor => codec.decode(raw);
