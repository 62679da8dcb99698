/** Which of these users have a live socket; the realtime module provides it (across processes). */
export type PresenceLookup = (userIds: string[]) => Promise<Set<string>>;

let lookup: PresenceLookup = () => Promise.resolve(new Set());

export function setPresenceLookup(fn: PresenceLookup): void {
  lookup = fn;
}

export const onlineUsers = (userIds: string[]) =>
  userIds.length ? lookup(userIds) : Promise.resolve(new Set<string>());
