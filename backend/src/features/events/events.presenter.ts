import type { EventDto, LocalizedText, ParticipantStatus, RoundDto } from '@musubi/shared';
import type { EventRecord, StoredSessionPlan } from './event.model';

const localized = (t: LocalizedText | undefined): LocalizedText => ({
  ...(t?.ja ? { ja: t.ja } : {}),
  ...(t?.en ? { en: t.en } : {}),
});

/** Round r (1-based) starts at startsAt + (r − 1) × (slot + break). */
export function roundTimes(plan: StoredSessionPlan): RoundDto[] {
  const step = (plan.slotMinutes + plan.breakMinutes) * 60_000;
  return Array.from({ length: plan.rounds }, (_, i) => {
    const start = new Date(plan.startsAt).getTime() + i * step;
    return {
      round: i + 1,
      start: new Date(start).toISOString(),
      end: new Date(start + plan.slotMinutes * 60_000).toISOString(),
    };
  });
}

export interface EventViewerFacts {
  isOrganiser: boolean;
  participantStatus: ParticipantStatus | null;
  invitedBy: string | null;
  organiserInvitation: EventDto['viewer']['organiserInvitation'];
  availability: boolean[] | null;
  organisers: EventDto['organisers'];
  organiserInvitations: EventDto['organiserInvitations'];
  participantCount: number;
}

export function presentEvent(e: EventRecord, facts: EventViewerFacts): EventDto {
  const seesChannel = facts.isOrganiser || facts.participantStatus === 'approved';
  return {
    id: e._id.toString(),
    status: e.status,
    version: e.version,
    title: localized(e.title),
    description: localized(e.description),
    venue: localized(e.venue),
    online: e.online,
    onlineUrl: e.onlineUrl ?? null,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    capacity: e.capacity,
    registrationOpen: e.registrationOpen,
    requiresApproval: e.requiresApproval,
    announcementReplies: e.announcementReplies,
    sessionPlan: e.sessionPlan
      ? {
          startsAt: new Date(e.sessionPlan.startsAt).toISOString(),
          slotMinutes: e.sessionPlan.slotMinutes as 15 | 30 | 45 | 60,
          breakMinutes: e.sessionPlan.breakMinutes as 0 | 15 | 30,
          rounds: e.sessionPlan.rounds,
          tables: e.sessionPlan.tables,
          maxMeetingsPerPerson: e.sessionPlan.maxMeetingsPerPerson,
          roundTimes: roundTimes(e.sessionPlan),
        }
      : null,
    organisers: facts.organisers,
    organiserInvitations: facts.organiserInvitations,
    participantCount: facts.participantCount,
    viewer: {
      isOrganiser: facts.isOrganiser,
      participantStatus: facts.participantStatus,
      invitedBy: facts.invitedBy,
      organiserInvitation: facts.organiserInvitation,
      availability: facts.availability,
      channelConversationId: seesChannel && e.channelConversationId ? e.channelConversationId.toString() : null,
    },
    schedulePublished: e.schedulePublished,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
