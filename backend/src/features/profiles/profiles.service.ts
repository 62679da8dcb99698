import { Types, type UpdateQuery } from 'mongoose';
import { isDuplicateKey } from '../../db/unique';
import type { LocalizedText, UpsertProfileData } from '@musubi/shared';
import { OBJECT_ID_PATTERN } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { notFound, versionConflict } from '../../http/errors';
import { avatarEtagOf, deleteAvatarOf } from './avatar-etags';
import { canSeeContact } from './contact-access';
import { ProfileDraftModel } from './draft.model';
import { ProfileDeletionModel } from './profile-deletion.model';
import { lockProfileVersion } from './profile-lock';
import { ProfileModel, type ProfileRecord } from './profile.model';
import { resolveProfileTags } from './profile-tags';
import { canViewProfile, type Viewer } from './viewer';
import './profile.events';

/** A profile with the ETag of its picture (null: none, the initials are shown). */
export interface LoadedProfile {
  profile: ProfileRecord;
  avatarEtag: string | null;
}

type StoredFields = Omit<ProfileRecord, '_id' | 'userId' | 'version' | 'createdAt' | 'updatedAt'>;

const dropEmpty = (t: LocalizedText): LocalizedText => ({
  ...(t.ja ? { ja: t.ja } : {}),
  ...(t.en ? { en: t.en } : {}),
});

/**
 * The validated input as stored: tags resolved to ids, details only for the profile's kind. Exported
 * for the matching evaluation, which must put its profiles through what a save does.
 */
export function toStoredFields(input: UpsertProfileData): StoredFields {
  const { tags, freeTags } = resolveProfileTags(input.tags);
  return {
    kind: input.kind,
    name: dropEmpty(input.name),
    headline: dropEmpty(input.headline),
    description: dropEmpty(input.description),
    tags,
    freeTags,
    offers: input.offers,
    seeks: input.seeks,
    location: input.location,
    languages: [...new Set(input.languages)],
    website: input.website,
    links: input.links,
    startup: input.kind === 'startup' ? input.startup : undefined,
    creator: input.kind === 'creator' ? input.creator : undefined,
    corporate: input.kind === 'corporate' ? input.corporate : undefined,
    contact: input.contact,
    visibility: input.visibility,
  };
}

export const toUserObjectId = (userId: string) => new Types.ObjectId(userId);

async function storedVersionOf(userId: Types.ObjectId): Promise<number> {
  const current = await ProfileModel.findOne({ userId }, { version: 1 }).lean();
  return current?.version ?? 0;
}

/**
 * Creates (input without a version, or version 0) or replaces (input version equal to the stored
 * one) the user's profile. A stale or missing base version is a 409 `version_conflict` carrying
 * the stored version (0 when there is no profile), so two edits from one version cannot both win.
 */
export async function upsertMyProfile(
  userId: string,
  input: UpsertProfileData,
  events: DomainEventBus,
): Promise<LoadedProfile & { created: boolean }> {
  const owner = toUserObjectId(userId);
  const fields = toStoredFields(input);
  const saved = input.version ? await replaceProfile(owner, input.version, fields) : await createProfile(owner, fields);
  const { _id, version } = saved.profile;
  events.emit('profile.saved', { profileId: _id.toString(), userId, version });
  return { ...saved, avatarEtag: saved.created ? null : await avatarEtagOf(_id) };
}

async function createProfile(owner: Types.ObjectId, fields: StoredFields) {
  try {
    const doc = await ProfileModel.create({ ...fields, userId: owner, version: 1 });
    return { profile: doc.toObject<ProfileRecord>(), created: true };
  } catch (err) {
    // The unique index on userId decides between racing creates.
    if (!isDuplicateKey(err)) throw err;
    throw versionConflict(await storedVersionOf(owner));
  }
}

async function replaceProfile(owner: Types.ObjectId, expected: number, fields: StoredFields) {
  const current = await ProfileModel.findOne({ userId: owner }, { version: 1 }).lean();
  if (!current || current.version !== expected) throw versionConflict(current?.version ?? 0);
  const release = await lockProfileVersion(current._id, expected);
  if (!release) throw versionConflict(await storedVersionOf(owner));
  try {
    // A replacement: absent optional fields (website, the other kinds' details) are removed.
    const $set: Partial<StoredFields> = {};
    const $unset: Record<string, 1> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) $unset[key] = 1;
      else Object.assign($set, { [key]: value });
    }
    const update: UpdateQuery<ProfileRecord> = { $set, $inc: { version: 1 } };
    if (Object.keys($unset).length) update.$unset = $unset;
    const updated = await ProfileModel.findOneAndUpdate({ _id: current._id, version: expected }, update, {
      returnDocument: 'after',
      runValidators: true,
    }).lean<ProfileRecord>();
    if (!updated) throw versionConflict(await storedVersionOf(owner));
    return { profile: updated, created: false };
  } finally {
    await release();
  }
}

/** The signed-in user's own profile, or 404 when they have not created one yet. */
export async function getMyProfile(userId: string): Promise<LoadedProfile> {
  const profile = await ProfileModel.findOne({ userId: toUserObjectId(userId) }).lean<ProfileRecord>();
  if (!profile) throw notFound('Profile');
  return { profile, avatarEtag: await avatarEtagOf(profile._id) };
}

/**
 * Loads a profile the viewer may see. Anything else (invalid id, missing, not visible to them)
 * is the same 404, so a profile's existence is never revealed.
 */
export async function findVisibleProfile(id: string, viewer: Viewer): Promise<ProfileRecord> {
  if (!OBJECT_ID_PATTERN.test(id.toLowerCase())) throw notFound('Profile');
  const profile = await ProfileModel.findById(id).lean<ProfileRecord>();
  if (!profile || !canViewProfile(profile, viewer)) throw notFound('Profile');
  return profile;
}

/** A profile as the viewer may see it, with the decision about contact details. */
export async function getProfileForViewer(
  id: string,
  viewer: Viewer,
): Promise<LoadedProfile & { canSeeContact: boolean }> {
  const profile = await findVisibleProfile(id, viewer);
  return {
    profile,
    canSeeContact: await canSeeContact(viewer, profile.userId.toString()),
    avatarEtag: await avatarEtagOf(profile._id),
  };
}

/** Removes a user's profile with its picture and onboarding draft, leaving a tombstone (idempotent). */
export async function deleteProfileOfUser(userId: string, events: DomainEventBus): Promise<void> {
  const owner = toUserObjectId(userId);
  // No projection: FerretDB v1 does not implement one on findAndModify.
  const profile = await ProfileModel.findOneAndDelete({ userId: owner }).lean();
  await ProfileDraftModel.deleteOne({ userId: owner });
  if (!profile) return;
  await deleteAvatarOf(profile._id);
  await ProfileDeletionModel.updateOne(
    { _id: profile._id },
    { $set: { userId: owner, deletedAt: new Date() } },
    { upsert: true },
  );
  events.emit('profile.deleted', { profileId: profile._id.toString(), userId });
}
