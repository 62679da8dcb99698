import { type ScheduleInput, ScheduleInputError } from './types';

/**
 * The input as dense arrays: participants 0..n-1, rounds 0..R-1, tables 0..T-1, edges 0..E-1 (one per
 * unordered pair that may be scheduled). Built once, read-only afterwards.
 */
export interface Problem {
  ids: string[];
  n: number;
  rounds: number;
  tables: number;
  maxMeetings: number;
  /** avail[p * rounds + r] = 1 when p attends round r. */
  avail: Uint8Array;
  /** min(maxMeetings, rounds p attends). */
  cap: Int32Array;
  /** Edge endpoints as given (first id of the pair in the input). */
  ea: Int32Array;
  eb: Int32Array;
  score: Float64Array;
  /** What the optimiser maximises: score + approvedBonus when approved. */
  weight: Float64Array;
  approved: Uint8Array;
  /** Locked round and table (0-based), -1 when not locked. */
  lockedRound: Int32Array;
  lockedTable: Int32Array;
  /** Some round both endpoints attend. */
  common: Uint8Array;
  /** Edges by weight desc (then input order): the greedy order. */
  order: Int32Array;
  /** Per participant, incident edges by weight desc: adj[adjStart[p] .. adjStart[p + 1]). */
  adjStart: Int32Array;
  adj: Int32Array;
  scale: number;
  approvedBonus: number;
}

const pairKey = (x: number, y: number, n: number): number => (x < y ? x * n + y : y * n + x);

