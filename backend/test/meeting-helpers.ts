import type { Express } from 'express';
import type request from 'supertest';
import type { MeetingDto, ProfileDto, UserDto } from '@musubi/shared';
import { signUp } from './helpers';
import { createProfile } from './profile-factories';

type Agent = ReturnType<typeof request.agent>;

export const QUARTER_MS = 15 * 60_000;
export const HOUR_MS = 3600_000;

export interface Member {
  agent: Agent;
  user: UserDto;
  cookie: string;
  profile: ProfileDto;
}

/** A signed-in member with a profile. */
export async function member(app: Express, timeZone = 'Asia/Tokyo'): Promise<Member> {
  const { agent, user, cookie } = await signUp(app, { timeZone });
  const profile = await createProfile(agent);
  return { agent, user, cookie, profile };
}

/** A slot on the 15-minute grid, about `minutesAhead` from now (rounded up). */
export function slot(minutesAhead: number, durationMinutes = 30): { start: string; durationMinutes: number } {
  const start = Math.ceil((Date.now() + minutesAhead * 60_000) / QUARTER_MS) * QUARTER_MS;
  return { start: new Date(start).toISOString(), durationMinutes };
}

/** `from` asks `to` for a meeting (201 expected). */
export async function requestMeeting(
  from: Member,
  to: Member,
  slots = [slot(24 * 60), slot(25 * 60)],
  extra: Record<string, unknown> = {},
): Promise<MeetingDto> {
  const res = await from.agent
    .post('/api/meetings')
    .send({ profileId: to.profile.id, message: 'Hello', slots, location: { format: 'online' }, ...extra });
  if (res.status !== 201) throw new Error(`request failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as MeetingDto;
}

/** `who` accepts the meeting's first slot (200 expected). */
export async function accept(who: Member, m: MeetingDto, start = m.slots[0]!.start): Promise<MeetingDto> {
  const res = await who.agent.post(`/api/meetings/${m.id}/accept`).send({ version: m.version, start });
  if (res.status !== 200) throw new Error(`accept failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as MeetingDto;
}
