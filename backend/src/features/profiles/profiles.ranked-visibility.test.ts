import request from 'supertest';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createProfile, eventually } from '../../../test/profile-factories';

const { app, runtime } = buildTestApp();

/** Profiles whose description holds `word`, with the given visibility. */
async function profilesSaying(word: string, visibility: 'public' | 'members', count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { agent } = await signUp(app);
    const profile = await createProfile(agent, {
      visibility,
      description: { en: `Our team builds ${word} prototypes for harbour logistics` },
    });
    ids.push(profile.id);
  }
  return ids;
}

interface Page {
  items: Array<{ id: string }>;
  nextCursor: string | null;
}

async function search(q: string, limit: number, cursor?: string): Promise<Page> {
  const query = `q=${encodeURIComponent(q)}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
  return (await request(app).get(`/api/profiles?${query}`).expect(200)).body as Page;
}

let member: ReturnType<typeof request.agent>;

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  member = (await signUp(app)).agent;
});

/** Waits until the matching index (updated in the background after each write) finds `ids` for a member. */
async function indexed(word: string, ids: string[]): Promise<void> {
  await eventually(async () => {
    const res = await member.get(`/api/profiles?q=${word}&limit=50`).expect(200);
    const found = new Set((res.body.items as Array<{ id: string }>).map((p) => p.id));
    return ids.every((id) => found.has(id));
  });
}

describe('anonymous ranked search', () => {
  it('when only members-only profiles contain the word, answers an empty page without a cursor', async () => {
    await indexed('quokkatronic', await profilesSaying('quokkatronic', 'members', 3));
    expect(await search('quokkatronic', 2)).toEqual({ items: [], nextCursor: null });
  });

  it('filters before slicing: full pages of visible matches, no cursor once none remain', async () => {
    // Members-only matches first, so they would take the first page's places if filtered after slicing.
    const membersOnly = await profilesSaying('wombatronic', 'members', 3);
    const visible = await profilesSaying('wombatronic', 'public', 5);
    await indexed('wombatronic', [...membersOnly, ...visible]);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await search('wombatronic', 2, cursor);
      sizes.push(page.items.length);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen.sort()).toEqual([...visible].sort());
  });
});
