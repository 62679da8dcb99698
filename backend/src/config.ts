import path from 'node:path';
import { z } from 'zod';
import { CHAT_LIMITS, MEETING_LIMITS } from '@musubi/shared';
import type { LimitRule } from './limits/limiter';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A limit's allowance (how many per window). */
const allowance = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
/** A limit's window in seconds. */
const windowSeconds = (fallback: number) => z.coerce.number().int().min(1).max(86400).default(fallback);

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
  /** Login attempts per account+IP per window (the right password too is refused once spent). */
  LOGIN_MAX_ATTEMPTS: allowance(5),
  LOGIN_WINDOW_SECONDS: windowSeconds(900),
  /** Login attempts per IP (any account) per LOGIN_WINDOW_SECONDS; successful logins do not count. */
  LOGIN_IP_MAX_ATTEMPTS: allowance(100),
  /** Sign-ups per IP per window. */
  REGISTER_IP_MAX: allowance(20),
  REGISTER_WINDOW_SECONDS: windowSeconds(3600),
  /** Writes that notify someone else (meeting requests and replies, joins, applications, reports) per member. */
  MEMBER_WRITES_MAX: allowance(20),
  MEMBER_WRITES_WINDOW_SECONDS: windowSeconds(300),
  /** Chat messages (sends and edits) per member per window, across all of the member's sockets. */
  CHAT_MESSAGES_PER_WINDOW: allowance(CHAT_LIMITS.messagesPerWindow),
  CHAT_WINDOW_SECONDS: windowSeconds(CHAT_LIMITS.rateWindowMs / 1000),
  /** Concurrent sockets per member (per process). */
  SOCKETS_PER_MEMBER: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Password-reset mails per address and verification mails per account, per window. */
  MAILS_MAX: allowance(5),
  MAILS_WINDOW_SECONDS: windowSeconds(3600),
  SEED_DEMO: bool.default(true),
  MATCHING_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  /** Re-rank suggestions with weights learned from what members do (saves, dismissals, meetings, replies). */
  MATCHING_LEARNING: bool.default(true),
  /** Train those weights in this process (at start-up and every MATCHING_TRAIN_HOURS); false = only use the stored model. */
  MATCHING_TRAIN: bool.default(true),
  MATCHING_TRAIN_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(6),
  /** How often the stored model is read again (another process may have trained a newer one). */
  MATCHING_MODEL_REFRESH_SECONDS: z.coerce.number().min(0).max(86400).default(60),
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
  limits: Readonly<{
    loginAccountIp: LimitRule;
    loginIp: LimitRule;
    registerIp: LimitRule;
    memberWrites: LimitRule;
    chatMessages: LimitRule;
    mails: LimitRule;
    socketsPerMember: number;
  }>;
  seedDemo: boolean;
  matchingPollMs: number;
  matchingLearning: Readonly<{ enabled: boolean; train: boolean; trainIntervalMs: number; modelRefreshMs: number }>;
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
    limits: Object.freeze({
      loginAccountIp: { points: e.LOGIN_MAX_ATTEMPTS, durationSeconds: e.LOGIN_WINDOW_SECONDS },
      loginIp: { points: e.LOGIN_IP_MAX_ATTEMPTS, durationSeconds: e.LOGIN_WINDOW_SECONDS },
      registerIp: { points: e.REGISTER_IP_MAX, durationSeconds: e.REGISTER_WINDOW_SECONDS },
      memberWrites: { points: e.MEMBER_WRITES_MAX, durationSeconds: e.MEMBER_WRITES_WINDOW_SECONDS },
      chatMessages: { points: e.CHAT_MESSAGES_PER_WINDOW, durationSeconds: e.CHAT_WINDOW_SECONDS },
      mails: { points: e.MAILS_MAX, durationSeconds: e.MAILS_WINDOW_SECONDS },
      socketsPerMember: e.SOCKETS_PER_MEMBER,
    }),
    seedDemo: e.SEED_DEMO,
    matchingPollMs: e.MATCHING_POLL_SECONDS * 1000,
    matchingLearning: Object.freeze({
      enabled: e.MATCHING_LEARNING,
      train: e.MATCHING_TRAIN,
      trainIntervalMs: e.MATCHING_TRAIN_HOURS * 3600 * 1000,
      modelRefreshMs: e.MATCHING_MODEL_REFRESH_SECONDS * 1000,
    }),
    serveFrontend: e.SERVE_FRONTEND,
    meetingPendingCap: e.MEETING_PENDING_CAP,
    meetingReminderMinutes: e.MEETING_REMINDER_MINUTES,
    meetingSchedulerPollMs: e.MEETING_SCHEDULER_POLL_SECONDS * 1000,
    eventPairsPerParticipant: e.EVENT_PAIRS_PER_PARTICIPANT,
    eventScheduleTimeBudgetMs: e.EVENT_SCHEDULE_TIME_BUDGET_MS,
    scheduleWorkerThreads: e.SCHEDULE_WORKER_THREADS,
  });
}
