import type { COMPANY_SIZES, NeedCategory } from '@musubi/shared';
import { type Base, collectTags, type GenContext, type KindPart, needNouns, pickNeeds, uniqueName } from './common';
import { domainById } from './phrases/domains';
import { INDUSTRIES, OVERSEAS_NAME_WORDS } from './phrases/industries';
import { CORPORATE_ROOTS, GLOBAL_ROOTS } from './phrases/names';
import {
  CORPORATE_CLOSERS,
  CORPORATE_FOCUS,
  CORPORATE_HEADLINES,
  CORPORATE_OPENERS,
  GATEWAY_PROGRAMME,
  OVERSEAS_CORPORATE_FOCUS,
  PROGRAMMES,
} from './phrases/sentences';
import type { L } from './phrases/types';
import { capitalise, fillL, joinList, joinSentences, lowerFirst, side, withArticle } from './text';

type Size = (typeof COMPANY_SIZES)[number];

const SIZES: readonly (readonly [Size, number, [number, number]])[] = [
  ['50-249', 10, [60, 240]],
  ['250-999', 30, [260, 980]],
  ['1000+', 60, [1200, 9000]],
];

const OFFERS: readonly (readonly [NeedCategory, number])[] = [
  ['poc-partner', 8],
  ['funding', 6],
  ['space-venue', 5],
  ['sales-channel', 5],
  ['data', 4],
  ['mentoring', 4],
  ['research', 2],
  ['regulatory-support', 1],
  ['talent', 1],
];

const SEEKS: readonly (readonly [NeedCategory, number])[] = [
  ['co-creation', 8],
  ['engineering', 5],
  ['talent', 4],
  ['overseas-expansion', 4],
  ['design', 3],
  ['content', 3],
  ['research', 2],
];

const CORPORATE_TAGS = ['open-innovation', 'cvc', 'accelerator', 'large-corporates', 'partnerships', 'new-business'];

