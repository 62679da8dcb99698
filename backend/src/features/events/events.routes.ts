import { Router, type Request, type Response } from 'express';
import {
  AddOrganiserSchema,
  AddScheduledMeetingSchema,
  AgendaQuerySchema,
  BulkApproveSchema,
  CreateEventSchema,
  EventAvailabilitySchema,
  EventsQuerySchema,
  EventTransitionSchema,
  GenerateScheduleSchema,
  ImportParticipantsSchema,
  IntroduceSchema,
  IntroductionQuerySchema,
  JoinEventSchema,
  ManualPairSchema,
  PairDecisionSchema,
  PairsQuerySchema,
  ParticipantsQuerySchema,
  UpdateEventSchema,
  UpdateScheduledMeetingSchema,
  type Language,
} from '@musubi/shared';
import { authOf, requireRole, requireUser } from '../../http/auth';
import { notFound } from '../../http/errors';
import { parseInput } from '../../http/validate';
import { viewerFromSession } from '../profiles';
import { eventDashboard } from './dashboard.service';
import type { EventsDeps } from './events.deps';
import { createEvent, getEvent, listEvents, removeOrganiser, transitionEvent, updateEvent } from './events.service';
import { exportCsv, type ExportKind } from './exports.service';
import { getImportJob, startImport } from './import.service';
import { introducePair, introductionText } from './introductions.service';
import {
  acceptOrganiserInvitation,
  declineOrganiserInvitation,
  inviteOrganiser,
  withdrawOrganiserInvitation,
} from './organisers.service';
import { bulkApprove, createManualPair, decidePair, listPairs } from './pairs.service';
import { acceptInvitation, declineInvitation } from './invitations.service';
import {
  approveParticipant,
  joinEvent,
  leaveEvent,
  listParticipants,
  rejectParticipant,
  setEventAvailability,
} from './participants.service';
import { agendaOf, publishSchedule } from './publish.service';
import { whyNotHigher } from './why-not-higher';
import {
  addScheduledMeeting,
  generateSchedule,
  getSchedule,
  removeScheduledMeeting,
  updateScheduledMeeting,
} from './schedule.service';
import { getScheduleJob } from './schedule-job';

const param = (req: Request, name: string) => (typeof req.params[name] === 'string' ? req.params[name] : '');
const viewerOf = (req: Request) => viewerFromSession(authOf(req))!;
const languageOf = (req: Request) => authOf(req).user.language as Language;

function sendCsv(res: Response, { filename, body }: { filename: string; body: string }): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

