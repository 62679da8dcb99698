#!/usr/bin/env node
/**
 * Relevance of the matching engine on the hand-labelled sets, scored alone, inside the demo members
 * and inside 10k synthetic members, through the suggestions API's own path (profile normalisation,
 * production engine options, kind rules, MMR, visibility). Prints a table per corpus and split, then
 * one JSON line (the last line of stdout). The logic lives in backend/src/features/matching/eval
 * (compiled to backend/dist): build first (`npm run build`, or `npx tsc -b backend` after a change).
 *
 *   npm run eval:matching
 *   npm run eval:matching -- --baseline /work/base14/backend/dist     # a previous build's engine beside
 *   npm run eval:matching -- --baseline-ref 6a02a50                    # builds that commit in a temp worktree
 *
 * Options: --split=tuning|heldout|both (both), --corpus=alone,demo,synthetic (all), --json-only,
 * --gaps (the tuning half's most frequent unbridged Japanese words and English words that miss the
 * Japanese side of cross-language pairs), --viewers (the engine's top 10 per tuning viewer; held-out viewers are never listed: reading
 * their rankings would be tuning on them), --synthetic-size=N (10000), --no-cache (tokens are cached in the OS temp folder, keyed by the
 * tokenizer's code and the profiles, because tokenising 10k profiles takes about a minute).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendModule } from './require-build.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
/** `--name=value` or `--name value`. */
function option(name, fallback) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  if (args[i].includes('=')) return args[i].slice(name.length + 3);
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) usage(`--${name} needs a value`);
  return value;
}
function usage(message) {
  console.error(
    `${message}\nusage: eval-matching.mjs [--split=tuning|heldout|both] [--corpus=alone,demo,synthetic] [--json-only] [--viewers] [--gaps]\n` +
      '       [--baseline <backend/dist of another build> | --baseline-ref <git ref>] [--synthetic-size=N] [--no-cache]',
  );
  process.exit(2);
}

const splitOption = option('split', 'both');
if (!['tuning', 'heldout', 'both'].includes(splitOption)) usage(`unknown split ${splitOption}`);
const splits = splitOption === 'both' ? ['heldout', 'tuning'] : [splitOption];
const corpora = option('corpus', 'alone,demo,synthetic').split(',');
for (const c of corpora) if (!['alone', 'demo', 'synthetic'].includes(c)) usage(`unknown corpus ${c}`);
const jsonOnly = args.includes('--json-only');
const details = args.includes('--viewers');
const gaps = args.includes('--gaps');
const useCache = !args.includes('--no-cache');
const syntheticCount = Number(option('synthetic-size', '10000'));
const baselineDir = option('baseline', undefined);
const baselineRef = option('baseline-ref', undefined);
if (baselineDir && baselineRef) usage('give --baseline or --baseline-ref, not both');
const log = (line) => (jsonOnly ? process.stderr : process.stdout).write(`${line}\n`);

const requireHere = createRequire(import.meta.url);
const evaluation = requireHere(backendModule('features/matching/eval/index.js'));

/**
 * A hash of a compiled module and every module of the repository it loads (not node_modules:
 * those change only with the lock file), so cached tokens are reused only by the same tokenizer.
 */
function codeHash(entry) {
  const require = createRequire(entry);
  require(entry);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || file.includes(`${path.sep}node_modules${path.sep}`)) return;
    seen.add(file);
    for (const child of require.cache[file]?.children ?? []) visit(child.filename);
  };
  visit(require.resolve(entry));
  const hash = createHash('sha256');
  for (const file of [...seen].sort()) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const CACHE_PREFIX = 'musubi-eval-';
const CACHE_KEEP = 8;

/**
 * A PerProfileCache on disk in the OS temp folder: one file per kind of value and code version,
 * mapping a hash of each profile to its value, so a changed or added profile costs only itself.
 */
