import { wallClockToInstant } from './deadline';

const iso = (date: string, time: string, zone: string) => wallClockToInstant(date, time, zone).toISOString();

describe('a deadline read on the wall clock of its zone', () => {
  it('is nine hours ahead of UTC in Tokyo, all year', () => {
    expect(iso('2026-03-31', '23:59', 'Asia/Tokyo')).toBe('2026-03-31T14:59:00.000Z');
    expect(iso('2026-08-01', '00:00', 'Asia/Tokyo')).toBe('2026-07-31T15:00:00.000Z');
  });

  it('follows summer and winter time in Berlin', () => {
    expect(iso('2026-01-15', '12:00', 'Europe/Berlin')).toBe('2026-01-15T11:00:00.000Z');
    expect(iso('2026-07-15', '12:00', 'Europe/Berlin')).toBe('2026-07-15T10:00:00.000Z');
  });

  it('moves a time that does not exist (spring forward) on by the gap', () => {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 is read as 03:30 CEST.
    expect(iso('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-03-29', '01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29', '03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier of a time that happens twice (fall back)', () => {
    // 2026-10-25 03:00 CEST goes back to 02:00 CET: 02:30 happens at 00:30Z and at 01:30Z.
    expect(iso('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-10-25', '03:30', 'Europe/Berlin')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('handles New York and a zone east of UTC by a fraction of an hour', () => {
    expect(iso('2026-03-08', '02:15', 'America/New_York')).toBe('2026-03-08T07:15:00.000Z');
    expect(iso('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(iso('2026-06-01', '23:59', 'Asia/Kolkata')).toBe('2026-06-01T18:29:00.000Z');
  });
});
