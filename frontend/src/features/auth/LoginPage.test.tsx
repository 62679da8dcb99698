import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anonymous, buildUser, mockApi } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

describe('LoginPage', () => {
  it('when submitted empty, shows field errors and calls no login API', async () => {
    const api = mockApi({ 'GET /api/me': anonymous });
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    const email = screen.getByRole('textbox', { name: /email/i });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('This field is required.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription('This field is required.');
    expect(api.calls('POST /api/auth/login')).toHaveLength(0);
  });

  it('when the email is malformed, says so next to the field', async () => {
    mockApi({ 'GET /api/me': anonymous });
    renderApp('/login');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /email/i }), 'not-an-email');
    await user.type(screen.getByLabelText(/^password/i), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('with valid input, posts the normalised credentials and goes to `next`', async () => {
    const api = mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/login': { status: 200, body: { user: buildUser({ displayName: 'Aiko' }) } },
    });
    const { router } = renderApp('/login?next=%2Fsettings');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /email/i }), ' Aiko@Example.com ');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/settings');
    expect(api.calls('POST /api/auth/login')[0]?.body).toEqual({
      email: 'aiko@example.com',
      password: 'correct horse battery',
    });
  });

  it('when the server refuses the credentials, shows its translated message', async () => {
    mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/login': {
        status: 401,
        body: { error: { code: 'invalid_credentials', message: 'Invalid email or password' } },
      },
    });
    renderApp('/login');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /email/i }), 'aiko@example.com');
    await user.type(screen.getByLabelText(/^password/i), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent("That email and password don't match an account."),
    );
  });

  it('ignores an off-site `next` and goes home instead', async () => {
    mockApi({
      'GET /api/me': anonymous,
      'POST /api/auth/login': { status: 200, body: { user: buildUser() } },
    });
    const { router } = renderApp('/login?next=%2F%2Fevil.example');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /email/i }), 'aiko@example.com');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Aiko' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
