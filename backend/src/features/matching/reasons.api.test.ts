import request from 'supertest';
import type { ReasonDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { GENEROUS_TEST_LIMITS } from '../../../test/test-limits';
import { eventually } from '../../../test/profile-factories';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoProfiles, seedDemoData } from '../../seed';
import { isGenericWord } from './engine/generic-words';
import { JAPANESE_STOPWORDS } from './engine/japanese-stopwords';
import { stopwords } from './engine/natural-parts';

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
