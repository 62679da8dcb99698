import { isDuplicateKey } from '../../db/unique';
import { Types, trusted } from 'mongoose';
import { MessageModel, type MessageRecord } from './message.model';

export interface PendingMessage {
  conversationId: Types.ObjectId;
  senderId: Types.ObjectId;
  clientId: string;
  text: string;
}

/** `created` is false when the same clientId was already stored: the stored message comes back. */
export interface WriteResult {
  message: MessageRecord;
  created: boolean;
}

interface Waiting {
  doc: MessageRecord;
  resolve(result: WriteResult): void;
  reject(err: unknown): void;
}

const keyOf = (m: PendingMessage) => `${m.conversationId.toString()}|${m.senderId.toString()}|${m.clientId}`;

/**
 * Group commit: sends arriving within `maxDelayMs` (or until `maxBatch`) are written with one
 * `insertMany({ ordered: false })`, one write in flight at a time (what arrives meanwhile forms
 * the next batch); each caller's promise resolves only once its document is in the database. A duplicate clientId (unique index, error 11000) resolves to the stored message.
 */
export class MessageBatcher {
  private queue = new Map<string, Waiting[]>();
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;

  constructor(
    private readonly maxDelayMs = 2,
    private readonly maxBatch = 1000,
  ) {}

  write(pending: PendingMessage): Promise<WriteResult> {
    return new Promise<WriteResult>((resolve, reject) => {
      const key = keyOf(pending);
      // No `editedAt: null` / `deletedAt: null`: absent reads as null (a `{ deletedAt: null }`
      // filter matches a missing field on MongoDB and FerretDB alike), and each stored field
      // costs the database CPU on every insert.
      const doc: MessageRecord = {
        _id: new Types.ObjectId(),
        ...pending,
        createdAt: new Date(),
      };
      const same = this.queue.get(key);
      if (same) same.push({ doc, resolve, reject });
      else this.queue.set(key, [{ doc, resolve, reject }]);
      // While a write is in flight the queue just grows: the next batch goes when it returns.
      if (this.inFlight > 0) return;
      if (this.queue.size >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  /** Resolves once nothing is queued or being written (for shutdown and tests). */
  async drain(): Promise<void> {
    while (this.queue.size > 0 || this.inFlight > 0) {
      if (this.queue.size > 0) this.flush();
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.size === 0) return;
    const batch: Waiting[][] = [];
    for (const [key, group] of this.queue) {
      if (batch.length >= this.maxBatch) break;
      batch.push(group);
      this.queue.delete(key);
    }
    this.inFlight += 1;
    void this.commit(batch).then((settle) => {
      this.inFlight -= 1;
      // The next batch goes to the database before this one's callers run: their acks and
      // broadcasts then overlap with that write instead of delaying it. Settling comes last but
      // always, so no caller waits forever whatever the flush does.
      try {
        if (this.queue.size > 0) this.flush();
      } finally {
        settle();
      }
    });
  }

  /** Writes a batch; resolves (never rejects) to what tells its callers the outcome. */
  private async commit(batch: Waiting[][]): Promise<() => void> {
    const failAll = (err: unknown) => () => {
      for (const group of batch) for (const w of group) w.reject(err);
    };
    // Within a batch, one document per clientId; its copies get the same outcome.
    const docs = batch.map((group) => group[0]!.doc);
    let failed = false;
    try {
      await MessageModel.collection.insertMany(docs, { ordered: false });
    } catch (err) {
      failed = true;
      if (!isDuplicateKey(err)) return failAll(err);
    }
    let stored = new Map<string, MessageRecord>();
    if (failed) {
      try {
        stored = await this.storedVersions(docs);
      } catch (err) {
        return failAll(err);
      }
    }
    return () => {
      for (const group of batch) {
        const first = group[0]!.doc;
        const existing = failed ? stored.get(keyOf(first)) : first;
        group.forEach((w, i) => {
          if (!existing) w.reject(new Error('message not stored'));
          else w.resolve({ message: existing, created: i === 0 && existing._id.equals(first._id) });
        });
      }
    };
  }

  /** After a partial failure: the stored message for each key (ours, or the earlier copy). */
  private async storedVersions(docs: MessageRecord[]): Promise<Map<string, MessageRecord>> {
    const byConversation = [...new Set(docs.map((d) => d.conversationId.toString()))];
    const rows = await MessageModel.find({
      conversationId: trusted({ $in: byConversation.map((id) => new Types.ObjectId(id)) }),
      clientId: trusted({ $in: [...new Set(docs.map((d) => d.clientId))] }),
    }).lean<MessageRecord[]>();
    return new Map(rows.map((r) => [keyOf(r), r]));
  }
}
