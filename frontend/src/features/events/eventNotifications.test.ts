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
  });
});
