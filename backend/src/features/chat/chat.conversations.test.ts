import request from 'supertest';
import type { ConversationDto } from '@musubi/shared';
import { setRole } from '../accounts';
import { excludedProfileIds } from '../matching/exclusions';
import { buildProfileInput } from '../../../test/profile-factories';
import { CONVERSATION_FRESH_MS } from './conversation-cache';
import { BLOCKS_TTL_MS } from './moderation.service';
import { ConversationModel } from './conversation.model';
import {
  chatUser,
  collect,
  emitAck,
  newClientId,
  sleep,
  startConversationWith,
  until,
  useChatServer,
  useSockets,
  type ChatSocket,
  type ChatUser,
} from '../../../test/chat-helpers';

const server = useChatServer();
const http = () => server().httpServer;
const socketFor = useSockets(server);
async function send(socket: ChatSocket, conversationId: string, text: string) {
  const ack = await emitAck(socket, 'message:send', { conversationId, clientId: newClientId(), text });
  if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
  return ack.data;
}
const get = (user: ChatUser, url: string) => request(http()).get(url).set('Cookie', user.cookie);

describe('starting and listing conversations', () => {
  it('starting twice with the same profile reopens the same conversation, from either side', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const first = await startConversationWith(http(), a, b);
    const again = await startConversationWith(http(), a, b);
    const fromB = await startConversationWith(http(), b, a);
    expect(again.id).toBe(first.id);
    expect(fromB.id).toBe(first.id);
    expect(first.members.map((m) => m.userId).sort()).toEqual([a.userId, b.userId].sort());
  });

  it('with one’s own profile is 400; with an unknown or hidden profile 404', async () => {
    const a = await chatUser(http());
    const b = await chatUser(http());
    await request(http())
      .post('/api/conversations')
      .set('Cookie', a.cookie)
      .send({ profileId: a.profileId })
      .expect(400);
    await request(http())
      .post('/api/conversations')
      .set('Cookie', a.cookie)
      .send({ profileId: '0123456789abcdef01234567' })
      .expect(404);
    const hidden = await request(http())
      .put('/api/profiles/me')
      .set('Cookie', b.cookie)
      .send(buildProfileInput({ visibility: 'hidden', version: 1 }));
    expect(hidden.status).toBeLessThan(300);
    await request(http())
      .post('/api/conversations')
      .set('Cookie', a.cookie)
      .send({ profileId: b.profileId })
      .expect(404);
    await request(http()).post('/api/conversations').send({ profileId: b.profileId }).expect(401);
  });

  it('lists my conversations by last activity with unread counts, names and presence', async () => {
    const [a, b, c] = [await chatUser(http()), await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const ac = await startConversationWith(http(), a, c);
    const sb = await socketFor(b);
    await send(sb, ab.id, 'one');
    await send(sb, ab.id, 'two');
    const sc = await socketFor(c);
    await send(sc, ac.id, 'latest');
    await until(async () => (await get(a, '/api/conversations')).body.conversations[0]?.id === ac.id);
    const list = (await get(a, '/api/conversations').expect(200)).body.conversations as ConversationDto[];
    expect(list.map((x) => x.id)).toEqual([ac.id, ab.id]);
    expect(list.map((x) => x.unreadCount)).toEqual([1, 2]);
    expect(list[0]!.lastMessage?.text).toBe('latest');
    const other = list[1]!.members.find((m) => m.userId === b.userId)!;
    expect(other.displayName).toMatch(/Test User/);
    expect(other.profileId).toBe(b.profileId);
    expect(other.avatarUrl).toContain(`/api/profiles/${b.profileId}/avatar`);
    // Only b has written: presence is shared once both sides have.
    expect(other.online).toBe(false);
    expect((await get(a, '/api/chat/unread').expect(200)).body).toEqual({ unreadTotal: 3 });
    expect((await get(c, '/api/conversations')).body.conversations).toHaveLength(1);
  });

  it('a non-member gets 404 for the conversation and its messages', async () => {
    const [a, b, c] = [await chatUser(http()), await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    await get(c, `/api/conversations/${ab.id}`).expect(404);
    await get(c, `/api/conversations/${ab.id}/messages`).expect(404);
    await get(c, `/api/conversations/not-an-id/messages`).expect(404);
    await get(a, `/api/conversations/${ab.id}/messages`).expect(200);
    await get(a, `/api/conversations/${ab.id}/messages?limit=500`).expect(400);
  });

  it('pages backwards with before= and reports hasMore', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await send(sa, ab.id, `p${i}`)).id);
    const latest = await get(b, `/api/conversations/${ab.id}/messages?limit=2`).expect(200);
    expect(latest.body.messages.map((m: { id: string }) => m.id)).toEqual(ids.slice(3));
    expect(latest.body.hasMore).toBe(true);
    const older = await get(b, `/api/conversations/${ab.id}/messages?limit=10&before=${ids[3]}`).expect(200);
    expect(older.body.messages.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 3));
    expect(older.body.hasMore).toBe(false);
  });
});

