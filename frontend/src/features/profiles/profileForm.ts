import {
  COMPANY_SIZES,
  LOCATION_AREAS,
  NEED_CATEGORY_IDS,
  PROFILE_KINDS,
  SPOKEN_LANGUAGES,
  STARTUP_STAGES,
  VISIBILITIES,
  type Language,
  type LocationArea,
  type NeedCategory,
  type ProfileDto,
  type ProfileKind,
  type SpokenLanguage,
  type UpsertProfileData,
  type Visibility,
} from '@musubi/shared';
import { tagRefOf } from './labels';

export type StartupStage = (typeof STARTUP_STAGES)[number];
export type CompanySize = (typeof COMPANY_SIZES)[number];

export interface LocalizedValue {
  ja: string;
  en: string;
}
export interface NeedRow {
  category: NeedCategory | '';
  text: string;
}
export interface LinkRow {
  label: string;
  url: string;
}
export interface ProgrammeRow {
  name: string;
  description: string;
}

/**
 * What the profile forms edit: every field as the inputs hold it (strings for numbers, '' for
 * "not chosen"). The wizard saves exactly this as its draft (plain JSON, hence a type alias:
 * it fits `Record<string, unknown>`); `toProfileInput` turns it into the API's shape.
 */
export type ProfileFormValues = {
  kind: ProfileKind | '';
  name: LocalizedValue;
  headline: LocalizedValue;
  description: LocalizedValue;
  location: { area: LocationArea | ''; city: string; country: string };
  languages: SpokenLanguage[];
  /** Vocabulary ids, or free text as typed. */
  tags: string[];
  offers: NeedRow[];
  seeks: NeedRow[];
  website: string;
  links: LinkRow[];
  startup: { stage: StartupStage | ''; foundedYear: string; teamSize: string };
  creator: { disciplines: string[]; portfolioLinks: string[] };
  corporate: { industry: string; size: CompanySize | ''; programmes: ProgrammeRow[] };
  contact: { email: string; phone: string };
  visibility: Visibility;
};

export function emptyProfileForm(language: Language): ProfileFormValues {
  return {
    kind: '',
    name: { ja: '', en: '' },
    headline: { ja: '', en: '' },
    description: { ja: '', en: '' },
    location: { area: '', city: '', country: '' },
    languages: [language],
    tags: [],
    offers: [],
    seeks: [],
    website: '',
    links: [],
    startup: { stage: '', foundedYear: '', teamSize: '' },
    creator: { disciplines: [], portfolioLinks: [] },
    corporate: { industry: '', size: '', programmes: [] },
    contact: { email: '', phone: '' },
    visibility: 'members',
  };
}

/** The form as it was saved, so an edit starts from what the owner sees on their page. */
export function profileToForm(profile: ProfileDto): ProfileFormValues {
  const text = (value: { ja?: string; en?: string }) => ({ ja: value.ja ?? '', en: value.en ?? '' });
  const base = emptyProfileForm('ja');
  return {
    ...base,
    kind: profile.kind,
    name: text(profile.name),
    headline: text(profile.headline),
    description: text(profile.description),
    location: {
      area: profile.location.area,
      city: profile.location.city ?? '',
      country: profile.location.country ?? '',
    },
    languages: profile.languages.filter(isOneOf(SPOKEN_LANGUAGES)),
    // A free tag is sent back as its label, which resolves to the same free tag.
    tags: profile.tags.map((tag) => (tag.id.startsWith('free:') ? tag.ja : tag.id)),
    offers: profile.offers.map(({ category, text }) => ({ category, text })),
    seeks: profile.seeks.map(({ category, text }) => ({ category, text })),
    website: profile.website ?? '',
    links: profile.links.map(({ label, url }) => ({ label, url })),
    startup: profile.startup
      ? {
          stage: profile.startup.stage,
          foundedYear: profile.startup.foundedYear ? String(profile.startup.foundedYear) : '',
          teamSize: profile.startup.teamSize ? String(profile.startup.teamSize) : '',
        }
      : base.startup,
    creator: profile.creator
      ? { disciplines: [...profile.creator.disciplines], portfolioLinks: [...profile.creator.portfolioLinks] }
      : base.creator,
    corporate: profile.corporate
      ? {
          industry: profile.corporate.industry,
          size: profile.corporate.size,
          programmes: profile.corporate.programmes.map(({ name, description }) => ({ name, description })),
        }
      : base.corporate,
    contact: { email: profile.contact?.email ?? '', phone: profile.contact?.phone ?? '' },
    visibility: profile.visibility,
  };
}

function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const oneOrEmpty = <T extends string>(options: readonly T[], value: unknown): T | '' =>
  isOneOf(options)(value) ? value : '';
const localized = (value: unknown): LocalizedValue => {
  const record = asRecord(value);
  return { ja: asString(record.ja), en: asString(record.en) };
};
const rows = <K extends string>(value: unknown, keys: readonly K[]): Record<K, string>[] =>
  asArray(value).map((row) => {
    const record = asRecord(row);
    return Object.fromEntries(keys.map((key) => [key, asString(record[key])])) as Record<K, string>;
  });
