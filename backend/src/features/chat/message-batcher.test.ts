import { Types } from 'mongoose';
import { MessageBatcher } from './message-batcher';
import { MessageModel } from './message.model';

describe('MessageBatcher (group commit)', () => {
  it('writes concurrent sends in batches and resolves each only once its document is stored', async () => {
    const batcher = new MessageBatcher(2, 50);
    const conversationId = new Types.ObjectId();
    const senderId = new Types.ObjectId();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        batcher.write({ conversationId, senderId, clientId: `client-${i}`, text: `t${i}` }).then(async (r) => ({
          r,
          stored: await MessageModel.exists({ _id: r.message._id }),
        })),
      ),
    );
    expect(results.every(({ r, stored }) => r.created && !!stored)).toBe(true);
    expect(await MessageModel.countDocuments({ conversationId })).toBe(200);
  });

  it('resolves a clientId already stored (in the same or an earlier batch) to the stored message', async () => {
    const batcher = new MessageBatcher();
    const conversationId = new Types.ObjectId();
    const senderId = new Types.ObjectId();
    const input = { conversationId, senderId, clientId: 'same-client-id', text: 'once' };
    const first = await Promise.all([batcher.write(input), batcher.write(input)]);
    const later = await Promise.all([batcher.write(input), batcher.write({ ...input, clientId: 'other-client' })]);
    expect(first.map((r) => r.created)).toEqual([true, false]);
    expect(later[0]!.created).toBe(false);
    expect(new Set([...first, later[0]!].map((r) => r.message._id.toString())).size).toBe(1);
    expect(later[1]!.created).toBe(true);
    expect(await MessageModel.countDocuments({ conversationId })).toBe(2);
    await batcher.drain();
  });
});
