import request from 'supertest';
import type { ConversationDto, MessageDto } from '@musubi/shared';
import { CONVERSATION_FRESH_MS } from './conversation-cache';
import { ConversationModel } from './conversation.model';
import { MessageModel } from './message.model';
import {
  ensureGroupConversation,
  groupConversationIdByKey,
  postGroupMessage,
  syncGroupMembers,
  type GroupSpec,
} from './groups.service';
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
const get = (user: ChatUser, url: string) => request(http()).get(url).set('Cookie', user.cookie);
const send = (socket: ChatSocket, conversationId: string, text: string) =>
  emitAck(socket, 'message:send', { conversationId, clientId: newClientId(), text });
const codeOf = (ack: { ok: boolean; error?: { code: string } }) => (ack.ok ? 'ok' : ack.error!.code);

let keys = 0;
const uniqueKey = (kind: string) => `${kind}:${Date.now().toString(36)}${(keys += 1)}`;

async function users(n: number): Promise<ChatUser[]> {
  const out: ChatUser[] = [];
  for (let i = 0; i < n; i++) out.push(await chatUser(http()));
  return out;
}

function channelSpec(organiser: ChatUser, members: ChatUser[], over: Partial<GroupSpec> = {}): GroupSpec {
  return {
    key: uniqueKey('event:e1:announcements'),
    title: { ja: 'お知らせ', en: 'Announcements' },
    eventId: 'e1',
    memberIds: members.map((m) => m.userId),
    adminIds: [organiser.userId],
    membersCanPost: false,
    ...over,
  };
}

async function conversationOf(user: ChatUser, id: string): Promise<ConversationDto> {
  const res = await get(user, `/api/conversations/${id}`).expect(200);
  return res.body.conversation as ConversationDto;
}

