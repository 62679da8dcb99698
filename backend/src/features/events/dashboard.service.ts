import type { EventDashboardDto, JoinedStatus, ProfileKind } from '@musubi/shared';
import { eventMeetingFigures } from '../meetings';
import type { Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import { ParticipantModel, type ParticipantRecord } from './event.model';
import { hasJoined, loadProfiles } from './event-profiles';
import type { EventsDeps } from './events.deps';
import { eventPairs } from './pairs.service';
import { loadSchedule } from './schedule.store';

/** The organiser's figures: participants by status, kind and area; pairs; meetings; request acceptance. */
export async function eventDashboard(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
): Promise<EventDashboardDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const [all, { pairs }, schedule, meetings] = await Promise.all([
    ParticipantModel.find({ eventId: event._id }).lean<ParticipantRecord[]>(),
    eventPairs(deps, event),
    loadSchedule(event._id),
    eventMeetingFigures(id),
  ]);
  const byStatus: Record<JoinedStatus, number> = { pending: 0, approved: 0, rejected: 0 };
  for (const p of all) if (hasJoined(p.status)) byStatus[p.status as JoinedStatus] += 1;
  const approved = all.filter((p) => p.status === 'approved');
  const profiles = await loadProfiles(approved.map((p) => p.profileId.toString()));
  const byKind: Record<ProfileKind, number> = { startup: 0, creator: 0, corporate: 0 };
  const byArea: Record<string, number> = {};
  for (const p of profiles.values()) {
    byKind[p.kind] += 1;
    byArea[p.location.area] = (byArea[p.location.area] ?? 0) + 1;
  }
  const pairCounts = { suggested: 0, approved: 0, rejected: 0, introduced: 0 };
  for (const p of pairs) pairCounts[p.status] += 1;
  return {
    participants: { total: approved.length, byStatus, byKind, byArea },
    pairs: pairCounts,
    meetings: {
      scheduled: schedule?.meetings.length ?? 0,
      accepted: meetings.accepted,
      held: meetings.held,
      noShow: meetings.noShow,
      cancelled: meetings.cancelled,
    },
    requestAcceptanceRate: meetings.requestAcceptanceRate,
  };
}
