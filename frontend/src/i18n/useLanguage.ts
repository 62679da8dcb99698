import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@musubi/shared';
import { useAuth } from '../auth/AuthContext';
import { isLanguage, setLanguage } from './index';

/**
 * The current UI language and a way to change it. For a signed-in user the choice is also saved
 * to their account, so it follows them to other devices.
 */
export function useLanguage(): {
  language: Language;
  changeLanguage(next: Language): Promise<void>;
} {
  const { i18n } = useTranslation();
  const { user, updateProfile } = useAuth();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';

  const changeLanguage = useCallback(
    async (next: Language) => {
      await setLanguage(next);
      if (user && user.language !== next) {
        try {
          await updateProfile({ language: next });
        } catch {
          // The UI already switched; the account keeps its old preference until the next try.
        }
      }
    },
    [user, updateProfile],
  );

  return { language, changeLanguage };
}

/** Applies the signed-in user's saved language whenever the account (or its language) changes. */
export function useAccountLanguage(): void {
  const { user } = useAuth();
  const accountLanguage = user?.language;
  useEffect(() => {
    if (accountLanguage) void setLanguage(accountLanguage);
  }, [accountLanguage]);
}
