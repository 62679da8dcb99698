/**
 * The meetings feature's notion of "now". Tests move it (expiry, reminders, past meetings)
 * instead of sleeping; production never changes it.
 */
let source: () => number = () => Date.now();

export const now = (): Date => new Date(source());
export const nowMs = (): number => source();

/** Replaces the clock (tests); `null` restores the real one. */
export function setMeetingClock(next: (() => number) | null): void {
  source = next ?? (() => Date.now());
}
