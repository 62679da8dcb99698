import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anonymous, buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const results = (...names: string[]) => ({
  status: 200,
  body: {
    items: names.map((name, index) => buildProfile({ id: `p${index}`, name: { en: name } })),
    nextCursor: null,
  },
});

const searchKey = (q: string) => `GET /api/profiles?${new URLSearchParams({ q }).toString()}`;

describe('search', () => {
  it('the app bar search opens a field, goes to /search?q= and shows the ranked results', async () => {
    const api = mockApi({
      'GET /api/me': anonymous,
      [searchKey('design')]: results('Ren Studio', 'Mika Labs'),
      [searchKey('デザイン')]: results('結びデザイン室'),
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    // Narrow screen (as in these tests): the field hides behind an icon.
    await user.click(await screen.findByRole('button', { name: 'Search' }));
    const header = screen.getByRole('banner');
    await user.type(within(header).getByRole('searchbox', { name: 'Search profiles' }), 'design{Enter}');

    expect(await screen.findByRole('heading', { name: 'Results for “design”', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=design');
    const cards = await screen.findAllByRole('article');
    // The server's order is kept: it is the ranking.
    expect(cards.map((card) => within(card).getByRole('link').textContent)).toEqual(['Ren Studio', 'Mika Labs']);
    expect(within(header).queryByRole('searchbox')).not.toBeInTheDocument();

    // Japanese words work the same, here from the page's own field.
    const main = screen.getByRole('main');
    const field = within(main).getByRole('searchbox', { name: 'Search profiles' });
    expect(field).toHaveValue('design');
    await user.clear(field);
    await user.type(field, 'デザイン{Enter}');

    expect(await screen.findByRole('link', { name: '結びデザイン室' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “デザイン”');
    expect(api.calls(searchKey('デザイン'))).toHaveLength(1);
  });

  it('Escape closes the app bar field and gives focus back to the search button', async () => {
    mockApi({ 'GET /api/me': anonymous });
    renderApp('/');
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: 'Search' });

    await user.click(open);
    await user.keyboard('{Escape}');

    expect(within(screen.getByRole('banner')).queryByRole('searchbox')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(open).toHaveFocus());
  });

  it('when nothing matches, offers the directory with its filters', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [searchKey('quantum origami')]: results(),
    });
    renderApp('/search?q=quantum%20origami');

    expect(await screen.findByRole('heading', { name: 'No profiles found for “quantum origami”' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Refine with filters' })).toHaveAttribute(
      'href',
      '/directory?q=quantum+origami',
    );
  });

  it('while the index warms up, waits and asks again', async () => {
    let calls = 0;
    mockApi({
      'GET /api/me': anonymous,
      [searchKey('design')]: () => {
        calls += 1;
        return calls === 1
          ? {
              status: 503,
              headers: { 'Retry-After': '1' },
              body: { error: { code: 'service_unavailable', message: 'Warming up' } },
            }
          : results('Ren Studio');
      },
    });
    renderApp('/search?q=design');

    expect(await screen.findByText('Getting things ready…')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Ren Studio' }, { timeout: 3000 })).toBeVisible();
  });
});
