import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NotificationDto } from '@musubi/shared';
import { buildUser, createFakeSocket, mockApi, signedInAs, type MockResponse } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildNotification, MEETING_ID } from '../meetings/meetingsTestData';

const ALL = 'GET /api/notifications?limit=20';
const UNREAD = 'GET /api/notifications?unreadOnly=true&limit=20';

/** `count` notifications from different people, newest first, the first `unread` of them unread. */
function notifications(count: number, { unread = 0, from = 0 } = {}): NotificationDto[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return buildNotification({
      id: `665f0000000000000000c${String(n).padStart(3, '0')}`,
      actor: { userId: `u${n}`, displayName: `Member ${n}`, profileId: null, avatarUrl: null },
      read: i >= unread,
      createdAt: new Date(Date.UTC(2026, 10, 20, 3) - n * 3_600_000).toISOString(),
    });
  });
}

const page = (items: NotificationDto[], nextCursor: string | null = null, unreadCount = 0): MockResponse => ({
  status: 200,
  body: { items, nextCursor, unreadCount },
});

/** The signed-in member with `unreadCount` unread, the stats the header asks for, and `routes`. */
function signedIn(unreadCount: number, routes: Parameters<typeof mockApi>[0]) {
  return mockApi({
    'GET /api/me': signedInAs(buildUser()),
    'GET /api/notifications/unread': { status: 200, body: { unreadCount } },
    ...routes,
  });
}

const items = () => within(screen.getByRole('list', { name: 'Notifications' })).getAllByRole('listitem');

describe('NotificationsPage', () => {
  it('lists notifications newest first and loads older pages until the last one', async () => {
    const first = notifications(20, { unread: 2 });
    const api = signedIn(2, {
      [ALL]: page(first, 'c1', 2),
      [`${ALL}&cursor=c1`]: page(notifications(3, { from: 20 })),
    });
    renderApp('/notifications');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    expect(await screen.findByText('20 notifications shown')).toBeInTheDocument();
    expect(items()[0]).toHaveTextContent('Unread: Member 0 requested a meeting');
    expect(items()[2]).not.toHaveTextContent('Unread:');
    expect(within(items()[0]!).getByRole('link')).toHaveAttribute('href', `/meetings/${MEETING_ID}`);
    // Times read in the viewer's zone (Tokyo): 03:00 UTC is noon.
    expect(items()[0]).toHaveTextContent('12:00');

    await user.click(screen.getByRole('button', { name: 'Show older notifications' }));
    expect(await screen.findByText('23 notifications shown')).toBeInTheDocument();
    expect(items()).toHaveLength(23);
    expect(items()[20]).toHaveTextContent('Member 20 requested a meeting');
    // Keyboard users carry on from the first older notification.
    expect(within(items()[20]!).getByRole('link')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).not.toBeInTheDocument();
    expect(api.calls(`${ALL}&cursor=c1`)).toHaveLength(1);
  });

  it('keeps the unread filter in the URL and asks the server for unread ones only', async () => {
    const api = signedIn(1, {
      [ALL]: page(notifications(2, { unread: 1 }), null, 1),
      [UNREAD]: page([], null, 0),
    });
    const { router } = renderApp('/notifications');
    const user = userEvent.setup();

    await screen.findByText('2 notifications shown');
    await user.click(screen.getByRole('tab', { name: 'Unread (1)' }));
    expect(router.state.location.search).toBe('?filter=unread');
    expect(await screen.findByText('No unread notifications. You are all caught up.')).toBeVisible();
    expect(api.calls(UNREAD)).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText('2 notifications shown')).toBeInTheDocument();
  });

  it('opens on the unread filter from the URL, and says when there are no notifications at all', async () => {
    signedIn(0, { [UNREAD]: page(notifications(1, { unread: 1 }), null, 1), [ALL]: page([]) });
    renderApp('/notifications?filter=unread');
    const user = userEvent.setup();

    expect(await screen.findByRole('tab', { name: 'Unread', selected: true })).toBeVisible();
    expect(await screen.findByText('1 notification shown')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'All' }));
    expect(await screen.findByText('No notifications yet.')).toBeVisible();
  });

  it('marks everything read: the items, the badge, and the button', async () => {
    const api = signedIn(2, {
      [ALL]: page(notifications(3, { unread: 2 }), null, 2),
      'POST /api/notifications/read': { status: 200, body: { unreadCount: 0 } },
    });
    renderApp('/notifications');
    const user = userEvent.setup();

    await screen.findByText('3 notifications shown');
    expect(screen.getByRole('button', { name: 'Notifications (2 unread)' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(api.calls('POST /api/notifications/read')[0]?.body).toEqual({ all: true });
    for (const item of items()) expect(item).not.toHaveTextContent('Unread:');
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
    expect(screen.getByRole('tab', { name: 'Unread' })).toBeVisible();
  });

  it('marks a notification read when it is followed', async () => {
    const [unread, read] = notifications(2, { unread: 1 });
    const api = signedIn(1, {
      [ALL]: page([unread!, read!], null, 1),
      'POST /api/notifications/read': { status: 200, body: { unreadCount: 0 } },
    });
    const { router } = renderApp('/notifications');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: /Member 0 requested a meeting/ }));
    expect(api.calls('POST /api/notifications/read')[0]?.body).toEqual({ ids: [unread!.id] });
    expect(router.state.location.pathname).toBe(`/meetings/${MEETING_ID}`);
  });

  it('puts a pushed notification at the top and raises the badge', async () => {
    signedIn(1, { [ALL]: page(notifications(2, { unread: 1 }), null, 1) });
    const socket = createFakeSocket();
    renderApp('/notifications', () => socket);

    await screen.findByText('2 notifications shown');
    const pushed = buildNotification({ id: '665f0000000000000000d001', type: 'meeting.accepted' });
    act(() => socket.serverEmit('notification:new', pushed));
    act(() => socket.serverEmit('notification:new', pushed));
    expect(items()).toHaveLength(3);
    expect(items()[0]).toHaveTextContent('Unread: Kenji Mori accepted your meeting');
    expect(screen.getByText('3 notifications shown')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notifications (2 unread)' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Unread (2)' })).toBeVisible();
  });

  it('shows an error with a retry that loads the list', async () => {
    let fail = true;
    signedIn(0, {
      [ALL]: () =>
        fail ? { status: 500, body: { error: { code: 'internal', message: 'boom' } } } : page(notifications(1)),
    });
    renderApp('/notifications');
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load notifications.");
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 notification shown')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is reached from the bell and from the account menu', async () => {
    signedIn(0, { 'GET /api/notifications?limit=10': page([]), [ALL]: page([]) });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    await user.click(within(panel).getByRole('link', { name: 'See all notifications' }));
    expect(router.state.location.pathname).toBe('/notifications');
    expect(await screen.findByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument();

    await act(() => router.navigate('/'));
    await user.click(screen.getByRole('button', { name: 'Account menu for Aiko' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Notifications' }));
    expect(router.state.location.pathname).toBe('/notifications');
  });
});
