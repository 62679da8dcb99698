import type { Visibility } from '@musubi/shared';
import type { SessionContext } from '../accounts';

/**
 * Who is looking: null for an anonymous visitor. `organises`: the account holds the organiser role
 * (or is an admin) now, so organiser powers on events need the role as well as a place among the
 * event's organisers: revoking the role ends them (absent = no organiser powers).
 */
export type Viewer = { userId: string; isAdmin: boolean; organises?: boolean } | null;

export function viewerFromSession(auth: SessionContext | undefined): Viewer {
  if (!auth) return null;
  const { role } = auth.user;
  return {
    userId: auth.user._id.toString(),
    isAdmin: role === 'admin',
    organises: role === 'organiser' || role === 'admin',
  };
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
