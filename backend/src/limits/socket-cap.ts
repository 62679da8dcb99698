/**
 * Concurrent sockets per member in this process. A plain counter: handshakes are counted
 * synchronously, so parallel handshakes cannot overshoot. With several processes each one applies
 * the cap to the sockets it holds.
 */
export class SocketCap {
  private readonly open = new Map<string, number>();

  constructor(readonly maxPerMember: number) {}

  /** Counts a new socket for `userId`; false (nothing counted) when the member is at the cap. */
  tryOpen(userId: string): boolean {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.maxPerMember) return false;
    this.open.set(userId, count + 1);
    return true;
  }

  closed(userId: string): void {
    const count = (this.open.get(userId) ?? 1) - 1;
    if (count > 0) this.open.set(userId, count);
    else this.open.delete(userId);
  }
}
