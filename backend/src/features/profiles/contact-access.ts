import type { Viewer } from './viewer';

/** Answers whether `viewerUserId` may see the private contact details of `ownerUserId`'s profile. */
export type ContactAccessCheck = (viewerUserId: string, ownerUserId: string) => Promise<boolean>;

/** Answers whether the two have closed contact (a block either way): it outweighs every grant. */
export type ContactBarrierCheck = (userId: string, otherUserId: string) => Promise<boolean>;

const checks = new Set<ContactAccessCheck>();
const barriers = new Set<ContactBarrierCheck>();

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

/**
 * Lets another feature close contact details between two people whatever else they share (chat:
 * "one blocked the other"). Any barrier saying yes closes them. Returns an unregister function.
 */
export function registerContactBarrier(check: ContactBarrierCheck): () => void {
  barriers.add(check);
  return () => {
    barriers.delete(check);
  };
}

/** Whether a registered barrier (a block either way) stands between the two. */
export async function contactClosed(userId: string, otherUserId: string): Promise<boolean> {
  for (const barrier of barriers) {
    if (await barrier(userId, otherUserId)) return true;
  }
  return false;
}

/** Owner and admins always; other signed-in viewers when no barrier stands and a registered check says yes. */
export async function canSeeContact(viewer: Viewer, ownerUserId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isAdmin || viewer.userId === ownerUserId) return true;
  if (await contactClosed(viewer.userId, ownerUserId)) return false;
  for (const check of checks) {
    if (await check(viewer.userId, ownerUserId)) return true;
  }
  return false;
}
