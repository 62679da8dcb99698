import type { NotificationDto } from '@musubi/shared';
import type { NotificationRecord } from './notification.model';

export function presentNotification(n: NotificationRecord): NotificationDto {
  return {
    id: n._id.toString(),
    type: n.type,
    actor: n.actor,
    subject: n.subject,
    data: n.data ?? {},
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}
