import { trusted } from 'mongoose';
import type { MeetingDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { accept, member, requestMeeting, slot, type Member } from '../../../test/meeting-helpers';
import { BookingBlockModel } from './meeting.model';
import { createEventMeeting, moveEventMeeting } from '.';

const { app, events } = buildTestApp();

let host: Member;
let guests: Member[];

beforeAll(async () => {
  host = await member(app);
  guests = await Promise.all(Array.from({ length: 20 }, () => member(app)));
});

const blocksOf = (userId: string) => BookingBlockModel.countDocuments({ userId });

describe('no double booking', () => {
  test('20 concurrent accepts of the same slot (different meetings, same person): exactly one succeeds', async () => {
    const s = slot(5 * 24 * 60, 60);
    const requests = await Promise.all(guests.map((g) => requestMeeting(g, host, [s])));
    const results = await Promise.all(
      requests.map((m) => host.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 0, start: s.start })),
    );
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.body.error.details.reason).toBe('double_booked');
    // Compensation left nothing behind: 4 blocks for the host, 4 for the one guest.
    expect(await blocksOf(host.user.id)).toBe(4);
    const winner = ok[0]!.body as MeetingDto;
    expect(await blocksOf(winner.requester.userId)).toBe(4);
    // The losers are still pending and untouched.
    for (const m of requests.filter((x) => x.id !== winner.id)) {
      const now = (await host.agent.get(`/api/meetings/${m.id}`).expect(200)).body as MeetingDto;
      expect(now).toMatchObject({ status: 'pending', version: 0 });
    }
  });

  test('20 concurrent accepts of staggered, overlapping slots: the accepted ones never overlap', async () => {
    const base = Date.parse(slot(7 * 24 * 60).start);
    const requests = await Promise.all(
      guests.map((g, i) =>
        requestMeeting(g, host, [{ start: new Date(base + i * 15 * 60_000).toISOString(), durationMinutes: 60 }]),
      ),
    );
    const results = await Promise.all(
      requests.map((m) =>
        host.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 0, start: m.slots[0]!.start }),
      ),
    );
    const ok = results.filter((r) => r.status === 200).map((r) => r.body as MeetingDto);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || r.body.error?.details?.reason === 'double_booked')).toBe(true);
    const spans = ok
      .map((m) => [Date.parse(m.acceptedSlot!.start), Date.parse(m.acceptedSlot!.end)] as const)
      .sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    const hostBlocks = await BookingBlockModel.countDocuments({
      userId: host.user.id,
      blockStart: trusted({ $gte: new Date(base) }),
    });
    expect(hostBlocks).toBe(ok.length * 4);
  });

  test("the requester's own bookings count too", async () => {
    const [x, y, z] = await Promise.all([member(app), member(app), member(app)]);
    const s = slot(9 * 24 * 60);
    await accept(y, await requestMeeting(x, y, [s]));
    // Z asks X for the same time; X is already booked then.
    const clash = await requestMeeting(z, x, [s]);
    const res = await x.agent.post(`/api/meetings/${clash.id}/accept`).send({ version: 0, start: s.start });
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('double_booked');
    // Adjacent (not overlapping) slots are fine.
    const next = { start: new Date(Date.parse(s.start) + 30 * 60_000).toISOString(), durationMinutes: 30 };
    await accept(x, await requestMeeting(z, x, [next]));
  });

  test('a block left behind by a process that died mid-accept is reclaimed, a real booking never is', async () => {
    const [x, y, z] = await Promise.all([member(app), member(app), member(app)]);
    const s = slot(11 * 24 * 60, 15);
    const abandoned = await requestMeeting(z, y, [s]);
    // What a crash between inserting the blocks and writing the meeting leaves: a block, a pending meeting.
    await BookingBlockModel.create({
      _id: `${y.user.id}:${Date.parse(s.start)}`,
      userId: y.user.id,
      blockStart: new Date(s.start),
      meetingId: abandoned.id,
      createdAt: new Date(Date.now() - 60_000),
    });
    const m = await accept(y, await requestMeeting(x, y, [s]));
    expect(m.status).toBe('accepted');
    const again = await y.agent.post(`/api/meetings/${abandoned.id}/accept`).send({ version: 0, start: s.start });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe('double_booked');
  });

  test('moving a booked meeting to an overlapping time keeps the shared blocks and frees only the rest', async () => {
    const [x, y, z] = await Promise.all([member(app), member(app), member(app)]);
    const start = new Date(slot(13 * 24 * 60).start);
    const end = new Date(start.getTime() + 60 * 60_000);
    const id = await createEventMeeting(events, {
      eventId: '0123456789abcdef01234567',
      aUserId: x.user.id,
      bUserId: y.user.id,
      aProfileId: x.profile.id,
      bProfileId: y.profile.id,
      start,
      end,
      place: 'Table 1',
    });
    expect(id).not.toBeNull();
    const later = { start: new Date(start.getTime() + 30 * 60_000), end: new Date(end.getTime() + 30 * 60_000) };
    expect(await moveEventMeeting(events, id!, { ...later, place: 'Table 2' })).toBe(true);
    const held = await BookingBlockModel.find({ meetingId: id }).lean();
    expect(held.map((b) => b.blockStart.getTime()).sort()).toEqual(
      [0, 15, 30, 45].flatMap((m) => [later.start.getTime() + m * 60_000, later.start.getTime() + m * 60_000]).sort(),
    );
    // The freed first half hour can be booked by someone else.
    await accept(y, await requestMeeting(z, y, [{ start: start.toISOString(), durationMinutes: 30 }]));
  });
});
