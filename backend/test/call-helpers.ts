import type { Express } from 'express';
import type { CallDto, CreateCallInput } from '@musubi/shared';
import { signUp } from './helpers';
import { buildProfileInput } from './profile-factories';

export type Agent = Awaited<ReturnType<typeof signUp>>['agent'];
export interface Member {
  agent: Agent;
  userId: string;
  email: string;
  profileId: string;
}

/** A signed-up member with a profile of the given shape (null = no profile). */
export async function member(
  app: Express,
  profile: Record<string, unknown> | null,
  options: { language?: 'ja' | 'en'; role?: 'member' | 'organiser' } = {},
): Promise<Member> {
  const s = await signUp(app, { language: options.language ?? 'en', role: options.role ?? 'member' });
  let profileId = '';
  if (profile) {
    const res = await s.agent.put('/api/profiles/me').send(buildProfileInput(profile));
    if (res.status !== 201) throw new Error(`profile creation failed: ${res.status} ${JSON.stringify(res.body)}`);
    profileId = res.body.profile.id as string;
  }
  return { agent: s.agent, userId: s.user.id, email: s.user.email, profileId };
}

export const corporateProfile = (overrides: Record<string, unknown> = {}) => ({
  kind: 'corporate',
  name: { en: 'Harbour Railways' },
  headline: { en: 'Railway and port operator' },
  offers: [{ category: 'space-venue', text: 'Stations and the port as test fields' }],
  seeks: [{ category: 'poc-partner', text: 'Startups for demonstration experiments' }],
  startup: undefined,
  corporate: { industry: 'Transport', size: '1000+', programmes: [] },
  ...overrides,
});

/** A valid call body, deadline well ahead; override anything. */
export function buildCallInput(overrides: Record<string, unknown> = {}): CreateCallInput {
  return {
    title: { en: 'Delivery robot pilot at the port', ja: '港湾での配送ロボット実証実験' },
    challenge: { en: 'We look for autonomous delivery robots for port logistics.' },
    tags: ['robotics'],
    offers: ['field-venue', 'data'],
    eligibleKinds: [],
    eligibleAreas: [],
    deadline: { date: '2030-01-10', time: '23:59' },
    timeZone: 'Asia/Tokyo',
    ...overrides,
  } as CreateCallInput;
}

/** Creates a call as `poster` and (unless `draft`) opens it. */
export async function postCall(
  poster: Agent,
  overrides: Record<string, unknown> = {},
  { draft = false } = {},
): Promise<CallDto> {
  const created = await poster.post('/api/calls').send(buildCallInput(overrides));
  if (created.status !== 201)
    throw new Error(`call creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (draft) return created.body as CallDto;
  const opened = await poster
    .post(`/api/calls/${created.body.id as string}/status`)
    .send({ version: created.body.version, status: 'open' });
  if (opened.status !== 200) throw new Error(`opening failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened.body as CallDto;
}

export const pitch = {
  pitch: { en: 'Our robots have run 10,000 km in ports.' },
  links: ['https://example.com/robots'],
};
