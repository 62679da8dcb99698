import { ensureGroupConversation, eventChannelKeyOf, syncGroupMembers } from '../chat';
import { oid, withEventLock } from './event-access';
import { EventModel, ParticipantModel, type EventRecord } from './event.model';

export const channelKeyOf = eventChannelKeyOf;

/**
 * Keeps the event's announcement channel in line with the event: opened on publish (or at the
 * first approved participant), members = organisers + approved participants, admins = organisers,
 * replies as the event allows. Called after every change of any of those; returns the event as
 * stored (with the channel's id once it exists).
 */
export async function syncChannel(event: EventRecord): Promise<EventRecord> {
  // One sync at a time per event, each reading the members afresh: two racing syncs computed from
  // different moments could otherwise leave the older member list as the last write.
  const eventId = event._id.toString();
  return withEventLock('channel', eventId, () => syncNow(eventId, event), { tries: 200, waitMs: 25 });
}

async function syncNow(eventId: string, seen: EventRecord): Promise<EventRecord> {
  const event = (await EventModel.findById(seen._id).lean<EventRecord>()) ?? seen;
  const approved = await ParticipantModel.find({ eventId: event._id, status: 'approved' }, { userId: 1 }).lean();
  if (event.status === 'draft' && !event.channelConversationId && approved.length === 0) return event;
  const adminIds = event.organiserIds.map(String);
  const memberIds = [...new Set([...adminIds, ...approved.map((p) => p.userId.toString())])];
  const key = channelKeyOf(eventId);
  if (event.channelConversationId) {
    await syncGroupMembers(key, memberIds, adminIds, event.announcementReplies);
    return event;
  }
  const { conversationId, created } = await ensureGroupConversation({
    key,
    title: event.title,
    eventId,
    memberIds,
    adminIds,
    membersCanPost: event.announcementReplies,
  });
  if (!created) await syncGroupMembers(key, memberIds, adminIds, event.announcementReplies);
  await EventModel.updateOne({ _id: event._id }, { $set: { channelConversationId: oid(conversationId) } });
  return { ...event, channelConversationId: oid(conversationId) };
}