describe('ensureGroupConversation', () => {
  it('is idempotent on its key and lists the group for every member with title, policy and count', async () => {
    const [org, p1, p2] = await users(3);
    const spec = channelSpec(org!, [p1!, p2!]);
    const first = await ensureGroupConversation(spec);
    const again = await ensureGroupConversation({ ...spec, memberIds: [] });
    expect(first.created).toBe(true);
    expect(again).toEqual({ conversationId: first.conversationId, created: false });
    expect(await groupConversationIdByKey(spec.key)).toBe(first.conversationId);
    expect(await groupConversationIdByKey('event:none:announcements')).toBeNull();

    const list = await get(p1!, '/api/conversations').expect(200);
    const mine = (list.body.conversations as ConversationDto[]).find((c) => c.id === first.conversationId)!;
    expect(mine).toMatchObject({
      type: 'group',
      title: { ja: 'お知らせ', en: 'Announcements' },
      eventId: 'e1',
      canPost: false,
      memberCount: 3,
      adminIds: [org!.userId],
      blocked: false,
      memberDeleted: false,
      unreadCount: 0,
    });
    expect(mine.members.map((m) => m.userId).sort()).toEqual([org!.userId, p1!.userId, p2!.userId].sort());
    expect((await conversationOf(org!, first.conversationId)).canPost).toBe(true);
  });

  it('under 10 concurrent calls ends with one conversation, created once', async () => {
    const [org, p1] = await users(2);
    const spec = channelSpec(org!, [p1!]);
    const results = await Promise.all(Array.from({ length: 10 }, () => ensureGroupConversation(spec)));
    expect(new Set(results.map((r) => r.conversationId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await ConversationModel.countDocuments({ pairKey: `group:${spec.key}` })).toBe(1);
  });

  it('refuses bad ids and keys', async () => {
    await expect(
      ensureGroupConversation({ key: '', title: {}, memberIds: [], adminIds: [], membersCanPost: true }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      ensureGroupConversation({ key: 'k:1', title: {}, memberIds: ['nope'], adminIds: [], membersCanPost: true }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('direct conversations are still typed direct and postable', async () => {
    const [a, b] = await users(2);
    const conv = await startConversationWith(http(), a!, b!);
    expect(conv).toMatchObject({ type: 'direct', title: null, eventId: null, canPost: true, memberCount: 2 });
  });
});

describe('announcement channel (membersCanPost = false)', () => {
  it('a member’s send gets forbidden and stores nothing; an admin’s send reaches every member’s sockets', async () => {
    const [org, p1, p2] = await users(3);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!, p2!]));
    const [so, s1, s2] = [await socketFor(org!), await socketFor(p1!), await socketFor(p2!)];
    const got1 = collect(s1, 'message:new');
    const got2 = collect(s2, 'message:new');
    const gotOrg = collect(so, 'message:new');

    const refused = await send(s1, conversationId, 'can I post?');
    expect(codeOf(refused)).toBe('forbidden');
    expect(await MessageModel.countDocuments({ conversationId })).toBe(0);

    const ack = await send(so, conversationId, '明日は10時に開始します');
    if (!ack.ok) throw new Error(ack.error.code);
    await until(() => got1.length === 1 && got2.length === 1 && gotOrg.length === 1);
    expect(got1[0]!.id).toBe(ack.data.id);
    expect(got2[0]!.text).toBe('明日は10時に開始します');

    // Typing by a reader goes nowhere; reading works.
    expect(codeOf(await emitAck(s1, 'typing', { conversationId, typing: true }))).toBe('ok');
    const read = await emitAck(s1, 'conversation:read', { conversationId, messageId: ack.data.id });
    expect(read).toEqual({ ok: true, data: { unreadTotal: 0 } });
  });

  it('postGroupMessage posts as an admin through the normal path and refuses a reader with 403', async () => {
    const [org, p1] = await users(2);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!]));
    const s1 = await socketFor(p1!);
    const live = collect(s1, 'message:new');
    const m = await postGroupMessage(conversationId, org!.userId, 'Welcome!');
    await until(() => live.length === 1);
    expect(live[0]).toEqual(m);
    await expect(postGroupMessage(conversationId, p1!.userId, 'me too')).rejects.toMatchObject({ status: 403 });
    const [outsider] = await users(1);
    await expect(postGroupMessage(conversationId, outsider!.userId, 'hi')).rejects.toMatchObject({ status: 404 });
    // A stable clientId makes a retry return the same message.
    const again = await postGroupMessage(conversationId, org!.userId, 'once', 'intro_retry_1');
    const twice = await postGroupMessage(conversationId, org!.userId, 'once', 'intro_retry_1');
    expect(twice.id).toBe(again.id);
    expect((await conversationOf(p1!, conversationId)).unreadCount).toBe(2);
  });

  it('switching membersCanPost on lets members reply', async () => {
    const [org, p1] = await users(2);
    const spec = channelSpec(org!, [p1!]);
    const { conversationId } = await ensureGroupConversation(spec);
    const s1 = await socketFor(p1!);
    expect(codeOf(await send(s1, conversationId, 'no'))).toBe('forbidden');
    await syncGroupMembers(spec.key, [p1!.userId], [org!.userId], true);
    expect(codeOf(await send(s1, conversationId, 'yes'))).toBe('ok');
    expect((await conversationOf(p1!, conversationId)).canPost).toBe(true);
  });
});

describe('introductions (membersCanPost = true)', () => {
  it('opens with the organiser’s message; both participants reply, everyone gets everything', async () => {
    const [org, a, b] = await users(3);
    const { conversationId } = await ensureGroupConversation({
      key: uniqueKey('intro:e1'),
      title: { en: 'Introduction' },
      eventId: 'e1',
      memberIds: [a!.userId, b!.userId],
      adminIds: [org!.userId],
      membersCanPost: true,
    });
    const [sa, sb, so] = [await socketFor(a!), await socketFor(b!), await socketFor(org!)];
    const [ga, gb, go] = [collect(sa, 'message:new'), collect(sb, 'message:new'), collect(so, 'message:new')];
    const intro = await postGroupMessage(conversationId, org!.userId, 'A, meet B — you both work on logistics.');
    const reply = await send(sa, conversationId, 'Nice to meet you!');
    const reply2 = await send(sb, conversationId, 'よろしくお願いします');
    expect([codeOf(reply), codeOf(reply2)]).toEqual(['ok', 'ok']);
    await until(() => ga.length === 3 && gb.length === 3 && go.length === 3);
    expect(gb.map((m) => m.senderId)).toEqual([org!.userId, a!.userId, b!.userId]);

    const page = await get(b!, `/api/conversations/${conversationId}/messages`).expect(200);
    expect((page.body.messages as MessageDto[]).map((m) => m.id)[0]).toBe(intro.id);
  });

  it('edit and delete of one’s own group message reach the members; blocking a group is refused', async () => {
    const [org, a, b] = await users(3);
    const { conversationId } = await ensureGroupConversation({
      key: uniqueKey('intro:e2'),
      title: { ja: '紹介' },
      memberIds: [a!.userId, b!.userId],
      adminIds: [org!.userId],
      membersCanPost: true,
    });
    const [sa, sb] = [await socketFor(a!), await socketFor(b!)];
    const updates = collect(sb, 'message:updated');
    const sent = await send(sa, conversationId, 'typo');
    if (!sent.ok) throw new Error(sent.error.code);
    expect(codeOf(await emitAck(sa, 'message:edit', { messageId: sent.data.id, text: 'fixed' }))).toBe('ok');
    expect(codeOf(await emitAck(sb, 'message:edit', { messageId: sent.data.id, text: 'not mine' }))).toBe('forbidden');
    expect(codeOf(await emitAck(sa, 'message:delete', { messageId: sent.data.id }))).toBe('ok');
    await until(() => updates.length === 2);
    expect(updates[1]!.deletedAt).not.toBeNull();

    await request(http()).post(`/api/conversations/${conversationId}/block`).set('Cookie', a!.cookie).expect(400);
    await request(http())
      .post(`/api/conversations/${conversationId}/report`)
      .set('Cookie', a!.cookie)
      .send({ reason: 'spam', messageIds: [sent.data.id] })
      .expect(201);
  });

  it('typing reaches the other members', async () => {
    const [org, a, b] = await users(3);
    const { conversationId } = await ensureGroupConversation({
      key: uniqueKey('intro:e3'),
      title: { en: 'Intro' },
      memberIds: [a!.userId, b!.userId],
      adminIds: [org!.userId],
      membersCanPost: true,
    });
    const [sa, sb, so] = [await socketFor(a!), await socketFor(b!), await socketFor(org!)];
    const [tb, to] = [collect(sb, 'typing'), collect(so, 'typing')];
    await emitAck(sa, 'typing', { conversationId, typing: true });
    await until(() => tb.length === 1 && to.length === 1);
    expect(tb[0]).toEqual({ conversationId, userId: a!.userId, typing: true });
  });
});

describe('membership', () => {
  it('syncGroupMembers adds and removes: a removed member gets 404 on history and not_found on send', async () => {
    const [org, p1, p2, p3] = await users(4);
    const spec = channelSpec(org!, [p1!, p2!], { membersCanPost: true });
    const { conversationId } = await ensureGroupConversation(spec);
    const s2 = await socketFor(p2!);
    expect(codeOf(await send(s2, conversationId, 'still here'))).toBe('ok');

    await syncGroupMembers(spec.key, [p1!.userId, p3!.userId], [org!.userId]);
    await get(p2!, `/api/conversations/${conversationId}/messages`).expect(404);
    await get(p2!, `/api/conversations/${conversationId}`).expect(404);
    const list = await get(p2!, '/api/conversations').expect(200);
    expect((list.body.conversations as ConversationDto[]).some((c) => c.id === conversationId)).toBe(false);
    expect(codeOf(await send(s2, conversationId, 'gone?'))).toBe('not_found');
    expect(codeOf(await emitAck(s2, 'typing', { conversationId, typing: true }))).toBe('not_found');

    // The new member sees the history and may post.
    const page = await get(p3!, `/api/conversations/${conversationId}/messages`).expect(200);
    expect((page.body.messages as MessageDto[]).map((m) => m.text)).toEqual(['still here']);
    const s3 = await socketFor(p3!);
    expect(codeOf(await send(s3, conversationId, 'hello all'))).toBe('ok');
    const c = await conversationOf(org!, conversationId);
    expect(c.memberCount).toBe(3);
    expect(c.members.map((m) => m.userId).sort()).toEqual([org!.userId, p1!.userId, p3!.userId].sort());
  });

  it('a removal written by another process applies to sends here within the freshness window', async () => {
    const [org, p1] = await users(2);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!], { membersCanPost: true }));
    const s1 = await socketFor(p1!);
    expect(codeOf(await send(s1, conversationId, 'cached now'))).toBe('ok');
    // As another process would: straight to the database, this process's cache not told.
    await ConversationModel.updateOne({ _id: conversationId }, { $pull: { members: p1!.userId } });
    await sleep(CONVERSATION_FRESH_MS + 100);
    expect(codeOf(await send(s1, conversationId, 'still cached?'))).toBe('not_found');
  });

  it('non-members get 404 on the group and its history, not_found on every socket event', async () => {
    const [org, p1, outsider] = await users(3);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!], { membersCanPost: true }));
    const m = await postGroupMessage(conversationId, org!.userId, 'members only');
    await get(outsider!, `/api/conversations/${conversationId}`).expect(404);
    await get(outsider!, `/api/conversations/${conversationId}/messages`).expect(404);
    const so = await socketFor(outsider!);
    expect(codeOf(await send(so, conversationId, 'let me in'))).toBe('not_found');
    expect(codeOf(await emitAck(so, 'conversation:read', { conversationId, messageId: m.id }))).toBe('not_found');
    expect(codeOf(await emitAck(so, 'message:delete', { messageId: m.id }))).toBe('not_found');
    await expect(syncGroupMembers('event:missing:announcements', [], [])).rejects.toMatchObject({ status: 404 });
  });
});

