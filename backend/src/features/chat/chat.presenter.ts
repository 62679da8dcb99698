import type { MessageDto } from '@musubi/shared';
import type { MessageRecord } from './message.model';

/** A message as members see it: a deleted message keeps its place, not its text. */
export function presentMessage(m: MessageRecord): MessageDto {
  return {
    id: m._id.toString(),
    conversationId: m.conversationId.toString(),
    senderId: m.senderId.toString(),
    clientId: m.clientId,
    text: m.deletedAt ? '' : m.text,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt ? m.editedAt.toISOString() : null,
    deletedAt: m.deletedAt ? m.deletedAt.toISOString() : null,
  };
}
