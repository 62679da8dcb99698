import type { z } from 'zod';
import { badCursor } from './errors';

/**
 * Page positions opaque to clients: a value of `schema` as base64url JSON. Anything unreadable, or
 * not of the schema's shape, is the one 400 (`badCursor`), so a tampered cursor never reaches a query.
 */
export function cursorCodec<S extends z.ZodType>(schema: S) {
  return {
    encode(cursor: z.output<S>): string {
      return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
    },
    decode(raw: string): z.output<S> {
      if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw badCursor();
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
      } catch {
        throw badCursor();
      }
      const result = schema.safeParse(parsed);
      if (!result.success) throw badCursor();
      return result.data;
    },
  };
}
