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

  it('lets a member ask to organise events, then says the request is being reviewed', async () => {
    let account = buildUser();
    const api = mockApi({
      'GET /api/me': () => signedInAs(account),
      'POST /api/me/organiser-request': ({ body }) => {
        const { note } = body as { note: string };
        account = {
          ...account,
          organiserRequest: { status: 'pending', note, requestedAt: '2026-12-01T03:00:00.000Z', decidedAt: null },
        };
        return signedInAs(account);
      },
    });
    renderApp('/settings');
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Organising events' });
    expect(within(section).getByText(/You can ask to organise events/)).toBeVisible();
    await user.type(within(section).getByRole('textbox', { name: 'What events do you run?' }), 'Hackathons');
    await user.click(within(section).getByRole('button', { name: 'Ask to organise events' }));

    expect(await within(section).findByText('Your request to organise events is being reviewed.')).toBeVisible();
    expect(within(section).getByRole('status')).toHaveTextContent('Your request was sent. An admin will review it.');
    expect(within(section).getByRole('button', { name: 'Update my request' })).toBeVisible();
    expect(api.calls('POST /api/me/organiser-request')[0]?.body).toEqual({ note: 'Hackathons' });
  });

  it('tells an organiser they can organise events, and shows admins no such section', async () => {
    mockApi({ 'GET /api/me': signedInAs(buildUser({ role: 'organiser' })) });
    const { unmount } = renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Organising events' });
    expect(within(section).getByText('You can organise events.')).toBeVisible();
    expect(within(section).getByRole('link', { name: 'Create an event' })).toHaveAttribute('href', '/events/new');
    unmount();

    mockApi({ 'GET /api/me': signedInAs(buildUser({ role: 'admin' })) });
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Organising events' })).not.toBeInTheDocument();
  });
});
