import type request from 'supertest';
import type { ProfileDto, UpsertProfileInput } from '@musubi/shared';

type Agent = ReturnType<typeof request.agent>;

let counter = 0;

/** A valid startup profile for PUT /api/profiles/me; override anything (including `kind`). */
export function buildProfileInput(overrides: Record<string, unknown> = {}): UpsertProfileInput {
  counter += 1;
  return {
    kind: 'startup',
    name: { ja: `テスト株式会社${counter}`, en: `Test Startup ${counter}` },
    headline: { en: 'We build things' },
    description: { ja: '説明', en: 'A description' },
    tags: [],
    offers: [{ category: 'engineering', text: 'Backend development' }],
    seeks: [{ category: 'funding', text: 'Seed round' }],
    location: { area: 'yokohama', city: 'Yokohama' },
    languages: ['ja', 'en'],
    links: [],
    contact: { email: `founder${counter}@example.com`, phone: '+81 45-000-0000' },
    visibility: 'members',
    startup: { stage: 'seed', foundedYear: 2023, teamSize: 5 },
    ...overrides,
  } as UpsertProfileInput;
}

/** Creates the agent's profile through the API and returns the ProfileDto. */
export async function createProfile(agent: Agent, overrides: Record<string, unknown> = {}): Promise<ProfileDto> {
  const res = await agent.put('/api/profiles/me').send(buildProfileInput(overrides));
  if (res.status !== 201) throw new Error(`profile creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { profile: ProfileDto }).profile;
}

/** Tiny valid images (1×1) for avatar uploads. */
export const TINY_IMAGES = {
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////' +
      '////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  webp: Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'),
  gif: Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
};

/** Polls until `check` holds (for effects of domain events, which run after the response). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