export function buildProblem(input: ScheduleInput, approvedBonusOption?: number): Problem {
  const problems: string[] = [];
  const { rounds, tablesPerRound: tables, maxMeetingsPerPerson: maxMeetings } = input;
  const positiveInt = (v: number, name: string) => {
    if (!Number.isInteger(v) || v < 0) problems.push(`${name} must be a non-negative integer (got ${v})`);
  };
  positiveInt(rounds, 'rounds');
  positiveInt(tables, 'tablesPerRound');
  positiveInt(maxMeetings, 'maxMeetingsPerPerson');
  if (problems.length > 0) throw new ScheduleInputError(problems);

  const n = input.participants.length;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const avail = new Uint8Array(n * rounds).fill(1);
  const cap = new Int32Array(n);
  input.participants.forEach((p, i) => {
    if (index.has(p.id)) problems.push(`participant ${p.id} is listed twice`);
    index.set(p.id, i);
    ids.push(p.id);
    if (p.available !== undefined && p.available.length !== rounds) {
      problems.push(`participant ${p.id}: availability has ${p.available.length} entries for ${rounds} rounds`);
    }
    let attends = 0;
    for (let r = 0; r < rounds; r++) {
      const a = p.available?.[r] ?? true;
      avail[i * rounds + r] = a ? 1 : 0;
      if (a) attends++;
    }
    cap[i] = Math.min(maxMeetings, attends);
  });

  const fill = input.fillWithSuggestions === true;
  const scale = input.pairs.some((p) => p.score > 1) ? 100 : 1;
  const approvedBonus = approvedBonusOption ?? scale;
  if (!(approvedBonus >= 0) || !Number.isFinite(approvedBonus)) problems.push('approvedBonus must be ≥ 0');

  // Merge duplicates (best score, approved if any copy is); keep the first orientation and position.
  interface Edge {
    a: number;
    b: number;
    score: number;
    approved: boolean;
    lockedRound: number;
    lockedTable: number;
    wanted: boolean;
  }
  const edges: Edge[] = [];
  const byKey = new Map<number, Edge>();
  const resolve = (a: string, b: string, what: string): [number, number] | null => {
    const x = index.get(a);
    const y = index.get(b);
    if (x === undefined || y === undefined) {
      problems.push(`${what} ${a}–${b}: unknown participant ${x === undefined ? a : b}`);
      return null;
    }
    if (x === y) {
      problems.push(`${what} ${a}–${b}: a participant cannot meet themselves`);
      return null;
    }
    return [x, y];
  };
  for (const p of input.pairs) {
    const xy = resolve(p.a, p.b, 'pair');
    if (!xy) continue;
    if (!Number.isFinite(p.score) || p.score < 0) {
      problems.push(`pair ${p.a}–${p.b}: score must be a finite number ≥ 0 (got ${p.score})`);
      continue;
    }
    const key = pairKey(xy[0], xy[1], n);
    const known = byKey.get(key);
    if (known) {
      known.score = Math.max(known.score, p.score);
      known.approved ||= p.approved;
      known.wanted ||= p.approved || fill;
      continue;
    }
    const edge = {
      a: xy[0],
      b: xy[1],
      score: p.score,
      approved: p.approved,
      lockedRound: -1,
      lockedTable: -1,
      wanted: p.approved || fill,
    };
    byKey.set(key, edge);
    edges.push(edge);
  }

  // Locked meetings must be a valid partial schedule on their own.
  const seat = new Map<number, string>();
  const tableTaken = new Map<number, string>();
  const lockedCount = new Int32Array(n);
  for (const m of input.locked ?? []) {
    const what = `locked meeting ${m.a}–${m.b}`;
    const xy = resolve(m.a, m.b, 'locked meeting');
    if (!xy) continue;
    if (!Number.isInteger(m.round) || m.round < 1 || m.round > rounds) {
      problems.push(`${what}: round ${m.round} is not in 1..${rounds}`);
      continue;
    }
    if (!Number.isInteger(m.table) || m.table < 1 || m.table > tables) {
      problems.push(`${what}: table ${m.table} is not in 1..${tables}`);
      continue;
    }
    const r = m.round - 1;
    for (const p of xy) {
      if (!avail[p * rounds + r]) problems.push(`${what}: ${ids[p]} is not available in round ${m.round}`);
      const other = seat.get(p * rounds + r);
      if (other !== undefined) problems.push(`${what}: ${ids[p]} already meets in round ${m.round} (${other})`);
      seat.set(p * rounds + r, `${m.a}–${m.b}`);
      if (++lockedCount[p]! > maxMeetings) problems.push(`${what}: ${ids[p]} has more than ${maxMeetings} meetings`);
    }
    const t = tableTaken.get(r * tables + m.table);
    if (t !== undefined) problems.push(`${what}: table ${m.table} of round ${m.round} is taken (${t})`);
    tableTaken.set(r * tables + m.table, `${m.a}–${m.b}`);
    const key = pairKey(xy[0], xy[1], n);
    let edge = byKey.get(key);
    if (!edge) {
      edge = { a: xy[0], b: xy[1], score: 0, approved: false, lockedRound: -1, lockedTable: -1, wanted: true };
      byKey.set(key, edge);
      edges.push(edge);
    }
    if (edge.lockedRound >= 0) {
      problems.push(`${what}: the pair is locked twice`);
      continue;
    }
    edge.lockedRound = r;
    edge.lockedTable = m.table - 1;
    edge.wanted = true;
  }
  if (problems.length > 0) throw new ScheduleInputError(problems);

  const kept = edges.filter((e) => e.wanted);
  const E = kept.length;
  const ea = new Int32Array(E);
  const eb = new Int32Array(E);
  const score = new Float64Array(E);
  const weight = new Float64Array(E);
  const approved = new Uint8Array(E);
  const lockedRound = new Int32Array(E);
  const lockedTable = new Int32Array(E);
  const common = new Uint8Array(E);
  const degree = new Int32Array(n + 1);
  kept.forEach((e, i) => {
    ea[i] = e.a;
    eb[i] = e.b;
    score[i] = e.score;
    weight[i] = e.score + (e.approved ? approvedBonus : 0);
    approved[i] = e.approved ? 1 : 0;
    lockedRound[i] = e.lockedRound;
    lockedTable[i] = e.lockedTable;
    for (let r = 0; r < rounds; r++) if (avail[e.a * rounds + r] && avail[e.b * rounds + r]) common[i] = 1;
    degree[e.a]!++;
    degree[e.b]!++;
  });
  const order = Int32Array.from(kept.keys()).sort((x, y) => weight[y]! - weight[x]! || x - y);
  const adjStart = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) adjStart[p + 1] = adjStart[p]! + degree[p]!;
  const fillAt = adjStart.slice(0, n);
  const adj = new Int32Array(adjStart[n]!);
  for (const e of order) {
    adj[fillAt[ea[e]!]!++] = e;
    adj[fillAt[eb[e]!]!++] = e;
  }
  return {
    ids,
    n,
    rounds,
    tables,
    maxMeetings,
    avail,
    cap,
    ea,
    eb,
    score,
    weight,
    approved,
    lockedRound,
    lockedTable,
    common,
    order,
    adjStart,
    adj,
    scale,
    approvedBonus,
  };
}
