import type { ScheduleInput, ScheduledMeeting } from './types';

/**
 * Every way `meetings` breaks the rules of `input` (empty when valid). Independent of the optimiser's
 * data structures, so tests and the benchmark can use it as a referee. Checks: known participants,
 * rounds 1..R and tables 1..T (integers), both attend the round, nobody twice in a round, each table
 * once per round, at most M meetings each, each pair at most once, only candidate pairs (approved, or
 * suggested when fillWithSuggestions is on) or locked ones, and every locked meeting exactly as locked.
 */
export function validateSchedule(
  input: ScheduleInput,
  schedule: { meetings: readonly ScheduledMeeting[] } | readonly ScheduledMeeting[],
): string[] {
  const meetings: readonly ScheduledMeeting[] = 'meetings' in schedule ? schedule.meetings : schedule;
  const violations: string[] = [];
  const { rounds, tablesPerRound, maxMeetingsPerPerson } = input;
  const availability = new Map(input.participants.map((p) => [p.id, p.available]));
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const allowed = new Set<string>();
  for (const p of input.pairs) if (p.approved || input.fillWithSuggestions === true) allowed.add(key(p.a, p.b));
  for (const m of input.locked ?? []) allowed.add(key(m.a, m.b));

  const seats = new Set<string>();
  const tables = new Set<string>();
  const pairs = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of meetings) {
    const what = `meeting ${m.a}–${m.b} (round ${m.round}, table ${m.table})`;
    if (m.a === m.b) violations.push(`${what}: a participant meets themselves`);
    if (!Number.isInteger(m.round) || m.round < 1 || m.round > rounds) {
      violations.push(`${what}: round out of 1..${rounds}`);
    }
    if (!Number.isInteger(m.table) || m.table < 1 || m.table > tablesPerRound) {
      violations.push(`${what}: table out of 1..${tablesPerRound}`);
    }
    const pair = key(m.a, m.b);
    if (!allowed.has(pair)) violations.push(`${what}: not an allowed pair`);
    if (pairs.has(pair)) violations.push(`${what}: the pair meets more than once`);
    pairs.add(pair);
    const table = `${m.round}/${m.table}`;
    if (tables.has(table)) violations.push(`${what}: table already used in that round`);
    tables.add(table);
    for (const p of [m.a, m.b]) {
      if (!availability.has(p)) {
        violations.push(`${what}: unknown participant ${p}`);
        continue;
      }
      if (availability.get(p)?.[m.round - 1] === false) violations.push(`${what}: ${p} is not available`);
      const seat = `${p}\u0000${m.round}`;
      if (seats.has(seat)) violations.push(`${what}: ${p} has two meetings in round ${m.round}`);
      seats.add(seat);
      const count = (counts.get(p) ?? 0) + 1;
      counts.set(p, count);
      if (count === maxMeetingsPerPerson + 1) violations.push(`${p} has more than ${maxMeetingsPerPerson} meetings`);
    }
  }
  for (const l of input.locked ?? []) {
    const kept = meetings.some(
      (m) => key(m.a, m.b) === key(l.a, l.b) && m.round === l.round && m.table === l.table && m.locked,
    );
    if (!kept) violations.push(`locked meeting ${l.a}–${l.b} (round ${l.round}, table ${l.table}) is missing`);
  }
  return violations;
}
