import request from 'supertest';
import type { MeetingDto, NotificationDto, NotificationPageDto, NotificationServerEvents } from '@musubi/shared';
import { chatUser, openSocket, until, useChatServer, type ChatSocket, type ChatUser } from '../../../test/chat-helpers';
import { slot } from '../../../test/meeting-helpers';

const server = useChatServer();
const http = () => server().httpServer;

let a: ChatUser;
let b: ChatUser;
let sockets: ChatSocket[] = [];

beforeAll(async () => {
  [a, b] = await Promise.all([chatUser(http()), chatUser(http())]);
});
afterEach(() => {
  for (const s of sockets) s.disconnect();
  sockets = [];
});

type Received = { [E in keyof NotificationServerEvents]: Parameters<NotificationServerEvents[E]>[0][] };

async function listen(user: ChatUser): Promise<Received> {
  const socket = await openSocket(server().url, user);
  sockets.push(socket);
  const got: Received = { 'notification:new': [], 'notifications:unread': [], 'meeting:updated': [] };
  for (const name of Object.keys(got) as Array<keyof Received>) {
    (socket as unknown as { on(e: string, l: (p: never) => void): void }).on(name, (p: never) =>
      (got[name] as unknown[]).push(p),
    );
  }
  return got;
}

const api = (user: ChatUser) => ({
  get: (path: string) => request(http()).get(path).set('Cookie', user.cookie),
  post: (path: string, body: object) => request(http()).post(path).set('Cookie', user.cookie).send(body),
});

async function requestMeeting(from: ChatUser, to: ChatUser, minutesAhead = 24 * 60): Promise<MeetingDto> {
  const res = await api(from).post('/api/meetings', {
    profileId: to.profileId,
    slots: [slot(minutesAhead)],
    location: { format: 'online', url: 'https://meet.example.com/abc' },
  });
  expect(res.status).toBe(201);
  return res.body as MeetingDto;
}

describe('real-time notifications', () => {
  test('a request reaches the receiver as notification:new with the unread count; both get meeting:updated', async () => {
    const [gotA, gotB] = await Promise.all([listen(a), listen(b)]);
    const before = (await api(b).get('/api/notifications/unread').expect(200)).body.unreadCount as number;
    const m = await requestMeeting(a, b);
    await until(() => gotB['notification:new'].length === 1 && gotA['meeting:updated'].length === 1);
    const n = gotB['notification:new'][0]!;
    expect(n).toMatchObject({
      type: 'meeting.requested',
      read: false,
      subject: { kind: 'meeting', id: m.id },
      actor: { userId: a.userId, profileId: a.profileId },
      data: { start: m.slots[0]!.start },
    });
    expect(gotB['notifications:unread'].at(-1)).toEqual({ unreadCount: before + 1 });
    expect(gotB['meeting:updated'][0]).toEqual({ meetingId: m.id, version: 0 });
    expect(gotA['notification:new']).toHaveLength(0);

    const accepted = await api(b).post(`/api/meetings/${m.id}/accept`, { version: 0, start: m.slots[0]!.start });
    expect(accepted.status).toBe(200);
    await until(() => gotA['notification:new'].length === 1);
    expect(gotA['notification:new'][0]).toMatchObject({
      type: 'meeting.accepted',
      actor: { userId: b.userId },
      data: { start: m.slots[0]!.start },
    });
    await until(() => gotB['meeting:updated'].some((u) => u.version === 1));
  });
});

describe('the notification centre', () => {
  test('lists newest first with pages and unread-only, marks read (own ones only) and pushes the new count', async () => {
    const [x, y] = await Promise.all([chatUser(http()), chatUser(http())]);
    const meetings: MeetingDto[] = [];
    for (let i = 0; i < 3; i += 1) meetings.push(await requestMeeting(x, y, (30 + i) * 60));
    const page1 = (await api(y).get('/api/notifications?limit=2').expect(200)).body as NotificationPageDto;
    expect(page1.unreadCount).toBe(3);
    expect(page1.items.map((n) => n.subject.id)).toEqual([meetings[2]!.id, meetings[1]!.id]);
    const page2 = (await api(y).get(`/api/notifications?limit=2&cursor=${page1.nextCursor}`).expect(200))
      .body as NotificationPageDto;
    expect(page2.items.map((n) => n.subject.id)).toEqual([meetings[0]!.id]);
    expect(page2.nextCursor).toBeNull();

    const gotY = await listen(y);
    const first = page1.items[0] as NotificationDto;
    // Someone else's id changes nothing.
    expect(
      (
        await api(x)
          .post('/api/notifications/read', { ids: [first.id] })
          .expect(200)
      ).body,
    ).toEqual({
      unreadCount: 0,
    });
    expect((await api(y).get('/api/notifications/unread').expect(200)).body).toEqual({ unreadCount: 3 });
    expect(
      (
        await api(y)
          .post('/api/notifications/read', { ids: [first.id] })
          .expect(200)
      ).body,
    ).toEqual({
      unreadCount: 2,
    });
    await until(() => gotY['notifications:unread'].some((u) => u.unreadCount === 2));
    const unread = (await api(y).get('/api/notifications?unreadOnly=true').expect(200)).body as NotificationPageDto;
    expect(unread.items.map((n) => n.id)).not.toContain(first.id);
    expect(unread.items.every((n) => !n.read)).toBe(true);
    expect((await api(y).post('/api/notifications/read', { all: true }).expect(200)).body).toEqual({ unreadCount: 0 });
    const all = (await api(y).get('/api/notifications').expect(200)).body as NotificationPageDto;
    expect(all.items.every((n) => n.read)).toBe(true);
  });

  test('bad input is refused and changes nothing; a session is needed', async () => {
    for (const body of [{ ids: [] }, { all: false }, { ids: [{ $gt: '' }] }, { ids: ['x'], all: true }, {}]) {
      await api(a).post('/api/notifications/read', body).expect(400);
    }
    await api(a).get('/api/notifications?limit=0').expect(400);
    await api(a).get('/api/notifications?cursor=%24%24').expect(400);
    await request(http()).get('/api/notifications').expect(401);
    await request(http()).get('/api/notifications/unread').expect(401);
  });
});
