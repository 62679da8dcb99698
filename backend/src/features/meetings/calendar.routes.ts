import { Router, type Request } from 'express';
import { authOf, requireUser } from '../../http/auth';
import { feedIcs, getFeed, revokeFeed, rotateFeed } from './calendar.service';
import { sendCalendar } from './meetings.routes';

const me = (req: Express.Request) => authOf(req).user._id.toString();

/** /api/calendar…: the personal feed URL (secret token) and the feed itself (no session: calendar apps). */
export function calendarRouter(publicUrl: string | undefined): Router {
  const router = Router();
  const originOf = (req: Request) => publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  router.get('/calendar/feed', requireUser, async (req, res) => {
    res.json(await getFeed(me(req)));
  });
  router.post('/calendar/feed', requireUser, async (req, res) => {
    res.status(201).json(await rotateFeed(me(req), originOf(req)));
  });
  router.delete('/calendar/feed', requireUser, async (req, res) => {
    res.json(await revokeFeed(me(req)));
  });
  router.get('/calendar/ics/:token', async (req, res) => {
    const token = typeof req.params.token === 'string' ? req.params.token : '';
    sendCalendar(res, await feedIcs(token), 'musubi.ics');
  });
  return router;
}
