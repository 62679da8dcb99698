import request from 'supertest';
import type { ReasonDto } from '@musubi/shared';
import { buildTestApp, signUp } from '../../../test/helpers';
import { GENEROUS_TEST_LIMITS } from '../../../test/test-limits';
import { buildProfileInput, eventually } from '../../../test/profile-factories';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoProfiles, seedDemoData } from '../../seed';
import { isGenericWord } from './engine/generic-words';
import { JAPANESE_STOPWORDS } from './engine/japanese-stopwords';
import { stopwords } from './engine/natural-parts';
import { tokenizeText } from './engine/tokenize';

const { app, events } = buildTestApp(GENEROUS_TEST_LIMITS);
const englishStopwords = new Set(stopwords);

// The demo database as `npm run seed` makes it; a sample of its members asks for suggestions.
const generated = generateDemoProfiles(300);
const sample = [...DEMO_ACCOUNTS.filter((a) => a.profile), ...generated.filter((_, i) => i % 20 === 0)].map(
  (a) => a.email,
);

async function suggestionsOf(email: string, lang: 'ja' | 'en') {
  const agent = request.agent(app);
  await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  const res = await agent.get(`/api/matches/suggestions?limit=10&lang=${lang}`).expect(200);
  return res.body.items as { profile: { id: string; name: { ja?: string; en?: string } }; reasons: ReasonDto[] }[];
}

/** What is wrong with one suggestion's reasons (empty when they are worth reading). */
function problemsOf(reasons: readonly ReasonDto[]): string[] {
  const problems: string[] = [];
  if (reasons.length > 3) problems.push(`${reasons.length} reasons`);
  const seen: string[] = [];
  for (const r of reasons) {
    const label = r.label.normalize('NFKC').toLowerCase();
    if (r.tagId === undefined && r.category === undefined) {
      if (isGenericWord(label)) problems.push(`generic word "${r.label}"`);
      if (englishStopwords.has(label) || JAPANESE_STOPWORDS.has(label)) problems.push(`stop word "${r.label}"`);
    }
    if (r.category === 'co-creation') problems.push('ubiquitous category co-creation');
    for (const other of seen) {
      if (other === label || (r.category === undefined && other.includes(label)) || label.includes(other)) {
        problems.push(`"${r.label}" repeats "${other}"`);
      }
    }
    seen.push(label);
  }
  return problems;
}

// Runs before the demo database is seeded, so the two members below are each other's best match.
describe("reasons in the reader's language", () => {
  const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
  const ENGLISH_WORD = /^[a-z][a-z -]*$/i;

  /** A member who writes only Japanese and one who writes only English, about the same thing. */
  async function bilingualPair() {
    const reader = await signUp(app, { language: 'ja' });
    await reader.agent
      .put('/api/profiles/me')
      .send(
        buildProfileInput({
          name: { ja: '冷蔵ロジテック' },
          headline: { ja: 'コールドチェーン物流の温度監視' },
          description: { ja: '冷凍倉庫の温度をセンサーで監視するスタートアップです。' },
          offers: [{ category: 'data', text: '冷凍倉庫の温度データ' }],
          seeks: [{ category: 'poc-partner', text: 'コールドチェーン物流の倉庫で実証' }],
          languages: ['ja'],
          visibility: 'public',
        }),
      )
      .expect(201);
    const partner = await signUp(app, { language: 'en' });
    const res = await partner.agent
      .put('/api/profiles/me')
      .send(
        buildProfileInput({
          kind: 'corporate',
          startup: undefined,
          corporate: { industry: 'Logistics', size: '250-999' },
          name: { en: 'Harbour Cold Chain' },
          headline: { en: 'Cold chain logistics in Yokohama' },
          description: { en: 'We run frozen warehouses for food importers.' },
          offers: [{ category: 'poc-partner', text: 'Our frozen warehouses for cold chain logistics pilots' }],
          seeks: [{ category: 'data', text: 'Temperature data from frozen warehouses' }],
          languages: ['en'],
          visibility: 'public',
        }),
      )
      .expect(201);
    return { reader, partnerId: res.body.profile.id as string };
  }

  it('names a bridged word in Japanese for a ja reader and in English for an en reader', async () => {
    const { reader, partnerId } = await bilingualPair();
    const reasonsIn = async (lang: 'ja' | 'en') => {
      const res = await reader.agent.get(`/api/matches/suggestions?limit=10&lang=${lang}`).expect(200);
      const item = (res.body.items as { profile: { id: string }; reasons: ReasonDto[] }[]).find(
        (i) => i.profile.id === partnerId,
      );
      return item?.reasons.filter((r) => r.tagId === undefined && r.category === undefined);
    };
    await eventually(async () => ((await reasonsIn('en')) ?? []).length > 0, 10_000);
    const en = (await reasonsIn('en'))!;
    const ja = (await reasonsIn('ja'))!;
    expect(en.map((r) => r.label).filter((l) => !ENGLISH_WORD.test(l))).toEqual([]);
    expect(ja.length).toBeGreaterThan(0);
    expect(ja.map((r) => r.label).filter((l) => !JAPANESE.test(l))).toEqual([]);
    // Each Japanese word names a term an English reason names (物流 ↔ logistics).
    const enTerms = new Set(en.flatMap((r) => tokenizeText(r.label)));
    for (const r of ja) expect([r.label, tokenizeText(r.label).some((t) => enTerms.has(t))]).toEqual([r.label, true]);
    expect(ja.map((r) => r.text).join(' ')).toMatch(JAPANESE);
  }, 30_000);
});

describe('suggestion reasons on the demo database', () => {
  beforeAll(async () => {
    await seedDemoData({ count: 300, events });
    // The index follows the seeding through profile events: wait until the last profile is in.
    const last = generated.at(-1)!.email;
    await eventually(async () => (await suggestionsOf(last, 'en')).length > 0, 60_000);
  }, 240_000);

  it('never cite a generic or stop word or the same need twice, and show at most 3', async () => {
    const problems: string[] = [];
    for (const email of sample) {
      for (const lang of ['en', 'ja'] as const) {
        for (const s of await suggestionsOf(email, lang)) {
          for (const p of problemsOf(s.reasons)) problems.push(`${email} (${lang}) → ${s.profile.id}: ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  // Dropping meaningless reasons leaves some weak suggestions without any: better none than "提供".
  it('still show reasons for most suggestions', async () => {
    let withReasons = 0;
    let total = 0;
    for (const email of sample) {
      for (const s of await suggestionsOf(email, 'en')) {
        total++;
        if (s.reasons.length > 0) withReasons++;
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(withReasons / total).toBeGreaterThan(0.6);
  }, 120_000);

  it('prints a sample', async () => {
    const lines: string[] = [];
    for (const email of sample.slice(0, 5)) {
      const [first] = await suggestionsOf(email, email.startsWith('startup@') ? 'en' : 'ja');
      if (first)
        lines.push(
          `${email} → ${first.profile.name.en ?? first.profile.name.ja}: ${first.reasons.map((r) => r.text).join(' | ')}`,
        );
    }
    if (process.env.PRINT_REASONS) console.log(lines.join('\n'));
    expect(lines.length).toBeGreaterThan(0);
  }, 60_000);
});
