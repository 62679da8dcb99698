import type { ApplicationDto, ApplicationPageDto, CallDto } from '@musubi/shared';
import { buildProfile, buildProfileCard } from '../../test/fakes';

export const CALL_ID = '665f0000000000000000ca01';
export const APP_NEW_ID = '665f0000000000000000aa01';
export const APP_SHORT_ID = '665f0000000000000000aa02';
export const STARTUP_ID = '665f000000000000000000a1';
export const CREATOR_ID = '665f000000000000000000b1';

export const corporate = buildProfile({
  id: '665f000000000000000000c9',
  kind: 'corporate',
  name: { en: 'Harbour Rail' },
});
export const startup = buildProfile({
  id: STARTUP_ID,
  kind: 'startup',
  name: { en: 'Mobility Lab', ja: 'モビリティ・ラボ' },
});
export const creator = buildProfile({ id: CREATOR_ID, kind: 'creator', name: { en: 'Ren Studio' } });
/** The same two as list cards (call candidates). */
export const startupCard = buildProfileCard({ id: STARTUP_ID, kind: 'startup', name: startup.name });
export const creatorCard = buildProfileCard({ id: CREATOR_ID, kind: 'creator', name: creator.name });

const memberView: CallDto['viewer'] = {
  isPoster: false,
  applicationId: null,
  applicationStatus: null,
  canApply: true,
  cannotApplyReason: null,
};

/** An open call with a deadline far ahead: 15 Jan 2099 23:59 in Tokyo. */
export function buildCall(overrides: Partial<CallDto> = {}): CallDto {
  return {
    id: CALL_ID,
    status: 'open',
    version: 2,
    title: { ja: '駅構内の混雑を減らす実証実験', en: 'PoC: easing station crowding' },
    challenge: { en: 'Help us spread rush-hour passengers across trains.' },
    tags: [{ id: 'mobility', ja: 'モビリティ', en: 'Mobility' }],
    offers: ['field-venue', 'data'],
    eligibleKinds: ['startup'],
    eligibleAreas: [],
    deadline: { date: '2099-01-15', time: '23:59' },
    timeZone: 'Asia/Tokyo',
    deadlineAt: '2099-01-15T14:59:00.000Z',
    poster: { userId: 'corp1', displayName: 'Kenji', profile: corporate },
    applicationCount: 2,
    viewer: memberView,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export const posterView = (overrides: Partial<CallDto> = {}) =>
  buildCall({
    viewer: { ...memberView, isPoster: true, canApply: false, cannotApplyReason: 'own_call' },
    ...overrides,
  });

export function buildApplication(overrides: Partial<ApplicationDto> = {}): ApplicationDto {
  return {
    id: APP_NEW_ID,
    callId: CALL_ID,
    version: 1,
    applicant: startup,
    applicantUserId: 'u-startup',
    pitch: { en: 'Our crowd sensors already run in two stations.' },
    links: ['https://mobility.example/deck', 'javascript:alert(1)'],
    status: 'new',
    notes: '',
    score: 13,
    strength: { level: 'strong', percent: 76 },
    createdAt: '2026-11-10T00:00:00.000Z',
    updatedAt: '2026-11-10T00:00:00.000Z',
    statusChangedAt: '2026-11-10T00:00:00.000Z',
    ...overrides,
  };
}

export function applicationPage(items: ApplicationDto[]): ApplicationPageDto {
  const counts = { new: 0, shortlisted: 0, accepted: 0, declined: 0, withdrawn: 0 };
  for (const item of items) counts[item.status] += 1;
  return { items, nextCursor: null, counts };
}
