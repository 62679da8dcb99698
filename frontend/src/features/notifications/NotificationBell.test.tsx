import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, createFakeSocket, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildNotification, MEETING_ID } from '../meetings/meetingsTestData';

describe('NotificationBell', () => {
  it('shows the live unread count, lists notifications with links and marks them read', async () => {
    const requested = buildNotification();
    const accepted = buildNotification({
      id: '665f0000000000000000b002',
      type: 'meeting.accepted',
      read: true,
      createdAt: '2026-11-19T03:00:00.000Z',
    });
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/notifications/unread': { status: 200, body: { unreadCount: 1 } },
      'GET /api/notifications?limit=10': {
        status: 200,
        body: { items: [requested, accepted], nextCursor: null, unreadCount: 1 },
      },
      'POST /api/notifications/read': { status: 200, body: { unreadCount: 0 } },
      'GET /api/meetings/stats': {
        status: 200,
        body: { held: 2, upcoming: 1, pendingIncoming: 1, pendingOutgoing: 0, pendingOutgoingCap: 10 },
      },
    });
    const socket = createFakeSocket();
    renderApp('/', () => socket);
    const user = userEvent.setup();

    expect(await screen.findByRole('button', { name: 'Notifications (1 unread)' })).toBeVisible();
    // The server pushes the count after each change.
    act(() => socket.serverEmit('notifications:unread', { unreadCount: 3 }));
    expect(screen.getByRole('button', { name: 'Notifications (3 unread)' })).toBeVisible();
    act(() => socket.serverEmit('notifications:unread', { unreadCount: 1 }));

    await user.click(screen.getByRole('button', { name: 'Notifications (1 unread)' }));
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const first = await within(panel).findByRole('link', { name: /Kenji Mori requested a meeting/ });
    expect(first).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
    expect(first).toHaveTextContent('Unread:');
    expect(within(panel).getByRole('link', { name: /Kenji Mori accepted your meeting/ })).not.toHaveTextContent(
      'Unread:',
    );

    await user.click(within(panel).getByRole('button', { name: 'Mark all read' }));
    expect(api.calls('POST /api/notifications/read')[0]?.body).toEqual({ all: true });
    expect(first).not.toHaveTextContent('Unread:');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Notifications' })).toHaveFocus();
  });

  it('a new notification over the socket raises the count once and shows a toast that leads to the meeting', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/notifications/unread': { status: 200, body: { unreadCount: 0 } },
      'GET /api/meetings/stats': {
        status: 200,
        body: { held: 0, upcoming: 0, pendingIncoming: 0, pendingOutgoing: 0, pendingOutgoingCap: 10 },
      },
    });
    const socket = createFakeSocket();
    renderApp('/', () => socket);

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeVisible();
    const countered = buildNotification({ id: '665f0000000000000000b003', type: 'meeting.countered' });
    act(() => socket.serverEmit('notification:new', countered));
    act(() => socket.serverEmit('notification:new', countered));
    expect(screen.getByRole('button', { name: 'Notifications (1 unread)' })).toBeVisible();
    const toast = await screen.findByRole('alert');
    expect(toast).toHaveTextContent('Kenji Mori proposed other times');
    expect(within(toast).getByRole('link', { name: 'Open' })).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
  });

  it('shows the meetings figures on the home dashboard', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/notifications/unread': { status: 200, body: { unreadCount: 0 } },
      'GET /api/meetings/stats': {
        status: 200,
        body: { held: 4, upcoming: 2, pendingIncoming: 1, pendingOutgoing: 2, pendingOutgoingCap: 10 },
      },
    });
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Meetings' });
    expect(await within(card).findByText('Meetings held')).toBeVisible();
    expect(within(card).getByText('4')).toBeVisible();
    expect(within(card).getByText('3')).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Open meetings' })).toHaveAttribute('href', '/meetings');
  });
});
