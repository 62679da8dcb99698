import type { PairPageDto, ReasonDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { corporateProfile, member, postCall } from '../../../test/call-helpers';
import { createEvent, join, memberWith, organiser } from '../../../test/event-helpers';

const { app, runtime } = buildTestApp();

// "Honmoku" and "Negishi" are places in Yokohama that no vocabulary tag knows: they reach the
// reasons as plain words, which the engine keeps lower case.
const pierStartup = {
  kind: 'startup',
  name: { en: 'Pier Sensors' },
  headline: { en: 'Honmoku pier sensors' },
  description: { en: 'Wave and mooring sensors for the Honmoku pier and the Negishi refinery quay.' },
  tags: ['iot'],
  offers: [{ category: 'engineering', text: 'Honmoku pier sensors for Negishi quay mooring' }],
  seeks: [{ category: 'poc-partner', text: 'A Honmoku or Negishi quay to pilot mooring sensors' }],
};
const pierOperator = corporateProfile({
  name: { en: 'Negishi Quay Operations' },
  headline: { en: 'Operator of the Honmoku pier and the Negishi quay' },
  offers: [{ category: 'poc-partner', text: 'Honmoku pier and Negishi quay berths for mooring sensor pilots' }],
  seeks: [{ category: 'engineering', text: 'Honmoku pier mooring sensors for the Negishi quay' }],
});

const words = (reasons: readonly ReasonDto[]) => reasons.filter((r) => !r.tagId && !r.category).map((r) => r.label);
const writtenText = JSON.stringify([pierStartup, pierOperator]);
/**
 * The reasons cite at least one plain word, and each exactly as one of the profiles writes it
 * ("Honmoku", never "honmoku"; "pier" stays "pier").
 */
function expectWritten(reasons: readonly ReasonDto[]) {
  const cited = words(reasons);
  expect(cited.length).toBeGreaterThan(0);
  for (const w of cited) expect([w, new RegExp(`\\b${w}\\b`).test(writtenText)]).toEqual([w, true]);
}

// Unrelated members, so the place names are rare words here (in a corpus of only the two profiles
// above, every word is in every profile and weighs nothing).
const bystanders = [
  ['startup', 'Picture-book illustration studio app', 'design', 'Children’s picture-book illustration'],
  ['corporate', 'Film studio scoring live jazz sets', 'content', 'Film scores and live jazz sets'],
  ['startup', 'Language-learning app for hotel staff', 'engineering', 'Mobile lessons for hospitality English'],
  ['startup', 'Farm-to-table vegetable boxes from Kamakura', 'sales-channel', 'Weekly organic vegetable boxes'],
  ['corporate', 'Regional bank financing family businesses', 'funding', 'Loans for small family businesses'],
  ['corporate', 'Department store with a rooftop garden', 'space-venue', 'A rooftop garden for pop-up shops'],
] as const;

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  for (const [kind, headline, category, text] of bystanders) {
    const profile = {
      ...pierStartup,
      kind,
      name: { en: headline },
      headline: { en: headline },
      description: { en: `${headline}. ${text}.` },
      tags: [],
      offers: [{ category, text }],
      seeks: [{ category: 'marketing', text: `Press coverage for ${text.toLowerCase()}` }],
    };
    const m = await member(app, kind === 'corporate' ? corporateProfile(profile) : profile);
    await runtime.matchingIndex.indexProfile(m.profileId);
  }
});

describe('reasons outside the suggestions page show words as the profiles write them', () => {
  it('in call candidates and in calls for a member', async () => {
    const corp = await member(app, pierOperator);
    const startup = await member(app, pierStartup);
    for (const m of [corp, startup]) await runtime.matchingIndex.indexProfile(m.profileId);
    const call = await postCall(corp.agent, {
      title: { en: 'Mooring sensors at Honmoku pier' },
      challenge: { en: 'We seek mooring sensors for the Honmoku pier and the Negishi quay.' },
      tags: ['iot'],
    });

    const candidates = await corp.agent.get(`/api/calls/${call.id}/candidates`).expect(200);
    const mine = (candidates.body.items as { profile: { id: string }; reasons: ReasonDto[] }[]).find(
      (i) => i.profile.id === startup.profileId,
    );
    expectWritten(mine!.reasons);

    const forMe = await startup.agent.get('/api/calls/for-me').expect(200);
    const entry = (forMe.body as { call: { id: string }; reasons: ReasonDto[] }[]).find((e) => e.call.id === call.id);
    expectWritten(entry!.reasons);
  });

  it('in event pairs and in the introduction text', async () => {
    const org = await organiser(app);
    const eventId = (await createEvent(org)).id;
    const a = await memberWith(app, 'startup', pierStartup);
    const b = await memberWith(app, 'corporate', pierOperator);
    for (const m of [a, b]) {
      await runtime.matchingIndex.indexProfile(m.profile.id);
      await join(m, eventId);
    }
    const page = (await org.agent.get(`/api/events/${eventId}/pairs`).query({ lang: 'en' }).expect(200))
      .body as PairPageDto;
    const pair = page.items.find((p) => [p.a.id, p.b.id].includes(a.profile.id))!;
    expectWritten(pair.reasons);

    await org.agent.post(`/api/events/${eventId}/pairs/${pair.key}/decision`).send({ action: 'approve' }).expect(200);
    const intro = await org.agent
      .get(`/api/events/${eventId}/pairs/${pair.key}/introduction`)
      .query({ lang: 'en' })
      .expect(200);
    expect(intro.body.message).not.toMatch(/\b(honmoku|negishi)\b/);
    expect(intro.body.message).toMatch(/\b(Honmoku|Negishi)\b/);
  });
});
