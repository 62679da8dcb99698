import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildSchedule, buildScheduledMeeting, EVENT_ID, organiserView, profileA, profileC } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;

describe('ScheduleTab', () => {
  it(
    'shows the grid with the optimiser figures, and locks, moves and removes meetings',
    { timeout: 40_000 },
    async () => {
      let schedule = buildSchedule();
      const api = mockApi({
        'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
        [`GET ${base}`]: { status: 200, body: organiserView() },
        [`GET ${base}/schedule`]: () => ({ status: 200, body: schedule }),
        [`PATCH ${base}/schedule/meetings/1-1`]: (request) => {
          const change = request.body as { locked?: boolean; round?: number; table?: number };
          const moved = buildScheduledMeeting({
            ...change,
            key: `${change.round ?? 1}-${change.table ?? 1}`,
          });
          // Moving into round 2 puts Mobility Lab in two meetings at once: a violation.
          schedule = buildSchedule({
            stats: null,
            meetings: [moved, ...buildSchedule().meetings.slice(1)],
            violations: change.round === 2 ? ['Mobility Lab meets twice in round 2'] : [],
          });
          return { status: 200, body: schedule };
        },
        [`DELETE ${base}/schedule/meetings/2-2`]: () => {
          schedule = buildSchedule({ stats: null, meetings: [buildScheduledMeeting()] });
          return { status: 200, body: schedule };
        },
      });
      renderApp(`/events/${EVENT_ID}/manage?tab=schedule`);
      const user = userEvent.setup();

      const grid = await screen.findByRole('region', { name: 'Schedule: rounds by tables' }, { timeout: 5000 });
      const rows = within(grid).getAllByRole('row');
      expect(rows).toHaveLength(4); // header + 3 rounds
      expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Round 1 · 14:00–14:15');
      expect(within(rows[1] as HTMLElement).getByText('Mobility Lab')).toBeVisible();
      expect(within(rows[2] as HTMLElement).getByText('Harbour Bank')).toBeVisible();
      // Optimiser figures: objective, greedy (+21.7%), share of the upper bound.
      expect(screen.getByText('146')).toBeVisible();
      expect(screen.getByText('120 (optimised 21.7% better)')).toBeVisible();
      expect(screen.getByText('97.3%')).toBeVisible();

      const lock = screen.getByRole('button', { name: 'Lock the meeting of Mobility Lab and Aiko Sato' });
      expect(lock).toHaveAttribute('aria-pressed', 'false');
      await user.click(lock);
      await waitFor(() => expect(api.calls(`PATCH ${base}/schedule/meetings/1-1`)).toHaveLength(1));
      expect(api.calls(`PATCH ${base}/schedule/meetings/1-1`)[0]?.body).toEqual({ locked: true });
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Lock the meeting of Mobility Lab and Aiko Sato' })).toHaveAttribute(
          'aria-pressed',
          'true',
        ),
      );
      // The figures of the last generation stay on screen after a change.
      expect(screen.getByText('97.3%')).toBeVisible();

      await user.click(screen.getByRole('button', { name: 'Move the meeting of Mobility Lab and Aiko Sato' }));
      const dialog = await screen.findByRole('dialog', { name: 'Move the meeting' });
      await user.click(within(dialog).getByRole('combobox', { name: 'Round' }));
      await user.click(await screen.findByRole('option', { name: '2' }));
      await user.click(within(dialog).getByRole('button', { name: 'Move' }));
      await waitFor(() => expect(api.calls(`PATCH ${base}/schedule/meetings/1-1`)).toHaveLength(2));
      expect(api.calls(`PATCH ${base}/schedule/meetings/1-1`)[1]?.body).toEqual({ round: 2, table: 1 });

      // The violation is listed and publishing waits until it is fixed.
      const problems = await screen.findByRole('list', { name: 'Problems' });
      expect(within(problems).getByText('Mobility Lab meets twice in round 2')).toBeVisible();
      expect(screen.getByRole('button', { name: 'Publish schedule' })).toBeDisabled();

      await user.click(screen.getByRole('button', { name: 'Remove the meeting of Mobility Lab and Harbour Bank' }));
      await waitFor(() => expect(api.calls(`DELETE ${base}/schedule/meetings/2-2`)).toHaveLength(1));
      await waitFor(() => expect(screen.queryByText('Harbour Bank')).not.toBeInTheDocument());
      expect(screen.getByRole('button', { name: 'Publish schedule' })).toBeEnabled();
    },
  );

  it('adds a meeting by hand in an empty cell', { timeout: 40_000 }, async () => {
    const participant = (profile: typeof profileA) => ({
      profile,
      status: 'approved',
      availability: null,
      joinedAt: '2026-11-02T00:00:00.000Z',
      source: 'joined',
    });
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/schedule`]: { status: 200, body: buildSchedule() },
      [`GET ${base}/participants?status=approved&limit=100`]: {
        status: 200,
        body: {
          items: [participant(profileA), participant(profileC)],
          nextCursor: null,
          counts: { pending: 0, approved: 2, rejected: 0 },
        },
      },
      [`POST ${base}/schedule/meetings`]: { status: 201, body: buildSchedule() },
    });
    renderApp(`/events/${EVENT_ID}/manage?tab=schedule`);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Add a meeting in round 3 at table 1' }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add a meeting' });
    await user.click(within(dialog).getByRole('combobox', { name: 'First participant' }));
    await user.click(await screen.findByRole('option', { name: 'Mobility Lab' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Second participant' }));
    await user.click(await screen.findByRole('option', { name: 'Harbour Bank' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add meeting' }));
    await waitFor(() => expect(api.calls(`POST ${base}/schedule/meetings`)).toHaveLength(1));
    expect(api.calls(`POST ${base}/schedule/meetings`)[0]?.body).toEqual({
      a: profileA.id,
      b: profileC.id,
      round: 3,
      table: 1,
      locked: true,
    });
  });
});
