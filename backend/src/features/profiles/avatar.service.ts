import { createHash } from 'node:crypto';
import { retryOnDuplicateKey } from '../../db/unique';
import { PROFILE_LIMITS } from '@musubi/shared';
import { AppError, notFound } from '../../http/errors';
import { deleteAvatarOf, forgetAvatarEtag, rememberAvatarEtag } from './avatar-etags';
import { AvatarModel } from './avatar.model';
import { ProfileModel } from './profile.model';
import { findVisibleProfile, getMyProfile, type LoadedProfile } from './profiles.service';
import { renderInitialsAvatar } from './initials-avatar';
import type { Viewer } from './viewer';

export type AvatarContentType = 'image/png' | 'image/jpeg' | 'image/webp';

const unsupportedImage = () =>
  new AppError(415, 'unsupported_media_type', 'Upload a PNG, JPEG or WebP image', {
    accepted: ['image/png', 'image/jpeg', 'image/webp'],
  });
const imageTooLarge = () =>
  new AppError(413, 'payload_too_large', 'The image is too large', { maxBytes: PROFILE_LIMITS.avatarMaxBytes });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The image type by its magic bytes; what the client declared does not count. */
export function detectImageType(bytes: Buffer): AvatarContentType | null {
  if (bytes.subarray(0, 8).equals(PNG)) return 'image/png';
  if (bytes.subarray(0, 3).equals(JPEG)) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

const etagOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('base64url').slice(0, 22);

/**
 * Stores the signed-in user's picture (the body as received by the raw parser) in `avatars`.
 * Leaves the profile document and its version alone: a picture change must not make an open edit
 * form stale, nor race with a profile edit.
 */
export async function setMyAvatar(userId: string, body: unknown): Promise<LoadedProfile> {
  if (!Buffer.isBuffer(body)) throw unsupportedImage();
  if (body.length > PROFILE_LIMITS.avatarMaxBytes) throw imageTooLarge();
  const contentType = detectImageType(body);
  if (!contentType) throw unsupportedImage();
  const { profile } = await getMyProfile(userId);
  const avatar = { etag: etagOf(body), contentType, size: body.length, data: body };
  try {
    // Two first uploads racing: one inserts, the other then replaces it.
    await retryOnDuplicateKey(() => AvatarModel.updateOne({ _id: profile._id }, { $set: avatar }, { upsert: true }));
    rememberAvatarEtag(profile._id, avatar.etag);
    if (!(await ProfileModel.exists({ _id: profile._id }))) {
      // The profile was deleted meanwhile: do not leave its picture behind.
      await AvatarModel.deleteOne({ _id: profile._id });
      rememberAvatarEtag(profile._id, null);
      throw notFound('Profile');
    }
  } catch (err) {
    if (!(err instanceof AppError)) forgetAvatarEtag(profile._id);
    throw err;
  }
  return { profile, avatarEtag: avatar.etag };
}

/** Removes the signed-in user's picture; the initials avatar is shown again. */
export async function deleteMyAvatar(userId: string): Promise<LoadedProfile> {
  const { profile } = await getMyProfile(userId);
  await deleteAvatarOf(profile._id);
  return { profile, avatarEtag: null };
}

export interface AvatarImage {
  body: Buffer;
  contentType: AvatarContentType | 'image/svg+xml';
  etag: string;
}

/** The picture of a profile the viewer may see (same 404s as the profile), or its initials SVG. */
export async function getAvatarForViewer(profileId: string, viewer: Viewer): Promise<AvatarImage> {
  const profile = await findVisibleProfile(profileId, viewer);
  // Hydrated rather than lean: lean gives a BSON Binary, the document a Buffer.
  const stored = await AvatarModel.findById(profile._id);
  if (stored) return { body: stored.data, contentType: stored.contentType as AvatarContentType, etag: stored.etag };
  const svg = renderInitialsAvatar(profile._id.toString(), profile.name);
  return { body: Buffer.from(svg, 'utf8'), contentType: 'image/svg+xml', etag: etagOf(svg) };
}
