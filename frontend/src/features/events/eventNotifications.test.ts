import { describe, expect, it } from 'vitest';
import type { NotificationDto } from '@musubi/shared';
import i18n from '../../i18n';
import { notificationLink, notificationText } from '../notifications/notificationText';

const notification = (type: NotificationDto['type'], data: NotificationDto['data'] = {}): NotificationDto => ({
  id: '665f00000000000000000n01',
  type,
  actor: { userId: 'org1', displayName: 'Yuki', profileId: null, avatarUrl: null },
  subject: { kind: 'event', id: 'ev1' },
  data,
  read: false,
  createdAt: '2026-11-25T00:00:00.000Z',
});

describe('event notifications', () => {
  it('read in both languages and lead to the event, the conversation or the agenda', async () => {
    const approved = notification('event.approved');
    const introduced = notification('event.introduced', { conversationId: 'conv9' });
    const published = notification('event.schedule_published');
    expect(notificationText(approved, i18n.t)).toBe('Yuki approved your place at an event');
    expect(notificationLink(approved)).toBe('/events/ev1');
    expect(notificationLink(introduced)).toBe('/messages/conv9');
    expect(notificationLink(published)).toBe('/events/ev1/agenda');
    await i18n.changeLanguage('ja');
    expect(notificationText(introduced, i18n.t)).toBe('Yukiさんがイベントで参加者を紹介しました');
    expect(notificationText(published, i18n.t)).toBe('イベントのアジェンダが公開されました');
    await i18n.changeLanguage('en');
  });

  it('invitations (to take part, to co-organise) read in both languages and lead to the event page to answer', async () => {
    const invited = notification('event.invited');
    const organiser = notification('event.organiser_invited');
    expect(notificationText(invited, i18n.t)).toBe('Yuki invited you to an event');
    expect(notificationText(organiser, i18n.t)).toBe('Yuki invited you to co-organise an event');
    expect(notificationLink(invited)).toBe('/events/ev1');
    expect(notificationLink(organiser)).toBe('/events/ev1');
    await i18n.changeLanguage('ja');
    expect(notificationText(invited, i18n.t)).toBe('Yukiさんからイベントへの招待が届きました');
    expect(notificationText(organiser, i18n.t)).toBe('Yukiさんからイベントの共同主催に招待されました');
    await i18n.changeLanguage('en');
  });
});
