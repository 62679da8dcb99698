#!/usr/bin/env node
/**
 * Matching engine benchmark: synthetic ja/en corpora of 1k, 10k and 100k profiles (seeded, so every
 * run sees the same data), exact top-10 against brute force and against natural's TfIdf.
 * Run with `npm run bench:matching` (builds nothing: run `npm run build` or `npx tsc -b backend` first).
 * `-- --million` (or `--sizes=1000000`, any size above 100k) adds the large run: build time, memory
 * per profile, exact top-10 mean/p99 and its identity to brute force, incremental updates; natural,
 * search, compaction and refresh are left out there (natural alone would need tens of GB).
 * The last line of output is one JSON object with the figures of the largest size.
 */
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const enginePath = path.join(root, 'backend/dist/features/matching/engine/index.js');
if (!existsSync(enginePath)) {
  console.error(`Compiled engine not found at ${enginePath}.\nBuild it first: npx tsc -b backend (or npm run build).`);
  process.exit(1);
}
const require = createRequire(path.join(root, 'backend/package.json'));
const { MatchingEngine, tokenizeProfile } = require(enginePath);
const { TfIdf } = require('natural');

const sizesArgument = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
const SIZES = (
  process.argv.includes('--million')
    ? '1000,10000,100000,1000000'
    : (sizesArgument ?? process.env.BENCH_SIZES ?? '1000,10000,100000')
)
  .split(',')
  .map(Number);
/** Sizes above this get the large run (no natural, search, compaction or refresh). */
const FULL_RUN_MAX = 100_000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 500);
const UPDATES = 1000;
/** Updates run before timing, like the queries' warm-up (the first calls run unoptimised code). */
const UPDATE_WARMUP = 200;

const CORPUS_START = '// ---------------------------------------------------------------- seeded corpus';
const CORPUS_END = '// ---------------------------------------------------------------- measuring';

// ---------------------------------------------------------------- seeded corpus
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
const random = mulberry32(20240917);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];

