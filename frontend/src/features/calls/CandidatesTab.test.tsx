import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { CALL_ID, creatorCard, posterView, startupCard } from './callsTestData';

const base = `/api/calls/${CALL_ID}`;

describe('Candidates for a call', () => {
  it(
    'ranks candidates with reasons, shows who applied or was invited, and invites with a message',
    { timeout: 40_000 },
    async () => {
      const api = mockApi({
        'GET /api/me': signedInAs(buildUser({ id: 'corp1' })),
        [`GET ${base}`]: { status: 200, body: posterView() },
        [`GET ${base}/candidates`]: {
          status: 200,
          body: {
            items: [
              {
                profile: startupCard,
                score: 15,
                strength: { level: 'strong', percent: 81 },
                reasons: [
                  { type: 'they-offer-you-seek', text: 'They offer Mobility; your call seeks it', label: 'Mobility' },
                ],
                invited: false,
                applied: false,
              },
              {
                profile: creatorCard,
                score: 3,
                strength: { level: 'fair', percent: 30 },
                reasons: [],
                invited: true,
                applied: true,
              },
            ],
            nextCursor: null,
          },
        },
        [`POST ${base}/invitations`]: {
          status: 201,
          body: { callId: CALL_ID, profileId: startupCard.id, createdAt: '2026-11-20T00:00:00.000Z' },
        },
      });
      renderApp(`/calls/${CALL_ID}?tab=candidates`);
      const user = userEvent.setup();

      const ranked = await screen.findByRole('list', { name: 'Candidates' });
      const [first, second] = Array.from(ranked.children) as HTMLElement[];
      expect(first).toHaveTextContent('Mobility Lab');
      expect(within(first!).getByRole('meter', { name: 'Match strength' })).toHaveAttribute('aria-valuenow', '81');
      expect(within(first!).getByText('They offer Mobility; your call seeks it')).toBeInTheDocument();
      expect(within(second!).getByText('Applied')).toBeVisible();
      expect(within(second!).getByText('Invited')).toBeVisible();
      expect(within(second!).queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument();

      await user.click(within(first!).getByRole('button', { name: 'Invite' }));
      const dialog = await screen.findByRole('dialog', { name: 'Invite Mobility Lab to apply' });
      fireEvent.change(within(dialog).getByLabelText('Message (optional)'), { target: { value: 'Your sensors fit.' } });
      await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

      expect(await screen.findByText('Mobility Lab was invited.')).toBeVisible();
      await waitFor(() => expect(within(first!).getByText('Invited')).toBeVisible());
      expect(api.calls(`POST ${base}/invitations`)[0]?.body).toEqual({
        profileId: startupCard.id,
        message: 'Your sensors fit.',
      });
    },
  );
});
