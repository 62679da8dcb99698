import mongoose from 'mongoose';
import { MessageModel } from '../features/chat/message.model';
import {
  chatUser,
  emitAck,
  newClientId,
  openSocket,
  startConversationWith,
  until,
  useChatServer,
  useSockets,
  type ChatSocket,
} from '../../test/chat-helpers';

const server = useChatServer({ CHAT_MESSAGES_PER_WINDOW: '6', CHAT_WINDOW_SECONDS: '600', SOCKETS_PER_MEMBER: '3' });
const socketFor = useSockets(server);
const http = () => server().httpServer;

const send = (socket: ChatSocket, conversationId: string, text: string) =>
  emitAck(socket, 'message:send', { conversationId, clientId: newClientId(), text });
const codeOf = (ack: Awaited<ReturnType<typeof send>>) => (ack.ok ? 'ok' : ack.error.code);
const storedIn = (conversationId: string) =>
  MessageModel.countDocuments({ conversationId: new mongoose.Types.ObjectId(conversationId) });

describe('chat limits per member', () => {
  it('three sockets of one member share one message budget; each stays usable', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const sockets = [await socketFor(a), await socketFor(a), await socketFor(a)];
    const acks = await Promise.all(sockets.flatMap((s, i) => [0, 1, 2, 3].map((j) => send(s, conv.id, `${i}.${j}`))));
    const codes = acks.map(codeOf);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(6);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(6);
    expect(await storedIn(conv.id)).toBe(6);
    const refused = acks.find((ack) => !ack.ok);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.any(String) } });
    const firstId = acks.find((ack) => ack.ok)!;
    for (const s of sockets) {
      const read = await emitAck(s, 'conversation:read', {
        conversationId: conv.id,
        messageId: firstId.ok ? firstId.data.id : '',
      });
      expect(read.ok).toBe(true);
    }
    // The other member's budget is untouched.
    expect(codeOf(await send(await socketFor(b), conv.id, 'reply'))).toBe('ok');
  });

  it('reconnecting does not reset the budget', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const conv = await startConversationWith(http(), a, b);
    const first = await socketFor(a);
    for (let i = 0; i < 6; i += 1) expect(codeOf(await send(first, conv.id, `m${i}`))).toBe('ok');
    first.close();
    const again = await socketFor(a);
    expect(codeOf(await send(again, conv.id, 'after reconnect'))).toBe('rate_limited');
    expect(await storedIn(conv.id)).toBe(6);
  });

  it('a member may hold at most the configured number of sockets; the next handshake gets connect_error too_many_sockets', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const open = [await socketFor(a), await socketFor(a), await socketFor(a)];
    const refused = await openSocket(server().url, a).then(
      (s) => {
        s.close();
        return null;
      },
      (err: Error & { data?: { code: string } }) => err,
    );
    expect(refused?.message).toBe('too_many_sockets');
    expect(refused?.data?.code).toBe('too_many_sockets');
    // Other members are not affected, and a closed socket frees its place.
    await socketFor(b);
    open[0]!.close();
    let again: ChatSocket | undefined;
    await until(async () => {
      again = await openSocket(server().url, a).catch(() => undefined);
      return again !== undefined;
    });
    again!.close();
  });
});
