import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportJobDto } from '@musubi/shared';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { EVENT_ID, organiserView } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;

const job = (overrides: Partial<ImportJobDto> = {}): ImportJobDto => ({
  id: 'job1',
  status: 'running',
  total: 4,
  processed: 0,
  result: { invited: 0, skipped: [] },
  error: null,
  createdAt: new Date().toISOString(),
  finishedAt: null,
  ...overrides,
});

describe('ParticipantsTab: CSV import', () => {
  it('follows the import job with a progress bar, then shows the report', { timeout: 40_000 }, async () => {
    let current = job({ processed: 2 });
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/participants?limit=100`]: {
        status: 200,
        body: { items: [], nextCursor: null, counts: { pending: 0, approved: 0, rejected: 0 } },
      },
      [`POST ${base}/participants/import`]: { status: 202, body: job() },
      [`GET ${base}/participants/import/job1`]: () => ({ status: 200, body: current }),
    });
    renderApp(`/events/${EVENT_ID}/manage`);
    const user = userEvent.setup();

    const input = await screen.findByTestId('csv-input', {}, { timeout: 5000 });
    const csv = 'email\na@example.com\nb@example.com\nc@example.com\nd@x';
    // jsdom's File has no text(); the browser's has.
    const file = Object.assign(new File([csv], 'people.csv', { type: 'text/csv' }), { text: async () => csv });
    await user.upload(input, file);
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(await screen.findByText('2 of 4 rows done…')).toBeVisible();
    expect(bar).toHaveAttribute('aria-valuenow', '50');

    current = job({
      status: 'done',
      processed: 4,
      finishedAt: new Date().toISOString(),
      result: { invited: 3, skipped: [{ line: 5, value: 'd@x', reason: 'invalid' }] },
    });
    expect(
      await screen.findByText(
        'Rows read: 3. Invitations were sent to the members among them; they appear here once they accept. Rows skipped: 1.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByText('Line 5 (d@x): not an email or profile id')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Import progress' })).not.toBeInTheDocument());
    expect(api.calls(`POST ${base}/participants/import`)[0]?.body).toEqual({ csv });
  });
});
