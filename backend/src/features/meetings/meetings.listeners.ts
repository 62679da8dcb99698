import { Types } from 'mongoose';
import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { deleteNotificationsOf } from '../notifications';
import { registerContactAccessCheck } from '../profiles';
import { deleteAvailabilityOf } from './availability.service';
import { deleteFeedOf } from './calendar.service';
import { linkPresenceContacts, pairKeyOf } from '../chat';
import { isEventScheduled } from './event-meetings';
import { MeetingModel, type MeetingRecord } from './meeting.model';
import { endMeetingsOnBlock, forgetMeetingsOf } from './meeting-actions';

/**
 * Contact access: the two have an accepted meeting (upcoming or held) that one asked for and the
 * other accepted. Meetings an organiser scheduled at an event never open contact details by themselves.
 */
export async function haveAcceptedMeeting(viewerId: string, ownerId: string): Promise<boolean> {
  if (viewerId === ownerId) return false;
  const accepted = await MeetingModel.find(
    { pairKey: pairKeyOf(viewerId, ownerId), status: 'accepted' },
    { history: 1 },
  ).lean<Pick<MeetingRecord, 'history'>[]>();
  return accepted.some((m) => !isEventScheduled(m));
}

/** Presence: a meeting one asked for and the other accepted makes the two presence contacts. */
async function linkPresenceOnAccept(meetingId: string): Promise<void> {
  const m = await MeetingModel.findById(meetingId, { status: 1, history: 1, participantIds: 1 }).lean<
    Pick<MeetingRecord, 'status' | 'history' | 'participantIds'>
  >();
  if (!m || m.status !== 'accepted' || isEventScheduled(m)) return;
  const [a, b] = m.participantIds.map(String);
  if (a && b) await linkPresenceContacts(a, b);
}

/** Wires meetings into other features (contact access, presence, blocks, account deletion). */
export function registerMeetingListeners(events: DomainEventBus, logger: Logger): () => void {
  const offs = [
    registerContactAccessCheck(haveAcceptedMeeting),
    events.on('meeting.updated', ({ meetingId }) => {
      linkPresenceOnAccept(meetingId).catch((err: unknown) =>
        logger.warn({ err, meetingId }, 'could not link presence contacts of a meeting'),
      );
    }),
    events.on('chat.blocked', ({ userId, otherUserId }) => {
      endMeetingsOnBlock(events, userId, otherUserId).catch((err: unknown) =>
        logger.error({ err, userId }, 'could not end the meetings of a block'),
      );
    }),
    events.on('user.deleted', ({ userId }) => {
      if (!Types.ObjectId.isValid(userId)) return;
      Promise.all([
        forgetMeetingsOf(events, userId),
        deleteNotificationsOf(userId),
        deleteFeedOf(userId),
        deleteAvailabilityOf(userId),
      ]).catch((err: unknown) => logger.error({ err, userId }, 'could not clean up the meetings of a deleted account'));
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
