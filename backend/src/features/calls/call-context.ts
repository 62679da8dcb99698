import { Types, trusted } from 'mongoose';
import { OBJECT_ID_PATTERN, type CallDto, type Language, type ProfileCardDto, type ProfileDto } from '@musubi/shared';
import { notFound } from '../../http/errors';
import type { SessionContext } from '../accounts';
import { UserModel } from '../accounts';
import {
  avatarEtagsOf,
  canViewProfile,
  presentProfile,
  presentProfileCard,
  ProfileModel,
  type ProfileRecord,
} from '../profiles';
import { ApplicationModel, CallModel, type ApplicationRecord, type CallRecord } from './call.model';
import type { CannotApplyReason } from './call-errors';
import { nowMs } from './clock';
import { presentCall } from './calls.presenter';
import { recordSourceText } from '../matching';

/** The signed-in member acting on calls, with their profile (if any). */
export interface Actor {
  userId: string;
  displayName: string;
  isAdmin: boolean;
  canPost: boolean;
  language: Language;
  profile: ProfileRecord | null;
}

export const oid = (id: string) => new Types.ObjectId(id);

/** The acting member; `profileIdOfUser` (the matching index's map) saves a scan of profiles by userId. */
export async function actorOf(
  auth: SessionContext,
  profileIdOfUser: (userId: string) => string | undefined = () => undefined,
): Promise<Actor> {
  const { user } = auth;
  const known = profileIdOfUser(user._id.toString());
  const byId = known ? await ProfileModel.findById(known, { contact: 0 }).lean<ProfileRecord>() : null;
  const profile =
    byId && byId.userId.equals(user._id)
      ? byId
      : await ProfileModel.findOne({ userId: user._id }, { contact: 0 }).lean<ProfileRecord>();
  const role = user.role as string;
  return {
    userId: user._id.toString(),
    displayName: user.displayName,
    isAdmin: role === 'admin',
    canPost: role === 'admin' || role === 'organiser' || profile?.kind === 'corporate',
    language: user.language as Language,
    profile,
  };
}

export const viewerOf = (actor: Actor) => ({ userId: actor.userId, isAdmin: actor.isAdmin });
export const isPoster = (call: CallRecord, actor: Actor) => call.posterUserId.toString() === actor.userId;
export const canManage = (call: CallRecord, actor: Actor) => isPoster(call, actor) || actor.isAdmin;

/** A call the actor may see: drafts only for the poster and admins; anything else is the same 404. */
export async function loadCallFor(actor: Actor, id: string): Promise<CallRecord> {
  if (!OBJECT_ID_PATTERN.test(id)) throw notFound('Call');
  const call = await CallModel.findById(id).lean<CallRecord>();
  if (!call || (call.status === 'draft' && !canManage(call, actor))) throw notFound('Call');
  return call;
}

/** A call only its poster (and admins) may manage; for anyone else it does not exist. */
export async function loadManagedCall(actor: Actor, id: string): Promise<CallRecord> {
  const call = await loadCallFor(actor, id);
  if (!canManage(call, actor)) throw notFound('Call');
  return call;
}

export function isEligible(call: CallRecord, profile: Pick<ProfileRecord, 'kind' | 'location'>): boolean {
  return (
    (call.eligibleKinds.length === 0 || call.eligibleKinds.includes(profile.kind)) &&
    (call.eligibleAreas.length === 0 || call.eligibleAreas.includes(profile.location.area))
  );
}

/** Why the actor cannot apply now, or null when they can. */
export function cannotApplyReason(
  call: CallRecord,
  actor: Actor,
  own: ApplicationRecord | null,
  at = nowMs(),
): CannotApplyReason | null {
  if (isPoster(call, actor)) return 'own_call';
  if (!actor.profile) return 'profile_required';
  if (call.status !== 'open') return 'closed';
  if (at >= call.deadlineAt.getTime()) return 'deadline_passed';
  if (!isEligible(call, actor.profile)) return 'not_eligible';
  if (own && own.status !== 'withdrawn') return 'already_applied';
  return null;
}

