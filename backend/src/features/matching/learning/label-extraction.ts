import { Types, trusted } from 'mongoose';
import { ConversationModel, MessageModel } from '../../chat';
import { MeetingModel, type MeetingRecord } from '../../meetings';
import { FeedbackModel, type FeedbackRecord } from '../feedback.model';
import type { BehaviourEvent } from './labels';

/** Behaviour older than this does not teach (tastes and profiles change). */
export const LABEL_WINDOW_DAYS = 365;
/** At most this many rows of each source, newest first: training reads stay bounded. */
export const MAX_ROWS_PER_SOURCE = 50_000;
/** Conversations checked at once for "both sides wrote". */
const CONVERSATION_BATCH = 20;

export interface ExtractionOptions {
  /** A user's profile id, as far as the matching index knows (no per-user query). */
  profileOfUser: (userId: string) => string | undefined;
  now?: Date;
  windowDays?: number;
  maxRows?: number;
}

/**
 * What members did, from the real collections, as (viewer profile, candidate profile) events:
 * feedback (save, dismiss, not now), meetings between two profiles (accepted, held = accepted and
 * over, declined: a weak "no" from the one who declined), and direct conversations both sides wrote
 * in (positive both ways). Every read is a range on `_id` (time-ordered), newest first, with a limit:
 * indexed and bounded on MongoDB and FerretDB alike.
 */
export async function extractBehaviour(options: ExtractionOptions): Promise<BehaviourEvent[]> {
  const now = options.now ?? new Date();
  const since = Types.ObjectId.createFromTime(
    Math.floor((now.getTime() - (options.windowDays ?? LABEL_WINDOW_DAYS) * 86_400_000) / 1000),
  );
  const recent = { _id: trusted({ $gte: since }) };
  const limit = options.maxRows ?? MAX_ROWS_PER_SOURCE;
  const [feedback, meetings, conversations] = await Promise.all([
    FeedbackModel.find(recent, { userId: 1, profileId: 1, action: 1 })
      .sort({ _id: -1 })
      .limit(limit)
      .lean<FeedbackRecord[]>(),
    MeetingModel.find(recent, { requesterProfileId: 1, receiverProfileId: 1, status: 1, acceptedEnd: 1 })
      .sort({ _id: -1 })
      .limit(limit)
      .lean<MeetingRecord[]>(),
    ConversationModel.find(recent, { members: 1, type: 1 }).sort({ _id: -1 }).limit(limit).lean(),
  ]);
  const events: BehaviourEvent[] = [];
  for (const f of feedback) {
    const viewerId = options.profileOfUser(f.userId.toString());
    if (viewerId) events.push({ viewerId, candidateId: f.profileId.toString(), kind: f.action });
  }
  for (const m of meetings) events.push(...meetingEvents(m, now));
  const direct = conversations.filter((c) => c.type !== 'group' && c.members.length === 2);
  for (let i = 0; i < direct.length; i += CONVERSATION_BATCH) {
    const batch = direct.slice(i, i + CONVERSATION_BATCH);
    const replied = await Promise.all(batch.map((c) => bothWrote(c._id, c.members)));
    batch.forEach((c, j) => {
      if (!replied[j]) return;
      const [a, b] = c.members.map((u) => options.profileOfUser(u.toString()));
      if (!a || !b) return;
      events.push(
        { viewerId: a, candidateId: b, kind: 'conversation-replied' },
        { viewerId: b, candidateId: a, kind: 'conversation-replied' },
      );
    });
  }
  return events;
}

function meetingEvents(
  m: Pick<MeetingRecord, 'requesterProfileId' | 'receiverProfileId' | 'status' | 'acceptedEnd'>,
  now: Date,
): BehaviourEvent[] {
  if (!m.requesterProfileId || !m.receiverProfileId) return [];
  const requester = m.requesterProfileId.toString();
  const receiver = m.receiverProfileId.toString();
  if (m.status === 'declined') return [{ viewerId: receiver, candidateId: requester, kind: 'meeting-declined' }];
  if (m.status !== 'accepted') return [];
  const kind = m.acceptedEnd && m.acceptedEnd <= now ? 'meeting-held' : 'meeting-accepted';
  return [
    { viewerId: requester, candidateId: receiver, kind },
    { viewerId: receiver, candidateId: requester, kind },
  ];
}

/** Whether each member sent a message (two lookups on the {conversationId, senderId, …} index). */
async function bothWrote(conversationId: Types.ObjectId, members: readonly Types.ObjectId[]): Promise<boolean> {
  const sent = await Promise.all(
    members.map((senderId) => MessageModel.exists({ conversationId, senderId, deletedAt: null })),
  );
  return sent.every((s) => s !== null);
}
