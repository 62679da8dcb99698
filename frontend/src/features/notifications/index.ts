export { NotificationBell } from './NotificationBell';
export { NotificationsPage } from './NotificationsPage';
export { NotificationsProvider } from './NotificationsProvider';
