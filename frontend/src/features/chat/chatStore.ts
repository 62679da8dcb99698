import type { Socket } from 'socket.io-client';
import type { Ack, ChatClientEvents, ChatServerEvents, ConversationDto, MessageDto } from '@musubi/shared';
import { fetchConversation, fetchConversations, fetchMessages, fetchUnreadTotal } from '../../api/chat';
import { ApiError } from '../../api/client';

/** An ack, or `offline` when there was no connection to ask. */
export type ChatAck<T> = Ack<T> | { ok: false; error: { code: 'offline'; message: string } };

export type ChatSocket = Socket<ChatServerEvents, ChatClientEvents>;

/** A message typed here and not yet confirmed by the server. */
export interface OutboxItem {
  clientId: string;
  conversationId: string;
  text: string;
  /** When it was typed (ISO), to place it in the thread. */
  createdAt: string;
  /** The server's refusal (blocked, rate_limited, …); set until the user retries. */
  error: string | null;
}

export interface Thread {
  /** Ordered by (createdAt, id), one per id. */
  messages: MessageDto[];
  /** Older messages exist on the server. */
  hasMore: boolean;
  loading: boolean;
  loaded: boolean;
}

export interface ChatState {
  conversations: ConversationDto[];
  conversationsLoaded: boolean;
  threads: Record<string, Thread>;
  outbox: OutboxItem[];
  unreadTotal: number;
  /** Conversation id → the member typing there. */
  typing: Record<string, string>;
}

export type IncomingListener = (message: MessageDto) => void;

const TYPING_TIMEOUT_MS = 6000;
const CATCH_UP_PAGE = 100;

const emptyThread: Thread = { messages: [], hasMore: false, loading: false, loaded: false };

