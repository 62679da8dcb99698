import { Types, trusted } from 'mongoose';
import { UserModel } from '../features/accounts';
import { EventModel, ParticipantModel, SeatModel, type EventRecord } from '../features/events/event.model';
import { syncChannel } from '../features/events/channel';
import { ProfileModel } from '../features/profiles';

/** A fixed id, so a re-run adds nothing. */
const DEMO_EVENT_ID = new Types.ObjectId('00000000000000000e7e0001');
const DAY_MS = 86_400_000;
const PARTICIPANT_EMAILS = ['startup@musubi.example', 'creator@musubi.example', 'corporate@musubi.example'];
/** Generated members who take part too, so curation and the schedule have something to work with. */
const EXTRA_PARTICIPANTS = 21;

/**
 * One published matching day run by the demo organiser, three weeks ahead (10:00 Tokyo), with the
 * three demo members and some generated ones as approved participants. Returns 1 when created.
 */
export async function seedDemoEvent(organiserEmail: string): Promise<number> {
  if (await EventModel.exists({ _id: DEMO_EVENT_ID })) return 0;
  const organiser = await UserModel.findOne({ email: organiserEmail }, { _id: 1 }).lean();
  if (!organiser) return 0;
  const day = new Date(Date.now() + 21 * DAY_MS);
  day.setUTCHours(1, 0, 0, 0);
  const at = new Date();
  await EventModel.create({
    _id: DEMO_EVENT_ID,
    status: 'published',
    version: 1,
    title: { ja: 'みなとみらい共創マッチングデー', en: 'Minato Mirai Co-creation Matching Day' },
    description: {
      ja: 'スタートアップ、クリエイター、企業が1日で出会うマッチングイベント。主催者が組み合わせを選び、30分ずつのミーティングを組みます。',
      en: 'A day where startups, creators and corporates meet. The organisers curate who meets whom and schedule 30-minute meetings.',
    },
    venue: { ja: 'パシフィコ横浜 会議センター', en: 'Pacifico Yokohama Conference Center' },
    online: false,
    onlineUrl: null,
    startsAt: day,
    endsAt: new Date(day.getTime() + 7 * 3600_000),
    timeZone: 'Asia/Tokyo',
    capacity: 120,
    registrationOpen: true,
    requiresApproval: false,
    announcementReplies: false,
    sessionPlan: {
      startsAt: new Date(day.getTime() + 3600_000),
      slotMinutes: 30,
      breakMinutes: 15,
      rounds: 6,
      tables: 10,
      maxMeetingsPerPerson: 4,
    },
    ownerId: organiser._id,
    organiserIds: [organiser._id],
    channelConversationId: null,
    schedulePublished: false,
    createdAt: at,
    updatedAt: at,
  });
  const demoUsers = await UserModel.find({ email: trusted({ $in: PARTICIPANT_EMAILS }) }, { _id: 1 }).lean();
  const demo = await ProfileModel.find(
    { userId: trusted({ $in: demoUsers.map((u) => u._id) }) },
    { _id: 1, userId: 1 },
  ).lean();
  const extra = await ProfileModel.find(
    { userId: trusted({ $nin: demoUsers.map((u) => u._id) }) },
    { _id: 1, userId: 1 },
  )
    .sort({ _id: 1 })
    .limit(EXTRA_PARTICIPANTS)
    .lean();
  const profiles = [...demo, ...extra];
  await ParticipantModel.insertMany(
    profiles.map((p, i) => ({
      _id: `${DEMO_EVENT_ID.toString()}:${p._id.toString()}`,
      eventId: DEMO_EVENT_ID,
      profileId: p._id,
      userId: p.userId,
      status: 'approved',
      availability: null,
      source: 'imported',
      seat: i + 1,
      joinedAt: at,
      updatedAt: at,
    })),
  );
  await SeatModel.insertMany(
    profiles.map((p, i) => ({ _id: `${DEMO_EVENT_ID.toString()}:${i + 1}`, eventId: DEMO_EVENT_ID, profileId: p._id })),
  );
  const event = await EventModel.findById(DEMO_EVENT_ID).lean<EventRecord>();
  if (event) await syncChannel(event);
  return 1;
}
