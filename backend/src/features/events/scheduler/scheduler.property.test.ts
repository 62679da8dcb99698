import fc from 'fast-check';
import { buildSchedule, type CandidatePair, type LockedMeeting, type ScheduleInput, validateSchedule } from './index';

interface Shape {
  n: number;
  rounds: number;
  tables: number;
  maxMeetings: number;
  fill: boolean;
  /** [a, b, score in tenths, approved] */
  pairs: [number, number, number, boolean][];
  availability: boolean[];
  /** [pair index, round, table] tries; kept only when they make a valid set of locks. */
  locks: [number, number, number][];
}

const shape = (max: { n: number; rounds: number; tables: number; meetings: number; pairs: number; locks: number }) =>
  fc.record({
    n: fc.integer({ min: 2, max: max.n }),
    rounds: fc.integer({ min: 1, max: max.rounds }),
    tables: fc.integer({ min: 1, max: max.tables }),
    maxMeetings: fc.integer({ min: 0, max: max.meetings }),
    fill: fc.boolean(),
    pairs: fc.array(
      fc.tuple(fc.nat({ max: max.n - 1 }), fc.nat({ max: max.n - 1 }), fc.integer({ min: 0, max: 10 }), fc.boolean()),
      { maxLength: max.pairs },
    ),
    availability: fc.array(
      fc.integer({ min: 0, max: 4 }).map((x) => x > 0),
      {
        minLength: max.n * max.rounds,
        maxLength: max.n * max.rounds,
      },
    ),
    locks: fc.array(fc.tuple(fc.nat({ max: 100 }), fc.nat({ max: 10 }), fc.nat({ max: 20 })), { maxLength: max.locks }),
  });

/** The shape as a valid input: pairs among the first n people, no self pairs, locks that fit together. */
function toInput(s: Shape): ScheduleInput {
  const available = (p: number, r: number) => s.availability[p * s.rounds + r]!;
  const participants = Array.from({ length: s.n }, (_, p) => ({
    id: `p${p}`,
    available: Array.from({ length: s.rounds }, (_, r) => available(p, r)),
  }));
  const pairs: CandidatePair[] = s.pairs
    .map(([a, b, score, approved]) => [a % s.n, b % s.n, score, approved] as const)
    .filter(([a, b]) => a !== b)
    .map(([a, b, score, approved]) => ({ a: `p${a}`, b: `p${b}`, score: score / 10, approved }));
  const locked: LockedMeeting[] = [];
  const seats = new Set<string>();
  const count = new Map<string, number>();
  const locked_pairs = new Set<string>();
  for (const [i, round0, table0] of s.locks) {
    const p = pairs[i % Math.max(1, pairs.length)];
    if (!p) break;
    const round = 1 + (round0 % s.rounds);
    const table = 1 + (table0 % s.tables);
    const key = [p.a, p.b].sort().join();
    const ok =
      !locked_pairs.has(key) &&
      !seats.has(`t${round}/${table}`) &&
      [p.a, p.b].every(
        (x) =>
          available(Number(x.slice(1)), round - 1) &&
          !seats.has(`${x}/${round}`) &&
          (count.get(x) ?? 0) < s.maxMeetings,
      );
    if (!ok) continue;
    locked.push({ a: p.a, b: p.b, round, table });
    locked_pairs.add(key);
    seats.add(`t${round}/${table}`).add(`${p.a}/${round}`).add(`${p.b}/${round}`);
    for (const x of [p.a, p.b]) count.set(x, (count.get(x) ?? 0) + 1);
  }
  return {
    participants,
    rounds: s.rounds,
    tablesPerRound: s.tables,
    maxMeetingsPerPerson: s.maxMeetings,
    pairs,
    locked,
    fillWithSuggestions: s.fill,
  };
}

