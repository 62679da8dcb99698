import { wallClockAt } from '../../time-zones';

/** How far `timeZone`'s wall clock is ahead of UTC at instant `ms` (in ms, whole seconds). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const c = wallClockAt(ms, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The instant of a wall-clock date and time in `timeZone`, as RFC 5545 and Temporal's "compatible"
 * mode read it: a time that happens twice (clocks turned back) is the earlier one; a time that does
 * not exist (clocks turned forward) is read with the offset from before the gap, i.e. moved forward
 * by the gap (02:30 on Berlin's spring-forward night is 03:30 CEST).
 */
export function wallClockToInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(y, m - 1, d, hh, mm);
  const before = zoneOffsetMs(local - DAY_MS, timeZone);
  const after = zoneOffsetMs(local + DAY_MS, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((instant) => instant + zoneOffsetMs(instant, timeZone) === local);
  return new Date(valid.length ? Math.min(...valid) : local - before);
}
