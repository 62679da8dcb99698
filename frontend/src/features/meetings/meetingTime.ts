/**
 * Time-zone arithmetic for meetings without a date library: the API speaks UTC, people pick and
 * read wall-clock times in their own zone (and see the other person's beside it).
 */

/** The zone if the browser knows it, otherwise undefined (the browser's own zone). */
export function safeZone(timeZone: string | undefined | null): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(utcMs: number, timeZone: string | undefined): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: safeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
function zoneOffsetMs(utcMs: number, timeZone: string | undefined): number {
  const w = wallClock(utcMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(utcMs / 60_000) * 60_000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-27" + "10:15" on the wall clock of `timeZone` → the UTC instant (null when unreadable). */
export function zonedToUtc(date: string, time: string, timeZone: string | undefined): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(guess)) return null;
  let utc = guess - zoneOffsetMs(guess, timeZone);
  // Around a DST change the offset at the result can differ from the one at the guess.
  const second = zoneOffsetMs(utc, timeZone);
  if (second !== zoneOffsetMs(guess, timeZone)) utc = guess - second;
  return new Date(utc);
}

/** The instant as date and time inputs show it in `timeZone`. */
export function utcToZoned(iso: string, timeZone: string | undefined): { date: string; time: string } {
  const w = wallClock(Date.parse(iso), timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A calendar day in `timeZone` (2026-11-27), to group an agenda by. */
export function dayKey(iso: string, timeZone: string | undefined): string {
  return utcToZoned(iso, timeZone).date;
}

export function formatDay(iso: string, language: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: safeZone(timeZone),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(iso));
}

export function formatTime(iso: string, language: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: safeZone(timeZone),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "Fri, Nov 27, 10:00–10:30" in `timeZone`. */
export function formatRange(start: string, end: string, language: string, timeZone: string | undefined): string {
  const day = new Intl.DateTimeFormat(language, {
    timeZone: safeZone(timeZone),
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(start));
  return `${day} ${formatTime(start, language, timeZone)}–${formatTime(end, language, timeZone)}`;
}

/** "Asia/Tokyo" → "Tokyo"; the full name stays in the title attribute where it is shown. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** Whether two zones show the same wall clock at that instant (then one line is enough). */
export function sameWallClock(iso: string, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const t = Date.parse(iso);
  return zoneOffsetMs(t, a) === zoneOffsetMs(t, b);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
