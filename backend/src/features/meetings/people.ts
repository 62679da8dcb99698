import { Types } from 'mongoose';
import type { MeetingParticipantDto, NotificationDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import { ProfileModel, avatarEtagsOf, avatarUrlOf, type ProfileRecord } from '../profiles';

export interface Person {
  userId: string;
  displayName: string;
  timeZone: string;
  profile: ProfileRecord | null;
  avatarUrl: string | null;
}

/** Shown for an account that no longer exists. */
const DELETED = { displayName: 'Deleted member', timeZone: 'UTC' };

/** Shown to a member in place of someone who blocked them: no name, profile or picture. */
const NEUTRAL_NAME = { ja: 'Musubiメンバー', en: 'Musubi member' } as const;

/** `people` as `viewer` may see them: those in `blockers` become a neutral "Musubi member". */
export function neutralised(
  people: Map<string, Person>,
  blockers: Set<string>,
  language: 'ja' | 'en',
): Map<string, Person> {
  if (blockers.size === 0) return people;
  return new Map(
    [...people].map(([id, p]) => [
      id,
      blockers.has(id) ? { ...p, displayName: NEUTRAL_NAME[language], profile: null, avatarUrl: null } : p,
    ]),
  );
}

/** Loads the people behind user ids (account name and zone, profile, picture), one lookup per person. */
export async function loadPeople(userIds: Iterable<string>): Promise<Map<string, Person>> {
  const ids = [...new Set(userIds)];
  const people = await Promise.all(
    ids.map(async (userId): Promise<Person> => {
      const oid = new Types.ObjectId(userId);
      const [user, profile] = await Promise.all([
        UserModel.findById(oid, { displayName: 1, timeZone: 1 }).lean(),
        ProfileModel.findOne({ userId: oid }).lean<ProfileRecord>(),
      ]);
      const etags = profile ? await avatarEtagsOf([profile._id]) : new Map<string, string>();
      return {
        userId,
        displayName: user?.displayName ?? DELETED.displayName,
        timeZone: user?.timeZone ?? DELETED.timeZone,
        profile: profile ?? null,
        avatarUrl: profile ? avatarUrlOf(profile, etags.get(profile._id.toString()) ?? null) : null,
      };
    }),
  );
  return new Map(people.map((p) => [p.userId, p]));
}

export function participantOf(p: Person): MeetingParticipantDto {
  return {
    userId: p.userId,
    profileId: p.profile?._id.toString() ?? null,
    displayName: p.displayName,
    kind: p.profile?.kind ?? null,
    avatarUrl: p.avatarUrl,
    timeZone: p.timeZone,
  };
}

export function actorOf(p: Person): NonNullable<NotificationDto['actor']> {
  return {
    userId: p.userId,
    displayName: p.displayName,
    profileId: p.profile?._id.toString() ?? null,
    avatarUrl: p.avatarUrl,
  };
}