/** The optimum by trying every round (or none) for every usable pair. Scores are 0–1, so the bonus is 1. */
function bruteForce(input: ScheduleInput): number {
  const byKey = new Map<string, { a: string; b: string; score: number; approved: boolean }>();
  for (const p of input.pairs) {
    const key = [p.a, p.b].sort().join();
    const known = byKey.get(key);
    byKey.set(key, {
      a: p.a,
      b: p.b,
      score: Math.max(p.score, known?.score ?? 0),
      approved: p.approved || (known?.approved ?? false),
    });
  }
  const usable = new Map<string, { a: string; b: string; weight: number; lockedRound: number }>();
  for (const [key, p] of byKey) {
    if (p.approved || input.fillWithSuggestions) {
      usable.set(key, { a: p.a, b: p.b, weight: p.score + (p.approved ? 1 : 0), lockedRound: -1 });
    }
  }
  for (const l of input.locked ?? []) {
    const key = [l.a, l.b].sort().join();
    const known = byKey.get(key);
    const weight = known ? known.score + (known.approved ? 1 : 0) : 0;
    usable.set(key, { a: l.a, b: l.b, weight, lockedRound: l.round - 1 });
  }
  const edges = [...usable.values()];
  const avail = new Map(input.participants.map((p) => [p.id, p.available!]));
  const R = input.rounds;
  const choice = new Array<number>(edges.length).fill(-1);
  let best = -Infinity;
  const search = (i: number, value: number, seats: Set<string>, perRound: number[], count: Map<string, number>) => {
    if (i === edges.length) {
      best = Math.max(best, value);
      return;
    }
    const e = edges[i]!;
    if (e.lockedRound < 0) search(i + 1, value, seats, perRound, count);
    for (let r = 0; r < R; r++) {
      if (e.lockedRound >= 0 && r !== e.lockedRound) continue;
      const fits =
        perRound[r]! < input.tablesPerRound &&
        [e.a, e.b].every(
          (x) => avail.get(x)![r] && !seats.has(`${x}/${r}`) && (count.get(x) ?? 0) < input.maxMeetingsPerPerson,
        );
      if (!fits) continue;
      choice[i] = r;
      seats.add(`${e.a}/${r}`).add(`${e.b}/${r}`);
      perRound[r]!++;
      for (const x of [e.a, e.b]) count.set(x, (count.get(x) ?? 0) + 1);
      search(i + 1, value + e.weight, seats, perRound, count);
      for (const x of [e.a, e.b]) count.set(x, count.get(x)! - 1);
      perRound[r]!--;
      seats.delete(`${e.a}/${r}`);
      seats.delete(`${e.b}/${r}`);
      choice[i] = -1;
    }
  };
  search(0, 0, new Set(), new Array<number>(R).fill(0), new Map());
  return best;
}

describe('buildSchedule: properties', () => {
  it('finds the optimum of tiny instances (brute force), greedy and the bound bracketing it', () => {
    fc.assert(
      fc.property(shape({ n: 6, rounds: 3, tables: 2, meetings: 3, pairs: 7, locks: 2 }), fc.nat(), (s, seed) => {
        const input = toInput(s);
        const result = buildSchedule(input, { seed, maxIterations: 3000, timeBudgetMs: 60000 });
        expect(validateSchedule(input, result)).toEqual([]);
        const optimum = bruteForce(input);
        expect(result.objective).toBeCloseTo(optimum, 9);
        expect(result.greedyObjective).toBeLessThanOrEqual(optimum + 1e-9);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('is always valid, never worse than greedy and never above the bound on larger instances', () => {
    fc.assert(
      fc.property(shape({ n: 40, rounds: 6, tables: 10, meetings: 5, pairs: 250, locks: 8 }), fc.nat(), (s, seed) => {
        const input = toInput(s);
        const result = buildSchedule(input, { seed, maxIterations: 4000, timeBudgetMs: 60000 });
        expect(validateSchedule(input, result)).toEqual([]);
        expect(result.objective).toBeGreaterThanOrEqual(result.greedyObjective - 1e-9);
        expect(result.objective).toBeLessThanOrEqual(result.upperBound + 1e-9);
        const { diagnostics } = result;
        expect(diagnostics.approvedPlaced + diagnostics.unplacedApproved.length).toBe(diagnostics.approvedPairs);
      }),
      { numRuns: 60 },
    );
  });
});
