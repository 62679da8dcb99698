import type { Express } from 'express';
import type { ConversationDto, EventDto, PairDto, PairPageDto, ProfileDto } from '@musubi/shared';
import { createEvent, join, memberWith, organiser, type Person } from '../../../test/event-helpers';
import { emitAck, newClientId, useChatServer, useSockets } from '../../../test/chat-helpers';
import { buildProfileInput } from '../../../test/profile-factories';
import { ConversationModel } from '../chat';
import { PairDecisionModel } from './event.model';

// A real server (not only the app): the channel test writes through a socket.
const server = useChatServer();
const socketFor = useSockets(server);
const app = () => server().httpServer as unknown as Express;

const keyOf = (a: string, b: string) => [a, b].sort().join('-');
const conversationsOf = async (who: Person) =>
  (await who.agent.get('/api/conversations').expect(200)).body.conversations as ConversationDto[];
const pairsOf = async (org: Person, eventId: string) =>
  ((await org.agent.get(`/api/events/${eventId}/pairs`).expect(200)).body as PairPageDto).items;
const involves = (p: PairDto, profileId: string) => p.a.id === profileId || p.b.id === profileId;

/** `who` turns their profile hidden (everything else as a fresh valid profile). */
async function hide(who: Person): Promise<void> {
  const mine = (await who.agent.get('/api/profiles/me').expect(200)).body.profile as ProfileDto;
  await who.agent
    .put('/api/profiles/me')
    .send(buildProfileInput({ version: mine.version, name: mine.name, visibility: 'hidden' }))
    .expect(200);
}

