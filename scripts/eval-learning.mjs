#!/usr/bin/env node
/**
 * Learning from behaviour, simulated: the hand-labelled profiles inside the 300 demo profiles; the
 * training members see their suggestions, save true partners, meet some, dismiss others (seeded);
 * a re-rank is trained on their behaviour alone and measured on held-out members, with one session
 * of history and with none (cold start), engine alone vs engine + learned re-rank, in one run.
 * Prints a table, then the figures as JSON on the last line.
 *
 *   npm run build && npm run eval:learning
 */
import { backendModule } from './require-build.mjs';

const { runLearningSimulation } = await import(backendModule('features/matching/learning/simulation.js'));
const { FEATURE_NAMES } = await import(backendModule('features/matching/learning/features.js'));

const started = Date.now();
const result = runLearningSimulation();
const f = (x) => x.toFixed(3);
const rows = [
  ['held-out, one session of history', result.withHistory],
  ['held-out, cold start (no history)', result.coldStart],
];
console.log(
  `Simulation: ${result.trainingMembers} training members, ${result.heldOutMembers} held-out members, seeds ${result.seeds.join(' ')}`,
);
for (const t of result.training) {
  console.log(
    `  seed ${t.seed}: ${t.labels} labels (${t.positives} positive, ${t.negatives} negative)${t.trained ? '' : ' — below the minimum, no model'}`,
  );
}
console.log('');
console.log(`${'members'.padEnd(36)}${'ranking'.padEnd(20)}recall@5  recall@10  MRR     n`);
for (const [label, pair] of rows) {
  for (const [arm, m] of [
    ['engine', pair.engine],
    ['engine + learned', pair.learned],
  ]) {
    console.log(
      `${(arm === 'engine' ? label : '').padEnd(36)}${arm.padEnd(20)}${f(m.recallAt5).padEnd(10)}${f(m.recallAt10).padEnd(11)}${f(m.mrr).padEnd(8)}${m.members}`,
    );
  }
}
console.log('');
console.log('Per seed, recall@5 engine → learned (held-out with history | cold start):');
for (const s of result.perSeed) {
  console.log(
    `  seed ${s.seed}: ${f(s.withHistory.engine.recallAt5)} → ${f(s.withHistory.learned.recallAt5)} | ${f(s.coldStart.engine.recallAt5)} → ${f(s.coldStart.learned.recallAt5)}` +
      `  (cold start recall@10 ${f(s.coldStart.engine.recallAt10)} → ${f(s.coldStart.learned.recallAt10)}, MRR ${f(s.coldStart.engine.mrr)} → ${f(s.coldStart.learned.mrr)})`,
  );
}
if (result.model) {
  console.log('');
  console.log('Learned weights (standardised features, last seed):');
  result.model.model.weights.forEach((w, i) =>
    console.log(`  ${FEATURE_NAMES[i].padEnd(18)} ${w >= 0 ? ' ' : ''}${w.toFixed(3)}`),
  );
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
const { model, ...figures } = result;
console.log(
  JSON.stringify({
    ...figures,
    weights: model ? Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, model.model.weights[i]])) : null,
  }),
);
