import type { AgendaItemDto, EventDto, ImportResultDto, ParticipantPageDto } from '@musubi/shared';
import { buildTestApp, signUp } from '../../../test/helpers';
import {
  createEvent,
  importCsv as runImportJob,
  join,
  memberWith,
  organiser,
  readCsv,
  type Person,
} from '../../../test/event-helpers';
import { until } from '../../../test/chat-helpers';
import { ConversationModel } from '../chat';
import { NotificationModel } from '../notifications';

const { app } = buildTestApp();

/** Runs an import job to its end and returns its report. */
const importCsv = async (org: Person, eventId: string, csv: string): Promise<ImportResultDto> => {
  const job = await runImportJob(org, eventId, csv);
  expect(job.status).toBe('done');
  return job.result;
};
const participants = async (who: Person, eventId: string, query: Record<string, string> = {}) =>
  (await who.agent.get(`/api/events/${eventId}/participants`).query(query).expect(200)).body as ParticipantPageDto;
/**
 * How many event invitations a member was sent, once the first has arrived: members are notified
 * just after the import job's progress is stored, so a finished job may still be sending.
 */
const invitationsSentTo = async (userId: string) => {
  const count = () => NotificationModel.countDocuments({ recipientId: userId, type: 'event.invited' });
  await until(async () => (await count()) > 0);
  return count();
};
const eventAs = async (who: Person, eventId: string) =>
  (await who.agent.get(`/api/events/${eventId}`).expect(200)).body as EventDto;

