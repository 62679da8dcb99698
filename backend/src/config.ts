import path from 'node:path';
import { z } from 'zod';
import { MEETING_LIMITS } from '@musubi/shared';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address people open; used for the printed URL and allowed origins. */
  PUBLIC_URL: z.url().optional(),
  /** Extra origins allowed to make state-changing requests and socket handshakes (comma-separated). */
  ALLOWED_ORIGINS: z.string().default(''),
  MONGODB_URI: z.string().optional(),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,48}$/)
    .default('musubi'),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: z.string().default('false'),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86400).default(900),
  SEED_DEMO: bool.default(true),
  MATCHING_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  SERVE_FRONTEND: bool.default(true),
  /** Cap on pending outgoing meeting requests per member (spam guard). */
  MEETING_PENDING_CAP: z.coerce.number().int().min(1).max(1000).default(MEETING_LIMITS.pendingOutgoingDefault),
  /** Minutes before an accepted meeting when both sides get a reminder. */
  MEETING_REMINDER_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** How often reminders and the expiry sweep run (0 = off; fractions allowed for tests). */
  MEETING_SCHEDULER_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** Engine suggestions per participant that feed an event's suggested pairs. */
  EVENT_PAIRS_PER_PARTICIPANT: z.coerce.number().int().min(1).max(200).default(20),
  /** Wall-clock cap (ms) on the schedule optimiser's improvement phase per generation. */
  EVENT_SCHEDULE_TIME_BUDGET_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** Worker threads for schedule generation (1 keeps a core for the event loop on a 2-core machine). */
  SCHEDULE_WORKER_THREADS: z.coerce.number().int().min(1).max(32).default(1),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string | undefined;
  allowedOrigins: readonly string[];
  mongodbUri: string | undefined;
  mongodbDb: string;
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: string;
  sessionTtlMs: number;
  cookieSecure: boolean;
  trustProxy: boolean | number | string;
  loginMaxAttempts: number;
  loginWindowMs: number;
  seedDemo: boolean;
  matchingPollMs: number;
  serveFrontend: boolean;
  meetingPendingCap: number;
  meetingReminderMinutes: number;
  meetingSchedulerPollMs: number;
  eventPairsPerParticipant: number;
  eventScheduleTimeBudgetMs: number;
  scheduleWorkerThreads: number;
}>;

function parseTrustProxy(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** Parses the environment once; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    allowedOrigins: Object.freeze(
      [e.PUBLIC_URL, ...e.ALLOWED_ORIGINS.split(',')]
        .map((o) => o?.trim().replace(/\/$/, ''))
        .filter((o): o is string => !!o),
    ),
    mongodbUri: e.MONGODB_URI || undefined,
    mongodbDb: e.MONGODB_DB,
    dataDir: path.resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL || undefined,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 3600 * 1000,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMs: e.LOGIN_WINDOW_SECONDS * 1000,
    seedDemo: e.SEED_DEMO,
    matchingPollMs: e.MATCHING_POLL_SECONDS * 1000,
    serveFrontend: e.SERVE_FRONTEND,
    meetingPendingCap: e.MEETING_PENDING_CAP,
    meetingReminderMinutes: e.MEETING_REMINDER_MINUTES,
    meetingSchedulerPollMs: e.MEETING_SCHEDULER_POLL_SECONDS * 1000,
    eventPairsPerParticipant: e.EVENT_PAIRS_PER_PARTICIPANT,
    eventScheduleTimeBudgetMs: e.EVENT_SCHEDULE_TIME_BUDGET_MS,
    scheduleWorkerThreads: e.SCHEDULE_WORKER_THREADS,
  });
}
