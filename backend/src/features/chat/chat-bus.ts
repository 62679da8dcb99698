import type { DomainEventBus } from '../../events';

/**
 * The event bus of the running app, for chat calls made by other features (groups: posting an
 * introduction or announcement) that have no socket or request at hand. Set by
 * `registerChatListeners`; the latest registration wins and unregistering restores the previous.
 */
const stack: DomainEventBus[] = [];

export function bindChatEventBus(events: DomainEventBus): () => void {
  stack.push(events);
  return () => {
    const i = stack.lastIndexOf(events);
    if (i >= 0) stack.splice(i, 1);
  };
}

export function chatEventBus(): DomainEventBus {
  const bus = stack[stack.length - 1];
  if (!bus) throw new Error('chat is not wired to an event bus (registerChatListeners was not called)');
  return bus;
}
