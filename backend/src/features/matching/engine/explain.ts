import type { Reason, ReasonType } from './reasons';

export type ReasonLanguage = 'ja' | 'en';

/** Label lookups injected by the caller (the shared tag vocabulary and NEED_CATEGORIES). */
export interface ReasonLabels {
  tagLabel: (id: string, lang: ReasonLanguage) => string;
  categoryLabel: (id: string, lang: ReasonLanguage) => string;
}

const TEMPLATES: Record<ReasonLanguage, Record<ReasonType, (x: string) => string>> = {
  en: {
    'they-offer-you-seek': (x) => `They offer ${x}; you seek ${x}`,
    'you-offer-they-seek': (x) => `You offer ${x}; they seek ${x}`,
    'shared-interest': (x) => `You share an interest in ${x}`,
  },
  ja: {
    'they-offer-you-seek': (x) => `相手は${x}を提供、あなたは${x}を求めています`,
    'you-offer-they-seek': (x) => `あなたは${x}を提供、相手は${x}を求めています`,
    'shared-interest': (x) => `共通の関心：${x}`,
  },
};

/** One readable sentence per reason, in the viewer's language. */
export function explainReasons(reasons: readonly Reason[], lang: ReasonLanguage, labels: ReasonLabels): string[] {
  return reasons.map((r) => {
    const label =
      r.tagId !== undefined
        ? labels.tagLabel(r.tagId, lang)
        : r.category !== undefined
          ? labels.categoryLabel(r.category, lang)
          : r.term;
    return TEMPLATES[lang][r.type](label);
  });
}
