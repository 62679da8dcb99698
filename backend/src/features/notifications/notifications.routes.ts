import { Router } from 'express';
import { MarkNotificationsReadSchema, NotificationsQuerySchema } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { listNotifications, markNotificationsRead, unreadCount } from './notifications.service';

const me = (req: Express.Request) => authOf(req).user._id.toString();

/** /api/notifications: the notification centre (list, unread total, mark read). */
export function notificationsRouter(events: DomainEventBus): Router {
  const router = Router();
  router.get('/notifications', requireUser, async (req, res) => {
    res.json(await listNotifications(me(req), parseInput(NotificationsQuerySchema, req.query)));
  });
  router.get('/notifications/unread', requireUser, async (req, res) => {
    res.json({ unreadCount: await unreadCount(me(req)) });
  });
  router.post('/notifications/read', requireUser, async (req, res) => {
    res.json(await markNotificationsRead(me(req), parseInput(MarkNotificationsReadSchema, req.body), events));
  });
  return router;
}
