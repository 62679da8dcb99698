import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';

const PROFILE_ID = '665f00000000000000000001';

describe('ProfilePage', () => {
  it('shows a profile written in both languages in the interface language, and switches with the toggle', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET /api/profiles/${PROFILE_ID}`]: { status: 200, body: { profile: buildProfile() } },
    });
    renderApp(`/profiles/${PROFILE_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Aiko Sato', level: 1 })).toBeVisible();
    expect(screen.getByText('UX designer for fintech')).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    // Not the owner: no edit button, and no contact details were sent.
    expect(screen.queryByRole('link', { name: 'Edit profile' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Contact' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '日本語' }));

    const name = screen.getByRole('heading', { name: '佐藤 愛子', level: 1 });
    expect(name).toHaveAttribute('lang', 'ja');
    expect(screen.getByText('フィンテック専門のUXデザイナー')).toBeVisible();
    // The interface itself stays in English.
    expect(screen.getByRole('heading', { name: 'Offers' })).toBeVisible();
  });

  it('for a profile in one language only, shows it without a toggle', async () => {
    const profile = buildProfile({ name: { ja: '結びラボ' }, headline: { ja: '横浜のスタジオ' }, description: {} });
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET /api/profiles/${PROFILE_ID}`]: { status: 200, body: { profile } },
    });
    renderApp(`/profiles/${PROFILE_ID}`);

    expect(await screen.findByRole('heading', { name: '結びラボ', level: 1 })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Profile language' })).not.toBeInTheDocument();
  });

  it('the owner sees Edit, and a picture over 1 MB is refused before any upload', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ isOwner: true }) } },
    });
    renderApp('/profile');
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Edit profile' })).toHaveAttribute('href', '/profile/edit');
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose a profile picture'), big);

    expect(await screen.findByRole('alert')).toHaveTextContent('This image is larger than 1 MB.');
    expect(api.calls('PUT /api/profiles/me/avatar')).toHaveLength(0);
  });

  it('maps the server refusing a picture (415) to a clear message', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/profiles/me': { status: 200, body: { profile: buildProfile({ isOwner: true }) } },
      'PUT /api/profiles/me/avatar': {
        status: 415,
        body: { error: { code: 'unsupported_media_type', message: 'Upload a PNG, JPEG or WebP image' } },
      },
    });
    renderApp('/profile');
    const user = userEvent.setup();

    const fake = new File(['not really a png'], 'photo.png', { type: 'image/png' });
    await user.upload(await screen.findByLabelText('Choose a profile picture'), fake);

    expect(await screen.findByRole('alert')).toHaveTextContent('Use a PNG, JPEG or WebP image.');
    await waitFor(() => expect(api.calls('PUT /api/profiles/me/avatar')).toHaveLength(1));
    const init = api.fetchMock.mock.calls.find(([url]) => url === '/api/profiles/me/avatar')?.[1];
    expect(init?.headers).toMatchObject({ 'Content-Type': 'image/png' });
    expect(init?.body).toBe(fake);
  });
});
