import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { EVENT_LIMITS, LIMITS } from '@musubi/shared';
import type { Config } from './config';
import type { DomainEventBus } from './events';
import type { Logger } from './logger';
import { loadSession } from './http/auth';
import { errorMiddleware, notFoundRoute, rejectMalformedPath } from './http/errors';
import { requireSameOrigin } from './http/origin';
import { createLimits, limitMemberWrites, type Limits } from './limits';
import { accountsRouter } from './features/accounts';
import { healthRouter } from './features/health/health.routes';
import { profilesRouter, registerProfileListeners } from './features/profiles';
import { tagsRouter } from './features/tags';
import { setupMatching, type LearnedRanking, type MatchingIndex } from './features/matching';
import { chatRouter, registerChatListeners } from './features/chat';
import { notificationsRouter } from './features/notifications';
import { callsRouter } from './features/calls';
import { rolesRouter } from './features/roles';
import {
  createImportRunner,
  createSchedulePool,
  eventsRouter,
  registerEventListeners,
  type SchedulePool,
} from './features/events';
import { calendarRouter, meetingsRouter, registerMeetingListeners, startMeetingScheduler } from './features/meetings';

export interface AppDeps {
  config: Config;
  logger: Logger;
  events: DomainEventBus;
  databaseKind: string;
  /** A shared index (e.g. the benchmark's); by default the app builds its own. */
  matchingIndex?: MatchingIndex;
  /** The limits (the server shares them with Socket.IO); by default built on the MongoDB store. */
  limits?: Limits;
  /** Worker threads for schedule generation; by default the app starts its own (stopped with it). */
  schedulePool?: SchedulePool;
}

export interface AppRuntime {
  /** Stops background work (matching index polling, meeting reminders and expiry sweep, worker threads, CSV imports). */
  stop(): Promise<void>;
  matchingIndex: MatchingIndex;
  /** The learned re-rank: null when MATCHING_LEARNING is off; `training` false when this process does not train. */
  matchingLearning: { ranking: LearnedRanking; training: boolean } | null;
}

export const FRONTEND_DIST = path.resolve(__dirname, '..', '..', 'frontend', 'dist');

/** The Express app without `listen` (tests drive it through supertest). */
export function createApp({
  config,
  logger,
  events,
  databaseKind,
  matchingIndex,
  limits = createLimits(config),
  schedulePool = createSchedulePool({ threads: config.scheduleWorkerThreads }),
}: AppDeps): Express & { runtime: AppRuntime } {
  const app = express() as Express & { runtime: AppRuntime };
  const matching = setupMatching({
    events,
    logger,
    pollMs: config.matchingPollMs,
    index: matchingIndex,
    learning: config.matchingLearning,
  });
  const stopChatListeners = registerChatListeners(events, logger);
  const stopMeetingListeners = registerMeetingListeners(events, logger);
  const stopEventListeners = registerEventListeners(events, logger);
  const importRunner = createImportRunner(logger, events);
  const meetingScheduler = startMeetingScheduler({
    events,
    logger,
    pollMs: config.meetingSchedulerPollMs,
    reminderMinutes: config.meetingReminderMinutes,
  });
  app.runtime = {
    stop: async () => {
      stopChatListeners();
      stopMeetingListeners();
      stopEventListeners();
      await meetingScheduler.stop();
      await importRunner.stop();
      await matching.stop();
      await schedulePool.destroy();
    },
    matchingIndex: matching.index,
    matchingLearning: matching.learning,
  };
  registerProfileListeners(events, logger);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.use(
    helmet({
      // Over plain http (local runs) HSTS and upgrade-insecure-requests would break the app.
      hsts: config.cookieSecure,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.cookieSecure ? [] : null } },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      // Request lines are logged at info: below that level there is nothing to write, so no work per request.
      autoLogging: logger.isLevelEnabled('info')
        ? { ignore: (req) => req.url?.startsWith('/api/health') ?? false }
        : false,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(rejectMalformedPath);

  const api = express.Router();
  // CSV imports may be larger than other bodies (up to EVENT_LIMITS.csvImportMaxBytes characters).
  api.use('/events/:id/participants/import', express.json({ limit: EVENT_LIMITS.csvImportMaxBytes * 4, strict: true }));
  api.use(express.json({ limit: LIMITS.jsonBodyBytes, strict: true }));
  api.use(requireSameOrigin(config.allowedOrigins));
  api.use(healthRouter(databaseKind));
  api.use(loadSession);
  api.use(limitMemberWrites(limits.memberWrites));
  api.use(accountsRouter(config, events, limits));
  api.use(rolesRouter(events));
  api.use(profilesRouter(events));
  api.use(tagsRouter());
  api.use(matching.router);
  api.use(chatRouter());
  api.use(meetingsRouter({ events, pendingCap: config.meetingPendingCap }));
  api.use(calendarRouter(config));
  api.use(notificationsRouter(events));
  api.use(
    eventsRouter({
      events,
      index: matching.index,
      pairsPerParticipant: config.eventPairsPerParticipant,
      scheduleTimeBudgetMs: config.eventScheduleTimeBudgetMs,
      schedulePool,
      importRunner,
    }),
  );
  api.use(callsRouter({ events, index: matching.index }));
  api.use(notFoundRoute);
  app.use('/api', api);

  if (config.serveFrontend && existsSync(path.join(FRONTEND_DIST, 'index.html'))) {
    app.use(express.static(FRONTEND_DIST, { index: false, maxAge: '1h', immutable: false }));
    app.use('/assets', express.static(path.join(FRONTEND_DIST, 'assets'), { maxAge: '1y', immutable: true }));
    // The SPA: every other GET is the app shell; the router renders its own 404.
    app.get(/^(?!\/socket\.io\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(FRONTEND_DIST, 'index.html'));
    });
  }
  app.use(notFoundRoute);
  app.use(errorMiddleware(logger));
  return app;
}