/** /api/events…: events, participants, curation, introductions, schedule, agenda, dashboard, exports. */
export function eventsRouter(deps: EventsDeps): Router {
  const router = Router();

  router.post('/events', requireRole('organiser', 'admin'), async (req, res) => {
    res.status(201).json(await createEvent(viewerOf(req), parseInput(CreateEventSchema, req.body)));
  });
  router.get('/events', async (req, res) => {
    res.json(await listEvents(viewerFromSession(req.auth), parseInput(EventsQuerySchema, req.query)));
  });
  router.get('/events/:id', async (req, res) => {
    res.json(await getEvent(viewerFromSession(req.auth), param(req, 'id')));
  });
  router.patch('/events/:id', requireUser, async (req, res) => {
    res.json(await updateEvent(viewerOf(req), param(req, 'id'), parseInput(UpdateEventSchema, req.body)));
  });
  for (const [path, to] of [
    ['publish', 'published'],
    ['close', 'closed'],
  ] as const) {
    router.post(`/events/:id/${path}`, requireUser, async (req, res) => {
      const { version } = parseInput(EventTransitionSchema, req.body);
      res.json(await transitionEvent(viewerOf(req), param(req, 'id'), to, version));
    });
  }
  router.post('/events/:id/organisers', requireUser, async (req, res) => {
    const { email } = parseInput(AddOrganiserSchema, req.body);
    res.json(await inviteOrganiser(deps.events, viewerOf(req), param(req, 'id'), email));
  });
  router.delete('/events/:id/organisers/invitations/:email', requireUser, async (req, res) => {
    const { email } = parseInput(AddOrganiserSchema, { email: param(req, 'email') });
    res.json(await withdrawOrganiserInvitation(viewerOf(req), param(req, 'id'), email));
  });
  router.post('/events/:id/organisers/invitation/accept', requireUser, async (req, res) => {
    res.json(await acceptOrganiserInvitation(viewerOf(req), param(req, 'id')));
  });
  router.post('/events/:id/organisers/invitation/decline', requireUser, async (req, res) => {
    res.json(await declineOrganiserInvitation(viewerOf(req), param(req, 'id')));
  });
  router.delete('/events/:id/organisers/:userId', requireUser, async (req, res) => {
    res.json(await removeOrganiser(viewerOf(req), param(req, 'id'), param(req, 'userId')));
  });

  // Participants
  router.post('/events/:id/join', requireUser, async (req, res) => {
    const { availability } = parseInput(JoinEventSchema, req.body);
    res.json(await joinEvent(viewerOf(req), param(req, 'id'), availability));
  });
  router.post('/events/:id/invitation/accept', requireUser, async (req, res) => {
    const { availability } = parseInput(JoinEventSchema, req.body ?? {});
    res.json(await acceptInvitation(viewerOf(req), param(req, 'id'), availability));
  });
  router.post('/events/:id/invitation/decline', requireUser, async (req, res) => {
    res.json(await declineInvitation(viewerOf(req), param(req, 'id')));
  });
  router.delete('/events/:id/join', requireUser, async (req, res) => {
    res.json(await leaveEvent(viewerOf(req), param(req, 'id')));
  });
  router.put('/events/:id/me/availability', requireUser, async (req, res) => {
    const { availability } = parseInput(EventAvailabilitySchema, req.body);
    res.json(await setEventAvailability(viewerOf(req), param(req, 'id'), availability));
  });
  router.get('/events/:id/participants', async (req, res) => {
    const query = parseInput(ParticipantsQuerySchema, req.query);
    res.json(await listParticipants(viewerFromSession(req.auth), param(req, 'id'), query));
  });
  router.post('/events/:id/participants/import', requireUser, async (req, res) => {
    const { csv } = parseInput(ImportParticipantsSchema, req.body);
    res.status(202).json(await startImport(deps.importRunner, viewerOf(req), param(req, 'id'), csv));
  });
  router.get('/events/:id/participants/import/:jobId', requireUser, async (req, res) => {
    res.json(await getImportJob(viewerOf(req), param(req, 'id'), param(req, 'jobId')));
  });
  router.post('/events/:id/participants/:profileId/approve', requireUser, async (req, res) => {
    res.json(await approveParticipant(deps.events, viewerOf(req), param(req, 'id'), param(req, 'profileId')));
  });
  router.post('/events/:id/participants/:profileId/reject', requireUser, async (req, res) => {
    res.json(await rejectParticipant(viewerOf(req), param(req, 'id'), param(req, 'profileId')));
  });

  // Curation
  router.get('/events/:id/pairs', requireUser, async (req, res) => {
    const query = parseInput(PairsQuerySchema, req.query);
    res.json(await listPairs(deps, viewerOf(req), param(req, 'id'), query, query.lang ?? languageOf(req)));
  });
  router.post('/events/:id/pairs', requireUser, async (req, res) => {
    const input = parseInput(ManualPairSchema, req.body);
    res.status(201).json(await createManualPair(deps, viewerOf(req), param(req, 'id'), input, languageOf(req)));
  });
  router.post('/events/:id/pairs/bulk-approve', requireUser, async (req, res) => {
    res.json(await bulkApprove(deps, viewerOf(req), param(req, 'id'), parseInput(BulkApproveSchema, req.body)));
  });
  router.post('/events/:id/pairs/:pairKey/decision', requireUser, async (req, res) => {
    const { action } = parseInput(PairDecisionSchema, req.body);
    const key = param(req, 'pairKey');
    res.json(await decidePair(deps, viewerOf(req), param(req, 'id'), key, action, languageOf(req)));
  });
  router.get('/events/:id/pairs/:pairKey/introduction', requireUser, async (req, res) => {
    const { lang } = parseInput(IntroductionQuerySchema, req.query);
    const key = param(req, 'pairKey');
    res.json(await introductionText(deps, viewerOf(req), param(req, 'id'), key, lang ?? languageOf(req)));
  });
  router.get('/events/:id/pairs/:pairKey/why-not-higher', requireUser, async (req, res) => {
    res.json(await whyNotHigher(deps, viewerOf(req), param(req, 'id'), param(req, 'pairKey')));
  });
  router.post('/events/:id/pairs/:pairKey/introduce', requireUser, async (req, res) => {
    const { message } = parseInput(IntroduceSchema, req.body);
    const key = param(req, 'pairKey');
    res.json(await introducePair(deps, viewerOf(req), param(req, 'id'), key, message, languageOf(req)));
  });

  // Schedule and agenda
  router.post('/events/:id/schedule/generate', requireUser, async (req, res) => {
    const input = parseInput(GenerateScheduleSchema, req.body);
    res.json(await generateSchedule(deps, viewerOf(req), param(req, 'id'), input));
  });
  router.get('/events/:id/schedule/job', requireUser, async (req, res) => {
    res.json(await getScheduleJob(viewerOf(req), param(req, 'id')));
  });
  router.get('/events/:id/schedule', requireUser, async (req, res) => {
    res.json(await getSchedule(viewerOf(req), param(req, 'id')));
  });
  router.post('/events/:id/schedule/publish', requireUser, async (req, res) => {
    res.json(await publishSchedule(deps, viewerOf(req), param(req, 'id')));
  });
  router.post('/events/:id/schedule/meetings', requireUser, async (req, res) => {
    const input = parseInput(AddScheduledMeetingSchema, req.body);
    res.status(201).json(await addScheduledMeeting(viewerOf(req), param(req, 'id'), input));
  });
  router.patch('/events/:id/schedule/meetings/:meetingKey', requireUser, async (req, res) => {
    const input = parseInput(UpdateScheduledMeetingSchema, req.body);
    res.json(await updateScheduledMeeting(viewerOf(req), param(req, 'id'), param(req, 'meetingKey'), input));
  });
  router.delete('/events/:id/schedule/meetings/:meetingKey', requireUser, async (req, res) => {
    res.json(await removeScheduledMeeting(viewerOf(req), param(req, 'id'), param(req, 'meetingKey')));
  });
  router.get('/events/:id/agenda', requireUser, async (req, res) => {
    const { profileId } = parseInput(AgendaQuerySchema, req.query);
    res.json(await agendaOf(viewerOf(req), param(req, 'id'), profileId));
  });

  // Organiser figures and exports
  router.get('/events/:id/dashboard', requireUser, async (req, res) => {
    res.json(await eventDashboard(deps, viewerOf(req), param(req, 'id')));
  });
  router.get('/events/:id/export/:file', requireUser, async (req, res) => {
    const kind = /^(participants|pairs|schedule)\.csv$/.exec(param(req, 'file'))?.[1] as ExportKind | undefined;
    if (!kind) throw notFound('Export');
    sendCsv(res, await exportCsv(deps, viewerOf(req), param(req, 'id'), kind));
  });

  return router;
}
