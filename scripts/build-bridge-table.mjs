#!/usr/bin/env node
/**
 * Builds the ja → en term table of the matching bridge (backend/src/features/matching/engine/bridge-table.ts)
 * from JMdict's common nouns plus a curated domain layer (scripts/bridge/curated-ja-en.tsv, which wins).
 *
 *   node scripts/build-bridge-table.mjs [--jmdict <jamdict.db | jamdict.db.xz>]
 *
 * Without --jmdict it fetches PyPI's `jamdict-data` (JMdict as SQLite) with pip into a temporary folder.
 * Needs python3 (standard library) and a built backend (`npm run build`): glosses are checked with the
 * engine's own English tokeniser, so every kept gloss gives one or two terms.
 * JMdict: © Electronic Dictionary Research and Development Group, CC BY-SA 4.0.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendModule } from './require-build.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'backend/package.json'));
const { tokenizeText } = require(backendModule('features/matching/engine/tokenize.js'));
const OUT = path.join(root, 'backend/src/features/matching/engine/bridge-table.ts');

function jmdictPath() {
  const i = process.argv.indexOf('--jmdict');
  if (i > 0) return process.argv[i + 1];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jamdict-'));
  console.error(`Fetching jamdict-data with pip into ${dir} …`);
  execFileSync(
    'python3',
    ['-m', 'pip', 'download', 'jamdict-data==1.5', '--no-deps', '--no-binary', ':all:', '-d', dir],
    {
      stdio: 'inherit',
    },
  );
  const archive = readdirSync(dir).find((f) => f.endsWith('.tar.gz'));
  execFileSync('tar', ['xzf', archive, '-C', dir], { cwd: dir });
  return path.join(dir, archive.replace(/\.tar\.gz$/, ''), 'jamdict_data', 'jamdict.db.xz');
}

const JAPANESE_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々]{2,}$/u;
/** Curated words may be one kanji (駅, 港): the bridge looks those up only as whole tokens. */
const CURATED_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々]+$/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const KEEP_POS = ['noun (common)', 'noun or participle which takes the aux. verb suru', 'adjectival nouns'];
const DROP_POS = [
  'pronoun',
  'particle',
  'conjunction',
  'counter',
  'suffix',
  'prefix',
  'auxiliary',
  'expressions',
  'interjection',
  'noun (temporal)',
  'adverbial noun',
  'adverb',
  'numeric',
  'adjective (keiyoushi)',
];
/** Verb classes (the suru-noun class, "noun or participle which takes the aux. verb suru", is kept). */
const VERB_POS = /^(godan|ichidan|transitive|intransitive|kuru|suru verb|irregular|nidan|yodan)/i;
const DROP_MISC = [
  'archaism',
  'obsolete',
  'slang',
  'vulgar',
  'derogatory',
  'honorific',
  'humble',
  'polite',
  'rare term',
  'obscure',
  'jocular',
  'sensitive',
  'idiomatic',
  'yojijukugo',
  'proverb',
];
/** Short glosses only: a longer one is an explanation, not a word a member would write. */
const MAX_GLOSS_WORDS = 3;
const MAX_TERMS = 2;

/** How many of a first sense's short glosses a word becomes: 2 found more cross-language partners than 1 or 3 on the tuning half (BRIDGE_GLOSSES to try others). */
const GLOSSES = Number(process.env.BRIDGE_GLOSSES ?? 2);

