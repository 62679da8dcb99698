import { MEETING_LIMITS } from '@musubi/shared';
import { wallClockAt } from '../../time-zones';

export const BLOCK_MS = MEETING_LIMITS.blockMinutes * 60_000;

/** The wall-clock weekday (0 = Sunday) and minute of the day of a UTC instant in `timeZone`. */
export function wallClock(ms: number, timeZone: string): { weekday: number; minute: number } {
  const { weekday, hour, minute } = wallClockAt(ms, timeZone);
  return { weekday, minute: hour * 60 + minute };
}

export interface WeeklyRules {
  timeZone: string;
  rules: ReadonlyArray<{ weekday: number; start: string; end: string }>;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether every 15-minute block of [start, start + duration) lies inside a rule, read on the wall
 * clock of the rules' zone. Checking block by block keeps it right across DST changes: on a
 * spring-forward night 01:45 is followed by 03:00, on a fall-back night 02:00–03:00 happens twice.
 */
export function withinRules(startMs: number, durationMinutes: number, weekly: WeeklyRules): boolean {
  for (let t = startMs; t < startMs + durationMinutes * 60_000; t += BLOCK_MS) {
    const { weekday, minute } = wallClock(t, weekly.timeZone);
    const inside = weekly.rules.some(
      (r) =>
        r.weekday === weekday &&
        minutesOf(r.start) <= minute &&
        minute + MEETING_LIMITS.blockMinutes <= minutesOf(r.end),
    );
    if (!inside) return false;
  }
  return true;
}

export const ceilToBlock = (ms: number) => Math.ceil(ms / BLOCK_MS) * BLOCK_MS;

/** The block starts covering [startMs, endMs). */
export function blockStarts(startMs: number, endMs: number): number[] {
  const out: number[] = [];
  for (let t = startMs; t < endMs; t += BLOCK_MS) out.push(t);
  return out;
}
