import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, notFound, signedInAs, type RecordedRequest } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const savedDraft = ({ body }: RecordedRequest) => ({
  status: 200,
  body: { draft: { ...(body as object), updatedAt: '2026-02-01T00:00:00.000Z' } },
});

/** A draft left at the tags step (index 2) by a creator who had filled in the basics. */
const draftAtTags = {
  status: 200,
  body: {
    draft: {
      step: 2,
      updatedAt: '2026-02-01T09:00:00.000Z',
      data: {
        kind: 'creator',
        name: { ja: '結びラボ', en: '' },
        headline: { ja: '横浜のデザインスタジオ', en: '' },
        description: { ja: 'UXデザインとイラストの小さなスタジオです。', en: '' },
        location: { area: 'yokohama', city: '', country: '' },
        languages: ['ja'],
        tags: [],
      },
    },
  },
};

describe('OnboardingPage', () => {
  it('checks each step before moving on and saves the draft on every step change', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': notFound,
      'GET /api/profiles/me/draft': notFound,
      'PUT /api/profiles/me/draft': savedDraft,
    });
    renderApp('/onboarding');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose one of the three.')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(api.calls('PUT /api/profiles/me/draft')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Creator' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const basics = await screen.findByRole('heading', { name: 'The basics', level: 2 });
    expect(basics).toHaveFocus();
    await waitFor(() => expect(api.calls('PUT /api/profiles/me/draft')).toHaveLength(1));
    expect(api.calls('PUT /api/profiles/me/draft')[0]?.body).toMatchObject({ step: 1, data: { kind: 'creator' } });

    // The basics need a name, headline and description in one language, and an area.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const nameInEnglish = screen.getByRole('textbox', { name: 'Name (English)' });
    expect(nameInEnglish).toHaveAccessibleDescription('Fill this in in Japanese or English (or both).');
    await waitFor(() => expect(nameInEnglish).toHaveFocus());
    expect(screen.getByRole('combobox', { name: /^Area/ })).toHaveAccessibleDescription('This field is required.');
    expect(api.calls('PUT /api/profiles/me/draft')).toHaveLength(1);

    await user.type(nameInEnglish, 'Lab');
    await user.type(screen.getByRole('textbox', { name: 'Headline (English)' }), 'UX');
    await user.type(screen.getByRole('textbox', { name: 'Description (English)' }), 'Hi');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Area/ }), 'Yokohama');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { name: 'Tags', level: 2 })).toHaveFocus();
    await waitFor(() => expect(api.calls('PUT /api/profiles/me/draft')).toHaveLength(2));
    expect(api.calls('PUT /api/profiles/me/draft')[1]?.body).toMatchObject({
      step: 2,
      data: {
        kind: 'creator',
        name: { en: 'Lab', ja: '' },
        location: { area: 'yokohama' },
        languages: ['en'],
      },
    });
  }, 20_000);

  it('resumes from the saved draft at its step, with what was typed before', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': notFound,
      'GET /api/profiles/me/draft': draftAtTags,
      'PUT /api/profiles/me/draft': savedDraft,
    });
    renderApp('/onboarding');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Tags', level: 2 })).toBeVisible();
    expect(screen.getByText("Welcome back — we've restored your progress.")).toBeVisible();
    expect(screen.getByText('Step 3 of 7 · Tags')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: 'The basics', level: 2 })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Name (Japanese)' })).toHaveValue('結びラボ');
    expect(screen.getByRole('combobox', { name: /^Area/ })).toHaveValue('yokohama');
  });

  it('adds a vocabulary tag from the suggestions and a free tag with Enter, as chips', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': notFound,
      'GET /api/profiles/me/draft': draftAtTags,
      'PUT /api/profiles/me/draft': savedDraft,
    });
    renderApp('/onboarding');
    const user = userEvent.setup();

    const tags = await screen.findByRole('combobox', { name: 'Tags' });
    await user.type(tags, 'AI');
    // Suggestions are in the interface language, with the Japanese label beside them.
    await user.click(await screen.findByRole('option', { name: 'AI AI・人工知能' }));
    await user.type(tags, 'Yokohama beer{Enter}');

    const field = tags.closest('.MuiAutocomplete-root') as HTMLElement;
    expect(within(field).getByText('AI')).toBeVisible();
    expect(within(field).getByText('Yokohama beer')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.calls('PUT /api/profiles/me/draft')).toHaveLength(1));
    expect(api.calls('PUT /api/profiles/me/draft')[0]?.body).toMatchObject({
      step: 3,
      data: { tags: ['ai', 'Yokohama beer'] },
    });
  });

  it('someone who already has a profile is taken to it', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ isOwner: true }) } },
    });
    const { router } = renderApp('/onboarding');
    expect(await screen.findByRole('heading', { name: 'Aiko Sato', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/profile');
  });
});
