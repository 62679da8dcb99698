#!/usr/bin/env node
/**
 * Automatic schedule benchmark: the optimiser against plain greedy on one realistic event.
 *
 * Instance (seeded, the same on every run):
 * - 200 participants: the first 200 synthetic profiles of the matching benchmark (45% startups, 30%
 *   creators, 25% corporates; ja/en texts around 40 topics; the generator is read from
 *   scripts/bench-matching.mjs, between its "seeded corpus" and "measuring" markers, so both
 *   benchmarks share one corpus). Nobody is hidden: they all joined the event.
 * - Candidate pairs: each participant's top 20 suggestions from the real matching engine
 *   (backend/dist, kind rules and scoring as in production), restricted to the participants; the
 *   engine's score is symmetric, so a pair found from both sides is one pair.
 * - Approved: each participant's top 8 suggestions are approved with probability 0.2 (an organiser
 *   approving good but not only the very best pairs): a few hundred approved pairs; the rest are
 *   suggestions, used as filler (fillWithSuggestions on).
 * - 8 rounds × 40 tables, at most 6 meetings each. Availability: 20% of people miss one random round,
 *   10% arrive late or leave early and miss two consecutive rounds at one end.
 * - 8 locked meetings: approved pairs fixed at a round and table by the organiser.
 * Tables are the binding limit here (40 × 8 = 320 meetings, while 200 people × 6 could fill 600).
 *
 * The optimiser runs with its default iteration cap (reproducible) and BENCH_BUDGET_MS (default 8000)
 * as a wall-clock cap. BENCH_SEEDS (default 1,2,3) runs several seeds; the first is the headline.
 * Two variants on the same people and pairs follow: the pure score objective (approvedBonus 0), and
 * 100 tables with ≤ 8 meetings, where the tables stop being the binding limit and the rounds are.
 * Run with `npm run bench:schedule` after `npx tsc -b backend` (or `npm run build`).
 * BENCH_DUMP=file.json also writes the instance (the buildSchedule input) to that file.
 * The last line of output is one JSON object with the figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schedulerPath = path.join(root, 'backend/dist/features/events/scheduler/index.js');
const enginePath = path.join(root, 'backend/dist/features/matching/engine/index.js');
if (!existsSync(schedulerPath) || !existsSync(enginePath)) {
  console.error(
    `Compiled scheduler or engine not found under ${path.join(root, 'backend/dist')}.\nBuild it first: npx tsc -b backend (or npm run build).`,
  );
  process.exit(1);
}
const require = createRequire(path.join(root, 'backend/package.json'));
const { buildSchedule, validateSchedule } = require(schedulerPath);
const { MatchingEngine, tokenizeProfile } = require(enginePath);

const PARTICIPANTS = 200;
const ROUNDS = 8;
const TABLES = 40;
const MAX_MEETINGS = 6;
const SUGGESTIONS = 20;
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 8000);
const SEEDS = (process.env.BENCH_SEEDS ?? '1,2,3').split(',').map(Number);

// ---------------------------------------------------------------- the event
function matchingCorpusGenerator() {
  const source = readFileSync(path.join(root, 'scripts/bench-matching.mjs'), 'utf8');
  const start = source.indexOf('\n// ---------------------------------------------------------------- seeded corpus\n');
  const end = source.indexOf('\n// ---------------------------------------------------------------- measuring\n');
  if (start < 0 || end < start) throw new Error('bench-matching.mjs: corpus markers not found');
  return new Function(`${source.slice(start, end)}\nreturn generateProfile;`)();
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildEvent() {
  const generateProfile = matchingCorpusGenerator();
  const profiles = Array.from({ length: PARTICIPANTS }, (_, i) => ({ ...generateProfile(i), hidden: false }));
  const engine = MatchingEngine.build(profiles.map(tokenizeProfile));
  const ids = profiles.map((p) => p.id);
  const random = mulberry32(7);

  const pairs = new Map();
  for (const id of ids) {
    const items = engine.suggest(id, { limit: SUGGESTIONS, diversity: false, filters: { allowIds: ids } }).items;
    items.forEach((s, rank) => {
      const key = id < s.id ? `${id} ${s.id}` : `${s.id} ${id}`;
      const approve = rank < 8 && random() < 0.2;
      const known = pairs.get(key);
      if (known) known.approved ||= approve;
      else pairs.set(key, { a: id, b: s.id, score: s.score, approved: approve });
    });
  }

  const participants = ids.map((id) => {
    const available = Array(ROUNDS).fill(true);
    const u = random();
    if (u < 0.2) available[Math.floor(random() * ROUNDS)] = false;
    else if (u < 0.3) {
      const early = random() < 0.5;
      available[early ? 0 : ROUNDS - 1] = false;
      available[early ? 1 : ROUNDS - 2] = false;
    }
    return { id, available };
  });
  const availability = new Map(participants.map((p) => [p.id, p.available]));

  const locked = [];
  const busy = new Set();
  for (const p of [...pairs.values()].filter((p) => p.approved)) {
    if (locked.length === 8) break;
    if (random() > 0.1) continue;
    const round = 1 + Math.floor(random() * ROUNDS);
    const free = (id) => availability.get(id)[round - 1] && !busy.has(`${id}@${round}`);
    if (!free(p.a) || !free(p.b)) continue;
    busy.add(`${p.a}@${round}`).add(`${p.b}@${round}`);
    locked.push({ a: p.a, b: p.b, round, table: 1 + locked.length * 3 });
  }

  const kinds = {};
  for (const p of profiles) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  return {
    kinds,
    input: {
      participants,
      rounds: ROUNDS,
      tablesPerRound: TABLES,
      maxMeetingsPerPerson: MAX_MEETINGS,
      pairs: [...pairs.values()],
      locked,
      fillWithSuggestions: true,
    },
  };
}

// ---------------------------------------------------------------- measuring
const pct = (x, base) => (100 * (x - base)) / base;
const fmt = (x) => x.toFixed(2);

const setupStart = performance.now();
const { input, kinds } = buildEvent();
const setupMs = performance.now() - setupStart;
const approvedCount = input.pairs.filter((p) => p.approved).length;
const scores = input.pairs.map((p) => p.score).sort((a, b) => a - b);
console.log(
  `event: ${PARTICIPANTS} participants (${Object.entries(kinds)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}), ${ROUNDS} rounds × ${TABLES} tables, ≤ ${MAX_MEETINGS} meetings each`,
);
console.log(
  `pairs: ${input.pairs.length} from the matching engine (${approvedCount} approved), scores median ${fmt(
    scores[scores.length >> 1],
  )}, p90 ${fmt(scores[Math.floor(scores.length * 0.9)])}, max ${fmt(scores[scores.length - 1])}; ` +
    `${input.locked.length} locked; ${input.participants.filter((p) => p.available.includes(false)).length} people miss rounds; built in ${Math.round(setupMs)} ms`,
);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, node ${process.version}; ` +
    `time cap ${BUDGET_MS} ms per run (wall-clock ms; CPU ms is the time this process ran, lower on a busy machine)\n`,
);

if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(input));

const signed = (x) => `${x >= 0 ? '+' : ''}${fmt(x)}%`;
function measure(label, event, options) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = buildSchedule(event, { timeBudgetMs: BUDGET_MS, ...options });
  const ms = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpu);
  const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const violations = validateSchedule(event, result);
  const d = result.diagnostics;
  console.log(
    `${label}: ${Math.round(ms)} ms (CPU ${Math.round(cpuMs)} ms; greedy ${fmt(d.greedyMs)} ms, bound ${Math.round(d.boundMs)} ms, ` +
      `${d.iterations} iterations, stopped by ${d.stoppedBy}), ${result.meetings.length} meetings, ` +
      `${d.approvedPlaced}/${d.approvedPairs} approved placed; objective ${fmt(result.objective)} vs greedy ` +
      `${fmt(result.greedyObjective)} (${signed(pct(result.objective, result.greedyObjective))}), bound ` +
      `${fmt(result.upperBound)} (greedy ${signed(-pct(result.upperBound, result.greedyObjective))}, optimiser ` +
      `${signed(-pct(result.upperBound, result.objective))} from it); constraints ` +
      `${violations.length === 0 ? 'OK' : `VIOLATED (${violations.length}): ${violations.slice(0, 3).join('; ')}`}`,
  );
  return { ms, cpuMs, result, violations };
}
const summary = ({ ms, cpuMs, result }) => ({
  ms: Math.round(ms),
  cpuMs: Math.round(cpuMs),
  objective: +result.objective.toFixed(4),
  greedyObjective: +result.greedyObjective.toFixed(4),
  improvementPct: +pct(result.objective, result.greedyObjective).toFixed(3),
  upperBound: +result.upperBound.toFixed(4),
  maxPossibleImprovementPct: +pct(result.upperBound, result.greedyObjective).toFixed(3),
});

console.log(`objective = Σ score + 1 per approved meeting (approvedBonus 1: the scores are on the 0–1 scale)`);
const runs = SEEDS.map((seed) => measure(`seed ${seed}`, input, { seed }));
const head = runs[0];
const r = head.result;
const greedyOnly = buildSchedule(input, { timeBudgetMs: 0 });
const gapGreedy = pct(r.upperBound, r.greedyObjective);
console.log(
  `\ngreedy places ${greedyOnly.diagnostics.approvedPlaced} approved pairs, the optimiser ${r.diagnostics.approvedPlaced}; ` +
    `score alone ${fmt(r.totalScore)} vs greedy ${fmt(r.greedyTotalScore)} (${signed(pct(r.totalScore, r.greedyTotalScore))}).`,
);
console.log(
  `upper bound (min of a Lagrangian bound and the fractional b-matching LP with the table limit, bound.ts): ` +
    `${fmt(r.upperBound)}. No schedule beats greedy by more than ${fmt(gapGreedy)}%; the optimiser is within ` +
    `${fmt(pct(r.upperBound, r.objective))}% of the bound.`,
);
if (gapGreedy < 10) {
  console.log(
    `So the issue's ≥ 10% goal is out of reach on this instance by any method: with 40 tables the table limit ` +
      `binds and greedy by score already takes nearly the best pairs; 10% needs instances where greedy is ≥ 10% ` +
      `below the optimum (the bound says how far it is).`,
  );
}
const unplaced = {};
for (const u of r.diagnostics.unplacedApproved) unplaced[u.reason] = (unplaced[u.reason] ?? 0) + 1;
console.log(`unplaced approved pairs by reason: ${JSON.stringify(unplaced)}`);

console.log('\nvariants (same people and pairs):');
const scoreOnly = measure('score only (approvedBonus 0)', input, { seed: 1, approvedBonus: 0 });
const roomy = measure(
  '100 tables, ≤ 8 meetings, score only',
  { ...input, tablesPerRound: 100, maxMeetingsPerPerson: 8 },
  {
    seed: 1,
    approvedBonus: 0,
  },
);

const figures = {
  participants: PARTICIPANTS,
  rounds: ROUNDS,
  tables: TABLES,
  maxMeetings: MAX_MEETINGS,
  pairs: input.pairs.length,
  approvedPairs: approvedCount,
  locked: input.locked.length,
  seed: SEEDS[0],
  ms: Math.round(head.ms),
  cpuMs: Math.round(head.cpuMs),
  loadAverage: +os.loadavg()[0].toFixed(1),
  iterations: r.diagnostics.iterations,
  stoppedBy: r.diagnostics.stoppedBy,
  meetings: r.meetings.length,
  approvedPlaced: r.diagnostics.approvedPlaced,
  greedyApprovedPlaced: greedyOnly.diagnostics.approvedPlaced,
  objective: +r.objective.toFixed(4),
  greedyObjective: +r.greedyObjective.toFixed(4),
  improvementPct: +pct(r.objective, r.greedyObjective).toFixed(3),
  totalScore: +r.totalScore.toFixed(4),
  greedyTotalScore: +r.greedyTotalScore.toFixed(4),
  upperBound: +r.upperBound.toFixed(4),
  maxPossibleImprovementPct: +gapGreedy.toFixed(3),
  optimiserGapToBoundPct: +pct(r.upperBound, r.objective).toFixed(3),
  improvementPctBySeed: runs.map((x) => +pct(x.result.objective, x.result.greedyObjective).toFixed(3)),
  msBySeed: runs.map((x) => Math.round(x.ms)),
  scoreOnly: summary(scoreOnly),
  tables100ScoreOnly: summary(roomy),
  valid: [...runs, scoreOnly, roomy].every((x) => x.violations.length === 0),
  cores: os.cpus().length,
};
console.log(JSON.stringify(figures));
