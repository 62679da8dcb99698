import type { Visibility } from '@musubi/shared';
import type { SessionContext } from '../accounts';

/** Who is looking: null for an anonymous visitor. */
export type Viewer = { userId: string; isAdmin: boolean } | null;

export function viewerFromSession(auth: SessionContext | undefined): Viewer {
  if (!auth) return null;
  return { userId: auth.user._id.toString(), isAdmin: auth.user.role === 'admin' };
}

/** The visibilities a viewer may list in the directory (hidden profiles only for admins). */
export function listableVisibilities(viewer: Viewer): Visibility[] {
  if (!viewer) return ['public'];
  return viewer.isAdmin ? ['public', 'members', 'hidden'] : ['public', 'members'];
}

/** Whether a viewer may open one profile: its owner and admins always may. */
export function canViewProfile(profile: { userId: { toString(): string }; visibility: Visibility }, viewer: Viewer) {
  if (profile.visibility === 'public') return true;
  if (!viewer) return false;
  if (viewer.isAdmin || viewer.userId === profile.userId.toString()) return true;
  return profile.visibility === 'members';
}
