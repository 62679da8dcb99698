import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { EVENT_ID, organiserView } from './eventsTestData';

const organiser = buildUser({ role: 'organiser' });

describe('EventFormPage', () => {
  it(
    'validates with the shared schema, previews the round times and creates a draft',
    { timeout: 40_000 },
    async () => {
      const api = mockApi({
        'GET /api/me': signedInAs(organiser),
        'POST /api/events': { status: 201, body: organiserView({ status: 'draft' }) },
        [`GET /api/events/${EVENT_ID}`]: { status: 200, body: organiserView({ status: 'draft' }) },
        [`GET /api/events/${EVENT_ID}/participants?limit=100`]: {
          status: 200,
          body: { items: [], nextCursor: null, counts: { pending: 0, approved: 0, rejected: 0 } },
        },
      });
      const { router } = renderApp('/events/new');
      const user = userEvent.setup();

      expect(await screen.findByRole('heading', { name: 'Create an event', level: 1 })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Create draft' }));
      expect(await screen.findAllByText('Fill in Japanese or English (or both).')).toHaveLength(2);
      expect(screen.getByLabelText('Start date')).toHaveAccessibleDescription('This field is required.');
      expect(api.calls('POST /api/events')).toHaveLength(0);

      fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'Yokohama Matching Day' } });
      fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-11-27' } });
      // The plan's date follows the event's; the end date too while it is empty.
      expect(screen.getByLabelText('First round: date')).toHaveValue('2026-11-27');
      expect(screen.getByLabelText('End date')).toHaveValue('2026-11-27');

      // A start off the quarter-hour grid is refused.
      fireEvent.change(screen.getByLabelText('First round: time'), { target: { value: '14:10' } });
      await user.click(screen.getByRole('button', { name: 'Create draft' }));
      expect(await screen.findByText(/Use a time on a quarter hour/)).toBeVisible();

      fireEvent.change(screen.getByLabelText('First round: time'), { target: { value: '14:00' } });
      await user.click(screen.getByLabelText('Break between rounds'));
      await user.click(await screen.findByRole('option', { name: '15 minutes' }));
      fireEvent.change(screen.getByLabelText('Rounds'), { target: { value: '3' } });

      const preview = screen.getByRole('list', { name: 'Round times' });
      const rounds = within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      // 15-minute meetings with 15-minute breaks, in the event's zone (Tokyo).
      expect(rounds).toEqual(['Round 1: 14:00–14:15', 'Round 2: 14:30–14:45', 'Round 3: 15:00–15:15']);

      await user.click(screen.getByRole('button', { name: 'Create draft' }));
      await screen.findByRole('heading', { name: 'Manage event', level: 1 });
      expect(router.state.location.pathname).toBe(`/events/${EVENT_ID}/manage`);
      const [sent] = api.calls('POST /api/events');
      expect(sent?.body).toMatchObject({
        title: { en: 'Yokohama Matching Day' },
        startsAt: '2026-11-27T04:00:00.000Z',
        endsAt: '2026-11-27T09:00:00.000Z',
        timeZone: 'Asia/Tokyo',
        capacity: 50,
        sessionPlan: { startsAt: '2026-11-27T05:00:00.000Z', slotMinutes: 15, breakMinutes: 15, rounds: 3, tables: 10 },
      });
    },
  );

  it('only shows "Create event" to organisers', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/events?scope=upcoming': { status: 200, body: { items: [organiserView()], nextCursor: null } },
    });
    renderApp('/events');
    expect(await screen.findByRole('link', { name: 'Yokohama Matching Day' })).toHaveAttribute(
      'href',
      `/events/${EVENT_ID}`,
    );
    expect(screen.queryByRole('link', { name: 'Create event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Drafts' })).not.toBeInTheDocument();
    expect(screen.getByText('12 / 40 participants')).toBeVisible();
  });
});
