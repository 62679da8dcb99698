import { Types, trusted } from 'mongoose';
import { JOINED_STATUSES, type NotificationDto, type ParticipantStatus, type ProfileDto } from '@musubi/shared';
import { conflict } from '../../http/errors';
import { UserModel } from '../accounts';
import {
  avatarEtagsOf,
  canViewProfile,
  presentProfile,
  ProfileModel,
  type ProfileRecord,
  type Viewer,
} from '../profiles';
import type { EventRecord } from './event.model';

/** Loads profiles by id (never their contact details): one `_id` lookup each, in parallel. */
export async function loadProfiles(ids: Iterable<string>): Promise<Map<string, ProfileRecord>> {
  const unique = [...new Set(ids)];
  const docs = await Promise.all(unique.map((id) => ProfileModel.findById(id, { contact: 0 }).lean<ProfileRecord>()));
  return new Map(docs.filter((d): d is ProfileRecord => d !== null).map((d) => [d._id.toString(), d]));
}

/** Whether a registration's status means the member joined the event or accepted its invitation. */
export const hasJoined = (status: ParticipantStatus | null | undefined) =>
  !!status && (JOINED_STATUSES as readonly string[]).includes(status);

/**
 * The one rule for showing a profile anywhere in an event (participants, CSV, pairs, agenda,
 * dashboard): its owner and admins always; the event's organisers once the member joined or
 * accepted an invitation (`joined`); everyone else only what members may see: never a hidden
 * profile, members-only ones when signed in. Callers list only members who joined: open and
 * declined invitations are shown to no one but the invited member (an organiser must not learn
 * whether an import reached an account before the member accepts).
 */
export function mayShowEventProfile(
  doc: Pick<ProfileRecord, 'userId' | 'visibility'>,
  viewer: Viewer,
  { organiser, joined }: { organiser: boolean; joined: boolean },
): boolean {
  if (organiser && joined) return true;
  if (viewer && (viewer.isAdmin || viewer.userId === doc.userId.toString())) return true;
  return doc.visibility !== 'hidden' && canViewProfile(doc, viewer);
}

/**
 * For approved participants of an event (members who joined): whether two of them may see each
 * other's profiles under the rule, both ways. Only such members are paired or introduced, since an
 * introduction shows each to the other by name. One query for the members' roles (admins see all).
 */
export async function seeEachOther(
  event: Pick<EventRecord, 'organiserIds'>,
  docs: Iterable<Pick<ProfileRecord, 'userId' | 'visibility'>>,
): Promise<
  (a: Pick<ProfileRecord, 'userId' | 'visibility'>, b: Pick<ProfileRecord, 'userId' | 'visibility'>) => boolean
> {
  const userIds = [...new Set([...docs].map((d) => d.userId.toString()))];
  const admins = new Set(
    (
      await UserModel.find(
        { _id: trusted({ $in: userIds.map((id) => new Types.ObjectId(id)) }), role: 'admin' },
        { _id: 1 },
      ).lean()
    ).map((u) => u._id.toString()),
  );
  const organisers = new Set(event.organiserIds.map(String));
  const sees = (viewer: Pick<ProfileRecord, 'userId'>, doc: Pick<ProfileRecord, 'userId' | 'visibility'>) => {
    const userId = viewer.userId.toString();
    return mayShowEventProfile(
      doc,
      { userId, isAdmin: admins.has(userId) },
      { organiser: organisers.has(userId), joined: true },
    );
  };
  return (a, b) => sees(a, b) && sees(b, a);
}

/** 409 `profile_hidden` unless the two approved participants may see each other's profiles. */
export async function assertSeeEachOther(
  event: Pick<EventRecord, 'organiserIds'>,
  a: Pick<ProfileRecord, 'userId' | 'visibility'>,
  b: Pick<ProfileRecord, 'userId' | 'visibility'>,
): Promise<void> {
  if (!(await seeEachOther(event, [a, b]))(a, b)) {
    throw conflict("These two cannot see each other's profiles, so they cannot be paired or introduced", {
      reason: 'profile_hidden',
    });
  }
}

/**
 * Presents the profiles the rule lets the viewer see (`joined` says, per profile id, whether that
 * member joined), without contact details (events never reveal them); the others are left out.
 */
export async function presentProfiles(
  docs: ProfileRecord[],
  viewer: Viewer,
  { organiser, joined }: { organiser: boolean; joined: (profileId: string) => boolean },
): Promise<Map<string, ProfileDto>> {
  const shown = docs.filter((d) => mayShowEventProfile(d, viewer, { organiser, joined: joined(d._id.toString()) }));
  const etags = await avatarEtagsOf(shown.map((d) => d._id));
  return new Map(
    shown.map((d) => {
      const id = d._id.toString();
      return [id, presentProfile(d, viewer, { canSeeContact: false, avatarEtag: etags.get(id) ?? null })];
    }),
  );
}

/** A profile's name in a language, falling back to the other one. */
export const nameOf = (p: Pick<ProfileRecord, 'name'>, lang: 'ja' | 'en' = 'en') =>
  (lang === 'ja' ? (p.name.ja ?? p.name.en) : (p.name.en ?? p.name.ja)) ?? '';

/** The organiser acting, as notifications show them. */
export async function actorOfUser(userId: string): Promise<NonNullable<NotificationDto['actor']>> {
  const user = await UserModel.findById(new Types.ObjectId(userId), { displayName: 1 }).lean();
  return { userId, displayName: user?.displayName ?? '', profileId: null, avatarUrl: null };
}
