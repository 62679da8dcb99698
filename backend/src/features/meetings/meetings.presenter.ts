import type { MeetingDto } from '@musubi/shared';
import type { MeetingOutcomeRecord, MeetingRecord } from './meeting.model';
import { participantOf, type Person } from './people';
import { withinRules, type WeeklyRules } from './zones';

export interface PresentContext {
  people: Map<string, Person>;
  /** The viewer's own outcome record, if any. */
  outcome: MeetingOutcomeRecord | null;
  /** Weekly availability of the side that answers the proposal (null when not set). */
  answererRules: WeeklyRules | null;
  nowMs: number;
}

/** The side who answers the current proposal: the non-proposer (the receiver once it is settled). */
export function answererOf(m: MeetingRecord): string {
  if (m.status !== 'pending') return m.receiverId.toString();
  const proposer = m.proposedById.toString();
  return m.participantIds.map(String).find((id) => id !== proposer) ?? m.receiverId.toString();
}

/** What `viewerId` (a participant) sees of a meeting: never the other side's outcome or notes. */
export function presentMeeting(m: MeetingRecord, viewerId: string, ctx: PresentContext): MeetingDto {
  const person = (id: string) => participantOf(ctx.people.get(id)!);
  const pending = m.status === 'pending';
  const isProposer = m.proposedById.toString() === viewerId;
  const accepted = m.status === 'accepted' && m.acceptedStart !== null && m.acceptedEnd !== null;
  const notEnded = accepted && m.acceptedEnd!.getTime() > ctx.nowMs;
  const started = accepted && m.acceptedStart!.getTime() <= ctx.nowMs;
  const rules = ctx.answererRules && ctx.answererRules.rules.length > 0 ? ctx.answererRules : null;
  return {
    id: m._id.toString(),
    status: m.status,
    version: m.version,
    requester: person(m.requesterId.toString()),
    receiver: person(m.receiverId.toString()),
    proposedByUserId: m.proposedById.toString(),
    message: m.message,
    location: m.location,
    eventId: m.eventId?.toString() ?? null,
    slots: m.slots.map((s) => ({
      start: s.start.toISOString(),
      end: new Date(s.start.getTime() + s.durationMinutes * 60_000).toISOString(),
      durationMinutes: s.durationMinutes,
      outsideAvailability: rules ? !withinRules(s.start.getTime(), s.durationMinutes, rules) : false,
    })),
    acceptedSlot:
      m.acceptedStart && m.acceptedEnd
        ? {
            start: m.acceptedStart.toISOString(),
            end: m.acceptedEnd.toISOString(),
            durationMinutes: Math.round((m.acceptedEnd.getTime() - m.acceptedStart.getTime()) / 60_000),
          }
        : null,
    declineReason: m.declineReason,
    cancelReason: m.cancelReason,
    cancelledByUserId: m.cancelledById?.toString() ?? null,
    history: m.history.map((h) => ({
      action: h.action,
      byUserId: h.byUserId?.toString() ?? null,
      at: h.at.toISOString(),
      ...(h.reason ? { reason: h.reason } : {}),
    })),
    can: {
      accept: pending && !isProposer,
      decline: pending && !isProposer,
      counter: pending && !isProposer,
      edit: pending && isProposer,
      cancel: (pending && isProposer) || notEnded,
      reschedule: notEnded,
      recordOutcome: started,
    },
    myOutcome: ctx.outcome?.outcome ?? null,
    myNotes: ctx.outcome?.notes ?? '',
    sequence: m.sequence,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
