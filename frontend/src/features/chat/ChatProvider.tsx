import { useEffect, useMemo, type ReactNode } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useSocket } from '../../realtime/SocketContext';
import { ChatContext } from './ChatContext';
import { ChatStore, type ChatSocket } from './chatStore';

/** One chat store per signed-in user, listening to that user's socket. */
export function ChatProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const { socket } = useSocket();
  const userId = user?.id ?? null;
  const store = useMemo(() => (userId ? new ChatStore(userId) : null), [userId]);

  useEffect(() => {
    if (!store || !socket) return;
    return store.attach(socket as ChatSocket);
  }, [store, socket]);

  return <ChatContext.Provider value={store}>{children}</ChatContext.Provider>;
}
