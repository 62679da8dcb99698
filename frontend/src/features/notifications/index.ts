export { NotificationBell } from './NotificationBell';
export { NotificationsProvider } from './NotificationsProvider';
