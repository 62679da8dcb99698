import type { ChatSettingsDto, ConversationDto, MessageDto } from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

export interface MessagePageDto {
  /** Oldest first. */
  items: MessageDto[];
  hasMore: boolean;
}

/** Starts (or reopens) the 1:1 conversation with a profile's owner. */
export async function startConversation(profileId: string): Promise<ConversationDto> {
  const { conversation } = await api.post<{ conversation: ConversationDto }>('/api/conversations', { profileId });
  return conversation;
}

/** The viewer's conversations, most recent activity first. */
export async function fetchConversations(): Promise<ConversationDto[]> {
  // The contract says `items`; the backend answers `conversations`: accept either.
  const res = await api.get<{ items?: ConversationDto[]; conversations?: ConversationDto[] }>('/api/conversations');
  return res.items ?? res.conversations ?? [];
}

export async function fetchConversation(id: string): Promise<ConversationDto> {
  const { conversation } = await api.get<{ conversation: ConversationDto }>(
    `/api/conversations/${encodeURIComponent(id)}`,
  );
  return conversation;
}

/** One page of messages: the latest, those `before` a message (scrolling up) or `after` one (catch-up). */
export async function fetchMessages(
  conversationId: string,
  cursor: { before?: string; after?: string; limit?: number } = {},
): Promise<MessagePageDto> {
  const path = withQuery(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
    before: cursor.before,
    after: cursor.after,
    limit: cursor.limit || undefined,
  });
  // The contract says `items`; the backend answers `messages`: accept either.
  const res = await api.get<{ items?: MessageDto[]; messages?: MessageDto[]; hasMore?: boolean }>(path);
  return { items: res.items ?? res.messages ?? [], hasMore: Boolean(res.hasMore) };
}

export async function fetchUnreadTotal(): Promise<number> {
  const { unreadTotal } = await api.get<{ unreadTotal: number }>('/api/chat/unread');
  return unreadTotal;
}

export async function fetchChatSettings(): Promise<ChatSettingsDto> {
  return api.get<ChatSettingsDto>('/api/chat/settings');
}

export async function updateChatSettings(settings: ChatSettingsDto): Promise<ChatSettingsDto> {
  const res = await api.patch<Partial<ChatSettingsDto> | undefined>('/api/chat/settings', settings);
  return { sendReadReceipts: res?.sendReadReceipts ?? settings.sendReadReceipts };
}

/** Blocks the other member; answers with the updated conversation when the server sends one. */
export async function blockConversation(id: string): Promise<ConversationDto | null> {
  const res = await api.post<{ conversation?: ConversationDto } | undefined>(
    `/api/conversations/${encodeURIComponent(id)}/block`,
  );
  return res?.conversation ?? null;
}

export async function unblockConversation(id: string): Promise<ConversationDto | null> {
  const res = await api.delete<{ conversation?: ConversationDto } | undefined>(
    `/api/conversations/${encodeURIComponent(id)}/block`,
  );
  return res?.conversation ?? null;
}

export async function reportConversation(id: string, reason: string, messageIds: string[] = []): Promise<void> {
  await api.post<unknown>(`/api/conversations/${encodeURIComponent(id)}/report`, { reason, messageIds });
}
