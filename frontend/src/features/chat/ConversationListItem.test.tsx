import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ConversationDto } from '@musubi/shared';
import i18n from '../../i18n';
import { ConversationListItem } from './ConversationListItem';
import { buildConversation, buildGroupConversation, buildMessage, GROUP_ID } from './chatTestData';

function renderItem(conversation: ConversationDto) {
  render(
    <MemoryRouter>
      <ul>
        <li>
          <ConversationListItem conversation={conversation} active={false} userId="u1" timeZone="Asia/Tokyo" />
        </li>
      </ul>
    </MemoryRouter>,
  );
  return screen.getByRole('link');
}

describe('ConversationListItem', () => {
  it('shows a group by its title, with a group icon, member count, sender of the last message and unread badge', () => {
    const last = buildMessage(3, { conversationId: GROUP_ID, senderId: 'u3', text: 'Doors open at 9:30' });
    const link = renderItem(buildGroupConversation({ lastMessage: last, unreadCount: 4 }));
    expect(link).toHaveAttribute('href', `/messages/${GROUP_ID}`);
    expect(link).toHaveTextContent('Yokohama Pitch Day announcements');
    expect(screen.getByRole('img', { name: 'Announcement channel' })).toBeInTheDocument();
    expect(link).toHaveTextContent('42 members');
    expect(link).toHaveTextContent('Haruka Sato: Doors open at 9:30');
    expect(screen.getByText('4 unread messages')).toBeInTheDocument();
    // Not named after one of its members.
    expect(link).not.toHaveTextContent('Kenji Mori');
  });

  it('uses the viewer’s language for the title and falls back to the other one', async () => {
    await i18n.changeLanguage('ja');
    renderItem(buildGroupConversation());
    expect(screen.getByRole('link')).toHaveTextContent('横浜ピッチデイ お知らせ');
    expect(screen.getByRole('link')).toHaveTextContent('メンバー 42人');
  });

  it('falls back to the other language, then to a generic name', () => {
    const onlyJa = buildGroupConversation({ title: { ja: '紹介' }, membersCanPost: true, canPost: true });
    renderItem(onlyJa);
    expect(screen.getByRole('link')).toHaveTextContent('紹介');
    expect(screen.getByRole('img', { name: 'Group conversation' })).toBeInTheDocument();
  });

  it('shows an untitled group generically and a sender outside the listed members as “Member”', () => {
    const last = buildMessage(4, { conversationId: GROUP_ID, senderId: 'u99', text: 'Thanks!' });
    renderItem(buildGroupConversation({ title: {}, lastMessage: last }));
    expect(screen.getByRole('link')).toHaveTextContent('Group conversation');
    expect(screen.getByRole('link')).toHaveTextContent('Member: Thanks!');
  });

  it('names a listed sender whose name the server withholds (a hidden event participant) neutrally', async () => {
    const last = buildMessage(5, { conversationId: GROUP_ID, senderId: 'u4', text: 'Hello all' });
    const withheld = {
      userId: 'u4',
      displayName: '',
      profileId: null,
      avatarUrl: null,
      online: false,
      lastSeenAt: null,
      lastReadMessageId: null,
    };
    const group = buildGroupConversation({ lastMessage: last });
    renderItem({ ...group, members: [...group.members, withheld] });
    expect(screen.getByRole('link')).toHaveTextContent('Musubi member: Hello all');
  });

  it('still shows a direct conversation as the other member, without a member count', () => {
    const link = renderItem(buildConversation({ lastMessage: buildMessage(1, { text: 'Hi' }) }));
    expect(link).toHaveTextContent('Kenji Mori');
    expect(link).toHaveTextContent('Hi');
    expect(link).not.toHaveTextContent('members');
    expect(screen.queryByRole('img', { name: 'Group conversation' })).not.toBeInTheDocument();
  });

  const [me, kenji] = buildConversation().members;
  const unnamed = { ...kenji!, displayName: '', profileId: null, online: false, lastSeenAt: null };

  it('names a member who blocked the viewer neutrally (the server withholds the name)', () => {
    renderItem(buildConversation({ members: [me!, unnamed], blocked: true }));
    expect(screen.getByRole('link')).toHaveTextContent('Musubi member');
  });

  it('names the neutral member in Japanese too', async () => {
    await i18n.changeLanguage('ja');
    renderItem(buildConversation({ members: [me!, unnamed], blocked: true }));
    expect(screen.getByRole('link')).toHaveTextContent('Musubiメンバー');
  });

  it('still names a deleted member as a former member', () => {
    renderItem(buildConversation({ members: [me!, unnamed], memberDeleted: true }));
    expect(screen.getByRole('link')).toHaveTextContent('Former member');
  });
});
