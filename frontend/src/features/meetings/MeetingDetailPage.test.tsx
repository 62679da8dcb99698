import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs, type MockResponse } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { acceptedMeeting, buildMeeting, MEETING_ID, OTHER_PROFILE_ID, SLOT_1 } from './meetingsTestData';

const PATH = `/api/meetings/${MEETING_ID}`;

function setup(routes: Record<string, MockResponse | (() => MockResponse)>) {
  return mockApi({ 'GET /api/me': signedInAs(buildUser()), ...routes });
}

describe('MeetingDetailPage', () => {
  it('shows the proposal in both zones and accepts one slot after confirming', async () => {
    const api = setup({
      [`GET ${PATH}`]: { status: 200, body: buildMeeting() },
      [`POST ${PATH}/accept`]: { status: 200, body: acceptedMeeting() },
    });
    renderApp(`/meetings/${MEETING_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Meeting with Kenji Mori', level: 1 })).toBeVisible();
    expect(screen.getByText(/Kenji Mori is waiting for your answer/)).toBeVisible();
    const options = screen.getByRole('region', { name: 'Proposed times' });
    expect(within(options).getByText('Kenji Mori: Wed, Mar 10 02:00–02:30 (Berlin)')).toBeVisible();
    const link = screen.getByRole('link', { name: 'https://meet.example.com/abc' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    // Only the actions the server allows.
    expect(screen.getByRole('button', { name: 'Propose other times' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Decline' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Cancel meeting' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept option 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this time?' });
    expect(within(dialog).getByText(/10:00–10:30/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));

    expect(await screen.findByText(/Meeting confirmed/)).toBeVisible();
    expect(api.calls(`POST ${PATH}/accept`)[0]?.body).toEqual({ version: 3, start: SLOT_1 });
    expect(screen.getByText('Confirmed')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute('href', `${PATH}/ics`);
    expect(screen.getByRole('button', { name: 'Reschedule' })).toBeVisible();
  });

  it('when the other side acted first (409 stale), reloads the meeting and says so', async () => {
    let current = buildMeeting();
    setup({
      [`GET ${PATH}`]: () => ({ status: 200, body: current }),
      [`POST ${PATH}/decline`]: () => {
        // Kenji cancelled his request a moment earlier.
        current = buildMeeting({
          status: 'cancelled',
          version: 4,
          cancelReason: 'Found another partner',
          can: { ...buildMeeting().can, accept: false, decline: false, counter: false },
        });
        return {
          status: 409,
          body: { error: { code: 'conflict', message: 'Stale', details: { reason: 'stale' } } },
        };
      },
    });
    renderApp(`/meetings/${MEETING_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the request from Kenji Mori?' });
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'Busy');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

    expect(await screen.findByText(/changed by the other person a moment ago/)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Found another partner')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('maps a double booking to its own message and keeps the dialog open', async () => {
    setup({
      [`GET ${PATH}`]: { status: 200, body: buildMeeting() },
      [`POST ${PATH}/accept`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Booked', details: { reason: 'double_booked' } } },
      },
    });
    renderApp(`/meetings/${MEETING_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept option 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this time?' });
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    expect(await within(dialog).findByText(/already has a meeting at that time/)).toBeVisible();
  });

  it('after the start, records held or no-show with private notes; an unsafe link is not clickable', async () => {
    const past = acceptedMeeting({
      location: { format: 'online', url: 'javascript:alert(1)' },
      can: { ...acceptedMeeting().can, cancel: false, reschedule: false, recordOutcome: true },
    });
    const api = setup({
      [`GET ${PATH}`]: { status: 200, body: past },
      [`PUT ${PATH}/outcome`]: { status: 200, body: { ...past, myOutcome: 'held', myNotes: 'Follow up in May' } },
    });
    renderApp(`/meetings/${MEETING_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByText('javascript:alert(1)')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Held' }));
    await user.click(screen.getByLabelText('Private notes'));
    await user.paste('Follow up in May');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    expect(api.calls(`PUT ${PATH}/outcome`)[0]?.body).toEqual({ outcome: 'held', notes: 'Follow up in May' });
  });

  it('counter-proposes other times, each shown in both zones, and sends the version it saw', async () => {
    const api = setup({
      [`GET ${PATH}`]: { status: 200, body: buildMeeting() },
      [`GET /api/meetings/free-slots?profileId=${OTHER_PROFILE_ID}&duration=60`]: {
        status: 200,
        body: { timeZone: 'Europe/Berlin', hasAvailability: false, slots: [] },
      },
      [`POST ${PATH}/counter`]: {
        status: 200,
        body: buildMeeting({ version: 4, proposedByUserId: 'u1', can: { ...buildMeeting().can, accept: false } }),
      },
    });
    renderApp(`/meetings/${MEETING_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Propose other times' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose other times to Kenji Mori' });
    const option = within(dialog).getByRole('group', { name: 'Option 1' });
    fireEvent.change(within(option).getByLabelText('Date'), { target: { value: '2027-03-12' } });
    fireEvent.change(within(option).getByLabelText('Start time'), { target: { value: '17:00' } });
    fireEvent.change(within(option).getByLabelText('Duration'), { target: { value: '60' } });
    expect(within(option).getByText('Kenji Mori: Fri, Mar 12 09:00–10:00 (Berlin)')).toBeVisible();
    expect(await within(dialog).findByText(/hasn't set their availability/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    expect(await screen.findByText('Your proposal was sent.')).toBeVisible();
    expect(api.calls(`POST ${PATH}/counter`)[0]?.body).toEqual({
      version: 3,
      slots: [{ start: '2027-03-12T08:00:00.000Z', durationMinutes: 60 }],
      message: '',
    });
    expect(screen.getByText('Waiting for Kenji Mori to answer.')).toBeVisible();
  });
});
