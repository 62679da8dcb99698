import type { TFunction } from 'i18next';
import type { NotificationDto } from '@musubi/shared';

/** The sentence for a notification, from its type and data (never HTML from the server). */
export function notificationText(notification: NotificationDto, t: TFunction): string {
  const name =
    notification.actor?.displayName ??
    (typeof notification.data.name === 'string' ? notification.data.name : t('notifications.someone'));
  const callTitle = typeof notification.data.callTitle === 'string' ? notification.data.callTitle : '';
  // An application's new status has its own sentence (a declined one, a polite one); so has each
  // outcome of a request to organise events.
  const key =
    notification.type === 'call.application_status' && typeof notification.data.status === 'string'
      ? `call.status.${notification.data.status}`
      : notification.type === 'account.organiser' && typeof notification.data.outcome === 'string'
        ? `account.organiser.${notification.data.outcome}`
        : notification.type;
  // A type without its own text yet (added on the server first) still reads as something.
  return t(`notifications.types.${key}`, { name, callTitle, defaultValue: t('notifications.generic') });
}

/** The meeting time a notification is about, if it carries one. */
export function notificationStart(notification: NotificationDto): string | null {
  const start = notification.data.start;
  return typeof start === 'string' && !Number.isNaN(Date.parse(start)) ? start : null;
}

/** The page for each kind of subject; features add theirs here. */
const SUBJECT_PATHS: Partial<Record<string, (id: string) => string>> = {
  meeting: (id) => `/meetings/${encodeURIComponent(id)}`,
  event: (id) => `/events/${encodeURIComponent(id)}`,
  call: (id) => `/calls/${encodeURIComponent(id)}`,
};

/** Where a notification leads (e.g. its meeting), if anywhere. */
export function notificationLink(notification: NotificationDto): string | null {
  const { type, data, subject } = notification;
  // An introduction opens its conversation; a published schedule, the member's agenda.
  if (type === 'event.introduced' && typeof data.conversationId === 'string')
    return `/messages/${encodeURIComponent(data.conversationId)}`;
  if (type === 'event.schedule_published') return `/events/${encodeURIComponent(subject.id)}/agenda`;
  // A granted organiser role leads to creating an event; any other outcome to the settings that explain it.
  if (type === 'account.organiser') return data.outcome === 'granted' ? '/events/new' : '/settings';
  return SUBJECT_PATHS[notification.subject.kind]?.(notification.subject.id) ?? null;
}
