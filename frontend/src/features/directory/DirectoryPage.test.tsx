import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const page = (names: string[], nextCursor: string | null) => ({
  status: 200,
  body: {
    items: names.map((name, index) =>
      buildProfile({
        id: `${name.toLowerCase()}-${index}`,
        name: { en: name },
        headline: { en: `${name}'s headline` },
      }),
    ),
    nextCursor,
  },
});

describe('DirectoryPage', () => {
  it('builds the query from the filters, keeps it in the URL and loads the next page', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles?kind=creator': page(['Aiko'], null),
      'GET /api/profiles?kind=creator&tags=ai&offers=design': page(['Ren', 'Mika'], 'cursor-2'),
      'GET /api/profiles?kind=creator&tags=ai&offers=design&cursor=cursor-2': page(['Sora'], null),
    });
    const { router } = renderApp('/directory?kind=creator');
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Aiko' })).toHaveAttribute('href', '/profiles/aiko-0');

    // On a narrow screen (as in these tests) the filters open in a drawer.
    await user.click(screen.getByRole('button', { name: /Filters/ }));
    const filters = await screen.findByRole('dialog', { name: 'Filters' });
    expect(within(filters).getByRole('checkbox', { name: 'Creator' })).toBeChecked();
    await user.type(within(filters).getByRole('combobox', { name: 'Tags' }), 'AI');
    await user.click(await screen.findByRole('option', { name: 'AI AI・人工知能' }));
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'They offer' }), 'Design');
    await user.click(within(filters).getByRole('button', { name: 'Show results' }));

    expect(await screen.findByRole('link', { name: 'Ren' })).toBeVisible();
    expect(router.state.location.search).toBe('?kind=creator&tags=ai&offers=design');

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    const sora = await screen.findByRole('link', { name: 'Sora' });
    await waitFor(() => expect(sora).toHaveFocus());
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText("That's everyone.")).toBeVisible();
    expect(api.calls('GET /api/profiles?kind=creator&tags=ai&offers=design&cursor=cursor-2')).toHaveLength(1);
  }, 15_000);

  it('keywords in the filters search by text (ranked by the server) and land in the URL as q', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles': page(['Aiko'], null),
      'GET /api/profiles?q=design': page(['Ren', 'Mika'], null),
    });
    const { router } = renderApp('/directory');
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Aiko' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Filters/ }));
    const filters = await screen.findByRole('dialog', { name: 'Filters' });
    await user.type(within(filters).getByRole('searchbox', { name: 'Keywords' }), 'design');
    await user.click(within(filters).getByRole('button', { name: 'Show results' }));

    expect(await screen.findByRole('link', { name: 'Ren' })).toBeVisible();
    expect(router.state.location.search).toBe('?q=design');
    expect(screen.getAllByRole('article').map((card) => within(card).getByRole('link').textContent)).toEqual([
      'Ren',
      'Mika',
    ]);
    expect(api.calls('GET /api/profiles?q=design')).toHaveLength(1);
  });

  it('when nothing matches, offers to clear the filters', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles?kind=corporate&area=overseas': page([], null),
      'GET /api/profiles': page(['Aiko'], null),
    });
    const { router } = renderApp('/directory?kind=corporate&area=overseas');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'No profiles match these filters' })).toBeVisible();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear[clear.length - 1] as HTMLElement);

    expect(await screen.findByRole('link', { name: 'Aiko' })).toBeVisible();
    expect(router.state.location.search).toBe('');
  });

  it('when loading fails, shows the error with a retry', async () => {
    let calls = 0;
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles': () => {
        calls += 1;
        return calls === 1 ? { status: 503, body: 'Service Unavailable' } : page(['Aiko'], null);
      },
    });
    renderApp('/directory');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Aiko' })).toBeVisible();
  });
});
