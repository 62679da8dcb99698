import type { PairDto, PairPageDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser, type Person } from '../../../test/event-helpers';
import { NotificationModel } from '../notifications';

const { app, runtime } = buildTestApp();

type Member = Awaited<ReturnType<typeof memberWith>>;

describe('events: curation of pairs and introductions', () => {
  let org: Person;
  let eventId: string;
  let startups: Member[];
  let creators: Member[];
  let corporates: Member[];
  let outsider: Member;
  let all: Member[];

  const pairs = async (query: Record<string, string> = {}) =>
    (await org.agent.get(`/api/events/${eventId}/pairs`).query(query).expect(200)).body as PairPageDto;
  const decide = (key: string, action: string) =>
    org.agent.post(`/api/events/${eventId}/pairs/${key}/decision`).send({ action });

  beforeAll(async () => {
    await runtime.matchingIndex.ready();
    org = await organiser(app);
    eventId = (await createEvent(org)).id;
    startups = await Promise.all([memberWith(app, 'startup'), memberWith(app, 'startup')]);
    creators = await Promise.all([memberWith(app, 'creator'), memberWith(app, 'creator')]);
    corporates = await Promise.all([memberWith(app, 'corporate'), memberWith(app, 'corporate')]);
    // A strong match for everyone, who does not take part.
    outsider = await memberWith(app, 'corporate');
    all = [...startups, ...creators, ...corporates];
    for (const m of all) await join(m, eventId);
  });

  it('suggests pairs only among participants, scored 0–100 with reasons, best first', async () => {
    const page = await pairs({ limit: '200' });
    expect(page.items.length).toBeGreaterThanOrEqual(4);
    const inEvent = new Set(all.map((m) => m.profile.id));
    for (const p of page.items) {
      expect(inEvent.has(p.a.id) && inEvent.has(p.b.id)).toBe(true);
      expect(p.a.id < p.b.id).toBe(true);
      expect(p.key).toBe(`${p.a.id}-${p.b.id}`);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
      expect(p.status).toBe('suggested');
      expect(p.a.contact).toBeUndefined();
    }
    expect(page.items.some((p) => p.a.id === outsider.profile.id || p.b.id === outsider.profile.id)).toBe(false);
    expect(page.items.some((p) => p.reasons.length > 0)).toBe(true);
    const scores = page.items.map((p) => p.score ?? 0);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(new Set(page.items.map((p) => p.key)).size).toBe(page.items.length);
    // Kinds the engine does not pair by default (two startups) are not suggested.
    expect(page.items.some((p) => p.kinds === 'startup-startup')).toBe(false);
    expect(page.counts.suggested).toBe(page.items.length);
  });

  it('filters by kind pair, by name and pinned; decisions change status and order', async () => {
    const creatorStartup = await pairs({ kinds: 'creator-startup' });
    expect(creatorStartup.items.length).toBeGreaterThan(0);
    expect(creatorStartup.items.every((p) => p.kinds === 'creator-startup')).toBe(true);
    const name = startups[0]!.profile.name.en!;
    const byName = await pairs({ q: name });
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.every((p) => p.a.id === startups[0]!.profile.id || p.b.id === startups[0]!.profile.id)).toBe(
      true,
    );

    const before = (await pairs()).items;
    const last = before[before.length - 1]!;
    const pinned = await decide(last.key, 'pin').expect(200);
    expect(pinned.body).toMatchObject({ key: last.key, pinned: true, status: 'suggested' });
    const after = await pairs();
    expect(after.items[0]!.key).toBe(last.key);
    expect((await pairs({ pinned: 'true' })).items.map((p) => p.key)).toEqual([last.key]);
    await decide(last.key, 'unpin').expect(200);

    const [first, second] = before;
    expect((await decide(first!.key, 'approve').expect(200)).body.status).toBe('approved');
    expect((await decide(second!.key, 'reject').expect(200)).body.status).toBe('rejected');
    const approvedOnly = await pairs({ status: 'approved' });
    expect(approvedOnly.items.map((p) => p.key)).toEqual([first!.key]);
    expect(approvedOnly.counts).toMatchObject({ approved: 1, rejected: 1 });
    expect((await decide(second!.key, 'reset').expect(200)).body.status).toBe('suggested');
    await decide(`${'0'.repeat(24)}-${'1'.repeat(24)}`, 'approve').expect(404);
    await decide('not-a-key', 'approve').expect(404);
  });

  it('makes manual pairs (approved at once) only between participants', async () => {
    const [c1, c2] = corporates;
    const res = await org.agent
      .post(`/api/events/${eventId}/pairs`)
      .send({ a: c2!.profile.id, b: c1!.profile.id })
      .expect(201);
    const pair = res.body as PairDto;
    expect(pair).toMatchObject({ status: 'approved', manual: true, score: null, kinds: 'corporate-corporate' });
    expect((await pairs({ kinds: 'corporate-corporate' })).items.map((p) => p.key)).toEqual([pair.key]);
    await org.agent
      .post(`/api/events/${eventId}/pairs`)
      .send({ a: c1!.profile.id, b: outsider.profile.id })
      .expect(400);
    await org.agent.post(`/api/events/${eventId}/pairs`).send({ a: c1!.profile.id, b: c1!.profile.id }).expect(400);
  });

  it('bulk-approves the best N suggested pairs of the chosen kinds', async () => {
    const suggested = (await pairs({ status: 'suggested', kinds: 'corporate-startup' })).items;
    const res = await org.agent
      .post(`/api/events/${eventId}/pairs/bulk-approve`)
      .send({ top: 2, kinds: ['corporate-startup'] })
      .expect(200);
    const best = [...suggested].sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.key.localeCompare(y.key));
    expect(res.body.approved).toBe(Math.min(2, suggested.length));
    expect(res.body.keys).toEqual(best.slice(0, 2).map((p) => p.key));
    const approved = (await pairs({ status: 'approved', kinds: 'corporate-startup' })).items.map((p) => p.key);
    expect(approved).toEqual(expect.arrayContaining(res.body.keys));
  });

  it('introduces an approved pair once: group conversation with the message, both notified', async () => {
    const approved = (await pairs({ status: 'approved', kinds: 'corporate-startup' })).items[0]!;
    const suggested = (await pairs({ status: 'suggested' })).items[0]!;
    const ja = await org.agent
      .get(`/api/events/${eventId}/pairs/${approved.key}/introduction`)
      .query({ lang: 'ja' })
      .expect(200);
    expect(ja.body.message).toContain(approved.a.name.ja);
    expect(ja.body.message).toContain('横浜マッチングデー');
    const en = await org.agent
      .get(`/api/events/${eventId}/pairs/${approved.key}/introduction`)
      .query({ lang: 'en' })
      .expect(200);
    expect(en.body.message).toContain('Yokohama Matching Day');

    const refused = await org.agent
      .post(`/api/events/${eventId}/pairs/${suggested.key}/introduce`)
      .send({ message: 'Hi' })
      .expect(409);
    expect(refused.body.error.details.reason).toBe('not_approved');

    const message = `${en.body.message}\n<b>edited</b>`;
    const [r1, r2] = await Promise.all([
      org.agent.post(`/api/events/${eventId}/pairs/${approved.key}/introduce`).send({ message }),
      org.agent.post(`/api/events/${eventId}/pairs/${approved.key}/introduce`).send({ message }),
    ]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    const pair = r1.body as PairDto;
    expect(pair).toMatchObject({ status: 'introduced', conversationId: expect.any(String) });
    const again = await org.agent
      .post(`/api/events/${eventId}/pairs/${approved.key}/introduce`)
      .send({ message: 'once more' })
      .expect(200);
    expect(again.body.conversationId).toBe(pair.conversationId);

    const people = all.filter((m) => m.profile.id === pair.a.id || m.profile.id === pair.b.id);
    expect(people).toHaveLength(2);
    for (const p of people) {
      const notes = await NotificationModel.find({ recipientId: p.user.id, type: 'event.introduced' }).lean();
      expect(notes).toHaveLength(1);
      expect(notes[0]!.data).toMatchObject({ conversationId: pair.conversationId });
      const msgs = await p.agent.get(`/api/conversations/${pair.conversationId}/messages`).expect(200);
      expect(msgs.body.messages).toHaveLength(1);
      expect(msgs.body.messages[0]).toMatchObject({ text: message, senderId: org.user.id });
    }
    // Someone else cannot read it.
    await outsider.agent.get(`/api/conversations/${pair.conversationId}/messages`).expect(404);
    expect((await decide(pair.key, 'reject').expect(409)).body.error.details.reason).toBe('introduced');
    expect((await pairs({ status: 'introduced' })).items.map((p) => p.key)).toEqual([pair.key]);
  });

  it('a participant who leaves drops out of the pairs', async () => {
    const leaver = creators[1]!;
    await leaver.agent.delete(`/api/events/${eventId}/join`).expect(200);
    const page = await pairs({ limit: '200' });
    expect(page.items.some((p) => p.a.id === leaver.profile.id || p.b.id === leaver.profile.id)).toBe(false);
  });
});