describe('a hidden profile is never shown to other members through an event', () => {
  it('pairs: the list leaves out pairs with a hidden member; a manual pair or an introduction of one answers 409 profile_hidden and changes nothing', async () => {
    const org = await organiser(app());
    const e = await createEvent(org);
    const hidden = await memberWith(app(), 'startup', { visibility: 'hidden', name: { en: 'HiddenTwoCo' } });
    const other = await memberWith(app(), 'creator');
    const third = await memberWith(app(), 'corporate');
    for (const who of [hidden, other, third]) await join(who, e.id);

    // The engine's list does not offer a pair the two could not see each other in.
    expect((await pairsOf(org, e.id)).filter((p) => involves(p, hidden.profile.id))).toEqual([]);

    const manual = await org.agent
      .post(`/api/events/${e.id}/pairs`)
      .send({ a: hidden.profile.id, b: other.profile.id });
    expect(manual.status).toBe(409);
    expect(manual.body.error).toEqual(
      expect.objectContaining({ code: 'conflict', details: expect.objectContaining({ reason: 'profile_hidden' }) }),
    );
    expect(await PairDecisionModel.countDocuments({ eventId: e.id })).toBe(0);
    const hiddenKey = keyOf(hidden.profile.id, other.profile.id);
    const approve = await org.agent
      .post(`/api/events/${e.id}/pairs/${hiddenKey}/decision`)
      .send({ action: 'approve' })
      .expect(409);
    expect(approve.body.error.details.reason).toBe('profile_hidden');
    expect(await PairDecisionModel.countDocuments({ eventId: e.id })).toBe(0);

    // A pair approved while both were visible cannot be introduced once one of them hides.
    await org.agent.post(`/api/events/${e.id}/pairs`).send({ a: third.profile.id, b: other.profile.id }).expect(201);
    await hide(third);
    const key = keyOf(third.profile.id, other.profile.id);
    const intro = await org.agent.post(`/api/events/${e.id}/pairs/${key}/introduce`).send({ message: 'Hello' });
    expect(intro.status).toBe(409);
    expect(intro.body.error.details.reason).toBe('profile_hidden');
    expect(await ConversationModel.countDocuments({ pairKey: `group:intro:${e.id}:${key}` })).toBe(0);
    const seenByOther = await conversationsOf(other);
    expect(seenByOther.filter((c) => c.type === 'group' && c.id !== e.viewer.channelConversationId)).toEqual([]);
    expect(JSON.stringify(seenByOther)).not.toContain('HiddenTwoCo');
    expect(JSON.stringify(seenByOther)).not.toContain(third.user.displayName);
    expect((await PairDecisionModel.findById(`${e.id}:${key}`).lean())?.status).toBe('approved');

    // Two who may see each other are still paired and introduced.
    const visible = await memberWith(app(), 'startup');
    await join(visible, e.id);
    await org.agent.post(`/api/events/${e.id}/pairs`).send({ a: visible.profile.id, b: other.profile.id }).expect(201);
    const ok = keyOf(visible.profile.id, other.profile.id);
    await org.agent.post(`/api/events/${e.id}/pairs/${ok}/introduce`).send({ message: 'Hello' }).expect(200);
  });

  it('the announcement channel lists a hidden participant only to organisers and themself; their reply shows them unnamed', async () => {
    const org = await organiser(app());
    const e = await createEvent(org, { announcementReplies: true });
    const hidden = await memberWith(app(), 'startup', { visibility: 'hidden', name: { en: 'HiddenTwoCo' } });
    const other = await memberWith(app(), 'creator');
    await join(hidden, e.id);
    const joined: EventDto = await join(other, e.id);
    const channelId = joined.viewer.channelConversationId!;
    expect(channelId).toBeTruthy();
    const channelOf = async (who: Person) =>
      (await who.agent.get(`/api/conversations/${channelId}`).expect(200)).body.conversation as ConversationDto;
    const memberIds = (c: ConversationDto) => c.members.map((m) => m.userId).sort();

    // Another participant sees the organiser, themself and nobody hidden, in the list and the conversation.
    const listed = (await conversationsOf(other)).find((c) => c.id === channelId)!;
    expect(memberIds(listed)).toEqual([org.user.id, other.user.id].sort());
    expect(memberIds(await channelOf(other))).toEqual([org.user.id, other.user.id].sort());
    expect(JSON.stringify(listed)).not.toContain('HiddenTwoCo');
    expect(JSON.stringify(listed)).not.toContain(hidden.profile.id);
    expect(JSON.stringify(listed)).not.toContain(hidden.user.displayName);
    // The organiser sees everyone who joined; the hidden member sees themself.
    expect(memberIds(await channelOf(org))).toEqual([org.user.id, hidden.user.id, other.user.id].sort());
    expect(memberIds(await channelOf(hidden))).toContain(hidden.user.id);

    // The hidden member replies: the others see an unnamed member (no name, profile or avatar).
    const socket = await socketFor(hidden);
    const ack = await emitAck(socket, 'message:send', {
      conversationId: channelId,
      clientId: newClientId(),
      text: 'hi',
    });
    expect(ack.ok).toBe(true);
    const after = await channelOf(other);
    expect(after.lastMessage?.senderId).toBe(hidden.user.id);
    expect(after.members.find((m) => m.userId === hidden.user.id)).toEqual(
      expect.objectContaining({ displayName: '', profileId: null, avatarUrl: null, online: false, lastSeenAt: null }),
    );
    const messages = await other.agent.get(`/api/conversations/${channelId}/messages`).expect(200);
    for (const body of [after, messages.body, await conversationsOf(other)]) {
      expect(JSON.stringify(body)).not.toContain('HiddenTwoCo');
      expect(JSON.stringify(body)).not.toContain(hidden.profile.id);
      expect(JSON.stringify(body)).not.toContain(hidden.user.displayName);
    }
    // The organiser still sees them in full.
    const forOrg = (await channelOf(org)).members.find((m) => m.userId === hidden.user.id);
    expect(forOrg).toEqual(expect.objectContaining({ profileId: hidden.profile.id }));
    expect(forOrg?.displayName).not.toBe('');
  });
});
