import { Router, type RequestHandler } from 'express';
import type { Limiter } from './limiter';

/**
 * Writes that reach another person (a notification, an invitation, a report to moderators), so a
 * member repeating them floods someone else: meeting requests and every reply to one, event joins,
 * co-organiser invitations and their answers, participant imports (invitations) and answers,
 * introductions, call applications and invitations, new conversations and reports.
 */
const NOTIFYING_WRITES = {
  post: [
    '/meetings',
    '/meetings/:id/accept',
    '/meetings/:id/decline',
    '/meetings/:id/counter',
    '/meetings/:id/cancel',
    '/meetings/:id/reschedule',
    '/events/:id/join',
    '/events/:id/organisers',
    '/events/:id/organisers/invitation/accept',
    '/events/:id/organisers/invitation/decline',
    '/events/:id/invitation/accept',
    '/events/:id/invitation/decline',
    '/events/:id/participants/import',
    '/events/:id/pairs/:pairKey/introduce',
    '/me/organiser-request',
    '/calls/:id/invitations',
    '/calls/:id/applications',
    '/calls/:id/applications/:applicationId/withdraw',
    '/calls/:id/applications/:applicationId/conversation',
    '/conversations',
    '/conversations/:id/report',
  ],
  patch: ['/meetings/:id', '/calls/:id/applications/:applicationId'],
};

/**
 * Mounted before the feature routers: each of the writes above takes a point from the signed-in
 * member's budget, and answers 429 with Retry-After when it is spent. Anonymous requests pass on
 * (the feature router answers 401).
 */
export function limitMemberWrites(limiter: Limiter): Router {
  const router = Router();
  const consume: RequestHandler = async (req, _res, next) => {
    if (req.auth) await limiter.consume(req.auth.user._id.toString());
    next();
  };
  router.post(NOTIFYING_WRITES.post, consume);
  router.patch(NOTIFYING_WRITES.patch, consume);
  return router;
}
