import { afterEach, describe, expect, it } from 'vitest';
import type { MessageDto } from '@musubi/shared';
import { createFakeSocket, mockApi } from '../../test/fakes';
import { buildMessage, CONVERSATION_ID, messageId } from './chatTestData';
import { ChatStore, mergeMessages, newClientId, type ChatSocket } from './chatStore';

const MESSAGES = `/api/conversations/${CONVERSATION_ID}/messages`;

function connectedStore(userId = 'u1') {
  const socket = createFakeSocket();
  const store = new ChatStore(userId);
  const detach = store.attach(socket as unknown as ChatSocket);
  return { socket, store, detach };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The server's answer to a send: the message as stored. */
function stored(clientId: string, text: string, n = 50): MessageDto {
  return buildMessage(n, { senderId: 'u1', clientId, text });
}

afterEach(() => {
  localStorage.clear();
});

describe('chat store', () => {
  it('makes client ids the server accepts', () => {
    for (let i = 0; i < 20; i += 1) expect(newClientId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('orders by (createdAt, id) and keeps one copy per id', () => {
    const a = buildMessage(1);
    const b = buildMessage(2);
    const sameTime = buildMessage(3, { createdAt: a.createdAt });
    const merged = mergeMessages([b, a], [sameTime, a, { ...b, text: 'edited', editedAt: b.createdAt }]);
    expect(merged.map((m) => m.id)).toEqual([a.id, sameTime.id, b.id]);
    expect(merged[2]?.text).toBe('edited');
  });

  it('keeps unacknowledged messages across a reload and resends them on reconnect with the same clientId', async () => {
    mockApi({ 'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } } });
    const first = connectedStore();
    // Offline: nothing can be sent yet, the message waits in the outbox.
    const item = first.store.send(CONVERSATION_ID, 'こんにちは');
    expect(first.socket.sent('message:send')).toHaveLength(0);
    expect(first.store.getState().outbox).toMatchObject([{ clientId: item.clientId, text: 'こんにちは' }]);
    first.detach();

    // A reload: a new store for the same user finds the message again.
    const second = connectedStore();
    expect(second.store.getState().outbox.map((i) => i.clientId)).toEqual([item.clientId]);
    second.socket.acceptHandshake();
    await flush();
    const sends = second.socket.sent('message:send');
    expect(sends).toHaveLength(1);
    expect(sends[0]?.payload).toEqual({ conversationId: CONVERSATION_ID, clientId: item.clientId, text: 'こんにちは' });

    // The connection drops before the ack; on reconnect the same clientId is sent again.
    second.socket.drop();
    second.socket.acceptHandshake();
    await flush();
    const again = second.socket.sent('message:send');
    expect(again).toHaveLength(2);
    expect((again[1]?.payload as { clientId: string }).clientId).toBe(item.clientId);

    // The server answers both with the one stored message: shown once, outbox empty.
    const message = stored(item.clientId, 'こんにちは');
    again[0]?.ack?.({ ok: true, data: message });
    again[1]?.ack?.({ ok: true, data: message });
    const state = second.store.getState();
    expect(state.outbox).toEqual([]);
    expect(state.threads[CONVERSATION_ID]?.messages.map((m) => m.id)).toEqual([message.id]);
    expect(JSON.parse(localStorage.getItem('musubi.chat.outbox.u1') ?? '[]')).toEqual([]);
  });

  it('shows a message once when both the ack and message:new arrive, in either order', async () => {
    mockApi({ 'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } } });
    const { socket, store } = connectedStore();
    socket.acceptHandshake();
    await flush();

    const one = store.send(CONVERSATION_ID, 'first');
    const two = store.send(CONVERSATION_ID, 'second');
    const [sendOne, sendTwo] = socket.sent('message:send');
    const m1 = stored(one.clientId, 'first', 10);
    const m2 = stored(two.clientId, 'second', 11);
    socket.serverEmit('message:new', m1);
    sendOne?.ack?.({ ok: true, data: m1 });
    sendTwo?.ack?.({ ok: true, data: m2 });
    socket.serverEmit('message:new', m2);

    const state = store.getState();
    expect(state.threads[CONVERSATION_ID]?.messages.map((m) => m.text)).toEqual(['first', 'second']);
    expect(state.outbox).toEqual([]);
  });

  it('keeps a refused message in the outbox with its error until retried', async () => {
    mockApi({ 'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } } });
    const { socket, store } = connectedStore();
    socket.acceptHandshake();
    await flush();
    const item = store.send(CONVERSATION_ID, 'hello');
    socket.sent('message:send')[0]?.ack?.({ ok: false, error: { code: 'rate_limited', message: 'slow down' } });
    expect(store.getState().outbox[0]).toMatchObject({ clientId: item.clientId, error: 'rate_limited' });

    store.retry(item.clientId);
    const retried = socket.sent('message:send');
    expect(retried).toHaveLength(2);
    expect((retried[1]?.payload as { clientId: string }).clientId).toBe(item.clientId);
    expect(store.getState().outbox[0]?.error).toBeNull();
  });

  it('after a reconnect, fetches what came after the last message seen and merges it without duplicates', async () => {
    const api = mockApi({
      'GET /api/chat/unread': { status: 200, body: { unreadTotal: 1 } },
      [`GET ${MESSAGES}`]: { status: 200, body: { items: [buildMessage(1), buildMessage(2)], hasMore: false } },
      // The catch-up page overlaps with what is already shown (message 2) and brings 3 and 4.
      [`GET ${MESSAGES}?after=${messageId(2)}&limit=100`]: {
        status: 200,
        body: { items: [buildMessage(2), buildMessage(3)], hasMore: true },
      },
      [`GET ${MESSAGES}?after=${messageId(3)}&limit=100`]: {
        status: 200,
        body: { items: [buildMessage(4)], hasMore: false },
      },
    });
    const { socket, store } = connectedStore();
    socket.acceptHandshake();
    await store.loadLatest(CONVERSATION_ID);
    // Message 3 arrived live just before the drop.
    socket.serverEmit('message:new', buildMessage(3));

    socket.drop();
    socket.acceptHandshake();
    await flush();
    await flush();
    await flush();

    expect(api.calls(`GET ${MESSAGES}?after=${messageId(2)}&limit=100`)).toHaveLength(0);
    expect(api.calls(`GET ${MESSAGES}?after=${messageId(3)}&limit=100`)).toHaveLength(1);
    expect(store.getState().threads[CONVERSATION_ID]?.messages.map((m) => m.id)).toEqual([1, 2, 3, 4].map(messageId));
    expect(store.getState().unreadTotal).toBe(1);
  });

  it('pages through the catch-up while the server says there is more', async () => {
    const api = mockApi({
      'GET /api/chat/unread': { status: 200, body: { unreadTotal: 0 } },
      [`GET ${MESSAGES}`]: { status: 200, body: { items: [buildMessage(1)], hasMore: false } },
      [`GET ${MESSAGES}?after=${messageId(1)}&limit=100`]: {
        status: 200,
        body: { items: [buildMessage(1), buildMessage(2)], hasMore: true },
      },
      [`GET ${MESSAGES}?after=${messageId(2)}&limit=100`]: {
        status: 200,
        body: { items: [buildMessage(3)], hasMore: false },
      },
    });
    const { store } = connectedStore();
    await store.loadLatest(CONVERSATION_ID);
    await store.catchUp(CONVERSATION_ID);
    expect(api.calls(`GET ${MESSAGES}?after=${messageId(2)}&limit=100`)).toHaveLength(1);
    expect(store.getState().threads[CONVERSATION_ID]?.messages.map((m) => m.id)).toEqual([1, 2, 3].map(messageId));
  });

  it('loads older pages with before= when scrolling up, and stops when there are no more', async () => {
    const api = mockApi({
      [`GET ${MESSAGES}`]: { status: 200, body: { messages: [buildMessage(5), buildMessage(6)], hasMore: true } },
      [`GET ${MESSAGES}?before=${messageId(5)}`]: {
        status: 200,
        body: { messages: [buildMessage(3), buildMessage(4)], hasMore: false },
      },
    });
    const { store } = connectedStore();
    await store.loadLatest(CONVERSATION_ID);
    await store.loadOlder(CONVERSATION_ID);
    await store.loadOlder(CONVERSATION_ID);
    expect(api.calls(`GET ${MESSAGES}?before=${messageId(5)}`)).toHaveLength(1);
    const thread = store.getState().threads[CONVERSATION_ID];
    expect(thread?.messages.map((m) => m.id)).toEqual([3, 4, 5, 6].map(messageId));
    expect(thread?.hasMore).toBe(false);
  });
});
