/** The calls feature's notion of "now"; tests move it to the deadline instead of waiting. */
let source: () => number = () => Date.now();

export const nowMs = (): number => source();
export const now = (): Date => new Date(source());

/** Replaces the clock (tests); `null` restores the real one. */
export function setCallsClock(next: (() => number) | null): void {
  source = next ?? (() => Date.now());
}