describe('unread counts and read receipts', () => {
  it('reading updates the unread total, pushes unread:total and tells the other member', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    const totals = collect(sb, 'unread:total');
    const receipts = collect(sa, 'conversation:read');
    await send(sa, ab.id, 'one');
    const last = await send(sa, ab.id, 'two');
    expect((await get(b, '/api/chat/unread')).body.unreadTotal).toBe(2);
    const ack = await emitAck(sb, 'conversation:read', { conversationId: ab.id, messageId: last.id });
    expect(ack).toEqual({ ok: true, data: { unreadTotal: 0 } });
    await until(() => receipts.length === 1);
    expect(receipts[0]).toEqual({ conversationId: ab.id, userId: b.userId, messageId: last.id });
    await until(() => totals.at(-1)?.unreadTotal === 0);
    const conv = (await get(a, `/api/conversations/${ab.id}`)).body.conversation as ConversationDto;
    expect(conv.members.find((m) => m.userId === b.userId)?.lastReadMessageId).toBe(last.id);
  });

  it('with read receipts turned off, the other member is not told; the reader’s other devices are', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    await request(http())
      .patch('/api/chat/settings')
      .set('Cookie', b.cookie)
      .send({ sendReadReceipts: false })
      .expect(200, { sendReadReceipts: false });
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    const receipts = collect(sa, 'conversation:read');
    // B's other device (a phone beside the laptop) is told to reload the conversation all the same.
    const otherDevice = collect(await socketFor(b), 'conversation:changed');
    const m = await send(sa, ab.id, 'hello');
    expect((await emitAck(sb, 'conversation:read', { conversationId: ab.id, messageId: m.id })).ok).toBe(true);
    await until(() => otherDevice.length === 1);
    expect(otherDevice).toEqual([{ conversationId: ab.id }]);
    await sleep(150);
    expect(receipts).toEqual([]);
    const conv = (await get(a, `/api/conversations/${ab.id}`)).body.conversation as ConversationDto;
    expect(conv.members.find((x) => x.userId === b.userId)?.lastReadMessageId).toBeNull();
    expect((await get(b, '/api/chat/unread')).body.unreadTotal).toBe(0);
  });
});

