import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, createFakeSocket, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildConversation, buildMessage, CONVERSATION_ID, messageId } from './chatTestData';

const MESSAGES = `/api/conversations/${CONVERSATION_ID}/messages`;

function setup({ unreadTotal = 2 } = {}) {
  const first = buildMessage(1, { text: 'Hello Aiko' });
  const second = buildMessage(2, { text: 'Are you free on Friday? https://example.com/agenda' });
  const api = mockApi({
    'GET /api/me': signedInAs(buildUser()),
    'GET /api/chat/unread': { status: 200, body: { unreadTotal } },
    'GET /api/conversations': {
      status: 200,
      body: { conversations: [buildConversation({ lastMessage: second, unreadCount: 2 })] },
    },
    [`GET ${MESSAGES}`]: { status: 200, body: { messages: [first, second], hasMore: false } },
  });
  const socket = createFakeSocket();
  return { api, socket, first, second };
}

describe('MessagesPage', () => {
  it('shows the unread total in the navigation and keeps it up to date', async () => {
    const { socket } = setup();
    renderApp('/messages', () => socket);
    await screen.findByRole('link', { name: /Kenji Mori/ });
    act(() => socket.acceptHandshake());

    expect(await screen.findByRole('button', { name: 'Open menu (2 unread messages)' })).toBeInTheDocument();
    act(() => socket.serverEmit('unread:total', { unreadTotal: 5 }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open menu (5 unread messages)' }));
    expect(screen.getByRole('menuitem', { name: 'Messages, 5 unread' })).toHaveAttribute('href', '/messages');

    act(() => socket.serverEmit('unread:total', { unreadTotal: 0 }));
    expect(screen.getByRole('menuitem', { name: 'Messages' })).toBeInTheDocument();

    // The server does not recount per message: each new one from the other member adds 1, once.
    const incoming = buildMessage(7, { text: 'Are you there?' });
    act(() => socket.serverEmit('message:new', incoming));
    act(() => socket.serverEmit('message:new', incoming));
    expect(screen.getByRole('menuitem', { name: 'Messages, 1 unread' })).toBeInTheDocument();
    // Your own messages do not count.
    act(() => socket.serverEmit('message:new', buildMessage(8, { senderId: 'u1', text: 'Yes' })));
    expect(screen.getByRole('menuitem', { name: 'Messages, 1 unread' })).toBeInTheDocument();
  });

  it('lists conversations, opens one, marks it read and shows new messages as text', async () => {
    const { socket, second } = setup();
    renderApp('/messages', () => socket);
    act(() => socket.acceptHandshake());

    const list = await screen.findByRole('list', { name: 'Conversations' });
    const entry = within(list).getByRole('link', { name: /Kenji Mori/ });
    expect(entry).toHaveTextContent('Are you free on Friday?');
    expect(within(entry).getByText('2 unread messages')).toBeInTheDocument();
    await userEvent.setup().click(entry);

    const log = await screen.findByRole('log', { name: 'Messages with Kenji Mori' });
    expect(log).toHaveAttribute('aria-live', 'polite');
    expect(await within(log).findByText('Hello Aiko')).toBeInTheDocument();
    expect(within(log).getByRole('link', { name: 'https://example.com/agenda' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    expect(screen.getByRole('link', { name: 'Back to conversations' })).toHaveAttribute('href', '/messages');

    // On screen, so the last message is marked read.
    const reads = socket.sent('conversation:read');
    expect(reads.at(-1)?.payload).toEqual({ conversationId: CONVERSATION_ID, messageId: second.id });
    act(() => reads.at(-1)?.ack?.({ ok: true, data: { unreadTotal: 0 } }));

    // A new message arrives while the thread is open: shown as text, and read at once.
    const attack = buildMessage(3, { text: '<img src=x onerror=alert(1)>' });
    act(() => socket.serverEmit('message:new', attack));
    expect(await within(log).findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(log.querySelector('img')).toBeNull();
    expect(socket.sent('conversation:read').at(-1)?.payload).toEqual({
      conversationId: CONVERSATION_ID,
      messageId: messageId(3),
    });
    // The other member types, then the message arrives and the indicator goes.
    act(() => socket.serverEmit('typing', { conversationId: CONVERSATION_ID, userId: 'u2', typing: true }));
    expect(screen.getByText('Kenji Mori is typing…')).toBeInTheDocument();
    act(() => socket.serverEmit('message:new', buildMessage(4, { text: 'One more thing' })));
    expect(screen.queryByText('Kenji Mori is typing…')).not.toBeInTheDocument();

    // No toast for the conversation on screen.
    expect(screen.queryByText('New message from Kenji Mori')).not.toBeInTheDocument();
  });

  it('sends from the composer: sending, then sent, then read; errors offer a retry', async () => {
    const { socket } = setup();
    renderApp(`/messages/${CONVERSATION_ID}`, () => socket);
    act(() => socket.acceptHandshake());
    const log = await screen.findByRole('log', { name: 'Messages with Kenji Mori' });
    await within(log).findByText('Hello Aiko');
    const user = userEvent.setup();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'See you Friday{Enter}');
    const [send] = socket.sent('message:send');
    const payload = send?.payload as { clientId: string; text: string };
    expect(payload.text).toBe('See you Friday');
    expect(payload.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(within(log).getByText('See you Friday')).toBeInTheDocument();
    expect(within(log).getByText('Sending…')).toBeInTheDocument();

    const storedMessage = buildMessage(10, { senderId: 'u1', clientId: payload.clientId, text: 'See you Friday' });
    act(() => send?.ack?.({ ok: true, data: storedMessage }));
    act(() => socket.serverEmit('message:new', storedMessage));
    expect(within(log).getAllByText('See you Friday')).toHaveLength(1);
    expect(within(log).getByText('Sent')).toBeInTheDocument();

    act(() =>
      socket.serverEmit('conversation:read', {
        conversationId: CONVERSATION_ID,
        userId: 'u2',
        messageId: storedMessage.id,
      }),
    );
    expect(within(log).getByText('Read')).toBeInTheDocument();

    // Refused (rate limited): the message stays, with the reason and a retry.
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Too fast{Enter}');
    const refused = socket.sent('message:send').at(-1);
    act(() => refused?.ack?.({ ok: false, error: { code: 'rate_limited', message: 'slow down' } }));
    expect(within(log).getByRole('alert')).toHaveTextContent("You're sending messages too quickly");
    await user.click(within(log).getByRole('button', { name: 'Retry' }));
    const retried = socket.sent('message:send').at(-1);
    expect((retried?.payload as { clientId: string }).clientId).toBe(
      (refused?.payload as { clientId: string }).clientId,
    );
  });

  it('shows a toast with a link for a message in a conversation not on screen', async () => {
    const { socket } = setup();
    renderApp('/messages', () => socket);
    act(() => socket.acceptHandshake());
    await screen.findByRole('link', { name: /Kenji Mori/ });

    act(() => socket.serverEmit('message:new', buildMessage(5, { text: 'Quick question about the pilot' })));
    expect(await screen.findByText('New message from Kenji Mori')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('href', `/messages/${CONVERSATION_ID}`);
  });
});
