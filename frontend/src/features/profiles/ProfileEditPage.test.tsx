import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

describe('ProfileEditPage', () => {
  it('when the profile changed elsewhere (409), says so and reloads the latest version on request', async () => {
    let loads = 0;
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': () => {
        loads += 1;
        const latest = loads > 1;
        const profile = buildProfile({
          isOwner: true,
          version: latest ? 3 : 2,
          headline: { en: latest ? 'Changed on my phone' : 'UX designer for fintech' },
        });
        return { status: 200, body: { profile } };
      },
      'PUT /api/profiles/me': {
        status: 409,
        body: {
          error: { code: 'version_conflict', message: 'Changed elsewhere', details: { currentVersion: 3 } },
        },
      },
    });
    renderApp('/profile/edit');
    const user = userEvent.setup();

    const headline = await screen.findByRole('textbox', { name: 'Headline (English)' });
    await user.clear(headline);
    await user.type(headline, 'New');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText(/Your profile was changed somewhere else/)).toBeVisible();
    expect(api.calls('PUT /api/profiles/me')[0]?.body).toMatchObject({ version: 2, headline: { en: 'New' } });
    expect(screen.getByRole('button', { name: 'Save profile' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Reload latest' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Headline (English)' })).toHaveValue('Changed on my phone'),
    );
    expect(screen.queryByText(/Your profile was changed somewhere else/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save profile' })).toBeEnabled();
  }, 15_000);

  it('saves with the loaded version and shows the profile', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ isOwner: true, version: 4 }) } },
      'PUT /api/profiles/me': ({ body }) => ({
        status: 200,
        body: { profile: buildProfile({ ...(body as object), isOwner: true, version: 5 }) },
      }),
    });
    const { router } = renderApp('/profile/edit');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile has been saved.')).toBeVisible();
    expect(router.state.location.pathname).toBe('/profile');
    expect(api.calls('PUT /api/profiles/me')[0]?.body).toMatchObject({
      version: 4,
      kind: 'creator',
      tags: ['ux-ui'],
      creator: { disciplines: ['UX design'], portfolioLinks: [] },
    });
  });
});
