import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildMeeting, MEETING_ID, OTHER_PROFILE_ID, SLOT_1, SLOT_2 } from './meetingsTestData';

const FREE = `GET /api/meetings/free-slots?profileId=${OTHER_PROFILE_ID}&duration=30`;
const plus30 = (iso: string) => new Date(Date.parse(iso) + 30 * 60_000).toISOString();

function setup() {
  return mockApi({
    'GET /api/me': signedInAs(buildUser({ timeZone: 'Asia/Tokyo' })),
    [`GET /api/profiles/${OTHER_PROFILE_ID}`]: {
      status: 200,
      body: { profile: buildProfile({ id: OTHER_PROFILE_ID, name: { en: 'Kenji Mori', ja: '森 健二' } }) },
    },
    [FREE]: {
      status: 200,
      body: {
        timeZone: 'Europe/Berlin',
        hasAvailability: true,
        slots: [
          { start: SLOT_1, end: plus30(SLOT_1) },
          { start: SLOT_2, end: plus30(SLOT_2) },
        ],
      },
    },
    'POST /api/meetings': { status: 201, body: buildMeeting({ requester: buildMeeting().receiver }) },
    [`GET /api/meetings/${MEETING_ID}`]: { status: 200, body: buildMeeting() },
  });
}

async function openDialog() {
  const user = userEvent.setup();
  renderApp(`/profiles/${OTHER_PROFILE_ID}`);
  await user.click(await screen.findByRole('button', { name: 'Request meeting' }));
  const dialog = await screen.findByRole('dialog', { name: 'Request a meeting with Kenji Mori' });
  return { user, dialog };
}

describe('RequestMeetingDialog', () => {
  it('validates with the shared schema before sending: a time is required, on the quarter hour, links only http(s)', async () => {
    const api = setup();
    const { user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText('Some fields need your attention.')).toBeVisible();
    expect(within(dialog).getByText(/on the quarter hour/)).toBeVisible();

    const option = within(dialog).getByRole('group', { name: 'Option 1' });
    fireEvent.change(within(option).getByLabelText('Date'), { target: { value: '2027-03-10' } });
    fireEvent.change(within(option).getByLabelText('Start time'), { target: { value: '10:07' } });
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(within(option).getByText(/on the quarter hour/)).toBeVisible();

    fireEvent.change(within(option).getByLabelText('Start time'), { target: { value: '10:00' } });
    await user.click(within(dialog).getByLabelText('Meeting link (optional)'));
    await user.paste('javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText('Enter a link starting with http:// or https://.')).toBeVisible();
    expect(api.calls('POST /api/meetings')).toHaveLength(0);
  });

  it('shows each slot in both zones, flags times outside their availability, adds a free slot and sends', async () => {
    const api = setup();
    const { user, dialog } = await openDialog();

    const option = within(dialog).getByRole('group', { name: 'Option 1' });
    fireEvent.change(within(option).getByLabelText('Date'), { target: { value: '2027-03-10' } });
    fireEvent.change(within(option).getByLabelText('Start time'), { target: { value: '12:00' } });
    // 12:00 in Tokyo is 04:00 in Berlin, outside Kenji's free slots.
    expect(within(option).getByText(/12:00–12:30/)).toBeVisible();
    expect(within(option).getByText(/your time, Tokyo/)).toBeVisible();
    expect(within(option).getByText('Kenji Mori: Wed, Mar 10 04:00–04:30 (Berlin)')).toBeVisible();
    expect(within(option).getByText('Outside their availability')).toBeVisible();

    fireEvent.change(within(option).getByLabelText('Start time'), { target: { value: '10:00' } });
    expect(within(option).getByText('Kenji Mori: Wed, Mar 10 02:00–02:30 (Berlin)')).toBeVisible();
    expect(within(option).queryByText('Outside their availability')).not.toBeInTheDocument();

    // Kenji's free slots, in Aiko's time with his beside it; the first one is already proposed.
    const free = within(dialog).getByRole('region', { name: 'Free slots of Kenji Mori' });
    expect(within(free).getByRole('button', { name: /10:00–10:30/ })).toBeDisabled();
    await user.click(within(free).getByRole('button', { name: /Thu, Mar 11 15:30–16:00.*07:30–08:00 \(Berlin\)/ }));
    const second = within(dialog).getByRole('group', { name: 'Option 2' });
    expect(within(second).getByLabelText('Date')).toHaveValue('2027-03-11');
    expect(within(second).getByLabelText('Start time')).toHaveValue('15:30');

    await user.click(within(dialog).getByLabelText('Message'));
    await user.paste('Hello Kenji');
    await user.click(within(dialog).getByLabelText('Meeting link (optional)'));
    await user.paste('https://meet.example.com/x');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText(/Your request was sent/)).toBeVisible();
    expect(api.calls('POST /api/meetings')[0]?.body).toEqual({
      profileId: OTHER_PROFILE_ID,
      message: 'Hello Kenji',
      slots: [
        { start: SLOT_1, durationMinutes: 30 },
        { start: SLOT_2, durationMinutes: 30 },
      ],
      location: { format: 'online', url: 'https://meet.example.com/x' },
      origin: 'profile',
    });
  });
});
