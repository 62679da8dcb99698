import type { MeetingDto, MeetingParticipantDto, NotificationDto } from '@musubi/shared';

export const MEETING_ID = '665f000000000000000000a1';
export const OTHER_PROFILE_ID = '665f00000000000000000002';

/** Signed-in viewer (u1, Tokyo) and Kenji in Berlin, so both zones are shown. */
export const VIEWER: MeetingParticipantDto = {
  userId: 'u1',
  profileId: '665f00000000000000000001',
  displayName: 'Aiko',
  kind: 'creator',
  avatarUrl: null,
  timeZone: 'Asia/Tokyo',
};

export const KENJI: MeetingParticipantDto = {
  userId: 'u2',
  profileId: OTHER_PROFILE_ID,
  displayName: 'Kenji Mori',
  kind: 'startup',
  avatarUrl: null,
  timeZone: 'Europe/Berlin',
};

/** 10:00 in Tokyo = 02:00 in Berlin (winter time). */
export const SLOT_1 = '2027-03-10T01:00:00.000Z';
export const SLOT_2 = '2027-03-11T06:30:00.000Z';

const slot = (start: string, durationMinutes = 30) => ({
  start,
  end: new Date(Date.parse(start) + durationMinutes * 60_000).toISOString(),
  durationMinutes,
  outsideAvailability: false,
});

/** Kenji asked Aiko (the viewer) for a meeting with two options; she has to answer. */
export function buildMeeting(overrides: Partial<MeetingDto> = {}): MeetingDto {
  return {
    id: MEETING_ID,
    status: 'pending',
    version: 3,
    requester: KENJI,
    receiver: VIEWER,
    proposedByUserId: 'u2',
    message: 'Could we talk about a pilot?',
    location: { format: 'online', url: 'https://meet.example.com/abc' },
    eventId: null,
    slots: [slot(SLOT_1), slot(SLOT_2, 60)],
    acceptedSlot: null,
    declineReason: null,
    cancelReason: null,
    cancelledByUserId: null,
    history: [{ action: 'requested', byUserId: 'u2', at: '2026-11-20T03:00:00.000Z' }],
    can: {
      accept: true,
      decline: true,
      counter: true,
      edit: false,
      cancel: false,
      reschedule: false,
      recordOutcome: false,
    },
    myOutcome: null,
    myNotes: '',
    sequence: 0,
    createdAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    ...overrides,
  };
}

/** The same meeting once Aiko accepted the first option. */
export function acceptedMeeting(overrides: Partial<MeetingDto> = {}): MeetingDto {
  const first = buildMeeting().slots[0]!;
  return buildMeeting({
    status: 'accepted',
    version: 4,
    acceptedSlot: { start: first.start, end: first.end, durationMinutes: first.durationMinutes },
    can: {
      accept: false,
      decline: false,
      counter: false,
      edit: false,
      cancel: true,
      reschedule: true,
      recordOutcome: false,
    },
    history: [
      { action: 'requested', byUserId: 'u2', at: '2026-11-20T03:00:00.000Z' },
      { action: 'accepted', byUserId: 'u1', at: '2026-11-21T03:00:00.000Z' },
    ],
    ...overrides,
  });
}

export function buildNotification(overrides: Partial<NotificationDto> = {}): NotificationDto {
  return {
    id: '665f0000000000000000b001',
    type: 'meeting.requested',
    actor: { userId: 'u2', displayName: 'Kenji Mori', profileId: OTHER_PROFILE_ID, avatarUrl: null },
    subject: { kind: 'meeting', id: MEETING_ID },
    data: { start: SLOT_1 },
    read: false,
    createdAt: '2026-11-20T03:00:00.000Z',
    ...overrides,
  };
}