/** The leading short glosses of a first sense: parentheses and "to " dropped, 1–2 terms each. */
function shortGloss(glosses) {
  const kept = [];
  for (const raw of glosses.slice(0, 3)) {
    const gloss = raw
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^(to|the|a|an) /i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!gloss || /\d|[;:"!?']/.test(gloss) || gloss.split(' ').length > MAX_GLOSS_WORDS) continue;
    const terms = tokenizeText(gloss);
    if (terms.length >= 1 && terms.length <= MAX_TERMS) kept.push(gloss.toLowerCase());
    if (kept.length === GLOSSES) break;
  }
  return kept.length ? kept.join(' ') : undefined;
}

function fromJmdict(db) {
  const extractor = path.join(root, 'scripts/bridge/jmdict-extract.py');
  const lines = execFileSync('python3', [extractor, db], { maxBuffer: 1 << 28, encoding: 'utf8' }).split('\n');
  const table = new Map();
  const ambiguous = new Set();
  let kept = 0;
  for (const line of lines) {
    if (!line) continue;
    const entry = JSON.parse(line);
    const ja = entry.ja.normalize('NFKC').toLowerCase();
    // お話, ご案内: the polite prefix makes another word of a common verb noun (お話 → story).
    if (!JAPANESE_WORD.test(ja) || HIRAGANA_ONLY.test(ja) || /^[おご]/.test(ja)) continue;
    if (!entry.pos.some((p) => KEEP_POS.some((k) => p.startsWith(k)))) continue;
    if (entry.pos.some((p) => VERB_POS.test(p) || DROP_POS.some((d) => p.includes(d)))) continue;
    if (entry.misc.some((m) => DROP_MISC.some((d) => m.includes(d)))) continue;
    const gloss = shortGloss(entry.gloss);
    if (!gloss) continue;
    // One headword in two entries with different glosses (生物: living thing / raw food): ambiguous.
    if (table.has(ja) && table.get(ja) !== gloss) ambiguous.add(ja);
    table.set(ja, gloss);
    kept++;
  }
  for (const ja of ambiguous) table.delete(ja);
  console.error(`JMdict: ${kept} common nouns kept, ${ambiguous.size} ambiguous headwords dropped`);
  return table;
}

function curated() {
  const file = path.join(root, 'scripts/bridge/curated-ja-en.tsv');
  const table = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [ja, en] = line.split('\t');
    const key = ja.normalize('NFKC').toLowerCase();
    const terms = tokenizeText(en);
    if (!CURATED_WORD.test(key) || terms.length < 1 || terms.length > MAX_TERMS) {
      throw new Error(`curated-ja-en.tsv: unusable line "${line}"`);
    }
    table.set(key, en.trim().toLowerCase());
  }
  return table;
}

/** "term=word term=word" ("term" alone when the word is the term): the engine's distinct terms of a gloss. */
function englishTerms(gloss) {
  const pairs = new Map();
  // Each term once: two glosses of one stem (measurement; measuring) would count the word twice.
  tokenizeText(gloss, (term, word) => pairs.has(term) || pairs.set(term, term === word ? term : `${term}=${word}`));
  return [...pairs.values()].join(' ');
}

const db = jmdictPath();
if (!existsSync(db)) throw new Error(`JMdict database not found: ${db}`);
const table = fromJmdict(db);
const domain = curated();
for (const [ja, en] of domain) table.set(ja, en);
const rows = [...table]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([ja, en]) => `${ja}\t${englishTerms(en)}${domain.get(ja) === en ? '\tc' : ''}`);

writeFileSync(
  OUT,
  `/*
 * Generated by scripts/build-bridge-table.mjs: do not edit (edit scripts/bridge/curated-ja-en.tsv and re-run).
 * ${rows.length} Japanese words with the English terms that the matching bridge turns them into:
 * ${domain.size} curated domain terms over JMdict's common nouns (news1/ichi1/spec1/gai1, first sense,
 * leading short gloss). JMdict © Electronic Dictionary Research and Development Group, used under
 * CC BY-SA 4.0 (https://www.edrdg.org/edrdg/licence.html); this table is a derived work under the same licence.
 */

/**
 * Lines of "Japanese word<TAB>terms[<TAB>c for a curated entry]", sorted by the Japanese word; terms are
 * the English tokeniser's output for the gloss as "term=word" pairs ("term" when both are equal).
 */
export const JA_EN_TABLE = \`${rows.join('\n')}\`;
`,
);
console.error(`Wrote ${path.relative(root, OUT)}: ${rows.length} entries (${domain.size} curated)`);
