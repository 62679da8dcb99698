import { describe, expect, it } from 'vitest';
import type { NotificationDto } from '@musubi/shared';
import i18n from '../../i18n';
import { notificationLink, notificationText } from '../notifications/notificationText';

function notification(type: NotificationDto['type'], data: Record<string, string>): NotificationDto {
  return {
    id: 'n1',
    type,
    actor: { userId: 'corp1', displayName: 'Harbour Rail', profileId: null, avatarUrl: null },
    subject: { kind: 'call', id: 'call1' },
    data: { callTitle: 'Station PoC', ...data },
    read: false,
    createdAt: '2026-11-20T00:00:00.000Z',
  };
}

describe('call notifications', () => {
  it('a declined application reads as a polite message in the viewer’s language, and leads to the call', async () => {
    const declined = notification('call.application_status', { status: 'declined' });
    await i18n.changeLanguage('ja');
    expect(notificationText(declined, i18n.t)).toBe(
      '「Station PoC」へのご応募ありがとうございました。慎重に検討した結果、今回は見送らせていただくことになりました。',
    );
    await i18n.changeLanguage('en');
    expect(notificationText(declined, i18n.t)).toBe(
      'Thank you for applying to “Station PoC”. After careful consideration, it was not selected this time.',
    );
    expect(notificationLink(declined)).toBe('/calls/call1');
  });

  it('invitations, received and withdrawn applications name the person and the call', () => {
    expect(notificationText(notification('call.invited', {}), i18n.t)).toBe(
      'Harbour Rail invited you to apply to “Station PoC”',
    );
    expect(notificationText(notification('call.application_received', {}), i18n.t)).toBe(
      'Harbour Rail applied to “Station PoC”',
    );
    expect(notificationText(notification('call.application_withdrawn', {}), i18n.t)).toBe(
      'Harbour Rail withdrew their application to “Station PoC”',
    );
  });
});
