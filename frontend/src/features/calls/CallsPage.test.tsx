import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildApplication, buildCall, CALL_ID } from './callsTestData';

const page = (items: unknown[]) => ({ status: 200, body: { items, nextCursor: null } });

describe('CallsPage', () => {
  it(
    'lists open calls with offers and deadline; filters go to the URL and the request',
    { timeout: 40_000 },
    async () => {
      const api = mockApi({
        'GET /api/me': signedInAs(buildUser()),
        'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ kind: 'startup' }) } },
        'GET /api/calls?scope=open': page([buildCall()]),
        'GET /api/calls?scope=open&offers=data': page([]),
      });
      const { router } = renderApp('/calls');
      const user = userEvent.setup();

      const card = await screen.findByRole('article', { name: 'PoC: easing station crowding' });
      expect(within(card).getByRole('link', { name: 'PoC: easing station crowding' })).toHaveAttribute(
        'href',
        `/calls/${CALL_ID}`,
      );
      expect(within(card).getByText('Field / venue')).toBeVisible();
      expect(within(card).getByText(/days left/)).toBeVisible();
      // A startup member cannot post calls.
      expect(screen.queryByRole('link', { name: 'Post a call' })).not.toBeInTheDocument();
      expect(screen.queryByRole('tab', { name: 'My calls' })).not.toBeInTheDocument();

      await user.click(screen.getByLabelText('Offers'));
      await user.click(await screen.findByRole('option', { name: 'Data' }));
      await user.keyboard('{Escape}');
      expect(await screen.findByText('No open calls match right now.')).toBeVisible();
      expect(router.state.location.search).toBe('?offers=data');
      expect(api.calls('GET /api/calls?scope=open&offers=data')).toHaveLength(1);
    },
  );

  it(
    'a corporate member can post and sees their calls; everyone sees their applications',
    { timeout: 40_000 },
    async () => {
      mockApi({
        'GET /api/me': signedInAs(buildUser()),
        'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ kind: 'corporate' }) } },
        'GET /api/calls?scope=open': page([]),
        'GET /api/me/applications': {
          status: 200,
          body: [{ application: buildApplication({ status: 'declined' }), call: buildCall() }],
        },
      });
      renderApp('/calls');
      const user = userEvent.setup();

      expect(await screen.findByRole('link', { name: 'Post a call' })).toHaveAttribute('href', '/calls/new');
      expect(screen.getByRole('tab', { name: 'My calls' })).toBeVisible();
      await user.click(screen.getByRole('tab', { name: 'My applications' }));
      const row = await screen.findByRole('article');
      expect(within(row).getByText('Declined')).toBeVisible();
      expect(within(row).getByText(/After careful consideration/)).toBeVisible();
      await waitFor(() =>
        expect(screen.getByRole('tab', { name: 'My applications' })).toHaveAttribute('aria-selected', 'true'),
      );
    },
  );
});
