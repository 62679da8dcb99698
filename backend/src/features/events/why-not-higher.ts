import type { NeedCategory, ScoreLimitDto, WhyNotHigherDto } from '@musubi/shared';
import type { ProfileRecord, Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import type { EventsDeps } from './events.deps';
import { loadPair, type PairView } from './pairs.service';

/** Below this share of the stronger direction, the weaker direction's needs count as unmet. */
const ONE_SIDED_RATIO = 0.25;
/** A need category held by at least this share of members has a low idf: it counts little. */
const COMMON_CATEGORY_SHARE = 0.25;
/** Less text than this (Latin characters count 1, Japanese 2) leaves little to match on. */
const SHORT_PROFILE_WEIGHT = 160;
/** Fewer word or tag reasons than this means little was bridged between two languages. */
const BRIDGED_REASONS = 2;
const LIMITS_SHOWN = 3;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The languages a profile's own text is written in. */
function writtenIn(p: ProfileRecord): Set<'ja' | 'en'> {
  const langs = new Set<'ja' | 'en'>();
  for (const field of [p.headline, p.description]) {
    if (field.ja?.trim()) langs.add('ja');
    if (field.en?.trim()) langs.add('en');
  }
  for (const need of [...p.offers, ...p.seeks]) {
    if (JAPANESE.test(need.text)) langs.add('ja');
    else if (/[A-Za-z]{3}/.test(need.text)) langs.add('en');
  }
  return langs;
}

function textWeight(p: ProfileRecord): number {
  const texts = [p.headline.ja, p.headline.en, p.description.ja, p.description.en, ...p.offers, ...p.seeks].map((t) =>
    typeof t === 'string' ? t : (t?.text ?? ''),
  );
  let weight = 0;
  for (const t of texts) for (const ch of t.trim()) weight += ch.charCodeAt(0) < 0x80 ? 1 : 2;
  return weight;
}

/** Categories where one side's offer meets the other's need, in either direction. */
function matchedCategories(a: ProfileRecord, b: ProfileRecord): NeedCategory[] {
  const meets = (offerer: ProfileRecord, seeker: ProfileRecord) =>
    offerer.offers.filter((o) => seeker.seeks.some((s) => s.category === o.category)).map((o) => o.category);
  return [...new Set([...meets(a, b), ...meets(b, a)])];
}

export interface PairFacts {
  pair: Pick<PairView, 'parts' | 'reasons'>;
  a: ProfileRecord;
  b: ProfileRecord;
  /** Share of all members (0–1) whose offers or seeks name the category. */
  categoryShare: ReadonlyMap<NeedCategory, number>;
}

/**
 * What holds a pair's score down, strongest first, from the engine's score parts (a's side: their
 * offers · a's seeks, a's offers · their seeks), its reasons, and the two profiles.
 */
export function scoreLimits({ pair, a, b, categoryShare }: PairFacts): ScoreLimitDto[] {
  const limits: ScoreLimitDto[] = [];
  if (!pair.parts) {
    limits.push({ code: 'not-paired' });
  } else {
    const aMet = pair.parts.theyOfferYouSeek;
    const bMet = pair.parts.youOfferTheySeek;
    const stronger = Math.max(aMet, bMet);
    if (stronger === 0) limits.push({ code: 'no-complementarity' });
    else if (Math.min(aMet, bMet) < ONE_SIDED_RATIO * stronger) {
      limits.push({ code: 'one-sided', profileId: (aMet >= bMet ? a : b)._id.toString() });
    }
  }
  const matched = matchedCategories(a, b);
  if (matched.length > 0 && matched.every((c) => (categoryShare.get(c) ?? 0) >= COMMON_CATEGORY_SHARE)) {
    limits.push({ code: 'common-categories', categories: matched });
  }
  const [la, lb] = [writtenIn(a), writtenIn(b)];
  const bridged = pair.reasons.filter((r) => r.category === undefined).length;
  if (la.size === 1 && lb.size === 1 && ![...la].some((l) => lb.has(l)) && bridged < BRIDGED_REASONS) {
    limits.push({ code: 'different-languages' });
  }
  for (const p of [a, b]) {
    if (textWeight(p) < SHORT_PROFILE_WEIGHT) limits.push({ code: 'short-profile', profileId: p._id.toString() });
  }
  if (!a.tags.some((t) => b.tags.includes(t))) limits.push({ code: 'no-shared-tags' });
  return limits.slice(0, LIMITS_SHOWN);
}

/**
 * Share of indexed profiles naming each category in their offers or seeks (the larger of the two),
 * from the document frequencies the matching index keeps live: no database query per request.
 */
async function categoryShares(
  index: EventsDeps['index'],
  categories: readonly NeedCategory[],
): Promise<Map<NeedCategory, number>> {
  await index.ready();
  const engine = index.current;
  return new Map(categories.map((c) => [c, engine.needCategoryShare(c)] as const));
}

/** GET /events/:id/pairs/:pairKey/why-not-higher: for the event's organisers only (404 otherwise). */
export async function whyNotHigher(
  deps: EventsDeps,
  viewer: Viewer,
  id: string,
  pairKey: string,
): Promise<WhyNotHigherDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pair, profiles } = await loadPair(deps, event, pairKey);
  const a = profiles.get(pair.a)!;
  const b = profiles.get(pair.b)!;
  const categoryShare = await categoryShares(deps.index, matchedCategories(a, b));
  return { pairKey, limits: scoreLimits({ pair, a, b, categoryShare }) };
}
