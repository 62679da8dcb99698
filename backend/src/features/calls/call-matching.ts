import { LruMap } from '../../db/lru-map';
import {
  tagLabel,
  type CallCandidatePageDto,
  type CallOffer,
  type CallSuggestionDto,
  type CandidatesQuery,
  type LocationArea,
  type NeedCategory,
  type ProfileKind,
  type MatchStrengthDto,
  type ReasonDto,
} from '@musubi/shared';
import { AppError } from '../../http/errors';
import {
  matchStrength,
  presentReasons,
  rawScore100,
  recordSourceText,
  tokenizeProfile,
  type MatchingIndex,
  type Reason,
} from '../matching';
import { ProfileModel } from '../profiles';
import { isEligible, loadManagedCall, loadProfileCards, presentCalls, type Actor } from './call-context';
import { ApplicationModel, CallModel, InvitationModel, type ApplicationRecord, type CallRecord } from './call.model';
import { nowMs } from './clock';
import { decodeOffset, encodeOffset } from './page-cursor';

/** What each kind of support a call offers means in the profiles' need categories. */
const OFFER_CATEGORIES: Record<CallOffer, NeedCategory[]> = {
  'field-venue': ['space-venue'],
  data: ['data'],
  funding: ['funding'],
  mentoring: ['mentoring'],
  'regulatory-sandbox': ['regulatory-support'],
  'customer-pilot': ['sales-channel'],
};
/** Every call is a chance for a PoC and co-creation, whatever else it offers. */
const ALWAYS_OFFERED: NeedCategory[] = ['poc-partner', 'co-creation'];
/** Who a call looks for when it names no kinds. */
const DEFAULT_CANDIDATE_KINDS: ProfileKind[] = ['startup', 'creator'];
const FOR_ME_MAX = 10;
const MAX_OPEN_CALLS = 2000;

const tokenCache = new Map<string, ReturnType<typeof tokenizeProfile>>();

/**
 * A call as a seeker the matching engine can rank profiles for: its title, challenge and tags are
 * what it seeks (so they meet what candidates offer), its support is what it offers, and its tags,
 * title and challenge are its interests. Tokenised once per call version.
 */
export function callAsSeeker(call: CallRecord) {
  const key = `${call._id.toString()}:${call.version}`;
  let tokens = tokenCache.get(key);
  if (!tokens) {
    const tagWords = call.tags.map(
      (id) => call.freeTags.find((t) => t.id === id)?.label ?? `${tagLabel(id, 'en')} ${tagLabel(id, 'ja')}`,
    );
    const seekText = [call.title.en, call.title.ja, call.challenge.en, call.challenge.ja, ...tagWords]
      .filter(Boolean)
      .join('\n');
    const categories = [...new Set([...ALWAYS_OFFERED, ...call.offers.flatMap((o) => OFFER_CATEGORIES[o])])];
    tokens = tokenizeProfile({
      id: `call:${key}`,
      kind: 'corporate',
      tags: call.tags,
      offers: categories.map((category) => ({ category, text: '' })),
      seeks: [{ category: 'poc-partner', text: seekText }],
      headline: call.title,
      description: call.challenge,
      area: call.eligibleAreas[0] ?? 'japan-other',
      languages: [],
    });
    if (tokenCache.size > 1000) tokenCache.clear();
    tokenCache.set(key, tokens);
  }
  return tokens;
}

const sourceTextCache = new LruMap<string>(1000);

/**
 * The call's own words (title, challenge, tags as typed), for showing a reason's word as written;
 * one string per call version, so the memos of written forms keyed by it hit.
 */
function callSourceText(call: CallRecord): string {
  const key = `${call._id.toString()}:${call.version}`;
  let text = sourceTextCache.get(key);
  if (text === undefined) {
    text = [call.title.en, call.title.ja, call.challenge.en, call.challenge.ja, ...call.freeTags.map((t) => t.label)]
      .filter(Boolean)
      .join('\n');
    sourceTextCache.set(key, text);
  }
  return text;
}

const notReady = () =>
  new AppError(503, 'service_unavailable', 'Matching is warming up; try again in a moment', undefined, {
    'Retry-After': '2',
  });

/** The narrower of what the call allows and what the filter asks; undefined = any, [] = none. */
function narrow<T>(eligible: readonly T[], wanted: readonly T[] | undefined): T[] | undefined {
  if (!wanted?.length) return eligible.length ? [...eligible] : undefined;
  return eligible.length ? wanted.filter((w) => eligible.includes(w)) : [...wanted];
}

/** Fit of one profile for a call (the poster's view of an application); null while warming up. */
export function fitOf(
  index: MatchingIndex,
  call: CallRecord,
  profileId: string,
): { score: number; strength: MatchStrengthDto } | null {
  if (!index.isReady) return null;
  const raw = index.current.scoreForSeeker(callAsSeeker(call), profileId)?.score ?? 0;
  return { score: rawScore100(raw), strength: matchStrength(raw) };
}

