import type { MeetingDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { accept, member, requestMeeting, slot, type Member } from '../../../test/meeting-helpers';

const { app } = buildTestApp();

let a: Member;
let b: Member;
let outsider: Member;

beforeAll(async () => {
  [a, b, outsider] = await Promise.all([member(app), member(app, 'Europe/Berlin'), member(app)]);
});

const get = (who: Member, m: { id: string }) => who.agent.get(`/api/meetings/${m.id}`);

describe('requesting a meeting', () => {
  test('creates a pending request with both time zones and the right permissions for each side', async () => {
    const m = await requestMeeting(a, b);
    expect(m).toMatchObject({ status: 'pending', version: 0, sequence: 0, proposedByUserId: a.user.id });
    expect(m.requester).toMatchObject({ userId: a.user.id, profileId: a.profile.id, timeZone: 'Asia/Tokyo' });
    expect(m.receiver).toMatchObject({ userId: b.user.id, profileId: b.profile.id, timeZone: 'Europe/Berlin' });
    expect(m.can).toMatchObject({ edit: true, cancel: true, accept: false, decline: false });
    expect(m.slots[0]!.outsideAvailability).toBe(false);
    const seen = (await get(b, m).expect(200)).body as MeetingDto;
    expect(seen.can).toMatchObject({ accept: true, decline: true, counter: true, edit: false, cancel: false });
    expect(seen.history).toEqual([expect.objectContaining({ action: 'requested', byUserId: a.user.id })]);
  });

  test('with yourself is refused', async () => {
    const res = await a.agent
      .post('/api/meetings')
      .send({ profileId: a.profile.id, slots: [slot(60)], location: { format: 'online' } });
    expect(res.status).toBe(403);
  });

  test('slots in the past, beyond the horizon or off the grid are refused and nothing is stored', async () => {
    const before = (await a.agent.get('/api/meetings?box=outgoing').expect(200)).body.items.length;
    const past = {
      start: new Date(Math.floor(Date.now() / 900_000) * 900_000 - 900_000).toISOString(),
      durationMinutes: 30,
    };
    const far = slot(181 * 24 * 60);
    const offGrid = { start: new Date(Date.parse(slot(120).start) + 60_000).toISOString(), durationMinutes: 30 };
    for (const bad of [past, far, offGrid, { ...slot(120), durationMinutes: 20 }]) {
      const res = await a.agent
        .post('/api/meetings')
        .send({ profileId: b.profile.id, slots: [bad], location: { format: 'online' } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const after = (await a.agent.get('/api/meetings?box=outgoing').expect(200)).body.items.length;
    expect(after).toBe(before);
  });

  test('with someone you blocked (or who blocked you) in chat answers 404', async () => {
    const [c, d] = await Promise.all([member(app), member(app)]);
    const conv = await c.agent.post('/api/conversations').send({ profileId: d.profile.id }).expect(200);
    await d.agent.post(`/api/conversations/${conv.body.conversation.id}/block`).expect(200);
    const res = await c.agent
      .post('/api/meetings')
      .send({ profileId: d.profile.id, slots: [slot(120)], location: { format: 'online' } });
    expect(res.status).toBe(404);
    const back = await d.agent
      .post('/api/meetings')
      .send({ profileId: c.profile.id, slots: [slot(120)], location: { format: 'online' } });
    expect(back.status).toBe(404);
  });

  test('blocking ends the open requests and upcoming meetings between the two, and frees their time', async () => {
    const [c, d, e] = await Promise.all([member(app), member(app), member(app)]);
    const s = slot(100 * 60);
    const upcoming = await accept(d, await requestMeeting(c, d, [s]));
    const fromC = await requestMeeting(c, d, [slot(140 * 60)]);
    const fromD = await requestMeeting(d, c, [slot(160 * 60)]);
    const elsewhere = await requestMeeting(c, e, [slot(180 * 60)]);
    const conv = await c.agent.post('/api/conversations').send({ profileId: d.profile.id }).expect(200);
    await d.agent.post(`/api/conversations/${conv.body.conversation.id}/block`).expect(200);

    // The meetings end just after the block's answer (a listener of the block, one meeting at a time).
    const statusOf = async (m: MeetingDto) => ((await get(c, m).expect(200)).body as MeetingDto).status;
    const stillOpen = async () =>
      (await statusOf(upcoming)) === 'accepted' ||
      (await statusOf(fromC)) === 'pending' ||
      (await statusOf(fromD)) === 'pending';
    const deadline = Date.now() + 5000;
    while ((await stillOpen()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const seen = (await get(c, upcoming).expect(200)).body as MeetingDto;
    expect(seen).toMatchObject({ status: 'cancelled', cancelReason: null, cancelledByUserId: d.user.id });
    expect(await statusOf(fromC)).toBe('declined');
    expect(await statusOf(fromD)).toBe('cancelled');
    expect(await statusOf(elsewhere)).toBe('pending');
    // The blocker's time is free again.
    await accept(d, await requestMeeting(e, d, [s]));
  });

  test('needs a session', async () => {
    const { default: request } = await import('supertest');
    await request(app).get('/api/meetings').expect(401);
  });
});

describe('access control', () => {
  test('a third user gets 404 on every meeting route and changes nothing', async () => {
    const m = await requestMeeting(a, b);
    const o = outsider.agent;
    await o.get(`/api/meetings/${m.id}`).expect(404);
    await o.get(`/api/meetings/${m.id}/ics`).expect(404);
    await o.patch(`/api/meetings/${m.id}`).send({ version: 0, message: 'x' }).expect(404);
    for (const action of ['accept', 'decline', 'counter', 'cancel', 'reschedule']) {
      const body = { version: 0, start: m.slots[0]!.start, slots: [slot(300)] };
      const payload =
        action === 'accept'
          ? { version: 0, start: body.start }
          : action === 'counter' || action === 'reschedule'
            ? { version: 0, slots: body.slots }
            : { version: 0 };
      await o.post(`/api/meetings/${m.id}/${action}`).send(payload).expect(404);
    }
    await o.put(`/api/meetings/${m.id}/outcome`).send({ outcome: 'held' }).expect(404);
    await o.get('/api/meetings/not-an-id').expect(404);
    expect(((await get(a, m).expect(200)).body as MeetingDto).version).toBe(0);
    const list = (await o.get('/api/meetings?box=all').expect(200)).body.items as MeetingDto[];
    expect(list.find((x) => x.id === m.id)).toBeUndefined();
  });
});

describe('transitions', () => {
  test('accept: the receiver accepts one slot; both see it upcoming; the proposer cannot accept', async () => {
    const m = await requestMeeting(a, b, [slot(48 * 60), slot(49 * 60)]);
    const own = await a.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 0, start: m.slots[0]!.start });
    expect(own.status).toBe(403);
    const notASlot = await b.agent
      .post(`/api/meetings/${m.id}/accept`)
      .send({ version: 0, start: slot(50 * 60).start });
    expect(notASlot.status).toBe(400);
    const done = await accept(b, m, m.slots[1]!.start);
    expect(done).toMatchObject({ status: 'accepted', version: 1, sequence: 1 });
    expect(done.acceptedSlot).toEqual({ start: m.slots[1]!.start, end: m.slots[1]!.end, durationMinutes: 30 });
    expect(done.can).toMatchObject({ accept: false, cancel: true, reschedule: true, recordOutcome: false });
    for (const who of [a, b]) {
      const upcoming = (await who.agent.get('/api/meetings?box=upcoming').expect(200)).body.items as MeetingDto[];
      expect(upcoming.map((x) => x.id)).toContain(m.id);
    }
    const again = await b.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 1, start: m.slots[0]!.start });
    expect(again.status).toBe(409);
    expect(again.body.error.details.reason).toBe('not_allowed_in_state');
  });

  test('decline with a reason; a stale version gets 409 stale', async () => {
    const m = await requestMeeting(a, b);
    const stale = await b.agent.post(`/api/meetings/${m.id}/decline`).send({ version: 5, reason: 'no' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', details: { reason: 'stale' } });
    const res = await b.agent.post(`/api/meetings/${m.id}/decline`).send({ version: 0, reason: 'Busy month' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'declined', declineReason: 'Busy month', version: 1 });
    const past = (await a.agent.get('/api/meetings?box=past').expect(200)).body.items as MeetingDto[];
    expect(past.map((x) => x.id)).toContain(m.id);
  });

  test('counter: the answering side proposes other slots, then the requester answers', async () => {
    const m = await requestMeeting(a, b);
    const newSlots = [slot(72 * 60, 60)];
    const c = await b.agent
      .post(`/api/meetings/${m.id}/counter`)
      .send({ version: 0, slots: newSlots, message: 'Later?' });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ status: 'pending', proposedByUserId: b.user.id, message: 'Later?', version: 1 });
    const incomingA = (await a.agent.get('/api/meetings?box=incoming').expect(200)).body.items as MeetingDto[];
    expect(incomingA.map((x) => x.id)).toContain(m.id);
    const outgoingB = (await b.agent.get('/api/meetings?box=outgoing').expect(200)).body.items as MeetingDto[];
    expect(outgoingB.map((x) => x.id)).toContain(m.id);
    // B proposed now: B can no longer accept, A can.
    const bAccept = await b.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 1, start: newSlots[0]!.start });
    expect(bAccept.status).toBe(403);
    const done = await accept(a, c.body as MeetingDto);
    expect(done.acceptedSlot?.durationMinutes).toBe(60);
    expect(done.history.map((h) => h.action)).toEqual(['requested', 'countered', 'accepted']);
  });

  test('edit: only the proposer edits a pending request; a slot change bumps the sequence', async () => {
    const m = await requestMeeting(a, b);
    await b.agent.patch(`/api/meetings/${m.id}`).send({ version: 0, message: 'hijack' }).expect(403);
    await a.agent.patch(`/api/meetings/${m.id}`).send({ version: 0 }).expect(400);
    await a.agent.patch(`/api/meetings/${m.id}`).send({ version: 0, status: 'accepted' }).expect(400);
    const msg = await a.agent.patch(`/api/meetings/${m.id}`).send({ version: 0, message: 'Updated' }).expect(200);
    expect(msg.body).toMatchObject({ message: 'Updated', version: 1, sequence: 0 });
    const moved = await a.agent
      .patch(`/api/meetings/${m.id}`)
      .send({ version: 1, slots: [slot(30 * 60)], location: { format: 'in_person', place: 'Yokohama, Minato Mirai' } })
      .expect(200);
    expect(moved.body).toMatchObject({ version: 2, sequence: 1, location: { format: 'in_person' } });
    expect(moved.body.slots).toHaveLength(1);
  });

  test('cancel: the proposer cancels a pending request; the receiver must decline instead', async () => {
    const m = await requestMeeting(a, b);
    await b.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: 0 }).expect(403);
    const res = await a.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: 0, reason: 'Changed plans' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Changed plans',
      cancelledByUserId: a.user.id,
    });
  });

  test('cancel an accepted meeting (either side) frees the time for both', async () => {
    const s = slot(96 * 60);
    const m = await accept(b, await requestMeeting(a, b, [s]));
    const c = await member(app);
    const clash = await requestMeeting(c, b, [s]);
    const blocked = await b.agent.post(`/api/meetings/${clash.id}/accept`).send({ version: 0, start: s.start });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.details.reason).toBe('double_booked');
    await b.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: m.version, reason: 'Sick' }).expect(200);
    await accept(b, clash);
  });

  test('reschedule: an accepted meeting becomes a new proposal by the actor, its time freed', async () => {
    const s = slot(120 * 60);
    const m = await accept(b, await requestMeeting(a, b, [s]));
    const next = [slot(121 * 60)];
    const res = await a.agent.post(`/api/meetings/${m.id}/reschedule`).send({ version: m.version, slots: next });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending', proposedByUserId: a.user.id, acceptedSlot: null, sequence: 2 });
    // The old time is free again: another meeting for B can take it.
    const c = await member(app);
    await accept(b, await requestMeeting(c, b, [s]));
    // B answers the new proposal.
    await accept(b, res.body as MeetingDto);
  });

  test('a pending request cannot be rescheduled, a declined one cannot be cancelled', async () => {
    const m = await requestMeeting(a, b);
    const r = await a.agent.post(`/api/meetings/${m.id}/reschedule`).send({ version: 0, slots: [slot(200)] });
    expect(r.status).toBe(409);
    expect(r.body.error.details.reason).toBe('not_allowed_in_state');
    await b.agent.post(`/api/meetings/${m.id}/decline`).send({ version: 0 }).expect(200);
    const c = await a.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: 1 });
    expect(c.status).toBe(409);
    expect(c.body.error.details.reason).toBe('not_allowed_in_state');
  });

  test('a concurrent accept and decline on one version: exactly one wins, the other gets 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const m = await requestMeeting(a, b, [slot((130 + round) * 60)]);
      const [x, y] = await Promise.all([
        b.agent.post(`/api/meetings/${m.id}/accept`).send({ version: 0, start: m.slots[0]!.start }),
        b.agent.post(`/api/meetings/${m.id}/decline`).send({ version: 0 }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      const loser = x.status === 409 ? x : y;
      expect(loser.body.error.details.reason).toBe('stale');
      const final = (await get(a, m).expect(200)).body as MeetingDto;
      expect(final.version).toBe(1);
      expect(final.history).toHaveLength(2);
    }
  });

  test('two concurrent edits by the proposer from one version: one 409', async () => {
    const m = await requestMeeting(a, b);
    const results = await Promise.all(
      ['one', 'two', 'three'].map((message) => a.agent.patch(`/api/meetings/${m.id}`).send({ version: 0, message })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });
});

describe('lists', () => {
  test('profileId narrows to meetings with that member; pages follow the cursor without repeats', async () => {
    const [p, q] = await Promise.all([member(app), member(app)]);
    for (let i = 0; i < 3; i += 1) await requestMeeting(p, q, [slot((10 + i) * 60)]);
    await requestMeeting(p, a, [slot(11 * 60)]);
    const withQ = (await p.agent.get(`/api/meetings?box=outgoing&profileId=${q.profile.id}`).expect(200)).body;
    expect(withQ.items).toHaveLength(3);
    const page1 = (await p.agent.get('/api/meetings?box=all&limit=2').expect(200)).body;
    expect(page1.items).toHaveLength(2);
    const page2 = (await p.agent.get(`/api/meetings?box=all&limit=2&cursor=${page1.nextCursor}`).expect(200)).body;
    expect(page2.items).toHaveLength(2);
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((x: MeetingDto) => x.id);
    expect(new Set(ids).size).toBe(4);
    await p.agent.get('/api/meetings?box=all&cursor=garbage!').expect(400);
    await p.agent.get('/api/meetings?box=nope').expect(400);
  });
});
