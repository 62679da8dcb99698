#!/usr/bin/env node
/**
 * Same-process A/B of two compiled matching engines: both are built over the same stored tokens and
 * their queries are interleaved (alternating which goes first), so the machine's drift between runs
 * (±30 % here) hits both alike. Prints each side's mean time and recall@10 against exact, the ratio
 * B/A, and how many result pages are identical (keys sorted, so key order does not count).
 *
 *   cp -r backend/dist backend/dist-base      # before the change
 *   npx tsc -b backend                        # after it
 *   npm run bench:matching:ab -- backend/dist-base backend/dist --mode=exact --size=100000
 *
 * Both directories must lie inside the repository (so `natural` and `@musubi/shared` resolve).
 * Options: --mode=exact|brute-force (exact), --size=N (100000, at most the cached corpus),
 * --queries=N (500), --reps=N (6), --builds=N (3: index builds per side, timed, alternating). Tokens come from the cache `npm run bench:matching` writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const [dirA, dirB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) {
  console.error(
    'usage: bench-matching-ab.mjs <distA> <distB> [--mode=exact] [--size=100000] [--queries=500] [--reps=6]',
  );
  process.exit(2);
}
const mode = option('mode', 'exact');
const size = Number(option('size', '100000'));
const queries = Number(option('queries', '500'));
const reps = Number(option('reps', '6'));

const load = (dir) => {
  const file = path.resolve(dir, 'features/matching/engine/index.js');
  if (!existsSync(file)) throw new Error(`no compiled engine at ${file}`);
  return createRequire(file)(file).MatchingEngine;
};
const caches = readdirSync(os.tmpdir())
  .filter((f) => f.startsWith('musubi-bench-tokens-') && f.endsWith('.json') && Number(f.split('-')[3]) >= size)
  .sort((x, y) => Number(x.split('-')[3]) - Number(y.split('-')[3]));
if (caches.length === 0) {
  console.error(`No token cache of ≥ ${size} profiles in ${os.tmpdir()}: run npm run bench:matching once first.`);
  process.exit(1);
}
const tokens = JSON.parse(readFileSync(path.join(os.tmpdir(), caches[0]), 'utf8')).slice(0, size);
const builders = [load(dirA), load(dirB)];
/** Index builds from the same tokens, alternating sides (median of `builds` each, after a warm-up build). */
const builds = Number(option('builds', '3'));
const buildTimes = [[], []];
const engines = builders.map((MatchingEngine) => MatchingEngine.build(tokens));
for (let b = 0; b < builds; b++) {
  for (const side of b % 2 ? [0, 1] : [1, 0]) {
    engines[side] = null;
    globalThis.gc?.();
    const started = performance.now();
    engines[side] = builders[side].build(tokens);
    buildTimes[side].push(performance.now() - started);
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const buildMs = buildTimes.map(median);

const viewers = [];
const step = Math.max(1, Math.floor(size / queries));
for (let i = 0; i < size && viewers.length < queries; i += step) if (!tokens[i].hidden) viewers.push(tokens[i].id);
const page = (engine, id, m) => engine.suggest(id, { limit: 10, diversity: false, mode: m }).items;
const exact = viewers.map((id) => page(engines[0], id, 'exact'));
const canonical = (value) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );

for (const id of viewers.slice(0, 50)) for (const engine of engines) page(engine, id, mode);
const totals = [0, 0];
const found = [0, 0];
let wanted = 0;
let identical = 0;
for (let rep = 0; rep < reps; rep++) {
  viewers.forEach((id, i) => {
    const out = [];
    for (const side of (rep + i) % 2 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      out[side] = page(engines[side], id, mode);
      totals[side] += performance.now() - started;
      const ids = new Set(out[side].map((s) => s.id));
      found[side] += exact[i].filter((s) => ids.has(s.id)).length;
    }
    wanted += exact[i].length;
    if (canonical(out[0]) === canonical(out[1])) identical++;
  });
}
const n = reps * viewers.length;
console.log(
  `${size} profiles, ${viewers.length} queries × ${reps}, mode ${mode}, load average ${os.loadavg()[0].toFixed(1)}`,
);
[dirA, dirB].forEach((dir, side) =>
  console.log(
    `${side ? 'B' : 'A'} ${dir}: ${(totals[side] / n).toFixed(3)} ms, recall@10 ${(found[side] / wanted).toFixed(4)}`,
  ),
);
console.log(`B/A ${(totals[1] / totals[0]).toFixed(3)}, identical pages ${identical} / ${n}`);
if (builds > 0) {
  console.log(`index build (median of ${builds}): A ${buildMs[0].toFixed(0)} ms, B ${buildMs[1].toFixed(0)} ms`);
}
console.log(
  JSON.stringify({
    size,
    mode,
    msA: totals[0] / n,
    msB: totals[1] / n,
    ratio: totals[1] / totals[0],
    recallA: found[0] / wanted,
    recallB: found[1] / wanted,
    identical,
    pages: n,
    buildMsA: buildMs[0],
    buildMsB: buildMs[1],
  }),
);
