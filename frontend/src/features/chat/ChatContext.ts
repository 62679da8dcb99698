import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ChatState, ChatStore } from './chatStore';

export const ChatContext = createContext<ChatStore | null>(null);

/** The signed-in user's chat store (null when signed out). */
export function useChatStore(): ChatStore | null {
  return useContext(ChatContext);
}

const noop = () => () => {};
const signedOut: ChatState = {
  conversations: [],
  conversationsLoaded: false,
  threads: {},
  outbox: [],
  unreadTotal: 0,
  typing: {},
};

/** The chat state, re-rendering on every change. */
export function useChatState(): ChatState {
  const store = useChatStore();
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getState ?? (() => signedOut));
}