describe('events: organisers act on members only with their consent', () => {
  it('an import invites instead of enrolling: no seat, not a participant, not in the channel, the member is notified', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 5 });
    const m = await memberWith(app);
    const result = await importCsv(org, e.id, `email\n${m.email}`);
    expect(result).toEqual({ invited: 1, skipped: [] });

    const seenByOrg = await eventAs(org, e.id);
    expect(seenByOrg.participantCount).toBe(0);
    const list = await participants(org, e.id);
    expect(list.items).toEqual([]);
    expect(list.counts).toEqual({ pending: 0, approved: 0, rejected: 0 });
    // Not a participant for anyone, nor in the export or the announcement channel.
    expect((await participants(m, e.id)).items).toEqual([]);
    const csv = await org.agent.get(`/api/events/${e.id}/export/participants.csv`).expect(200);
    expect(readCsv(csv.text.replace(/^\uFEFF/, '')).slice(1)).toEqual([]);
    const channel = await ConversationModel.findById(seenByOrg.viewer.channelConversationId).lean();
    expect(channel?.members.map(String) ?? []).not.toContain(m.user.id);

    expect(await invitationsSentTo(m.user.id)).toBe(1);
    const note = await NotificationModel.findOne({ recipientId: m.user.id, type: 'event.invited' }).lean();
    expect(note?.subject).toEqual({ kind: 'event', id: e.id });
    const mine = await eventAs(m, e.id);
    expect(mine.viewer).toMatchObject({ participantStatus: 'invited', invitedBy: org.user.displayName });
    const invitations = await m.agent.get('/api/events').query({ scope: 'invitations' }).expect(200);
    expect(invitations.body.items.map((x: EventDto) => x.id)).toEqual([e.id]);
    // An invitation is not an agenda, and not something the organiser can approve for the member:
    // the answer is the one for a profile never invited, so it tells nothing either.
    await m.agent.get(`/api/events/${e.id}/agenda`).expect(404);
    const approve = await org.agent.post(`/api/events/${e.id}/participants/${m.profile.id}/approve`).expect(404);
    const never = await memberWith(app);
    const approveNever = await org.agent
      .post(`/api/events/${e.id}/participants/${never.profile.id}/approve`)
      .expect(404);
    expect(approve.body).toEqual(approveNever.body);
    await org.agent.post(`/api/events/${e.id}/participants/${m.profile.id}/reject`).expect(404);
    expect((await eventAs(org, e.id)).participantCount).toBe(0);
  });

  it('the import report is the same for unknown emails, emails without a profile, hidden profiles and members', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const visible = await memberWith(app);
    const hidden = await memberWith(app, 'creator', { visibility: 'hidden' });
    const { user: noProfile } = await signUp(app);
    const csv =
      'email;profileId\r\n' +
      `nobody-${Date.now()}@example.com;\r\n` +
      `${noProfile.email};\r\n` +
      `${hidden.email};\r\n` +
      `${visible.email.toUpperCase()};\r\n` +
      `not-an-email;\r\n` +
      `${visible.email};\r\n` +
      `;${hidden.profile.id}\r\n` +
      `;${'f'.repeat(24)}\r\n` +
      `;xyz\r\n`;
    expect(await importCsv(org, e.id, csv)).toEqual({
      invited: 6,
      skipped: [
        { line: 6, value: 'not-an-email', reason: 'invalid' },
        { line: 7, value: visible.email, reason: 'duplicate' },
        { line: 10, value: 'xyz', reason: 'invalid' },
      ],
    });
    // Both were invited, but neither shows to the organiser, not even as a count, until they accept.
    const list = await participants(org, e.id);
    expect(list.items).toEqual([]);
    expect(list.counts).toEqual({ pending: 0, approved: 0, rejected: 0 });
    expect(await invitationsSentTo(hidden.user.id)).toBe(1);
    const dashboard = await org.agent.get(`/api/events/${e.id}/dashboard`).expect(200);
    expect(dashboard.body.participants.byStatus).toEqual({ pending: 0, approved: 0, rejected: 0 });
  });

  it('accepting joins as approved (the organiser invited them: no second approval) while seats remain; declining is final for imports', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 1, requiresApproval: true });
    const [a, b, c] = await Promise.all([memberWith(app), memberWith(app), memberWith(app, 'creator')]);
    await importCsv(org, e.id, `email\n${a.email}\n${b.email}\n${c.email}`);

    const accepted = await a.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(200);
    expect((accepted.body as EventDto).viewer.participantStatus).toBe('approved');
    expect((accepted.body as EventDto).participantCount).toBe(1);
    const channel = await ConversationModel.findById(accepted.body.viewer.channelConversationId).lean();
    expect(channel?.members.map(String)).toContain(a.user.id);
    // Answered once: a second accept finds no open invitation.
    await a.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(404);

    const full = await b.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(409);
    expect(full.body.error.details.reason).toBe('full');
    expect((await eventAs(b, e.id)).viewer.participantStatus).toBe('invited');

    await c.agent.post(`/api/events/${e.id}/invitation/decline`).send({}).expect(200);
    expect((await eventAs(c, e.id)).viewer.participantStatus).toBe('declined');
    await c.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(404);
    // A later import reports the row like any other but sends nothing.
    expect(await importCsv(org, e.id, `profileId\n${c.profile.id}`)).toEqual({ invited: 1, skipped: [] });
    expect(await invitationsSentTo(c.user.id)).toBe(1);
    expect((await eventAs(c, e.id)).viewer.participantStatus).toBe('declined');

    // The organiser sees the member who accepted; the open and the declined invitation not at all.
    const list = await participants(org, e.id);
    expect(list.items.map((p) => [p.profile.id, p.status])).toEqual([[a.profile.id, 'approved']]);
    expect(list.counts).toEqual({ pending: 0, approved: 1, rejected: 0 });
    await org.agent.get(`/api/events/${e.id}/participants`).query({ status: 'invited' }).expect(400);
    await org.agent.get(`/api/events/${e.id}/participants`).query({ status: 'declined' }).expect(400);
  });

  it('until a member accepts, an import of their email leaves everything the organiser sees byte-identical to an import of an unknown email', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 5 });
    const member = await memberWith(app, 'startup');
    const already = await memberWith(app, 'creator');
    await join(already, e.id);
    /** Everything an organiser can read about the event's people, as raw bytes. */
    const snapshot = async () => {
      const get = async (path: string, query: Record<string, string> = {}) =>
        (await org.agent.get(`/api/events/${e.id}${path}`).query(query).expect(200)).text;
      return [
        await get('/participants'),
        await get('/participants', { status: 'pending' }),
        await get('/participants', { q: 'a' }),
        await get('/export/participants.csv'),
        await get('/export/pairs.csv'),
        await get('/dashboard'),
        await get('/pairs'),
        await get('/agenda', { profileId: member.profile.id }),
        await get(''),
      ];
    };
    const before = await snapshot();
    expect(await importCsv(org, e.id, `email\nnobody-${Date.now()}@musubi.example`)).toEqual({
      invited: 1,
      skipped: [],
    });
    expect(await snapshot()).toEqual(before);
    expect(await importCsv(org, e.id, `email\n${member.email}`)).toEqual({ invited: 1, skipped: [] });
    expect(await invitationsSentTo(member.user.id)).toBe(1);
    expect(await snapshot()).toEqual(before);
    // Once they accept (their consent), they are listed as approved everywhere.
    await member.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(200);
    const list = await participants(org, e.id);
    expect(list.items.map((p) => [p.profile.id, p.status, p.source])).toEqual([
      [already.profile.id, 'approved', 'joined'],
      [member.profile.id, 'approved', 'imported'],
    ]);
    expect(list.counts).toEqual({ pending: 0, approved: 2, rejected: 0 });
    const csv = await org.agent.get(`/api/events/${e.id}/export/participants.csv`).expect(200);
    expect(readCsv(csv.text.replace(/^\uFEFF/, '')).map((r) => r[0])).toContain(member.profile.id);
    const dashboard = await org.agent.get(`/api/events/${e.id}/dashboard`).expect(200);
    expect(dashboard.body.participants.byStatus).toEqual({ pending: 0, approved: 2, rejected: 0 });
  });

  it('a declined invitation stays out of sight for organisers, like one never sent', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const m = await memberWith(app);
    await importCsv(org, e.id, `profileId\n${m.profile.id}`);
    await m.agent.post(`/api/events/${e.id}/invitation/decline`).send({}).expect(200);
    const list = await participants(org, e.id);
    expect(list.items).toEqual([]);
    expect(list.counts).toEqual({ pending: 0, approved: 0, rejected: 0 });
    const csv = await org.agent.get(`/api/events/${e.id}/export/participants.csv`).expect(200);
    expect(readCsv(csv.text.replace(/^\uFEFF/, '')).slice(1)).toEqual([]);
    await org.agent.post(`/api/events/${e.id}/participants/${m.profile.id}/approve`).expect(404);
  });

  it('invited members are not paired, introduced or scheduled until they accept', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const joined = await memberWith(app, 'startup');
    const invited = await memberWith(app, 'creator');
    await join(joined, e.id);
    await importCsv(org, e.id, `email\n${invited.email}`);
    const pair = await org.agent
      .post(`/api/events/${e.id}/pairs`)
      .send({ a: joined.profile.id, b: invited.profile.id })
      .expect(400);
    expect(pair.body.error.code).toBe('bad_request');
    const key = [joined.profile.id, invited.profile.id].sort().join('-');
    await org.agent.post(`/api/events/${e.id}/pairs/${key}/introduce`).send({ message: 'Hello' }).expect(404);
    const meeting = await org.agent
      .post(`/api/events/${e.id}/schedule/meetings`)
      .send({ a: joined.profile.id, b: invited.profile.id, round: 1, table: 1 });
    expect(meeting.status).toBe(409);

    await invited.agent.post(`/api/events/${e.id}/invitation/accept`).send({}).expect(200);
    await org.agent.post(`/api/events/${e.id}/pairs`).send({ a: joined.profile.id, b: invited.profile.id }).expect(201);
  });

  it('the agenda shows a partner only through the visibility rule: a hidden profile stays unnamed to the other member', async () => {
    const org = await organiser(app);
    const e = await createEvent(org);
    const shy = await memberWith(app, 'startup', { visibility: 'hidden' });
    const other = await memberWith(app, 'creator');
    await join(shy, e.id);
    await join(other, e.id);
    await org.agent
      .post(`/api/events/${e.id}/schedule/meetings`)
      .send({ a: shy.profile.id, b: other.profile.id, round: 1, table: 2 })
      .expect(201);
    await org.agent.post(`/api/events/${e.id}/schedule/publish`).expect(200);

    const seenByOther = (await other.agent.get(`/api/events/${e.id}/agenda`).expect(200)).body as AgendaItemDto[];
    expect(seenByOther).toEqual([expect.objectContaining({ round: 1, table: 2, partner: null })]);
    const seenByShy = (await shy.agent.get(`/api/events/${e.id}/agenda`).expect(200)).body as AgendaItemDto[];
    expect(seenByShy[0]?.partner?.id).toBe(other.profile.id);
    // The organiser sees the member who joined in full.
    const forOrg = await org.agent.get(`/api/events/${e.id}/agenda`).query({ profileId: other.profile.id }).expect(200);
    expect(forOrg.body[0].partner.id).toBe(shy.profile.id);
  });

  it('a co-organiser is invited and accepts; the answer never tells whether the email has an account', async () => {
    const owner = await organiser(app);
    const e = await createEvent(owner);
    const co = await organiser(app);
    const member = await memberWith(app);
    const unknown = `nobody-${Date.now()}@example.com`;

    const invite = async (email: string) =>
      (await owner.agent.post(`/api/events/${e.id}/organisers`).send({ email }).expect(200)).body as EventDto;
    const toUnknown = await invite(unknown);
    const toCo = await invite(co.email.toUpperCase());
    const toMember = await invite(member.email);
    for (const answer of [toUnknown, toCo, toMember])
      expect(answer.organisers.map((o) => o.userId)).toEqual([owner.user.id]);
    expect(toMember.organiserInvitations.map((i) => i.email)).toEqual([
      unknown,
      co.email.toLowerCase(),
      member.email.toLowerCase(),
    ]);

    // Until it accepts, the invited account has no organiser rights.
    await co.agent.get(`/api/events/${e.id}/dashboard`).expect(404);
    await co.agent.patch(`/api/events/${e.id}`).send({ version: toCo.version, capacity: 10 }).expect(403);
    expect(await NotificationModel.countDocuments({ recipientId: co.user.id, type: 'event.organiser_invited' })).toBe(
      1,
    );
    const seen = await eventAs(co, e.id);
    expect(seen.viewer.organiserInvitation).toEqual({ invitedBy: owner.user.displayName });

    // A member account cannot become an organiser by accepting.
    await member.agent.post(`/api/events/${e.id}/organisers/invitation/accept`).send({}).expect(403);
    const accepted = (await co.agent.post(`/api/events/${e.id}/organisers/invitation/accept`).send({}).expect(200))
      .body as EventDto;
    expect(accepted.viewer.isOrganiser).toBe(true);
    expect(accepted.organisers.map((o) => o.userId)).toEqual([owner.user.id, co.user.id]);
    await co.agent.get(`/api/events/${e.id}/dashboard`).expect(200);

    await member.agent.post(`/api/events/${e.id}/organisers/invitation/decline`).send({}).expect(200);
    expect((await eventAs(member, e.id)).viewer.organiserInvitation).toBeNull();
    // Sending again after a decline sends nothing, and the owner's list reads as before.
    const again = await invite(member.email);
    expect(again.organiserInvitations.map((i) => i.email)).toEqual([unknown, member.email.toLowerCase()]);

    // Invitations can be withdrawn (freeing the place); an organiser account that declined is not
    // notified again when withdrawn and sent again.
    const shy = await organiser(app);
    await invite(shy.email);
    await shy.agent.post(`/api/events/${e.id}/organisers/invitation/decline`).send({}).expect(200);
    const withdraw = (email: string) =>
      owner.agent.delete(`/api/events/${e.id}/organisers/invitations/${encodeURIComponent(email)}`);
    await withdraw(unknown).expect(200);
    await withdraw(member.email).expect(200);
    const afterShy = (await withdraw(shy.email).expect(200)).body as EventDto;
    expect(afterShy.organiserInvitations).toEqual([]);
    await withdraw(unknown).expect(404);
    const resent = await invite(shy.email);
    expect(resent.organiserInvitations.map((i) => i.email)).toEqual([shy.email.toLowerCase()]);
    expect(await NotificationModel.countDocuments({ recipientId: shy.user.id, type: 'event.organiser_invited' })).toBe(
      1,
    );
    await shy.agent.post(`/api/events/${e.id}/organisers/invitation/accept`).send({}).expect(404);
  });

  it('races: one invitation per member across parallel imports; an accept and a decline at once, exactly one wins', async () => {
    const org = await organiser(app);
    const e = await createEvent(org, { capacity: 5 });
    const m = await memberWith(app);
    const results = await Promise.all(Array.from({ length: 5 }, () => importCsv(org, e.id, `email\n${m.email}`)));
    expect(results.every((r) => r.invited === 1)).toBe(true);
    expect(await invitationsSentTo(m.user.id)).toBe(1);

    const answers = await Promise.all([
      m.agent.post(`/api/events/${e.id}/invitation/accept`).send({}),
      m.agent.post(`/api/events/${e.id}/invitation/decline`).send({}),
    ]);
    const codes = answers.map((r) => r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.every((c) => c === 200 || c === 404 || c === 409)).toBe(true);
    const status = (await eventAs(m, e.id)).viewer.participantStatus;
    const winner = answers[0]!.status === 200 ? 'approved' : 'declined';
    expect(status).toBe(winner);
    expect((await eventAs(org, e.id)).participantCount).toBe(winner === 'approved' ? 1 : 0);
  });
});
