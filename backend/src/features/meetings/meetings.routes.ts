import { Router, type Request, type Response } from 'express';
import {
  AcceptMeetingSchema,
  AvailabilitySchema,
  CancelMeetingSchema,
  CounterMeetingSchema,
  CreateMeetingSchema,
  DeclineMeetingSchema,
  EditMeetingSchema,
  FreeSlotsQuerySchema,
  MeetingOutcomeSchema,
  MeetingsQuerySchema,
  RescheduleMeetingSchema,
} from '@musubi/shared';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { findVisibleProfile, viewerFromSession } from '../profiles';
import { freeSlots, getAvailability, setAvailability } from './availability.service';
import { meetingIcs } from './calendar.service';
import {
  acceptMeeting,
  cancelMeeting,
  counterMeeting,
  declineMeeting,
  editMeeting,
  recordOutcome,
  rescheduleMeeting,
} from './meeting-actions';
import type { MeetingsDeps } from './meetings.access';
import { createMeeting, getMeeting, listMeetings, meetingStats } from './meetings.service';

const me = (req: Express.Request) => authOf(req).user._id.toString();
const idParam = (req: Request) => (typeof req.params.id === 'string' ? req.params.id : '');

export function sendCalendar(res: Response, body: string, filename: string): void {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

/** /api/meetings…: requests, answers, changes, outcomes, availability and free slots. */
export function meetingsRouter(deps: MeetingsDeps): Router {
  const router = Router();

  // Fixed paths first, so they are never read as a meeting id.
  router.get('/meetings/stats', requireUser, async (req, res) => {
    res.json(await meetingStats(deps, me(req)));
  });
  router.get('/meetings/availability', requireUser, async (req, res) => {
    res.json(await getAvailability(me(req)));
  });
  router.put('/meetings/availability', requireUser, async (req, res) => {
    res.json(await setAvailability(me(req), parseInput(AvailabilitySchema, req.body)));
  });
  router.get('/meetings/free-slots', requireUser, async (req, res) => {
    const query = parseInput(FreeSlotsQuerySchema, req.query);
    const profile = await findVisibleProfile(query.profileId, viewerFromSession(req.auth));
    res.json(await freeSlots(me(req), profile.userId.toString(), query));
  });

  router.post('/meetings', requireUser, async (req, res) => {
    const input = parseInput(CreateMeetingSchema, req.body);
    res.status(201).json(await createMeeting(deps, viewerFromSession(req.auth)!, input));
  });
  router.get('/meetings', requireUser, async (req, res) => {
    res.json(await listMeetings(deps, me(req), parseInput(MeetingsQuerySchema, req.query)));
  });
  router.get('/meetings/:id', requireUser, async (req, res) => {
    res.json(await getMeeting(deps, me(req), idParam(req)));
  });
  router.get('/meetings/:id/ics', requireUser, async (req, res) => {
    sendCalendar(res, await meetingIcs(deps.events, me(req), idParam(req)), `meeting-${idParam(req)}.ics`);
  });
  router.patch('/meetings/:id', requireUser, async (req, res) => {
    res.json(await editMeeting(deps, me(req), idParam(req), parseInput(EditMeetingSchema, req.body)));
  });
  router.post('/meetings/:id/accept', requireUser, async (req, res) => {
    res.json(await acceptMeeting(deps, me(req), idParam(req), parseInput(AcceptMeetingSchema, req.body)));
  });
  router.post('/meetings/:id/decline', requireUser, async (req, res) => {
    res.json(await declineMeeting(deps, me(req), idParam(req), parseInput(DeclineMeetingSchema, req.body)));
  });
  router.post('/meetings/:id/counter', requireUser, async (req, res) => {
    res.json(await counterMeeting(deps, me(req), idParam(req), parseInput(CounterMeetingSchema, req.body)));
  });
  router.post('/meetings/:id/cancel', requireUser, async (req, res) => {
    res.json(await cancelMeeting(deps, me(req), idParam(req), parseInput(CancelMeetingSchema, req.body)));
  });
  router.post('/meetings/:id/reschedule', requireUser, async (req, res) => {
    res.json(await rescheduleMeeting(deps, me(req), idParam(req), parseInput(RescheduleMeetingSchema, req.body)));
  });
  router.put('/meetings/:id/outcome', requireUser, async (req, res) => {
    res.json(await recordOutcome(deps, me(req), idParam(req), parseInput(MeetingOutcomeSchema, req.body)));
  });
  return router;
}
