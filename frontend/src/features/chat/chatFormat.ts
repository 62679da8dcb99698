import type { ConversationDto, ConversationMemberDto } from '@musubi/shared';

export const isGroup = (conversation: ConversationDto) => conversation.type === 'group';

/** A group's title in the viewer's language, else the other language; null when it has none. */
export function groupTitle(conversation: ConversationDto, language: string): string | null {
  const title = conversation.title ?? {};
  const first = language.startsWith('ja') ? title.ja : title.en;
  const second = language.startsWith('ja') ? title.en : title.ja;
  return first?.trim() || second?.trim() || null;
}

/**
 * What a conversation is called: a group's title (or `untitled`), the other member's name in a
 * 1:1 conversation: `unknown` when their account is gone, `unnamed` when the server withholds
 * their name (they blocked the viewer).
 */
export function conversationName(
  conversation: ConversationDto,
  userId: string,
  language: string,
  fallback: { untitled: string; unknown: string; unnamed: string },
): string {
  if (isGroup(conversation)) return groupTitle(conversation, language) ?? fallback.untitled;
  const other = otherMember(conversation, userId);
  if (!other || conversation.memberDeleted) return other?.displayName || fallback.unknown;
  return other.displayName || fallback.unnamed;
}

/**
 * A group member's name: `unnamed` ("Musubi member") when the server lists them without a name
 * (e.g. an event participant whose profile the viewer may not see), `member` when not listed.
 */
export function groupMemberName(
  conversation: ConversationDto,
  userId: string,
  fallback: { member: string; unnamed: string },
): string {
  const member = memberById(conversation, userId);
  if (!member) return fallback.member;
  return member.displayName || fallback.unnamed;
}

export function memberById(conversation: ConversationDto, userId: string): ConversationMemberDto | undefined {
  return conversation.members.find((m) => m.userId === userId);
}

/** How many members other than the sender have read up to (at least) this message. */
export function readByCount(conversation: ConversationDto, senderId: string, messageId: string): number {
  return conversation.members.filter(
    (m) => m.userId !== senderId && m.lastReadMessageId !== null && idAtLeast(m.lastReadMessageId, messageId),
  ).length;
}

function idAtLeast(a: string, b: string): boolean {
  return a.length === b.length ? a >= b : a.length > b.length;
}

/** The member on the other side of a 1:1 conversation. */
export function otherMember(conversation: ConversationDto, userId: string): ConversationMemberDto | undefined {
  return conversation.members.find((m) => m.userId !== userId) ?? conversation.members[0];
}

export function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}

function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** A calendar day in the viewer's time zone, e.g. 2026-11-25, to group messages by. */
export function dayKey(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: safeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

export function formatDay(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: safeZone(timeZone),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(iso));
}

export function formatTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: safeZone(timeZone), hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** Time today, otherwise the date: for the conversation list and "last seen". */
export function formatWhen(iso: string, language: string, timeZone?: string): string {
  const now = new Date().toISOString();
  if (dayKey(iso, timeZone) === dayKey(now, timeZone)) return formatTime(iso, language, timeZone);
  return new Intl.DateTimeFormat(language, { timeZone: safeZone(timeZone), month: 'short', day: 'numeric' }).format(
    new Date(iso),
  );
}
