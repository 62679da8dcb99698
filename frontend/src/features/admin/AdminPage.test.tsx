import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrganiserItemDto, OrganiserRequestItemDto } from '@musubi/shared';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const admin = buildUser({ id: 'a1', displayName: 'Root', role: 'admin' });

const requestOf = (n: number): OrganiserRequestItemDto => ({
  userId: `u${n}`,
  email: `ren${n}@example.com`,
  displayName: `Ren ${n}`,
  note: n === 1 ? 'Pitch nights in Shibuya' : '',
  requestedAt: '2026-12-01T03:00:00.000Z',
});
const organiserOf = (n: number): OrganiserItemDto => ({
  userId: `o${n}`,
  email: `yuki${n}@example.com`,
  displayName: `Yuki ${n}`,
  grantedAt: null,
});

describe('AdminPage', () => {
  it.each([
    ['a member', buildUser()],
    ['an organiser', buildUser({ role: 'organiser' })],
  ])('shows %s the not-found page and asks the server for nothing', async (_who, account) => {
    const api = mockApi({ 'GET /api/me': signedInAs(account) });
    renderApp('/admin');
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    expect(api.requests.filter((r) => r.url.startsWith('/api/admin'))).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Account menu for Aiko' }));
    expect(await screen.findByRole('menuitem', { name: 'Settings' })).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('lists pending requests with name, email, note and date; grant and decline each remove the request', async () => {
    let organisers = [organiserOf(1)];
    const api = mockApi({
      'GET /api/me': signedInAs(admin),
      'GET /api/admin/organiser-requests': {
        status: 200,
        body: { items: [requestOf(1), requestOf(2)], nextCursor: null },
      },
      'GET /api/admin/organisers': () => ({ status: 200, body: { items: organisers, nextCursor: null } }),
      'POST /api/admin/organiser-requests/u1/grant': () => {
        organisers = [...organisers, { ...organiserOf(2), userId: 'u1', displayName: 'Ren 1' }];
        return { status: 200, body: requestOf(1) };
      },
      'POST /api/admin/organiser-requests/u2/decline': { status: 200, body: requestOf(2) },
    });
    renderApp('/admin');
    const user = userEvent.setup();

    const requests = await screen.findByRole('region', { name: 'Requests to organise events' });
    expect(await within(requests).findByText('Ren 1')).toBeVisible();
    expect(within(requests).getByText('ren1@example.com')).toBeVisible();
    expect(within(requests).getByText('Pitch nights in Shibuya')).toBeVisible();
    expect(within(requests).getByText('No note given.')).toBeVisible();
    expect(within(requests).getAllByText(/^Asked on /)).toHaveLength(2);

    await user.click(within(requests).getByRole('button', { name: 'Grant Ren 1 the organiser role' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ren 1 can now organise events.');
    expect(within(requests).queryByText('Ren 1')).not.toBeInTheDocument();
    const all = screen.getByRole('region', { name: 'All organisers' });
    expect(await within(all).findByText('Ren 1')).toBeVisible();

    await user.click(within(requests).getByRole('button', { name: 'Decline the request of Ren 2' }));
    expect(await within(requests).findByText('No pending requests.')).toBeVisible();
    expect(api.calls('POST /api/admin/organiser-requests/u2/decline')).toHaveLength(1);
  });

  it('revokes an organiser after confirming', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(admin),
      'GET /api/admin/organiser-requests': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/admin/organisers': { status: 200, body: { items: [organiserOf(1)], nextCursor: null } },
      'POST /api/admin/organisers/o1/revoke': { status: 204 },
    });
    renderApp('/admin');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Revoke the organiser role of Yuki 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the organiser role of Yuki 1?' });
    expect(api.calls('POST /api/admin/organisers/o1/revoke')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    expect(await screen.findByText('Yuki 1 is a member again.')).toBeVisible();
    expect(await screen.findByText('No organisers yet.')).toBeVisible();
    expect(api.calls('POST /api/admin/organisers/o1/revoke')).toHaveLength(1);
  });

  it('says so when a request was already decided elsewhere, and reloads the lists', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(admin),
      'GET /api/admin/organiser-requests': { status: 200, body: { items: [requestOf(1)], nextCursor: null } },
      'GET /api/admin/organisers': { status: 200, body: { items: [], nextCursor: null } },
      'POST /api/admin/organiser-requests/u1/grant': {
        status: 409,
        body: { error: { code: 'conflict', message: 'Already decided', details: { reason: 'already_decided' } } },
      },
    });
    renderApp('/admin');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Grant Ren 1 the organiser role' }));
    expect(await screen.findByRole('alert')).toBeVisible();
    await waitFor(() => expect(api.calls('GET /api/admin/organiser-requests')).toHaveLength(2));
  });

  it('pages through requests with "Show more requests"', async () => {
    mockApi({
      'GET /api/me': signedInAs(admin),
      'GET /api/admin/organiser-requests': { status: 200, body: { items: [requestOf(1)], nextCursor: 'c2' } },
      'GET /api/admin/organiser-requests?cursor=c2': { status: 200, body: { items: [requestOf(2)], nextCursor: null } },
      'GET /api/admin/organisers': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderApp('/admin');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Show more requests' }));
    expect(await screen.findByText('Ren 2')).toBeVisible();
    expect(screen.getByText('Ren 1')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show more requests' })).not.toBeInTheDocument();
  });

  it('is linked from the account menu for admins only', async () => {
    mockApi({
      'GET /api/me': signedInAs(admin),
      'GET /api/admin/organiser-requests': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/admin/organisers': { status: 200, body: { items: [], nextCursor: null } },
    });
    const { router } = renderApp('/settings');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Account menu for Root' }));
    await user.click(screen.getByRole('menuitem', { name: 'Admin' }));
    expect(await screen.findByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/admin');
  });
});
