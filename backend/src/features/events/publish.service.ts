import { trusted } from 'mongoose';
import type { AgendaItemDto, ScheduleDto } from '@musubi/shared';
import { conflict, notFound } from '../../http/errors';
import {
  cancelEventMeeting,
  createEventMeeting,
  discardEventMeeting,
  findBookingConflicts,
  moveEventMeeting,
} from '../meetings';
import { notify } from '../notifications';
import type { Viewer } from '../profiles';
import { isOrganiser, loadOrganisedEvent, loadVisibleEvent, oid, withEventLock } from './event-access';
import { EventModel, ParticipantModel, type EventRecord, type StoredScheduledMeeting } from './event.model';
import { actorOfUser, hasJoined, loadProfiles, presentProfiles } from './event-profiles';
import type { EventsDeps } from './events.deps';
import { roundTimes } from './events.presenter';
import {
  approvedParticipants,
  loadSchedule,
  pairOfMeeting,
  presentSchedule,
  requirePlan,
  saveSchedule,
  violationsOf,
} from './schedule.store';

/** How many new meetings are written at once. */
const CREATE_BATCH = 8;

interface Placed {
  m: StoredScheduledMeeting;
  start: Date;
  end: Date;
  place: string;
  users: [string, string];
}

/**
 * Publishes the draft: every scheduled meeting becomes an accepted meeting for both people (format
 * 'event', "Table N", the round's time) with booking blocks, ICS and reminders. Checks every booking
 * first and publishes nothing when someone is already booked; a republish moves or cancels the
 * meetings it made before (never duplicates them). Participants are notified once each.
 */
export async function publishSchedule(deps: EventsDeps, viewer: NonNullable<Viewer>, id: string): Promise<ScheduleDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const plan = requirePlan(event);
  if (event.status !== 'published') {
    throw conflict('Publish the event before its schedule', { reason: 'not_allowed_in_state', status: event.status });
  }
  return withEventLock('publish', id, async () => {
    const s = await loadSchedule(event._id);
    if (!s || s.meetings.length === 0) throw conflict('Generate or add meetings first', { reason: 'empty_schedule' });
    const violations = await violationsOf(event, s.meetings);
    if (violations.length) throw conflict('Fix the schedule’s violations first', { reason: 'violations', violations });
    const participants = await approvedParticipants(event._id);
    const userOf = new Map(participants.map((p) => [p.profileId.toString(), p.userId.toString()]));
    const rounds = roundTimes(plan);
    const placed: Placed[] = s.meetings.map((m) => ({
      m,
      start: new Date(rounds[m.round - 1]!.start),
      end: new Date(rounds[m.round - 1]!.end),
      place: `Table ${m.table}`,
      users: [userOf.get(m.a)!, userOf.get(m.b)!],
    }));
    const before = new Map(s.published.filter((m) => m.meetingId).map((m) => [pairOfMeeting(m), m]));
    const kept = placed.filter((p) => before.has(pairOfMeeting(p.m)));
    const fresh = placed.filter((p) => !before.has(pairOfMeeting(p.m)));
    const wanted = new Set(placed.map((p) => pairOfMeeting(p.m)));
    const dropped = [...before.values()].filter((m) => !wanted.has(pairOfMeeting(m)));
    const retimed = kept.filter((p) => before.get(pairOfMeeting(p.m))!.round !== p.m.round);

    // Check first: anyone already booked (outside this event's own published meetings) at a new time?
    const ours = [...before.values()].map((m) => m.meetingId!.toString());
    const conflicts = await findBookingConflicts(
      [...fresh, ...retimed].map((p) => ({ userIds: p.users, start: p.start, end: p.end })),
      ours,
    );
    if (conflicts.length) {
      const profileOfUser = new Map([...userOf].map(([p, u]) => [u, p]));
      throw conflict('Some participants are already booked at their scheduled time', {
        reason: 'booking_conflict',
        conflicts: conflicts.map((c) => ({ ...c, profileId: profileOfUser.get(c.userId) ?? null })),
      });
    }

    for (const m of dropped) await cancelEventMeeting(deps.events, m.meetingId!.toString());
    const meetingIds = new Map<string, string>();
    // Moves may wait on each other (two meetings swapping rounds): retry while there is progress;
    // what still cannot move (or was cancelled by a participant) is cancelled and made afresh.
    let pending = kept;
    for (let pass = 0; pass < 3 && pending.length; pass += 1) {
      const failed: Placed[] = [];
      for (const p of pending) {
        const prev = before.get(pairOfMeeting(p.m))!.meetingId!.toString();
        if (await moveEventMeeting(deps.events, prev, p)) meetingIds.set(pairOfMeeting(p.m), prev);
        else failed.push(p);
      }
      const stuck = failed.length === pending.length;
      pending = failed;
      if (stuck) break;
    }
    for (const p of pending) {
      await cancelEventMeeting(deps.events, before.get(pairOfMeeting(p.m))!.meetingId!.toString());
      fresh.push(p);
    }
    // New meetings, a few at a time (one person's meetings never overlap, so they never contend).
    const created: string[] = [];
    let failed = false;
    for (let i = 0; i < fresh.length && !failed; i += CREATE_BATCH) {
      const batch = fresh.slice(i, i + CREATE_BATCH);
      const ids = await Promise.all(
        batch.map((p) =>
          createEventMeeting(deps.events, {
            eventId: id,
            aUserId: p.users[0],
            bUserId: p.users[1],
            aProfileId: p.m.a,
            bProfileId: p.m.b,
            start: p.start,
            end: p.end,
            place: p.place,
          }),
        ),
      );
      ids.forEach((meetingId, j) => {
        if (!meetingId) failed = true;
        else {
          created.push(meetingId);
          meetingIds.set(pairOfMeeting(batch[j]!.m), meetingId);
        }
      });
    }
    if (failed) {
      // Someone got booked in between: undo this publish's new meetings; what was moved or
      // cancelled stays so, and the stored "published" base says exactly that.
      for (const c of created) await discardEventMeeting(c);
      const discarded = new Set(created);
      await saveSchedule(event._id, {
        published: s.meetings
          .filter((m) => meetingIds.has(pairOfMeeting(m)) && !discarded.has(meetingIds.get(pairOfMeeting(m))!))
          .map((m) => ({ ...m, meetingId: oid(meetingIds.get(pairOfMeeting(m))!) })),
      });
      throw conflict('Someone was booked meanwhile; publish again to see who', {
        reason: 'booking_conflict',
        conflicts: [],
      });
    }

    const published = s.meetings.map((m) => ({ ...m, meetingId: oid(meetingIds.get(pairOfMeeting(m))!) }));
    const at = new Date();
    await saveSchedule(event._id, { meetings: published, published, status: 'published', publishedAt: at });
    await EventModel.updateOne({ _id: event._id }, { $set: { schedulePublished: true } });
    await notifyPublished(deps, viewer, event, [
      ...new Set([
        ...placed.flatMap((p) => p.users),
        ...dropped.flatMap((m) => [m.a, m.b].map((x) => userOf.get(x) ?? '')),
      ]),
    ]);
    return presentSchedule({ ...event, schedulePublished: true }, await loadSchedule(event._id));
  });
}

