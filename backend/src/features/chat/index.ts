export { chatRouter } from './chat.routes';
export { registerChatListeners } from './chat.listeners';
export { ChatError } from './chat-errors';
export { setPresenceLookup } from './presence';
export { getChatSettings, recordLastSeen, unreadTotal } from './conversations.service';
export { blockersOf, linkPresenceContacts, presenceContactsOf } from './presence-contacts';
export { blockedEitherWay } from './moderation.service';
export {
  deleteMessage,
  drainMessageWrites,
  editMessage,
  markRead,
  sendMessage,
  typingTargets,
} from './messages.service';
export { ConversationModel, eventChannelKeyOf, pairKeyOf } from './conversation.model';
export {
  ensureGroupConversation,
  groupConversationIdByKey,
  postGroupMessage,
  syncGroupMembers,
  type GroupSpec,
} from './groups.service';
export { MessageModel } from './message.model';
import './chat.events';
