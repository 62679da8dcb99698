import { trusted } from 'mongoose';
import type { AgendaItemDto, EventDashboardDto, EventDto, MeetingDto, ScheduleDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser, readCsv, type Person } from '../../../test/event-helpers';
import { accept, requestMeeting, type Member as MeetingMember } from '../../../test/meeting-helpers';
import { BookingBlockModel, MeetingModel } from '../meetings/meeting.model';
import { NotificationModel } from '../notifications';
import { validateSchedule, type ScheduleInput } from './scheduler';

const { app, runtime } = buildTestApp({ EVENT_SCHEDULE_TIME_BUDGET_MS: '300' });

type Member = Awaited<ReturnType<typeof memberWith>>;
const asMeetingMember = (m: Member) => m as unknown as MeetingMember;

describe('events: schedule, publish, agenda, dashboard and exports', () => {
  let org: Person;
  let event: EventDto;
  let people: Member[];
  let outsider: Member;
  let away: Member;
  const url = (path = '') => `/api/events/${event.id}${path}`;
  const byProfile = (id: string) => people.find((p) => p.profile.id === id)!;

  beforeAll(async () => {
    await runtime.matchingIndex.ready();
    org = await organiser(app);
    event = await createEvent(org);
    people = await Promise.all([
      memberWith(app, 'startup'),
      memberWith(app, 'startup'),
      memberWith(app, 'startup', { name: { ja: '=山田商店', en: '=HYPERLINK("http://x.example")' } }),
      memberWith(app, 'creator'),
      memberWith(app, 'creator'),
      memberWith(app, 'corporate'),
      memberWith(app, 'corporate'),
    ]);
    away = people[3]!;
    outsider = await memberWith(app, 'creator');
    for (const p of people) await join(p, event.id, p === away ? { availability: [false, true, true, true] } : {});
    await org.agent.post(url('/pairs/bulk-approve')).send({ top: 4 }).expect(200);
  });

  const generate = async (body: Record<string, unknown> = {}) =>
    (await org.agent.post(url('/schedule/generate')).send(body).expect(200)).body as ScheduleDto;

  it('generates a draft that meets every constraint, with the optimiser’s figures', async () => {
    const s = await generate({ seed: 7 });
    expect(s.status).toBe('draft');
    expect(s.meetings.length).toBeGreaterThan(0);
    expect(s.violations).toEqual([]);
    expect(s.rounds).toHaveLength(4);
    const stats = s.stats!;
    expect(stats.objective).toBeGreaterThanOrEqual(stats.greedyObjective);
    expect(stats.upperBound).toBeGreaterThanOrEqual(stats.objective - 1e-9);
    expect(stats.approvedPairs).toBe(4);
    console.log(
      `schedule figures: ${s.meetings.length} meetings, objective ${stats.objective} vs greedy ${stats.greedyObjective}, ` +
        `upper bound ${stats.upperBound.toFixed(1)}, approved placed ${stats.approvedPlaced}/${stats.approvedPairs}, ${stats.ms} ms`,
    );
    const pairs = (await org.agent.get(url('/pairs')).query({ limit: 200 }).expect(200)).body.items as Array<{
      a: { id: string };
      b: { id: string };
      score: number | null;
      status: string;
    }>;
    const input: ScheduleInput = {
      participants: people.map((p) => ({
        id: p.profile.id,
        available: p === away ? [false, true, true, true] : undefined,
      })),
      rounds: 4,
      tablesPerRound: 3,
      maxMeetingsPerPerson: 3,
      pairs: pairs
        .filter((p) => p.status !== 'rejected')
        .map((p) => ({ a: p.a.id, b: p.b.id, score: p.score ?? 0, approved: p.status === 'approved' })),
      fillWithSuggestions: true,
    };
    const meetings = s.meetings.map((m) => ({ ...m, a: m.a.profileId, b: m.b.profileId, score: m.score ?? 0 }));
    expect(validateSchedule(input, meetings)).toEqual([]);
    expect(meetings.some((m) => m.round === 1 && (m.a === away.profile.id || m.b === away.profile.id))).toBe(false);
  });

  it('moves (swapping with the meeting in the cell), locks, removes and adds meetings; regenerating keeps locks', async () => {
    const s = await generate({ seed: 3 });
    // Two meetings sharing a round, wherever the optimiser put them: the first moves onto the other.
    const first = s.meetings.find((m) => s.meetings.some((o) => o.key !== m.key && o.round === m.round))!;
    const occupant = s.meetings.find((o) => o.key !== first.key && o.round === first.round);
    const target = { round: first.round, table: occupant!.table };
    const moved = (
      await org.agent
        .patch(url(`/schedule/meetings/${first.key}`))
        .send(target)
        .expect(200)
    ).body as ScheduleDto;
    const now = moved.meetings.find((m) => m.a.profileId === first.a.profileId && m.b.profileId === first.b.profileId)!;
    expect(now).toMatchObject({ ...target, locked: true, key: `${target.round}-${target.table}` });
    expect(occupant).toBeDefined();
    if (occupant) {
      const swapped = moved.meetings.find(
        (m) => m.a.profileId === occupant.a.profileId && m.b.profileId === occupant.b.profileId,
      )!;
      expect(swapped).toMatchObject({ round: first.round, table: first.table });
    }
    // A move that breaks a rule is reported, not refused: the away participant in round 1.
    const awayMeeting = moved.meetings.find(
      (m) => m.a.profileId === away.profile.id || m.b.profileId === away.profile.id,
    );
    if (awayMeeting && awayMeeting.round !== 1) {
      const free = [1, 2, 3].find((t) => !moved.meetings.some((m) => m.round === 1 && m.table === t));
      if (free) {
        const bad = (
          await org.agent
            .patch(url(`/schedule/meetings/${awayMeeting.key}`))
            .send({ round: 1, table: free })
            .expect(200)
        ).body as ScheduleDto;
        expect(bad.violations.join(' ')).toMatch(/not available/);
        await org.agent.post(url('/schedule/publish')).expect(409);
        await org.agent.delete(url(`/schedule/meetings/1-${free}`)).expect(200);
      }
    }
    const regenerated = await generate({ seed: 5 });
    expect(regenerated.meetings).toContainEqual(
      expect.objectContaining({ ...target, locked: true, a: now.a, b: now.b }),
    );
    expect(regenerated.violations).toEqual([]);

    const victim = regenerated.meetings.find(
      (m) => !m.locked && regenerated.meetings.some((o) => o.key !== m.key && o.round === m.round),
    )!;
    const removed = (await org.agent.delete(url(`/schedule/meetings/${victim.key}`)).expect(200)).body as ScheduleDto;
    expect(removed.meetings.some((m) => m.key === victim.key)).toBe(false);
    await org.agent.delete(url(`/schedule/meetings/${victim.key}`)).expect(404);
    // Adding it back where it was is valid; adding someone twice in one round is refused.
    const added = await org.agent
      .post(url('/schedule/meetings'))
      .send({ a: victim.a.profileId, b: victim.b.profileId, round: victim.round, table: victim.table })
      .expect(201);
    expect((added.body as ScheduleDto).meetings.some((m) => m.key === victim.key)).toBe(true);
    const busy = regenerated.meetings.find((m) => m.round === victim.round && m.key !== victim.key);
    expect(busy).toBeDefined();
    if (busy) {
      const third = people.find(
        (p) => ![victim.a.profileId, victim.b.profileId, busy.a.profileId].includes(p.profile.id),
      )!;
      const refused = await org.agent
        .post(url('/schedule/meetings'))
        .send({ a: busy.a.profileId, b: third.profile.id, round: busy.round, table: 3 })
        .expect(409);
      expect(refused.body.error.details.reason).toBe('violations');
    }
  });

  it('publishing reports a participant already booked at their time and publishes nothing', async () => {
    const s = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    const m = s.meetings[0]!;
    const busy = byProfile(m.a.profileId);
    const round = s.rounds[m.round - 1]!;
    const other = await requestMeeting(asMeetingMember(outsider), asMeetingMember(busy), [
      { start: round.start, durationMinutes: 30 },
    ]);
    const booked = await accept(asMeetingMember(busy), other);
    const res = await org.agent.post(url('/schedule/publish')).expect(409);
    expect(res.body.error.details.reason).toBe('booking_conflict');
    expect(res.body.error.details.conflicts).toContainEqual(
      expect.objectContaining({ profileId: busy.profile.id, start: round.start, meetingId: booked.id }),
    );
    expect(await MeetingModel.countDocuments({ eventId: event.id })).toBe(0);
    await busy.agent.post(`/api/meetings/${booked.id}/cancel`).send({ version: booked.version }).expect(200);
  });

  it('publishes accepted meetings with booking blocks; agendas show tables; participants are told', async () => {
    const published = await org.agent.post(url('/schedule/publish'));
    expect(published.body.error).toBeUndefined();
    const s = published.body as ScheduleDto;
    expect(s.status).toBe('published');
    expect(s.meetings.every((m) => m.meetingId)).toBe(true);
    const meetings = await MeetingModel.find({ eventId: event.id }).lean();
    expect(meetings).toHaveLength(s.meetings.length);
    expect(meetings.every((m) => m.status === 'accepted')).toBe(true);
    // Two people × two 15-minute blocks per 30-minute meeting.
    const blocks = await BookingBlockModel.countDocuments({ meetingId: trusted({ $in: meetings.map((m) => m._id) }) });
    expect(blocks).toBe(meetings.length * 4);

    const sm = s.meetings[0]!;
    const a = byProfile(sm.a.profileId);
    const dto = (await a.agent.get(`/api/meetings/${sm.meetingId}`).expect(200)).body as MeetingDto;
    expect(dto.status).toBe('accepted');
    expect(dto.location).toEqual({ format: 'event', eventId: event.id, place: `Table ${sm.table}` });
    expect(dto.acceptedSlot?.start).toBe(sm.start);
    await a.agent.get(`/api/meetings/${sm.meetingId}/ics`).expect(200);

    const agenda = (await a.agent.get(url('/agenda')).expect(200)).body as AgendaItemDto[];
    expect(agenda).toContainEqual(
      expect.objectContaining({ round: sm.round, table: sm.table, start: sm.start, meetingId: sm.meetingId }),
    );
    expect(agenda.find((i) => i.round === sm.round)!.partner?.id).toBe(sm.b.profileId);
    const asOrg = (await org.agent.get(url('/agenda')).query({ profileId: a.profile.id }).expect(200)).body;
    expect(asOrg).toEqual(agenda);
    await outsider.agent.get(url('/agenda')).expect(404);
    await a.agent.get(url('/agenda')).query({ profileId: sm.b.profileId }).expect(404);

    expect(await NotificationModel.countDocuments({ recipientId: a.user.id, type: 'event.schedule_published' })).toBe(
      1,
    );
    const e = (await a.agent.get(url()).expect(200)).body as EventDto;
    expect(e.schedulePublished).toBe(true);
  });

  it('republishing after changes moves and cancels the meetings it made, never duplicating them', async () => {
    const s = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    const before = await MeetingModel.countDocuments({ eventId: event.id });
    const mover = s.meetings.find((m) => m.round > 1)!;
    const who = [mover.a.profileId, mover.b.profileId];
    // Round 2 or 3, whichever is not the mover's: clear what stands in the way there. At least one
    // meeting always goes, whatever the optimiser placed, so republishing has one to cancel (the
    // dashboard test below counts it).
    const round = mover.round === 2 ? 3 : 2;
    const inRound = s.meetings.filter((m) => m.round === round);
    const gone = inRound.filter((m) => who.includes(m.a.profileId) || who.includes(m.b.profileId));
    if (gone.length === 0) gone.push(inRound[0] ?? s.meetings.find((m) => m.key !== mover.key)!);
    for (const g of gone) await org.agent.delete(url(`/schedule/meetings/${g.key}`)).expect(200);
    const table = [1, 2, 3].find((t) => !inRound.some((m) => m.table === t && !gone.includes(m)))!;
    await org.agent
      .patch(url(`/schedule/meetings/${mover.key}`))
      .send({ round, table })
      .expect(200);

    const again = (await org.agent.post(url('/schedule/publish')).expect(200)).body as ScheduleDto;
    expect(again.violations).toEqual([]);
    const all = await MeetingModel.find({ eventId: event.id }).lean();
    expect(all).toHaveLength(before);
    expect(all.filter((m) => m.status === 'accepted')).toHaveLength(before - gone.length);
    for (const g of gone) {
      const cancelled = all.find((m) => m._id.toString() === g.meetingId)!;
      expect(cancelled.status).toBe('cancelled');
      expect(await BookingBlockModel.countDocuments({ meetingId: cancelled._id })).toBe(0);
    }
    const moved = all.find((m) => m._id.toString() === mover.meetingId)!;
    expect(moved.status).toBe('accepted');
    expect(moved.acceptedStart?.toISOString()).toBe(again.rounds[round - 1]!.start);
    expect(moved.sequence).toBeGreaterThan(0);
    expect(moved.location).toMatchObject({ place: `Table ${table}` });
    expect(await BookingBlockModel.countDocuments({ meetingId: moved._id })).toBe(4);
    // Publishing again unchanged changes nothing.
    await org.agent.post(url('/schedule/publish')).expect(200);
    expect(await MeetingModel.countDocuments({ eventId: event.id })).toBe(before);
    expect(await MeetingModel.countDocuments({ eventId: event.id, status: 'accepted' })).toBe(before - gone.length);
  });

  it('dashboard: participants by kind and area, pairs, meetings and the request acceptance rate', async () => {
    const [x, y, z] = people;
    const r1 = await requestMeeting(asMeetingMember(x!), asMeetingMember(outsider), undefined, {
      location: { format: 'event', eventId: event.id },
    });
    await accept(asMeetingMember(outsider), r1);
    const r2 = await requestMeeting(asMeetingMember(y!), asMeetingMember(outsider), undefined, {
      location: { format: 'event', eventId: event.id },
    });
    await outsider.agent.post(`/api/meetings/${r2.id}/decline`).send({ version: r2.version }).expect(200);
    await requestMeeting(asMeetingMember(z!), asMeetingMember(outsider), undefined, {
      location: { format: 'event', eventId: event.id },
    });
    const d = (await org.agent.get(url('/dashboard')).expect(200)).body as EventDashboardDto;
    expect(d.participants).toMatchObject({
      total: 7,
      byStatus: { approved: 7, pending: 0, rejected: 0 },
      byKind: { startup: 3, creator: 2, corporate: 2 },
      byArea: { yokohama: 7 },
    });
    expect(d.pairs.approved).toBeGreaterThanOrEqual(1);
    const s = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    expect(d.meetings.scheduled).toBe(s.meetings.length);
    expect(d.meetings.accepted).toBe(s.meetings.length + 1);
    expect(d.meetings.cancelled).toBe(await MeetingModel.countDocuments({ eventId: event.id, status: 'cancelled' }));
    expect(d.meetings.cancelled).toBeGreaterThan(0);
    expect(d.requestAcceptanceRate).toBe(0.5);
  });

  it('exports CSV files Excel opens: BOM, CRLF, quoting, formula guard, Japanese intact', async () => {
    for (const file of ['participants', 'pairs', 'schedule']) {
      const res = await org.agent
        .get(url(`/export/${file}.csv`))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="event-${event.id}-${file}.csv"`);
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      const rows = readCsv(text);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
      if (file === 'participants') {
        expect(rows[0]).toEqual(expect.arrayContaining(['profileId', 'name_ja', 'name_en', 'status']));
        expect(rows).toHaveLength(8);
        const flat = rows.flat();
        expect(flat).toContain(`'=HYPERLINK("http://x.example")`);
        expect(flat).toContain(`'=山田商店`);
        expect(flat).toContain(people[0]!.profile.name.ja);
        expect(text).toContain('"\'=HYPERLINK(""http://x.example"")"');
      }
      if (file === 'schedule') {
        const s = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
        expect(rows).toHaveLength(s.meetings.length + 1);
      }
    }
    await org.agent.get(url('/export/other.csv')).expect(404);
  });

  it('a participant who leaves drops out of the working schedule; republishing cancels their meetings', async () => {
    const s = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    const leaver = byProfile(s.meetings.find((m) => m.meetingId)!.a.profileId);
    const theirs = s.meetings.filter((m) => m.a.profileId === leaver.profile.id || m.b.profileId === leaver.profile.id);
    await leaver.agent.delete(url('/join')).expect(200);
    const after = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    expect(after.status).toBe('draft');
    expect(after.meetings).toHaveLength(s.meetings.length - theirs.length);
    await org.agent.post(url('/schedule/publish')).expect(200);
    for (const m of theirs) expect((await MeetingModel.findById(m.meetingId).lean())?.status).toBe('cancelled');
  });
});
