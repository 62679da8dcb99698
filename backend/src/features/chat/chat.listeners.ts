import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { registerExclusionSource } from '../matching';
import { registerContactAccessCheck, registerContactBarrier } from '../profiles';
import { bindChatEventBus } from './chat-bus';
import { linkOnReply } from './presence-contacts';
import { blockedEitherWay, blockedProfileIds, forgetDeletedUser, haveTalked } from './moderation.service';

/** Wires chat into other features (contact access, matching exclusions, account deletion). */
export function registerChatListeners(events: DomainEventBus, logger: Logger): () => void {
  const offs = [
    bindChatEventBus(events),
    registerContactAccessCheck(haveTalked),
    registerContactBarrier(blockedEitherWay),
    registerExclusionSource(blockedProfileIds),
    events.on('message.created', ({ message, memberIds }) => {
      linkOnReply(message.conversationId, message.senderId, memberIds).catch((err: unknown) =>
        logger.warn({ err, conversationId: message.conversationId }, 'could not link presence contacts'),
      );
    }),
    events.on('user.deleted', ({ userId }) => {
      forgetDeletedUser(userId).catch((err: unknown) =>
        logger.error({ err, userId }, 'could not update the conversations of a deleted account'),
      );
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
