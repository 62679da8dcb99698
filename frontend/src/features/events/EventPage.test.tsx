import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildEvent, EVENT_ID, profileB } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;
const participants = {
  status: 200,
  body: {
    items: [
      {
        profile: profileB,
        status: 'approved',
        availability: null,
        joinedAt: '2026-11-02T00:00:00.000Z',
        source: 'joined',
      },
    ],
    nextCursor: null,
    counts: { pending: 0, approved: 1, rejected: 0 },
  },
};

describe('EventPage', () => {
  it('joins with the rounds one can attend and shows the pending status', { timeout: 30_000 }, async () => {
    const api = mockApi({
      // A viewer in Berlin: round times also in their zone.
      'GET /api/me': signedInAs(buildUser({ timeZone: 'Europe/Berlin' })),
      [`GET ${base}`]: { status: 200, body: buildEvent({ requiresApproval: true }) },
      [`GET ${base}/participants?status=approved`]: participants,
      [`POST ${base}/join`]: {
        status: 200,
        body: buildEvent({
          requiresApproval: true,
          viewer: {
            isOrganiser: false,
            participantStatus: 'pending',
            invitedBy: null,
            organiserInvitation: null,
            availability: [true, false, true],
            channelConversationId: null,
          },
        }),
      },
    });
    renderApp(`/events/${EVENT_ID}`);
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { name: 'Yokohama Matching Day', level: 1 }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByText('Minato Mirai Hall')).toBeVisible();
    expect(screen.getByText(/Your time: .*05:00–10:00 \(Berlin\)/)).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Aiko Sato' })).toHaveAttribute('href', `/profiles/${profileB.id}`);
    expect(screen.getByText('An organiser approves each joiner.')).toBeVisible();

    const rounds = screen.getByRole('group', { name: 'Rounds you can attend' });
    const boxes = within(rounds).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    expect(within(rounds).getByText(/Round 2 · 14:15–14:30 \(your time 06:15–06:30, Berlin\)/)).toBeVisible();
    await user.click(boxes[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Join event' }));

    expect(await screen.findByText('You asked to join; an organiser will review it.')).toBeVisible();
    expect(api.calls(`POST ${base}/join`)[0]?.body).toEqual({ availability: [true, false, true] });
    expect(screen.queryByRole('button', { name: 'Join event' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave event' })).toBeVisible();
  });

  it('shows the online link (http/https only) and explains a full event', { timeout: 30_000 }, async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET ${base}`]: { status: 200, body: buildEvent({ online: true, onlineUrl: 'https://meet.example.com/x' }) },
      [`GET ${base}/participants?status=approved`]: participants,
      [`POST ${base}/join`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Full', details: { reason: 'full' } } },
      },
    });
    renderApp(`/events/${EVENT_ID}`);
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Join online' }, { timeout: 5000 })).toHaveAttribute(
      'href',
      'https://meet.example.com/x',
    );
    await user.click(screen.getByRole('button', { name: 'Join event' }));
    expect(await screen.findByText('This event is full.')).toBeVisible();
  });

  it('shows the agenda with table numbers and the partner', { timeout: 30_000 }, async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET ${base}`]: {
        status: 200,
        body: buildEvent({
          schedulePublished: true,
          viewer: {
            isOrganiser: false,
            participantStatus: 'approved',
            invitedBy: null,
            organiserInvitation: null,
            availability: null,
            channelConversationId: 'chan1',
          },
        }),
      },
      [`GET ${base}/agenda`]: {
        status: 200,
        body: [
          {
            round: 2,
            table: 7,
            start: '2026-11-27T05:15:00.000Z',
            end: '2026-11-27T05:30:00.000Z',
            partner: profileB,
            meetingId: 'm1',
          },
        ],
      },
    });
    renderApp(`/events/${EVENT_ID}/agenda`);
    expect(await screen.findByRole('heading', { name: 'Round 2' }, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('Table 7')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Aiko Sato' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the meeting' })).toHaveAttribute('href', '/meetings/m1');
    await waitFor(() => expect(screen.getByText(/14:15–14:30/)).toBeVisible());
  });
});
