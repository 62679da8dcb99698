import { Router } from 'express';
import type { HealthDto, LivenessDto } from '@musubi/shared';
import { VERSION } from '../../version';
import { createDatabaseProbe } from './database-probe';

/**
 * Liveness (`/health/live`: the process answers, no database) and readiness (`/health/ready`, and
 * `/health` with the same meaning: the database answered a ping within a second; 503 otherwise).
 * Mounted before the session lookup so a cookie never makes a health check wait on the database.
 */
export function healthRouter(databaseKind: string): Router {
  const router = Router();
  const databaseAnswers = createDatabaseProbe();
  const uptimeSeconds = () => Math.round(process.uptime());

  router.get('/health/live', (_req, res) => {
    const body: LivenessDto = { status: 'ok', version: VERSION, uptimeSeconds: uptimeSeconds() };
    res.json(body);
  });
  router.get(['/health', '/health/ready'], async (_req, res) => {
    const up = await databaseAnswers();
    const body: HealthDto = {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      database: { kind: databaseKind, status: up ? 'up' : 'down' },
      uptimeSeconds: uptimeSeconds(),
    };
    res.status(up ? 200 : 503).json(body);
  });
  return router;
}
