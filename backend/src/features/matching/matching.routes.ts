import { Router } from 'express';
import { FeedbackSchema, SavedQuerySchema, SuggestionsQuerySchema, type Language } from '@musubi/shared';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { viewerFromSession } from '../profiles';
import type { LearnedRanking } from './learning';
import type { MatchingIndex } from './matching-index';
import { clearFeedback, recordFeedback, savedProfiles, suggestPartners } from './matching.service';

export function matchingRouter(index: MatchingIndex, ranking: LearnedRanking | null = null): Router {
  const router = Router();
  const viewerOf = (req: Express.Request) => viewerFromSession(authOf(req))!;

  router.get('/matches/suggestions', requireUser, async (req, res) => {
    const query = parseInput(SuggestionsQuerySchema, req.query);
    const language = authOf(req).user.language as Language;
    res.json(await suggestPartners(index, viewerOf(req), language, query, ranking));
  });

  router.post('/matches/:profileId/feedback', requireUser, async (req, res) => {
    const { action } = parseInput(FeedbackSchema, req.body);
    res.json(await recordFeedback(viewerOf(req), String(req.params.profileId), action));
  });

  router.delete('/matches/:profileId/feedback', requireUser, async (req, res) => {
    await clearFeedback(viewerOf(req), String(req.params.profileId));
    res.status(204).end();
  });

  router.get('/matches/saved', requireUser, async (req, res) => {
    res.json(await savedProfiles(index, viewerOf(req), parseInput(SavedQuerySchema, req.query)));
  });

  return router;
}