describe('typing and presence', () => {
  it('relays typing to the other member only', async () => {
    const [a, b, c] = [await chatUser(http()), await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    const sc = await socketFor(c);
    const seenB = collect(sb, 'typing');
    const seenA = collect(sa, 'typing');
    expect((await emitAck(sa, 'typing', { conversationId: ab.id, typing: true })).ok).toBe(true);
    expect((await emitAck(sc, 'typing', { conversationId: ab.id, typing: true })).ok).toBe(false);
    await until(() => seenB.length === 1);
    expect(seenB[0]).toEqual({ conversationId: ab.id, userId: a.userId, typing: true });
    expect(seenA).toEqual([]);
  });

  it('tells contacts (both have written) when a user comes online and when their last socket leaves', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    await send(sa, ab.id, 'hello');
    const first = await socketFor(b);
    await send(first, ab.id, 'hi');
    // Linked both ways once each sees the other online.
    const seesOnline = async (viewer: ChatUser, other: ChatUser) => {
      const res = await get(viewer, `/api/conversations/${ab.id}`);
      return (res.body.conversation as ConversationDto).members.some((m) => m.userId === other.userId && m.online);
    };
    await until(() => seesOnline(a, b));
    await until(() => seesOnline(b, a));
    first.close();
    const presence = collect(sa, 'presence');
    await until(() => presence.some((p) => p.userId === b.userId && !p.online));
    presence.length = 0;
    const sb1 = await socketFor(b);
    const sb2 = await socketFor(b);
    await until(() => presence.some((p) => p.userId === b.userId && p.online));
    sb1.close();
    await sleep(150);
    expect(presence.filter((p) => !p.online)).toEqual([]);
    sb2.close();
    await until(() => presence.some((p) => p.userId === b.userId && !p.online));
    const offline = presence.find((p) => !p.online)!;
    expect(offline.lastSeenAt).not.toBeNull();
  });
});

