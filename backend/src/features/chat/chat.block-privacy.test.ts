import request from 'supertest';
import type { ProfileDto } from '@musubi/shared';
import { buildProfileInput } from '../../../test/profile-factories';
import {
  chatUser,
  emitAck,
  newClientId,
  startConversationWith,
  useChatServer,
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
