import request from 'supertest';
import type { EventDto, ParticipantDto } from '@musubi/shared';
import { buildTestApp, signUp } from '../../../test/helpers';
import { createEvent, importCsv, join, memberWith, organiser } from '../../../test/event-helpers';
import { NotificationModel } from '../notifications';
import { ConversationModel } from '../chat';
import { eventually } from '../../../test/profile-factories';

const { app } = buildTestApp();

const ids = (items: ParticipantDto[]) => items.map((p) => p.profile.id).sort();

describe('events: joining, approval, capacity, privacy and CSV import', () => {
  it('a member joins as their profile (with availability), sees their status, and leaves', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const m = await memberWith(app);
    const joined = await join(m, e.id, { availability: [true, false, true, true] });
    expect(joined.viewer).toMatchObject({ participantStatus: 'approved', availability: [true, false, true, true] });
    expect(joined.participantCount).toBe(1);
    expect(joined.viewer.channelConversationId).toEqual(expect.any(String));
    // Joining twice changes nothing.
    await join(m, e.id);
    const again = await m.agent.get(`/api/events/${e.id}`).expect(200);
    expect(again.body.participantCount).toBe(1);
    await m.agent
      .put(`/api/events/${e.id}/me/availability`)
      .send({ availability: [true] })
      .expect(400);
    const avail = await m.agent
      .put(`/api/events/${e.id}/me/availability`)
      .send({ availability: [false, false, true, true] })
      .expect(200);
    expect(avail.body.viewer.availability).toEqual([false, false, true, true]);
    const left = await m.agent.delete(`/api/events/${e.id}/join`).expect(200);
    expect(left.body.viewer.participantStatus).toBeNull();
    expect(left.body.participantCount).toBe(0);
    await m.agent.delete(`/api/events/${e.id}/join`).expect(404);
  });

  it('409 profile_required without a profile, registration_closed on a draft or closed registration', async () => {
    const org = await organiser(app);
    const { agent } = await signUp(app);
    const e = await createEvent(org);
    const noProfile = await agent.post(`/api/events/${e.id}/join`).send({}).expect(409);
    expect(noProfile.body.error.details.reason).toBe('profile_required');
    const m = await memberWith(app);
    const shut = await createEvent(org, { registrationOpen: false });
    const closed = await m.agent.post(`/api/events/${shut.id}/join`).send({}).expect(409);
    expect(closed.body.error.details.reason).toBe('registration_closed');
    const draft = await createEvent(org, {}, false);
    await m.agent.post(`/api/events/${draft.id}/join`).send({}).expect(404);
    await request(app).post(`/api/events/${e.id}/join`).send({}).expect(401);
  });

  it('10 concurrent joins for 5 seats: exactly 5 get in, the rest 409 full', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 5 });
    const members = await Promise.all(Array.from({ length: 10 }, () => memberWith(app)));
    const results = await Promise.all(members.map((m) => m.agent.post(`/api/events/${e.id}/join`).send({})));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.details.reason).toBe('full');
    const list = await org.agent.get(`/api/events/${e.id}/participants`).expect(200);
    expect(list.body.counts).toEqual({ pending: 0, approved: 5, rejected: 0 });
    // The racing joins' channel syncs are serialised: the channel ends with all five and the organiser.
    const withChannel = (await org.agent.get(`/api/events/${e.id}`).expect(200)).body as EventDto;
    const channel = await ConversationModel.findById(withChannel.viewer.channelConversationId).lean();
    const joinedUsers = members.filter((_, i) => results[i]!.status === 200).map((m) => m.user.id);
    expect(channel?.members.map(String).sort()).toEqual([org.user.id, ...joinedUsers].sort());
    // A leaver frees a seat for someone else.
    const inside = members.filter((_, i) => results[i]!.status === 200);
    const outside = members.filter((_, i) => results[i]!.status === 409);
    await inside[0]!.agent.delete(`/api/events/${e.id}/join`).expect(200);
    await join(outside[0]!, e.id);
    await outside[1]!.agent.post(`/api/events/${e.id}/join`).send({}).expect(409);
  });

  it('with approval: joiners wait, approval notifies them (event.approved) and adds them to the channel', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { requiresApproval: true });
    const a = await memberWith(app);
    const b = await memberWith(app);
    expect((await join(a, e.id)).viewer.participantStatus).toBe('pending');
    await join(b, e.id);
    const publicList = await request(app).get(`/api/events/${e.id}/participants`).expect(200);
    expect(publicList.body.items).toEqual([]);
    await a.agent.post(`/api/events/${e.id}/participants/${b.profile.id}/approve`).expect(404);
    const approved = await org.agent.post(`/api/events/${e.id}/participants/${a.profile.id}/approve`).expect(200);
    expect(approved.body.status).toBe('approved');
    await org.agent.post(`/api/events/${e.id}/participants/${b.profile.id}/reject`).expect(200);
    const note = await NotificationModel.findOne({ recipientId: a.user.id, type: 'event.approved' }).lean();
    expect(note?.subject).toEqual({ kind: 'event', id: e.id });
    expect(await NotificationModel.countDocuments({ recipientId: b.user.id, type: 'event.approved' })).toBe(0);

    const pending = await org.agent.get(`/api/events/${e.id}/participants`).query({ status: 'rejected' }).expect(200);
    expect(ids(pending.body.items)).toEqual([b.profile.id]);
    const forA = (await a.agent.get(`/api/events/${e.id}`).expect(200)).body as EventDto;
    const forB = (await b.agent.get(`/api/events/${e.id}`).expect(200)).body as EventDto;
    expect(forA.viewer.channelConversationId).toEqual(expect.any(String));
    expect(forB.viewer.channelConversationId).toBeNull();
    const channel = await ConversationModel.findById(forA.viewer.channelConversationId).lean();
    expect(channel?.members.map(String).sort()).toEqual([org.user.id, a.user.id].sort());
    expect(channel?.membersCanPost).toBe(false);
    // Turning replies on reaches the channel; leaving takes a member out.
    await org.agent.patch(`/api/events/${e.id}`).send({ version: forA.version, announcementReplies: true }).expect(200);
    await a.agent.delete(`/api/events/${e.id}/join`).expect(200);
    const after = await ConversationModel.findById(forA.viewer.channelConversationId).lean();
    expect(after?.membersCanPost).toBe(true);
    expect(after?.members.map(String)).toEqual([org.user.id]);
  });

  it('the public list respects privacy: hidden never, members-only for signed-in viewers only', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const pub = await memberWith(app, 'startup', { visibility: 'public' });
    const members = await memberWith(app, 'creator', { visibility: 'members' });
    const hidden = await memberWith(app, 'corporate', { visibility: 'hidden' });
    for (const m of [pub, members, hidden]) await join(m, e.id);
    const anon = await request(app).get(`/api/events/${e.id}/participants`).expect(200);
    expect(ids(anon.body.items)).toEqual([pub.profile.id]);
    const signedIn = await pub.agent.get(`/api/events/${e.id}/participants`).expect(200);
    expect(ids(signedIn.body.items)).toEqual([pub.profile.id, members.profile.id].sort());
    expect(signedIn.body.items[0].profile.contact).toBeUndefined();
    const orgView = await org.agent.get(`/api/events/${e.id}/participants`).expect(200);
    expect(ids(orgView.body.items)).toHaveLength(3);
    const found = await org.agent.get(`/api/events/${e.id}/participants`).query({ q: pub.profile.name.en }).expect(200);
    expect(ids(found.body.items)).toEqual([pub.profile.id]);
  });

  it('imports invitations from CSV: BOM, quotes, semicolons, Japanese; only malformed and repeated rows reported', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 3 });
    const [a, b, c] = await Promise.all([memberWith(app), memberWith(app), memberWith(app)]);
    const { user: noProfile } = await signUp(app);
    await join(a, e.id);
    const csv =
      '\uFEFF"名前";email;"profileId"\r\n' +
      `"山田 太郎";${a.email};\r\n` +
      `"Sato; ""Misaki""";${b.email.toUpperCase()};\r\n` +
      `佐藤;;${c.profile.id}\r\n` +
      `nobody;nobody@example.com;\r\n` +
      `no profile;${noProfile.email};\r\n` +
      `bad;not-an-email;\r\n` +
      `bad id;;xyz\r\n` +
      `again;${b.email};\r\n`;
    const job = await importCsv(org, e.id, csv);
    expect(job).toMatchObject({ status: 'done', total: 8, processed: 8, error: null });
    const result = job.result;
    expect(result).toEqual({
      invited: 5,
      skipped: [
        { line: 7, value: 'not-an-email', reason: 'invalid' },
        { line: 8, value: 'xyz', reason: 'invalid' },
        { line: 9, value: b.email, reason: 'duplicate' },
      ],
    });
    // The organiser sees only the member who joined; the two invited see their invitations.
    const list = await org.agent.get(`/api/events/${e.id}/participants`).expect(200);
    expect(list.body.items.map((p: ParticipantDto) => `${p.profile.id}:${p.source}:${p.status}`)).toEqual([
      `${a.profile.id}:joined:approved`,
    ]);
    for (const invited of [b, c]) {
      const seen = await invited.agent.get(`/api/events/${e.id}`).expect(200);
      expect(seen.body.viewer.participantStatus).toBe('invited');
    }
    // Larger than other bodies may be (150 KB), within the import limit: every row read and reported.
    const big = `email,note\n${Array.from({ length: 1000 }, (_, i) => `bad${i},${'x'.repeat(140)}`).join('\n')}`;
    const bigResult = await importCsv(org, e.id, big);
    expect(bigResult.result.skipped).toHaveLength(1000);
    const noHeader = await org.agent
      .post(`/api/events/${e.id}/participants/import`)
      .send({ csv: 'name\nx' })
      .expect(400);
    expect(noHeader.body.error.code).toBe('bad_request');
    await a.agent.post(`/api/events/${e.id}/participants/import`).send({ csv }).expect(404);
  });

  it('a deleted profile leaves the event: seat freed, channel updated', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 1 });
    const m = await memberWith(app);
    const next = await memberWith(app);
    const joined = await join(m, e.id);
    await m.agent.delete('/api/profiles/me').expect(204);
    await eventually(async () => (await org.agent.get(`/api/events/${e.id}`)).body.participantCount === 0);
    await join(next, e.id);
    const channel = await ConversationModel.findById(joined.viewer.channelConversationId).lean();
    expect(channel?.members.map(String).sort()).toEqual([org.user.id, next.user.id].sort());
  });
});
