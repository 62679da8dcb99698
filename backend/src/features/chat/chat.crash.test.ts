import mongoose from 'mongoose';
import { MessageModel } from './message.model';
import {
  chatUser,
  emitAck,
  newClientId,
  openSocket,
  startConversationWith,
  type ChatSocket,
} from '../../../test/chat-helpers';
import { startBackend, type Child } from '../../../test/processes';

describe('a server killed mid-send', () => {
  let backend: Child | undefined;
  afterAll(async () => {
    await backend?.stop('SIGKILL');
  });

  it('after SIGKILL and a restart, every acknowledged message is stored', async () => {
    // The chat limit is per member: lifted here so all 120 sends are in flight when the server dies.
    const env = { MONGODB_DB: mongoose.connection.db!.databaseName, CHAT_MESSAGES_PER_WINDOW: '1000' };
    backend = await startBackend(env);
    const users = [await chatUser(backend.url), await chatUser(backend.url)] as const;
    const conv = await startConversationWith(backend.url, users[0], users[1]);
    // Several sockets, so many sends are in flight at once.
    const sockets: ChatSocket[] = await Promise.all(
      Array.from({ length: 6 }, (_, i) => openSocket(backend!.url, users[i % 2]!)),
    );
    const acked: string[] = [];
    let killed = false;
    const sends = sockets.flatMap((s) =>
      Array.from({ length: 20 }, async () => {
        const ack = await Promise.race([
          emitAck(s, 'message:send', { conversationId: conv.id, clientId: newClientId(), text: 'crash' }),
          new Promise<null>((r) => s.once('disconnect', () => r(null))),
        ]);
        if (ack?.ok) acked.push(ack.data.id);
        if (!killed && acked.length >= 30) {
          killed = true;
          backend!.proc.kill('SIGKILL');
        }
      }),
    );
    await Promise.all(sends);
    for (const s of sockets) s.close();
    await backend.stop('SIGKILL');
    expect(killed).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(30);

    backend = await startBackend(env);
    const stored = await MessageModel.find({ conversationId: new mongoose.Types.ObjectId(conv.id) }, { _id: 1 }).lean();
    const storedIds = new Set(stored.map((m) => m._id.toString()));
    expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
  }, 60_000);
});
