import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildConversation } from '../chat/chatTestData';
import {
  APP_NEW_ID,
  APP_SHORT_ID,
  applicationPage,
  buildApplication,
  CALL_ID,
  creator,
  posterView,
} from './callsTestData';

const base = `/api/calls/${CALL_ID}`;
const poster = buildUser({ id: 'corp1' });
const fresh = buildApplication();
const shortlisted = buildApplication({
  id: APP_SHORT_ID,
  applicant: creator,
  applicantUserId: 'u-creator',
  status: 'shortlisted',
  version: 3,
  pitch: { en: 'We design wayfinding.' },
  links: [],
  score: 8,
  strength: { level: 'good', percent: 58 },
});

describe("The poster's review of applications", () => {
  it(
    'shortlists after a confirmation and saves private notes with the current version',
    { timeout: 40_000 },
    async () => {
      const api = mockApi({
        'GET /api/me': signedInAs(poster),
        [`GET ${base}`]: { status: 200, body: posterView() },
        [`GET ${base}/applications`]: { status: 200, body: applicationPage([fresh, shortlisted]) },
        [`PATCH ${base}/applications/${APP_NEW_ID}`]: ({ body }) => {
          const change = body as { status?: string; notes?: string; version: number };
          return {
            status: 200,
            body: { ...fresh, ...change, status: change.status ?? 'shortlisted', version: change.version + 1 },
          };
        },
      });
      renderApp(`/calls/${CALL_ID}`);
      const user = userEvent.setup();

      const card = await screen.findByRole('article', { name: 'Mobility Lab' });
      expect(within(card).getByRole('meter', { name: 'Match strength' })).toHaveAttribute('aria-valuenow', '76');
      expect(within(card).getByRole('link', { name: 'https://mobility.example/deck' })).toHaveAttribute(
        'href',
        'https://mobility.example/deck',
      );
      // A link that is not http(s) is shown as text, never as a link.
      expect(within(card).queryByRole('link', { name: 'javascript:alert(1)' })).not.toBeInTheDocument();
      expect(within(card).getByText('javascript:alert(1)')).toBeVisible();
      expect(screen.getByRole('button', { name: 'All (2)' })).toBeVisible();

      await user.click(within(card).getByRole('button', { name: 'Shortlist' }));
      const dialog = await screen.findByRole('dialog', { name: 'Shortlist Mobility Lab?' });
      await user.click(within(dialog).getByRole('button', { name: 'Shortlist' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(within(card).getByText('Shortlisted')).toBeVisible();
      expect(api.calls(`PATCH ${base}/applications/${APP_NEW_ID}`)[0]?.body).toEqual({
        version: 1,
        status: 'shortlisted',
      });
      expect(screen.getByRole('button', { name: 'Shortlisted (2)' })).toBeVisible();

      fireEvent.change(within(card).getByLabelText('Private notes'), { target: { value: 'Strong field data.' } });
      await user.click(within(card).getByRole('button', { name: 'Save notes' }));
      expect(await within(card).findByText('Notes saved.')).toBeVisible();
      expect(api.calls(`PATCH ${base}/applications/${APP_NEW_ID}`)[1]?.body).toEqual({
        version: 2,
        notes: 'Strong field data.',
      });
    },
  );

  it('from a shortlisted application, Message starts the conversation and opens it', { timeout: 40_000 }, async () => {
    const conversation = buildConversation();
    const api = mockApi({
      'GET /api/me': signedInAs(poster),
      [`GET ${base}`]: { status: 200, body: posterView() },
      [`GET ${base}/applications`]: { status: 200, body: applicationPage([fresh, shortlisted]) },
      [`POST ${base}/applications/${APP_SHORT_ID}/conversation`]: { status: 200, body: conversation },
    });
    const { router } = renderApp(`/calls/${CALL_ID}`);
    const user = userEvent.setup();

    const card = await screen.findByRole('article', { name: 'Ren Studio' });
    expect(within(card).getByRole('button', { name: 'Request meeting' })).toBeVisible();
    // Only a shortlisted application offers contact.
    const other = screen.getByRole('article', { name: 'Mobility Lab' });
    expect(within(other).queryByRole('button', { name: 'Message' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Message' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/messages/${conversation.id}`));
    expect(api.calls(`POST ${base}/applications/${APP_SHORT_ID}/conversation`)).toHaveLength(1);
  });

  it('filters by status', { timeout: 30_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(poster),
      [`GET ${base}`]: { status: 200, body: posterView() },
      [`GET ${base}/applications`]: { status: 200, body: applicationPage([fresh, shortlisted]) },
      [`GET ${base}/applications?status=shortlisted`]: {
        status: 200,
        body: {
          ...applicationPage([shortlisted]),
          counts: { new: 1, shortlisted: 1, accepted: 0, declined: 0, withdrawn: 0 },
        },
      },
    });
    renderApp(`/calls/${CALL_ID}`);
    const user = userEvent.setup();

    await screen.findByRole('article', { name: 'Mobility Lab' });
    await user.click(screen.getByRole('button', { name: 'Shortlisted (1)' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Mobility Lab' })).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'Ren Studio' })).toBeVisible();
    expect(api.calls(`GET ${base}/applications?status=shortlisted`)).toHaveLength(1);
  });
});
