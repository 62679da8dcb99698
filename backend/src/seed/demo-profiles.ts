import {
  type Language,
  type LocationArea,
  type ProfileKind,
  resolveTag,
  type UpsertProfileInput,
  type Visibility,
} from '@musubi/shared';
import { buildCorporate } from './build-corporate';
import { buildCreator } from './build-creator';
import { buildStartup } from './build-startup';
import {
  type Base,
  type GenContext,
  type KindPart,
  phoneNumber,
  pickPerson,
  quotaList,
  spokenLanguages,
} from './common';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_PARTNERS } from './demo-partners';
import { PLACES } from './phrases/places';
import { createRng } from './prng';
import { type ContentMode, localise, side, slugify } from './text';
import type { DemoProfile } from './types';

export type { DemoAccount, DemoProfile } from './types';

/** Target mix of a generated set (exact counts by largest remainder). */
export const DEMO_MIX = {
  kinds: [
    ['startup', 45],
    ['creator', 35],
    ['corporate', 20],
  ],
  areas: [
    ['yokohama', 38],
    ['shibuya', 32],
    ['japan-other', 15],
    ['overseas', 15],
  ],
  visibility: [
    ['public', 85],
    ['members', 11],
    ['hidden', 4],
  ],
} as const satisfies {
  kinds: readonly (readonly [ProfileKind, number])[];
  areas: readonly (readonly [LocationArea, number])[];
  visibility: readonly (readonly [Visibility, number])[];
};

/**
 * A few free (non-vocabulary) tags people add about where they are. Profile input carries tags as typed:
 * vocabulary ids resolve to themselves, free text becomes `free:<normalised text>` on the server.
 */
const LOCAL_FREE_TAGS: Record<LocationArea, readonly string[]> = {
  yokohama: ['横浜', 'みなとみらい', '港町', 'Yokohama'],
  shibuya: ['渋谷', 'Shibuya', '原宿'],
  'japan-other': [],
  overseas: [],
};

const BUILDERS: Record<ProfileKind, (ctx: GenContext, base: Base) => KindPart> = {
  startup: buildStartup,
  creator: buildCreator,
  corporate: buildCorporate,
};

/**
 * Believable bilingual demo members: `count` profiles (≈45% startups, 35% creators, 20% corporates;
 * mostly Yokohama and Shibuya, 15% elsewhere in Japan, 15% abroad). Pure and deterministic: the same
 * count and seed always give the same profiles, so keys (and thus emails) are stable between runs.
 * Every profile is valid against UpsertProfileSchema; all names, domains and numbers are fictional.
 */
export function generateDemoProfiles(count: number, seed = 42): DemoProfile[] {
  const n = Math.max(0, Math.floor(count));
  const rng = createRng(seed);
  const ctx: GenContext = {
    rng,
    // The demo accounts' and their partners' names are taken: no generated profile may look like one of them.
    usedNames: new Set(
      [...DEMO_ACCOUNTS, ...DEMO_PARTNERS].flatMap((a) =>
        a.profile ? [coreOf(a.profile.name.en ?? '').toLowerCase()] : [],
      ),
    ),
  };

  const kinds = quotaList(rng, n, DEMO_MIX.kinds);
  const areas = quotaList(rng, n, DEMO_MIX.areas);
  const visibilities = quotaList(rng, n, DEMO_MIX.visibility);
  const counters: Record<ProfileKind, number> = { startup: 0, creator: 0, corporate: 0 };

  return kinds.map((kind, i) => {
    counters[kind] += 1;
    const key = `${kind}-${String(counters[kind]).padStart(4, '0')}`;
    const area = areas[i] ?? 'yokohama';
    const place = rng.pick(PLACES[area]);
    const mode: ContentMode =
      area === 'overseas'
        ? rng.weighted([
            ['en', 60],
            ['both', 40],
          ] as const)
        : rng.weighted([
            ['ja', 20],
            ['en', 8],
            ['both', 72],
          ] as const);
    const language: Language = mode === 'both' ? (area !== 'overseas' && rng.chance(0.85) ? 'ja' : 'en') : mode;
    const base: Base = {
      key,
      kind,
      place,
      mode,
      language,
      person: pickPerson(rng, place, mode),
      visibility: visibilities[i] ?? 'public',
    };
    const part = BUILDERS[kind](ctx, base);
    return assemble(ctx, base, part);
  });
}

function assemble(ctx: GenContext, base: Base, part: KindPart): DemoProfile {
  const { rng } = ctx;
  const { key, place, mode, language } = base;
  const email = `demo+${key}@musubi.example`;
  const slug = slugify(part.slug);
  const website = `https://${slug}.example`;
  const links = part.links.map(([label, target]) => ({
    label: side(label, language),
    url: target.startsWith('/') ? `${website}${target}` : `${target}${slug}`,
  }));
  const phone = place.phonePattern && rng.chance(0.35) ? phoneNumber(rng, place.phonePattern) : undefined;
  const person = { ...base, person: part.person };
  const local = [
    ...LOCAL_FREE_TAGS[place.area],
    ...(place.area === 'japan-other' ? [place.city.ja, place.city.en] : []),
  ].filter((t) => (mode === 'en') === /^[\x20-\x7e]+$/.test(t));
  const free = local.length > 0 && part.tags.length < 8 && rng.chance(0.12) ? rng.pick(local) : null;
  const tags = free && resolveTag(free)?.canonical === false ? [...part.tags, free] : part.tags;

  const profile: UpsertProfileInput = {
    ...part.details,
    name: localise(part.name, mode),
    headline: localise(part.headline, mode),
    description: localise(part.description, mode),
    tags,
    offers: part.offers,
    seeks: part.seeks,
    location: { area: place.area, city: side(place.city, language), country: place.country },
    languages: spokenLanguages(rng, person),
    ...(rng.chance(0.88) ? { website } : {}),
    links: rng.chance(0.85) ? links : [],
    contact: { email: rng.chance(0.75) ? email : `hello+${key}@musubi.example`, ...(phone ? { phone } : {}) },
    visibility: base.visibility,
  };
  return {
    key,
    email,
    displayName: side(part.person.name, language),
    language,
    timeZone: place.timeZone,
    profile,
  };
}

/** "Minato Robotics Inc." → "Minato Robotics" (so generated names never shadow a demo account's). */
function coreOf(name: string): string {
  return name.replace(/\s+(Inc\.|K\.K\.|Co\., Ltd\.|LLC|Ltd\.?|GmbH|Oy|SAS|Pte\. Ltd\.|Pvt\. Ltd\.)$/, '');
}
