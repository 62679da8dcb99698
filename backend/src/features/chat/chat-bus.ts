import { DomainEventBus } from '../../events';

/**
 * The event bus of the running app, for chat calls made by other features (groups: posting an
 * introduction or announcement) that have no socket or request at hand. Set by
 * `registerChatListeners`; the latest registration wins and unregistering restores the previous.
 * Without a running app (seeding from the CLI, or at start before the server is up) nobody can be
 * told anything: events then go to a bus with no listeners.
 */
const stack: DomainEventBus[] = [];
const offline = new DomainEventBus();

export function bindChatEventBus(events: DomainEventBus): () => void {
  stack.push(events);
  return () => {
    const i = stack.lastIndexOf(events);
    if (i >= 0) stack.splice(i, 1);
  };
}

export function chatEventBus(): DomainEventBus {
  return stack[stack.length - 1] ?? offline;
}