describe('edit, delete, block, report', () => {
  it('edits and deletes one’s own messages; others’ get forbidden', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    const updates = collect(sb, 'message:updated');
    const m = await send(sa, ab.id, 'typo');
    const edited = await emitAck(sa, 'message:edit', { messageId: m.id, text: 'fixed' });
    expect(edited.ok && edited.data.text).toBe('fixed');
    expect(edited.ok && edited.data.editedAt).toBeTruthy();
    const byOther = await emitAck(sb, 'message:edit', { messageId: m.id, text: 'hacked' });
    expect(byOther.ok ? 'ok' : byOther.error.code).toBe('forbidden');
    expect((await emitAck(sb, 'message:delete', { messageId: m.id })).ok).toBe(false);
    const deleted = await emitAck(sa, 'message:delete', { messageId: m.id });
    expect(deleted.ok && deleted.data.deletedAt).toBeTruthy();
    await until(() => updates.length === 2);
    expect(updates.map((u) => u.text)).toEqual(['fixed', '']);
    const page = await get(b, `/api/conversations/${ab.id}/messages`);
    expect(page.body.messages[0]).toMatchObject({ id: m.id, text: '', deletedAt: expect.any(String) });
    const c = await chatUser(http());
    const sc = await socketFor(c);
    const foreign = await emitAck(sc, 'message:edit', { messageId: m.id, text: 'x' });
    expect(foreign.ok ? 'ok' : foreign.error.code).toBe('not_found');
  });

  it('after a block, sends either way get blocked; unblocking restores them', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    const sb = await socketFor(b);
    await send(sb, ab.id, 'before');
    // Remembered now: the block below must still apply at once.
    expect(await excludedProfileIds(a.userId)).not.toContain(b.profileId);
    expect(await excludedProfileIds(b.userId)).not.toContain(a.profileId);
    const blocked = await request(http()).post(`/api/conversations/${ab.id}/block`).set('Cookie', a.cookie).expect(200);
    expect(blocked.body.conversation).toMatchObject({ blocked: true, blockedByMe: true });
    for (const s of [sa, sb]) {
      const ack = await emitAck(s, 'message:send', { conversationId: ab.id, clientId: newClientId(), text: 'x' });
      expect(ack.ok ? 'ok' : ack.error.code).toBe('blocked');
    }
    expect(await excludedProfileIds(a.userId)).toContain(b.profileId);
    expect(await excludedProfileIds(b.userId)).toContain(a.profileId);
    const seenByB = (await get(b, `/api/conversations/${ab.id}`)).body.conversation as ConversationDto;
    expect(seenByB).toMatchObject({ blocked: true, blockedByMe: false });
    await request(http()).delete(`/api/conversations/${ab.id}/block`).set('Cookie', b.cookie).expect(200);
    expect((await emitAck(sb, 'message:send', { conversationId: ab.id, clientId: newClientId(), text: 'x' })).ok).toBe(
      false,
    );
    expect(await excludedProfileIds(b.userId)).toContain(a.profileId); // a's block stays
    await request(http()).delete(`/api/conversations/${ab.id}/block`).set('Cookie', a.cookie).expect(200);
    await send(sb, ab.id, 'after');
    expect(await excludedProfileIds(a.userId)).not.toContain(b.profileId);
    expect(await excludedProfileIds(b.userId)).not.toContain(a.profileId);
  });

  it('a block written by another process excludes from suggestions here within BLOCKS_TTL_MS, either way', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    expect(await excludedProfileIds(a.userId)).not.toContain(b.profileId);
    expect(await excludedProfileIds(b.userId)).not.toContain(a.profileId);
    await ConversationModel.updateOne({ _id: ab.id }, { $addToSet: { blockedBy: b.userId } });
    await sleep(BLOCKS_TTL_MS + 100);
    expect(await excludedProfileIds(a.userId)).toContain(b.profileId);
    expect(await excludedProfileIds(b.userId)).toContain(a.profileId);
  });

  it('a block written by another process stops sends here within the freshness window, either way', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const [sa, sb] = [await socketFor(a), await socketFor(b)];
    await send(sa, ab.id, 'cached now');
    // As another process would: straight to the database, this process's cache not told.
    await ConversationModel.updateOne({ _id: ab.id }, { $addToSet: { blockedBy: a.userId } });
    await sleep(CONVERSATION_FRESH_MS + 100);
    for (const s of [sa, sb]) {
      const ack = await emitAck(s, 'message:send', { conversationId: ab.id, clientId: newClientId(), text: 'x' });
      expect(ack.ok ? 'ok' : ack.error.code).toBe('blocked');
    }
  });

  it('a report is stored with this conversation’s message ids and shown to admins only', async () => {
    const [a, b, admin] = [await chatUser(http()), await chatUser(http()), await chatUser(http())];
    await setRole(admin.email, 'admin');
    const ab = await startConversationWith(http(), a, b);
    const sb = await socketFor(b);
    const m = await send(sb, ab.id, 'spam');
    await request(http())
      .post(`/api/conversations/${ab.id}/report`)
      .set('Cookie', a.cookie)
      .send({ reason: 'spam', messageIds: [m.id, '0123456789abcdef01234567'] })
      .expect(201);
    await get(a, '/api/admin/reports').expect(403);
    const reports = (await get(admin, '/api/admin/reports').expect(200)).body.reports;
    const mine = reports.find((r: { conversationId: string }) => r.conversationId === ab.id);
    expect(mine).toMatchObject({ reporterId: a.userId, reason: 'spam', messageIds: [m.id] });
    expect(mine.messages[0].text).toBe('spam');
    const outsider = await chatUser(http());
    await request(http())
      .post(`/api/conversations/${ab.id}/report`)
      .set('Cookie', outsider.cookie)
      .send({ reason: 'x' })
      .expect(404);
  });
});

describe('links to other features', () => {
  it('contact details become visible once both sides have written', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const contactOfB = async () => (await get(a, `/api/profiles/${b.profileId}`)).body.profile.contact;
    const sa = await socketFor(a);
    await send(sa, ab.id, 'hello');
    expect(await contactOfB()).toBeUndefined();
    const sb = await socketFor(b);
    await send(sb, ab.id, 'hi');
    expect(await contactOfB()).toBeDefined();
  });

  it('when a member deletes their account, the conversation stays for the other, marked, and read-only', async () => {
    const [a, b] = [await chatUser(http()), await chatUser(http())];
    const ab = await startConversationWith(http(), a, b);
    const sa = await socketFor(a);
    await send(sa, ab.id, 'hello');
    await request(http())
      .delete('/api/me')
      .set('Cookie', b.cookie)
      .send({ password: 'correct horse battery' })
      .expect(204);
    await until(async () => (await get(a, `/api/conversations/${ab.id}`)).body.conversation.memberDeleted === true);
    const ack = await emitAck(sa, 'message:send', { conversationId: ab.id, clientId: newClientId(), text: 'x' });
    expect(ack.ok ? 'ok' : ack.error.code).toBe('blocked');
  });
});
