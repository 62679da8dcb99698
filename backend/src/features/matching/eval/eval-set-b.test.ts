import { LOCATION_AREAS, NEED_CATEGORIES, SPOKEN_LANGUAGES } from '@musubi/shared';
import { EVAL_LABELS_B } from './eval-labels-b';
import { mayMeet } from './eval-metrics';
import { type EvalProfile, EVAL_PROFILES } from './eval-profiles';
import { EVAL_SET_B } from './eval-set-b';

const all = [...EVAL_PROFILES, ...EVAL_SET_B];
const byId = new Map(all.map((p) => [p.id, p]));

/** Which languages a profile's own texts (headline and description) are written in. */
function textLanguage(p: EvalProfile): 'ja' | 'en' | 'both' {
  const has = (lang: 'ja' | 'en') => Boolean(p.headline[lang]?.trim() || p.description[lang]?.trim());
  if (has('ja') && has('en')) return 'both';
  return has('ja') ? 'ja' : 'en';
}

const labelledPairs = Object.entries(EVAL_LABELS_B).flatMap(([viewer, partners]) =>
  partners.map((partner) => [viewer, partner] as const),
);

describe('evaluation set B', () => {
  it('has 40 profiles with ids unique across both sets, prefixed b-, of all three kinds', () => {
    expect(EVAL_SET_B.length).toBe(40);
    expect(byId.size).toBe(all.length);
    expect(EVAL_SET_B.filter((p) => !p.id.startsWith('b-')).map((p) => p.id)).toEqual([]);
    expect(new Set(EVAL_SET_B.map((p) => p.kind))).toEqual(new Set(['startup', 'creator', 'corporate']));
  });

  it('uses valid need categories, areas and languages, 3–7 tags and 1–3 offers and seeks', () => {
    const problems: string[] = [];
    for (const p of EVAL_SET_B) {
      for (const need of [...p.offers, ...p.seeks])
        if (!(need.category in NEED_CATEGORIES)) problems.push(`${p.id}: category ${need.category}`);
      if (!(LOCATION_AREAS as readonly string[]).includes(p.area ?? '')) problems.push(`${p.id}: area ${p.area}`);
      for (const lang of p.languages)
        if (!(SPOKEN_LANGUAGES as readonly string[]).includes(lang)) problems.push(`${p.id}: language ${lang}`);
      if (p.tags.length < 3 || p.tags.length > 7) problems.push(`${p.id}: ${p.tags.length} tags`);
      for (const needs of [p.offers, p.seeks])
        if (needs.length < 1 || needs.length > 3) problems.push(`${p.id}: ${needs.length} needs on one side`);
    }
    expect(problems).toEqual([]);
  });

  it('writes needs of 30–160 characters and descriptions of 80–250 (ja) or 250–700 (en) characters', () => {
    const problems: string[] = [];
    for (const p of EVAL_SET_B) {
      for (const need of [...p.offers, ...p.seeks])
        if (need.text.length < 30 || need.text.length > 160) problems.push(`${p.id}: need of ${need.text.length}`);
      const { ja, en } = p.description;
      if (ja !== undefined && (ja.length < 80 || ja.length > 250))
        problems.push(`${p.id}: ja description ${ja.length}`);
      if (en !== undefined && (en.length < 250 || en.length > 700))
        problems.push(`${p.id}: en description ${en.length}`);
    }
    expect(problems).toEqual([]);
  });

  it('mixes Japanese-only, English-only and bilingual profiles', () => {
    const count = (lang: string) => EVAL_SET_B.filter((p) => textLanguage(p) === lang).length;
    expect(count('ja')).toBeGreaterThanOrEqual(12);
    expect(count('en')).toBeGreaterThanOrEqual(12);
    expect(count('both')).toBeGreaterThanOrEqual(5);
  });

  it('labels 2–5 distinct partners for every profile, each one that exists and the viewer may meet', () => {
    expect(Object.keys(EVAL_LABELS_B).sort()).toEqual(EVAL_SET_B.map((p) => p.id).sort());
    const problems: string[] = [];
    for (const [viewerId, partners] of Object.entries(EVAL_LABELS_B)) {
      const viewer = byId.get(viewerId)!;
      if (partners.length < 2 || partners.length > 5) problems.push(`${viewerId}: ${partners.length} partners`);
      if (new Set(partners).size !== partners.length) problems.push(`${viewerId}: repeated partner`);
      for (const id of partners) {
        const partner = byId.get(id);
        if (!partner) problems.push(`${viewerId}: unknown partner ${id}`);
        else if (!mayMeet(viewer, partner)) problems.push(`${viewerId}: may not meet ${id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('joins a Japanese-only profile with an English-only one in at least a third of the labelled pairs', () => {
    const crossLanguage = labelledPairs.filter(([viewer, partner]) => {
      const langs = new Set([textLanguage(byId.get(viewer)!), textLanguage(byId.get(partner)!)]);
      return langs.has('ja') && langs.has('en');
    });
    expect(crossLanguage.length * 3).toBeGreaterThanOrEqual(labelledPairs.length);
  });
});