describe('live group changes', () => {
  it('members hear conversation:changed on creation, on joins and leaves, and everyone on a policy change', async () => {
    const [org, p1, p2, p3] = await users(4);
    const [so, s1, s2, s3] = [await socketFor(org!), await socketFor(p1!), await socketFor(p2!), await socketFor(p3!)];
    const [co, c1, c2, c3] = [
      collect(so, 'conversation:changed'),
      collect(s1, 'conversation:changed'),
      collect(s2, 'conversation:changed'),
      collect(s3, 'conversation:changed'),
    ];
    const spec = channelSpec(org!, [p1!, p2!]);
    const { conversationId } = await ensureGroupConversation(spec);
    await until(() => co.length === 1 && c1.length === 1 && c2.length === 1);
    expect(c1[0]).toEqual({ conversationId });
    expect(c3).toHaveLength(0);

    // p2 leaves, p3 joins: only they are told (the policy did not change).
    await syncGroupMembers(spec.key, [p1!.userId, p3!.userId], [org!.userId], false);
    await until(() => c2.length === 2 && c3.length === 1);
    await sleep(50);
    expect([co.length, c1.length]).toEqual([1, 1]);

    // Replies allowed: every member reloads (canPost changed for them).
    await syncGroupMembers(spec.key, [p1!.userId, p3!.userId], [org!.userId], true);
    await until(() => co.length === 2 && c1.length === 2 && c3.length === 2);
    expect(c2).toHaveLength(2);
    expect((await conversationOf(p3!, conversationId)).membersCanPost).toBe(true);
  });
});

