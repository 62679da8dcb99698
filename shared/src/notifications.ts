import { z } from 'zod';
import { ObjectIdSchema } from './common';

/**
 * The in-app notification centre: persisted, an unread count in the nav, fed in real time over
 * Socket.IO (`notification:new`, `notifications:unread`). Later features add types.
 */
export const NOTIFICATION_TYPES = [
  'meeting.requested',
  'meeting.countered',
  'meeting.edited',
  'meeting.accepted',
  'meeting.declined',
  'meeting.cancelled',
  'meeting.rescheduled',
  'meeting.expired',
  'meeting.reminder',
  /** An admin decided the member's request to organise events, or revoked the role (data.outcome: granted | declined | revoked). */
  'account.organiser',
  /** An organiser approved the member's request to join an event. */
  'event.approved',
  /** An organiser invited the member to take part in an event (subject: the event); they accept or decline. */
  'event.invited',
  /** An organiser invited the account to co-organise an event (subject: the event); it accepts or declines. */
  'event.organiser_invited',
  /** An organiser introduced the member to someone at an event (subject: the event; data.conversationId). */
  'event.introduced',
  /** An event's schedule was published: the member's agenda is ready (subject: the event). */
  'event.schedule_published',
  /** A poster invited the member to apply to an open call (subject: the call; data.message). */
  'call.invited',
  /** Someone applied to the poster's call (subject: the call; data.applicationId). */
  'call.application_received',
  /** The applicant withdrew their application to the poster's call (subject: the call; data.applicationId). */
  'call.application_withdrawn',
  /** The poster changed the status of the member's application (data.status; declined gets a polite text in the UI). */
  'call.application_status',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_LIMITS = { pageSizeDefault: 20, pageSizeMax: 100 } as const;

export const NotificationsQuerySchema = z.strictObject({
  unreadOnly: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(NOTIFICATION_LIMITS.pageSizeMax)
    .default(NOTIFICATION_LIMITS.pageSizeDefault),
});

/** POST /api/notifications/read — some ids, or everything up to now. */
export const MarkNotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(ObjectIdSchema).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);

export interface NotificationDto {
  id: string;
  type: NotificationType;
  /** The member who acted (null for system notifications such as reminders and expiry). */
  actor: { userId: string; displayName: string; profileId: string | null; avatarUrl: string | null } | null;
  /** What it is about, for the link ("/meetings/<id>"). */
  subject: { kind: 'meeting'; id: string } | { kind: string; id: string };
  /**
   * Type-specific data the UI renders with its own i18n strings (e.g. `start` for a reminder or an
   * acceptance, `reason` for a decline). Never HTML.
   */
  data: Record<string, string | number | boolean | null>;
  read: boolean;
  createdAt: string;
}

export interface NotificationPageDto {
  items: NotificationDto[];
  nextCursor: string | null;
  unreadCount: number;
}

/** Server → client notification events (merged into the socket's event map). */
export interface NotificationServerEvents {
  'notification:new': (notification: NotificationDto) => void;
  'notifications:unread': (payload: { unreadCount: number }) => void;
  /** A meeting the user takes part in changed (keeps open Meetings pages current). */
  'meeting:updated': (payload: { meetingId: string; version: number }) => void;
}