async function notifyPublished(deps: EventsDeps, viewer: NonNullable<Viewer>, event: EventRecord, userIds: string[]) {
  const actor = await actorOfUser(viewer.userId);
  await notify(
    deps.events,
    userIds
      .filter((u) => u)
      .map((recipientId) => ({
        recipientId,
        type: 'event.schedule_published' as const,
        actor,
        subject: { kind: 'event', id: event._id.toString() },
        data: { title: event.title.en ?? event.title.ja ?? '' },
      })),
  );
}

/**
 * A participant's agenda: their published meetings with tables and partners. Organisers may look at
 * any participant's (`profileId`); anyone else who is not a participant gets 404.
 */
export async function agendaOf(viewer: NonNullable<Viewer>, id: string, profileId?: string): Promise<AgendaItemDto[]> {
  const event = await loadVisibleEvent(id, viewer);
  const organiser = isOrganiser(event, viewer);
  let whose: string;
  if (profileId && organiser) whose = profileId;
  else {
    const mine = await ParticipantModel.findOne({ eventId: event._id, userId: oid(viewer.userId) }).lean();
    if (!mine || !hasJoined(mine.status) || (profileId && profileId !== mine.profileId.toString())) {
      throw notFound('Agenda');
    }
    whose = mine.profileId.toString();
  }
  const s = await loadSchedule(event._id);
  if (!s || !event.sessionPlan) return [];
  const rounds = roundTimes(event.sessionPlan);
  const mine = s.published.filter((m) => m.a === whose || m.b === whose).sort((x, y) => x.round - y.round);
  const partnerIds = mine.map((m) => (m.a === whose ? m.b : m.a));
  const [partners, joined] = await Promise.all([
    loadProfiles(partnerIds),
    ParticipantModel.find(
      { eventId: event._id, profileId: trusted({ $in: partnerIds.map(oid) }) },
      { profileId: 1, status: 1 },
    ).lean(),
  ]);
  const joinedIds = new Set(joined.filter((p) => hasJoined(p.status)).map((p) => p.profileId.toString()));
  // A partner the viewer may not see (a hidden profile, to anyone but organisers) stays a meeting
  // at a table with an unnamed partner.
  const dtos = await presentProfiles([...partners.values()], viewer, {
    organiser,
    joined: (pid) => joinedIds.has(pid),
  });
  return mine.flatMap((m) => {
    const partnerId = m.a === whose ? m.b : m.a;
    const partner = dtos.get(partnerId) ?? null;
    const r = rounds[m.round - 1];
    if (!partners.has(partnerId) || !r) return [];
    return [
      {
        round: m.round,
        table: m.table,
        start: r.start,
        end: r.end,
        partner,
        meetingId: m.meetingId?.toString() ?? null,
      },
    ];
  });
}