/** Zipf–Mandelbrot sampler over ranks 0..n-1: p(r) ∝ 1 / (r + 1 + q)^s. */
function zipf(n, s, q) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / Math.pow(r + 1 + q, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const EN_WORDS =
  `develop service business technology platform data design product team support provide solution software
application mobile app cloud customer market marketing sales brand content video community city local regional tourism food
health medical care education learning energy carbon climate sustainability mobility logistics manufacturing retail finance
fintech payment security robotics drone sensor network analytics research university laboratory startup investment funding
partner partnership collaboration experiment pilot prototype engineering engineer designer creator artist photography
illustration animation music event workshop space office venue construction architecture agriculture fishery ocean port
harbor yokohama shibuya tokyo japan global overseas asia expansion export translation culture art fashion textile craft
tradition game entertainment media publishing advertising campaign social impact wellbeing aging childcare recruitment
hiring talent career training mentoring consulting strategy operation automation efficiency digital transformation iot
machine vision model blockchain metaverse printing hardware device battery vehicle autonomous smart home building
infrastructure water waste recycling circular economy biotech pharma genome diagnosis telemedicine insurance legal regulation
government municipality public citizen resident neighborhood shopping restaurant cafe hotel travel sports fitness esports
streaming podcast branding logo website ecommerce subscription saas api integration quality testing supply chain procurement
inventory warehouse delivery`.split(/\s+/);
const JA_WORDS =
  `開発 企業 地域 連携 技術 サービス デザイン データ 事業 支援 共創 実証 実験 製造 物流 観光 医療 教育 環境 脱炭素 まちづくり
ものづくり 人材 採用 資金 調達 投資 販路 拡大 海外 展開 研究 大学 研究所 行政 自治体 横浜 渋谷 東京 日本 社会 課題 解決 価値 創出
新規 提案 プロジェクト プラットフォーム アプリ ソフトウェア ハードウェア ロボット ドローン センサー ネットワーク クラウド 人工知能
機械学習 画像 解析 分析 可視化 自動化 効率化 省人化 デジタル 変革 スマートシティ モビリティ エネルギー 再生可能 電池 電気自動車
農業 漁業 港湾 海洋 食品 飲食 店舗 小売 商業 施設 建築 不動産 空間 会場 イベント ワークショップ コミュニティ 住民 高齢者 子育て
健康 福祉 介護 ヘルスケア 金融 決済 保険 セキュリティ ブランド 広告 広報 マーケティング コンテンツ 動画 写真 映像 音楽 アート
作品 文化 伝統 工芸 ファッション ゲーム エンターテインメント メディア 出版 翻訳 多言語 観光客 インバウンド 旅行 ホテル スポーツ
体験 顧客 利用者 ユーザー 品質 検査 設計 製品 試作 量産 供給 在庫 配送 倉庫 循環 リサイクル 廃棄物 水素 気候 防災 減災 安全
安心 交通 自動運転 鉄道 バス 駐車場 オフィス 働き方 副業 起業 経営 戦略 相談 指導 助言 専門家 知見 ノウハウ 実績 導入 運用 保守
改善`.split(/\s+/);
const EN_STOP = 'we are the for and with to of in our a an on by from that this is as at'.split(' ');
const KANJI = [
  ...'安案以位囲医域育員院飲運営映栄衛駅園演円沿央応横屋億温化価家科課画界解海絵開外学楽活館環観企起記技議客求究供協境業局近金銀空形景経計芸建研県限現言古個湖工広交光考航港行講合国際材財産資市師支施事持時式識質実社車手首受授需州修集住重術所商勝証象場情条職色食信新森人図数制性成政整生製税石設説先洗専戦選全組創送造続存体対帯待貸代台大態第団地知置築中調長直通定提店電都土統導働動特読内日入能農波売配博発販番費美品不府富武部福物文分兵米壁保報放法豊望防貿本味民務夢名明鳴木目問役薬友有遊予用洋陽来利理率流旅両料力林類例連路労録話',
]
  .join('')
  .split('');
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン'.split('');
const JA_PARTICLES = ['の', 'を', 'に', 'と', 'で', 'や', 'が', 'から'];
const JA_ENDINGS = [
  'を開発しています。',
  'を提供します。',
  'に取り組んでいます。',
  'を探しています。',
  'を目指します。',
  'です。',
];
const SYLLABLES = 'ka lo mi ren tor vi sen dal mor qua bel fi nor tes lu gar pim zo hex cor dan vel mar ost rin'.split(
  ' ',
);
const SUFFIXES = ['', '', 'ing', 'er', 'ion', 's', 'ed', 'ity'];

function vocabulary(real, size, synthesize) {
  const words = [...new Set(real)];
  const seen = new Set(words);
  while (words.length < size) {
    const w = synthesize();
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}
const EN_VOCAB = vocabulary(EN_WORDS, 3000, () => {
  let w = '';
  for (let i = int(2, 3); i > 0; i--) w += pick(SYLLABLES);
  return w + pick(SUFFIXES);
});
const JA_VOCAB = vocabulary(JA_WORDS, 3000, () =>
  random() < 0.55
    ? pick(KANJI) + pick(KANJI)
    : Array.from({ length: int(3, 5) }, (_, i) => (i === 2 && random() < 0.3 ? 'ー' : pick(KANA))).join(''),
);
// Content words after stop-word removal: Zipf–Mandelbrot with Mandelbrot's q = 2.7.
const EN_RANK = zipf(EN_VOCAB.length, 1.0, 2.7);
const JA_RANK = zipf(JA_VOCAB.length, 1.0, 2.7);

const CATEGORIES = [
  'funding',
  'poc-partner',
  'design',
  'engineering',
  'content',
  'space-venue',
  'sales-channel',
  'mentoring',
  'talent',
  'co-creation',
  'overseas-expansion',
  'data',
  'research',
  'marketing',
  'regulatory-support',
];
const KIND_NEEDS = {
  startup: {
    offers: ['engineering', 'data', 'research', 'co-creation', 'poc-partner'],
    seeks: ['funding', 'poc-partner', 'sales-channel', 'mentoring', 'talent', 'design', 'overseas-expansion'],
  },
  creator: {
    offers: ['design', 'content', 'marketing', 'engineering'],
    seeks: ['content', 'co-creation', 'space-venue', 'funding', 'sales-channel'],
  },
  corporate: {
    offers: ['funding', 'poc-partner', 'space-venue', 'sales-channel', 'data', 'mentoring', 'regulatory-support'],
    seeks: ['co-creation', 'research', 'engineering', 'talent', 'design', 'data'],
  },
};
const TAGS = [
  ...'ai smart-city iot robotics fintech healthcare edtech climate mobility logistics tourism food agritech biotech energy design art music game media ecommerce saas security blockchain drone ev hydrogen circular-economy wellbeing childcare aging sports fashion craft architecture real-estate manufacturing retail marketing branding content video photography xr metaverse open-data dx'.split(
    ' ',
  ),
];
while (TAGS.length < 250) TAGS.push(`topic-${TAGS.length}`);
const TAG_RANK = zipf(TAGS.length, 1.0, 5);

const TOPICS = Array.from({ length: 40 }, () => ({
  en: Array.from({ length: 80 }, () => EN_VOCAB[int(20, EN_VOCAB.length - 1)]),
  ja: Array.from({ length: 80 }, () => JA_VOCAB[int(20, JA_VOCAB.length - 1)]),
  tags: Array.from({ length: 10 }, () => TAGS[int(0, TAGS.length - 1)]),
}));

function words(lang, topic, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (random() < 0.4) out.push(pick(topic[lang]));
    else out.push(lang === 'en' ? EN_VOCAB[EN_RANK()] : JA_VOCAB[JA_RANK()]);
  }
  return out;
}
function english(topic, n) {
  return words('en', topic, n)
    .map((w, i) => (i % 3 === 1 ? `${pick(EN_STOP)} ${w}` : w))
    .join(' ')
    .concat('.');
}
function japanese(topic, n) {
  const ws = words('ja', topic, n);
  let text = '';
  ws.forEach((w, i) => {
    text += w + (i === ws.length - 1 ? pick(JA_ENDINGS) : i % 4 === 3 ? '、' : pick(JA_PARTICLES));
  });
  return text;
}

function generateProfile(i) {
  const r = random();
  const kind = r < 0.45 ? 'startup' : r < 0.75 ? 'creator' : 'corporate';
  const topic = pick(TOPICS);
  const l = random();
  const langs = l < 0.45 ? ['ja'] : l < 0.7 ? ['en'] : ['ja', 'en'];
  const text = (n) => ({
    ...(langs.includes('ja') ? { ja: japanese(topic, n) } : {}),
    ...(langs.includes('en') ? { en: english(topic, n) } : {}),
  });
  const need = (categories) => {
    const category = random() < 0.85 ? pick(categories) : pick(CATEGORIES);
    const lang = pick(langs);
    return { category, text: lang === 'en' ? english(topic, int(2, 8)) : japanese(topic, int(2, 8)) };
  };
  const tags = new Set();
  for (let t = int(3, 8); t > 0; t--) tags.add(random() < 0.5 ? pick(topic.tags) : TAGS[TAG_RANK()]);
  const a = random();
  return {
    id: `p${String(i).padStart(6, '0')}`,
    kind,
    tags: [...tags],
    offers: Array.from({ length: int(1, 3) }, () => need(KIND_NEEDS[kind].offers)),
    seeks: Array.from({ length: int(1, 3) }, () => need(KIND_NEEDS[kind].seeks)),
    headline: text(int(3, 8)),
    description: text(int(15, 50)),
    area: a < 0.35 ? 'yokohama' : a < 0.7 ? 'shibuya' : a < 0.9 ? 'japan-other' : 'overseas',
    languages: random() < 0.1 ? [...langs, pick(['zh', 'ko', 'fr'])] : langs,
    hidden: random() < 0.02,
    topic: TOPICS.indexOf(topic),
  };
}

// ---------------------------------------------------------------- measuring
const now = () => performance.now();
const gc = () => globalThis.gc?.();
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// ---------------------------------------------------------------- tokenising (morphological analysis is slow: use every core)
/**
 * Tokens are cached in the OS temp folder (one JSON line per profile: a 1M corpus is larger than
 * the longest string V8 allows), keyed by the corpus code and the compiled tokenizer, so a re-run
 * starts from stored tokens like the service does (BENCH_TOKEN_CACHE=0 disables the cache).
 */
function tokenCachePath(count) {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const corpusCode = source.slice(source.indexOf(`\n${CORPUS_START}\n`), source.indexOf(`\n${CORPUS_END}\n`));
  const hash = createHash('sha256')
    .update(corpusCode)
    .update(readFileSync(require.resolve('natural/package.json')))
    .update(readFileSync(require.resolve('kuromoji/package.json')));
  for (const file of ['tokenize.js', 'japanese-analyser.js', 'japanese-stopwords.js', 'profile-tokens.js']) {
    hash.update(readFileSync(path.join(path.dirname(enginePath), file)));
  }
  return path.join(os.tmpdir(), `musubi-bench-tokens-${count}-${hash.digest('hex').slice(0, 16)}.ndjson`);
}

/**
 * One copy of each distinct term: tokens arrive from workers or the cache as separate strings, and
 * at 1M profiles the duplicates alone would take gigabytes (the engine keeps term ids, not strings).
 */
function interner() {
  const strings = new Map();
  const one = (s) => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  return (t) => {
    for (const f of Object.keys(t.fields)) t.fields[f] = t.fields[f].map(one);
    t.surfaces = t.surfaces.map(one);
    t.languages = t.languages.map(one);
    return t;
  };
}

async function loadCorpus(count) {
  const cache = process.env.BENCH_TOKEN_CACHE === '0' ? null : tokenCachePath(count);
  const intern = interner();
  if (cache && existsSync(cache)) {
    const tokens = [];
    for await (const line of createInterface({ input: createReadStream(cache), crlfDelay: Infinity })) {
      if (line) tokens.push(intern(JSON.parse(line)));
    }
    if (tokens.length === count) return { tokens, cached: true };
  }
  const tokens = await tokenizeCorpus(count, intern);
  if (cache) {
    const partial = `${cache}.${process.pid}`;
    const fd = openSync(partial, 'w');
    for (let i = 0; i < tokens.length; i += 5000) {
      writeSync(
        fd,
        `${tokens
          .slice(i, i + 5000)
          .map((t) => JSON.stringify(t))
          .join('\n')}\n`,
      );
    }
    closeSync(fd);
    renameSync(partial, cache);
  }
  return { tokens, cached: false };
}

/**
 * Profiles past the tokenised FULL_RUN_MAX (the 1M run), made by recombining tokenised ones:
 * tokenising a million profiles takes hours on two cores. Each takes its kind, topic, area and
 * languages from one tokenised profile, and its offers, seeks and interests (tags, headline,
 * description) from three others of the same kind, topic and languages: the same term statistics
 * and topical coherence as the generator's, distinct profiles (about 280³ combinations per group).
 */
function recombine(base, count) {
  const groups = new Map();
  for (const t of base) {
    const key = `${t.kind}|${t.topic}|${t.languages.join(',')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(t);
  }
  const rng = mulberry32(1_000_003);
  const anyOf = (list) => list[Math.floor(rng() * list.length)];
  const out = [];
  for (let i = base.length; i < count; i++) {
    const model = anyOf(base);
    const group = groups.get(`${model.kind}|${model.topic}|${model.languages.join(',')}`);
    const [offers, seeks, interests] = [anyOf(group), anyOf(group), anyOf(group)];
    out.push({
      ...model,
      id: `p${String(i).padStart(7, '0')}`,
      fields: {
        tags: interests.fields.tags,
        offerCategories: offers.fields.offerCategories,
        offerText: offers.fields.offerText,
        seekCategories: seeks.fields.seekCategories,
        seekText: seeks.fields.seekText,
        headline: interests.fields.headline,
        description: interests.fields.description,
      },
      surfaces: [...offers.surfaces, ...seeks.surfaces, ...interests.surfaces],
    });
  }
  return out;
}

/** Workers tokenise consecutive ranges and send batches, each profile passed through `intern` on arrival. */
async function tokenizeCorpus(count, intern) {
  const workers = Math.max(1, Math.min(os.availableParallelism(), 8));
  const chunk = Math.ceil(count / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const range = { from: w * chunk, to: Math.min(count, (w + 1) * chunk) };
      const worker = new Worker(new URL(import.meta.url), { workerData: range });
      const part = [];
      worker.on('message', (batch) => {
        for (const t of batch) part.push(intern(t));
      });
      const [code] = await once(worker, 'exit');
      if (code !== 0) throw new Error(`tokenising worker ${w} exited with ${code}`);
      return part;
    }),
  );
  return parts.flat();
}

if (!isMainThread) {
  // The corpus is one seeded sequence: profiles before the range are generated and dropped.
  const { from, to } = workerData;
  let batch = [];
  for (let i = 0; i < to; i++) {
    const profile = generateProfile(i);
    if (i < from) continue;
    batch.push({ ...tokenizeProfile(profile), topic: profile.topic });
    if (batch.length === 5000) {
      parentPort.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length > 0) parentPort.postMessage(batch);
} else {
  await main();
}

// ---------------------------------------------------------------- the benchmark
function naturalIndex(slice) {
  const spaces = [
    ['offerCategories', 'offerText'],
    ['seekCategories', 'seekText'],
    ['tags', 'headline', 'description'],
  ];
  const indexes = spaces.map(() => new TfIdf());
  const terms = (t, s) => spaces[s].flatMap((f) => t.fields[f]);
  for (const t of slice) spaces.forEach((_, s) => indexes[s].addDocument(terms(t, s), t.id));
  const kinds = slice.map((t) => t.kind);
  const ids = slice.map((t) => t.id);
  const allowed = {
    startup: ['creator', 'corporate'],
    creator: ['startup', 'corporate'],
    corporate: ['startup', 'creator'],
  };
  /** The same question the naive way: tf-idf of every document for each side, blended, sorted. */
  return (viewer) => {
    const a = indexes[0].tfidfs(terms(viewer, 1));
    const b = indexes[1].tfidfs(terms(viewer, 0));
    const c = indexes[2].tfidfs(terms(viewer, 2));
    const scored = [];
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === viewer.id || !allowed[viewer.kind].includes(kinds[i])) continue;
      const score = 0.8 * (Math.sqrt((a[i] + 0.5) * (b[i] + 0.5)) - 0.5) + 0.2 * c[i];
      if (score > 0) scored.push({ id: ids[i], score });
    }
    return scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)).slice(0, 10);
  };
}

function timeQueries(viewers, run) {
  const times = [];
  const results = [];
  for (const v of viewers) {
    const start = now();
    results.push(run(v));
    times.push(now() - start);
  }
  return { times, results };
}

function benchSize(all, headlines, size) {
  const slice = all.slice(0, size);
  const row = { profiles: size };
  const before = memory();
  let engine = MatchingEngine.build(slice);
  row.heapBytesPerProfile = Math.round((memory() - before) / size);
  const builds = [];
  for (let r = 0; r < (size >= 100000 ? 3 : 5); r++) {
    engine = null;
    gc();
    const start = now();
    engine = MatchingEngine.build(slice);
    builds.push(now() - start);
  }
  row.buildMs = percentile(builds, 0.5);
  const stats = engine.stats();
  row.terms = stats.terms;
  row.postingsPerProfile = +(stats.mainPostings / size).toFixed(1);

  const step = Math.max(1, Math.floor(size / QUERIES));
  const viewers = [];
  for (let i = 0; i < size && viewers.length < QUERIES; i += step) if (!slice[i].hidden) viewers.push(slice[i].id);
  const top10 = (mode) => (id) => engine.suggest(id, { limit: 10, diversity: false, mode }).items;
  timeQueries(viewers.slice(0, 50), top10('exact'));
  let postings = 0;
  let accumulateMs = 0;
  let scanned = 0;
  const exact = timeQueries(viewers, (id) => {
    const items = top10('exact')(id);
    const stats = engine.lastQueryStats();
    postings += stats.postings;
    accumulateMs += stats.accumulateMs;
    scanned += stats.scanned;
    return items;
  });
  row.top10MeanMs = mean(exact.times);
  row.top10P99Ms = percentile(exact.times, 0.99);
  row.postingsPerQuery = Math.round(postings / viewers.length);
  row.slotsScannedPerQuery = Math.round(scanned / viewers.length);
  // The accumulation loop's throughput, and the same postings over whole queries (ranking + reasons).
  row.postingsPerSecond = Math.round(postings / (accumulateMs / 1000));
  row.postingsPerSecondEndToEnd = Math.round(postings / (exact.times.reduce((s, t) => s + t, 0) / 1000));
  row.top10WithMmrMs = mean(timeQueries(viewers, (id) => engine.suggest(id, { limit: 10 })).times);

  const brute = timeQueries(viewers, top10('brute-force'));
  const same = (x, y) => x.length === y.length && x.every((s, i) => s.id === y[i].id && s.score === y[i].score);
  row.identicalTop10 = exact.results.every((r, i) => same(r, brute.results[i]));
  row.bruteForceMs = mean(brute.times);

  const texts = viewers.slice(0, 100).map((id, i) => {
    const headline = headlines[Number(id.slice(1))];
    return i % 2 ? (headline.en ?? headline.ja) : (headline.ja ?? headline.en);
  });
  row.searchMeanMs = mean(timeQueries(texts, (text) => engine.search(text, { limit: 10 })).times);

  // Updates: replace the content of existing profiles with other profiles' tokens (same kind mix).
  const updates = [];
  for (let u = 0; u < UPDATES + UPDATE_WARMUP; u++) {
    const target = slice[(u * 7919) % size];
    const source = all[(u * 104729 + 13) % all.length];
    updates.push({ ...source, id: target.id });
  }
  timeQueries(updates.slice(0, UPDATE_WARMUP), (t) => engine.upsert(t));
  gc(); // a collection owed by earlier phases would otherwise land inside one update
  const updateTimes = timeQueries(updates.slice(UPDATE_WARMUP), (t) => engine.upsert(t)).times;
  row.incrementalUpdateUs = mean(updateTimes) * 1000;
  row.incrementalUpdateMedianUs = percentile(updateTimes, 0.5) * 1000;
  row.incrementalUpdateP99Us = percentile(updateTimes, 0.99) * 1000;
  row.identicalAfterUpdates = viewers.slice(0, 50).every((id) => same(top10('exact')(id), top10('brute-force')(id)));
  const compactStart = now();
  engine.compact();
  row.compactMs = now() - compactStart;
  const refreshStart = now();
  engine.refresh();
  row.refreshMs = now() - refreshStart;
  engine = null;
  gc();

  const naturalQueries = size >= 100000 ? 5 : size >= 10000 ? 30 : 100;
  const naiveStart = now();
  const naive = naturalIndex(slice);
  row.naturalBuildMs = now() - naiveStart;
  const naturalViewers = viewers.slice(0, naturalQueries).map((id) => slice[Number(id.slice(1))]);
  naturalViewers.forEach(naive); // fills natural's idf cache for these terms (kinder to the baseline)
  row.naturalMsPerQuery = mean(timeQueries(naturalViewers, naive).times);
  row.speedupVsNatural = row.naturalMsPerQuery / row.top10MeanMs;
  return row;
}

/**
 * Past 100k (the 1M run): one build, its memory (heap and typed arrays, measured around the build
 * with the tokens already loaded), and exact queries; brute force only on a few viewers (~1 s each).
 */
function benchLarge(all, size) {
  const slice = all.length === size ? all : all.slice(0, size);
  const row = { profiles: size };
  gc();
  const heapBefore = process.memoryUsage();
  const start = now();
  let engine = MatchingEngine.build(slice);
  row.buildMs = now() - start;
  gc();
  const heapAfter = process.memoryUsage();
  row.heapBytesPerProfile = Math.round(
    (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / size,
  );
  row.typedArrayBytesPerProfile = Math.round((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / size);
  const stats = engine.stats();
  row.terms = stats.terms;
  row.postingsPerProfile = +(stats.mainPostings / size).toFixed(1);

  const step = Math.max(1, Math.floor(size / QUERIES));
  const viewers = [];
  for (let i = 0; i < size && viewers.length < QUERIES; i += step) if (!slice[i].hidden) viewers.push(slice[i].id);
  const top10 = (mode) => (id) => engine.suggest(id, { limit: 10, diversity: false, mode }).items;
  timeQueries(viewers.slice(0, 50), top10('exact'));
  let postings = 0;
  let accumulateMs = 0;
  const exact = timeQueries(viewers, (id) => {
    const items = top10('exact')(id);
    const q = engine.lastQueryStats();
    postings += q.postings;
    accumulateMs += q.accumulateMs;
    return items;
  });
  row.top10MeanMs = mean(exact.times);
  row.top10P99Ms = percentile(exact.times, 0.99);
  row.postingsPerQuery = Math.round(postings / viewers.length);
  row.postingsPerSecond = Math.round(postings / (accumulateMs / 1000));
  row.top10WithMmrMs = mean(timeQueries(viewers, (id) => engine.suggest(id, { limit: 10 })).times);

  const checked = viewers.slice(0, 20);
  const brute = timeQueries(checked, top10('brute-force'));
  const same = (x, y) => x.length === y.length && x.every((s, i) => s.id === y[i].id && s.score === y[i].score);
  row.identicalTop10 = brute.results.every((r, i) => same(exact.results[i], r));
  row.bruteForceMs = mean(brute.times);

  const updates = [];
  for (let u = 0; u < UPDATES + UPDATE_WARMUP; u++) {
    updates.push({ ...all[(u * 104729 + 13) % all.length], id: slice[(u * 7919) % size].id });
  }
  timeQueries(updates.slice(0, UPDATE_WARMUP), (t) => engine.upsert(t));
  gc();
  const updateTimes = timeQueries(updates.slice(UPDATE_WARMUP), (t) => engine.upsert(t)).times;
  row.incrementalUpdateUs = mean(updateTimes) * 1000;
  row.incrementalUpdateMedianUs = percentile(updateTimes, 0.5) * 1000;
  row.identicalAfterUpdates = checked.slice(0, 5).every((id) => same(top10('exact')(id), top10('brute-force')(id)));
  engine = null;
  gc();
  return row;
}

function printTable(rows) {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const format = (v) =>
    v === undefined
      ? '—'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? String(v)
          : v >= 100
            ? v.toFixed(0)
            : v.toPrecision(3)
        : String(v);
  const width = Math.max(...columns.map((c) => c.length));
  console.log(['metric'.padEnd(width), ...rows.map((r) => String(r.profiles).padStart(12))].join(' '));
  for (const c of columns.slice(1)) {
    console.log([c.padEnd(width), ...rows.map((r) => format(r[c]).padStart(12))].join(' '));
  }
}

function describeCorpus(tokens) {
  const df = new Map();
  let count = 0;
  for (const t of tokens) {
    const terms = new Set(Object.values(t.fields).flat());
    count += Object.values(t.fields).reduce((n, f) => n + f.length, 0);
    for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const top = [...df].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const share = (n) => `${((100 * n) / tokens.length).toFixed(0)}%`;
  return `${df.size} distinct terms, ${(count / tokens.length).toFixed(0)} tokens per profile, most frequent: ${top
    .map(([term, n]) => `${term} ${share(n)}`)
    .join(', ')}`;
}

async function main() {
  const started = now();
  const maxSize = Math.max(...SIZES);
  const tokenised = Math.min(maxSize, FULL_RUN_MAX);
  const { tokens, cached } = await loadCorpus(tokenised);
  if (maxSize > tokenised) {
    for (const t of recombine(tokens, maxSize)) tokens.push(t);
    console.log(`corpus: ${maxSize - tokenised} more profiles recombined from the ${tokenised} tokenised ones`);
  }
  // Only the headlines (search queries) are kept: the rest would only weigh on the garbage collector.
  const fullRunSizes = SIZES.filter((size) => size <= FULL_RUN_MAX);
  const headlines = Array.from({ length: Math.max(0, ...fullRunSizes) }, (_, i) => generateProfile(i).headline);
  const how = cached ? 'tokens loaded from the cache' : 'generated and tokenised';
  console.log(`corpus: ${maxSize} profiles ${how} in ${((now() - started) / 1000).toFixed(1)} s`);
  console.log(`corpus: ${describeCorpus(tokens)}`);
  console.log(
    `node ${process.version}, ${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, gc ${globalThis.gc ? 'exposed' : 'not exposed (run with --expose-gc)'}`,
  );
  const rows = [];
  for (const size of SIZES) {
    rows.push(size <= FULL_RUN_MAX ? benchSize(tokens, headlines, size) : benchLarge(tokens, size));
    console.log(`… ${size} done (${((now() - started) / 1000).toFixed(1)} s)`);
  }
  printTable(rows);
  const largest = rows[rows.length - 1];
  console.log(JSON.stringify({ sizes: SIZES, ...largest, totalSeconds: +((now() - started) / 1000).toFixed(1) }));
}
