import type { TFunction } from 'i18next';
import { NOTIFICATION_TYPES, type NotificationDto } from '@musubi/shared';

/** The sentence for a notification, from its type and data (never HTML from the server). */
export function notificationText(notification: NotificationDto, t: TFunction): string {
  const name =
    notification.actor?.displayName ??
    (typeof notification.data.name === 'string' ? notification.data.name : t('notifications.someone'));
  // A type added on the server before this build knows it still reads as something.
  if (!(NOTIFICATION_TYPES as readonly string[]).includes(notification.type)) return t('notifications.generic');
  return t(`notifications.types.${notification.type}`, { name });
}

/** The meeting time a notification is about, if it carries one. */
export function notificationStart(notification: NotificationDto): string | null {
  const start = notification.data.start;
  return typeof start === 'string' && !Number.isNaN(Date.parse(start)) ? start : null;
}

/** Where a notification leads (its meeting), if anywhere. */
export function notificationLink(notification: NotificationDto): string | null {
  return notification.subject.kind === 'meeting' ? `/meetings/${encodeURIComponent(notification.subject.id)}` : null;
}
