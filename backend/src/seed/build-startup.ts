import type { NeedCategory, STARTUP_STAGES } from '@musubi/shared';
import {
  type Base,
  collectTags,
  type GenContext,
  type KindPart,
  localHeadline,
  needNouns,
  pickNeeds,
  uniqueName,
} from './common';
import { COUNTERPARTS } from './phrases/counterparts';
import { domainsFor } from './phrases/domains';
import { GLOBAL_ROOTS, STARTUP_ROOTS } from './phrases/names';
import {
  STARTUP_CLOSERS,
  STARTUP_OPENERS,
  STARTUP_OPENERS_TECH,
  STARTUP_TRACTION_EARLY,
  STARTUP_TRACTION_LATER,
} from './phrases/sentences';
import type { L } from './phrases/types';
import { fillL, joinList, joinSentences, withArticle } from './text';

type Stage = (typeof STARTUP_STAGES)[number];

const STAGES: readonly (readonly [Stage, number])[] = [
  ['idea', 5],
  ['pre-seed', 15],
  ['seed', 35],
  ['series-a', 25],
  ['series-b', 12],
  ['growth', 8],
];

/** Founding years and team sizes that fit each stage, and how sentences name it. */
const STAGE_SHAPE: Record<Stage, { years: [number, number]; team: [number, number]; ja: string; en: string }> = {
  idea: { years: [2025, 2026], team: [1, 3], ja: 'アイデア段階', en: 'an idea-stage' },
  'pre-seed': { years: [2023, 2025], team: [2, 6], ja: 'プレシード期', en: 'a pre-seed' },
  seed: { years: [2020, 2025], team: [4, 15], ja: 'シード期', en: 'a seed-stage' },
  'series-a': { years: [2017, 2023], team: [12, 45], ja: 'シリーズA', en: 'a Series A' },
  'series-b': { years: [2014, 2021], team: [35, 120], ja: 'シリーズB', en: 'a Series B' },
  growth: { years: [2008, 2019], team: [80, 400], ja: 'グロース期', en: 'a growth-stage' },
};

const SEEKS: readonly (readonly [NeedCategory, number])[] = [
  ['funding', 10],
  ['poc-partner', 9],
  ['sales-channel', 7],
  ['design', 5],
  ['overseas-expansion', 5],
  ['talent', 5],
  ['mentoring', 3],
  ['marketing', 3],
  ['data', 2],
  ['space-venue', 2],
  ['regulatory-support', 2],
  ['research', 2],
];

const OFFERS: readonly (readonly [NeedCategory, number])[] = [
  ['engineering', 8],
  ['co-creation', 6],
  ['data', 3],
  ['research', 2],
  ['mentoring', 1],
];

/** Japanese legal forms: the Japanese name, and the English suffix. */
const JP_FORMS: readonly (readonly [(n: string) => L, number])[] = [
  [(n) => ({ ja: `株式会社${n}`, en: 'Inc.' }), 45],
  [(n) => ({ ja: `株式会社${n}`, en: 'K.K.' }), 10],
  [(n) => ({ ja: `${n}株式会社`, en: 'Co., Ltd.' }), 30],
  [(n) => ({ ja: `合同会社${n}`, en: 'LLC' }), 15],
];

const BUSINESS_TAGS = ['startup-ecosystem', 'b2b', 'fundraising', 'entrepreneurship', 'new-business'];

