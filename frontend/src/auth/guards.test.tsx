import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anonymous, buildUser, mockApi, signedInAs } from '../test/fakes';
import { renderApp } from '../test/renderApp';

describe('route guards', () => {
  it('when logged out, a protected page redirects to /login with `next`', async () => {
    mockApi({ 'GET /api/me': anonymous });
    const { router } = renderApp('/settings');

    expect(await screen.findByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fsettings');
  });

  it('when logged in, the protected page renders', async () => {
    mockApi({ 'GET /api/me': signedInAs(buildUser()) });
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
  });

  it('when logged in, /login and /signup go home', async () => {
    mockApi({ 'GET /api/me': signedInAs(buildUser({ displayName: 'Ren' })) });
    const { router } = renderApp('/signup');
    expect(await screen.findByRole('heading', { name: 'Welcome, Ren' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('when the session cannot be checked, offers to retry instead of redirecting', async () => {
    const api = mockApi({ 'GET /api/me': anonymous });
    api.fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { router } = renderApp('/settings');

    expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('an unknown path shows the not-found page', async () => {
    mockApi({ 'GET /api/me': anonymous });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

describe('a session lost while using the app', () => {
  it('sends the user to log in again, coming back to the same page', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'PATCH /api/me': anonymous,
    });
    const { router } = renderApp('/settings');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    expect(router.state.location.search).toBe('?next=%2Fsettings');
  });
});
