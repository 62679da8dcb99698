import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PairDto } from '@musubi/shared';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { A_ID, buildPair, C_ID, EVENT_ID, organiserView, profileC } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;
const counts = { suggested: 2, approved: 0, rejected: 0, introduced: 0 };

describe('PairsTab (curation)', () => {
  it(
    'approves a pair, bulk-approves the top N and introduces with the edited default message',
    { timeout: 40_000 },
    async () => {
      const second = buildPair({
        key: `${A_ID}-${C_ID}`,
        b: profileC,
        kinds: 'corporate-startup',
        score: 7,
        strength: { level: 'good', percent: 56 },
      });
      let pairs: PairDto[] = [buildPair(), second];
      const api = mockApi({
        'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
        [`GET ${base}`]: { status: 200, body: organiserView() },
        [`GET ${base}/pairs?limit=100&lang=en`]: () => ({
          status: 200,
          body: { items: pairs, nextCursor: null, counts },
        }),
        [`GET ${base}/pairs?kinds=corporate-startup&limit=100&lang=en`]: () => ({
          status: 200,
          body: { items: [second], nextCursor: null, counts },
        }),
        [`POST ${base}/pairs/${buildPair().key}/decision`]: () => {
          pairs = [buildPair({ status: 'approved' }), second];
          return { status: 200, body: pairs[0] };
        },
        [`POST ${base}/pairs/bulk-approve`]: { status: 200, body: { approved: 1 } },
        [`GET ${base}/pairs/${buildPair().key}/introduction?lang=en`]: {
          status: 200,
          body: { message: 'Mobility Lab, meet Aiko Sato.' },
        },
        [`POST ${base}/pairs/${buildPair().key}/introduce`]: () => {
          pairs = [buildPair({ status: 'introduced', conversationId: 'conv42' }), second];
          return { status: 200, body: pairs[0] };
        },
      });
      renderApp(`/events/${EVENT_ID}/manage?tab=pairs`);
      const user = userEvent.setup();

      const list = await screen.findByRole('list', { name: 'Pairs' }, { timeout: 5000 });
      const first = within(list).getByRole('listitem', { name: 'Mobility Lab and Aiko Sato' });
      expect(within(first).getByRole('meter', { name: /Match/ })).toHaveAttribute('aria-valuenow', '82');
      expect(within(first).getByText('Design')).toBeInTheDocument();

      await user.click(within(first).getByRole('button', { name: 'Approve Mobility Lab and Aiko Sato' }));
      expect(api.calls(`POST ${base}/pairs/${buildPair().key}/decision`)[0]?.body).toEqual({ action: 'approve' });
      const approved = await within(list).findByRole('listitem', { name: 'Mobility Lab and Aiko Sato' });
      expect(await within(approved).findByText('Approved')).toBeVisible();

      // Bulk approval of the top N within the chosen kind pair.
      await user.click(screen.getByRole('combobox', { name: 'Kind pair' }));
      await user.click(await screen.findByRole('option', { name: 'Corporate × Startup' }));
      await waitFor(() =>
        expect(api.calls(`GET ${base}/pairs?kinds=corporate-startup&limit=100&lang=en`)).toHaveLength(1),
      );
      fireEvent.change(screen.getByLabelText('Top N'), { target: { value: '5' } });
      await user.click(screen.getByRole('button', { name: 'Approve the top suggestions' }));
      expect(await screen.findByText('Approved 1 pair.')).toBeVisible();
      expect(api.calls(`POST ${base}/pairs/bulk-approve`)[0]?.body).toEqual({ top: 5, kinds: ['corporate-startup'] });

      // Back to all kinds: introduce the approved pair with an edited message.
      await user.click(screen.getByRole('combobox', { name: 'Kind pair' }));
      await user.click(await screen.findByRole('option', { name: 'All kinds' }));
      const row = await screen.findByRole('listitem', { name: 'Mobility Lab and Aiko Sato' });
      await user.click(within(row).getByRole('button', { name: 'Introduce Mobility Lab and Aiko Sato' }));
      const dialog = await screen.findByRole('dialog', { name: 'Introduce the pair' });
      const message = await within(dialog).findByRole('textbox', { name: 'Introduction message' });
      expect(message).toHaveValue('Mobility Lab, meet Aiko Sato.');
      await user.type(message, ' Both work on mobility.');
      await user.click(within(dialog).getByRole('button', { name: 'Send introduction' }));
      expect(await screen.findByText('The introduction was sent.')).toBeVisible();
      expect(api.calls(`POST ${base}/pairs/${buildPair().key}/introduce`)[0]?.body).toEqual({
        message: 'Mobility Lab, meet Aiko Sato. Both work on mobility.',
      });
      const introduced = await screen.findByRole('listitem', { name: 'Mobility Lab and Aiko Sato' });
      expect(await within(introduced).findByRole('link', { name: 'Open conversation' })).toHaveAttribute(
        'href',
        '/messages/conv42',
      );
    },
  );

  it('shows a stale decision as a translated conflict', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/pairs?limit=100&lang=en`]: {
        status: 200,
        body: { items: [buildPair()], nextCursor: null, counts },
      },
      [`POST ${base}/pairs/${buildPair().key}/decision`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Stale', details: { reason: 'stale' } } },
      },
    });
    renderApp(`/events/${EVENT_ID}/manage?tab=pairs`);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Reject Mobility Lab and Aiko Sato' }, { timeout: 5000 }),
    );
    expect(await screen.findByText(/Someone else changed this event meanwhile/)).toBeVisible();
  });

  it('explains that a pair with a hidden profile cannot be approved', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/pairs?limit=100&lang=en`]: {
        status: 200,
        body: { items: [buildPair()], nextCursor: null, counts },
      },
      [`POST ${base}/pairs/${buildPair().key}/decision`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Hidden', details: { reason: 'profile_hidden' } } },
      },
    });
    renderApp(`/events/${EVENT_ID}/manage?tab=pairs`);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Approve Mobility Lab and Aiko Sato' }, { timeout: 5000 }),
    );
    expect(await screen.findByText(/cannot see each other’s profiles/)).toBeVisible();
  });

  it('explains on demand what holds a pair down, naming the side whose needs are met', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/pairs?limit=100&lang=en`]: {
        status: 200,
        body: { items: [buildPair()], nextCursor: null, counts },
      },
      [`GET ${base}/pairs/${buildPair().key}/why-not-higher`]: {
        status: 200,
        body: {
          pairKey: buildPair().key,
          limits: [
            { code: 'one-sided', profileId: A_ID },
            { code: 'common-categories', categories: ['co-creation'] },
            { code: 'no-shared-tags' },
          ],
        },
      },
    });
    renderApp(`/events/${EVENT_ID}/manage?tab=pairs`);
    const user = userEvent.setup();
    const toggle = await screen.findByRole(
      'button',
      { name: 'Why not higher? (Mobility Lab and Aiko Sato)' },
      { timeout: 5000 },
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(api.calls(`GET ${base}/pairs/${buildPair().key}/why-not-higher`)).toHaveLength(0);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = await screen.findByRole('region', { name: 'Why not higher? (Mobility Lab and Aiko Sato)' });
    expect(
      await within(region).findByText(
        "Only one side's needs are met: Mobility Lab finds what they seek, the other finds little.",
      ),
    ).toBeVisible();
    expect(within(region).getByText(/categories most members share \(Co-creation\)/)).toBeVisible();
    expect(within(region).getByText('They share no tags.')).toBeVisible();
  });
});
