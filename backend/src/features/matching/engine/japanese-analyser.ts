/*
 * kuromoji (IPADIC) loaded synchronously. kuromoji's own builder reads its gzipped dictionary with
 * callbacks, while `tokenizeText` is synchronous and runs on profile saves, search queries and index
 * builds; reading the same files with `gunzipSync` into kuromoji's own dictionary classes removes any
 * ordering between "dictionary ready" and "first Japanese text". The dictionary ships inside the npm
 * package: nothing is downloaded at run time.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- kuromoji's dictionary classes have no typed entry points */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One morpheme as kuromoji reports it (IPADIC features; `*` where a feature is empty). */
export interface Morpheme {
  surface_form: string;
  /** 名詞, 動詞, 形容詞, 助詞, 記号… */
  pos: string;
  /** 一般, サ変接続, 固有名詞, 自立, 非自立, 接尾… */
  pos_detail_1: string;
  pos_detail_2: string;
  /** Dictionary form of an inflected word; `*` or absent for unknown words. */
  basic_form?: string;
}

interface KuromojiTokenizer {
  tokenize(text: string): Morpheme[];
}

interface DynamicDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): void;
  loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): void;
  loadConnectionCosts(costs: Int16Array): void;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    catMap: Uint8Array,
    compatCatMap: Uint32Array,
    invokeDef: Uint8Array,
  ): void;
}

/** What loading cost this process (reported at start-up). */
export interface AnalyserLoad {
  ms: number;
  rssBytes: number;
}

let tokenizer: KuromojiTokenizer | undefined;
let loaded: AnalyserLoad | undefined;

function readDictionaryFile(dictionaryDir: string, file: string): ArrayBuffer {
  const bytes = gunzipSync(readFileSync(join(dictionaryDir, file)));
  // A copy so the typed arrays below start at offset 0 of a buffer of their own.
  return new Uint8Array(bytes).buffer;
}

/**
 * Loads kuromoji's IPADIC dictionary into this process once (about 0.5 s and 250 MB RSS); later calls
 * return the first load's figures. Throws when the dictionary files are missing: there is no fallback
 * segmenter.
 */
export function loadJapaneseAnalyser(): AnalyserLoad {
  if (loaded) return loaded;
  const started = performance.now();
  const rssBefore = process.memoryUsage.rss();
  const dictionaryDir = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  const file = (name: string) => readDictionaryFile(dictionaryDir, name);
  const DynamicDictionariesClass: new () => DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries');
  const TokenizerClass: new (dic: DynamicDictionaries) => KuromojiTokenizer = require('kuromoji/src/Tokenizer');
  const dic = new DynamicDictionariesClass();
  dic.loadTrie(new Int32Array(file('base.dat.gz')), new Int32Array(file('check.dat.gz')));
  dic.loadTokenInfoDictionaries(
    new Uint8Array(file('tid.dat.gz')),
    new Uint8Array(file('tid_pos.dat.gz')),
    new Uint8Array(file('tid_map.dat.gz')),
  );
  dic.loadConnectionCosts(new Int16Array(file('cc.dat.gz')));
  dic.loadUnknownDictionaries(
    new Uint8Array(file('unk.dat.gz')),
    new Uint8Array(file('unk_pos.dat.gz')),
    new Uint8Array(file('unk_map.dat.gz')),
    new Uint8Array(file('unk_char.dat.gz')),
    new Uint32Array(file('unk_compat.dat.gz')),
    new Uint8Array(file('unk_invoke.dat.gz')),
  );
  tokenizer = new TokenizerClass(dic);
  loaded = { ms: performance.now() - started, rssBytes: process.memoryUsage.rss() - rssBefore };
  return loaded;
}

function loadedTokenizer(): KuromojiTokenizer {
  if (!tokenizer) loadJapaneseAnalyser();
  if (!tokenizer) throw new Error('kuromoji did not load');
  return tokenizer;
}

/** Morphemes of a Japanese text (loads the dictionary on first use). */
export function analyseJapanese(text: string): Morpheme[] {
  return loadedTokenizer().tokenize(text);
}
