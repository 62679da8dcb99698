import { retryOnDuplicateKey } from '../../db/unique';
import type { ProfileDraftInput } from '@musubi/shared';
import { notFound } from '../../http/errors';
import { ProfileDraftModel, type ProfileDraftRecord } from './draft.model';
import { toUserObjectId } from './profiles.service';

/** The saved onboarding progress, or 404 when there is none (the wizard starts afresh). */
export async function getMyDraft(userId: string): Promise<ProfileDraftRecord> {
  const draft = await ProfileDraftModel.findOne({ userId: toUserObjectId(userId) }).lean<ProfileDraftRecord>();
  if (!draft) throw notFound('Draft');
  return draft;
}

/** Saves the wizard's progress, replacing the previous save (last write wins: it is one person's). */
export async function saveMyDraft(userId: string, input: ProfileDraftInput): Promise<ProfileDraftRecord> {
  const upsert = () =>
    ProfileDraftModel.findOneAndUpdate(
      { userId: toUserObjectId(userId) },
      { $set: { step: input.step, data: input.data } },
      { upsert: true, returnDocument: 'after' },
    ).lean<ProfileDraftRecord>();
  // Two first saves racing: the unique index lets one insert; the other then updates it.
  return (await retryOnDuplicateKey(upsert))!;
}

export async function deleteMyDraft(userId: string): Promise<void> {
  await ProfileDraftModel.deleteOne({ userId: toUserObjectId(userId) });
}