function diskCache(kind, code) {
  if (!useCache) return undefined;
  const file = path.join(os.tmpdir(), `${CACHE_PREFIX}${kind}-${code}.json`);
  return async (profiles, compute) => {
    let stored = {};
    if (existsSync(file)) {
      try {
        stored = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // A file another run was writing: what is missing is computed again below.
      }
    }
    const keys = profiles.map((p) => createHash('sha256').update(JSON.stringify(p)).digest('base64url').slice(0, 22));
    const missing = profiles.filter((_p, i) => !(keys[i] in stored));
    if (missing.length > 0) {
      const values = await compute(missing);
      let next = 0;
      keys.forEach((key, i) => {
        if (!(key in stored) && profiles[i] === missing[next]) stored[key] = values[next++];
      });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(stored));
      renameSync(partial, file);
      pruneCache(kind);
    }
    return keys.map((key) => stored[key]);
  };
}

/** Keeps the newest CACHE_KEEP files of a kind, so repeated builds do not fill the temp folder. */
function pruneCache(kind) {
  const files = readdirSync(os.tmpdir())
    .filter((f) => f.startsWith(`${CACHE_PREFIX}${kind}-`) && f.endsWith('.json'))
    .map((f) => path.join(os.tmpdir(), f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const f of files.slice(CACHE_KEEP)) rmSync(f, { force: true });
}

/** The engine of another build: its own tokenizer and index, built with that build's defaults. */
function baselineRanker(distDir) {
  const dir = path.resolve(distDir);
  const entry = path.join(dir, 'features/matching/engine/index.js');
  if (!existsSync(entry)) {
    console.error(`no compiled engine at ${entry}`);
    process.exit(1);
  }
  const engine = createRequire(entry)(entry);
  const tokensEntry = path.join(dir, 'features/matching/engine/profile-tokens.js');
  const code = codeHash(existsSync(tokensEntry) ? tokensEntry : entry);
  return evaluation.engineRanker(
    'previous',
    { tokenizeProfile: engine.tokenizeProfile, build: (tokens) => engine.MatchingEngine.build(tokens) },
    diskCache('previous-tokens', code),
  );
}

/**
 * Builds `ref` in a temporary worktree (shared and backend only, with this checkout's node_modules
 * linked in, the workspace packages pointing at the worktree's own) and returns its backend/dist.
 */
function buildRef(ref) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'musubi-eval-ref-'));
  log(`building ${ref} in ${dir} (tsc of shared and backend, about a minute)…`);
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry !== '@musubi') symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  mkdirSync(path.join(modules, '@musubi'));
  for (const pkg of ['shared', 'backend']) symlinkSync(path.join(dir, pkg), path.join(modules, '@musubi', pkg));
  for (const pkg of ['shared', 'backend']) {
    const own = path.join(root, pkg, 'node_modules');
    if (existsSync(own)) symlinkSync(own, path.join(dir, pkg, 'node_modules'));
  }
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'shared', 'backend'], { cwd: dir, stdio: 'inherit' });
  return {
    dist: path.join(dir, 'backend/dist'),
    remove: () => {
      execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const engineDir = path.join(root, 'backend/dist/features/matching/engine');
const rankers = [
  evaluation.currentEngine(diskCache('engine-tokens', codeHash(path.join(engineDir, 'profile-tokens.js')))),
];
let baseline = 'none';
let refBuild;
try {
  if (baselineRef) {
    refBuild = buildRef(baselineRef);
    rankers.push(baselineRanker(refBuild.dist));
    baseline = `previous = engine of git ref ${baselineRef} (built in a temporary worktree)`;
  } else if (baselineDir) {
    rankers.push(baselineRanker(baselineDir));
    baseline = `previous = engine of ${path.resolve(baselineDir)}`;
  }
  rankers.push(
    evaluation.bm25(diskCache('bm25-terms', codeHash(path.join(engineDir, 'tokenize.js')))),
    evaluation.tagJaccard(),
  );

  const started = Date.now();
  const report = await evaluation.runEvaluation({ rankers, corpora, splits, syntheticCount, details, gaps });
  const ms = Date.now() - started;
  if (!jsonOnly) {
    console.log(
      evaluation.formatReport(report, [
        `engine = this checkout's backend/dist; baseline: ${baseline}`,
        'bm25 = plain BM25 (k1 1.2, b 0.75) of whole texts, engine tokenizer; tag-jaccard = Jaccard of tag sets',
      ]),
    );
    console.log(`\n${ms} ms`);
  }
  console.log(JSON.stringify(evaluation.summarize(report, { baseline, ms })));
} finally {
  refBuild?.remove();
}
