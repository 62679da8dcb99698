import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SuggestionDto } from '@musubi/shared';
import { buildProfileCard, buildSuggestion, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const REN_ID = '665f000000000000000000a1';
const MIKA_ID = '665f000000000000000000a2';

const ren = buildSuggestion({
  profile: buildProfileCard({ id: REN_ID, name: { en: 'Ren Studio', ja: 'レン・スタジオ' } }),
});
const mika = buildSuggestion({
  profile: buildProfileCard({ id: MIKA_ID, name: { en: 'Mika Labs' }, kind: 'corporate' }),
  score: 5,
  strength: { level: 'good', percent: 47 },
  reasons: [{ type: 'you-offer-they-seek', text: 'You offer Funding; they seek Funding', label: 'Funding' }],
});

const page = (items: SuggestionDto[], nextCursor: string | null = null) => ({
  status: 200,
  body: { items, nextCursor },
});

const feedbackOk = (action: string, profileId: string) => ({
  status: 200,
  body: { profileId, action, until: null },
});

const card = (name: string) => screen.findByRole('article', { name });

describe('SuggestionsPage', () => {
  it('shows each suggestion with its score and reason chips, filters taken from the URL', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?kind=creator%2Ccorporate&lang=en': page([ren, mika]),
    });
    renderApp('/suggestions?kind=creator,corporate');

    const renCard = await card('Ren Studio');
    expect(within(renCard).getByRole('meter', { name: 'Match strength' })).toHaveAttribute('aria-valuenow', '82');
    expect(within(renCard).getByText('Strong match')).toBeVisible();
    const reasons = within(renCard).getByRole('list', { name: 'Why we suggest them' });
    const chips = within(reasons).getAllByRole('listitem');
    expect(chips).toHaveLength(2);
    // The chip shows the label; screen readers get the whole sentence.
    expect(chips[0]).toHaveTextContent('Design');
    expect(within(chips[0] as HTMLElement).getByText('They offer Design; you seek Design')).toBeInTheDocument();
    expect(chips[0]?.querySelector('[data-reason]')).toHaveAttribute('data-reason', 'they-offer-you-seek');
    expect(within(chips[1] as HTMLElement).getByText('You share an interest in AI')).toBeInTheDocument();
    expect(within(renCard).getByRole('link', { name: 'View profile' })).toHaveAttribute('href', `/profiles/${REN_ID}`);

    const mikaCard = await card('Mika Labs');
    expect(within(mikaCard).getByRole('meter', { name: 'Match strength' })).toHaveAttribute('aria-valuenow', '47');
    expect(within(mikaCard).getByText('You offer Funding; they seek Funding')).toBeInTheDocument();
    expect(api.calls('GET /api/matches/suggestions?kind=creator%2Ccorporate&lang=en')).toHaveLength(1);
  });

  it('dismissing removes the card and Undo clears the feedback and brings it back', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': page([ren, mika]),
      [`POST /api/matches/${REN_ID}/feedback`]: ({ body }) => feedbackOk((body as { action: string }).action, REN_ID),
      [`DELETE /api/matches/${REN_ID}/feedback`]: { status: 204 },
    });
    renderApp('/suggestions');
    const user = userEvent.setup();

    await user.click(within(await card('Ren Studio')).getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByRole('article', { name: 'Ren Studio' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(await screen.findByText("Ren Studio won't be suggested again.")).toBeVisible();
    await waitFor(() => expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)).toHaveLength(1));
    expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)[0]?.body).toEqual({ action: 'dismiss' });

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await card('Ren Studio')).toBeVisible();
    // Back in its place, before Mika.
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByRole('article')[0]).toHaveTextContent('Ren Studio');
    await waitFor(() => expect(api.calls(`DELETE /api/matches/${REN_ID}/feedback`)).toHaveLength(1));
    expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)).toHaveLength(1);
  });

  it('"Not now" hides the card for a while, with the same undo', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': page([ren]),
      [`POST /api/matches/${REN_ID}/feedback`]: feedbackOk('not-now', REN_ID),
    });
    renderApp('/suggestions');
    const user = userEvent.setup();

    await user.click(within(await card('Ren Studio')).getByRole('button', { name: 'Not now' }));

    expect(await screen.findByText('Ren Studio is hidden for 14 days.')).toBeVisible();
    expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)[0]?.body).toEqual({ action: 'not-now' });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('Save toggles: saving posts "save", saving again deletes the feedback', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': page([ren]),
      [`POST /api/matches/${REN_ID}/feedback`]: feedbackOk('save', REN_ID),
      [`DELETE /api/matches/${REN_ID}/feedback`]: { status: 204 },
    });
    renderApp('/suggestions');
    const user = userEvent.setup();
    const save = within(await card('Ren Studio')).getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-pressed', 'false');

    await user.click(save);

    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Saved Ren Studio. Find them under Saved.')).toBeVisible();
    expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)[0]?.body).toEqual({ action: 'save' });

    await user.click(save);

    expect(save).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(api.calls(`DELETE /api/matches/${REN_ID}/feedback`)).toHaveLength(1));
  });

  it('when saving fails, the button goes back and the error is shown', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': page([ren]),
      [`POST /api/matches/${REN_ID}/feedback`]: {
        status: 404,
        body: { error: { code: 'not_found', message: 'Profile not found' } },
      },
    });
    renderApp('/suggestions');
    const user = userEvent.setup();
    const save = within(await card('Ren Studio')).getByRole('button', { name: 'Save' });

    await user.click(save);

    expect(await screen.findByText("We couldn't find that.")).toBeVisible();
    expect(save).toHaveAttribute('aria-pressed', 'false');
  });

  it('without a profile of their own, the member is invited to create one', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'Create your profile first',
            details: { reason: 'profile_required' },
          },
        },
      },
    });
    renderApp('/suggestions');

    expect(await screen.findByRole('heading', { name: 'Create your profile to get suggestions' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Create your profile' })).toHaveAttribute('href', '/onboarding');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('while the index warms up (503), says so and asks again by itself after Retry-After', async () => {
    let calls = 0;
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': () => {
        calls += 1;
        return calls === 1
          ? {
              status: 503,
              headers: { 'Retry-After': '1' },
              body: { error: { code: 'service_unavailable', message: 'Warming up' } },
            }
          : page([ren]);
      },
    });
    renderApp('/suggestions');

    expect(await screen.findByRole('heading', { name: 'Getting things ready…' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    expect(await screen.findByRole('article', { name: 'Ren Studio' }, { timeout: 3000 })).toBeVisible();
    expect(calls).toBe(2);
  });

  it('asks for the reasons in the interface language and again after a language switch', async () => {
    const account = buildUser({ language: 'en' });
    const inJapanese = buildSuggestion({
      ...ren,
      reasons: [
        {
          type: 'they-offer-you-seek',
          text: '相手はデザインを提供、あなたはデザインを求めています',
          label: 'デザイン',
          category: 'design',
        },
      ],
    });
    const api = mockApi({
      'GET /api/me': signedInAs(account),
      'PATCH /api/me': ({ body }) => ({ status: 200, body: { user: { ...account, ...(body as object) } } }),
      'GET /api/matches/suggestions?lang=en': page([ren]),
      'GET /api/matches/suggestions?lang=ja': page([inJapanese]),
    });
    renderApp('/suggestions');
    const user = userEvent.setup();
    expect(within(await card('Ren Studio')).getByText('Design')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /change language/i }));
    await user.click(screen.getByRole('menuitem', { name: '日本語' }));

    const japaneseCard = await card('レン・スタジオ');
    expect(within(japaneseCard).getByText('デザイン')).toBeVisible();
    expect(within(japaneseCard).getByText('相手はデザインを提供、あなたはデザインを求めています')).toBeInTheDocument();
    expect(within(japaneseCard).getByRole('meter', { name: '相性' })).toHaveAttribute('aria-valuenow', '82');
    expect(api.calls('GET /api/matches/suggestions?lang=ja')).toHaveLength(1);
  });

  it('with no suggestions, suggests improving the profile', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/suggestions?lang=en': page([]),
    });
    renderApp('/suggestions');

    expect(await screen.findByRole('heading', { name: 'No suggestions right now' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Edit your profile' })).toHaveAttribute('href', '/profile/edit');
  });
});

