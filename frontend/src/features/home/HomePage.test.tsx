import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

describe('HomePage', () => {
  it('leads to the suggestions from a card and from the main navigation', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ isOwner: true }) } },
    });
    renderApp('/');

    const card = await screen.findByRole('region', { name: 'Suggested for you' });
    expect(within(card).getByRole('link', { name: 'See suggestions' })).toHaveAttribute('href', '/suggestions');

    // On narrow screens (as in these tests) the navigation sits in a menu.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open menu' }));
    expect(await screen.findByRole('menuitem', { name: 'Suggestions' })).toHaveAttribute('href', '/suggestions');
  });
});
