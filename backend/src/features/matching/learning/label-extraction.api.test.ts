import request from 'supertest';
import type { MeetingDto } from '@musubi/shared';
import {
  chatUser,
  emitAck,
  newClientId,
  startConversationWith,
  useChatServer,
  useSockets,
  type ChatUser,
} from '../../../../test/chat-helpers';
import { slot } from '../../../../test/meeting-helpers';
import { extractBehaviour } from './label-extraction';
import { mergeLabels } from './labels';

const server = useChatServer();
const socketFor = useSockets(server);
const http = () => server().httpServer;

const feedback = (from: ChatUser, to: ChatUser, action: string) =>
  request(http()).post(`/api/matches/${to.profileId}/feedback`).set('Cookie', from.cookie).send({ action }).expect(200);

async function requestMeeting(from: ChatUser, to: ChatUser): Promise<MeetingDto> {
  const res = await request(http())
    .post('/api/meetings')
    .set('Cookie', from.cookie)
    .send({ profileId: to.profileId, message: 'Hello', slots: [slot(24 * 60)], location: { format: 'online' } })
    .expect(201);
  return res.body as MeetingDto;
}

const answer = (who: ChatUser, m: MeetingDto, action: 'accept' | 'decline') =>
  request(http())
    .post(`/api/meetings/${m.id}/${action}`)
    .set('Cookie', who.cookie)
    .send(action === 'accept' ? { version: m.version, start: m.slots[0]!.start } : { version: m.version })
    .expect(200);

async function say(who: ChatUser, conversationId: string, text: string) {
  const ack = await emitAck(await socketFor(who), 'message:send', { conversationId, clientId: newClientId(), text });
  if (!ack.ok) throw new Error(ack.error.message);
}

describe('labels extracted from what members did, read from the database', () => {
  it('reads saves, dismissals, not-now, accepted and declined meetings and replied conversations as labels', async () => {
    const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map(() => chatUser(http())));
    await feedback(a!, b!, 'save');
    await feedback(a!, c!, 'dismiss');
    await feedback(a!, d!, 'not-now');
    await answer(e!, await requestMeeting(a!, e!), 'accept');
    await answer(c!, await requestMeeting(b!, c!), 'decline');
    const replied = await startConversationWith(http(), d!, e!);
    await say(d!, replied.id, 'Hello!');
    await say(e!, replied.id, 'Hi, nice to meet you');
    const oneSided = await startConversationWith(http(), c!, e!);
    await say(c!, oneSided.id, 'Anyone there?');

    const profileOf = new Map([a, b, c, d, e].map((u) => [u!.userId, u!.profileId]));
    const name = new Map([a, b, c, d, e].map((u, i) => [u!.profileId, 'abcde'[i]!]));
    const events = await extractBehaviour({ profileOfUser: (id) => profileOf.get(id) });
    const ours = mergeLabels(events).filter((l) => name.has(l.viewerId) && name.has(l.candidateId));
    const readable = ours
      .map((l) => `${name.get(l.viewerId)}→${name.get(l.candidateId)} ${l.label ? '+' : '−'}${l.weight}`)
      .sort();
    expect(readable).toEqual([
      'a→b +1', // saved
      'a→c −1', // dismissed
      'a→d −0.5', // not now
      'a→e +1.5', // meeting accepted (not yet held)
      'c→b −0.5', // c declined b's request
      'd→e +1.5', // both wrote
      'e→a +1.5',
      'e→d +1.5',
    ]);
  });

  it('leaves out behaviour older than the window', async () => {
    const [a, b] = await Promise.all([chatUser(http()), chatUser(http())]);
    await feedback(a, b, 'save');
    const later = new Date(Date.now() + 2 * 86_400_000);
    const events = await extractBehaviour({ profileOfUser: () => a.profileId, now: later, windowDays: 1 });
    expect(events.filter((e) => e.candidateId === b.profileId)).toEqual([]);
  });
});