/** GET /api/calls/:id/candidates: who fits the call best, with reasons (poster and admins). */
export async function rankCandidates(
  index: MatchingIndex,
  actor: Actor,
  callId: string,
  query: CandidatesQuery,
): Promise<CallCandidatePageDto> {
  const call = await loadManagedCall(actor, callId);
  if (!index.isReady) throw notReady();
  const kinds = narrow<ProfileKind>(
    call.eligibleKinds.length ? call.eligibleKinds : DEFAULT_CANDIDATE_KINDS,
    query.kind,
  );
  const areas = narrow<LocationArea>(call.eligibleAreas, query.area);
  if (kinds?.length === 0 || areas?.length === 0) return { items: [], nextCursor: null };
  const poster = await ProfileModel.findOne({ userId: call.posterUserId }, { _id: 1 }).lean();
  const offset = decodeOffset(query.cursor);
  const page = index.current.suggestForSeeker(callAsSeeker(call), {
    filters: { kinds, areas },
    exclude: poster ? [poster._id.toString()] : [],
    offset,
    limit: query.limit,
  });
  const ids = page.items.map((s) => s.id);
  const callText = callSourceText(call);
  const [profiles, invitations, applications] = await Promise.all([
    loadProfileCards(actor, ids),
    Promise.all(ids.map((id) => InvitationModel.exists({ _id: `${callId}:${id}` }))),
    ApplicationModel.find({ callId: call._id }, { profileId: 1, status: 1 }).lean<ApplicationRecord[]>(),
  ]);
  const applied = new Set(applications.filter((a) => a.status !== 'withdrawn').map((a) => a.profileId.toString()));
  return {
    items: page.items.flatMap((s, i) => {
      const shown = profiles.get(s.id);
      if (!shown) return [];
      return [
        {
          profile: shown.card,
          score: rawScore100(s.score),
          strength: matchStrength(s.score),
          reasons: presentReasons(s.reasons, actor.language, shown.source, callText),
          invited: invitations[i] !== null,
          applied: applied.has(s.id),
        },
      ];
    }),
    nextCursor: page.nextOffset === null ? null : encodeOffset(page.nextOffset),
  };
}

const FLIPPED: Record<Reason['type'], Reason['type']> = {
  'they-offer-you-seek': 'you-offer-they-seek',
  'you-offer-they-seek': 'they-offer-you-seek',
  'shared-interest': 'shared-interest',
};

/** Reasons computed from the call's side, told from the member's. */
function reasonsForMember(reasons: readonly Reason[], actor: Actor, call: CallRecord): ReasonDto[] {
  return presentReasons(
    reasons.map((r) => ({ ...r, type: FLIPPED[r.type] })),
    actor.language,
    callSourceText(call),
    actor.profile ? recordSourceText(actor.profile) : '',
  );
}

/**
 * GET /api/calls/for-me: open calls the member may apply to (eligible, not their own, not applied,
 * deadline ahead), ranked by the score the call's candidate list would give them, with reasons.
 */
export async function callsForMe(index: MatchingIndex, actor: Actor): Promise<CallSuggestionDto[]> {
  const profile = actor.profile;
  if (!profile) return [];
  if (!index.isReady) throw notReady();
  const meId = profile._id.toString();
  if (!index.current.has(meId)) await index.indexProfile(meId);
  const at = nowMs();
  const [open, mine] = await Promise.all([
    CallModel.find({ status: 'open' }).limit(MAX_OPEN_CALLS).lean<CallRecord[]>(),
    ApplicationModel.find({ profileId: profile._id }, { callId: 1, status: 1 }).lean<ApplicationRecord[]>(),
  ]);
  const applied = new Set(mine.filter((a) => a.status !== 'withdrawn').map((a) => a.callId.toString()));
  const scored = open
    .filter((c) => c.deadlineAt.getTime() > at && c.posterUserId.toString() !== actor.userId)
    .filter((c) => isEligible(c, profile) && !applied.has(c._id.toString()))
    .flatMap((call) => {
      const hit = index.current.scoreForSeeker(callAsSeeker(call), meId);
      return hit ? [{ call, hit }] : [];
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.call.deadlineAt.getTime() - b.call.deadlineAt.getTime())
    .slice(0, FOR_ME_MAX);
  const calls = await presentCalls(
    actor,
    scored.map((s) => s.call),
  );
  return scored.map((s, i) => ({
    call: calls[i]!,
    score: rawScore100(s.hit.score),
    strength: matchStrength(s.hit.score),
    reasons: reasonsForMember(s.hit.reasons, actor, s.call),
  }));
}
