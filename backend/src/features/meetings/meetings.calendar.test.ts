import ICAL from 'ical.js';
import request from 'supertest';
import type { FreeSlotsDto, MeetingDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { accept, member, requestMeeting, slot, type Member } from '../../../test/meeting-helpers';
import { setMeetingClock } from '.';

const { app } = buildTestApp();

let a: Member;
let b: Member;
let outsider: Member;

beforeAll(async () => {
  [a, b, outsider] = await Promise.all([member(app), member(app, 'America/New_York'), member(app)]);
});
afterEach(() => setMeetingClock(null));

function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = root.getAllSubcomponents('vevent').map((v) => ({
    event: new ICAL.Event(v),
    status: v.getFirstPropertyValue('status') as string,
  }));
  return { root, events };
}

async function icsOf(who: Member, m: { id: string }): Promise<string> {
  const res = await who.agent.get(`/api/meetings/${m.id}/ics`).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/calendar/);
  return res.text;
}

function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
}

describe('.ics per meeting', () => {
  test('parses with an independent parser: UTC times, escaped text round-trips, folded lines', async () => {
    const message = 'Agenda: pilot; pricing, timeline\nBring the deck \\ 資料をお持ちください。'.repeat(3);
    const m = await requestMeeting(a, b, [slot(3 * 24 * 60, 45)], {
      message,
      location: { format: 'in_person', place: 'Yokohama, Minato Mirai; Hall B' },
    });
    const accepted = await accept(b, m);
    const text = await icsOf(a, m);
    expectWellFormed(text);
    const { root, events } = parseCalendar(text);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(1);
    const { event, status } = events[0]!;
    expect(event.uid).toBe(`meeting-${m.id}@musubi`);
    expect(event.sequence).toBe(accepted.sequence);
    expect(status).toBe('CONFIRMED');
    expect(event.startDate.toJSDate().toISOString()).toBe(accepted.acceptedSlot!.start);
    expect(event.endDate.toJSDate().toISOString()).toBe(accepted.acceptedSlot!.end);
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.description).toBe(message);
    expect(event.location).toBe('Yokohama, Minato Mirai; Hall B');
    expect(text).toContain('DTSTART:');
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });

  test('keeps its UID and raises SEQUENCE across reschedule, re-accept and cancel', async () => {
    const m = await accept(b, await requestMeeting(a, b, [slot(4 * 24 * 60)]));
    const seen: Array<{ uid: string; sequence: number; status: string; start: string }> = [];
    const snap = async () => {
      const { event, status } = parseCalendar(await icsOf(b, m)).events[0]!;
      seen.push({ uid: event.uid, sequence: event.sequence, status, start: event.startDate.toJSDate().toISOString() });
    };
    await snap();
    const moved = (
      await a.agent
        .post(`/api/meetings/${m.id}/reschedule`)
        .send({ version: m.version, slots: [slot(5 * 24 * 60)] })
        .expect(200)
    ).body as MeetingDto;
    await snap();
    const again = await accept(b, moved);
    await snap();
    await a.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: again.version }).expect(200);
    await snap();
    expect(new Set(seen.map((s) => s.uid))).toEqual(new Set([`meeting-${m.id}@musubi`]));
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.sequence).toBeGreaterThan(seen[i - 1]!.sequence);
    expect(seen.map((s) => s.status)).toEqual(['CONFIRMED', 'TENTATIVE', 'CONFIRMED', 'CANCELLED']);
    expect(seen[2]!.start).toBe(again.acceptedSlot!.start);
    expect(seen[3]!.start).toBe(again.acceptedSlot!.start);
  });
});

