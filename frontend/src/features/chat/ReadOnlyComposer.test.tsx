import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { buildUser, createFakeSocket, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { ReadOnlyComposer } from './ReadOnlyComposer';
import { buildGroupConversation, buildMessage, GROUP_ID } from './chatTestData';

describe('ReadOnlyComposer', () => {
  it('says that only organisers post, in English and Japanese', async () => {
    const { unmount } = render(<ReadOnlyComposer />);
    expect(screen.getByRole('note')).toHaveTextContent('Only organisers post here');
    unmount();
    await i18n.changeLanguage('ja');
    render(<ReadOnlyComposer />);
    expect(screen.getByRole('note')).toHaveTextContent('主催者のみ投稿できます');
  });
});

describe('a group thread', () => {
  const MESSAGES = `/api/conversations/${GROUP_ID}/messages`;

  function setup() {
    const first = buildMessage(1, { conversationId: GROUP_ID, senderId: 'u3', text: 'Welcome to Pitch Day' });
    const second = buildMessage(2, { conversationId: GROUP_ID, senderId: 'u3', text: 'Doors open at 9:30' });
    const third = buildMessage(3, { conversationId: GROUP_ID, senderId: 'u2', text: 'See you there' });
    let conversation = buildGroupConversation({ lastMessage: third });
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } },
      'GET /api/conversations': () => ({ status: 200, body: { conversations: [conversation] } }),
      [`GET /api/conversations/${GROUP_ID}`]: () => ({ status: 200, body: { conversation } }),
      [`GET ${MESSAGES}`]: { status: 200, body: { messages: [first, second, third], hasMore: false } },
    });
    const socket = createFakeSocket();
    return {
      socket,
      replaceConversation: (next: typeof conversation) => (conversation = next),
    };
  }

  it('replaces the composer with the read-only note, names each sender, and opens up when replies are allowed', async () => {
    const { socket, replaceConversation } = setup();
    renderApp(`/messages/${GROUP_ID}`, () => socket);
    act(() => socket.acceptHandshake());

    const log = await screen.findByRole('log', { name: 'Messages in Yokohama Pitch Day announcements' });
    await within(log).findByText('Welcome to Pitch Day');
    expect(screen.getByRole('heading', { name: 'Yokohama Pitch Day announcements' })).toBeInTheDocument();
    expect(screen.getByText('42 members')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Event page' })).toHaveAttribute('href', '/events/event-1');
    // The sender's name once per run, marked as organiser; another sender gets their own name.
    expect(within(log).getAllByText('Haruka Sato')).toHaveLength(1);
    expect(within(log).getByText('Organiser')).toBeInTheDocument();
    expect(within(log).getByText('Kenji Mori')).toBeInTheDocument();

    expect(screen.getByRole('note')).toHaveTextContent('Only organisers post here');
    expect(screen.queryByRole('textbox', { name: 'Message' })).not.toBeInTheDocument();
    // No block in groups; report stays.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Conversation actions' }));
    expect(screen.queryByRole('menuitem', { name: 'Block' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Report' })).toBeInTheDocument();
    await userEvent.setup().keyboard('{Escape}');

    // The organiser allows replies: the server says the group changed; the composer appears.
    replaceConversation(buildGroupConversation({ canPost: true, membersCanPost: true }));
    act(() => socket.serverEmit('conversation:changed', { conversationId: GROUP_ID }));
    expect(await screen.findByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows how many members read your own messages', async () => {
    const own = buildMessage(3, { conversationId: GROUP_ID, senderId: 'u1', text: 'Happy to join' });
    const base = buildGroupConversation({ canPost: true, membersCanPost: true, lastMessage: own });
    const conversation = {
      ...base,
      members: base.members.map((m) => (m.userId === 'u2' ? { ...m, lastReadMessageId: own.id } : m)),
    };
    mockApi({
      'GET /api/me': signedInAs(buildUser()),
      'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } },
      'GET /api/conversations': { status: 200, body: { conversations: [conversation] } },
      [`GET ${MESSAGES}`]: { status: 200, body: { messages: [own], hasMore: false } },
    });
    const socket = createFakeSocket();
    renderApp(`/messages/${GROUP_ID}`, () => socket);
    act(() => socket.acceptHandshake());
    const log = await screen.findByRole('log', { name: 'Messages in Yokohama Pitch Day announcements' });
    expect(await within(log).findByText('Read by 1')).toBeInTheDocument();
    act(() => socket.serverEmit('conversation:read', { conversationId: GROUP_ID, userId: 'u3', messageId: own.id }));
    expect(within(log).getByText('Read by 2')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
  });

  it('a new group message elsewhere shows a toast naming the sender and the group', async () => {
    const { socket } = setup();
    renderApp('/messages', () => socket);
    act(() => socket.acceptHandshake());
    await screen.findByRole('link', { name: /Yokohama Pitch Day announcements/ });
    const incoming = buildMessage(9, { conversationId: GROUP_ID, senderId: 'u3', text: 'Room change: Hall B' });
    act(() => socket.serverEmit('message:new', incoming));
    expect(
      await screen.findByText('New message from Haruka Sato in Yokohama Pitch Day announcements'),
    ).toBeInTheDocument();
  });
});