export function buildCorporate(ctx: GenContext, base: Base): KindPart {
  const { rng } = ctx;
  const overseas = base.place.area === 'overseas';
  const industry = rng.pick(overseas ? INDUSTRIES.filter((i) => i.id !== 'shinkin') : INDUSTRIES);
  const domains = rng.sample(industry.domains, rng.int(1, 3)).map(domainById);

  const { short, full } = uniqueName(
    ctx,
    () => {
      if (overseas) {
        const root = rng.pick(GLOBAL_ROOTS);
        const word = OVERSEAS_NAME_WORDS[industry.id] ?? industry.nameWord;
        const core = `${root.en} ${word.en}`;
        return {
          core,
          short: root,
          full: { ja: `${root.ja}・${word.ja}`, en: `${core} ${base.place.legalForm ?? ''}`.trim() },
        };
      }
      const root = rng.pick(CORPORATE_ROOTS);
      const core = `${root.en} ${industry.nameWord.en}`;
      const ja = `${root.ja}${industry.nameWord.ja}`;
      const form = rng.weighted<L>([
        [{ ja: `${ja}株式会社`, en: `${core} Co., Ltd.` }, 6],
        [{ ja: `株式会社${ja}`, en: `${core} Inc.` }, 2],
        [{ ja, en: core }, 2],
      ]);
      return { core, short: root, full: form };
    },
    (t, n) => ({ ...t, core: `${t.core} ${n}`, full: { ja: `${t.full.ja}${n}`, en: `${t.full.en} ${n}` } }),
  );

  const [size, , employeeRange] = rng.weighted(SIZES.map((s) => [s, s[1]] as const));
  const employees = Math.round(rng.int(...employeeRange) / 10) * 10;
  const foundedYear = overseas ? rng.int(1950, 2012) : rng.int(1890, 2000);
  const offerWeights = OFFERS.map(([c, w]) => [c, w] as const).concat(overseas ? [['overseas-expansion', 8]] : []);
  // Needs in the company's own words: its assets, and the fields it looks for partners in.
  const fields = joinList(domains.map((d) => ({ ja: d.label.ja, en: d.label.en })));
  const offers = pickNeeds(ctx, base, 'offer', offerWeights, rng.int(2, 3), false, {
    'poc-partner': { ja: `当社の${industry.asset.ja}を使った実証実験`, en: `Pilots using our ${industry.asset.en}` },
  });
  const seeks = pickNeeds(ctx, base, 'seek', SEEKS, rng.int(1, 3), false, {
    engineering: { ja: `${fields.ja}の技術を持つスタートアップ`, en: `Startups with ${fields.en} technology` },
    'co-creation': {
      ja: `${fields.ja}の分野での新規事業`,
      en: `New ventures in ${fields.en} with startups and creators`,
    },
  });

  const country = base.place.countryName ?? { ja: '', en: '' };
  const programmeVars = { short, country };
  const chosen = overseas
    ? [GATEWAY_PROGRAMME, ...rng.sample(PROGRAMMES, rng.int(0, 1))]
    : rng.sample(PROGRAMMES, rng.int(1, 2));
  const programmes = chosen.map((pr) => ({
    name: fillL(pr.name, programmeVars),
    about: fillL(pr.about, programmeVars),
  }));
  const first = programmes[0];

  const domainList = joinList(domains.map((d) => ({ ja: d.label.ja, en: d.label.en })));
  const vars = {
    name: full,
    city: base.place.city,
    year: foundedYear,
    employees: employees.toLocaleString('en-US'),
    noun: industry.noun.ja,
    a_noun: withArticle(industry.noun.en),
    asset: industry.asset,
    domains: domainList,
    domain: { ja: domains[0]?.label.ja ?? '', en: domains[0]?.label.en ?? '' },
    seeks: joinList(needNouns(seeks.categories, 'seek')),
    offers: joinList(needNouns(offers.categories, 'offer')),
  };
  const parts: L[] = [
    fillL(rng.pick(CORPORATE_OPENERS), vars),
    fillL(rng.pick(overseas && rng.chance(0.6) ? OVERSEAS_CORPORATE_FOCUS : CORPORATE_FOCUS), vars),
  ];
  if (first && rng.chance(0.7)) {
    parts.push({
      ja: `「${first.name.ja}」では、${first.about.ja}`,
      en: `Through ${first.name.en}, ${lowerFirst(first.about.en)}`,
    });
  }
  if (rng.chance(0.6)) parts.push(fillL(rng.pick(CORPORATE_CLOSERS), vars));

  const headline = rng.chance(0.5) ? industry.headline : fillL(rng.pick(CORPORATE_HEADLINES), vars);
  const links: [L, string][] = [[{ ja: 'オープンイノベーション', en: 'Open innovation' }, '/innovation']];
  if (rng.chance(0.5)) links.push([{ ja: 'ニュースリリース', en: 'Newsroom' }, '/news']);
  if (seeks.categories.includes('talent')) links.push([{ ja: '採用情報', en: 'Careers' }, '/careers']);

  return {
    name: full,
    slug: `${short.en} ${overseas ? (OVERSEAS_NAME_WORDS[industry.id]?.en ?? '') : industry.nameWord.en}`,
    headline: { ja: headline.ja, en: capitalise(headline.en) },
    description: joinSentences(parts),
    tags: collectTags(
      [
        rng.sample(industry.tags, rng.int(1, 2)),
        domains.map((d) => d.coreTags[0] ?? ''),
        overseas ? ['japan-entry'] : [],
        rng.sample(CORPORATE_TAGS, rng.int(1, 2)),
        domains.flatMap((d) => rng.sample(d.extraTags, 1)),
      ].map((g) => g.filter(Boolean)),
      rng.int(4, 8),
    ),
    offers: offers.needs,
    seeks: seeks.needs,
    details: {
      kind: 'corporate',
      corporate: {
        industry: side(industry.label, base.language),
        size,
        programmes: programmes.map((pr) => ({
          name: side(pr.name, base.language),
          description: side(pr.about, base.language),
        })),
      },
    },
    person: base.person,
    links,
  };
}
