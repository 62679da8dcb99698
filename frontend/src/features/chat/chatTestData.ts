import type { ConversationDto, MessageDto } from '@musubi/shared';

export const CONVERSATION_ID = '665f000000000000000000c1';

/** A message id whose order follows `n` (object ids sort by time). */
export const messageId = (n: number) => `665f0000000000000000${n.toString(16).padStart(4, '0')}`;

export function buildMessage(n: number, overrides: Partial<MessageDto> = {}): MessageDto {
  return {
    id: messageId(n),
    conversationId: CONVERSATION_ID,
    senderId: 'u2',
    clientId: `client-${n}-abcdef`,
    text: `Message ${n}`,
    createdAt: new Date(Date.UTC(2026, 10, 25, 9, 0, n)).toISOString(),
    editedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

export function buildConversation(overrides: Partial<ConversationDto> = {}): ConversationDto {
  return {
    id: CONVERSATION_ID,
    type: 'direct',
    title: null,
    eventId: null,
    canPost: true,
    memberCount: 2,
    membersCanPost: true,
    adminIds: [],
    members: [
      {
        userId: 'u1',
        displayName: 'Aiko',
        profileId: '665f00000000000000000001',
        avatarUrl: null,
        online: true,
        lastSeenAt: null,
        lastReadMessageId: null,
      },
      {
        userId: 'u2',
        displayName: 'Kenji Mori',
        profileId: '665f00000000000000000002',
        avatarUrl: null,
        online: false,
        lastSeenAt: '2026-11-25T08:00:00.000Z',
        lastReadMessageId: null,
      },
    ],
    lastMessage: null,
    lastActivityAt: '2026-11-25T09:00:00.000Z',
    unreadCount: 0,
    blocked: false,
    blockedByMe: false,
    memberDeleted: false,
    ...overrides,
  };
}

export const GROUP_ID = '665f000000000000000000c2';

/** An event announcement channel seen by member u1 (organiser u3; 42 members, 3 listed). */
export function buildGroupConversation(overrides: Partial<ConversationDto> = {}): ConversationDto {
  const base = buildConversation();
  return {
    ...base,
    id: GROUP_ID,
    type: 'group',
    title: { ja: '横浜ピッチデイ お知らせ', en: 'Yokohama Pitch Day announcements' },
    eventId: 'event-1',
    canPost: false,
    membersCanPost: false,
    memberCount: 42,
    adminIds: ['u3'],
    members: [
      ...base.members,
      {
        userId: 'u3',
        displayName: 'Haruka Sato',
        profileId: '665f00000000000000000003',
        avatarUrl: null,
        online: false,
        lastSeenAt: null,
        lastReadMessageId: null,
      },
    ],
    ...overrides,
  };
}
