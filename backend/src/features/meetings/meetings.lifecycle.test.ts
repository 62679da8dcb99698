import type { MeetingDto, NotificationPageDto, ProfileDto } from '@musubi/shared';
import { createLogger } from '../../logger';
import { buildTestApp } from '../../../test/helpers';
import { accept, HOUR_MS, member, requestMeeting, slot, type Member } from '../../../test/meeting-helpers';
import { NotificationModel } from '../notifications';
import { setMeetingClock, startMeetingScheduler, sweepExpired } from '.';

const { app, events } = buildTestApp({ MEETING_PENDING_CAP: '3', MEETING_REMINDER_MINUTES: '60' });

let a: Member;
let b: Member;

beforeAll(async () => {
  [a, b] = await Promise.all([member(app), member(app)]);
});
afterEach(() => setMeetingClock(null));

/** Moves the meetings' clock forward (the HTTP layer and the database keep real time). */
const advance = (ms: number) => setMeetingClock(() => Date.now() + ms);

const notificationsOf = async (who: Member, type: string) =>
  ((await who.agent.get('/api/notifications?limit=100').expect(200)).body as NotificationPageDto).items.filter(
    (n) => n.type === type,
  );

describe('expiry', () => {
  test('a pending request expires lazily once its last slot has started; answering it then is refused', async () => {
    const m = await requestMeeting(a, b, [slot(30), slot(90)]);
    advance(HOUR_MS);
    expect(((await b.agent.get(`/api/meetings/${m.id}`).expect(200)).body as MeetingDto).status).toBe('pending');
    advance(2 * HOUR_MS);
    const res = await b.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 0, start: m.slots[1]!.start });
    expect(res.status).toBe(409);
    const seen = (await b.agent.get(`/api/meetings/${m.id}`).expect(200)).body as MeetingDto;
    expect(seen).toMatchObject({ status: 'expired', version: 1 });
    expect(seen.history.at(-1)).toMatchObject({ action: 'expired', byUserId: null });
    const past = (await a.agent.get('/api/meetings?box=past').expect(200)).body.items as MeetingDto[];
    expect(past.map((x) => x.id)).toContain(m.id);
  });

  test('the sweep expires overdue requests and tells both sides exactly once', async () => {
    const [x, y] = await Promise.all([member(app), member(app)]);
    const m = await requestMeeting(x, y, [slot(30)]);
    advance(HOUR_MS);
    await Promise.all([sweepExpired(events), sweepExpired(events), sweepExpired(events)]);
    await sweepExpired(events);
    for (const who of [x, y]) {
      const expired = await notificationsOf(who, 'meeting.expired');
      expect(expired).toHaveLength(1);
      expect(expired[0]).toMatchObject({ actor: null, subject: { kind: 'meeting', id: m.id } });
    }
  });
});

describe('pending cap', () => {
  test('the cap (MEETING_PENDING_CAP) refuses one more open request with 409 pending_cap; expired ones free room', async () => {
    const [x, ...others] = await Promise.all([member(app), member(app), member(app), member(app), member(app)]);
    await requestMeeting(x, others[0]!, [slot(30)]);
    await requestMeeting(x, others[1]!);
    await requestMeeting(x, others[2]!);
    const res = await x.agent
      .post('/api/meetings')
      .send({ profileId: others[3]!.profile.id, slots: [slot(600)], location: { format: 'online' } });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ reason: 'pending_cap', cap: 3 });
    const stats = (await x.agent.get('/api/meetings/stats').expect(200)).body;
    expect(stats).toMatchObject({ pendingOutgoing: 3, pendingOutgoingCap: 3 });
    advance(HOUR_MS);
    await requestMeeting(x, others[3]!, [slot(600)]);
  });

  test('parallel requests from one member cannot slip past the cap', async () => {
    const [x, ...others] = (await Promise.all(Array.from({ length: 9 }, () => member(app)))) as [Member, ...Member[]];
    const results = await Promise.all(
      others.map((o) =>
        x.agent
          .post('/api/meetings')
          .send({ profileId: o.profile.id, slots: [slot(600)], location: { format: 'online' } }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.body.error.details.reason).toBe('pending_cap');
  });
});