/** Orders messages as the server does: by time, then by id. */
export function compareMessages(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Adds or replaces messages by id (a later edit wins) and keeps the order. */
export function mergeMessages(existing: MessageDto[], incoming: MessageDto[]): MessageDto[] {
  if (incoming.length === 0) return existing;
  const byId = new Map(existing.map((m) => [m.id, m]));
  for (const message of incoming) {
    const known = byId.get(message.id);
    if (!known || isNewer(message, known)) byId.set(message.id, message);
  }
  return [...byId.values()].sort(compareMessages);
}

function isNewer(next: MessageDto, known: MessageDto): boolean {
  if (known.deletedAt && !next.deletedAt) return false;
  if (next.deletedAt && !known.deletedAt) return true;
  return (next.editedAt ?? '') >= (known.editedAt ?? '');
}

/** Object ids start with their creation time, so among equal lengths a later id sorts later. */
export function idAtLeast(a: string, b: string): boolean {
  return a.length === b.length ? a >= b : a.length > b.length;
}

/** A client id the server accepts: /^[A-Za-z0-9_-]{8,64}$/. */
export function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID().replaceAll('-', '');
  }
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`.padEnd(16, '0');
}

function outboxKey(userId: string): string {
  return `musubi.chat.outbox.${userId}`;
}

function readOutbox(userId: string): OutboxItem[] {
  try {
    const raw = localStorage.getItem(outboxKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (item): item is OutboxItem =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as OutboxItem).clientId === 'string' &&
          typeof (item as OutboxItem).conversationId === 'string' &&
          typeof (item as OutboxItem).text === 'string',
      )
      .map((item) => ({ ...item, createdAt: String(item.createdAt ?? new Date().toISOString()), error: null }));
  } catch {
    return [];
  }
}

/**
 * Everything chat for one signed-in user: conversations, loaded threads, the outbox of unconfirmed
 * messages (kept in localStorage so a reload keeps them) and the unread total. React reads it
 * through `subscribe`/`getState`.
 */
export class ChatStore {
  private state: ChatState;
  private readonly listeners = new Set<() => void>();
  private readonly incomingListeners = new Set<IncomingListener>();
  private readonly inFlight = new Set<string>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private socket: ChatSocket | null = null;
  /** The thread on screen, if any: its new messages need no toast. */
  activeConversationId: string | null = null;

  /** The thread is on screen, so its new messages are read at once. */
  private isReading(conversationId: string): boolean {
    return this.activeConversationId === conversationId && document.visibilityState !== 'hidden';
  }

  /** Marks a thread as on screen; returns the function that marks it off again. */
  showing(conversationId: string): () => void {
    this.activeConversationId = conversationId;
    return () => {
      if (this.activeConversationId === conversationId) this.activeConversationId = null;
    };
  }

  constructor(readonly userId: string) {
    this.state = {
      conversations: [],
      conversationsLoaded: false,
      threads: {},
      outbox: readOutbox(userId),
      unreadTotal: 0,
      typing: {},
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getState = (): ChatState => this.state;

  onIncoming(listener: IncomingListener): () => void {
    this.incomingListeners.add(listener);
    return () => {
      this.incomingListeners.delete(listener);
    };
  }

  private set(patch: Partial<ChatState>) {
    this.state = { ...this.state, ...patch };
    if (patch.outbox) {
      try {
        localStorage.setItem(outboxKey(this.userId), JSON.stringify(this.state.outbox));
      } catch {
        // Storage full or disabled: the outbox still lives in memory.
      }
    }
    this.listeners.forEach((listener) => listener());
  }

  thread(conversationId: string): Thread {
    return this.state.threads[conversationId] ?? emptyThread;
  }

  private setThread(conversationId: string, patch: Partial<Thread>) {
    const thread = { ...this.thread(conversationId), ...patch };
    this.set({ threads: { ...this.state.threads, [conversationId]: thread } });
  }

  // ---- socket ----

  /** Listens to the server; returns the function that stops listening. */
  attach(socket: ChatSocket): () => void {
    this.socket = socket;
    const onConnect = () => void this.onConnected();
    const onDisconnect = () => this.inFlight.clear();
    const onNew = (message: MessageDto) => this.receive(message, true);
    const onUpdated = (message: MessageDto) => this.receive(message, false);
    const onRead: ChatServerEvents['conversation:read'] = (payload) => this.receiveRead(payload);
    const onChanged: ChatServerEvents['conversation:changed'] = ({ conversationId }) =>
      void this.refreshConversation(conversationId);
    const onTyping: ChatServerEvents['typing'] = (payload) => this.receiveTyping(payload);
    const onPresence: ChatServerEvents['presence'] = (payload) => this.receivePresence(payload);
    const onUnread: ChatServerEvents['unread:total'] = ({ unreadTotal }) => this.set({ unreadTotal });

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('message:new', onNew);
    socket.on('message:updated', onUpdated);
    socket.on('conversation:read', onRead);
    socket.on('conversation:changed', onChanged);
    socket.on('typing', onTyping);
    socket.on('presence', onPresence);
    socket.on('unread:total', onUnread);
    if (socket.connected) onConnect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('message:new', onNew);
      socket.off('message:updated', onUpdated);
      socket.off('conversation:read', onRead);
      socket.off('conversation:changed', onChanged);
      socket.off('typing', onTyping);
      socket.off('presence', onPresence);
      socket.off('unread:total', onUnread);
      this.typingTimers.forEach((timer) => clearTimeout(timer));
      this.typingTimers.clear();
      if (this.socket === socket) this.socket = null;
    };
  }

  /** After every (re)connect: catch up on what was missed, then resend the outbox. */
  async onConnected(): Promise<void> {
    const tasks: Promise<unknown>[] = [this.refreshUnread()];
    if (this.state.conversationsLoaded) tasks.push(this.loadConversations());
    for (const [conversationId, thread] of Object.entries(this.state.threads)) {
      if (thread.loaded) tasks.push(this.catchUp(conversationId));
    }
    await Promise.allSettled(tasks);
    this.flushOutbox();
  }

  async refreshUnread(): Promise<void> {
    try {
      this.set({ unreadTotal: await fetchUnreadTotal() });
    } catch {
      // The next `unread:total` event corrects it.
    }
  }

  /** Fetches everything after the last message seen, page by page, and merges it. */
  async catchUp(conversationId: string): Promise<void> {
    for (let page = 0; page < 20; page += 1) {
      const messages = this.thread(conversationId).messages;
      const last = messages[messages.length - 1];
      if (!last) {
        await this.loadLatest(conversationId);
        return;
      }
      const result = await fetchMessages(conversationId, { after: last.id, limit: CATCH_UP_PAGE });
      this.addMessages(conversationId, result.items);
      if (!result.hasMore || result.items.length === 0) return;
    }
  }

  // ---- loading ----

  async loadConversations(): Promise<void> {
    const conversations = await fetchConversations();
    this.set({ conversations: sortConversations(conversations), conversationsLoaded: true });
  }

  async loadConversation(id: string): Promise<ConversationDto> {
    const conversation = await fetchConversation(id);
    this.upsertConversation(conversation);
    return conversation;
  }

  /**
   * A group was created or its members or policy changed: reload it (when the list is shown or it
   * is known); a 404 means the viewer left it, so it goes from the list.
   */
  async refreshConversation(id: string): Promise<void> {
    if (!this.state.conversationsLoaded && !this.conversation(id)) return;
    try {
      await this.loadConversation(id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        this.set({ conversations: this.state.conversations.filter((c) => c.id !== id) });
      }
    }
  }

  conversation(id: string): ConversationDto | undefined {
    return this.state.conversations.find((c) => c.id === id);
  }

  async loadLatest(conversationId: string): Promise<void> {
    this.setThread(conversationId, { loading: true });
    try {
      const page = await fetchMessages(conversationId);
      const thread = this.thread(conversationId);
      this.setThread(conversationId, {
        messages: mergeMessages(thread.messages, page.items),
        hasMore: thread.loaded ? thread.hasMore : page.hasMore,
        loaded: true,
        loading: false,
      });
      this.dropConfirmed(page.items);
    } catch (error) {
      this.setThread(conversationId, { loading: false });
      throw error;
    }
  }

  /** Scrolling up: the page before the oldest message shown. */
  async loadOlder(conversationId: string): Promise<void> {
    const thread = this.thread(conversationId);
    const first = thread.messages[0];
    if (!first || !thread.hasMore || thread.loading) return;
    this.setThread(conversationId, { loading: true });
    try {
      const page = await fetchMessages(conversationId, { before: first.id });
      this.setThread(conversationId, {
        messages: mergeMessages(this.thread(conversationId).messages, page.items),
        hasMore: page.hasMore,
        loading: false,
      });
    } catch (error) {
      this.setThread(conversationId, { loading: false });
      throw error;
    }
  }

  // ---- receiving ----

  private addMessages(conversationId: string, messages: MessageDto[]) {
    if (messages.length === 0) return;
    const thread = this.thread(conversationId);
    this.setThread(conversationId, { messages: mergeMessages(thread.messages, messages) });
    this.dropConfirmed(messages);
  }

  /** Removes outbox entries the server has stored (matched by clientId). */
  private dropConfirmed(messages: MessageDto[]) {
    const confirmed = new Set(messages.filter((m) => m.senderId === this.userId).map((m) => m.clientId));
    if (confirmed.size === 0) return;
    if (!this.state.outbox.some((item) => confirmed.has(item.clientId))) return;
    this.set({ outbox: this.state.outbox.filter((item) => !confirmed.has(item.clientId)) });
  }

  receive(message: MessageDto, isNew: boolean) {
    const known = this.thread(message.conversationId).messages.some((m) => m.id === message.id);
    this.addMessages(message.conversationId, [message]);
    const conversation = this.conversation(message.conversationId);
    if (conversation) {
      const isLast = !conversation.lastMessage || compareMessages(message, conversation.lastMessage) >= 0;
      const fromOther = message.senderId !== this.userId;
      this.upsertConversation({
        ...conversation,
        lastMessage: isLast ? message : conversation.lastMessage,
        lastActivityAt: isNew && isLast ? message.createdAt : conversation.lastActivityAt,
        unreadCount:
          isNew && !known && fromOther && !this.isReading(message.conversationId)
            ? conversation.unreadCount + 1
            : conversation.unreadCount,
      });
    } else if (isNew && this.state.conversationsLoaded) {
      // A conversation the list has not seen yet (someone wrote first).
      void this.loadConversation(message.conversationId).catch(() => undefined);
    }
    if (isNew && !known && message.senderId !== this.userId) {
      // The server does not recount per message: each new one from the other member adds 1
      // (reads and reconnects bring the server's recount).
      if (!this.isReading(message.conversationId)) this.set({ unreadTotal: this.state.unreadTotal + 1 });
      this.clearTyping(message.conversationId);
      this.incomingListeners.forEach((listener) => listener(message));
    }
  }

  private receiveRead({
    conversationId,
    userId,
    messageId,
  }: {
    conversationId: string;
    userId: string;
    messageId: string;
  }) {
    const conversation = this.conversation(conversationId);
    if (!conversation) return;
    this.upsertConversation({
      ...conversation,
      unreadCount: userId === this.userId ? 0 : conversation.unreadCount,
      members: conversation.members.map((member) =>
        member.userId === userId && (!member.lastReadMessageId || idAtLeast(messageId, member.lastReadMessageId))
          ? { ...member, lastReadMessageId: messageId }
          : member,
      ),
    });
  }

  private receiveTyping({
    conversationId,
    userId,
    typing,
  }: {
    conversationId: string;
    userId: string;
    typing: boolean;
  }) {
    if (userId === this.userId) return;
    clearTimeout(this.typingTimers.get(conversationId));
    if (!typing) {
      this.clearTyping(conversationId);
      return;
    }
    this.set({ typing: { ...this.state.typing, [conversationId]: userId } });
    // A lost "stopped typing" must not leave the indicator on forever.
    this.typingTimers.set(
      conversationId,
      setTimeout(() => this.clearTyping(conversationId), TYPING_TIMEOUT_MS),
    );
  }

  private clearTyping(conversationId: string) {
    clearTimeout(this.typingTimers.get(conversationId));
    this.typingTimers.delete(conversationId);
    if (!(conversationId in this.state.typing)) return;
    const typing = { ...this.state.typing };
    delete typing[conversationId];
    this.set({ typing });
  }

  private receivePresence({
    userId,
    online,
    lastSeenAt,
  }: {
    userId: string;
    online: boolean;
    lastSeenAt: string | null;
  }) {
    if (!this.state.conversations.some((c) => c.members.some((m) => m.userId === userId))) return;
    this.set({
      conversations: this.state.conversations.map((c) =>
        c.members.some((m) => m.userId === userId)
          ? { ...c, members: c.members.map((m) => (m.userId === userId ? { ...m, online, lastSeenAt } : m)) }
          : c,
      ),
    });
  }

  upsertConversation(conversation: ConversationDto) {
    const others = this.state.conversations.filter((c) => c.id !== conversation.id);
    this.set({ conversations: sortConversations([...others, conversation]) });
  }

  // ---- sending ----

  /** Queues a message and sends it when connected; it stays in the outbox until acknowledged. */
  send(conversationId: string, text: string): OutboxItem {
    const item: OutboxItem = {
      clientId: newClientId(),
      conversationId,
      text,
      createdAt: new Date().toISOString(),
      error: null,
    };
    this.set({ outbox: [...this.state.outbox, item] });
    this.emitSend(item);
    return item;
  }

  retry(clientId: string) {
    const item = this.state.outbox.find((i) => i.clientId === clientId);
    if (!item) return;
    const again = { ...item, error: null };
    this.set({ outbox: this.state.outbox.map((i) => (i.clientId === clientId ? again : i)) });
    this.emitSend(again);
  }

  discard(clientId: string) {
    this.set({ outbox: this.state.outbox.filter((i) => i.clientId !== clientId) });
  }

  /** Sends every outbox entry not refused and not already on its way. */
  flushOutbox() {
    for (const item of this.state.outbox) if (!item.error) this.emitSend(item);
  }

  private emitSend(item: OutboxItem) {
    const socket = this.socket;
    if (!socket?.connected || this.inFlight.has(item.clientId)) return;
    this.inFlight.add(item.clientId);
    socket.emit(
      'message:send',
      { conversationId: item.conversationId, clientId: item.clientId, text: item.text },
      (res: Ack<MessageDto>) => {
        this.inFlight.delete(item.clientId);
        if (res.ok) {
          this.receive(res.data, true);
          this.dropConfirmed([res.data]);
          return;
        }
        if (!this.state.outbox.some((i) => i.clientId === item.clientId)) return;
        this.set({
          outbox: this.state.outbox.map((i) =>
            i.clientId === item.clientId ? { ...i, error: res.error?.code ?? 'internal' } : i,
          ),
        });
      },
    );
  }

  edit(messageId: string, text: string): Promise<ChatAck<MessageDto>> {
    return this.request('message:edit', { messageId, text });
  }

  remove(messageId: string): Promise<ChatAck<MessageDto>> {
    return this.request('message:delete', { messageId });
  }

  private request(
    event: 'message:edit' | 'message:delete',
    payload: { messageId: string; text?: string },
  ): Promise<ChatAck<MessageDto>> {
    const socket = this.socket;
    if (!socket?.connected) {
      return Promise.resolve({ ok: false, error: { code: 'offline', message: 'Not connected' } });
    }
    return new Promise((resolve) => {
      const done = (res: Ack<MessageDto>) => {
        if (res.ok) this.receive(res.data, false);
        resolve(res);
      };
      if (event === 'message:edit')
        socket.emit(event, { messageId: payload.messageId, text: payload.text ?? '' }, done);
      else socket.emit(event, { messageId: payload.messageId }, done);
    });
  }

  /** Tells the server (and so the other member) that everything up to `messageId` was read. */
  markRead(conversationId: string, messageId: string) {
    const conversation = this.conversation(conversationId);
    if (conversation && conversation.unreadCount > 0) this.upsertConversation({ ...conversation, unreadCount: 0 });
    const socket = this.socket;
    if (!socket?.connected) return;
    socket.emit('conversation:read', { conversationId, messageId }, (res) => {
      if (res?.ok) this.set({ unreadTotal: res.data.unreadTotal });
    });
  }

  setTyping(conversationId: string, typing: boolean) {
    if (this.socket?.connected) this.socket.emit('typing', { conversationId, typing });
  }
}

function sortConversations(conversations: ConversationDto[]): ConversationDto[] {
  return [...conversations].sort((a, b) =>
    a.lastActivityAt === b.lastActivityAt ? (a.id < b.id ? 1 : -1) : a.lastActivityAt < b.lastActivityAt ? 1 : -1,
  );
}
