import type { Express } from 'express';
import type request from 'supertest';
import type { EventDto, ImportJobDto, ProfileDto, ProfileKind, UserDto } from '@musubi/shared';
import { setRole } from '../src/features/accounts';
import { signUp } from './helpers';
import { createProfile } from './profile-factories';

type Agent = ReturnType<typeof request.agent>;

export interface Person {
  agent: Agent;
  user: UserDto;
  profile: ProfileDto | null;
  email: string;
  /** The session cookie (`name=value`), e.g. for a socket. */
  cookie: string;
}

let n = 0;

/** An organiser account (no profile), signed in. */
export async function organiser(app: Express): Promise<Person> {
  const { agent, user, cookie } = await signUp(app, { role: 'organiser' });
  return { agent, user, profile: null, email: user.email, cookie };
}

/** An admin account, signed in (registered as a member, promoted, signed in again). */
export async function admin(app: Express): Promise<Person> {
  n += 1;
  const email = `admin${n}-${Date.now()}@example.com`;
  const { agent, user, password } = await signUp(app, { email });
  await setRole(email, 'admin');
  const res = await agent.post('/api/auth/login').send({ email, password }).expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  return { agent, user, profile: null, email, cookie };
}

/** Profile text by kind: startups seek funding and design, creators offer design, corporates offer funding. */
const PROFILE_BY_KIND: Record<ProfileKind, Record<string, unknown>> = {
  startup: {
    kind: 'startup',
    tags: ['robotics', 'logistics'],
    offers: [{ category: 'engineering', text: 'Robot control software and logistics automation' }],
    seeks: [
      { category: 'funding', text: 'Seed investment for logistics robots' },
      { category: 'design', text: 'Industrial design for our robot' },
    ],
    startup: { stage: 'seed', foundedYear: 2023, teamSize: 5 },
  },
  creator: {
    kind: 'creator',
    tags: ['robotics', 'logistics'],
    offers: [{ category: 'design', text: 'Industrial design for robots and hardware' }],
    seeks: [{ category: 'engineering', text: 'Robot control software partners' }],
    creator: { disciplines: ['industrial-design'], portfolioLinks: [] },
    startup: undefined,
  },
  corporate: {
    kind: 'corporate',
    tags: ['logistics', 'robotics'],
    offers: [{ category: 'funding', text: 'Investment in logistics robots startups' }],
    seeks: [{ category: 'engineering', text: 'Logistics automation and robot control software' }],
    corporate: { industry: 'logistics', size: '1000+', programmes: [] },
    startup: undefined,
  },
};

/** A member with a profile of `kind` (complementary text, so the engine pairs them). */
export async function memberWith(
  app: Express,
  kind: ProfileKind = 'startup',
  overrides: Record<string, unknown> = {},
): Promise<Person & { profile: ProfileDto }> {
  const { agent, user, cookie } = await signUp(app);
  n += 1;
  const profile = await createProfile(agent, {
    ...PROFILE_BY_KIND[kind],
    name: { ja: `参加者${n}`, en: `${kind} ${n}` },
    ...overrides,
  });
  return { agent, user, profile, email: user.email, cookie };
}

/** A time on the 15-minute grid `days` ahead at 01:00 UTC (10:00 in Tokyo). */
export function dayAhead(days = 3, hourUtc = 1): Date {
  const d = new Date(Date.now() + days * 86400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

/** A valid event body; override anything. */
export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const start = dayAhead();
  return {
    title: { ja: '横浜マッチングデー', en: 'Yokohama Matching Day' },
    description: { en: 'Meet partners' },
    venue: { ja: '横浜', en: 'Yokohama' },
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 6 * 3600_000).toISOString(),
    timeZone: 'Asia/Tokyo',
    capacity: 50,
    sessionPlan: {
      startsAt: new Date(start.getTime() + 3600_000).toISOString(),
      slotMinutes: 30,
      breakMinutes: 0,
      rounds: 4,
      tables: 3,
      maxMeetingsPerPerson: 3,
    },
    ...overrides,
  };
}

/** Creates (and, unless told otherwise, publishes) an event as `by`. */
export async function createEvent(
  by: Person,
  overrides: Record<string, unknown> = {},
  publish = true,
): Promise<EventDto> {
  const res = await by.agent.post('/api/events').send(eventInput(overrides));
  if (res.status !== 201) throw new Error(`event creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (!publish) return res.body as EventDto;
  const pub = await by.agent.post(`/api/events/${res.body.id}/publish`).send({ version: res.body.version });
  if (pub.status !== 200) throw new Error(`publish failed: ${pub.status} ${JSON.stringify(pub.body)}`);
  return pub.body as EventDto;
}

/** `who` joins the event (200 expected). */
export async function join(who: Person, eventId: string, body: Record<string, unknown> = {}): Promise<EventDto> {
  const res = await who.agent.post(`/api/events/${eventId}/join`).send(body);
  if (res.status !== 200) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as EventDto;
}

/** Splits CSV text (as our exports write it) into rows of cells. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/**
 * Imports CSV as `by` through the API: POST answers 202 with a job, then the job is read until it
 * has finished; returns the finished job (its `result` is the import report).
 */
export async function importCsv(by: Person, eventId: string, csv: string): Promise<ImportJobDto> {
  const started = await by.agent.post(`/api/events/${eventId}/participants/import`).send({ csv });
  if (started.status !== 202) throw new Error(`import failed: ${started.status} ${JSON.stringify(started.body)}`);
  for (;;) {
    const res = await by.agent.get(`/api/events/${eventId}/participants/import/${started.body.id}`);
    if (res.status !== 200) throw new Error(`import job: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.status !== 'running') return res.body as ImportJobDto;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
