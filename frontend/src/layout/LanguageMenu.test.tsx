import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { anonymous, buildUser, mockApi, signedInAs } from '../test/fakes';
import { renderApp } from '../test/renderApp';

describe('language switch', () => {
  it('switches the interface between English and Japanese and remembers the choice', async () => {
    mockApi({ 'GET /api/me': anonymous });
    renderApp('/login');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await user.click(screen.getByRole('button', { name: /change language/i }));
    await user.click(screen.getByRole('menuitem', { name: '日本語' }));

    expect(await screen.findByRole('heading', { name: 'ログイン', level: 1 })).toBeVisible();
    expect(screen.getByRole('textbox', { name: /メールアドレス/ })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ja');

    await user.click(screen.getByRole('button', { name: /表示言語/ }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('for a signed-in user, the account language wins and a switch is saved to the account', async () => {
    const account = buildUser({ language: 'ja', displayName: '愛子' });
    const api = mockApi({
      'GET /api/me': signedInAs(account),
      'PATCH /api/me': ({ body }) => ({
        status: 200,
        body: { user: { ...account, ...(body as object) } },
      }),
    });
    renderApp('/');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'こんにちは、愛子さん' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /表示言語/ }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, 愛子' })).toBeVisible();
    await waitFor(() => expect(api.calls('PATCH /api/me')).toHaveLength(1));
    expect(api.calls('PATCH /api/me')[0]?.body).toEqual({ language: 'en' });
  });
});
