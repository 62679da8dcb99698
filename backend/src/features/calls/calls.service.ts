import type {
  CallDto,
  CallPageDto,
  CallsQuery,
  CallStatus,
  CallStatusInput,
  CreateCallInput,
  UpdateCallInput,
} from '@musubi/shared';
import { badRequest, forbidden } from '../../http/errors';
import { resolveProfileTags, resolveTagFilter } from '../profiles';
import { canManage, isPoster, loadCallFor, oid, presentCalls, type Actor } from './call-context';
import { CallModel, type CallRecord } from './call.model';
import { cannotApply, deadlineNotAhead, notAllowedInState } from './call-errors';
import { now, nowMs } from './clock';
import { wallClockToInstant } from './deadline';
import { decodeOffset, pageOf } from './page-cursor';
import { expectVersion, writeNextVersion } from './versioned';

/** Calls are a small collection: a list reads at most this many and filters in code. */
const MAX_SCAN = 2000;

const NEXT_STATUSES: Record<CallStatus, readonly CallStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'awarded'],
  awarded: [],
};

function deadlineAt(deadline: { date: string; time: string }, timeZone: string): Date {
  const at = wallClockToInstant(deadline.date, deadline.time, timeZone);
  if (at.getTime() <= nowMs()) throw deadlineNotAhead();
  return at;
}

/** POST /api/calls: a corporate member, an organiser or an admin drafts a call. */
export async function createCall(actor: Actor, input: CreateCallInput): Promise<CallDto> {
  if (!actor.canPost) throw forbidden('Only corporate members, organisers and admins can post calls');
  const { tags, freeTags } = resolveProfileTags(input.tags);
  const at = now();
  const created = await CallModel.create({
    posterUserId: oid(actor.userId),
    posterProfileId: actor.profile?.kind === 'corporate' ? actor.profile._id : null,
    status: 'draft',
    version: 0,
    title: input.title,
    challenge: input.challenge,
    tags,
    freeTags,
    offers: [...new Set(input.offers)],
    eligibleKinds: [...new Set(input.eligibleKinds)],
    eligibleAreas: [...new Set(input.eligibleAreas)],
    deadline: input.deadline,
    timeZone: input.timeZone,
    deadlineAt: deadlineAt(input.deadline, input.timeZone),
    createdAt: at,
    updatedAt: at,
  });
  return (await presentCalls(actor, [created.toObject() as CallRecord]))[0]!;
}

export async function getCall(actor: Actor, id: string): Promise<CallDto> {
  return (await presentCalls(actor, [await loadCallFor(actor, id)]))[0]!;
}

/** PATCH /api/calls/:id: the poster (or an admin) edits from the version they saw. */
export async function updateCall(actor: Actor, id: string, input: UpdateCallInput): Promise<CallDto> {
  const call = await loadCallFor(actor, id);
  if (!canManage(call, actor)) throw forbidden('Only the poster can edit this call');
  expectVersion(call, input.version);
  if (call.status === 'awarded') throw notAllowedInState(call.status);
  const { version: _version, ...fields } = input;
  if (Object.values(fields).every((v) => v === undefined)) throw badRequest('Nothing to change');
  const set: Partial<CallRecord> = {};
  if (fields.title) set.title = fields.title;
  if (fields.challenge) set.challenge = fields.challenge;
  if (fields.tags) Object.assign(set, resolveProfileTags(fields.tags));
  if (fields.offers) set.offers = [...new Set(fields.offers)];
  if (fields.eligibleKinds) set.eligibleKinds = [...new Set(fields.eligibleKinds)];
  if (fields.eligibleAreas) set.eligibleAreas = [...new Set(fields.eligibleAreas)];
  if (fields.deadline || fields.timeZone) {
    const deadline = fields.deadline ?? call.deadline;
    const timeZone = fields.timeZone ?? call.timeZone;
    Object.assign(set, { deadline, timeZone, deadlineAt: deadlineAt(deadline, timeZone) });
  }
  const updated = await writeNextVersion(CallModel, call, set);
  return (await presentCalls(actor, [updated]))[0]!;
}

/** POST /api/calls/:id/status: draft → open → closed → awarded, and closed → open again. */
export async function changeCallStatus(actor: Actor, id: string, input: CallStatusInput): Promise<CallDto> {
  const call = await loadCallFor(actor, id);
  if (!canManage(call, actor)) throw forbidden('Only the poster can change this call');
  expectVersion(call, input.version);
  if (!NEXT_STATUSES[call.status].includes(input.status)) throw notAllowedInState(call.status);
  if (input.status === 'open' && call.deadlineAt.getTime() <= nowMs()) throw cannotApply('deadline_passed');
  const updated = await writeNextVersion(CallModel, call, { status: input.status });
  return (await presentCalls(actor, [updated]))[0]!;
}

const anyIn = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
  !wanted?.length || wanted.some((w) => have.includes(w));
/** A call open to any kind (or area) fits every filter value. */
const openTo = <T>(wanted: readonly T[] | undefined, eligible: readonly T[]) =>
  !wanted?.length || eligible.length === 0 || wanted.some((w) => eligible.includes(w));

function matchesText(call: CallRecord, q: string): boolean {
  const needle = q.toLowerCase();
  const texts = [call.title.ja, call.title.en, call.challenge.ja, call.challenge.en, ...call.tags];
  return texts.some((t) => t?.toLowerCase().includes(needle));
}

/** GET /api/calls: open calls (soonest deadline first), the actor's own, or (admins) all of them. */
export async function listCalls(actor: Actor, query: CallsQuery): Promise<CallPageDto> {
  if (query.scope === 'all' && !actor.isAdmin) throw forbidden('Only admins can list every call');
  const offset = decodeOffset(query.cursor);
  const filter: Record<string, unknown> = {};
  if (query.scope === 'open') filter.status = 'open';
  if (query.scope === 'mine') filter.posterUserId = oid(actor.userId);
  const rows = await CallModel.find(filter).sort({ _id: -1 }).limit(MAX_SCAN).lean<CallRecord[]>();
  const at = nowMs();
  const tags = query.tag ? resolveTagFilter(query.tag) : undefined;
  const q = query.q?.trim();
  const matching = rows
    .filter((c) => c.status !== 'draft' || isPoster(c, actor) || (query.scope === 'all' && actor.isAdmin))
    .filter((c) => query.scope !== 'open' || c.deadlineAt.getTime() > at)
    .filter((c) => !q || matchesText(c, q))
    .filter((c) => anyIn(tags, c.tags) && anyIn(query.offers, c.offers))
    .filter((c) => openTo(query.kind, c.eligibleKinds) && openTo(query.area, c.eligibleAreas));
  if (query.scope === 'open') {
    matching.sort(
      (a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime() || (a._id.toString() < b._id.toString() ? -1 : 1),
    );
  }
  const { page, nextCursor } = pageOf(matching, offset, query.limit);
  return { items: await presentCalls(actor, page), nextCursor };
}
