import type { Viewer } from './viewer';

/** Answers whether `viewerUserId` may see the private contact details of `ownerUserId`'s profile. */
export type ContactAccessCheck = (viewerUserId: string, ownerUserId: string) => Promise<boolean>;

const checks = new Set<ContactAccessCheck>();

/**
 * Lets another feature grant access to contact details (meetings: "has an accepted meeting";
 * chat: "has an active conversation"). Any check saying yes is enough. Returns an unregister
 * function.
 */
export function registerContactAccessCheck(check: ContactAccessCheck): () => void {
  checks.add(check);
  return () => {
    checks.delete(check);
  };
}

/** Owner and admins always; other signed-in viewers when a registered check says yes. */
export async function canSeeContact(viewer: Viewer, ownerUserId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isAdmin || viewer.userId === ownerUserId) return true;
  for (const check of checks) {
    if (await check(viewer.userId, ownerUserId)) return true;
  }
  return false;
}
