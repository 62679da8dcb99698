import { vi } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { ProfileCardDto, ProfileDto, SuggestionDto, UserDto } from '@musubi/shared';

export function buildUser(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: 'u1',
    email: 'aiko@example.com',
    displayName: 'Aiko',
    language: 'en',
    timeZone: 'Asia/Tokyo',
    role: 'member',
    organiserRequest: { status: 'none', note: '', requestedAt: null, decidedAt: null },
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildProfile(overrides: Partial<ProfileDto> = {}): ProfileDto {
  return {
    id: '665f00000000000000000001',
    kind: 'creator',
    name: { ja: '佐藤 愛子', en: 'Aiko Sato' },
    headline: { ja: 'フィンテック専門のUXデザイナー', en: 'UX designer for fintech' },
    description: { ja: '横浜を拠点に活動しています。', en: 'Based in Yokohama.' },
    tags: [{ id: 'ux-ui', ja: 'UX/UIデザイン', en: 'UX/UI Design' }],
    offers: [{ category: 'design', text: 'UX research and prototyping' }],
    seeks: [{ category: 'co-creation', text: '' }],
    location: { area: 'yokohama', city: 'Minato Mirai' },
    languages: ['ja', 'en'],
    links: [],
    creator: { disciplines: ['UX design'], portfolioLinks: [] },
    visibility: 'members',
    avatarUrl: '/api/profiles/665f00000000000000000001/avatar?v=v1',
    hasAvatar: false,
    isOwner: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The card of `buildProfile()` as lists carry it. */
export function buildProfileCard(overrides: Partial<ProfileCardDto> = {}): ProfileCardDto {
  return {
    id: '665f00000000000000000001',
    kind: 'creator',
    name: { ja: '佐藤 愛子', en: 'Aiko Sato' },
    headline: { ja: 'フィンテック専門のUXデザイナー', en: 'UX designer for fintech' },
    excerpt: { ja: '横浜を拠点に活動しています。', en: 'Based in Yokohama.' },
    tags: [{ id: 'ux-ui', ja: 'UX/UIデザイン', en: 'UX/UI Design' }],
    offerCategories: ['design'],
    seekCategories: ['co-creation'],
    location: { area: 'yokohama', city: 'Minato Mirai' },
    languages: ['ja', 'en'],
    avatarUrl: '/api/profiles/665f00000000000000000001/avatar?v=v1',
    hasAvatar: false,
    version: 1,
    ...overrides,
  };
}

/** A suggested creator offering design to a viewer who seeks it, with a shared interest in AI. */
export function buildSuggestion(overrides: Partial<SuggestionDto> = {}): SuggestionDto {
  return {
    profile: buildProfileCard(),
    score: 16,
    strength: { level: 'strong', percent: 82 },
    reasons: [
      {
        type: 'they-offer-you-seek',
        text: 'They offer Design; you seek Design',
        label: 'Design',
        category: 'design',
      },
      { type: 'shared-interest', text: 'You share an interest in AI', label: 'AI', tagId: 'ai' },
    ],
    saved: false,
    ...overrides,
  };
}

export const notFound: MockResponse = {
  status: 404,
  body: { error: { code: 'not_found', message: 'Not found' } },
};

export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
}

export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = (request: RecordedRequest) => MockResponse | undefined | Promise<MockResponse | undefined>;

/**
 * Replaces `fetch` with a router over "METHOD /path" keys. Unknown requests fail loudly (500) so
 * a test never silently depends on a call it did not declare.
 */
export function mockApi(routes: Record<string, MockResponse | Route>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = { method, url, body };
    requests.push(request);
    const route = routes[`${method} ${url}`];
    const answer = typeof route === 'function' ? await route(request) : route;
    const {
      status,
      body: responseBody,
      headers,
    }: MockResponse = answer ?? {
      status: 500,
      body: { error: { code: 'internal', message: `unmocked ${method} ${url}` } },
    };
    return new Response(status === 204 || responseBody === undefined ? null : JSON.stringify(responseBody), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests,
    /** The requests made to one "METHOD /path". */
    calls: (key: string) => requests.filter((r) => `${r.method} ${r.url}` === key),
  };
}

export const anonymous: MockResponse = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: 'Not logged in' } },
};

export const signedInAs = (user: UserDto): MockResponse => ({ status: 200, body: { user } });

type Listener = (...args: never[]) => void;

/** One `socket.emit` the app made: event, payload and the ack callback (if any). */
export interface EmittedEvent {
  event: string;
  payload: unknown;
  ack: ((res: unknown) => void) | undefined;
}

/**
 * A stand-in for a Socket.IO client: records connect/disconnect and what the app emits, and can
 * fire server events.
 */
export function createFakeSocket() {
  const listeners = new Map<string, Set<Listener>>();
  const fire = (event: string, ...args: unknown[]) =>
    [...(listeners.get(event) ?? [])].forEach((listener) => (listener as (...a: unknown[]) => void)(...args));
  const fake = {
    connected: false,
    active: false,
    /** Everything emitted while connected, oldest first. */
    emitted: [] as EmittedEvent[],
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
      return fake;
    },
    off(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return fake;
    },
    emit: vi.fn((event: string, payload?: unknown, ack?: (res: unknown) => void) => {
      fake.emitted.push({ event, payload, ack });
      return fake;
    }),
    connect: vi.fn(() => {
      fake.active = true;
      return fake;
    }),
    disconnect: vi.fn(() => {
      fake.active = false;
      fake.connected = false;
      return fake;
    }),
    /** Simulates the server accepting the handshake. */
    acceptHandshake() {
      fake.connected = true;
      fire('connect');
    },
    /** Simulates a dropped connection (socket.io keeps retrying). */
    drop() {
      fake.connected = false;
      fire('disconnect', 'transport close');
    },
    /** Simulates the server sending an event. */
    serverEmit(event: string, ...args: unknown[]) {
      fire(event, ...args);
    },
    /** The emits of one event. */
    sent(event: string) {
      return fake.emitted.filter((e) => e.event === event);
    },
  };
  // Only the members above are used by the app; the cast keeps tests free of a real socket.
  return fake as typeof fake & Socket;
}