describe('calendar feed', () => {
  const feedPath = (url: string) => new URL(url).pathname;
  const fetchFeed = (path: string) => request(app).get(path);

  test('a secret URL (shown once) lists accepted meetings; rotation and revocation make old URLs 404', async () => {
    const [x, y, z] = await Promise.all([member(app), member(app), member(app)]);
    expect((await x.agent.get('/api/calendar/feed').expect(200)).body).toEqual({
      enabled: false,
      url: null,
      createdAt: null,
    });
    const booked = await accept(y, await requestMeeting(x, y, [slot(6 * 24 * 60)]));
    const pending = await requestMeeting(x, z, [slot(6 * 24 * 60 + 120)]);
    const created = await x.agent.post('/api/calendar/feed').expect(201);
    expect(created.body.enabled).toBe(true);
    expect(created.body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/ics\/[A-Za-z0-9_-]{43}$/);
    expect((await x.agent.get('/api/calendar/feed').expect(200)).body).toMatchObject({ enabled: true, url: null });

    const first = feedPath(created.body.url);
    const res = await fetchFeed(first).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expectWellFormed(res.text);
    const uids = parseCalendar(res.text).events.map((e) => e.event.uid);
    expect(uids).toContain(`meeting-${booked.id}@musubi`);
    expect(uids).not.toContain(`meeting-${pending.id}@musubi`);

    // A cancelled meeting stays in the feed as CANCELLED so calendars remove it.
    await y.agent.post(`/api/meetings/${booked.id}/cancel`).send({ version: booked.version }).expect(200);
    const afterCancel = parseCalendar((await fetchFeed(first).expect(200)).text).events;
    expect(afterCancel.find((e) => e.event.uid === `meeting-${booked.id}@musubi`)?.status).toBe('CANCELLED');

    const rotated = await x.agent.post('/api/calendar/feed').expect(201);
    const second = feedPath(rotated.body.url);
    expect(second).not.toBe(first);
    await fetchFeed(first).expect(404);
    await fetchFeed(second).expect(200);
    await x.agent.delete('/api/calendar/feed').expect(200);
    await fetchFeed(second).expect(404);
    await fetchFeed('/api/calendar/ics/not-a-token').expect(404);
  });
});

