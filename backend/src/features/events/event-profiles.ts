import { Types } from 'mongoose';
import { JOINED_STATUSES, type NotificationDto, type ParticipantStatus, type ProfileDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import {
  avatarEtagsOf,
  canViewProfile,
  presentProfile,
  ProfileModel,
  type ProfileRecord,
  type Viewer,
} from '../profiles';

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
