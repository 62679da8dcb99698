import request from 'supertest';
import type { ConversationDto, MeetingDto, MeetingParticipantDto, ProfileDto } from '@musubi/shared';
import { buildProfileInput } from '../../../test/profile-factories';
import {
  chatUser,
  collect,
  emitAck,
  newClientId,
  startConversationWith,
  useChatServer,
  until,
  useSockets,
  type ChatSocket,
  type ChatUser,
} from '../../../test/chat-helpers';

const server = useChatServer();
const http = () => server().httpServer;
const socketFor = useSockets(server);
const get = (user: ChatUser, url: string) => request(http()).get(url).set('Cookie', user.cookie);

async function send(socket: ChatSocket, conversationId: string, text: string): Promise<void> {
  const ack = await emitAck(socket, 'message:send', { conversationId, clientId: newClientId(), text });
  if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
}

const contactOf = async (viewer: ChatUser, owner: ChatUser) =>
  ((await get(viewer, `/api/profiles/${owner.profileId}`).expect(200)).body.profile as ProfileDto).contact;

/** Two members who have both written in their conversation: each sees the other's contact details. */
async function talkingPair() {
  const [a, b] = [await chatUser(http()), await chatUser(http())];
  const ab = await startConversationWith(http(), a, b);
  await send(await socketFor(a), ab.id, 'hello');
  await send(await socketFor(b), ab.id, 'hi');
  expect(await contactOf(a, b)).toBeDefined();
  expect(await contactOf(b, a)).toBeDefined();
  return { a, b, ab };
}

describe('a block closes contact details both ways', () => {
  it('after B blocks A, neither reads the other’s email or phone, including later changes', async () => {
    const { a, b, ab } = await talkingPair();
    await request(http()).post(`/api/conversations/${ab.id}/block`).set('Cookie', b.cookie).expect(200);
    expect(await contactOf(a, b)).toBeUndefined();
    expect(await contactOf(b, a)).toBeUndefined();

    const mine = (await get(b, '/api/profiles/me').expect(200)).body.profile as ProfileDto;
    await request(http())
      .put('/api/profiles/me')
      .set('Cookie', b.cookie)
      .send(buildProfileInput({ version: mine.version, contact: { email: 'new-address@example.com' } }))
      .expect(200);
    const seen = await get(a, `/api/profiles/${b.profileId}`).expect(200);
    expect(seen.body.profile.contact).toBeUndefined();
    expect(JSON.stringify(seen.body)).not.toContain('new-address@example.com');

    await request(http()).delete(`/api/conversations/${ab.id}/block`).set('Cookie', b.cookie).expect(200);
    expect((await contactOf(a, b))?.email).toBe('new-address@example.com');
  });
});

const memberIn = async (viewer: ChatUser, conversationId: string, userId: string) => {
  const res = await get(viewer, `/api/conversations/${conversationId}`).expect(200);
  return (res.body.conversation as ConversationDto).members.find((m) => m.userId === userId)!;
};

describe('presence and display name', () => {
  it('a member who never replies shows no presence; once both have written, presence is shared', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    await send(sa, ab.id, 'hello?');
    const sb = await socketFor(b);
    expect(await memberIn(a, ab.id, b.userId)).toMatchObject({ online: false, lastSeenAt: null });
    expect(await memberIn(b, ab.id, a.userId)).toMatchObject({ online: false });

    const presence = collect(sa, 'presence');
    await send(sb, ab.id, 'hi');
    await until(async () => (await memberIn(a, ab.id, b.userId)).online);
    await until(async () => (await memberIn(b, ab.id, a.userId)).online);
    sb.close();
    await until(() => presence.some((p) => p.userId === b.userId && !p.online));
  });

  it('an accepted meeting one asked for makes the two presence contacts, without a word in chat', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const start = new Date(Math.ceil((Date.now() + 2 * 86400_000) / 900_000) * 900_000).toISOString();
    const asked = await request(http())
      .post('/api/meetings')
      .set('Cookie', a.cookie)
      .send({
        profileId: b.profileId,
        message: 'Hello',
        slots: [{ start, durationMinutes: 30 }],
        location: { format: 'online' },
      })
      .expect(201);
    await request(http())
      .post(`/api/meetings/${asked.body.id}/accept`)
      .set('Cookie', b.cookie)
      .send({ version: asked.body.version, start })
      .expect(200);
    const sa = await socketFor(a);
    const presence = collect(sa, 'presence');
    await until(async () => {
      const sb = await socketFor(b);
      const seen = presence.some((p) => p.userId === b.userId && p.online);
      sb.close();
      return seen;
    });
  });

  it('a block hides presence both ways and shows the blocker to the blocked member as an unnamed member', async () => {
    const { a, b, ab } = await talkingPair();
    await until(async () => (await memberIn(a, ab.id, b.userId)).online);
    const named = await memberIn(a, ab.id, b.userId);
    expect(named.displayName).not.toBe('');

    await request(http()).post(`/api/conversations/${ab.id}/block`).set('Cookie', b.cookie).expect(200);
    expect(await memberIn(a, ab.id, b.userId)).toMatchObject({
      displayName: '',
      profileId: null,
      avatarUrl: null,
      online: false,
      lastSeenAt: null,
    });
    const blockedSeenByBlocker = await memberIn(b, ab.id, a.userId);
    expect(blockedSeenByBlocker).toMatchObject({ online: false, lastSeenAt: null });
    expect(blockedSeenByBlocker.displayName).not.toBe('');
    const listed = (await get(a, '/api/conversations').expect(200)).body.conversations as ConversationDto[];
    expect(JSON.stringify(listed)).not.toContain(named.displayName);
  });

  it('in meetings too, the blocked member sees the blocker as an unnamed “Musubi member”', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const start = new Date(Math.ceil((Date.now() + 3 * 86400_000) / 900_000) * 900_000).toISOString();
    const asked = await request(http())
      .post('/api/meetings')
      .set('Cookie', a.cookie)
      .send({
        profileId: b.profileId,
        message: 'Hi',
        slots: [{ start, durationMinutes: 30 }],
        location: { format: 'online' },
      })
      .expect(201);
    const named = asked.body.receiver as MeetingParticipantDto;
    expect(named.displayName).not.toBe('Musubi member');
    const ba = await startConversationWith(http(), b, a);
    await request(http()).post(`/api/conversations/${ba.id}/block`).set('Cookie', b.cookie).expect(200);

    const seen = (await get(a, `/api/meetings/${asked.body.id}`).expect(200)).body as MeetingDto;
    expect(seen.receiver).toMatchObject({ displayName: 'Musubi member', profileId: null, avatarUrl: null });
    expect(JSON.stringify(seen)).not.toContain(named.displayName);
    const byBlocker = (await get(b, `/api/meetings/${asked.body.id}`).expect(200)).body as MeetingDto;
    expect(byBlocker.requester.displayName).not.toBe('Musubi member');
  });
});
