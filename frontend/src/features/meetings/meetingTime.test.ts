import { describe, expect, it } from 'vitest';
import { dayKey, formatRange, sameWallClock, utcToZoned, zonedToUtc } from './meetingTime';

describe('meeting time zones', () => {
  it('reads a wall-clock time in the given zone as the right UTC instant', () => {
    expect(zonedToUtc('2027-03-10', '10:00', 'Asia/Tokyo')?.toISOString()).toBe('2027-03-10T01:00:00.000Z');
    expect(zonedToUtc('2027-01-15', '10:00', 'Europe/Berlin')?.toISOString()).toBe('2027-01-15T09:00:00.000Z');
    // Summer time in Berlin: UTC+2.
    expect(zonedToUtc('2027-07-15', '10:00', 'Europe/Berlin')?.toISOString()).toBe('2027-07-15T08:00:00.000Z');
    expect(zonedToUtc('2027-03-10', '', 'Asia/Tokyo')).toBeNull();
  });

  it('on the day Berlin moves its clocks, the morning after the change uses the new offset', () => {
    // 2027-03-28 02:00 → 03:00 in Berlin.
    expect(zonedToUtc('2027-03-28', '01:00', 'Europe/Berlin')?.toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(zonedToUtc('2027-03-28', '09:00', 'Europe/Berlin')?.toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('shows an instant as date and time inputs do, and groups by the local day', () => {
    expect(utcToZoned('2027-03-10T16:30:00.000Z', 'Asia/Tokyo')).toEqual({ date: '2027-03-11', time: '01:30' });
    expect(dayKey('2027-03-10T16:30:00.000Z', 'Europe/Berlin')).toBe('2027-03-10');
  });

  it('formats a range with a 24-hour clock and tells when two zones read the same', () => {
    expect(formatRange('2027-03-10T01:00:00.000Z', '2027-03-10T01:30:00.000Z', 'en', 'Asia/Tokyo')).toBe(
      'Wed, Mar 10 10:00–10:30',
    );
    expect(sameWallClock('2027-03-10T01:00:00.000Z', 'Asia/Tokyo', 'Asia/Seoul')).toBe(true);
    expect(sameWallClock('2027-03-10T01:00:00.000Z', 'Asia/Tokyo', 'Europe/Berlin')).toBe(false);
  });
});
