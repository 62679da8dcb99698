import request from 'supertest';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createProfile } from '../../../test/profile-factories';
import { encodeCursor } from './cursor';

const { app } = buildTestApp();

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

async function createPublicProfiles(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { agent } = await signUp(app);
    ids.push((await createProfile(agent, { visibility: 'public' })).id);
  }
  return ids;
}

async function walk(limit: number, onPage?: (pageNumber: number) => Promise<void>): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `/api/profiles?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await request(app).get(query).expect(200);
    const page = res.body as Page;
    pages.push(page.items.map((p) => p.id));
    cursor = page.nextCursor;
    await onPage?.(pages.length);
  } while (cursor);
  return pages;
}

describe('directory pagination', () => {
  let existing: string[];
  beforeAll(async () => {
    existing = await createPublicProfiles(11);
  });

  it('defaults to 20 per page and has no next page when everything fits', async () => {
    const res = await request(app).get('/api/profiles').expect(200);
    expect(res.body.items).toHaveLength(11);
    expect(res.body.nextCursor).toBeNull();
  });

  it('walks every profile exactly once, newest first, in pages of the requested size', async () => {
    const pages = await walk(4);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(pages.flat()).toEqual([...existing].reverse());
  });

  it('an exact multiple of the page size ends without an empty extra page', async () => {
    const pages = await walk(11);
    expect(pages.map((p) => p.length)).toEqual([11]);
  });

  it('stays stable when profiles are created mid-walk: no duplicates, no gaps, newcomers not mixed in', async () => {
    const inserted: string[] = [];
    const pages = await walk(3, async (n) => {
      if (n === 1 || n === 2) inserted.push(...(await createPublicProfiles(2)));
    });
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...existing].reverse());
    expect(inserted.some((id) => seen.includes(id))).toBe(false);
    // A new walk sees the newcomers first.
    const fresh = await request(app).get('/api/profiles?limit=4').expect(200);
    expect(fresh.body.items.map((p: { id: string }) => p.id)).toEqual([...inserted].reverse());
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['a cursor with a bad id', encodeCursor({ after: 'zz' } as never)],
    ['a cursor with an operator', Buffer.from(JSON.stringify({ after: { $gt: '' } })).toString('base64url')],
    ['a ranked cursor without a ranker', encodeCursor({ offset: 20 })],
  ])('refuses %s as cursor with 400 bad_request', async (_what, cursor) => {
    const res = await request(app).get(`/api/profiles?cursor=${encodeURIComponent(cursor)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });
});
