/*
 * Only the parts of `natural` the engine uses, loaded directly. natural's index also loads its
 * storage adapters (dotenv banner), sentiment lexicons and ESM-only packages: slow to import and
 * not loadable under Jest's CommonJS module system.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- natural has no per-module entry points with types */
import type { PorterStemmer as PorterStemmerType, WordTokenizer as WordTokenizerType } from 'natural';

export const WordTokenizer: typeof WordTokenizerType =
  require('natural/lib/natural/tokenizers/regexp_tokenizer').WordTokenizer;
export const PorterStemmer: typeof PorterStemmerType = require('natural/lib/natural/stemmers/porter_stemmer');
export const stopwords: string[] = require('natural/lib/natural/util/stopwords').words;