const needRows = (value: unknown): NeedRow[] =>
  rows(value, ['category', 'text']).map((row) => ({
    category: oneOrEmpty(NEED_CATEGORY_IDS, row.category),
    text: row.text,
  }));

/**
 * Reads a saved draft back into the form. A draft is loosely checked JSON (written by an older
 * version of this page, or by hand), so every field is taken only when it has the expected shape.
 */
export function draftToForm(data: unknown, language: Language): ProfileFormValues {
  const base = emptyProfileForm(language);
  const draft = asRecord(data);
  const location = asRecord(draft.location);
  const startup = asRecord(draft.startup);
  const creator = asRecord(draft.creator);
  const corporate = asRecord(draft.corporate);
  const contact = asRecord(draft.contact);
  const languages = asArray(draft.languages).filter(isOneOf(SPOKEN_LANGUAGES));
  return {
    kind: oneOrEmpty(PROFILE_KINDS, draft.kind),
    name: localized(draft.name),
    headline: localized(draft.headline),
    description: localized(draft.description),
    location: {
      area: oneOrEmpty(LOCATION_AREAS, location.area),
      city: asString(location.city),
      country: asString(location.country),
    },
    languages: Array.isArray(draft.languages) ? languages : base.languages,
    tags: asArray(draft.tags).filter((tag): tag is string => typeof tag === 'string'),
    offers: needRows(draft.offers),
    seeks: needRows(draft.seeks),
    website: asString(draft.website),
    links: rows(draft.links, ['label', 'url']),
    startup: {
      stage: oneOrEmpty(STARTUP_STAGES, startup.stage),
      foundedYear: asString(startup.foundedYear),
      teamSize: asString(startup.teamSize),
    },
    creator: {
      disciplines: asArray(creator.disciplines).filter((d): d is string => typeof d === 'string'),
      portfolioLinks: asArray(creator.portfolioLinks).filter((d): d is string => typeof d === 'string'),
    },
    corporate: {
      industry: asString(corporate.industry),
      size: oneOrEmpty(COMPANY_SIZES, corporate.size),
      programmes: rows(corporate.programmes, ['name', 'description']),
    },
    contact: { email: asString(contact.email), phone: asString(contact.phone) },
    visibility: isOneOf(VISIBILITIES)(draft.visibility) ? draft.visibility : base.visibility,
  };
}

const filled = (value: string) => value.trim() !== '';
const optionalText = (value: string) => (filled(value) ? value : undefined);
const optionalNumber = (value: string) => (filled(value) ? Number(value) : undefined);
const localizedInput = ({ ja, en }: LocalizedValue) => ({
  ...(filled(ja) ? { ja } : {}),
  ...(filled(en) ? { en } : {}),
});

/** The request body before validation: blanks left out, numbers as numbers, only the chosen kind's details. */
export function toProfileInput(values: ProfileFormValues, version?: number): Record<string, unknown> {
  const { kind, location, startup, creator, corporate, contact } = values;
  return {
    kind,
    name: localizedInput(values.name),
    headline: localizedInput(values.headline),
    description: localizedInput(values.description),
    tags: values.tags,
    offers: values.offers,
    seeks: values.seeks,
    location: {
      area: location.area || undefined,
      city: optionalText(location.city),
      country: location.area === 'overseas' ? optionalText(location.country) : undefined,
    },
    languages: values.languages,
    website: optionalText(values.website),
    links: values.links,
    contact: { email: optionalText(contact.email), phone: optionalText(contact.phone) },
    visibility: values.visibility,
    ...(kind === 'startup'
      ? {
          startup: {
            stage: startup.stage || undefined,
            foundedYear: optionalNumber(startup.foundedYear),
            teamSize: optionalNumber(startup.teamSize),
          },
        }
      : {}),
    ...(kind === 'creator' ? { creator } : {}),
    ...(kind === 'corporate'
      ? {
          corporate: {
            industry: corporate.industry,
            size: corporate.size || undefined,
            programmes: corporate.programmes,
          },
        }
      : {}),
    ...(version ? { version } : {}),
  };
}

/** What the profile page will show, built from a valid form: the wizard's last step previews it. */
export function previewProfile(data: UpsertProfileData): ProfileDto {
  return {
    id: 'preview',
    kind: data.kind,
    name: data.name,
    headline: data.headline,
    description: data.description,
    tags: data.tags.map(tagRefOf),
    offers: data.offers,
    seeks: data.seeks,
    location: data.location,
    languages: data.languages,
    website: data.website,
    links: data.links,
    startup: data.kind === 'startup' ? data.startup : undefined,
    creator: data.kind === 'creator' ? data.creator : undefined,
    corporate: data.kind === 'corporate' ? data.corporate : undefined,
    contact: data.contact,
    visibility: data.visibility,
    avatarUrl: '',
    hasAvatar: false,
    isOwner: true,
    version: data.version ?? 0,
    createdAt: '',
    updatedAt: '',
  };
}
