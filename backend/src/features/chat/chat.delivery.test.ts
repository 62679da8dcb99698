import request from 'supertest';
import { CHAT_LIMITS, type MessageDto } from '@musubi/shared';
import { Types } from 'mongoose';
import { MessageModel } from './message.model';
import {
  chatUser,
  collect,
  emitAck,
  newClientId,
  sleep,
  startConversationWith,
  until,
  useChatServer,
  useSockets,
} from '../../../test/chat-helpers';

const server = useChatServer();
const socketFor = useSockets(server);
const http = () => server().httpServer;

describe('message:send', () => {
  it('when the same clientId is sent 3 times, stores 1 message and every ack carries its id', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    const received = collect(sb, 'message:new');
    const payload = { conversationId: conv.id, clientId: newClientId(), text: 'こんにちは' };
    const acks = await Promise.all([1, 2, 3].map(() => emitAck(sa, 'message:send', payload)));
    const again = await emitAck(sa, 'message:send', payload);
    const ids = [...acks, again].map((r) => (r.ok ? r.data.id : r.error.code));
    expect(new Set(ids).size).toBe(1);
    expect(await MessageModel.countDocuments({ conversationId: conv.id })).toBe(1);
    await sleep(100);
    expect(received.map((m) => m.id)).toEqual([ids[0]]);
  });

  it('acks only after the database has the message', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const ack = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'hi' });
    if (!ack.ok) throw new Error(ack.error.message);
    const stored = await MessageModel.findById(ack.data.id).lean();
    expect(stored?.text).toBe('hi');
    expect(ack.data.senderId).toBe(a.userId);
  });

  it('stores a new message without editedAt/deletedAt, which still read as null and count as unread', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const ack = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'hi' });
    if (!ack.ok) throw new Error(ack.error.message);
    expect(ack.data).toMatchObject({ editedAt: null, deletedAt: null });
    const raw = await MessageModel.collection.findOne({ _id: new Types.ObjectId(ack.data.id) });
    expect(raw).not.toHaveProperty('editedAt');
    expect(raw).not.toHaveProperty('deletedAt');
    const page = await request(http())
      .get(`/api/conversations/${conv.id}/messages`)
      .set('Cookie', b.cookie)
      .expect(200);
    expect(page.body.messages[0]).toMatchObject({ id: ack.data.id, editedAt: null, deletedAt: null });
    expect((await request(http()).get('/api/chat/unread').set('Cookie', b.cookie).expect(200)).body).toEqual({
      unreadTotal: 1,
    });
  });

  it('stores HTML-looking text exactly as typed', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const text = '<img src=x onerror=alert(1)>';
    const ack = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text });
    expect(ack.ok && ack.data.text).toBe(text);
    const page = await request(http())
      .get(`/api/conversations/${conv.id}/messages`)
      .set('Cookie', b.cookie)
      .expect(200);
    expect(page.body.messages[0].text).toBe(text);
  });

  it('after a reconnect, GET messages?after=<last seen> returns exactly the missed messages, in order, once', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    let sb = await socketFor(b);
    const first = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'seen' });
    if (!first.ok) throw new Error('send failed');
    await until(async () => (await MessageModel.countDocuments({ conversationId: conv.id })) === 1);
    sb.close();
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: `m${i}` });
      if (r.ok) sent.push(r.data.id);
    }
    sb = await socketFor(b);
    const live = collect(sb, 'message:new');
    const res = await request(http())
      .get(`/api/conversations/${conv.id}/messages?after=${first.data.id}`)
      .set('Cookie', b.cookie)
      .expect(200);
    const missed = res.body.messages as MessageDto[];
    expect(missed.map((m) => m.id)).toEqual(sent);
    expect(missed.map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    await sleep(100);
    expect(live).toEqual([]);
  });

  it('when a non-member emits to a conversation, answers not_found and stores nothing', async () => {
    const [a, b, c] = [await chatUser(http()), await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sc = await socketFor(c);
    const ack = await emitAck(sc, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'x' });
    expect(ack).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) });
    expect(await MessageModel.countDocuments({ conversationId: conv.id })).toBe(0);
  });

  it('answers bad input with validation_failed and the socket stays usable', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    for (const bad of [null, 'text', { conversationId: conv.id }, { $where: 1 }]) {
      const ack = await emitAck(sa, 'message:send', bad);
      expect(ack.ok ? 'ok' : ack.error.code).toBe('validation_failed');
    }
    const tooLong = 'あ'.repeat(4001);
    const ack = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: tooLong });
    expect(ack.ok ? 'ok' : ack.error.code).toBe('validation_failed');
    const ok = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'fine' });
    expect(ok.ok).toBe(true);
  });

  it('after the window’s quota, sends get rate_limited and the socket stays usable', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const acks = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: `r${i}` }),
      ),
    );
    const codes = acks.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(20);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(5);
    expect(await MessageModel.countDocuments({ conversationId: conv.id })).toBe(20);
    const read = await emitAck(sa, 'conversation:read', {
      conversationId: conv.id,
      messageId: acks[0]!.ok ? acks[0]!.data.id : '',
    });
    expect(read.ok).toBe(true);
  });

  it('typing signals have their own quota: a flood gets rate_limited, and sending still works', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const acks = await Promise.all(
      Array.from({ length: CHAT_LIMITS.signalsPerWindow + 10 }, () =>
        emitAck(sa, 'typing', { conversationId: conv.id, typing: true }),
      ),
    );
    const codes = acks.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(CHAT_LIMITS.signalsPerWindow);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(10);
    const sent = await emitAck(sa, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'hi' });
    expect(sent.ok).toBe(true);
  });
});
