import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { applicationPage, CALL_ID, posterView } from './callsTestData';

const organiser = buildUser({ role: 'organiser' });

describe('CallFormPage', () => {
  it(
    'validates with the shared schema and saves a draft, then opens it after a confirmation',
    { timeout: 40_000 },
    async () => {
      const draft = posterView({ status: 'draft', applicationCount: 0 });
      const api = mockApi({
        'GET /api/me': signedInAs(organiser),
        'POST /api/calls': { status: 201, body: draft },
        [`GET /api/calls/${CALL_ID}`]: { status: 200, body: draft },
        [`GET /api/calls/${CALL_ID}/applications`]: { status: 200, body: applicationPage([]) },
        [`POST /api/calls/${CALL_ID}/status`]: { status: 200, body: posterView({ version: 3 }) },
      });
      const { router } = renderApp('/calls/new');
      const user = userEvent.setup();

      expect(await screen.findByRole('heading', { name: 'Post an open call', level: 1 })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Save as draft' }));
      expect(await screen.findAllByText('Fill in Japanese or English (or both).')).toHaveLength(2);
      expect(screen.getByLabelText('Date')).toHaveAccessibleDescription('Choose a deadline date.');
      expect(api.calls('POST /api/calls')).toHaveLength(0);

      fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'PoC: easing station crowding' } });
      fireEvent.change(screen.getByLabelText('Challenge (Japanese)'), {
        target: { value: 'ラッシュ時の混雑を分散したい' },
      });
      fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2099-01-15' } });
      fireEvent.change(screen.getByLabelText('Time'), { target: { value: '18:00' } });
      await user.click(screen.getByRole('checkbox', { name: 'Field / venue' }));
      await user.click(screen.getByRole('checkbox', { name: 'Data' }));
      await user.click(screen.getByRole('checkbox', { name: 'Startup' }));
      await user.click(screen.getByRole('button', { name: 'Save as draft' }));

      expect(await screen.findByRole('heading', { name: 'PoC: easing station crowding', level: 1 })).toBeVisible();
      expect(router.state.location.pathname).toBe(`/calls/${CALL_ID}`);
      expect(api.calls('POST /api/calls')[0]?.body).toEqual({
        title: { en: 'PoC: easing station crowding' },
        challenge: { ja: 'ラッシュ時の混雑を分散したい' },
        tags: [],
        offers: ['field-venue', 'data'],
        eligibleKinds: ['startup'],
        eligibleAreas: [],
        deadline: { date: '2099-01-15', time: '18:00' },
        timeZone: 'Asia/Tokyo',
      });

      // Opening asks first.
      await user.click(screen.getByRole('button', { name: 'Open for applications' }));
      const dialog = await screen.findByRole('dialog', { name: 'Open this call?' });
      await user.click(within(dialog).getByRole('button', { name: 'Open for applications' }));
      expect(await screen.findByRole('button', { name: 'Close' })).toBeVisible();
      expect(api.calls(`POST /api/calls/${CALL_ID}/status`)[0]?.body).toEqual({ version: 2, status: 'open' });
    },
  );

  it('edits a call with the version it was loaded with', { timeout: 30_000 }, async () => {
    const call = posterView();
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET /api/calls/${CALL_ID}`]: { status: 200, body: call },
      [`PATCH /api/calls/${CALL_ID}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'x', details: { reason: 'stale' } } },
      },
    });
    renderApp(`/calls/${CALL_ID}/edit`);
    const user = userEvent.setup();

    expect(await screen.findByLabelText('Title (English)')).toHaveValue('PoC: easing station crowding');
    expect(screen.getByRole('checkbox', { name: 'Data' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone changed this in the meantime. Reload and try again.')).toBeVisible();
    expect(api.calls(`PATCH /api/calls/${CALL_ID}`)[0]?.body).toMatchObject({
      version: 2,
      offers: ['field-venue', 'data'],
    });
  });
});
