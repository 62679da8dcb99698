import { badCursor } from '../../http/errors';

/** Offset cursors for ranked lists: opaque to clients, validated on the way back in. */
export function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badCursor();
  return Number(m[1]);
}

/**
 * Suggestion cursors also carry when the first page was ranked: feedback given after that (a card
 * dismissed while browsing) does not shift later pages, so no suggestion is skipped.
 */
export function encodeSuggestionCursor(offset: number, asOf: Date): string {
  return Buffer.from(`o:${offset}:t:${asOf.getTime()}`).toString('base64url');
}

export function decodeSuggestionCursor(cursor: string | undefined): { offset: number; asOf: Date | null } {
  if (!cursor) return { offset: 0, asOf: null };
  const m = /^o:(\d{1,7}):t:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badCursor();
  return { offset: Number(m[1]), asOf: new Date(Number(m[2])) };
}