describe('availability and free slots', () => {
  test('availability defaults to the account zone with no rules; bad rules are refused', async () => {
    expect((await b.agent.get('/api/meetings/availability').expect(200)).body).toEqual({
      timeZone: 'America/New_York',
      rules: [],
    });
    await b.agent.put('/api/meetings/availability').send({ timeZone: 'Mars/Olympus', rules: [] }).expect(400);
    await b.agent
      .put('/api/meetings/availability')
      .send({ timeZone: 'Asia/Tokyo', rules: [{ weekday: 1, start: '12:00', end: '09:00' }] })
      .expect(400);
    const none = (await a.agent.get(`/api/meetings/free-slots?profileId=${b.profile.id}`).expect(200)).body;
    expect(none).toEqual({ timeZone: 'America/New_York', hasAvailability: false, slots: [] });
  });

  test('Europe/Berlin across the end of summer time (last Sunday of October): wall-clock rules, UTC slots', async () => {
    const [r, v, w] = await Promise.all([member(app), member(app), member(app)]);
    await r.agent
      .put('/api/meetings/availability')
      .send({ timeZone: 'Europe/Berlin', rules: [{ weekday: 0, start: '01:00', end: '04:00' }] })
      .expect(200);
    setMeetingClock(() => Date.parse('2026-10-01T00:00:00Z'));
    const q = `profileId=${r.profile.id}&from=2026-10-17T00:00:00Z&to=2026-10-26T00:00:00Z&duration=60`;
    const free = (await v.agent.get(`/api/meetings/free-slots?${q}`).expect(200)).body as FreeSlotsDto;
    expect(free.timeZone).toBe('Europe/Berlin');
    expect(free.slots.map((s) => s.start)).toEqual([
      // Sunday 18 Oct, CEST (UTC+2): 01:00–04:00 = 23:00Z–02:00Z.
      '2026-10-17T23:00:00.000Z',
      '2026-10-18T00:00:00.000Z',
      '2026-10-18T01:00:00.000Z',
      // Sunday 25 Oct: 02:00–03:00 happens twice, so the same wall-clock span is four hours.
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
    // The viewer's own booking is taken out too.
    const busy = await requestMeeting(w, v, [{ start: '2026-10-18T00:00:00.000Z', durationMinutes: 30 }]);
    await accept(v, busy);
    const after = (await v.agent.get(`/api/meetings/free-slots?${q}`).expect(200)).body as FreeSlotsDto;
    expect(after.slots.slice(0, 2).map((s) => s.start)).toEqual([
      '2026-10-17T23:00:00.000Z',
      '2026-10-18T00:30:00.000Z',
    ]);
    // Only the future: with the clock in the middle of the window, earlier slots are gone.
    setMeetingClock(() => Date.parse('2026-10-20T00:00:00Z'));
    const later = (await v.agent.get(`/api/meetings/free-slots?${q}`).expect(200)).body as FreeSlotsDto;
    expect(later.slots[0]!.start).toBe('2026-10-24T23:00:00.000Z');
  });

  test('Europe/Berlin across the start of summer time (last Sunday of March) and Asia/Tokyo', async () => {
    const [r, t, v] = await Promise.all([member(app), member(app), member(app)]);
    await r.agent
      .put('/api/meetings/availability')
      .send({ timeZone: 'Europe/Berlin', rules: [{ weekday: 0, start: '01:00', end: '04:00' }] })
      .expect(200);
    await t.agent
      .put('/api/meetings/availability')
      .send({ timeZone: 'Asia/Tokyo', rules: [{ weekday: 1, start: '09:00', end: '12:00' }] })
      .expect(200);
    setMeetingClock(() => Date.parse('2026-03-01T00:00:00Z'));
    const berlin = (
      await v.agent
        .get(
          `/api/meetings/free-slots?profileId=${r.profile.id}&from=2026-03-21T00:00:00Z&to=2026-03-30T00:00:00Z&duration=60`,
        )
        .expect(200)
    ).body as FreeSlotsDto;
    expect(berlin.slots.map((s) => s.start)).toEqual([
      '2026-03-22T00:00:00.000Z',
      '2026-03-22T01:00:00.000Z',
      '2026-03-22T02:00:00.000Z',
      // 02:00 becomes 03:00: the night is an hour short.
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
    const tokyo = (
      await v.agent
        .get(
          `/api/meetings/free-slots?profileId=${t.profile.id}&from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z&duration=90`,
        )
        .expect(200)
    ).body as FreeSlotsDto;
    expect(tokyo).toEqual({
      timeZone: 'Asia/Tokyo',
      hasAvailability: true,
      slots: [
        { start: '2026-03-02T00:00:00.000Z', end: '2026-03-02T01:30:00.000Z' },
        { start: '2026-03-02T01:30:00.000Z', end: '2026-03-02T03:00:00.000Z' },
      ],
    });
    // Proposals outside the receiver's availability are flagged.
    const m = await requestMeeting(v, t, [
      { start: '2026-03-09T00:00:00.000Z', durationMinutes: 60 },
      { start: '2026-03-09T02:30:00.000Z', durationMinutes: 60 },
    ]);
    expect(m.slots.map((s) => s.outsideAvailability)).toEqual([false, true]);
  });

  test('free slots of an invisible or unknown profile are 404; the window is capped', async () => {
    await a.agent.get('/api/meetings/free-slots?profileId=0123456789abcdef01234567').expect(404);
    await a.agent.get('/api/meetings/free-slots').expect(400);
    await outsider.agent
      .put('/api/meetings/availability')
      .send({
        timeZone: 'UTC',
        rules: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      })
      .expect(200);
    const many = (
      await a.agent.get(`/api/meetings/free-slots?profileId=${outsider.profile.id}&duration=15`).expect(200)
    ).body as FreeSlotsDto;
    expect(many.slots).toHaveLength(50);
    expect(Date.parse(many.slots[0]!.start)).toBeGreaterThan(Date.now());
  });
});
