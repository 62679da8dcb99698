import { Types } from 'mongoose';
import type { NotificationDto, ProfileDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import { avatarEtagsOf, presentProfile, ProfileModel, type ProfileRecord, type Viewer } from '../profiles';

/** Loads profiles by id (never their contact details): one `_id` lookup each, in parallel. */
export async function loadProfiles(ids: Iterable<string>): Promise<Map<string, ProfileRecord>> {
  const unique = [...new Set(ids)];
  const docs = await Promise.all(unique.map((id) => ProfileModel.findById(id, { contact: 0 }).lean<ProfileRecord>()));
  return new Map(docs.filter((d): d is ProfileRecord => d !== null).map((d) => [d._id.toString(), d]));
}

/** Presents profiles for a viewer, without contact details (events never reveal them). */
export async function presentProfiles(docs: ProfileRecord[], viewer: Viewer): Promise<Map<string, ProfileDto>> {
  const etags = await avatarEtagsOf(docs.map((d) => d._id));
  return new Map(
    docs.map((d) => {
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
