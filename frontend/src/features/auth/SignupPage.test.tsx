import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anonymous, buildUser, mockApi, notFound } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

async function fillForm() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /email/i }), 'ren@example.com');
  await user.type(screen.getByLabelText(/^password/i), 'a long enough password');
  await user.type(screen.getByRole('textbox', { name: /display name/i }), 'Ren');
  return user;
}

describe('SignupPage', () => {
  it('defaults the time zone to the browser zone and validates the password length', async () => {
    const api = mockApi({ 'GET /api/me': anonymous });
    renderApp('/signup');
    const user = userEvent.setup();

    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/_/g, ' ');
    const timeZone = await screen.findByRole<HTMLInputElement>('combobox', { name: /time zone/i });
    expect(timeZone.value).toContain(zone);

    await user.type(screen.getByLabelText(/^password/i), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription('Use at least 10 characters.');
    expect(api.calls('POST /api/auth/register')).toHaveLength(0);
  });

  it('asks to organise events with a note (no role), logs in when the server answers neutrally, then starts the profile wizard', async () => {
    const missing = { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
    const api = mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/register': { status: 202, body: { status: 'accepted' } },
      'POST /api/auth/login': {
        status: 200,
        body: {
          user: buildUser({
            displayName: 'Ren',
            organiserRequest: { status: 'pending', note: 'Pitch nights', requestedAt: null, decidedAt: null },
          }),
        },
      },
      'GET /api/profiles/me': missing,
      'GET /api/profiles/me/draft': missing,
    });
    const { router } = renderApp('/signup');
    const user = await fillForm();
    await user.click(screen.getByRole('radio', { name: '日本語' }));
    expect(screen.queryByRole('textbox', { name: 'What events do you run?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'I want to organise events' }));
    await user.type(screen.getByRole('textbox', { name: 'What events do you run?' }), 'Pitch nights');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Create your profile', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/onboarding');
    expect(api.calls('POST /api/auth/register')[0]?.body).toEqual({
      email: 'ren@example.com',
      password: 'a long enough password',
      displayName: 'Ren',
      language: 'ja',
      organiserRequest: { note: 'Pitch nights' },
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(api.calls('POST /api/auth/login')[0]?.body).toEqual({
      email: 'ren@example.com',
      password: 'a long enough password',
    });
  });

  it('sends no organiser request (and never a role) when the box is left unticked', async () => {
    const api = mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/register': { status: 202, body: { status: 'accepted' } },
      'POST /api/auth/login': { status: 200, body: { user: buildUser({ displayName: 'Ren' }) } },
      'GET /api/profiles/me': notFound,
      'GET /api/profiles/me/draft': notFound,
    });
    renderApp('/signup');
    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(api.calls('POST /api/auth/register')).toHaveLength(1));
    const body = api.calls('POST /api/auth/register')[0]?.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['displayName', 'email', 'language', 'password', 'timeZone']);
  });

  it('when the follow-up login fails, suggests logging in without saying the email exists', async () => {
    mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/register': { status: 202, body: { status: 'accepted' } },
      'POST /api/auth/login': {
        status: 401,
        body: { error: { code: 'invalid_credentials', message: 'Invalid email or password' } },
      },
    });
    renderApp('/signup');
    const user = await fillForm();
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'If you already have an account with this email, please log in.',
      ),
    );
  });
});
