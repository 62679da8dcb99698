import {
  KindPairSchema,
  PairKeySchema,
  pairKeyOfProfiles,
  type KindPair,
  type Language,
  type PairDto,
  type PairPageDto,
  type PairStatus,
  type PairsQuerySchema,
} from '@musubi/shared';
import type { z } from 'zod';
import { badRequest, conflict, notFound } from '../../http/errors';
import { presentReasons, reasonSourceText } from '../matching';
import type { ProfileRecord, Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import { PairDecisionModel, type EventRecord, type PairDecisionRecord } from './event.model';
import { assertSeeEachOther, loadProfiles, presentProfiles, seeEachOther } from './event-profiles';
import type { EventsDeps } from './events.deps';
import { decodeOffset, encodeOffset } from './events.service';
import { scorePair, suggestedPairs, type EnginePair } from './engine-pairs';
import { approvedProfileIds } from './seats';

type PairsQuery = z.output<typeof PairsQuerySchema>;

/** A pair as curation works with it, before presentation. */
export interface PairView {
  key: string;
  a: string;
  b: string;
  kinds: KindPair;
  score: number | null;
  strength: EnginePair['strength'] | null;
  reasons: EnginePair['reasons'];
  /** The engine's score parts; null when `score` is. */
  parts: EnginePair['parts'] | null;
  status: PairStatus;
  pinned: boolean;
  manual: boolean;
  introducedAt: Date | null;
  conversationId: string | null;
}

/** Both profiles' own words, so a pair's reasons show a word as one of them wrote it. */
export const pairSourceText = (a: ProfileRecord, b: ProfileRecord): string =>
  `${reasonSourceText(a)}\n${reasonSourceText(b)}`;

export const kindPairOf = (x: ProfileRecord, y: ProfileRecord): KindPair =>
  KindPairSchema.parse([x.kind, y.kind].sort().join('-'));

/** A pair from the engine's view (if any) and the organiser's decision (if any). */
function pairView(
  key: string,
  a: ProfileRecord,
  b: ProfileRecord,
  e: EnginePair | null | undefined,
  d: PairDecisionRecord | null | undefined,
): PairView {
  return {
    key,
    a: a._id.toString(),
    b: b._id.toString(),
    kinds: kindPairOf(a, b),
    score: e?.score ?? null,
    strength: e?.strength ?? null,
    reasons: e?.reasons ?? [],
    parts: e?.parts ?? null,
    status: d?.status ?? 'suggested',
    pinned: d?.pinned ?? false,
    manual: d?.manual ?? false,
    introducedAt: d?.introducedAt ?? null,
    conversationId: d?.conversationId?.toString() ?? null,
  };
}

/**
 * Every pair of the event: the engine's suggestions among approved participants merged with the
 * organiser's stored decisions (and manual pairs); pairs whose people are no longer approved drop
 * out, and so do pairs (not yet introduced) of two who may not see each other's profiles.
 */
export async function eventPairs(
  deps: EventsDeps,
  event: EventRecord,
): Promise<{ pairs: PairView[]; profiles: Map<string, ProfileRecord> }> {
  const ids = await approvedProfileIds(event._id);
  const approved = new Set(ids);
  const [engine, decisions, profiles] = await Promise.all([
    suggestedPairs(deps.index, ids, deps.pairsPerParticipant),
    PairDecisionModel.find({ eventId: event._id }).lean<PairDecisionRecord[]>(),
    loadProfiles(ids),
  ]);
  const byKey = new Map(decisions.map((d) => [d.pairKey, d]));
  const mutual = await seeEachOther(event, profiles.values());
  const keys = new Set([...engine.keys(), ...byKey.keys()]);
  const pairs: PairView[] = [];
  for (const key of keys) {
    const [a, b] = key.split('-') as [string, string];
    const pa = profiles.get(a);
    const pb = profiles.get(b);
    if (!approved.has(a) || !approved.has(b) || !pa || !pb) continue;
    const e = engine.get(key);
    const d = byKey.get(key);
    if (!e && (!d || d.status === 'suggested') && !d?.pinned) continue;
    if (d?.status !== 'introduced' && !mutual(pa, pb)) continue;
    pairs.push(pairView(key, pa, pb, e, d));
  }
  pairs.sort(
    (x, y) => Number(y.pinned) - Number(x.pinned) || (y.score ?? -1) - (x.score ?? -1) || x.key.localeCompare(y.key),
  );
  return { pairs, profiles };
}

const matches = (p: ProfileRecord, needle: string) =>
  [p.name.ja, p.name.en, p.headline?.ja, p.headline?.en].some((t) => t?.toLowerCase().includes(needle));

async function presentPairs(
  pairs: PairView[],
  profiles: Map<string, ProfileRecord>,
  viewer: Viewer,
  lang: Language,
): Promise<PairDto[]> {
  const ids = new Set(pairs.flatMap((p) => [p.a, p.b]));
  // Pairs are only ever between approved participants (eventPairs, loadPair): members who joined.
  const dtos = await presentProfiles(
    [...ids].map((id) => profiles.get(id)!),
    viewer,
    { organiser: true, joined: () => true },
  );
  return pairs.map((p) => ({
    key: p.key,
    a: dtos.get(p.a)!,
    b: dtos.get(p.b)!,
    kinds: p.kinds,
    score: p.score,
    strength: p.strength,
    reasons: presentReasons(p.reasons, lang, pairSourceText(profiles.get(p.a)!, profiles.get(p.b)!)),
    status: p.status,
    pinned: p.pinned,
    manual: p.manual,
    introducedAt: p.introducedAt?.toISOString() ?? null,
    conversationId: p.conversationId,
  }));
}

/** GET /events/:id/pairs: filtered, pinned first then by score, with counts per status. */
export async function listPairs(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  query: PairsQuery,
  lang: Language,
): Promise<PairPageDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pairs, profiles } = await eventPairs(deps, event);
  const needle = query.q?.toLowerCase();
  const filtered = pairs.filter(
    (p) =>
      (!query.kinds?.length || query.kinds.includes(p.kinds)) &&
      (query.pinned === undefined || p.pinned === (query.pinned === 'true')) &&
      (!needle || matches(profiles.get(p.a)!, needle) || matches(profiles.get(p.b)!, needle)),
  );
  const counts: Record<PairStatus, number> = { suggested: 0, approved: 0, rejected: 0, introduced: 0 };
  for (const p of filtered) counts[p.status] += 1;
  const shown = query.status?.length ? filtered.filter((p) => query.status!.includes(p.status)) : filtered;
  const offset = decodeOffset(query.cursor);
  const page = shown.slice(offset, offset + query.limit);
  return {
    items: await presentPairs(page, profiles, viewer, lang),
    nextCursor: shown.length > offset + query.limit ? encodeOffset(offset + query.limit) : null,
    counts,
  };
}