describe('unread, receipts and catch-up', () => {
  it('counts unread per member; a read clears only the reader’s count and the others get a receipt', async () => {
    const [org, p1, p2] = await users(3);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!, p2!]));
    const so = await socketFor(org!);
    const receipts = collect(so, 'conversation:read');
    const sent: MessageDto[] = [];
    for (const text of ['one', 'two', 'three']) sent.push(await postGroupMessage(conversationId, org!.userId, text));

    expect((await conversationOf(p1!, conversationId)).unreadCount).toBe(3);
    expect((await conversationOf(p2!, conversationId)).unreadCount).toBe(3);
    expect((await conversationOf(org!, conversationId)).unreadCount).toBe(0);
    const before = (await get(p1!, '/api/chat/unread').expect(200)).body.unreadTotal as number;
    expect(before).toBe(3);

    const s1 = await socketFor(p1!);
    const read = await emitAck(s1, 'conversation:read', { conversationId, messageId: sent[1]!.id });
    expect(read).toEqual({ ok: true, data: { unreadTotal: 1 } });
    expect((await conversationOf(p1!, conversationId)).unreadCount).toBe(1);
    expect((await conversationOf(p2!, conversationId)).unreadCount).toBe(3);
    await until(() => receipts.length === 1);
    expect(receipts[0]).toEqual({ conversationId, userId: p1!.userId, messageId: sent[1]!.id });
    // Per-member read marks: the organiser sees who read how far ("read by N").
    const seen = await conversationOf(org!, conversationId);
    expect(seen.members.find((m) => m.userId === p1!.userId)!.lastReadMessageId).toBe(sent[1]!.id);
    expect(seen.members.find((m) => m.userId === p2!.userId)!.lastReadMessageId).toBeNull();
  });

  it('after a reconnect, messages?after returns exactly the group messages missed, in order, once', async () => {
    const [org, p1] = await users(2);
    const { conversationId } = await ensureGroupConversation(channelSpec(org!, [p1!]));
    let s1 = await socketFor(p1!);
    const seen = await postGroupMessage(conversationId, org!.userId, 'seen');
    s1.close();
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await postGroupMessage(conversationId, org!.userId, `m${i}`)).id);
    s1 = await socketFor(p1!);
    const live = collect(s1, 'message:new');
    const res = await get(p1!, `/api/conversations/${conversationId}/messages?after=${seen.id}`).expect(200);
    expect((res.body.messages as MessageDto[]).map((m) => m.id)).toEqual(sent);
    await sleep(100);
    expect(live).toEqual([]);
  });
});