describe('SavedPage', () => {
  it('lists saved profiles; removing one deletes the feedback and Undo saves it again', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/saved': {
        status: 200,
        body: { items: [ren.profile, mika.profile], nextCursor: null },
      },
      [`DELETE /api/matches/${REN_ID}/feedback`]: { status: 204 },
      [`POST /api/matches/${REN_ID}/feedback`]: feedbackOk('save', REN_ID),
    });
    renderApp('/suggestions/saved');
    const user = userEvent.setup();
    const renCard = await card('Ren Studio');
    expect(screen.getByRole('tab', { name: 'Saved' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(renCard).getByRole('button', { name: 'Remove from saved' }));

    expect(screen.queryByRole('article', { name: 'Ren Studio' })).not.toBeInTheDocument();
    expect(await screen.findByText('Removed Ren Studio from your saved list.')).toBeVisible();
    await waitFor(() => expect(api.calls(`DELETE /api/matches/${REN_ID}/feedback`)).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await card('Ren Studio')).toBeVisible();
    await waitFor(() => expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)).toHaveLength(1));
    expect(api.calls(`POST /api/matches/${REN_ID}/feedback`)[0]?.body).toEqual({ action: 'save' });
  });

  it('when nothing is saved, points back to the suggestions', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/matches/saved': { status: 200, body: { items: [], nextCursor: null } },
    });
    renderApp('/suggestions/saved');

    expect(await screen.findByRole('heading', { name: 'Nothing saved yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'See suggestions' })).toHaveAttribute('href', '/suggestions');
  });
});
