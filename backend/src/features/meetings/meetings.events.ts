/** Meeting domain events: the service emits them, the realtime module tells the participants' sockets. */
declare module '../../events' {
  interface DomainEvents {
    /** A meeting changed (any transition); `userIds` are both participants. */
    'meeting.updated': { meetingId: string; version: number; userIds: string[] };
  }
}

export {};