/** One pair of the event by key (404 unless both are approved participants). */
export async function loadPair(
  deps: EventsDeps,
  event: EventRecord,
  pairKey: string,
): Promise<{ pair: PairView; profiles: Map<string, ProfileRecord> }> {
  if (!PairKeySchema.safeParse(pairKey).success) throw notFound('Pair');
  const [a, b] = pairKey.split('-') as [string, string];
  const ids = new Set(await approvedProfileIds(event._id));
  if (!ids.has(a) || !ids.has(b)) throw notFound('Pair');
  const [profiles, d, e] = await Promise.all([
    loadProfiles([a, b]),
    PairDecisionModel.findById(`${event._id.toString()}:${pairKey}`).lean<PairDecisionRecord>(),
    scorePair(deps.index, a, b),
  ]);
  if (profiles.size < 2) throw notFound('Pair');
  return { pair: pairView(pairKey, profiles.get(a)!, profiles.get(b)!, e, d), profiles };
}

/** One pair of the event as the API shows it. */
export async function presentPairOf(
  deps: EventsDeps,
  event: EventRecord,
  pairKey: string,
  viewer: Viewer,
  lang: Language,
): Promise<PairDto> {
  const { pair, profiles } = await loadPair(deps, event, pairKey);
  return (await presentPairs([pair], profiles, viewer, lang))[0]!;
}

async function writeDecision(event: EventRecord, pair: PairView, set: Partial<PairDecisionRecord>): Promise<void> {
  await PairDecisionModel.updateOne(
    { _id: `${event._id.toString()}:${pair.key}` },
    {
      $set: {
        eventId: event._id,
        pairKey: pair.key,
        status: pair.status,
        pinned: pair.pinned,
        manual: pair.manual,
        ...set,
        updatedAt: new Date(),
      },
    },
    { upsert: true },
  );
}

/** approve | reject | reset | pin | unpin one pair. */
export async function decidePair(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  pairKey: string,
  action: 'approve' | 'reject' | 'reset' | 'pin' | 'unpin',
  lang: Language,
): Promise<PairDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pair, profiles } = await loadPair(deps, event, pairKey);
  const introduced = pair.status === 'introduced';
  if (action === 'approve' && !introduced)
    await assertSeeEachOther(event, profiles.get(pair.a)!, profiles.get(pair.b)!);
  if (introduced && (action === 'reject' || action === 'reset')) {
    throw conflict('This pair was already introduced', { reason: 'introduced' });
  }
  if (action === 'approve' && !introduced) await writeDecision(event, pair, { status: 'approved' });
  if (action === 'reject') await writeDecision(event, pair, { status: 'rejected' });
  if (action === 'reset') await writeDecision(event, pair, { status: 'suggested' });
  if (action === 'pin' || action === 'unpin') await writeDecision(event, pair, { pinned: action === 'pin' });
  return presentPairOf(deps, event, pairKey, viewer, lang);
}

/** A pair the organiser makes by hand (approved at once), between two approved participants. */
export async function createManualPair(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  input: { a: string; b: string },
  lang: Language,
): Promise<PairDto> {
  const event = await loadOrganisedEvent(id, viewer);
  const key = pairKeyOfProfiles(input.a, input.b);
  const { pair, profiles } = await loadPair(deps, event, key).catch(() => {
    throw badRequest('Both must be approved participants of this event', {
      issues: [{ path: 'a', message: 'Not an approved participant' }],
    });
  });
  if (pair.status !== 'introduced') {
    await assertSeeEachOther(event, profiles.get(pair.a)!, profiles.get(pair.b)!);
    await writeDecision(event, pair, { status: 'approved', manual: pair.manual || pair.score === null });
  }
  return presentPairOf(deps, event, key, viewer, lang);
}

/** Approves the best `top` still-suggested pairs (optionally only of some kind pairs). */
export async function bulkApprove(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  input: { top: number; kinds?: KindPair[] },
): Promise<{ approved: number; keys: string[] }> {
  const event = await loadOrganisedEvent(id, viewer);
  const { pairs } = await eventPairs(deps, event);
  const chosen = pairs
    .filter(
      (p) => p.status === 'suggested' && p.score !== null && (!input.kinds?.length || input.kinds.includes(p.kinds)),
    )
    .sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.key.localeCompare(y.key))
    .slice(0, input.top);
  await Promise.all(chosen.map((p) => writeDecision(event, p, { status: 'approved' })));
  return { approved: chosen.length, keys: chosen.map((p) => p.key) };
}
