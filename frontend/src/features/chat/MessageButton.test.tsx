import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildConversation, CONVERSATION_ID } from './chatTestData';

const PROFILE_ID = '665f00000000000000000002';

describe('Message button and chat settings', () => {
  it("on someone else's profile, starts the conversation and opens the thread", async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET /api/profiles/${PROFILE_ID}`]: { status: 200, body: { profile: buildProfile({ id: PROFILE_ID }) } },
      'POST /api/conversations': { status: 200, body: { conversation: buildConversation() } },
      'GET /api/conversations': { status: 200, body: { conversations: [buildConversation()] } },
      [`GET /api/conversations/${CONVERSATION_ID}/messages`]: { status: 200, body: { messages: [], hasMore: false } },
    });
    const { router } = renderApp(`/profiles/${PROFILE_ID}`);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Message' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/messages/${CONVERSATION_ID}`));
    expect(api.calls('POST /api/conversations')[0]?.body).toEqual({ profileId: PROFILE_ID });
    expect(await screen.findByText('Say hello to Kenji Mori.')).toBeInTheDocument();
  });

  it('is not offered on your own profile', async () => {
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      [`GET /api/profiles/${PROFILE_ID}`]: {
        status: 200,
        body: { profile: buildProfile({ id: PROFILE_ID, isOwner: true }) },
      },
    });
    renderApp(`/profiles/${PROFILE_ID}`);
    expect(await screen.findByRole('link', { name: 'Edit profile' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Message' })).not.toBeInTheDocument();
  });

  it('turns read receipts off in the account settings', async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/chat/settings': { status: 200, body: { sendReadReceipts: true } },
      'PATCH /api/chat/settings': ({ body }) => ({ status: 200, body }),
    });
    renderApp('/settings');
    const toggle = await screen.findByRole('switch', { name: 'Send read receipts' });
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).toBeChecked();

    await userEvent.setup().click(toggle);

    await waitFor(() => expect(api.calls('PATCH /api/chat/settings')[0]?.body).toEqual({ sendReadReceipts: false }));
    await waitFor(() => expect(toggle).not.toBeChecked());
  });
});
