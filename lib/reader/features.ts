/**
 * What the reply reader's model sees of a reply: hashed features of its folded text (see
 * `cleanReply`), each with the position it came from so the reader can say which words spoke.
 *
 * - words: the word, the word pair it starts, and its character 3- and 4-grams (typos, stems:
 *   "pricey", "pricing", "priced" share "pric");
 * - Chinese: each character, pair and triple of characters (Chinese has no spaces; the pairs and
 *   triples are its words: 预算, 太贵, 不需要);
 * - a question mark after the words before it ("price?" asks, "price." objects; 吗 asks with or without one);
 * - the length of the reply and its first and last words (one-liners and sign-offs read differently);
 * - English words' clusters (`word-clusters.json`, built from pretrained embeddings by
 *   `scripts/build-word-clusters.ts`): "swamped", "slammed" and "overwhelmed" share one, so a word
 *   no example used still weighs like the words it sits with.
 *
 * Apostrophes vanish ("don't" = "dont"), digits are one digit and every other mark is a break, so
 * the same reply typed with or without punctuation, in capitals or full-width, has the same features.
 *
 * This is the reader's hot loop (about sixty features a reply): the tokens are read into buffers
 * reused from reply to reply and hashed where they lie, so reading a reply makes no strings and no
 * objects.
 */

import shippedClusters from './word-clusters.json';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a string, seeded per feature kind so a word and a character never collide by design. */
export function hashOf(seed: number, text: string): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

const enum Kind {
  Word = 1,
  Pair = 2,
  Gram = 3,
  Han = 4,
  HanPair = 5,
  HanTriple = 6,
  Question = 7,
  Length = 8,
  First = 9,
  Last = 10,
  Cluster = 11,
  Coarse = 12,
  ClusterPair = 13,
}

const enum Token {
  Word = 0,
  Han = 1,
  Question = 2,
}

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code < 0x3000 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff));

/**
 * The reply cut into tokens (words, Chinese characters, question marks): token t's text is
 * `chars[start[t], end[t])` (a word without its apostrophes, each digit as 0; a question token is
 * "?"), read from index `at[t]` of the folded text. One set of buffers, grown as replies need.
 */
const tokens = {
  count: 0,
  chars: new Uint16Array(256),
  start: new Int32Array(128),
  end: new Int32Array(128),
  at: new Int32Array(128),
  kind: new Uint8Array(128),
};

function readTokens(folded: string): void {
  // A reply of n characters has at most n characters of words and n tokens, and one question
  // token more per 吗 (at most n): twice its length bounds both.
  if (tokens.chars.length < 2 * folded.length) {
    const size = 2 * folded.length + 64;
    tokens.chars = new Uint16Array(size);
    tokens.start = new Int32Array(size);
    tokens.end = new Int32Array(size);
    tokens.at = new Int32Array(size);
    tokens.kind = new Uint8Array(size);
  }
  const { chars, start, end, at, kind } = tokens;
  let n = 0;
  /** Characters written to `chars`; whether a word is open (its end not yet written). */
  let c = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) {
        start[n] = c;
        at[n] = i;
        kind[n] = Token.Word;
        inWord = true;
      }
      chars[c++] = code <= 57 ? 48 : code;
    } else if (code === 39 || code === 0x2019) {
      // "don't" and "dont" are one word.
    } else {
      if (inWord) {
        end[n++] = c;
        inWord = false;
      }
      if (isHan(code)) {
        start[n] = c;
        chars[c++] = code;
        end[n] = c;
        at[n] = i;
        kind[n++] = Token.Han;
      }
      // 吗 asks with or without its question mark: "你们不送吗" is "你们不送吗?".
      if (code === 63 || (code === 0x5417 && folded.charCodeAt(i + 1) !== 63)) {
        start[n] = c;
        chars[c++] = 63;
        end[n] = c;
        at[n] = i;
        kind[n++] = Token.Question;
      }
    }
  }
  if (inWord) end[n++] = c;
  tokens.count = n;
}

