import request from 'supertest';
import type { ReasonDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { GENEROUS_TEST_LIMITS } from '../../../test/test-limits';
import { eventually } from '../../../test/profile-factories';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoProfiles, partnersOf, seedDemoData } from '../../seed';
import { isGenericWord } from './engine/generic-words';
import { JAPANESE_STOPWORDS } from './engine/japanese-stopwords';
import { stopwords } from './engine/natural-parts';

const { app, events } = buildTestApp(GENEROUS_TEST_LIMITS);
const englishStopwords = new Set(stopwords);
const generated = generateDemoProfiles(300);
const members = DEMO_ACCOUNTS.flatMap((a) => (a.profile ? [{ ...a, profile: a.profile }] : []));

type Item = { profile: { id: string; name: { ja?: string; en?: string } }; reasons: ReasonDto[] };

async function firstPage(email: string, lang: 'ja' | 'en'): Promise<Item[]> {
  const agent = request.agent(app);
  await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return (await agent.get(`/api/matches/suggestions?lang=${lang}`).expect(200)).body.items as Item[];
}

const nameOf = (i: Item) => i.profile.name.en ?? i.profile.name.ja ?? '';

describe('the demo accounts’ first suggestions on the demo database', () => {
  beforeAll(async () => {
    await seedDemoData({ count: 300, events });
    // The index follows the seeding through profile events: wait until the last profile is in.
    const last = generated.at(-1)!.email;
    await eventually(async () => (await firstPage(last, 'en')).length > 0, 60_000);
  }, 240_000);

  it.each(members.map((m) => [m.email, m] as const))(
    '%s sees at least 3 of its designated partners in its top 5',
    async (_email, account) => {
      const partnerNames = new Set(partnersOf(account.profile.kind).map((p) => p.profile.name.en ?? p.profile.name.ja));
      const page = await firstPage(account.email, account.language);
      if (process.env.PRINT_SUGGESTIONS)
        console.log(
          account.email,
          page.map((i) => `${nameOf(i)}: ${i.reasons.map((r) => r.text).join(' | ')}`),
        );
      const top5 = page.slice(0, 5).map(nameOf);
      // On failure the message shows the top 5.
      expect({ atLeast3: top5.filter((n) => partnerNames.has(n)).length >= 3, top5 }).toEqual({ atLeast3: true, top5 });
    },
    60_000,
  );

  it('cites no stop or generic word in any reason on the demo accounts’ first pages', async () => {
    const cited: string[] = [];
    for (const m of members) {
      for (const lang of ['en', 'ja'] as const) {
        for (const item of await firstPage(m.email, lang)) {
          for (const r of item.reasons) {
            const label = r.label.normalize('NFKC').toLowerCase();
            const word = r.tagId === undefined && r.category === undefined;
            if (word && (isGenericWord(label) || englishStopwords.has(label) || JAPANESE_STOPWORDS.has(label)))
              cited.push(`${m.email} (${lang}) → ${nameOf(item)}: "${r.label}"`);
          }
        }
      }
    }
    expect(cited).toEqual([]);
  }, 60_000);
});
