import request from 'supertest';
import type {
  ApplicationDto,
  CallCandidateDto,
  CallDto,
  CallSuggestionDto,
  MatchStrengthDto,
  PairDto,
  SuggestionDto,
} from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { pitch } from '../../../test/call-helpers';
import { eventually } from '../../../test/profile-factories';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoProfiles, seedDemoData } from '../../seed';
import { ProfileModel } from '../profiles';

/**
 * Strength as people read it, on the demo database (the 300 demo profiles and the documented demo
 * accounts): a member's best partners read "strong", weak matches never do, and the same pair reads
 * the same on suggestions, event pairs and a call's candidates, applications and "calls for you".
 */
const { app, events, runtime } = buildTestApp();
type Agent = ReturnType<typeof request.agent>;

async function signIn(email: string): Promise<Agent> {
  const agent = request.agent(app);
  await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return agent;
}

async function suggestions(agent: Agent, limit = 50): Promise<SuggestionDto[]> {
  const res = await agent.get(`/api/matches/suggestions?limit=${limit}`).expect(200);
  return res.body.items as SuggestionDto[];
}

const generated = generateDemoProfiles(300);
const memberEmails = [
  ...DEMO_ACCOUNTS.filter((a) => a.profile).map((a) => a.email),
  // Every 12th generated member that is not hidden: startups, creators and corporates alike.
  ...generated.filter((d, i) => i % 12 === 0 && d.profile.visibility !== 'hidden').map((d) => d.email),
];

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  await seedDemoData({ count: 300, events });
  const ids = (await ProfileModel.find({}, { _id: 1 }).lean()).map((p) => p._id.toString());
  await eventually(async () => ids.every((id) => runtime.matchingIndex.current.has(id)), 60_000);
}, 180_000);

describe('match strength on the demo database', () => {
  let pages: { email: string; agent: Agent; items: SuggestionDto[] }[] = [];

  beforeAll(async () => {
    pages = [];
    for (const email of memberEmails) {
      const agent = await signIn(email);
      pages.push({ email, agent, items: await suggestions(agent) });
    }
  }, 120_000);

  it("reads a member's best suggestion as strong, and the top 5 as strong or good", () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    const best = pages.map((p) => p.items[0]!.strength.level);
    const strongBest = best.filter((l) => l === 'strong').length;
    expect(strongBest / best.length).toBeGreaterThanOrEqual(0.9);
    const top5 = pages.flatMap((p) => p.items.slice(0, 5).map((s) => s.strength.level));
    expect(top5.filter((l) => l !== 'fair').length / top5.length).toBeGreaterThanOrEqual(0.9);
    // The bar of a typical best partner is well filled (the raw score alone reads 5–20 of 100).
    const bars = pages.map((p) => p.items[0]!.strength.percent).sort((a, b) => a - b);
    expect(bars[Math.floor(bars.length / 2)]!).toBeGreaterThanOrEqual(75);
  });

  it('never reads a weak match as strong, and the bar follows the engine order', () => {
    const all = pages.flatMap((p) => p.items);
    const weak = all.filter((s) => s.score <= 4);
    expect(weak.length).toBeGreaterThan(0);
    for (const s of weak) expect([s.score, s.strength.level]).toEqual([s.score, 'fair']);
    const rank = { strong: 2, good: 1, fair: 0 };
    const byRaw = [...all].sort((x, y) => x.score - y.score);
    for (let i = 1; i < byRaw.length; i++) {
      const [lo, hi] = [byRaw[i - 1]!, byRaw[i]!];
      if (lo.score === hi.score) continue;
      expect(hi.strength.percent).toBeGreaterThanOrEqual(lo.strength.percent);
      expect(rank[hi.strength.level]).toBeGreaterThanOrEqual(rank[lo.strength.level]);
    }
  });

  it("reads a pair the same in an event's pairs as in the member's suggestions", async () => {
    const organiser = await signIn('organiser@musubi.example');
    const list = await organiser.get('/api/events?scope=mine').expect(200);
    const event = (list.body.items as { id: string }[])[0];
    expect(event).toBeDefined();
    const res = await organiser.get(`/api/events/${event!.id}/pairs?limit=50`).expect(200);
    const pairs = (res.body.items as PairDto[]).filter((p) => p.strength !== null);
    expect(pairs.length).toBeGreaterThan(0);
    let compared = 0;
    for (const pair of pairs.slice(0, 5)) {
      // The pair is scored from one side (a's when a's suggestions hold it): one of the two reads it so.
      const seen: unknown[] = [];
      for (const [me, other] of [
        [pair.a, pair.b],
        [pair.b, pair.a],
      ] as const) {
        const doc = await ProfileModel.findById(me.id, { userId: 1 }).lean();
        const email = doc ? emailOf(doc.userId) : undefined;
        if (!email) continue;
        const found = (await suggestions(await signIn(email))).find((s) => s.profile.id === other.id);
        if (found) seen.push([found.score, found.strength]);
      }
      if (!seen.length) continue;
      expect(['strong', 'good', 'fair']).toContain(pair.strength!.level);
      expect(seen).toContainEqual([pair.score, pair.strength]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  }, 60_000);

  it("reads a candidate the same on the call's candidates, in their calls for you and on their application", async () => {
    const poster = await signIn('corporate@musubi.example');
    const calls = (await poster.get('/api/calls?limit=50').expect(200)).body.items as CallDto[];
    const open = calls.filter((c) => c.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    let compared = 0;
    for (const call of open) {
      const res = await poster.get(`/api/calls/${call.id}/candidates?limit=20`).expect(200);
      const candidates = res.body.items as CallCandidateDto[];
      expect(candidates[0]!.strength.level).toBe('strong');
      for (const c of candidates.filter((x) => !x.applied)) {
        const doc = await ProfileModel.findById(c.profile.id, { userId: 1 }).lean();
        const email = emailOf(doc!.userId);
        if (!email) continue;
        const agent = await signIn(email);
        const forMe = (await agent.get('/api/calls/for-me').expect(200)).body as CallSuggestionDto[];
        const mine = forMe.find((s) => s.call.id === call.id);
        if (!mine) continue;
        expect(sameFit(mine, c)).toBe(true);
        await agent.post(`/api/calls/${call.id}/applications`).send(pitch).expect(201);
        const apps = await poster.get(`/api/calls/${call.id}/applications`).expect(200);
        const application = (apps.body.items as ApplicationDto[]).find((a) => a.applicant.id === c.profile.id);
        expect(sameFit({ score: application!.score!, strength: application!.strength! }, c)).toBe(true);
        compared += 1;
        break;
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 60_000);
});

const sameFit = (x: { score: number; strength: MatchStrengthDto }, y: { score: number; strength: MatchStrengthDto }) =>
  x.score === y.score && x.strength.level === y.strength.level && x.strength.percent === y.strength.percent;

const emailByUser = new Map<string, string>();
function emailOf(userId: { toString(): string }): string | undefined {
  return emailByUser.get(userId.toString());
}
beforeAll(async () => {
  const { UserModel } = await import('../accounts');
  for (const u of await UserModel.find({}, { email: 1 }).lean()) emailByUser.set(u._id.toString(), u.email);
}, 60_000);
