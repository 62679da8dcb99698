/**
 * Profile domain events, added to the app's event map. In-process listeners (the matching index)
 * react at once; other processes poll `profiles.updatedAt` and `profile_deletions.deletedAt`.
 */
declare module '../../events' {
  interface DomainEvents {
    /** A profile was created or replaced through PUT /api/profiles/me. */
    'profile.saved': { profileId: string; userId: string; version: number };
    /** A profile was deleted, by its owner or with the account. */
    'profile.deleted': { profileId: string; userId: string };
  }
}

export {};