/** Goes on hashing token characters [from, to) from `hash`. */
function hashChars(hash: number, from: number, to: number): number {
  const { chars } = tokens;
  for (let i = from; i < to; i++) {
    hash ^= chars[i] ?? 0;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/** The same as hashOf(seed, text of token t). */
const hashToken = (seed: number, t: number) => hashChars((FNV_OFFSET ^ seed) >>> 0, tokens.start[t] ?? 0, tokens.end[t] ?? 0) >>> 0;

/** The same as hashOf(seed, `${text of a} ${text of b}`). */
function hashPair(seed: number, a: number, b: number): number {
  let hash = hashChars((FNV_OFFSET ^ seed) >>> 0, tokens.start[a] ?? 0, tokens.end[a] ?? 0);
  hash ^= 32;
  hash = Math.imul(hash, FNV_PRIME);
  return hashChars(hash, tokens.start[b] ?? 0, tokens.end[b] ?? 0) >>> 0;
}

/** The same as hashOf(seed, padded.slice(from, to)) where padded is `<${word}>` and the word is chars[start, start + length). */
function hashGram(seed: number, start: number, length: number, from: number, to: number): number {
  const { chars } = tokens;
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    hash ^= i === 0 ? 60 : i === length + 1 ? 62 : (chars[start + i - 1] ?? 0);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

const LENGTH_BUCKETS = [1, 2, 3, 5, 8, 13, 21, 40];
const LENGTH_HASHES = Array.from({ length: LENGTH_BUCKETS.length + 1 }, (_, bucket) => hashOf(Kind.Length, String(bucket)));
/** A question mark with nothing before it: the hash of the empty text. */
const LONE_QUESTION = hashOf(Kind.Question, '');

/**
 * Word clusters as `scripts/build-word-clusters.ts` writes them: cluster i's words, space-separated;
 * each fine cluster's coarse one (then each word also has its coarse cluster as a feature); whether
 * two adjacent words' clusters are a feature too ("c12 c40").
 */
export interface WordClusterTable {
  source?: string;
  words: string[];
  coarse?: number[];
  pairs?: boolean;
}

/** A word's hash (`hashOf(Kind.Word, word)`, as the reader hashes it anyway) → its cluster id. */
let clusterOf = new Map<number, number>();
/** Cluster id → its feature's hash, and its coarse cluster's (0: none). */
let clusterHashes = new Uint32Array(0);
let coarseHashes = new Uint32Array(0);
let clusterPairs = false;

/**
 * Reads words' clusters from `table` from now on (the shipped table until then; `undefined`: none).
 * A model reads right only with the table it was trained with (`scripts/train-reader.ts`).
 */
export function useWordClusters(table: WordClusterTable | undefined): void {
  clusterOf = new Map();
  const count = table?.words.length ?? 0;
  clusterHashes = new Uint32Array(count);
  coarseHashes = new Uint32Array(count);
  clusterPairs = table?.pairs === true;
  table?.words.forEach((line, id) => {
    clusterHashes[id] = hashOf(Kind.Cluster, String(id));
    const coarse = table.coarse?.[id];
    if (coarse !== undefined) coarseHashes[id] = hashOf(Kind.Coarse, String(coarse));
    for (const word of line.split(' ')) if (word) clusterOf.set(hashOf(Kind.Word, word), id);
  });
}

useWordClusters(shippedClusters);

/** The features of one reply, in the order read: `hashes[i]` came from `positions[i]`, for i < `count`. */
export interface FeatureList {
  count: number;
  hashes: Uint32Array;
  positions: Int32Array;
}

/** One list for every reply: `readFeatures` fills it anew each call. */
const features: FeatureList = { count: 0, hashes: new Uint32Array(1024), positions: new Int32Array(1024) };

function add(hash: number, position: number): void {
  if (features.count === features.hashes.length) {
    const hashes = new Uint32Array(features.count * 2);
    const positions = new Int32Array(features.count * 2);
    hashes.set(features.hashes);
    positions.set(features.positions);
    features.hashes = hashes;
    features.positions = positions;
  }
  features.hashes[features.count] = hash;
  features.positions[features.count++] = position;
}

/**
 * Every feature of the folded reply: its hash and its position, an index in the folded text (the
 * start of the words it came from), -1 for the reply-wide ones. The list is the same object each
 * call, overwritten by the next one: read it before reading another reply.
 */
export function readFeatures(folded: string): FeatureList {
  features.count = 0;
  readTokens(folded);
  const { count: n, start, end, at, kind } = tokens;
  let words = 0;
  let first = -1;
  let last = -1;
  /** The previous word's cluster id, -1 when it had none or was no word. */
  let previousCluster = -1;
  for (let t = 0; t < n; t++) {
    const what = kind[t];
    const where = at[t] ?? 0;
    // Pairs run across commas and full stops: the same reply typed without punctuation reads the same.
    const previous = t > 0 ? t - 1 : -1;
    const afterWords = previous >= 0 && kind[previous] !== Token.Question;
    if (what === Token.Question) {
      previousCluster = -1;
      add(previous >= 0 ? hashToken(Kind.Question, previous) : LONE_QUESTION, where);
      continue;
    }
    words++;
    if (first < 0) first = t;
    last = t;
    if (what === Token.Han) {
      previousCluster = -1;
      add(hashToken(Kind.Han, t), where);
      if (previous >= 0 && kind[previous] === Token.Han) {
        // A run of characters lies contiguous in `chars`: the pair and the triple are one span.
        add(hashChars((FNV_OFFSET ^ Kind.HanPair) >>> 0, start[previous] ?? 0, end[t] ?? 0) >>> 0, at[previous] ?? 0);
        if (t > 1 && kind[t - 2] === Token.Han) add(hashChars((FNV_OFFSET ^ Kind.HanTriple) >>> 0, start[t - 2] ?? 0, end[t] ?? 0) >>> 0, at[t - 2] ?? 0);
      } else if (afterWords) add(hashPair(Kind.Pair, previous, t), at[previous] ?? 0);
      continue;
    }
    const wordHash = hashToken(Kind.Word, t);
    add(wordHash, where);
    const cluster = clusterOf.get(wordHash);
    if (cluster !== undefined) {
      add(clusterHashes[cluster] ?? 0, where);
      const coarse = coarseHashes[cluster] ?? 0;
      if (coarse !== 0) add(coarse, where);
      if (clusterPairs && previousCluster >= 0) {
        let hash = (FNV_OFFSET ^ Kind.ClusterPair) >>> 0;
        hash = Math.imul(hash ^ previousCluster, FNV_PRIME);
        hash = Math.imul(hash ^ cluster, FNV_PRIME);
        add(hash >>> 0, at[previous] ?? 0);
      }
      previousCluster = cluster;
    } else previousCluster = -1;
    if (afterWords) add(hashPair(Kind.Pair, previous, t), at[previous] ?? 0);
    const from = start[t] ?? 0;
    const length = (end[t] ?? 0) - from;
    if (length > 3) {
      const padded = length + 2;
      for (let g = 3; g <= 4; g++) for (let s = 0; s + g <= padded; s++) add(hashGram(Kind.Gram, from, length, s, s + g), where);
    }
  }
  // The reply-wide features come from no one place: position -1 (no sentence holds them).
  if (words === 0) return features;
  const bucket = LENGTH_BUCKETS.findIndex((limit) => words <= limit);
  add(LENGTH_HASHES[bucket === -1 ? LENGTH_BUCKETS.length : bucket] ?? 0, -1);
  add(hashToken(Kind.First, first), -1);
  add(hashToken(Kind.Last, last), -1);
  return features;
}

/**
 * Calls `emit(hash, position)` for every feature of the folded reply (see `readFeatures`).
 * `position` is an index in the folded text (the start of the words the feature came from), -1 for
 * the reply-wide ones.
 */
export function forEachFeature(folded: string, emit: (hash: number, position: number) => void): void {
  const { count, hashes, positions } = readFeatures(folded);
  for (let i = 0; i < count; i++) emit(hashes[i] ?? 0, positions[i] ?? 0);
}
