import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, so history and screen readers can tell pages apart. */
export function usePageTitle(title?: string): void {
  const { t } = useTranslation();
  const appTitle = t('app.documentTitle');
  useEffect(() => {
    document.title = title ? `${title} | Musubi` : appTitle;
  }, [title, appTitle]);
}
