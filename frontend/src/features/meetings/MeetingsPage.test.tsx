import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, createFakeSocket, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { acceptedMeeting, buildMeeting, MEETING_ID, SLOT_2 } from './meetingsTestData';

const page = (items: unknown[]) => ({ status: 200, body: { items, nextCursor: null } });

describe('MeetingsPage', () => {
  it('shows upcoming meetings as an agenda by day and switches between the tabs', async () => {
    const later = acceptedMeeting({
      id: '665f000000000000000000a2',
      acceptedSlot: { start: SLOT_2, end: '2027-03-11T07:30:00.000Z', durationMinutes: 60 },
    });
    let incoming = [buildMeeting()];
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/meetings?box=upcoming': page([acceptedMeeting(), later]),
      'GET /api/meetings?box=incoming': () => page(incoming),
      'GET /api/meetings?box=outgoing': page([]),
      'GET /api/meetings/stats': () => ({
        status: 200,
        body: { held: 0, upcoming: 2, pendingIncoming: incoming.length, pendingOutgoing: 0, pendingOutgoingCap: 10 },
      }),
    });
    const socket = createFakeSocket();
    renderApp('/meetings', () => socket);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Upcoming' })).toHaveAttribute('aria-selected', 'true');
    // One heading per day in the viewer's zone (Tokyo), soonest first.
    const day1 = await screen.findByRole('region', { name: 'Wed, March 10, 2027' });
    const day2 = screen.getByRole('region', { name: 'Thu, March 11, 2027' });
    expect(within(day1).getByRole('link', { name: /Meeting with Kenji Mori/ })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}`,
    );
    expect(within(day1).getByText(/10:00–10:30/)).toBeVisible();
    expect(within(day1).getByText('Kenji Mori: Wed, Mar 10 02:00–02:30 (Berlin)')).toBeVisible();
    expect(within(day2).getByText(/15:30–16:30/)).toBeVisible();

    await user.click(await screen.findByRole('tab', { name: 'Incoming (1)' }));
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByText('Pending')).toBeVisible();
    expect(within(panel).getByText(/\+1 more option/)).toBeVisible();

    await user.click(screen.getByRole('tab', { name: 'Outgoing' }));
    expect(await screen.findByText(/You have no pending requests/)).toBeVisible();

    // A change pushed over the socket refreshes the list on screen, and the count on its tab.
    await user.click(screen.getByRole('tab', { name: 'Incoming (1)' }));
    await within(screen.getByRole('tabpanel')).findByText('Pending');
    incoming = [];
    const before = api.calls('GET /api/meetings?box=incoming').length;
    act(() => socket.serverEmit('meeting:updated', { meetingId: MEETING_ID, version: 4 }));
    expect(await screen.findByText('No requests are waiting for your answer.')).toBeVisible();
    expect(api.calls('GET /api/meetings?box=incoming').length).toBe(before + 1);
    expect(screen.getByRole('tab', { name: 'Incoming' })).toHaveAttribute('aria-selected', 'true');
  });
});
