import type { Language, LocalizedText } from '@musubi/shared';
import { pickText } from '../features/profiles/labels';

/** The interface language as a content language. */
export const uiLanguage = (language: string): Language => (language === 'en' ? 'en' : 'ja');

/** A ja/en text in the viewer's language, else the other one; empty when neither is set. */
export function localized(text: LocalizedText, language: string): { text: string; lang: Language | undefined } {
  return pickText(text, uiLanguage(language)) ?? { text: '', lang: undefined };
}
