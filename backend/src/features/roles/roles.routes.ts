import { Router, type Request } from 'express';
import { AdminPageQuerySchema, ObjectIdSchema, OrganiserRequestSchema } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { authOf, requireRole, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { presentUser, userDocumentOf } from '../accounts';
import {
  decideOrganiserRequest,
  listOrganiserRequests,
  listOrganisers,
  requestOrganiserRole,
  revokeOrganiser,
} from './roles.service';

const adminId = (req: Express.Request) => authOf(req).user._id.toString();
const userIdParam = (req: Request) => parseInput(ObjectIdSchema, req.params.userId);

/** A member's request to organise events, and the admin pages that decide it. */
export function rolesRouter(events: DomainEventBus): Router {
  const router = Router();

  router.post('/me/organiser-request', requireUser, async (req, res) => {
    const { note } = parseInput(OrganiserRequestSchema, req.body);
    res.json({ user: presentUser(await requestOrganiserRole(await userDocumentOf(authOf(req)), note)) });
  });

  router.get('/admin/organiser-requests', requireRole('admin'), async (req, res) => {
    res.json(await listOrganiserRequests(parseInput(AdminPageQuerySchema, req.query)));
  });

  router.post('/admin/organiser-requests/:userId/grant', requireRole('admin'), async (req, res) => {
    res.json(await decideOrganiserRequest(adminId(req), userIdParam(req), 'granted', events));
  });

  router.post('/admin/organiser-requests/:userId/decline', requireRole('admin'), async (req, res) => {
    res.json(await decideOrganiserRequest(adminId(req), userIdParam(req), 'declined', events));
  });

  router.get('/admin/organisers', requireRole('admin'), async (req, res) => {
    res.json(await listOrganisers(parseInput(AdminPageQuerySchema, req.query)));
  });

  router.post('/admin/organisers/:userId/revoke', requireRole('admin'), async (req, res) => {
    await revokeOrganiser(adminId(req), userIdParam(req), events);
    res.status(204).end();
  });

  return router;
}
