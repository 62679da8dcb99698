import { Router } from 'express';
import { TagSearchQuerySchema } from '@musubi/shared';
import { parseInput } from '../../http/validate';
import { suggestTags } from './tags.service';

/** GET /api/tags?q=&lang=&limit=: tag autocomplete (public: the vocabulary is no secret). */
export function tagsRouter(): Router {
  const router = Router();
  router.get('/tags', (req, res) => {
    const query = parseInput(TagSearchQuerySchema, req.query);
    res.json({ items: suggestTags(query) });
  });
  return router;
}
