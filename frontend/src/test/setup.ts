import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../i18n';

// findBy*/waitFor give up after 1 s by default; rendering the whole app on a loaded CI machine can take
// longer than that (the test timeout, 20 s, still bounds every test).
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  // jsdom does not implement scrolling; the layout scrolls to the top after navigation.
  window.scrollTo = vi.fn();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});
