import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

describe('SettingsPage', () => {
  it('saves the display name through PATCH /api/me', async () => {
    const account = buildUser({ displayName: 'Aiko' });
    const api = mockApi({
      'GET /api/me': signedInAs(account),
      'PATCH /api/me': ({ body }) => ({
        status: 200,
        body: { user: { ...account, ...(body as object) } },
      }),
    });
    renderApp('/settings');
    const user = userEvent.setup();

    const name = await screen.findByRole('textbox', { name: /display name/i });
    await user.clear(name);
    await user.type(name, 'Aiko Sato');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes have been saved.')).toBeVisible();
    expect(api.calls('PATCH /api/me')[0]?.body).toEqual({
      displayName: 'Aiko Sato',
      language: 'en',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('refuses a new password that does not match its confirmation', async () => {
    const api = mockApi({ 'GET /api/me': signedInAs(buildUser()) });
    renderApp('/settings');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^current password/i), 'old password 1');
    await user.type(screen.getByLabelText(/^new password/i), 'new password 12');
    await user.type(screen.getByLabelText(/^confirm new password/i), 'new password 13');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(screen.getByLabelText(/^confirm new password/i)).toHaveAccessibleDescription(
      "The new passwords don't match.",
    );
    expect(api.calls('POST /api/me/password')).toHaveLength(0);
  });

  it('deletes the account after the password is confirmed, then shows the landing page', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'DELETE /api/me': { status: 204 },
    });
    const { router } = renderApp('/settings');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete account…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    expect(within(dialog).getByLabelText(/^password/i)).toHaveAccessibleDescription('This field is required.');

    await user.type(within(dialog).getByLabelText(/^password/i), 'my password 1');
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));

    expect(await screen.findByText(/Your account has been deleted/)).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() => expect(api.calls('DELETE /api/me')[0]?.body).toEqual({ password: 'my password 1' }));
  });
});
