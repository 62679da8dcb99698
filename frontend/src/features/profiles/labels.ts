import type { TFunction } from 'i18next';
import {
  NEED_CATEGORIES,
  TAG_BY_ID,
  resolveTag,
  type Language,
  type LocalizedText,
  type NeedCategory,
  type ProfileDto,
  type TagRefDto,
} from '@musubi/shared';

/** ISO 3166-1 alpha-2 codes for the overseas country picker; names come from the browser (Intl). */
export const COUNTRY_CODES = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI ' +
  'CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR ' +
  'GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR ' +
  'LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM ' +
  'PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD ' +
  'TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'
).split(' ');

const displayNames = new Map<string, Intl.DisplayNames | null>();

function intlName(type: 'language' | 'region', code: string, uiLanguage: Language): string {
  const cacheKey = `${type}:${uiLanguage}`;
  if (!displayNames.has(cacheKey)) {
    try {
      displayNames.set(cacheKey, new Intl.DisplayNames([uiLanguage], { type }));
    } catch {
      displayNames.set(cacheKey, null);
    }
  }
  try {
    return displayNames.get(cacheKey)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "英語" / "English": a spoken language named in the interface language. */
export const languageName = (code: string, uiLanguage: Language) => intlName('language', code, uiLanguage);

/** "フランス" / "France". */
export const countryName = (code: string, uiLanguage: Language) => intlName('region', code, uiLanguage);

export const needLabel = (category: NeedCategory, language: Language) => NEED_CATEGORIES[category][language];

/** A text in the wanted language when it has one, else in the other; with the language it is in. */
export function pickText(text: LocalizedText, wanted: Language): { text: string; lang: Language } | null {
  const other: Language = wanted === 'ja' ? 'en' : 'ja';
  if (text[wanted]) return { text: text[wanted], lang: wanted };
  if (text[other]) return { text: text[other], lang: other };
  return null;
}

/** The languages a profile is written in (judged by its name, headline and description). */
export function profileLanguages(profile: Pick<ProfileDto, 'name' | 'headline' | 'description'>): Language[] {
  const texts = [profile.name, profile.headline, profile.description];
  return (['ja', 'en'] as const).filter((language) => texts.some((text) => Boolean(text[language])));
}

/** The label of a tag as the form holds it (a vocabulary id, or free text). */
export function tagRefOf(value: string): TagRefDto {
  const known = TAG_BY_ID.get(value);
  if (known) return { id: known.id, ja: known.ja, en: known.en };
  const resolved = resolveTag(value);
  const tag = resolved?.canonical ? TAG_BY_ID.get(resolved.id) : undefined;
  if (tag) return { id: tag.id, ja: tag.ja, en: tag.en };
  return { id: resolved?.id ?? value, ja: value, en: value };
}

/** "Shibuya · Tokyo-to" style: area, city and (overseas) country, in the interface language. */
export function locationLabel(location: ProfileDto['location'], t: TFunction, uiLanguage: Language): string {
  const area = location.area === 'overseas' ? null : t(`profileForm.areas.${location.area}`);
  // A city that already names the area in the reader's language ("横浜・本牧", "Kohoku, Yokohama")
  // needs no area label before it; one in the other language keeps it, so the reader can place it.
  const cityNamesArea = area !== null && !!location.city?.toLowerCase().includes(area.toLowerCase());
  const parts = [
    cityNamesArea ? null : area,
    location.city ?? null,
    location.area === 'overseas' && location.country ? countryName(location.country, uiLanguage) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Up to two letters for an avatar placeholder. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2 && /^[A-Za-z]/.test(words[0] ?? '')) {
    return `${Array.from(words[0] ?? '')[0] ?? ''}${Array.from(words[1] ?? '')[0] ?? ''}`.toUpperCase();
  }
  return (Array.from(name.trim())[0] ?? '?').toUpperCase();
}
