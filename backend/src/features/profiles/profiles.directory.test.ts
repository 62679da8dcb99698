import request from 'supertest';
import { setRole } from '../accounts';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createProfile } from '../../../test/profile-factories';
import { registerProfileRanker, type RankRequest } from './ranking';

const { app } = buildTestApp();

type Agent = ReturnType<typeof request.agent>;
const fixture: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
let member: Agent;
let admin: Agent;
let ownerOfHidden: Agent;

beforeAll(async () => {
  const a = await signUp(app);
  fixture.a = (
    await createProfile(a.agent, {
      visibility: 'public',
      location: { area: 'yokohama' },
      languages: ['ja', 'en'],
      tags: ['AI'],
      offers: [{ category: 'engineering' }],
      seeks: [{ category: 'funding' }],
    })
  ).id;
  const b = await signUp(app);
  fixture.b = (
    await createProfile(b.agent, {
      kind: 'creator',
      startup: undefined,
      creator: { disciplines: ['illustration'] },
      visibility: 'members',
      location: { area: 'shibuya' },
      languages: ['en'],
      tags: ['Picture books'],
      offers: [{ category: 'design' }],
      seeks: [{ category: 'engineering' }],
    })
  ).id;
  const c = await signUp(app);
  fixture.c = (
    await createProfile(c.agent, {
      kind: 'corporate',
      startup: undefined,
      corporate: { industry: 'Railways', size: '1000+' },
      visibility: 'public',
      location: { area: 'yokohama' },
      languages: ['ja'],
      tags: ['人工知能'],
      offers: [{ category: 'funding' }],
      seeks: [{ category: 'poc-partner' }],
    })
  ).id;
  const d = await signUp(app);
  ownerOfHidden = d.agent;
  fixture.d = (
    await createProfile(d.agent, {
      visibility: 'hidden',
      location: { area: 'overseas', country: 'FR' },
      languages: ['en', 'fr'],
      tags: ['Robot sumo'],
      offers: [{ category: 'data' }],
      seeks: [{ category: 'sales-channel' }],
    })
  ).id;
  member = (await signUp(app)).agent;
  const adminUser = await signUp(app);
  await setRole(adminUser.user.email, 'admin');
  admin = adminUser.agent;
});

/** The fixture letters a listing returned, in order. */
async function listed(agent: Agent, query = ''): Promise<string[]> {
  const res = await agent.get(`/api/profiles?limit=50${query}`);
  expect(res.status).toBe(200);
  const letterOf = new Map(Object.entries(fixture).map(([letter, id]) => [id, letter]));
  return (res.body.items as { id: string }[]).map((p) => letterOf.get(p.id) ?? '?');
}

describe('directory visibility', () => {
  it('shows anonymous visitors public profiles only, newest first', async () => {
    expect(await listed(request.agent(app))).toEqual(['c', 'a']);
  });

  it('shows members public and members-only profiles, never hidden ones (not even to their owner)', async () => {
    expect(await listed(member)).toEqual(['c', 'b', 'a']);
    expect(await listed(ownerOfHidden)).toEqual(['c', 'b', 'a']);
  });

  it('shows admins hidden profiles too', async () => {
    expect(await listed(admin)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('directory filters', () => {
  it.each([
    ['kind=startup', ['d', 'a']],
    ['kind=startup,creator', ['d', 'b', 'a']],
    ['area=yokohama', ['c', 'a']],
    ['area=overseas,shibuya', ['d', 'b']],
    ['language=fr', ['d']],
    ['language=ja', ['c', 'a']],
    ['tags=ai', ['c', 'a']],
    [`tags=${encodeURIComponent('人工知能')}`, ['c', 'a']],
    [`tags=${encodeURIComponent('machine learning,robot sumo')}`, ['d', 'c', 'a']],
    [`tags=${encodeURIComponent('Picture Books')}`, ['b']],
    ['tags=nobody-uses-this', []],
    ['offers=design', ['b']],
    ['offers=funding,data', ['d', 'c']],
    ['seeks=engineering', ['b']],
    ['seeks=funding,poc-partner', ['c', 'a']],
  ])('%s (as admin) lists %j', async (query, expected) => {
    expect(await listed(admin, `&${query}`)).toEqual(expected);
  });

  it('combines filters with AND: corporate-or-startup in Yokohama tagged AI offering funding is only C', async () => {
    expect(await listed(admin, '&kind=startup,corporate&area=yokohama&tags=ai&offers=funding')).toEqual(['c']);
    expect(await listed(admin, '&kind=creator&area=yokohama')).toEqual([]);
  });

  it('treats an empty filter value as no filter', async () => {
    expect(await listed(admin, '&tags=&kind=&offers=')).toEqual(['d', 'c', 'b', 'a']);
  });

  it('applies visibility on top of filters: an anonymous visitor filtering for French speakers finds nobody', async () => {
    expect(await listed(request.agent(app), '&language=fr')).toEqual([]);
  });

  it.each([
    ['an unknown kind', 'kind=robot'],
    ['an unknown category', 'offers=everything'],
    ['an unknown parameter', 'sort=name'],
    ['an operator-looking parameter', 'kind[$ne]=startup'],
    ['a repeated parameter', 'kind=startup&kind=creator'],
    ['a limit over 50', 'limit=51'],
    ['a zero limit', 'limit=0'],
  ])('refuses %s with 400', async (_what, query) => {
    const res = await member.get(`/api/profiles?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('free-text search hook', () => {
  it('ignores q while no ranker is registered', async () => {
    // The app registers the matching index's ranker; registering and removing another clears it.
    registerProfileRanker(async () => [])();
    expect(await listed(member, '&q=anything')).toEqual(['c', 'b', 'a']);
  });

  it('orders by a registered ranker, re-applying visibility and filters, with offset pages', async () => {
    const requests: RankRequest[] = [];
    const unregister = registerProfileRanker(async (req) => {
      requests.push(req);
      return [fixture.d, fixture.a, fixture.b, fixture.c];
    });
    try {
      expect(await listed(member, '&q=robots')).toEqual(['a', 'b', 'c']);
      expect(requests[0]).toMatchObject({ q: 'robots', criteria: { visibilities: ['public', 'members'] } });

      // Filters and visibility apply before slicing: pages are full, no cursor past the last visible one.
      const first = await member.get('/api/profiles?q=robots&limit=1&kind=startup,creator').expect(200);
      expect(first.body.items.map((p: { id: string }) => p.id)).toEqual([fixture.a]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await member
        .get(`/api/profiles?q=robots&limit=1&kind=startup,creator&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(second.body.items.map((p: { id: string }) => p.id)).toEqual([fixture.b]);
      expect(second.body.nextCursor).toBeNull();

      // Without q the ranker is not asked, and the id-ordered listing is back.
      const before = requests.length;
      expect(await listed(member)).toEqual(['c', 'b', 'a']);
      expect(requests).toHaveLength(before);
    } finally {
      unregister();
    }
  });
});
