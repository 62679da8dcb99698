import { createHash, randomBytes } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import type { CalendarFeedDto } from '@musubi/shared';
import { notFound } from '../../http/errors';
import { CalendarFeedModel, type CalendarFeedRecord } from './availability.model';
import { nowMs } from './clock';
import { buildCalendar } from './ics';
import { MeetingModel, type MeetingRecord } from './meeting.model';
import { loadMeetingFor } from './meetings.access';
import { loadPeople } from './people';
import type { DomainEventBus } from '../../events';
import { isDuplicateKey } from '../../db/unique';

/** Cancelled meetings stay in the feed this long, as STATUS:CANCELLED, so calendars drop them. */
const CANCELLED_KEPT_MS = 30 * 24 * 3600 * 1000;
const FEED_MAX = 500;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const feedPath = (token: string) => `/api/calendar/ics/${token}`;

/** The .ics of one meeting the viewer takes part in. */
export async function meetingIcs(events: DomainEventBus, viewerId: string, id: string): Promise<string> {
  const m = await loadMeetingFor(events, viewerId, id);
  return buildCalendar([m], await loadPeople(m.participantIds.map(String)));
}

export async function getFeed(userId: string): Promise<CalendarFeedDto> {
  const feed = await CalendarFeedModel.findOne({ userId: new Types.ObjectId(userId) }).lean<CalendarFeedRecord>();
  // Only the hash is stored: the URL is shown once, when it is made.
  return { enabled: !!feed, url: null, createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new secret feed URL (any previous one stops working). */
export async function rotateFeed(userId: string, origin: string): Promise<CalendarFeedDto> {
  const owner = new Types.ObjectId(userId);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const token = randomBytes(32).toString('base64url');
    const createdAt = new Date();
    await CalendarFeedModel.deleteMany({ userId: owner });
    try {
      await CalendarFeedModel.create({ _id: hashOf(token), userId: owner, createdAt });
      return { enabled: true, url: `${origin}${feedPath(token)}`, createdAt: createdAt.toISOString() };
    } catch (err) {
      // A concurrent rotation got there first: replace it again.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error('could not rotate the calendar feed');
}

export async function revokeFeed(userId: string): Promise<CalendarFeedDto> {
  await CalendarFeedModel.deleteMany({ userId: new Types.ObjectId(userId) });
  return { enabled: false, url: null, createdAt: null };
}

/** The feed behind a secret token: accepted meetings, and recently cancelled ones as CANCELLED. */
export async function feedIcs(token: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Calendar');
  const feed = await CalendarFeedModel.findById(hashOf(token)).lean<CalendarFeedRecord>();
  if (!feed) throw notFound('Calendar');
  const rows = await MeetingModel.find({
    participantIds: feed.userId,
    acceptedStart: trusted({ $ne: null }),
    $or: [
      { status: 'accepted' },
      { status: 'cancelled', updatedAt: trusted({ $gte: new Date(nowMs() - CANCELLED_KEPT_MS) }) },
    ],
  })
    .sort({ acceptedStart: -1 })
    .limit(FEED_MAX)
    .lean<MeetingRecord[]>();
  return buildCalendar(rows, await loadPeople(rows.flatMap((m) => m.participantIds.map(String))), 'Musubi meetings');
}

export async function deleteFeedOf(userId: string): Promise<void> {
  await CalendarFeedModel.deleteMany({ userId: new Types.ObjectId(userId) });
}
