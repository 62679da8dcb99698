import { badRequest } from '../../http/errors';

/** Offset cursors for ranked lists: opaque to clients, validated on the way back in. */
export function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badRequest('The page cursor is not valid; start again from the first page');
  return Number(m[1]);
}
