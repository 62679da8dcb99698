export { notificationsRouter } from './notifications.routes';
export { notify, unreadCount, deleteNotificationsOf, type NewNotification } from './notifications.service';
export { NotificationModel } from './notification.model';
import './notifications.events';
