import { Router, type Request } from 'express';
import {
  ApplicationsQuerySchema,
  ApplySchema,
  CallsQuerySchema,
  CallStatusSchema,
  CandidatesQuerySchema,
  CreateCallSchema,
  InviteSchema,
  ReviewApplicationSchema,
  UpdateCallSchema,
  WithdrawApplicationSchema,
} from '@musubi/shared';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import {
  applyToCall,
  listApplications,
  myApplications,
  reviewApplication,
  withdrawApplication,
  type CallsDeps,
} from './applications.service';
import { actorOf } from './call-context';
import { conversationWithApplicant, inviteToCall } from './call-contacts';
import { callsForMe, rankCandidates } from './call-matching';
import { changeCallStatus, createCall, getCall, listCalls, updateCall } from './calls.service';

const param = (req: Request, name: string) => {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
};

/** /api/calls…: open calls, their candidates, invitations and applications; /api/me/applications. */
export function callsRouter(deps: CallsDeps): Router {
  const router = Router();
  const actor = (req: Request) => actorOf(authOf(req), (userId) => deps.index.profileIdOfUser(userId));

  // Fixed paths first, so they are never read as a call id.
  router.get('/calls/for-me', requireUser, async (req, res) => {
    res.json(await callsForMe(deps.index, await actor(req)));
  });
  router.get('/me/applications', requireUser, async (req, res) => {
    res.json(await myApplications(deps, await actor(req)));
  });

  router.post('/calls', requireUser, async (req, res) => {
    const input = parseInput(CreateCallSchema, req.body);
    res.status(201).json(await createCall(await actor(req), input));
  });
  router.get('/calls', requireUser, async (req, res) => {
    res.json(await listCalls(await actor(req), parseInput(CallsQuerySchema, req.query)));
  });
  router.get('/calls/:id', requireUser, async (req, res) => {
    res.json(await getCall(await actor(req), param(req, 'id')));
  });
  router.patch('/calls/:id', requireUser, async (req, res) => {
    const input = parseInput(UpdateCallSchema, req.body);
    res.json(await updateCall(await actor(req), param(req, 'id'), input));
  });
  router.post('/calls/:id/status', requireUser, async (req, res) => {
    const input = parseInput(CallStatusSchema, req.body);
    res.json(await changeCallStatus(await actor(req), param(req, 'id'), input));
  });

  router.get('/calls/:id/candidates', requireUser, async (req, res) => {
    const query = parseInput(CandidatesQuerySchema, req.query);
    res.json(await rankCandidates(deps.index, await actor(req), param(req, 'id'), query));
  });
  router.post('/calls/:id/invitations', requireUser, async (req, res) => {
    const input = parseInput(InviteSchema, req.body);
    res.status(201).json(await inviteToCall(deps, await actor(req), param(req, 'id'), input));
  });

  router.post('/calls/:id/applications', requireUser, async (req, res) => {
    const input = parseInput(ApplySchema, req.body);
    res.status(201).json(await applyToCall(deps, await actor(req), param(req, 'id'), input));
  });
  router.get('/calls/:id/applications', requireUser, async (req, res) => {
    const query = parseInput(ApplicationsQuerySchema, req.query);
    res.json(await listApplications(deps, await actor(req), param(req, 'id'), query));
  });
  router.patch('/calls/:id/applications/:applicationId', requireUser, async (req, res) => {
    const input = parseInput(ReviewApplicationSchema, req.body);
    const applicationId = param(req, 'applicationId');
    res.json(await reviewApplication(deps, await actor(req), param(req, 'id'), applicationId, input));
  });
  router.post('/calls/:id/applications/:applicationId/withdraw', requireUser, async (req, res) => {
    const input = parseInput(WithdrawApplicationSchema, req.body);
    const applicationId = param(req, 'applicationId');
    res.json(await withdrawApplication(deps, await actor(req), param(req, 'id'), applicationId, input));
  });
  router.post('/calls/:id/applications/:applicationId/conversation', requireUser, async (req, res) => {
    const actorNow = await actor(req);
    res.json(await conversationWithApplicant(actorNow, param(req, 'id'), param(req, 'applicationId')));
  });
  return router;
}
