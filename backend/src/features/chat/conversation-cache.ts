import { Types, trusted } from 'mongoose';
import { CoalescedLoader } from './coalesced-loader';
import { ConversationModel, type ConversationRecord } from './conversation.model';

/**
 * Conversations as this process last read them, for the send path (membership, block, policy).
 * This process's own changes apply at once (`forgetConversation`). Another process's changes
 * apply within CONVERSATION_FRESH_MS: every POLL_MS one query lists the conversations whose
 * `updatedAt` (set by every mongoose update) moved lately, and those cached with another
 * `updatedAt` are dropped. That is one query per process however many conversations are cached;
 * re-reading each cached conversation instead meant hundreds of `$in` reads a second, each a
 * collection scan on FerretDB. (Two changes within one millisecond with a read between them would
 * go unnoticed until the next change: updatedAt has millisecond resolution.)
 */
export const CONVERSATION_FRESH_MS = 2000;
/** Half the freshness bound, so a change is seen in time even when one poll is slow. */
const POLL_MS = CONVERSATION_FRESH_MS / 2;
/** Polls overlap by this much: `updatedAt` comes from the writer's clock, and writes land late. */
const CLOCK_SKEW_MS = 5000;
const CACHE_MAX = 50_000;

const oid = (id: string) => new Types.ObjectId(id);

const entries = new Map<string, ConversationRecord>();
/** Bumped by every drop: a read that overlapped one may be older than the drop, so it is not kept. */
let drops = 0;
let poller: NodeJS.Timeout | undefined;
let polledFrom = 0;
let polling = false;

/** One `$in` read per tick for the misses (FerretDB indexes `_id` equality only, one at a time). */
const loader = new CoalescedLoader<ConversationRecord>(async (ids) => {
  const rows = await ConversationModel.find({ _id: trusted({ $in: ids.map(oid) }) }).lean<ConversationRecord[]>();
  return new Map(rows.map((c) => [c._id.toString(), c]));
});

/** The conversation (from memory when this process has it), or undefined when there is none. */
export async function cachedConversation(id: string): Promise<ConversationRecord | undefined> {
  const hit = entries.get(id);
  if (hit) return hit;
  const dropsBefore = drops;
  startPolling();
  const c = await loader.load(id);
  if (c && drops === dropsBefore) {
    if (entries.size >= CACHE_MAX) entries.delete(entries.keys().next().value!);
    entries.set(id, c);
  }
  return c;
}

/** Drops a conversation from this process's cache after changing its block, member or policy state. */
export function forgetConversation(id: string): void {
  drops += 1;
  entries.delete(id);
  loader.forget(id);
}

function startPolling(): void {
  if (poller) return;
  polledFrom = Date.now();
  poller = setInterval(() => void poll(), POLL_MS);
  poller.unref();
}

async function poll(): Promise<void> {
  if (polling) return;
  if (entries.size === 0) {
    // Nothing to drop; what is read from now on is read after this moment (less the overlap).
    polledFrom = Date.now();
    return;
  }
  polling = true;
  const startedAt = Date.now();
  try {
    const changed = await ConversationModel.find(
      { updatedAt: trusted({ $gte: new Date(polledFrom - CLOCK_SKEW_MS) }) },
      { _id: 1, updatedAt: 1 },
    ).lean<Pick<ConversationRecord, '_id' | 'updatedAt'>[]>();
    for (const c of changed) {
      const id = c._id.toString();
      const cached = entries.get(id);
      // The overlap lists a change again for a few polls: only copies read before it are dropped.
      if (cached && cached.updatedAt.getTime() !== c.updatedAt.getTime()) forgetConversation(id);
    }
    polledFrom = startedAt;
  } catch {
    // Unknown what changed: drop everything rather than serve it past the freshness bound.
    drops += 1;
    entries.clear();
    loader.forget();
  } finally {
    polling = false;
  }
}
