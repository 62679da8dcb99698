import type { EventDto, PairDto, ScheduleDto, ScheduledMeetingDto } from '@musubi/shared';
import { buildProfile } from '../../test/fakes';

export const EVENT_ID = '665f0000000000000000e001';
export const A_ID = '665f000000000000000000a1';
export const B_ID = '665f000000000000000000b1';
export const C_ID = '665f000000000000000000c1';

/** Yokohama matching day, 27 Nov 2026 13:00–18:00 Tokyo; three 15-minute rounds from 14:00 (05:00Z). */
export function buildEvent(overrides: Partial<EventDto> = {}): EventDto {
  return {
    id: EVENT_ID,
    status: 'published',
    version: 3,
    title: { ja: '横浜マッチングデイ', en: 'Yokohama Matching Day' },
    description: { en: 'Startups meet creators and corporates.' },
    venue: { en: 'Minato Mirai Hall' },
    online: false,
    onlineUrl: null,
    startsAt: '2026-11-27T04:00:00.000Z',
    endsAt: '2026-11-27T09:00:00.000Z',
    timeZone: 'Asia/Tokyo',
    capacity: 40,
    registrationOpen: true,
    requiresApproval: false,
    announcementReplies: false,
    sessionPlan: {
      startsAt: '2026-11-27T05:00:00.000Z',
      slotMinutes: 15,
      breakMinutes: 0,
      rounds: 3,
      tables: 2,
      maxMeetingsPerPerson: 3,
      roundTimes: [
        { round: 1, start: '2026-11-27T05:00:00.000Z', end: '2026-11-27T05:15:00.000Z' },
        { round: 2, start: '2026-11-27T05:15:00.000Z', end: '2026-11-27T05:30:00.000Z' },
        { round: 3, start: '2026-11-27T05:30:00.000Z', end: '2026-11-27T05:45:00.000Z' },
      ],
    },
    organisers: [{ userId: 'org1', displayName: 'Yuki Organiser', profileId: null, owner: true }],
    organiserInvitations: [],
    participantCount: 12,
    viewer: {
      isOrganiser: false,
      participantStatus: null,
      invitedBy: null,
      organiserInvitation: null,
      availability: null,
      channelConversationId: null,
    },
    schedulePublished: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export const organiserView = (overrides: Partial<EventDto> = {}) =>
  buildEvent({
    viewer: {
      isOrganiser: true,
      participantStatus: null,
      invitedBy: null,
      organiserInvitation: null,
      availability: null,
      channelConversationId: 'c0nv',
    },
    ...overrides,
  });

export const profileA = buildProfile({ id: A_ID, kind: 'startup', name: { en: 'Mobility Lab' } });
export const profileB = buildProfile({ id: B_ID, kind: 'creator', name: { en: 'Aiko Sato' } });
export const profileC = buildProfile({ id: C_ID, kind: 'corporate', name: { en: 'Harbour Bank' } });

export function buildPair(overrides: Partial<PairDto> = {}): PairDto {
  return {
    key: `${A_ID}-${B_ID}`,
    a: profileA,
    b: profileB,
    kinds: 'creator-startup',
    score: 16,
    strength: { level: 'strong', percent: 82 },
    reasons: [
      { type: 'they-offer-you-seek', text: 'They offer Design; you seek Design', label: 'Design', category: 'design' },
    ],
    status: 'suggested',
    pinned: false,
    manual: false,
    introducedAt: null,
    conversationId: null,
    ...overrides,
  };
}

export function buildScheduledMeeting(overrides: Partial<ScheduledMeetingDto> = {}): ScheduledMeetingDto {
  return {
    key: '1-1',
    round: 1,
    table: 1,
    start: '2026-11-27T05:00:00.000Z',
    end: '2026-11-27T05:15:00.000Z',
    a: { profileId: A_ID, name: 'Mobility Lab', kind: 'startup' },
    b: { profileId: B_ID, name: 'Aiko Sato', kind: 'creator' },
    score: 82,
    approved: true,
    locked: false,
    meetingId: null,
    ...overrides,
  };
}

export function buildSchedule(overrides: Partial<ScheduleDto> = {}): ScheduleDto {
  const plan = buildEvent().sessionPlan;
  return {
    status: 'draft',
    meetings: [
      buildScheduledMeeting(),
      buildScheduledMeeting({
        key: '2-2',
        round: 2,
        table: 2,
        start: '2026-11-27T05:15:00.000Z',
        end: '2026-11-27T05:30:00.000Z',
        b: { profileId: C_ID, name: 'Harbour Bank', kind: 'corporate' },
        score: 64,
        approved: false,
      }),
    ],
    rounds: plan?.roundTimes ?? [],
    tables: 2,
    stats: {
      objective: 146,
      greedyObjective: 120,
      upperBound: 150,
      totalScore: 146,
      greedyTotalScore: 120,
      approvedPlaced: 1,
      approvedPairs: 1,
      unplacedApproved: [],
      ms: 42,
    },
    violations: [],
    generatedAt: '2026-11-26T00:00:00.000Z',
    publishedAt: null,
    ...overrides,
  };
}
