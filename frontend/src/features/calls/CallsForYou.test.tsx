import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildCall, CALL_ID } from './callsTestData';

describe('Open calls for you', () => {
  it(
    'shows calls that fit above the suggestions, with the score, reasons and a link',
    { timeout: 30_000 },
    async () => {
      mockApi({
        'GET /api/me': signedInAs(buildUser()),
        'GET /api/matches/suggestions?lang=en': { status: 200, body: { items: [], nextCursor: null } },
        'GET /api/calls/for-me': {
          status: 200,
          body: [
            {
              call: buildCall(),
              score: 12,
              strength: { level: 'strong', percent: 73 },
              reasons: [{ type: 'shared-interest', text: 'You share an interest in Mobility', label: 'Mobility' }],
            },
          ],
        },
      });
      renderApp('/suggestions');

      const section = await screen.findByRole('region', { name: 'Open calls for you' });
      const card = within(section).getByRole('article', { name: 'PoC: easing station crowding' });
      expect(within(card).getByRole('link', { name: 'PoC: easing station crowding' })).toHaveAttribute(
        'href',
        `/calls/${CALL_ID}`,
      );
      expect(within(card).getByRole('meter', { name: 'Match strength' })).toHaveAttribute('aria-valuenow', '73');
      expect(within(card).getByText('You share an interest in Mobility')).toBeInTheDocument();
      expect(within(card).getByText('Posted by Harbour Rail')).toBeVisible();
      expect(within(section).getByRole('link', { name: 'All open calls' })).toHaveAttribute('href', '/calls');
    },
  );

  it('is absent when nothing fits', { timeout: 30_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/calls/for-me': { status: 200, body: [] },
    });
    renderApp('/suggestions');
    expect(await screen.findByText('No suggestions right now')).toBeVisible();
    expect(api.calls('GET /api/calls/for-me')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Open calls for you' })).not.toBeInTheDocument();
  });
});
