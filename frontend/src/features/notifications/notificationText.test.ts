import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import type { NotificationDto } from '@musubi/shared';
import '../../i18n';
import { notificationLink, notificationText } from './notificationText';

const organiserNotice = (outcome: string): NotificationDto => ({
  id: 'n1',
  type: 'account.organiser',
  actor: null,
  subject: { kind: 'account', id: 'u1' },
  data: { outcome },
  read: false,
  createdAt: '2026-12-01T03:00:00.000Z',
});

describe('organiser role notifications', () => {
  it.each([
    ['granted', 'Your request to organise events was granted. You can create events now.', '/events/new'],
    ['declined', 'Your request to organise events was not granted this time.', '/settings'],
    ['revoked', 'Your organiser role was withdrawn.', '/settings'],
  ])('words %s in both languages and links to the right page', async (outcome, english, link) => {
    await i18n.changeLanguage('en');
    expect(notificationText(organiserNotice(outcome), i18n.t)).toBe(english);
    await i18n.changeLanguage('ja');
    expect(notificationText(organiserNotice(outcome), i18n.t)).not.toBe(english);
    expect(notificationText(organiserNotice(outcome), i18n.t)).toMatch(/主催/);
    expect(notificationLink(organiserNotice(outcome))).toBe(link);
    await i18n.changeLanguage('en');
  });
});
