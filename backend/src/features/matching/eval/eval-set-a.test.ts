import { NEED_CATEGORY_IDS, SPOKEN_LANGUAGES, resolveTag } from '@musubi/shared';
import { EVAL_LABELS_A } from './eval-labels-a';
import { mayMeet } from './eval-metrics';
import { EVAL_PROFILES, type EvalProfile } from './eval-profiles';
import { EVAL_SET_A } from './eval-set-a';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Which language a profile is written in: only Japanese, only English, or both. */
function textLanguage(profile: EvalProfile): 'ja' | 'en' | 'both' {
  const ja = Boolean(profile.headline.ja || profile.description.ja);
  const en = Boolean(profile.headline.en || profile.description.en);
  if (ja && en) return 'both';
  return ja ? 'ja' : 'en';
}

const everyProfile = new Map([...EVAL_PROFILES, ...EVAL_SET_A].map((p) => [p.id, p]));
const needsOf = (p: EvalProfile) => [...p.offers, ...p.seeks];

/**
 * Length in half-width units: a full-width (Japanese) character counts twice, as it carries about
 * as much as two Latin letters, so the 30–160 bound means the same amount of detail in both.
 */
const textWidth = (text: string) => [...text].reduce((width, c) => width + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

describe('evaluation set A', () => {
  it('has 40 profiles with ids unique across set A and the first corpus', () => {
    expect(EVAL_SET_A).toHaveLength(40);
    expect(everyProfile.size).toBe(EVAL_PROFILES.length + EVAL_SET_A.length);
    expect(EVAL_SET_A.filter((p) => !p.id.startsWith('a-')).map((p) => p.id)).toEqual([]);
  });

  it('uses valid need categories, spoken languages, typed tags and texts of the agreed lengths', () => {
    const categories = new Set<string>(NEED_CATEGORY_IDS);
    const languages = new Set<string>(SPOKEN_LANGUAGES);
    const problems = EVAL_SET_A.flatMap((p) => [
      ...needsOf(p)
        .filter((n) => !categories.has(n.category))
        .map((n) => `${p.id}: category ${n.category}`),
      ...p.languages.filter((l) => !languages.has(l)).map((l) => `${p.id}: language ${l}`),
      ...p.tags.filter((t) => resolveTag(t) === null).map((t) => `${p.id}: tag ${t}`),
      ...(p.tags.length < 3 || p.tags.length > 7 ? [`${p.id}: ${p.tags.length} tags`] : []),
      ...[p.offers, p.seeks]
        .filter((needs) => needs.length < 1 || needs.length > 3)
        .map((needs) => `${p.id}: ${needs.length} offers or seeks`),
      ...(['ja', 'en'] as const)
        .filter((l) => p.description[l] !== undefined)
        .filter((l) => {
          const length = p.description[l]!.length;
          return l === 'ja' ? length < 80 || length > 250 : length < 250 || length > 700;
        })
        .map((l) => `${p.id}: ${p.description[l]!.length} characters of ${l} description`),
      ...needsOf(p)
        .filter((n) => textWidth(n.text) < 30 || textWidth(n.text) > 160)
        .map((n) => `${p.id}: width ${textWidth(n.text)} of "${n.text}"`),
    ]);
    expect(problems).toEqual([]);
  });

  it('writes single-language profiles in that language throughout, with matching spoken languages', () => {
    const problems = EVAL_SET_A.flatMap((p) => {
      const language = textLanguage(p);
      if (language === 'both') return p.languages.includes('ja') && p.languages.includes('en') ? [] : [p.id];
      const wrongNeeds = needsOf(p).filter((n) => JAPANESE.test(n.text) !== (language === 'ja'));
      const spoken = language === 'ja' ? p.languages.join() === 'ja' : !p.languages.includes('ja');
      return wrongNeeds.length === 0 && spoken ? [] : [p.id];
    });
    expect(problems).toEqual([]);
  });

  it('labels 2–5 partners for every profile of the set, each one the viewer may meet', () => {
    expect(Object.keys(EVAL_LABELS_A).sort()).toEqual(EVAL_SET_A.map((p) => p.id).sort());
    const problems = Object.entries(EVAL_LABELS_A).flatMap(([viewerId, partners]) => {
      const viewer = everyProfile.get(viewerId)!;
      const count = partners.length >= 2 && partners.length <= 5 && new Set(partners).size === partners.length;
      return [
        ...(count ? [] : [`${viewerId}: ${partners.length} partners`]),
        ...partners.filter((id) => !everyProfile.has(id)).map((id) => `${viewerId} → unknown ${id}`),
        ...partners
          .filter((id) => everyProfile.has(id) && !mayMeet(viewer, everyProfile.get(id)!))
          .map((id) => `${viewerId} → ${id} may not meet`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('joins a Japanese-only profile with an English-only one in at least a third of the labelled pairs', () => {
    const pairs = Object.entries(EVAL_LABELS_A).flatMap(([viewerId, partners]) =>
      partners
        .filter((id) => everyProfile.has(id))
        .map((id) => [textLanguage(everyProfile.get(viewerId)!), textLanguage(everyProfile.get(id)!)]),
    );
    const crossLanguage = pairs.filter(([a, b]) => (a === 'ja' && b === 'en') || (a === 'en' && b === 'ja'));
    expect(crossLanguage.length * 3).toBeGreaterThanOrEqual(pairs.length);
  });
});
