import { Router } from 'express';
import type { Config } from '../../config';
import { authOf, requireUser } from '../../http/auth';
import { publicOriginOf } from '../../http/origin';
import { feedIcs, getFeed, revokeFeed, rotateFeed } from './calendar.service';
import { sendCalendar } from './meetings.routes';

const me = (req: Express.Request) => authOf(req).user._id.toString();

/** /api/calendar…: the personal feed URL (secret token) and the feed itself (no session: calendar apps). */
export function calendarRouter(config: Pick<Config, 'publicUrl' | 'host'>): Router {
  const router = Router();

  router.get('/calendar/feed', requireUser, async (req, res) => {
    res.json(await getFeed(me(req)));
  });
  router.post('/calendar/feed', requireUser, async (req, res) => {
    res.status(201).json(await rotateFeed(me(req), publicOriginOf(req, config)));
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
