import { Router } from 'express';
import type { HealthDto } from '@musubi/shared';
import { databaseIsUp } from '../../db/connect';
import { VERSION } from '../../version';

export function healthRouter(databaseKind: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const up = databaseIsUp();
    const body: HealthDto = {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      database: { kind: databaseKind, status: up ? 'up' : 'down' },
      uptimeSeconds: Math.round(process.uptime()),
    };
    res.status(up ? 200 : 503).json(body);
  });
  return router;
}