describe('after the meeting', () => {
  test('outcome and private notes: only after the start, each side sees only its own; held counts on the dashboard', async () => {
    const m = await accept(b, await requestMeeting(a, b, [slot(45)]));
    const early = await a.agent.put(`/api/meetings/${m.id}/outcome`).send({ outcome: 'held' });
    expect(early.status).toBe(409);
    advance(HOUR_MS);
    const mine = await a.agent
      .put(`/api/meetings/${m.id}/outcome`)
      .send({ outcome: 'held', notes: 'Follow up on the pilot' })
      .expect(200);
    expect(mine.body).toMatchObject({ myOutcome: 'held', myNotes: 'Follow up on the pilot' });
    expect(mine.body.can.recordOutcome).toBe(true);
    await b.agent.put(`/api/meetings/${m.id}/outcome`).send({ outcome: 'no_show' }).expect(200);
    const theirs = (await b.agent.get(`/api/meetings/${m.id}`).expect(200)).body as MeetingDto;
    expect(theirs).toMatchObject({ myOutcome: 'no_show', myNotes: '' });
    expect(JSON.stringify(theirs)).not.toContain('pilot');
    expect((await a.agent.get('/api/meetings/stats').expect(200)).body.held).toBe(1);
    expect((await b.agent.get('/api/meetings/stats').expect(200)).body.held).toBe(0);
    await a.agent.put(`/api/meetings/${m.id}/outcome`).send({ outcome: 'maybe' }).expect(400);
  });
});

describe('contact details', () => {
  test('become visible to the other person once a meeting is accepted', async () => {
    const [x, y] = await Promise.all([member(app), member(app)]);
    const profileOf = async (viewer: Member, owner: Member) =>
      ((await viewer.agent.get(`/api/profiles/${owner.profile.id}`).expect(200)).body.profile as ProfileDto).contact;
    expect(await profileOf(x, y)).toBeUndefined();
    const m = await requestMeeting(x, y);
    expect(await profileOf(x, y)).toBeUndefined();
    await accept(y, m);
    expect(await profileOf(x, y)).toMatchObject({ email: expect.stringContaining('@example.com') });
    expect(await profileOf(y, x)).toMatchObject({ email: expect.stringContaining('@example.com') });
  });
});

describe('reminders', () => {
  test('two schedulers racing send each reminder exactly once, to both sides', async () => {
    const [x, y] = await Promise.all([member(app), member(app)]);
    const m = await accept(y, await requestMeeting(x, y, [slot(30)]));
    const logger = createLogger('silent');
    const one = startMeetingScheduler({ events, logger, pollMs: 5, reminderMinutes: 60 });
    const two = startMeetingScheduler({ events, logger, pollMs: 5, reminderMinutes: 60 });
    await Promise.all([one.runOnce(), two.runOnce(), one.runOnce(), two.runOnce()]);
    await new Promise((r) => setTimeout(r, 100));
    await Promise.all([one.stop(), two.stop()]);
    for (const who of [x, y]) {
      const reminders = (await notificationsOf(who, 'meeting.reminder')).filter((n) => n.subject.id === m.id);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.data).toMatchObject({ start: m.acceptedSlot!.start, minutes: 60 });
    }
    // A restart (a fresh scheduler) does not send it again.
    const three = startMeetingScheduler({ events, logger, pollMs: 0, reminderMinutes: 60 });
    await three.runOnce();
    await three.stop();
    expect(await NotificationModel.countDocuments({ type: 'meeting.reminder', 'subject.id': m.id })).toBe(2);
  });

  test('a rescheduled and re-accepted meeting gets a new reminder', async () => {
    const [x, y] = await Promise.all([member(app), member(app)]);
    const m = await accept(y, await requestMeeting(x, y, [slot(20)]));
    // 120 minutes: both slots (rounded up to the grid) are inside the reminder window.
    const scheduler = startMeetingScheduler({
      events,
      logger: createLogger('silent'),
      pollMs: 0,
      reminderMinutes: 120,
    });
    await scheduler.runOnce();
    const moved = await x.agent
      .post(`/api/meetings/${m.id}/reschedule`)
      .send({ version: m.version, slots: [slot(50)] })
      .expect(200);
    await accept(y, moved.body as MeetingDto);
    await scheduler.runOnce();
    await scheduler.stop();
    expect(await NotificationModel.countDocuments({ type: 'meeting.reminder', 'subject.id': m.id })).toBe(4);
  });
});

describe('account deletion', () => {
  test("cancels the deleted member's open and upcoming meetings, frees the time and tells the other side", async () => {
    const [x, y, z] = await Promise.all([member(app), member(app), member(app)]);
    const s = slot(3 * 24 * 60);
    const booked = await accept(y, await requestMeeting(x, y, [s]));
    const open = await requestMeeting(x, z);
    await x.agent.delete('/api/me').send({ password: 'correct horse battery' }).expect(204);
    const settled = async () =>
      ((await y.agent.get(`/api/meetings/${booked.id}`)).body as MeetingDto).status === 'cancelled' &&
      ((await z.agent.get(`/api/meetings/${open.id}`)).body as MeetingDto).status === 'cancelled';
    const deadline = Date.now() + 3000;
    while (!(await settled())) {
      if (Date.now() > deadline) throw new Error('not cancelled in time');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await notificationsOf(y, 'meeting.cancelled')).some((n) => n.subject.id === booked.id)).toBe(true);
    expect(await NotificationModel.countDocuments({ recipientId: x.user.id })).toBe(0);
    // Y's time is free again.
    await accept(y, await requestMeeting(z, y, [s]));
  });
});
