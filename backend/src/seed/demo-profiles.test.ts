import {
  isValidTagId,
  resolveTag,
  PasswordSchema,
  RegisterSchema,
  TAG_BY_ID,
  TimeZoneSchema,
  UpsertProfileSchema,
  type UpsertProfileInput,
} from '@musubi/shared';
import { DEMO_ACCOUNTS, DEMO_PARTNERS, DEMO_PASSWORD, generateDemoProfiles } from './index';
import { DOMAINS } from './phrases/domains';
import { INDUSTRIES } from './phrases/industries';

const profiles = generateDemoProfiles(300);
const all = [
  ...profiles,
  ...DEMO_PARTNERS,
  ...DEMO_ACCOUNTS.flatMap((a) => (a.profile ? [{ key: a.key, profile: a.profile }] : [])),
];
const share = (pred: (p: UpsertProfileInput) => boolean) =>
  profiles.filter((d) => pred(d.profile)).length / profiles.length;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code && regionNames.of(code) !== 'Unknown Region';

describe('generateDemoProfiles', () => {
  it('makes profiles that all pass UpsertProfileSchema', () => {
    const failure = all
      .map((d) => ({ key: d.key, result: UpsertProfileSchema.safeParse(d.profile) }))
      .find((r) => !r.result.success);
    if (failure && !failure.result.success) {
      console.error(failure.key, JSON.stringify(failure.result.error.issues, null, 2));
    }
    expect(failure).toBeUndefined();
  });

  it('makes at least 300 profiles with a realistic kind and area mix', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(300);
    expect(share((p) => p.kind === 'startup')).toBeGreaterThanOrEqual(0.4);
    expect(share((p) => p.kind === 'startup')).toBeLessThanOrEqual(0.5);
    expect(share((p) => p.kind === 'creator')).toBeGreaterThanOrEqual(0.3);
    expect(share((p) => p.kind === 'creator')).toBeLessThanOrEqual(0.4);
    expect(share((p) => p.kind === 'corporate')).toBeGreaterThanOrEqual(0.15);
    expect(share((p) => p.kind === 'corporate')).toBeLessThanOrEqual(0.25);
    expect(share((p) => p.location.area === 'yokohama' || p.location.area === 'shibuya')).toBeGreaterThanOrEqual(0.6);
    expect(share((p) => p.location.area === 'japan-other')).toBeGreaterThanOrEqual(0.1);
    expect(share((p) => p.location.area === 'overseas')).toBeGreaterThanOrEqual(0.12);
    expect(share((p) => p.location.area === 'overseas')).toBeLessThanOrEqual(0.18);
    expect(share((p) => p.visibility === 'public')).toBeGreaterThanOrEqual(0.75);
    expect(share((p) => p.visibility === 'members')).toBeGreaterThan(0);
    expect(share((p) => p.visibility === 'hidden')).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateDemoProfiles(300)).toEqual(profiles);
    expect(generateDemoProfiles(300, 7)).toEqual(generateDemoProfiles(300, 7));
    expect(generateDemoProfiles(300, 7)).not.toEqual(profiles);
    expect(generateDemoProfiles(0)).toEqual([]);
    expect(generateDemoProfiles(10).length).toBe(10);
  });

  it('gives stable, unique keys and demo emails', () => {
    for (const d of profiles) {
      expect(d.key).toMatch(/^(startup|creator|corporate)-\d{4}$/);
      expect(d.email).toBe(`demo+${d.key}@musubi.example`);
      expect(d.key.startsWith(d.profile.kind)).toBe(true);
    }
    const emails = [...profiles.map((d) => d.email), ...DEMO_ACCOUNTS.map((a) => a.email)];
    expect(new Set(profiles.map((d) => d.key)).size).toBe(profiles.length);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('never repeats a name or a description', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const field of ['name', 'description'] as const) {
        const texts = all.map((d) => d.profile[field][lang]).filter((t): t is string => !!t);
        const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
        expect({ lang, field, dupes }).toEqual({ lang, field, dupes: [] });
      }
    }
  });

  it('writes 2–4 sentence descriptions with no leftover placeholders or filler', () => {
    for (const { profile } of all) {
      const text = JSON.stringify(profile);
      expect(text).not.toMatch(/\{[a-zA-Z_]+\}|undefined|lorem|ipsum/i);
      const ja = profile.description.ja;
      if (ja) expect((ja.match(/。/g) ?? []).length).toBeGreaterThanOrEqual(2);
      if (ja) expect((ja.match(/。/g) ?? []).length).toBeLessThanOrEqual(4);
      const en = profile.description.en?.replace(profile.name.en ?? '', 'X');
      if (en) expect(en.split(/(?<=[.!?])\s+(?=[A-Z])/).length).toBeGreaterThanOrEqual(2);
      if (en) expect(en.split(/(?<=[.!?])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
    }
  });

  it('uses 2–8 canonical tags from the shared vocabulary', () => {
    for (const { profile } of all) {
      const tags = profile.tags ?? [];
      // Input tags are what a member would send: vocabulary ids (which resolve to themselves) or free text.
      const canonical = tags.filter((t) => resolveTag(t)?.canonical);
      expect(canonical.filter((t) => !TAG_BY_ID.has(t) || resolveTag(t)?.id !== t)).toEqual([]);
      expect(tags.filter((t) => !TAG_BY_ID.has(t) && !isValidTagId(resolveTag(t)?.id ?? ''))).toEqual([]);
      expect(tags.filter((t) => /^[a-z0-9-]+$/.test(t) && !TAG_BY_ID.has(t))).toEqual([]);
      expect(canonical.length).toBeGreaterThanOrEqual(2);
      expect(tags.length).toBeLessThanOrEqual(8);
      expect(new Set(tags).size).toBe(tags.length);
    }
    expect(profiles.some((d) => d.profile.tags?.some((t) => resolveTag(t)?.canonical === false))).toBe(true);
  });

  it('only lists vocabulary tags in the phrase banks', () => {
    const listed = [
      ...DOMAINS.flatMap((d) => [
        ...d.coreTags,
        ...d.extraTags,
        ...[...d.startup, ...d.creator].flatMap((o) => o.tags),
      ]),
      ...INDUSTRIES.flatMap((i) => i.tags),
    ];
    expect([...new Set(listed.filter((t) => !TAG_BY_ID.has(t)))]).toEqual([]);
  });

  it('has Japanese-only, English-only and bilingual profiles', () => {
    const mode = (p: UpsertProfileInput) => (p.description.ja ? 'ja' : '') + (p.description.en ? 'en' : '');
    for (const m of ['ja', 'en', 'jaen']) expect(share((p) => mode(p) === m)).toBeGreaterThanOrEqual(0.08);
    expect(share((p) => mode(p) === 'jaen')).toBeGreaterThanOrEqual(0.5);
    for (const { profile } of all) {
      for (const field of ['name', 'headline', 'description'] as const)
        expect(mode({ ...profile, description: profile[field] })).toBe(mode(profile));
    }
  });

  it('places overseas profiles in real countries and IANA time zones', () => {
    const overseas = profiles.filter((d) => d.profile.location.area === 'overseas');
    expect(overseas.length).toBeGreaterThanOrEqual(10);
    const expected: Record<string, string> = {
      SG: 'Asia/Singapore',
      US: 'America/Los_Angeles',
      DE: 'Europe/Berlin',
      FI: 'Europe/Helsinki',
      TW: 'Asia/Taipei',
      KR: 'Asia/Seoul',
      IN: 'Asia/Kolkata',
      IL: 'Asia/Jerusalem',
      GB: 'Europe/London',
      FR: 'Europe/Paris',
    };
    for (const d of overseas) {
      const country = d.profile.location.country ?? '';
      expect(isCountry(country)).toBe(true);
      expect(d.timeZone).toBe(expected[country]);
    }
    expect(new Set(overseas.map((d) => d.profile.location.country)).size).toBeGreaterThanOrEqual(6);
    for (const d of profiles) {
      expect(TimeZoneSchema.safeParse(d.timeZone).success).toBe(true);
      if (d.profile.location.area !== 'overseas')
        expect([d.profile.location.country, d.timeZone]).toEqual(['JP', 'Asia/Tokyo']);
    }
  });

  it('only links to .example domains and demo addresses', () => {
    for (const { profile } of all) {
      const urls = [
        profile.website,
        ...(profile.links ?? []).map((l) => l.url),
        ...(profile.kind === 'creator' ? (profile.creator.portfolioLinks ?? []) : []),
      ];
      for (const url of urls.filter((u): u is string => !!u)) expect(new URL(url).hostname).toMatch(/\.example$/);
      if (profile.contact?.email) expect(profile.contact.email).toMatch(/@musubi\.example$/);
    }
  });

  it('gives each kind offers and seeks that fit it', () => {
    const fits = {
      startup: ['funding', 'poc-partner', 'sales-channel', 'design', 'overseas-expansion'],
      creator: ['engineering', 'space-venue', 'funding', 'co-creation'],
      corporate: ['co-creation', 'engineering', 'talent', 'overseas-expansion'],
    };
    const offers = {
      startup: ['engineering', 'co-creation'],
      creator: ['design', 'content', 'co-creation'],
      corporate: ['poc-partner', 'funding', 'space-venue', 'sales-channel', 'data', 'mentoring'],
    };
    for (const kind of ['startup', 'creator', 'corporate'] as const) {
      const ofKind = profiles.filter((d) => d.profile.kind === kind).map((d) => d.profile);
      expect(
        ofKind.filter((p) => p.seeks?.some((n) => fits[kind].includes(n.category))).length / ofKind.length,
      ).toBeGreaterThanOrEqual(0.8);
      expect(
        ofKind.filter((p) => p.offers?.some((n) => offers[kind].includes(n.category))).length / ofKind.length,
      ).toBeGreaterThanOrEqual(0.8);
    }
  });

  // A phrase in hundreds of profiles becomes a ubiquitous word: needs are written in each field's words.
  it('writes need texts in each profile’s own field, none shared by more than 6% of profiles', () => {
    const counts = new Map<string, number>();
    for (const { profile } of profiles)
      for (const need of [...(profile.offers ?? []), ...(profile.seeks ?? [])])
        if (need.text) counts.set(need.text, (counts.get(need.text) ?? 0) + 1);
    const common = [...counts].filter(([, n]) => n > profiles.length * 0.06);
    expect(common).toEqual([]);
    expect(counts.size).toBeGreaterThanOrEqual(400);
  });

  it('stays valid and unique for large counts', () => {
    const many = generateDemoProfiles(1500, 3);
    expect(many.every((d) => UpsertProfileSchema.safeParse(d.profile).success)).toBe(true);
    const names = many.map((d) => d.profile.name.en ?? d.profile.name.ja);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('DEMO_ACCOUNTS', () => {
  it('documents one account per kind plus an organiser, sharing one password', () => {
    expect(DEMO_PASSWORD).toBe('musubi-demo-2026');
    expect(PasswordSchema.safeParse(DEMO_PASSWORD).success).toBe(true);
    expect(DEMO_ACCOUNTS.map((a) => [a.email, a.role, a.profile?.kind ?? null])).toEqual([
      ['startup@musubi.example', 'member', 'startup'],
      ['creator@musubi.example', 'member', 'creator'],
      ['corporate@musubi.example', 'member', 'corporate'],
      ['organiser@musubi.example', 'organiser', null],
    ]);
    for (const a of DEMO_ACCOUNTS) {
      const { email, password, displayName, language, timeZone } = a;
      expect(password).toBe(DEMO_PASSWORD);
      expect(RegisterSchema.safeParse({ email, password, displayName, language, timeZone }).success).toBe(true);
    }
  });

  it('gives the member accounts rich, bilingual profiles', () => {
    for (const a of DEMO_ACCOUNTS) {
      if (!a.profile) continue;
      expect(a.profile.description.ja && a.profile.description.en).toBeTruthy();
      expect(a.profile.tags?.length).toBeGreaterThanOrEqual(5);
      expect(a.profile.offers?.length).toBeGreaterThanOrEqual(2);
      expect(a.profile.seeks?.length).toBeGreaterThanOrEqual(3);
      expect(a.profile.visibility).toBe('public');
    }
  });
});
