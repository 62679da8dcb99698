import type { NeedCategory } from '@musubi/shared';
import {
  type Base,
  collectTags,
  type GenContext,
  type KindPart,
  localHeadline,
  needNouns,
  pickNeeds,
  pickPerson,
  REFERENCE_YEAR,
  uniqueName,
} from './common';
import { COUNTERPARTS } from './phrases/counterparts';
import { domainsFor } from './phrases/domains';
import { GLOBAL_ROOTS, STUDIO_PATTERNS, STUDIO_ROOTS } from './phrases/names';
import { CREATOR_CLOSERS, CREATOR_EXPERIENCE, SOLO_CREATOR_OPENERS, STUDIO_OPENERS } from './phrases/sentences';
import type { L } from './phrases/types';
import { capitalise, fill, fillL, joinList, joinSentences, lowerFirst, side, slugify, withArticle } from './text';

const SEEKS: readonly (readonly [NeedCategory, number])[] = [
  ['engineering', 6],
  ['space-venue', 6],
  ['funding', 5],
  ['co-creation', 5],
  ['sales-channel', 3],
  ['overseas-expansion', 3],
  ['marketing', 2],
];

const CREATOR_TAGS = ['freelance', 'creator-economy', 'art', 'creative-city', 'community'];

export function buildCreator(ctx: GenContext, base: Base): KindPart {
  const { rng } = ctx;
  const overseas = base.place.area === 'overseas';
  const domain = rng.weighted(domainsFor('creator'));
  const offering = rng.pick(domain.creator);
  const solo = rng.chance(0.7);

  let attempt = 0;
  const { name, person } = solo
    ? uniqueName(
        ctx,
        () => {
          const person = attempt++ === 0 ? base.person : pickPerson(rng, base.place, base.mode);
          return { core: person.name.en, name: person.name, person };
        },
        (t, n) => ({ ...t, core: `${t.name.en} ${n}`, name: { ja: `${t.name.ja} ${n}`, en: `${t.name.en} ${n}` } }),
      )
    : uniqueName(
        ctx,
        () => {
          const root = rng.pick(overseas ? GLOBAL_ROOTS : STUDIO_ROOTS);
          const pattern = rng.pick(STUDIO_PATTERNS[domain.id] ?? STUDIO_PATTERNS.default ?? []);
          const studio = { ja: fill(pattern.ja, { r: root.ja }, 'ja'), en: fill(pattern.en, { r: root.en }, 'en') };
          return { core: studio.en, name: studio, person: base.person };
        },
        (t, n) => ({ ...t, core: `${t.name.en} ${n}`, name: { ja: `${t.name.ja}${n}`, en: `${t.name.en} ${n}` } }),
      );

  const offerWeights: (readonly [NeedCategory, number])[] = (
    ['design', 'content', 'co-creation', 'marketing'] as const
  ).map((c) => [c, domain.creatorOffers.includes(c) ? 8 : c === 'co-creation' ? 4 : 1] as const);
  for (const c of domain.creatorOffers) if (!offerWeights.some(([x]) => x === c)) offerWeights.push([c, 6]);
  const offers = pickNeeds(ctx, base, 'offer', offerWeights, rng.int(1, 3), solo, {
    'co-creation': {
      ja: `${offering.headline.ja}で企業と共同制作`,
      en: `Working with companies on ${lowerFirst(offering.headline.en)}`,
    },
  });
  // Design and content offers describe the creator's own kind of work.
  const ownWork = [offering, ...rng.shuffle(domain.creator.filter((o) => o !== offering))];
  let nextWork = 0;
  const offerNeeds = offers.needs.map((need) => {
    if (need.category !== 'content' && need.category !== 'design') return need;
    const work = ownWork[nextWork++ % ownWork.length] ?? offering;
    return { ...need, text: side(work.headline, base.language) };
  });
  const counterparts = COUNTERPARTS[domain.id];
  const seeks = pickNeeds(ctx, base, 'seek', SEEKS, rng.int(1, 3), solo, {
    'sales-channel': {
      ja: `作品を届けられる${counterparts.ja}`,
      en: `${capitalise(counterparts.en)} to take {our} work`,
    },
    'space-venue': {
      ja: `${offering.headline.ja}を発表できる場所`,
      en: `A place to show {our} work: ${lowerFirst(offering.headline.en)}`,
    },
  });

  const workIndex = domain.creator.indexOf(offering);
  const noun = domain.creatorNouns[workIndex] ?? rng.pick(domain.creatorNouns);
  const mainDiscipline = domain.disciplines[workIndex] ?? rng.pick(domain.disciplines);
  const otherDisciplines = rng.sample(
    domain.disciplines.filter((d) => d !== mainDiscipline),
    rng.int(0, 2),
  );
  const parts: L[] = [rng.pick(solo ? SOLO_CREATOR_OPENERS : STUDIO_OPENERS), offering.pitch];
  const extra = rng.next();
  if (extra < 0.3) parts.push(rng.pick(domain.context));
  else if (extra < 0.65) parts.push(rng.pick(CREATOR_EXPERIENCE));
  if (rng.chance(0.6)) parts.push(rng.pick(CREATOR_CLOSERS));
  const vars = {
    name,
    city: base.place.city,
    year: rng.int(2008, REFERENCE_YEAR - 1),
    team: rng.int(2, 12),
    noun: noun.ja,
    a_noun: withArticle(noun.en),
    domain: { ja: domain.label.ja, en: domain.label.en },
    a_adj: withArticle(domain.label.adj),
    n: rng.int(2, 16) * 5,
    seeks: joinList(needNouns(seeks.categories, 'seek')),
    offers: joinList(needNouns(offers.categories, 'offer')),
  };

  const slug = slugify(name.en);
  const portfolioLinks = [`https://${slug}.example/works`];
  if (rng.chance(0.5)) portfolioLinks.push(`https://portfolio.example/${slug}`);
  if (rng.chance(0.3)) portfolioLinks.push(`https://video.example/${slug}`);

  const links: [L, string][] = [[{ ja: '作品一覧', en: 'Works' }, '/works']];
  if (domain.id === 'music') links.push([{ ja: '試聴', en: 'Listen' }, 'https://audio.example/']);
  if (['crafts', 'fashion', 'design'].includes(domain.id) && rng.chance(0.5))
    links.push([{ ja: 'オンラインショップ', en: 'Shop' }, '/shop']);
  if (rng.chance(0.3)) links.push([{ ja: 'ショーリール', en: 'Showreel' }, 'https://video.example/']);

  return {
    name,
    slug,
    headline: localHeadline(rng, offering.headline, base.place),
    description: joinSentences(parts.map((t) => fillL(t, vars, solo))),
    tags: collectTags(
      [
        domain.coreTags.filter((_, i) => i === 0 || rng.chance(0.7)),
        offering.tags,
        rng.sample(domain.extraTags, rng.int(0, 2)),
        rng.chance(0.4) ? [rng.pick(CREATOR_TAGS)] : [],
      ],
      rng.int(3, 8),
    ),
    offers: offerNeeds,
    seeks: seeks.needs,
    details: {
      kind: 'creator',
      creator: {
        disciplines: [mainDiscipline, ...otherDisciplines].map((d) => side(d, base.language)),
        portfolioLinks,
      },
    },
    person: solo ? { ...person, name } : base.person,
    links,
  };
}
