import request from 'supertest';
import { buildRegistration, buildTestApp, signUp } from '../../test/helpers';
import { corporateProfile, buildCallInput, member } from '../../test/call-helpers';
import {
  chatUser,
  emitAck,
  newClientId,
  startConversationWith,
  useChatServer,
  useSockets,
} from '../../test/chat-helpers';
import { eventInput, organiser } from '../../test/event-helpers';
import { buildProfileInput } from '../../test/profile-factories';

const { app } = buildTestApp();

function expectValidationFailed(res: request.Response, path: string): void {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('validation_failed');
  expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
}

describe('NUL and other control characters are refused in names and text', () => {
  it('a display name with NUL, a line break or a bidi override is refused at sign-up and on edit', async () => {
    const nul = await request(app)
      .post('/api/auth/register')
      .send(buildRegistration({ displayName: 'Ada\u0000' }));
    expectValidationFailed(nul, 'displayName');
    const { agent, user } = await signUp(app);
    for (const displayName of ['Ada\u0000Lovelace', 'Ada\nLovelace', '\u202Eecila', 'Ada\u009b']) {
      expectValidationFailed(await agent.patch('/api/me').send({ displayName }), 'displayName');
    }
    expect((await agent.get('/api/me').expect(200)).body.user.displayName).toBe(user.displayName);
  });

  it('a profile name or description with NUL is refused; a description keeps its line breaks', async () => {
    const { agent } = await signUp(app);
    const badName = await agent.put('/api/profiles/me').send(buildProfileInput({ name: { en: 'Acme\u0000' } }));
    expectValidationFailed(badName, 'name.en');
    const badText = await agent
      .put('/api/profiles/me')
      .send(buildProfileInput({ description: { en: 'We build\u0007 robots' } }));
    expectValidationFailed(badText, 'description.en');
    await agent.get('/api/profiles/me').expect(404);
    const ok = await agent
      .put('/api/profiles/me')
      .send(buildProfileInput({ description: { en: 'We build robots.\n\n\tAnd boats.' } }))
      .expect(201);
    expect(ok.body.profile.description.en).toBe('We build robots.\n\n\tAnd boats.');
  });

  it('an event title and a call title with control characters are refused', async () => {
    const org = await organiser(app);
    const event = await org.agent.post('/api/events').send(eventInput({ title: { en: 'Matching\u0000Day' } }));
    expectValidationFailed(event, 'title.en');
    const poster = await member(app, corporateProfile());
    const call = await poster.agent.post('/api/calls').send(buildCallInput({ title: { en: 'Pilot\u001b[31m' } }));
    expectValidationFailed(call, 'title.en');
  });
});

describe('chat messages', () => {
  const server = useChatServer();
  const socketFor = useSockets(server);

  it('a message with NUL gets an error ack and stores nothing', async () => {
    const [a, b] = [await chatUser(server().httpServer), await chatUser(server().httpServer)];
    const conversation = await startConversationWith(server().httpServer, a, b);
    const socket = await socketFor(a);
    const ack = await emitAck(socket, 'message:send', {
      conversationId: conversation.id,
      clientId: newClientId(),
      text: 'hello\u0000',
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const sent = await emitAck(socket, 'message:send', {
      conversationId: conversation.id,
      clientId: newClientId(),
      text: 'hello\nagain',
    });
    expect(sent).toMatchObject({ ok: true });
    const messages = await request(server().httpServer)
      .get(`/api/conversations/${conversation.id}/messages`)
      .set('Cookie', a.cookie)
      .expect(200);
    expect(messages.body.messages.map((m: { text: string }) => m.text)).toEqual(['hello\nagain']);
  });
});
