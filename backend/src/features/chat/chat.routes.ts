import { Router, type Request } from 'express';
import { ChatSettingsSchema, MessagesQuerySchema, ReportSchema, StartConversationSchema } from '@musubi/shared';
import { authOf, requireRole, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { viewerFromSession } from '../profiles';
import {
  getChatSettings,
  getConversation,
  listConversations,
  startConversation,
  unreadTotal,
  updateChatSettings,
} from './conversations.service';
import { listMessages } from './messages.service';
import { blockConversation, listReports, reportConversation, unblockConversation } from './moderation.service';

const me = (req: Express.Request) => authOf(req).user._id.toString();
const idParam = (req: Request) => (typeof req.params.id === 'string' ? req.params.id : '');

/** Chat over HTTP: conversations, history pages, unread total, settings, block and report. */
export function chatRouter(): Router {
  const router = Router();

  router.post('/conversations', requireUser, async (req, res) => {
    const { profileId } = parseInput(StartConversationSchema, req.body);
    const viewer = viewerFromSession(req.auth)!;
    res.status(200).json({ conversation: await startConversation(viewer, profileId) });
  });
  router.get('/conversations', requireUser, async (req, res) => {
    res.json({ conversations: await listConversations(me(req)) });
  });
  router.get('/conversations/:id', requireUser, async (req, res) => {
    res.json({ conversation: await getConversation(me(req), idParam(req)) });
  });
  router.get('/conversations/:id/messages', requireUser, async (req, res) => {
    const query = parseInput(MessagesQuerySchema, req.query);
    res.json(await listMessages(me(req), idParam(req), query));
  });
  router.post('/conversations/:id/block', requireUser, async (req, res) => {
    res.json({ conversation: await blockConversation(me(req), idParam(req)) });
  });
  router.delete('/conversations/:id/block', requireUser, async (req, res) => {
    res.json({ conversation: await unblockConversation(me(req), idParam(req)) });
  });
  router.post('/conversations/:id/report', requireUser, async (req, res) => {
    const input = parseInput(ReportSchema, req.body);
    res.status(201).json(await reportConversation(me(req), idParam(req), input));
  });
  router.get('/chat/unread', requireUser, async (req, res) => {
    res.json({ unreadTotal: await unreadTotal(me(req)) });
  });
  router.get('/chat/settings', requireUser, async (req, res) => {
    res.json(await getChatSettings(me(req)));
  });
  router.patch('/chat/settings', requireUser, async (req, res) => {
    res.json(await updateChatSettings(me(req), parseInput(ChatSettingsSchema, req.body)));
  });
  router.get('/admin/reports', requireRole('admin'), async (_req, res) => {
    res.json({ reports: await listReports() });
  });
  return router;
}