describe('large channels', () => {
  it('a few hundred members: one stored message per send, delivered to all, members list truncated', async () => {
    const [org, p1] = await users(2);
    // Members without accounts are fine for the store and the fan-out: ids only.
    const ghosts = Array.from({ length: 300 }, (_, i) => `${(0x100000 + i).toString(16)}${'0'.repeat(18)}`);
    const { conversationId } = await ensureGroupConversation(
      channelSpec(org!, [p1!], { memberIds: [p1!.userId, ...ghosts] }),
    );
    const s1 = await socketFor(p1!);
    const live = collect(s1, 'message:new');
    const before = await ConversationModel.findById(conversationId).lean();
    const so = await socketFor(org!);
    const ack = await send(so, conversationId, 'to everyone');
    expect(codeOf(ack)).toBe('ok');
    await until(() => live.length === 1);
    const after = await ConversationModel.findById(conversationId).lean();
    expect(after!.updatedAt).toEqual(before!.updatedAt); // the send wrote no conversation state
    expect(await MessageModel.countDocuments({ conversationId })).toBe(1);
    const c = await conversationOf(p1!, conversationId);
    expect(c.memberCount).toBe(302);
    expect(c.members.length).toBeLessThanOrEqual(50);
    expect(c.members.map((m) => m.userId)).toEqual(expect.arrayContaining([org!.userId, p1!.userId]));
  });
});
