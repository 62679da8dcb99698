import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const FEED_URL = 'http://localhost/api/calendar/ics/secret-token';

function setup() {
  return mockApi({
    'GET /api/me': signedInAs(buildUser()),
    'GET /api/chat/settings': { status: 200, body: { sendReadReceipts: true } },
    'GET /api/meetings/availability': {
      status: 200,
      body: { timeZone: 'Asia/Tokyo', rules: [{ weekday: 1, start: '09:00', end: '17:00' }] },
    },
    'PUT /api/meetings/availability': ({ body }) => ({ status: 200, body }),
    'GET /api/calendar/feed': { status: 200, body: { enabled: false, url: null, createdAt: null } },
    'POST /api/calendar/feed': {
      status: 201,
      body: { enabled: true, url: FEED_URL, createdAt: '2026-11-25T00:00:00.000Z' },
    },
    'DELETE /api/calendar/feed': { status: 200, body: { enabled: false, url: null, createdAt: null } },
  });
}

describe('Settings: availability and calendar feed', () => {
  it('edits weekly hours, checks them with the shared schema and saves them', async () => {
    const api = setup();
    renderApp('/settings');
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Availability for meetings' });
    const monday = await within(section).findByRole('group', { name: 'Monday' });
    expect(within(monday).getByLabelText('Monday: from')).toHaveValue('09:00');
    expect(within(section).getByRole('group', { name: 'Sunday' })).toHaveTextContent('Not available');

    await user.click(within(section).getByRole('button', { name: 'Add hours on Tuesday' }));
    const tuesday = within(section).getByRole('group', { name: 'Tuesday' });
    fireEvent.change(within(tuesday).getByLabelText('Tuesday: to'), { target: { value: '08:00' } });
    await user.click(within(section).getByRole('button', { name: 'Save availability' }));
    expect(await within(tuesday).findByText('The end time must be after the start time.')).toBeVisible();
    expect(api.calls('PUT /api/meetings/availability')).toHaveLength(0);

    fireEvent.change(within(tuesday).getByLabelText('Tuesday: to'), { target: { value: '12:30' } });
    await user.click(within(section).getByRole('button', { name: 'Save availability' }));
    expect(await within(section).findByText('Your availability was saved.')).toBeVisible();
    expect(api.calls('PUT /api/meetings/availability')[0]?.body).toEqual({
      timeZone: 'Asia/Tokyo',
      rules: [
        { weekday: 1, start: '09:00', end: '17:00' },
        { weekday: 2, start: '09:00', end: '12:30' },
      ],
    });
  });

  it('creates the feed URL with a copy button, and turns it off after confirming', async () => {
    const api = setup();
    renderApp('/settings');
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Calendar feed' });
    await user.click(await within(section).findByRole('button', { name: 'Create feed URL' }));
    expect(await within(section).findByRole('textbox', { name: 'Your private feed URL' })).toHaveValue(FEED_URL);
    await user.click(within(section).getByRole('button', { name: 'Copy the feed URL' }));
    // user-event provides the clipboard.
    expect(await navigator.clipboard.readText()).toBe(FEED_URL);
    expect(await within(section).findByText('Copied to the clipboard.')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Turn off feed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off your calendar feed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await within(section).findByText('Your calendar feed was turned off.')).toBeVisible();
    expect(api.calls('DELETE /api/calendar/feed')).toHaveLength(1);
    expect(await within(section).findByRole('button', { name: 'Create feed URL' })).toBeVisible();
  });
});
