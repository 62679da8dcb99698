import {
  buildSchedule,
  type CandidatePair,
  type ScheduleInput,
  ScheduleInputError,
  type ScheduleResult,
  validateSchedule,
} from './index';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
const pair = (a: number, b: number, score: number, approved = true): CandidatePair => ({
  a: `p${a}`,
  b: `p${b}`,
  score,
  approved,
});
/** Every pair of n people, scores from a fixed formula. */
const complete = (n: number, approved = true): CandidatePair[] => {
  const out: CandidatePair[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) out.push(pair(a, b, ((a * 7 + b * 13) % 10) / 10, approved));
  return out;
};
const run = (input: ScheduleInput, options = {}): ScheduleResult => {
  // A generous time cap: the iteration cap stops the run, so it is reproducible even on a loaded machine.
  const result = buildSchedule(input, { seed: 3, maxIterations: 20000, timeBudgetMs: 60000, ...options });
  expect(validateSchedule(input, result)).toEqual([]);
  return result;
};
const roundsOf = (result: ScheduleResult, id: string) =>
  result.meetings.filter((m) => m.a === id || m.b === id).map((m) => m.round);

describe('buildSchedule: constraints', () => {
  const input: ScheduleInput = {
    participants: people(12),
    rounds: 4,
    tablesPerRound: 3,
    maxMeetingsPerPerson: 3,
    pairs: complete(12),
  };

  it('puts nobody twice in a round, uses tables 1..T once per round, and caps meetings per person', () => {
    const result = run(input);
    expect(result.meetings.length).toBe(12); // 4 rounds × 3 tables, and 12 people × 3 / 2 = 18 ≥ 12
    for (let r = 1; r <= 4; r++) {
      const round = result.meetings.filter((m) => m.round === r);
      expect(round.map((m) => m.table).sort()).toEqual([1, 2, 3]);
      const seated = round.flatMap((m) => [m.a, m.b]);
      expect(new Set(seated).size).toBe(seated.length);
    }
    for (const p of input.participants) expect(roundsOf(result, p.id).length).toBeLessThanOrEqual(3);
    const keys = result.meetings.map((m) => [m.a, m.b].sort().join('-'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('respects availability', () => {
    const participants = people(8).map((p, i) => ({
      ...p,
      available: [i % 2 === 0, true, i % 3 !== 0, i !== 5],
    }));
    const result = run({ ...input, participants, pairs: complete(8) });
    for (const m of result.meetings) {
      for (const id of [m.a, m.b]) expect(participants.find((p) => p.id === id)!.available[m.round - 1]).toBe(true);
    }
  });

  it('counts only the rounds someone attends towards their limit', () => {
    const participants = [{ id: 'p0', available: [true, false, false, false] }, ...people(6).slice(1)];
    const result = run({ ...input, participants, pairs: complete(6) });
    expect(roundsOf(result, 'p0')).toEqual([1]);
  });

  it('keeps locked meetings exactly, even against a better choice', () => {
    const locked = [
      { a: 'p0', b: 'p1', round: 2, table: 3 },
      { a: 'p2', b: 'p3', round: 1, table: 1 },
    ];
    const pairs = [pair(0, 1, 0.1), pair(2, 3, 0.05), pair(0, 2, 0.9), pair(1, 3, 0.9), pair(0, 3, 0.8)];
    const result = run({ ...input, locked, pairs });
    for (const l of locked) {
      expect(result.meetings).toContainEqual(expect.objectContaining({ ...l, locked: true }));
    }
    expect(result.meetings.filter((m) => !m.locked).every((m) => m.table !== 3 || m.round !== 2)).toBe(true);
  });

  it('schedules a locked pair that is not among the candidates, with score 0', () => {
    const result = run({ ...input, pairs: [], locked: [{ a: 'p4', b: 'p5', round: 4, table: 2 }] });
    expect(result.meetings).toEqual([
      { a: 'p4', b: 'p5', round: 4, table: 2, score: 0, approved: false, locked: true },
    ]);
  });

  it('meets each pair at most once, even when the pair is listed twice', () => {
    const result = run({ ...input, pairs: [pair(0, 1, 0.5), pair(1, 0, 0.7, false), pair(0, 1, 0.2)] });
    expect(result.meetings).toEqual([expect.objectContaining({ a: 'p0', b: 'p1', score: 0.7, approved: true })]);
  });

  it('uses suggestions only with fillWithSuggestions, and prefers approved pairs', () => {
    const pairs = [pair(0, 1, 0.2), pair(2, 3, 0.9, false), pair(0, 2, 0.95, false)];
    const small = { ...input, tablesPerRound: 1, rounds: 1, pairs };
    expect(run(small).meetings.map((m) => [m.a, m.b])).toEqual([['p0', 'p1']]);
    expect(run({ ...small, fillWithSuggestions: true }).meetings.map((m) => [m.a, m.b])).toEqual([['p0', 'p1']]);
    const roomy = run({ ...small, rounds: 3, fillWithSuggestions: true });
    expect(roomy.meetings).toHaveLength(3);
  });

  it('reads 0–100 scores with a bonus of 100', () => {
    const result = run({ ...input, pairs: [pair(0, 1, 80), pair(2, 3, 40, false)], fillWithSuggestions: true });
    expect(result.approvedBonus).toBe(100);
    expect(result.objective).toBe(220);
    expect(result.totalScore).toBe(120);
  });

  it('is deterministic for a seed and never worse than greedy', () => {
    const pairs: CandidatePair[] = [];
    for (let a = 0; a < 30; a++) {
      for (let b = a + 1; b < 30; b++)
        if ((a * b) % 3 === 1) pairs.push(pair(a, b, ((a * 37 + b * 91) % 97) / 97, a % 4 === 0));
    }
    const participants = people(30).map((p, i) => ({
      ...p,
      available: [i % 5 !== 1, true, i % 7 !== 2, true, i % 3 !== 0],
    }));
    const big = { ...input, participants, rounds: 5, tablesPerRound: 6, pairs, fillWithSuggestions: true };
    const first = run(big, { seed: 9 });
    expect(['iterations', 'optimal']).toContain(first.diagnostics.stoppedBy); // not the clock
    expect(run(big, { seed: 9 })).toEqual({ ...first, diagnostics: expect.anything() });
    expect(first.objective).toBeGreaterThanOrEqual(first.greedyObjective);
    expect(first.objective).toBeLessThanOrEqual(first.upperBound + 1e-9);
  });

  it('beats greedy where greedy is wrong, stops at the proven optimum, and is greedy with a zero budget', () => {
    // Greedy takes p0–p1 (the best pair) and blocks both better-in-total pairs p0–p2 and p1–p3.
    const trap = {
      ...input,
      rounds: 1,
      maxMeetingsPerPerson: 1,
      pairs: [pair(0, 1, 0.9), pair(0, 2, 0.8), pair(1, 3, 0.8)],
    };
    const greedy = run(trap, { timeBudgetMs: 0 });
    expect(greedy.objective).toBeCloseTo(1.9);
    expect(greedy.greedyObjective).toBe(greedy.objective);
    expect(greedy.diagnostics.stoppedBy).toBe('no-moves');
    const best = run(trap);
    expect(best.objective).toBeCloseTo(3.6);
    expect(best.greedyObjective).toBeCloseTo(1.9);
    expect(best.upperBound).toBeCloseTo(3.6);
    expect(best.diagnostics.stoppedBy).toBe('optimal');
    const pairs = complete(12, false).map((p, i) => ({ ...p, approved: i % 3 === 0 }));
    const mixed = run({ ...input, pairs, fillWithSuggestions: true }, { timeBudgetMs: 0 });
    expect(mixed.objective).toBe(mixed.greedyObjective);
  });
});

describe('buildSchedule: diagnostics', () => {
  it('explains unplaced approved pairs', () => {
    const participants = [
      { id: 'p0', available: [true, false] },
      { id: 'p1', available: [false, true] },
      ...people(6).slice(2),
    ];
    const result = run({
      participants,
      rounds: 2,
      tablesPerRound: 5,
      maxMeetingsPerPerson: 1,
      pairs: [pair(0, 1, 0.9), pair(2, 3, 0.8), pair(2, 4, 0.5)],
    });
    expect(result.diagnostics.unplacedApproved).toEqual([
      { a: 'p0', b: 'p1', score: 0.9, reason: 'no-common-round' },
      { a: 'p2', b: 'p4', score: 0.5, reason: 'meeting-limit', person: 'p2' },
    ]);
    expect(result.diagnostics.approvedPlaced).toBe(1);
    expect(result.diagnostics.approvedPairs).toBe(3);
  });

  it('reports full tables', () => {
    const result = run({
      participants: people(4),
      rounds: 1,
      tablesPerRound: 1,
      maxMeetingsPerPerson: 1,
      pairs: [pair(0, 1, 0.9), pair(2, 3, 0.8)],
    });
    expect(result.diagnostics.unplacedApproved).toEqual([{ a: 'p2', b: 'p3', score: 0.8, reason: 'tables-full' }]);
  });
});

describe('buildSchedule: invalid input', () => {
  const base: ScheduleInput = {
    participants: people(4),
    rounds: 2,
    tablesPerRound: 2,
    maxMeetingsPerPerson: 2,
    pairs: [pair(0, 1, 0.5)],
  };
  const problems = (input: ScheduleInput): string[] => {
    try {
      buildSchedule(input);
    } catch (error) {
      if (error instanceof ScheduleInputError) return error.problems;
      throw error;
    }
    return [];
  };

  it.each<[string, Partial<ScheduleInput>, RegExp]>([
    ['unknown participant', { pairs: [{ a: 'p0', b: 'zz', score: 1, approved: true }] }, /unknown participant zz/],
    ['self pair', { pairs: [pair(1, 1, 0.5)] }, /themselves/],
    ['negative score', { pairs: [pair(0, 1, -1)] }, /score/],
    ['availability length', { participants: [{ id: 'p0', available: [true] }, ...people(2).slice(1)] }, /entries/],
    ['locked round', { locked: [{ a: 'p0', b: 'p1', round: 3, table: 1 }] }, /round 3/],
    ['locked table', { locked: [{ a: 'p0', b: 'p1', round: 1, table: 0 }] }, /table 0/],
    [
      'locked table twice',
      {
        locked: [
          { a: 'p0', b: 'p1', round: 1, table: 1 },
          { a: 'p2', b: 'p3', round: 1, table: 1 },
        ],
      },
      /is taken/,
    ],
    [
      'locked person twice in a round',
      {
        locked: [
          { a: 'p0', b: 'p1', round: 1, table: 1 },
          { a: 'p0', b: 'p3', round: 1, table: 2 },
        ],
      },
      /already meets/,
    ],
    [
      'locked while away',
      {
        participants: [{ id: 'p0', available: [false, true] }, ...people(4).slice(1)],
        locked: [{ a: 'p0', b: 'p1', round: 1, table: 1 }],
      },
      /not available/,
    ],
    ['bad sizes', { rounds: -1 }, /rounds/],
  ])('rejects %s', (_, change, message) => {
    expect(problems({ ...base, ...change }).join('\n')).toMatch(message);
  });
});

describe('validateSchedule', () => {
  const input: ScheduleInput = {
    participants: [{ id: 'a' }, { id: 'b' }, { id: 'c', available: [true, false] }, { id: 'd' }],
    rounds: 2,
    tablesPerRound: 1,
    maxMeetingsPerPerson: 1,
    pairs: [
      { a: 'a', b: 'b', score: 1, approved: true },
      { a: 'c', b: 'd', score: 1, approved: true },
      { a: 'a', b: 'c', score: 1, approved: false },
    ],
    locked: [{ a: 'c', b: 'd', round: 1, table: 1 }],
  };
  const m = (a: string, b: string, round: number, table: number, locked = false) => ({
    a,
    b,
    round,
    table,
    score: 1,
    approved: true,
    locked,
  });

  it('accepts a valid schedule and finds every kind of violation', () => {
    expect(validateSchedule(input, [m('c', 'd', 1, 1, true), m('a', 'b', 2, 1)])).toEqual([]);
    const found = validateSchedule(input, [
      m('a', 'b', 1, 1),
      m('a', 'b', 2, 1),
      m('a', 'c', 2, 2),
      m('b', 'x', 3, 1),
      m('d', 'b', 2, 1),
    ]).join('\n');
    for (const expected of [
      /table already used/,
      /meets more than once/,
      /table out of/,
      /not an allowed pair/,
      /c is not available/,
      /a has two meetings|a has more than 1/,
      /unknown participant x/,
      /round out of/,
      /locked meeting c–d .* is missing/,
    ]) {
      expect(found).toMatch(expected);
    }
  });
});
