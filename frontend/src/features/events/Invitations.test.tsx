import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EventDto } from '@musubi/shared';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildEvent, EVENT_ID, organiserView, profileB } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;
const noParticipants = {
  status: 200,
  body: { items: [], nextCursor: null, counts: { pending: 0, approved: 0, rejected: 0 } },
};
const viewer = (overrides: Partial<EventDto['viewer']>): EventDto['viewer'] => ({
  isOrganiser: false,
  participantStatus: null,
  invitedBy: null,
  organiserInvitation: null,
  availability: null,
  channelConversationId: null,
  ...overrides,
});

describe('invitations', () => {
  it('shows who invited the member and accepts: they take part', { timeout: 30_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET ${base}`]: {
        status: 200,
        body: buildEvent({ viewer: viewer({ participantStatus: 'invited', invitedBy: 'Yuki Organiser' }) }),
      },
      [`GET ${base}/participants?status=approved`]: noParticipants,
      [`POST ${base}/invitation/accept`]: {
        status: 200,
        body: buildEvent({ viewer: viewer({ participantStatus: 'approved', channelConversationId: 'chan1' }) }),
      },
    });
    renderApp(`/events/${EVENT_ID}`);
    const user = userEvent.setup();

    const panel = await screen.findByRole('region', { name: 'Invitation' }, { timeout: 5000 });
    expect(within(panel).getByText('Yuki Organiser invited you to take part in this event.')).toBeVisible();
    // Nothing else offers to join or leave while the invitation is open.
    expect(screen.queryByRole('button', { name: 'Join event' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByText('You accepted the invitation and take part in this event.')).toBeVisible();
    expect(api.calls(`POST ${base}/invitation/accept`)).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Invitation' })).not.toBeInTheDocument();
    expect(screen.getByText('You take part in this event.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'My agenda' })).toBeVisible();
  });

  it('declines, and can still join later like anyone', { timeout: 30_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET ${base}`]: {
        status: 200,
        body: buildEvent({ viewer: viewer({ participantStatus: 'invited', invitedBy: 'Yuki Organiser' }) }),
      },
      [`GET ${base}/participants?status=approved`]: noParticipants,
      [`POST ${base}/invitation/decline`]: {
        status: 200,
        body: buildEvent({ viewer: viewer({ participantStatus: 'declined' }) }),
      },
    });
    renderApp(`/events/${EVENT_ID}`);
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Invitation' }, { timeout: 5000 });
    await user.click(within(panel).getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('You declined the invitation.')).toBeVisible();
    expect(api.calls(`POST ${base}/invitation/decline`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Join event' })).toBeVisible();
  });

  it('an organiser account accepts an invitation to co-organise', { timeout: 30_000 }, async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: {
        status: 200,
        body: buildEvent({ viewer: viewer({ organiserInvitation: { invitedBy: 'Yuki Organiser' } }) }),
      },
      [`GET ${base}/participants?status=approved`]: noParticipants,
      [`POST ${base}/organisers/invitation/accept`]: { status: 200, body: organiserView() },
    });
    renderApp(`/events/${EVENT_ID}`);
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Invitation to co-organise' }, { timeout: 5000 });
    expect(within(panel).getByText('Yuki Organiser invited you to co-organise this event.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Manage' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Accept and co-organise' }));
    expect(await screen.findByText('You co-organise this event now.')).toBeVisible();
  });

  it(
    'the import report tells rows read and malformed or repeated lines, nothing about accounts; no pending invitations are listed',
    { timeout: 30_000 },
    async () => {
      const api = mockApi({
        'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
        [`GET ${base}`]: { status: 200, body: organiserView() },
        [`GET ${base}/participants?limit=100`]: {
          status: 200,
          body: {
            items: [
              {
                profile: profileB,
                status: 'approved',
                availability: null,
                joinedAt: '2026-11-02T00:00:00.000Z',
                source: 'imported',
              },
            ],
            nextCursor: null,
            counts: { pending: 0, approved: 1, rejected: 0 },
          },
        },
        [`POST ${base}/participants/import`]: {
          status: 202,
          body: {
            id: 'job1',
            status: 'done',
            total: 4,
            processed: 4,
            result: { invited: 3, skipped: [{ line: 4, value: 'a@example.com', reason: 'duplicate' }] },
            error: null,
            createdAt: '2026-11-02T00:00:00.000Z',
            finishedAt: '2026-11-02T00:00:01.000Z',
          },
        },
      });
      const user = userEvent.setup();
      renderApp(`/events/${EVENT_ID}/manage`);
      const list = await screen.findByRole('list', { name: 'Participants' }, { timeout: 5000 });
      // A member who accepted an imported invitation is listed as approved; pending invitations never are.
      const row = within(list).getByRole('listitem');
      expect(within(row).getByText('Approved')).toBeVisible();
      expect(within(row).getByText('Imported')).toBeVisible();
      expect(
        screen.getByText(
          'A header row with an email and/or profileId column. Each member named is invited; they appear in this list only once they accept. For privacy, nothing here says which rows belong to an account or who has not answered yet.',
        ),
      ).toBeVisible();
      // The status filter offers no "Invited" or "Declined".
      await user.click(screen.getByRole('combobox', { name: 'Status' }));
      const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
      expect(options).toEqual(['All', 'Waiting for approval (0)', 'Approved (1)', 'Not accepted (0)']);
      await user.keyboard('{Escape}');

      const csv = 'email\na@example.com\nb@example.com\na@example.com';
      const file = new File([csv], 'people.csv', { type: 'text/csv' });
      // jsdom's File cannot read itself back.
      Object.defineProperty(file, 'text', { value: () => Promise.resolve(csv) });
      fireEvent.change(screen.getByTestId('csv-input'), { target: { files: [file] } });
      expect(
        await screen.findByText(
          'Rows read: 3. Invitations were sent to the members among them; they appear here once they accept. Rows skipped: 1.',
        ),
      ).toBeVisible();
      expect(screen.getByText('Line 4 (a@example.com): repeats an earlier row')).toBeVisible();
      expect(api.calls(`POST ${base}/participants/import`)).toHaveLength(1);
    },
  );

  it('the agenda names no partner whose profile is private', { timeout: 30_000 }, async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET ${base}`]: {
        status: 200,
        body: buildEvent({ schedulePublished: true, viewer: viewer({ participantStatus: 'approved' }) }),
      },
      [`GET ${base}/agenda`]: {
        status: 200,
        body: [
          {
            round: 1,
            table: 3,
            start: '2026-11-27T05:00:00.000Z',
            end: '2026-11-27T05:15:00.000Z',
            partner: null,
            meetingId: 'm9',
          },
        ],
      },
    });
    renderApp(`/events/${EVENT_ID}/agenda`);
    expect(await screen.findByText('A participant with a private profile', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('Table 3')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the meeting' })).toHaveAttribute('href', '/meetings/m9');
  });

  it('lists open invitations on the events page', { timeout: 30_000 }, async () => {
    const invitedTo = buildEvent({ viewer: viewer({ participantStatus: 'invited', invitedBy: 'Yuki Organiser' }) });
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/events?scope=invitations': { status: 200, body: { items: [invitedTo], nextCursor: null } },
    });
    renderApp('/events?scope=invitations');
    expect(await screen.findByRole('tab', { name: 'Invitations', selected: true }, { timeout: 5000 })).toBeVisible();
    expect(await screen.findByText('Yokohama Matching Day')).toBeVisible();
    expect(screen.getByText('Invited')).toBeVisible();
  });

  it('an owner invites a co-organiser and sees the invitation by the email typed', { timeout: 30_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`DELETE ${base}/organisers/invitations/ken%40example.com`]: { status: 200, body: organiserView() },
      [`POST ${base}/organisers`]: {
        status: 200,
        body: organiserView({
          organiserInvitations: [{ email: 'ken@example.com', createdAt: '2026-11-02T00:00:00.000Z' }],
        }),
      },
    });
    renderApp(`/events/${EVENT_ID}/edit`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Co-organiser's email", {}, { timeout: 5000 }), 'ken@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite co-organiser' }));
    const sent = await screen.findByRole('list', { name: 'Invitations sent' });
    expect(within(sent).getByText('ken@example.com (invited)')).toBeVisible();
    expect(api.calls(`POST ${base}/organisers`)[0]?.body).toEqual({ email: 'ken@example.com' });
    await user.click(within(sent).getByRole('button', { name: 'Withdraw the invitation to ken@example.com' }));
    expect(await screen.findByRole('button', { name: 'Invite co-organiser' })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Invitations sent' })).not.toBeInTheDocument());
    expect(api.calls(`DELETE ${base}/organisers/invitations/ken%40example.com`)).toHaveLength(1);
  });
});