export function buildStartup(ctx: GenContext, base: Base): KindPart {
  const { rng } = ctx;
  const overseas = base.place.area === 'overseas';
  const domain = rng.weighted(domainsFor('startup'));
  const offering = rng.pick(domain.startup);

  const naming = (short: L) => {
    const form = rng.weighted(JP_FORMS)(short.ja);
    const full = overseas
      ? { ja: short.ja, en: `${short.en} ${base.place.legalForm ?? 'Ltd.'}` }
      : { ja: form.ja, en: `${short.en} ${form.en}` };
    return { core: short.en, short, full };
  };
  const { short, full } = uniqueName(
    ctx,
    () => {
      const root = rng.pick(overseas ? GLOBAL_ROOTS : STARTUP_ROOTS);
      const suffix = rng.pick(domain.nameSuffixes);
      // Japanese companies run the words together; names of companies abroad keep a separator.
      return naming({ ja: `${root.ja}${overseas ? '・' : ''}${suffix.ja}`, en: `${root.en} ${suffix.en}` });
    },
    (t, n) => naming({ ja: `${t.short.ja}${n}`, en: `${t.short.en} ${n}` }),
  );

  const stage = rng.weighted(STAGES);
  const shape = STAGE_SHAPE[stage];
  const early = stage === 'idea' || stage === 'pre-seed';
  const foundedYear = rng.int(...shape.years);
  const teamSize = rng.int(...shape.team);
  const seekWeights = SEEKS.map(([c, w]) => [c, overseas && c === 'overseas-expansion' ? w * 4 : w] as const);
  // Needs in the startup's own words: who it pilots with and sells to, and what it builds.
  const counterparts = COUNTERPARTS[domain.id];
  const seeks = pickNeeds(ctx, base, 'seek', seekWeights, rng.int(2, 3), false, {
    'poc-partner': rng.pick([
      { ja: `${counterparts.ja}との実証実験`, en: `A pilot with ${counterparts.en}` },
      {
        ja: `${offering.headline.ja}を試せる現場（${counterparts.ja}）`,
        en: `A site to try it out: ${counterparts.en}`,
      },
    ]),
    'sales-channel': { ja: `${counterparts.ja}への導入`, en: `Customers among ${counterparts.en}` },
  });
  const offers = pickNeeds(ctx, base, 'offer', OFFERS, rng.int(1, 2), false, {
    engineering: offering.headline,
    'co-creation': {
      ja: `${counterparts.ja}と組む${domain.label.ja}の共同プロジェクト`,
      en: `Joint ${domain.label.adj} projects with ${counterparts.en}`,
    },
    data: { ja: `${domain.label.ja}の現場で集めたデータ`, en: `Data we collect in ${domain.label.en}` },
  });

  const traction = rng.pick(early ? STARTUP_TRACTION_EARLY : STARTUP_TRACTION_LATER);
  const openers = domain.creator.length > 0 ? STARTUP_OPENERS : [...STARTUP_OPENERS, ...STARTUP_OPENERS_TECH];
  const parts: L[] = [rng.pick(openers), offering.pitch];
  const extra = rng.next();
  if (extra < 0.3) parts.push(rng.pick(domain.context));
  else if (extra < 0.65) parts.push(traction);
  if (rng.chance(0.7)) parts.push(rng.pick(STARTUP_CLOSERS));
  const vars = {
    name: short,
    city: base.place.city,
    year: foundedYear,
    team: teamSize,
    domain: { ja: domain.label.ja, en: domain.label.en },
    adj: domain.label.adj,
    a_adj: withArticle(domain.label.adj),
    a_stage: shape.en,
    stage: shape.ja,
    n: traction === STARTUP_TRACTION_LATER[1] ? rng.int(2, 12) * 10 : rng.int(2, 8),
    seeks: joinList(needNouns(seeks.categories, 'seek')),
    offers: joinList(needNouns(offers.categories, 'offer')),
  };

  const tags = collectTags(
    [
      domain.coreTags.filter((_, i) => i === 0 || rng.chance(0.6)),
      offering.tags,
      overseas && rng.chance(0.6) ? ['japan-entry'] : [],
      seeks.categories.includes('overseas-expansion') && !overseas ? ['global-expansion'] : [],
      seeks.categories.includes('poc-partner') && rng.chance(0.5) ? ['poc'] : [],
      rng.sample(domain.extraTags, rng.int(0, 2)),
      rng.chance(0.4) ? [rng.pick(BUSINESS_TAGS)] : [],
    ],
    rng.int(4, 8),
  );

  const links: [L, string][] = [];
  if (rng.chance(0.5)) links.push([{ ja: 'ブログ', en: 'Blog' }, '/blog']);
  if (seeks.categories.includes('talent') || rng.chance(0.2))
    links.push([{ ja: '採用情報', en: 'Careers' }, '/careers']);
  if (rng.chance(0.3)) links.push([{ ja: 'プレスキット', en: 'Press kit' }, '/press']);
  if (rng.chance(0.3)) links.push([{ ja: 'デモ動画', en: 'Demo video' }, 'https://video.example/']);

  return {
    name: full,
    slug: short.en,
    headline: localHeadline(rng, offering.headline, base.place),
    description: joinSentences(parts.map((t) => fillL(t, vars))),
    tags,
    offers: offers.needs,
    seeks: seeks.needs,
    details: { kind: 'startup', startup: { stage, foundedYear, teamSize } },
    person: base.person,
    links,
  };
}
