import type { ConversationDto, ConversationMemberDto } from '@musubi/shared';

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