/** The records of `ids` that `actor` may see (hidden or unseen ones left out unless `revealed`), with picture ETags. */
async function visibleRecords(actor: Actor, ids: Iterable<string>, revealed: boolean) {
  const unique = [...new Set(ids)];
  const docs = (
    await Promise.all(unique.map((id) => ProfileModel.findById(id, { contact: 0 }).lean<ProfileRecord>()))
  ).filter((d): d is ProfileRecord => d !== null);
  const viewer = viewerOf(actor);
  const etags = await avatarEtagsOf(docs.map((d) => d._id));
  const visible = docs.filter((doc) => {
    const isOwn = doc.userId.toString() === actor.userId;
    return revealed || isOwn || actor.isAdmin || (canViewProfile(doc, viewer) && doc.visibility !== 'hidden');
  });
  return { viewer, etagOf: (doc: ProfileRecord) => etags.get(doc._id.toString()) ?? null, visible };
}

/**
 * Profiles as `actor` may see them (never contact details), by id; hidden or unseen ones are left
 * out unless `revealed` (an applicant shows their profile to the poster by applying).
 */
export async function loadProfiles(
  actor: Actor,
  ids: Iterable<string>,
  revealed = false,
): Promise<Map<string, ProfileDto>> {
  const { viewer, etagOf, visible } = await visibleRecords(actor, ids, revealed);
  return new Map(
    visible.map((doc) => [
      doc._id.toString(),
      presentProfile(doc, viewer, { canSeeContact: false, avatarEtag: etagOf(doc) }),
    ]),
  );
}

/** As `loadProfiles`, as cards for a list (see `ProfileCardDto`). */
export async function loadProfileCards(
  actor: Actor,
  ids: Iterable<string>,
): Promise<Map<string, { card: ProfileCardDto; source: string }>> {
  const { etagOf, visible } = await visibleRecords(actor, ids, false);
  return new Map(
    visible.map((doc) => [
      doc._id.toString(),
      { card: presentProfileCard(doc, etagOf(doc)), source: recordSourceText(doc) },
    ]),
  );
}

/** Presents calls for one actor, loading posters, counts and the actor's own applications once. */
export async function presentCalls(actor: Actor, calls: CallRecord[]): Promise<CallDto[]> {
  if (calls.length === 0) return [];
  const ids = calls.map((c) => c._id);
  const applications = await ApplicationModel.find(
    { callId: trusted({ $in: ids }) },
    { callId: 1, profileId: 1, status: 1, version: 1 },
  ).lean<ApplicationRecord[]>();
  const counts = new Map<string, number>();
  const mine = new Map<string, ApplicationRecord>();
  const myProfileId = actor.profile?._id.toString();
  for (const a of applications) {
    const callId = a.callId.toString();
    if (a.status !== 'withdrawn') counts.set(callId, (counts.get(callId) ?? 0) + 1);
    if (a.profileId.toString() === myProfileId) mine.set(callId, a);
  }
  const posterIds = [...new Set(calls.map((c) => c.posterUserId.toString()))];
  const users = await Promise.all(posterIds.map((id) => UserModel.findById(id, { displayName: 1 }).lean()));
  const names = new Map(posterIds.map((id, i) => [id, users[i]?.displayName ?? 'Deleted member']));
  const profiles = await loadProfiles(
    actor,
    calls.flatMap((c) => (c.posterProfileId ? [c.posterProfileId.toString()] : [])),
  );
  const at = nowMs();
  return calls.map((call) => {
    const own = mine.get(call._id.toString()) ?? null;
    return presentCall(call, {
      poster: {
        userId: call.posterUserId.toString(),
        displayName: names.get(call.posterUserId.toString())!,
        profile: call.posterProfileId ? (profiles.get(call.posterProfileId.toString()) ?? null) : null,
      },
      applicationCount: counts.get(call._id.toString()) ?? 0,
      isPoster: isPoster(call, actor),
      own,
      cannotApplyReason: cannotApplyReason(call, actor, own, at),
    });
  });
}
