/**
 * Trains the reply reader's model (lib/reader/model.json) on its knowledge: the example replies
 * in lib/reader/examples/*.tsv and the labelled sets in tests/data (all but `final` and `final2`,
 * which are kept out to measure on). Fits the calibration, the softmax temperature (on the held-out
 * predictions of 5 folds that hold out whole labelled sets) and the support map
 * (`lib/reader/support.ts`, on the world-like held-out readings: see CALIBRATE_ON).
 * `npx tsx scripts/train-reader.ts` writes the model and prints the figures;
 * `--eval FILE…` also measures on other labelled files (same columns as tests/data, or
 * label<TAB>lang<TAB>text) without training on them.
 * `--loso` measures leave-one-set-out (`leaveOneSetOut`): each first look, blind set and the holdout
 * read by a model that did not train on it, per set and pooled, and final/final2; writes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OBJECTION_IDS } from '../lib/playbook/ids';
import { classifyReply } from '../lib/reader/classify-reply';
import { LinearModel, type ShippedModel } from '../lib/reader/linear-model';
import { encodeModel } from '../lib/reader/model-codec';
import { readerInput } from '../lib/reader/reader-input';
import { forEachFeature, hashOf, useWordClusters, type WordClusterTable } from '../lib/reader/features';
import { maySaySure, SURE_AT, supportInputs, type Support } from '../lib/reader/support';

/**
 * WORD_CLUSTERS=file trains with another word-cluster table than the shipped one
 * (`scripts/build-word-clusters.ts`), `none` with none; CLUSTER_PAIRS=1|0 and CLUSTER_COARSE=0
 * override the table's own options. The reader reads with lib/reader/word-clusters.json: a model
 * trained with another table ships with that table copied there (with the options it was trained with).
 */
if (process.env.WORD_CLUSTERS || process.env.CLUSTER_PAIRS || process.env.CLUSTER_COARSE) {
  const file = process.env.WORD_CLUSTERS ?? resolve(import.meta.dirname, '../lib/reader/word-clusters.json');
  const table = file === 'none' ? undefined : (JSON.parse(readFileSync(file, 'utf8')) as WordClusterTable);
  if (table && process.env.CLUSTER_PAIRS) table.pairs = process.env.CLUSTER_PAIRS === '1';
  if (table && process.env.CLUSTER_COARSE === '0') delete table.coarse;
  useWordClusters(table);
  if (process.env.CLUSTERS_OUT && table) writeFileSync(process.env.CLUSTERS_OUT, `${JSON.stringify(table)}\n`);
}

export const CLASSES = [...OBJECTION_IDS, 'none'] as const;
const root = resolve(import.meta.dirname, '..');
const HELD_OUT = new Set(['objections-final.tsv', 'objections-final2.tsv']);

export interface Example {
  label: string;
  lang: string;
  text: string;
  source: string;
  /** The line of the file it was read from (1-based). */
  line?: number;
}

/** Reads a labelled file: tests/data's four columns (with a header) or the examples' three. */
export function readExamples(path: string): Example[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const source = path.split('/').pop() ?? path;
  const out: Example[] = [];
  for (const [at, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols[0] === 'labels') continue;
    const [labels, lang, text] = cols.length >= 4 ? [cols[0], cols[2], cols.slice(3).join(' ')] : [cols[0], cols[1], cols.slice(2).join(' ')];
    const label = (labels ?? '').split(',')[0]?.trim() ?? '';
    if (!(CLASSES as readonly string[]).includes(label) || !text) continue;
    out.push({ label, lang: lang ?? '', text: text.replace(/\\n/g, '\n'), source, line: at + 1 });
  }
  return out;
}

export function trainingExamples(): Example[] {
  const examplesDir = resolve(root, 'lib/reader/examples');
  const dataDir = resolve(root, 'tests/data');
  const files = [
    ...readdirSync(examplesDir).filter((f) => f.endsWith('.tsv')).map((f) => resolve(examplesDir, f)),
    ...readdirSync(dataDir).filter((f) => f.startsWith('objections-') && f.endsWith('.tsv') && !HELD_OUT.has(f)).map((f) => resolve(dataDir, f)),
  ];
  return files.flatMap(readExamples);
}

interface Vector {
  keys: number[];
  values: number[];
}

function vectorOf(text: string): Vector {
  const { folded, skip } = readerInput(text);
  const counts = new Map<number, number>();
  let total = 0;
  forEachFeature(folded, (hash, position) => {
    if (skip(position)) return;
    total++;
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  });
  const norm = total > 0 ? 1 / Math.sqrt(total) : 0;
  return { keys: [...counts.keys()], values: [...counts.values()].map((v) => v * norm) };
}

interface TrainingRow {
  y: number;
  v: Vector;
  /** How much the row counts (an example's restyled copy counts less than the example). */
  weight?: number;
}

/**
 * Style-invariance at training time: each example is also seen restyled, so the weight sits on the
 * objection's words and not on how the examples happen to be written. What the reader's folding
 * already evens out (case, punctuation, full-width, Traditional characters, greetings, signatures,
 * quoted mail) needs no copy; what it does not:
 * - words left out (a hurried or voice-to-text reply, a truncated preview): each word of a reply of
 *   four words or more is dropped with chance 0.2, so no single word carries a reply alone;
 * - Chinese written in the other region's words (OpenCC with phrases: 软件 ↔ 軟體, 信息 ↔ 資訊).
 * - typed on a phone ('typo'): shorthand for common words ("u", "pls", "b4"), a letter dropped or
 *   doubled in a longer word, no punctuation;
 * - cut to its first clause ('clause');
 * - English words the examples never used ('neighbour', issue 14's round of session 26): one or two
 *   content words replaced by an embedding neighbour (NEIGHBOURS=file from
 *   `scripts/build-word-clusters.ts --neighbours`): held out the same, the pooled first looks 1,603 →
 *   1,608 in one order (tests/data/README.md); not the default until a second order and the pins agree.
 * AUGMENT=drop,script trains with the copies (AUG_WEIGHT: how much a copy counts, 0.5). 'drop' and
 * 'script', tried in issue 14's eleventh round, read no outside set better (G one reply worse, J the
 * same), lowered the held-out accuracy 0.866 → 0.857 and made the model 409 kB gzipped; 'clause'
 * (session 24) read the pooled first looks 2 replies worse and held out 0.867 → 0.859. 'typo' (session
 * 24), with L2 3e-4 and the shorthand read as words in `features.ts`, read the pooled first looks best
 * (1,611 of 1,702 against 1,609 without it, main 1,603) but read the security review after a settled
 * price (scripts/advise-pages.test.ts, 价格这块没有问题.不过我们资安团队要先审一下) as authority: off.
 * The shorthand reading was taken back out of `features.ts` with main's model (see 84925c8 for it):
 * without it, 'typo' trains on shorthand the reader does not expand at read time ("u", "pls"), so a
 * round that tries it again brings that reading back first.
 */
const AUGMENT = process.env.AUGMENT ?? '0';
const AUG_WEIGHT = Number(process.env.AUG_WEIGHT ?? 0.5);
const AUG_DROP = Number(process.env.AUG_DROP ?? 0.2);
let toTaiwan: ((text: string) => string) | undefined;
let toMainland: ((text: string) => string) | undefined;

let neighbours: Record<string, string[]> | undefined;
/** Words a neighbour must not replace: they carry the grammar, not the meaning. */
const FUNCTION_WORDS = new Set('this that with have from they them their there then than will would could should shall been being were what when where which while your yours ours just very also only into onto about after before over under again more most some such each both other than because until unless though although does doing done dont cant wont isnt arent wasnt didnt doesnt havent hasnt shouldnt wouldnt couldnt here thanks thank please'.split(' '));
/** Whether a neighbour has the word's form (its ending: -ing, -ed, -ly, -s), a stand-in for its part of speech. */
function sameForm(word: string, other: string): boolean {
  const ending = (w: string) => (/ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /ly$/.test(w) ? 'ly' : /[^s]s$/.test(w) ? 's' : '');
  return ending(word) === ending(other) && !other.startsWith(word.slice(0, 4));
}

export function restyled(e: Example): string[] {
  const kinds = AUGMENT === '0' ? [] : AUGMENT.split(',');
  const out: string[] = [];
  const random = seeded(hashOf(Number(process.env.SEED ?? 7), e.text));
  if (kinds.includes('drop')) {
    const words = e.text.split(/(\s+)/);
    const real = words.filter((w) => w.trim() !== '').length;
    if (real >= 4) {
      const kept = words.filter((w) => w.trim() === '' || random() >= AUG_DROP).join('').replace(/\s+/g, ' ').trim();
      if (kept.split(' ').length >= 2 && kept !== e.text) out.push(kept);
    }
    // Chinese has no spaces: leave out one character in ten (never the whole reply).
    const han = e.text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
    if (han >= 6) {
      const kept = e.text.replace(/[\u3400-\u9fff]/g, (c) => (random() >= AUG_DROP / 2 ? c : ''));
      if (kept !== e.text) out.push(kept);
    }
  }
  if (kinds.includes('clause')) {
    // A reply cut to its first clause (a preview, a hurried reply that says only the gist).
    const first = e.text.split(/[,.;!?\n，。；！？]|\s(?:but|and|so)\s|但是|不过|不過|可是/)[0]?.trim() ?? '';
    if (first.length >= 4 && first.length < e.text.trim().length - 3) out.push(first);
  }
  if (kinds.includes('typo')) {
    // Typed on a phone: shorthand for common words, a letter dropped or doubled in a longer word.
    const SHORT: Record<string, string> = { you: 'u', your: 'ur', are: 'r', please: 'pls', thanks: 'thx', before: 'b4', tomorrow: 'tmrw', right: 'rite', because: 'bc', people: 'ppl', with: 'w', really: 'rly', about: 'abt', week: 'wk', now: 'rn', to: '2', for: '4', be: 'b', and: 'n' };
    if (/[a-z]{3}/i.test(e.text)) {
      const typed = e.text.replace(/[A-Za-z']+/g, (w) => {
        const lower = w.toLowerCase().replace(/'/g, '');
        const short = SHORT[lower];
        if (short && random() < 0.6) return short;
        if (lower.length >= 5 && random() < 0.25) {
          const at = 1 + Math.floor(random() * (lower.length - 2));
          return random() < 0.5 ? lower.slice(0, at) + lower.slice(at + 1) : lower.slice(0, at) + (lower[at] ?? '') + lower.slice(at);
        }
        return lower;
      }).replace(/[.,!?;:'"]/g, '');
      if (typed !== e.text) out.push(typed);
    }
  }
  if (kinds.includes('neighbour') && e.lang === 'en') {
    // An English example with one or two content words replaced by an embedding neighbour of the
    // same form (cosine ≥ 0.7; `scripts/build-word-clusters.ts --neighbours`): "we're swamped"
    // teaches "we're slammed" too. NEIGHBOUR_COPIES copies (1).
    neighbours ??= JSON.parse(readFileSync(process.env.NEIGHBOURS ?? '/tmp/emb/neighbours.json', 'utf8')) as Record<string, string[]>;
    const table = neighbours;
    const words = [...e.text.matchAll(/[A-Za-z]+(?:['’][a-z]+)?/g)].filter((m) => {
      const w = m[0].toLowerCase();
      return w.length >= 4 && !FUNCTION_WORDS.has(w) && (table[w]?.some((n) => sameForm(w, n)) ?? false);
    });
    for (let copy = 0; copy < Number(process.env.NEIGHBOUR_COPIES ?? 1) && words.length > 0; copy++) {
      const chosen = new Set<number>();
      const count = words.length >= 4 && random() < 0.5 ? 2 : 1;
      while (chosen.size < Math.min(count, words.length)) chosen.add(Math.floor(random() * words.length));
      let text = e.text;
      for (const at of [...chosen].sort((a, b) => b - a)) {
        const m = words[at];
        if (!m) continue;
        const w = m[0].toLowerCase();
        const options = (table[w] ?? []).filter((n) => sameForm(w, n));
        const pick = options[Math.floor(random() * Math.min(options.length, 3))] ?? w;
        text = text.slice(0, m.index) + pick + text.slice(m.index + m[0].length);
      }
      if (text !== e.text) out.push(text);
    }
  }
  if (kinds.includes('script') && /[\u3400-\u9fff]/.test(e.text)) {
    toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'twp' });
    toMainland ??= OpenCC.Converter({ from: 'twp', to: 'cn' });
    const other = e.lang === 'zh-Hans' ? toTaiwan(e.text) : toMainland(e.text);
    if (other !== e.text) out.push(other);
  }
  return out;
}

/**
 * L2 (L2=…): 3e-4 read held out 0.867 → 0.871 and the pooled first looks 1,603 → 1,607 of 1,702 in
 * issue 14's round of session 24 (3e-3 worse, 1,599; 1e-4 1,606), but with the shorthand reading of
 * 84925c8 it moved three situation pins to wrong readings (tests/data/README.md): 1e-3 kept.
 */
export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
}
const DEFAULTS: TrainOptions = { epochs: Number(process.env.EPOCHS ?? 30), rate: 0.5, l2: Number(process.env.L2 ?? 1e-3), minCount: Number(process.env.MIN_COUNT ?? 2) };
/** Weights this many 8-bit steps from zero or closer are dropped (the model ships smaller, reads the same). */
const DROP_STEPS = Number(process.env.DROP_STEPS ?? 4);

interface FloatModel {
  index: Map<number, number>;
  w: Float64Array;
  bias: Float64Array;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Multinomial logistic regression by AdaGrad; classes weighted so each counts alike. */
function train(rows: TrainingRow[], options: TrainOptions = DEFAULTS): FloatModel {
  // BAG=n: n trainings in n visiting orders (seeds SEED, SEED+1, …), their float weights averaged
  // (the logits of a bag of linear models are the logits of their averaged weights, so it ships as one).
  const bag = Math.max(1, Number(process.env.BAG ?? 1));
  const seed = Number(process.env.SEED ?? 7);
  if (bag === 1) return trainOnce(rows, options, seed);
  const models = Array.from({ length: bag }, (_, b) => trainOnce(rows, options, seed + b, process.env.BAG_BOOT === '1'));
  const first = models[0] as FloatModel;
  const w = new Float64Array(first.w.length);
  const bias = new Float64Array(first.bias.length);
  for (const m of models) {
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + (m.w[i] ?? 0) / bag;
    for (let c = 0; c < bias.length; c++) bias[c] = (bias[c] ?? 0) + (m.bias[c] ?? 0) / bag;
  }
  return { index: first.index, w, bias };
}

/**
 * NB=1: each feature's value for class c is scaled by its naive-Bayes log-count ratio for c against
 * the rest (r = log((p_c / |p_c|) / (q_c / |q_c|)), p_c and q_c the smoothed counts of replies with
 * the feature in c and outside it: NB-LR, Wang & Manning 2012), so the L2 pull is toward what the
 * counts alone say; the shipped weight is the learned weight times r. NB_MIX=λ instead adds λ times
 * the multinomial naive-Bayes log-likelihoods (centred per feature) to the trained weights.
 */
function nbTables(rows: TrainingRow[], index: Map<number, number>, k: number, alpha: number): { ratio: Float64Array; logLikelihood: Float64Array } {
  const f = index.size;
  const inClass = new Float64Array(f * k);
  for (const { y, v } of rows) for (const key of v.keys) {
    const at = index.get(key);
    if (at !== undefined) inClass[at * k + y] = (inClass[at * k + y] ?? 0) + 1;
  }
  const total = new Float64Array(f);
  for (let i = 0; i < f; i++) for (let c = 0; c < k; c++) total[i] = (total[i] ?? 0) + (inClass[i * k + c] ?? 0);
  const classSum = new Float64Array(k);
  let all = 0;
  for (let i = 0; i < f; i++) for (let c = 0; c < k; c++) {
    classSum[c] = (classSum[c] ?? 0) + (inClass[i * k + c] ?? 0) + alpha;
    all += (inClass[i * k + c] ?? 0) + alpha;
  }
  const ratio = new Float64Array(f * k);
  const logLikelihood = new Float64Array(f * k);
  for (let i = 0; i < f; i++) {
    let mean = 0;
    for (let c = 0; c < k; c++) {
      const p = (inClass[i * k + c] ?? 0) + alpha;
      const q = (total[i] ?? 0) - (inClass[i * k + c] ?? 0) + alpha * (k - 1);
      const qSum = all - (classSum[c] ?? 0);
      ratio[i * k + c] = Math.log(p / (classSum[c] ?? 1) / (q / qSum));
      logLikelihood[i * k + c] = Math.log(p / (classSum[c] ?? 1));
      mean += (logLikelihood[i * k + c] ?? 0) / k;
    }
    for (let c = 0; c < k; c++) logLikelihood[i * k + c] = (logLikelihood[i * k + c] ?? 0) - mean;
  }
  return { ratio, logLikelihood };
}

function trainOnce(rows: TrainingRow[], options: TrainOptions, seed: number, bootstrap = false): FloatModel {
  const k = CLASSES.length;
  const seen = new Map<number, number>();
  // A restyled copy counts as much as it weighs: a feature of one example and its copy is still rare.
  for (const { v, weight } of rows) for (const key of v.keys) seen.set(key, (seen.get(key) ?? 0) + (weight ?? 1));
  const index = new Map<number, number>();
  for (const [key, count] of seen) if (count >= options.minCount) index.set(key, index.size);
  const w = new Float64Array(index.size * k);
  const g2 = new Float64Array(index.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const b2 = new Float64Array(k).fill(1e-8);
  const perClass = new Array<number>(k).fill(0);
  for (const { y, weight } of rows) perClass[y] = (perClass[y] ?? 0) + (weight ?? 1);
  // CLASS_WEIGHTS=0 trains every reply alike (the rarer categories then count for less).
  const balanced = process.env.CLASS_WEIGHTS !== '0';
  const totalWeight = perClass.reduce((a, b) => a + b, 0);
  // CLASS_BOOST=fit=1.5,trust=1.3: those classes count more again (the weak labels of other people's replies).
  const boost = new Map((process.env.CLASS_BOOST ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0] ?? '', Number(kv.split('=')[1] ?? 1)] as const));
  for (const [name, factor] of boost) if (!CLASSES.includes(name as (typeof CLASSES)[number]) || !(factor > 0)) throw new Error(`CLASS_BOOST: "${name}=${String(factor)}" is not a class and a positive factor (classes: ${CLASSES.join(', ')})`);
  const classWeight = perClass.map((n, c) => (n > 0 ? (balanced ? totalWeight / (k * n) : 1) * (boost.get(CLASSES[c] ?? '') ?? 1) : 0));
  const nbOn = process.env.NB === '1';
  const nbMix = Number(process.env.NB_MIX ?? 0);
  const nb = nbOn || nbMix !== 0 ? nbTables(rows, index, k, Number(process.env.NB_ALPHA ?? 1)) : undefined;
  // NB_SCALE: the ratios divided by their mean magnitude (so the learning rate and L2 keep their scale).
  let scaleOf = new Float64Array(0);
  if (nbOn && nb) {
    let mean = 0;
    for (const r of nb.ratio) mean += Math.abs(r) / nb.ratio.length;
    const power = Number(process.env.NB_POWER ?? 1);
    scaleOf = nb.ratio.map((r) => Math.sign(r) * Math.pow(Math.abs(r) / mean, power));
  }
  // DROPOUT=p: each feature of a row is left out with chance p at each visit (the rest scaled up).
  const dropout = Number(process.env.DROPOUT ?? 0);
  // SEED=n trains with another visiting order: how much a figure moves by order alone (the shipped model uses 7).
  const random = seeded(seed);
  const dropRandom = seeded(seed * 31 + 1);
  // BAG_BOOT=1: each training of a bag sees each row a Poisson(1) number of times (a bootstrap sample).
  const rowWeight = rows.map(() => {
    if (!bootstrap) return 1;
    let n = 0;
    let p = Math.exp(-1);
    let s = p;
    const u = random();
    while (u > s && n < 8) {
      n++;
      p /= n;
      s += p;
    }
    return n;
  });
  const order = rows.map((_, i) => i);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const r of order) {
      const row = rows[r];
      if (!row || rowWeight[r] === 0) continue;
      const rowsOf = row.v.keys.map((key) => index.get(key) ?? -1);
      const values = dropout > 0 ? row.v.values.map((x) => (dropRandom() < dropout ? 0 : x / (1 - dropout))) : row.v.values;
      for (let c = 0; c < k; c++) p[c] = bias[c] ?? 0;
      rowsOf.forEach((f, n) => {
        if (f < 0) return;
        for (let c = 0; c < k; c++) p[c] = (p[c] ?? 0) + (w[f * k + c] ?? 0) * (values[n] ?? 0) * (nbOn ? (scaleOf[f * k + c] ?? 0) : 1);
      });
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, p[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        p[c] = Math.exp((p[c] ?? 0) - max);
        sum += p[c] ?? 0;
      }
      const cw = (classWeight[row.y] ?? 1) * (row.weight ?? 1) * (rowWeight[r] ?? 1);
      for (let c = 0; c < k; c++) {
        const grad = ((p[c] ?? 0) / sum - (c === row.y ? 1 : 0)) * cw;
        b2[c] = (b2[c] ?? 0) + grad * grad;
        bias[c] = (bias[c] ?? 0) - (options.rate * grad) / Math.sqrt(b2[c] ?? 1);
        rowsOf.forEach((f, n) => {
          if (f < 0) return;
          const at = f * k + c;
          const g = grad * (values[n] ?? 0) * (nbOn ? (scaleOf[at] ?? 0) : 1) + options.l2 * (w[at] ?? 0);
          g2[at] = (g2[at] ?? 0) + g * g;
          w[at] = (w[at] ?? 0) - (options.rate * g) / Math.sqrt(g2[at] ?? 1);
        });
      }
    }
  }
  if (nbOn) for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * (scaleOf[i] ?? 0);
  if (nb && nbMix !== 0) for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + nbMix * (nb.logLikelihood[i] ?? 0);
  return { index, w, bias };
}

function softmax(logits: Float64Array, t: number): Float64Array {
  let max = -Infinity;
  for (const l of logits) max = Math.max(max, l / t);
  const e = logits.map((l) => Math.exp(l / t - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The temperature that minimises the negative log-likelihood of held-out predictions. */
function fitTemperature(held: { y: number; logits: Float64Array }[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4; t += 0.05) {
    let loss = 0;
    for (const { y, logits } of held) loss -= Math.log(Math.max(1e-12, softmax(logits, t)[y] ?? 0));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}

/** Ships the model: features whose weights all round to zero are dropped, weights are int8. */
function ship(model: FloatModel, temperature: number): ShippedModel {
  const k = CLASSES.length;
  // A feature's weights can all move by the same amount without changing any probability: centre
  // each on its median, so most of them are near zero and drop out.
  for (const f of model.index.values()) {
    const row = [...model.w.subarray(f * k, f * k + k)].sort((a, b) => a - b);
    const median = row[Math.floor(k / 2)] ?? 0;
    for (let c = 0; c < k; c++) model.w[f * k + c] = (model.w[f * k + c] ?? 0) - median;
  }
  let maxAbs = 0;
  for (const x of model.w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127;
  const step = (f: number, c: number) => {
    const q = Math.max(-127, Math.min(127, Math.round((model.w[f * k + c] ?? 0) / scale)));
    return Math.abs(q) <= DROP_STEPS ? 0 : q;
  };
  const kept = [...model.index.entries()].filter(([, f]) => {
    for (let c = 0; c < k; c++) if (step(f, c) !== 0) return true;
    return false;
  });
  kept.sort((a, b) => a[0] - b[0]);
  // Sorted hashes and their int8 rows, stored by `model-codec.ts`.
  const dense = new Int8Array(kept.length * k);
  kept.forEach(([, f], row) => {
    for (let c = 0; c < k; c++) dense[row * k + c] = step(f, c);
  });
  return {
    classes: [...CLASSES],
    ...encodeModel(
      kept.map(([key]) => key),
      dense,
      k,
    ),
    scale,
    bias: [...model.bias].map((b) => Math.round(b * 1e4) / 1e4),
    temperature,
  };
}
/**
 * The fold an example is held out in: a labelled set of tests/data is held out whole (each was
 * written in one round, in one style, so holding it out is wording the model has not seen, as in
 * use), the example files row by row, by a hash of the row's text: a row stays in its fold when
 * files are added or reordered (counting rows shifted every later row's fold, so a new file moved
 * the held-out figures of the replies there were before), and a reply written once per label
 * (two concerns) is held out with its twin.
 */
function foldsOf(examples: Example[], folds: number): number[] {
  const sets = [...new Set(examples.filter((e) => e.source.startsWith('objections-')).map((e) => e.source))].sort();
  return examples.map((e) => (e.source.startsWith('objections-') ? sets.indexOf(e.source) : FOLD_BY === 'file' && WORLD_FILES.test(e.source) ? hashOf(0, e.source) : hashOf(0, e.text)) % folds);
}
/**
 * FOLD_BY=file (since issue 14's twelfth round) holds out the example files written from other
 * people's replies (`round11-*`, `round12-*`) whole, as the labelled sets are: their rows are
 * paraphrases of replies read on the same pages, a file per phenomenon, so a row held out alone
 * still has its siblings in training and is read as if the phenomenon were known. Held out whole,
 * a file's readings are what the reader does with a kind of reply it was never taught, which is
 * what other people's wording is. The other example files stay held out row by row.
 */
const FOLD_BY = process.env.FOLD_BY ?? 'file';

/**
 * The support map: a logistic regression of "the best reading is right" on the support inputs
 * (`support.ts`). More probability, a wider margin and more of the reply known may only ever
 * raise the confidence: an input whose fitted weight comes out the other way (a confound of the
 * held-out data, e.g. Chinese replies have fewer known triples and are read right more often) is
 * left out and the rest refitted.
 */
function fitSupport(rows: { x: number[]; y: number }[]): number[] {
  const mustRise = [0, 1, 2];
  let left: number[] = [];
  for (;;) {
    const w = fitLogistic(rows.map(({ x, y }) => ({ x: x.map((v, i) => (left.includes(i) ? 0 : v)), y })));
    const wrong = mustRise.filter((i) => !left.includes(i) && (w[i + 1] ?? 0) < 0);
    if (wrong.length === 0) return w;
    left = [...left, ...wrong];
  }
}

/**
 * Which readings the support map is fitted on. 'world' (since issue 14's twelfth round): readings
 * the model did not train on that look like the world: the held-out folds of the example files
 * written from replies other people quoted on public pages (`round11-*`, `round12-*`, … held out
 * row by row), and the replies of CALIBRATE_EXTRA's files (comma-separated, `label<TAB>lang<TAB>text`,
 * e.g. the outside diagnosis set G, kept outside the repository) read by the final model, which
 * never trained on them. 'sets': the labelled sets of tests/data held out whole (before the twelfth
 * round: this project's own writing, which made the reader sure of other people's replies too
 * often: 0.8 or more was right 76–88 % of the time on the outside sets I and K); 'all': every
 * held-out reading.
 */
const CALIBRATE_ON = process.env.CALIBRATE_ON ?? 'world';
const WORLD_FILES = /^round1[1-9]-/;
const CALIBRATE_EXTRA = (process.env.CALIBRATE_EXTRA ?? '').split(',').filter(Boolean);
/**
 * The map is then moved down until the readings it puts at 0.8 or more are right this often on
 * those same readings (the order of readings is unchanged): 97.5 %, as on the labelled sets before
 * the twelfth round. The world-like readings are still easier than other people's replies: at 95 %
 * the outside sets I and K were right 86 % and 75 % of the time when sure, at 97 % 86–91 % and
 * 79–81 %, at 97.5 % 92 % and 82 % (tests/data/README.md, the twelfth round's calibration table).
 */
const SURE_TARGET = Number(process.env.SURE_TARGET ?? 0.975);
/**
 * OUTSIDE_MARGIN=x moves it down x logits more. 0.5–0.6 in issue 14's tenth and eleventh rounds,
 * when the map was fitted on this project's own sets (other people's replies at ≥ 0.8 were right
 * 85–89 % of the time at 0.975 without it); 0 since the map is fitted on world-like readings.
 */
const OUTSIDE_MARGIN = Number(process.env.OUTSIDE_MARGIN ?? (CALIBRATE_ON === 'world' ? 0 : 0.6));

function strictAtSure(weights: number[], rows: { x: number[]; y: number }[]): number[] {
  const z = rows.map(({ x }) => x.reduce((sum, v, i) => sum + v * (weights[i + 1] ?? 0), weights[0] ?? 0));
  const sureAt = Math.log(0.8 / 0.2);
  for (let shift = 0; shift <= 4; shift += 0.05) {
    const sure = rows.filter((_, i) => (z[i] ?? 0) - shift >= sureAt);
    if (sure.length === 0 || sure.filter((r) => r.y === 1).length / sure.length >= SURE_TARGET) return [Math.round(((weights[0] ?? 0) - shift - OUTSIDE_MARGIN) * 1e4) / 1e4, ...weights.slice(1)];
  }
  return [Math.round(((weights[0] ?? 0) - OUTSIDE_MARGIN) * 1e4) / 1e4, ...weights.slice(1)];
}

/**
 * SURE_EACH: how often each of CALIBRATE_EXTRA's files (replies written by other people) must be
 * read right when the reader says it is sure (≥ 0.8): issue 14's bar, 90 %. The gate is the
 * fewest logits (in hundredths) the support map must be moved down, for the claim of certainty
 * alone, until every file meets it (`support.ts` `maySaySure`). Since issue 14's thirteenth round.
 */
const SURE_EACH = Number(process.env.SURE_EACH ?? 0.9);

function sureGateFor(weights: number[], rows: { source: string; support: Support; right: boolean; ceiling: number }[]): number {
  const files = [...new Set(rows.map((r) => r.source))];
  for (let hundredths = 0; hundredths <= 600; hundredths++) {
    const gate = hundredths / 100;
    const met = files.every((file) => {
      const sure = rows.filter((r) => r.source === file && r.ceiling >= SURE_AT && maySaySure(r.support, weights, gate));
      return sure.length === 0 || sure.filter((r) => r.right).length / sure.length >= SURE_EACH;
    });
    if (met) return gate;
  }
  return 6;
}

/** Logistic regression by Newton's method (a handful of inputs); weights rounded for shipping, intercept first. */
function fitLogistic(rows: { x: number[]; y: number }[], l2 = 1e-3): number[] {
  const d = (rows[0]?.x.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of rows) {
      const v = [1, ...x];
      const z = v.reduce((sum, vi, i) => sum + vi * (w[i] ?? 0), 0);
      const q = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) + (q - y) * (v[i] ?? 0);
        for (let j = 0; j < d; j++) (hess[i] as number[])[j] = ((hess[i] as number[])[j] ?? 0) + q * (1 - q) * (v[i] ?? 0) * (v[j] ?? 0);
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] = (grad[i] ?? 0) + l2 * rows.length * (w[i] ?? 0);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] ?? 0) + l2 * rows.length;
    }
    // Solve hess · step = grad (Gaussian elimination; d is 5).
    const a = hess.map((row, i) => [...row, grad[i] ?? 0]);
    for (let c = 0; c < d; c++) {
      let pivot = c;
      for (let r = c + 1; r < d; r++) if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[pivot]?.[c] ?? 0)) pivot = r;
      [a[c], a[pivot]] = [a[pivot] ?? [], a[c] ?? []];
      for (let r = 0; r < d; r++) {
        if (r === c) continue;
        const f = (a[r]?.[c] ?? 0) / (a[c]?.[c] || 1e-12);
        for (let k = c; k <= d; k++) (a[r] as number[])[k] = (a[r]?.[k] ?? 0) - f * (a[c]?.[k] ?? 0);
      }
    }
    let moved = 0;
    for (let i = 0; i < d; i++) {
      const step = (a[i]?.[d] ?? 0) / (a[i]?.[i] || 1e-12);
      w[i] = (w[i] ?? 0) - step;
      moved = Math.max(moved, Math.abs(step));
    }
    if (moved < 1e-6) break;
  }
  return w.map((x) => Math.round(x * 1e4) / 1e4);
}

export interface HeldOut {
  y: number;
  /** The example's index in the examples trained on. */
  index: number;
  /** The file the reply came from. */
  source: string;
  logits: Float64Array;
  /** The reply as the shipped fold model reads it, at the fitted temperature, without the support map. */
  reading: { category: string; support: ReturnType<typeof classifyReply>['support'] };
}

export function trainReader(examples: Example[], options: TrainOptions = DEFAULTS, folds = 5): { shipped: ShippedModel; heldOut: HeldOut[] } {
  const rows: TrainingRow[] = examples.map((e) => ({ y: CLASSES.indexOf(e.label as (typeof CLASSES)[number]), v: vectorOf(e.text) }));
  const foldOf = foldsOf(examples, folds);
  // Restyled copies train with their example's fold (never held out: the figures are of the examples as written).
  const copies = examples.flatMap((e, i) => restyled(e).map((text) => ({ i, row: { y: rows[i]?.y ?? 0, v: vectorOf(text), weight: AUG_WEIGHT } })));
  const withCopies = (keep: (i: number) => boolean): TrainingRow[] => [...rows.filter((_, i) => keep(i)), ...copies.filter(({ i }) => keep(i)).map(({ row }) => row)];
  // Held-out predictions of each fold's shipped model (int8 weights, dropped features), as the reader will see them.
  const foldModels: ShippedModel[] = [];
  const held: { i: number; fold: number; logits: Float64Array }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const shippedFold = ship(train(withCopies((i) => foldOf[i] !== fold), options), 1);
    foldModels.push(shippedFold);
    const model = new LinearModel(shippedFold);
    examples.forEach((e, i) => {
      if (foldOf[i] !== fold) return;
      const { folded, skip } = readerInput(e.text);
      held.push({ i, fold, logits: model.score(folded, skip).logits });
    });
  }
  const temperature = folds > 1 ? fitTemperature(held.map(({ i, logits }) => ({ y: rows[i]?.y ?? 0, logits }))) : 1;
  const atTemperature = foldModels.map((m) => new LinearModel({ ...m, temperature }));
  const heldOut: HeldOut[] = held.map(({ i, fold, logits }) => {
    const model = atTemperature[fold] as LinearModel;
    const { category, support } = classifyReply(examples[i]?.text ?? '', { model });
    return { y: rows[i]?.y ?? 0, index: i, source: examples[i]?.source ?? '', logits, reading: { category, support } };
  });
  const final = ship(train(withCopies(() => true), options), temperature);
  // A reply given two labels (two concerns, "the boss is away") is read right by either.
  const labelsOf = new Map<string, Set<string>>();
  for (const e of examples) labelsOf.set(e.text, (labelsOf.get(e.text) ?? new Set<string>()).add(e.label));
  const supportRows = heldOut.flatMap(({ y, reading, source }, n) => {
    if (!reading.support) return [];
    if (CALIBRATE_ON === 'sets' && !source.startsWith('objections-')) return [];
    if (CALIBRATE_ON === 'world' && !WORLD_FILES.test(source)) return [];
    const right = reading.category === CLASSES[y] || (labelsOf.get(examples[held[n]?.i ?? -1]?.text ?? '')?.has(reading.category) ?? false);
    return [{ x: supportInputs(reading.support), y: right ? 1 : 0 }];
  });
  const finalModel = new LinearModel(final);
  const extraRows = CALIBRATE_EXTRA.flatMap(readExamples).map((e) => ({ ...e, reading: classifyReply(e.text, { model: finalModel }) }));
  if (CALIBRATE_ON === 'world') for (const { label, reading } of extraRows) if (reading.support) supportRows.push({ x: supportInputs(reading.support), y: reading.category === label ? 1 : 0 });
  if (process.env.DUMP_HELD) {
    // DUMP_HELD=file: the readings calibration may be fitted on, to try maps without retraining.
    const dumped = heldOut.map(({ y, source, reading }, n) => {
      const e = examples[held[n]?.i ?? -1];
      return { source, label: CLASSES[y], lang: e?.lang ?? '', text: e?.text ?? '', category: reading.category, support: reading.support, alt: [...(labelsOf.get(e?.text ?? '') ?? [])] };
    });
    const extra = extraRows.map(({ source, label, lang, text, reading }) => ({ source, label, lang, text, category: reading.category, support: reading.support, alt: [], extra: true }));
    writeFileSync(process.env.DUMP_HELD, JSON.stringify([...dumped, ...extra]));
  }
  const support = strictAtSure(fitSupport(supportRows), supportRows);
  // The gate on "sure", fitted on the outside files' readings (their ceiling: what each would read with a map that always says 0.99).
  const open = new LinearModel({ ...final, support: [10, 0, 0, 0, 0, 0] });
  const gateRows = extraRows.flatMap(({ source, label, text, reading }) => (reading.support ? [{ source, support: reading.support, right: reading.category === label, ceiling: classifyReply(text, { model: open }).confidence }] : []));
  const sureGate = sureGateFor(support, gateRows);
  return { shipped: { ...final, support, ...(sureGate > 0 ? { sureGate } : {}) }, heldOut };
}

export interface Measured {
  n: number;
  accuracy: number;
  macroF1: number;
  /** The share of replies read with confidence ≥ 0.8, and how often those readings are right. */
  sureShare: number;
  sureAccuracy: number;
  errors: string[];
}

/** Accuracy, macro-F1 and how often it is right when it says 0.8 or more. */
export function measure(rows: Example[], classify: (text: string) => { category: string; confidence: number }): Measured {
  let correct = 0;
  let sure = 0;
  let sureRight = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const errors: string[] = [];
  for (const row of rows) {
    const { category, confidence } = classify(row.text);
    const right = category === row.label;
    if (right) {
      correct++;
      tp.set(category, (tp.get(category) ?? 0) + 1);
    } else {
      fp.set(category, (fp.get(category) ?? 0) + 1);
      fn.set(row.label, (fn.get(row.label) ?? 0) + 1);
      errors.push(`✗ ${row.label} → ${category} ${confidence.toFixed(2)} [${row.lang}] ${row.text.replace(/\n/g, ' ⏎ ').slice(0, 140)}`);
    }
    if (confidence >= 0.8) {
      sure++;
      if (right) sureRight++;
    }
  }
  const f1s = CLASSES.map((c) => {
    const t = tp.get(c) ?? 0;
    const precision = t + (fp.get(c) ?? 0) === 0 ? 1 : t / (t + (fp.get(c) ?? 0));
    const recall = t + (fn.get(c) ?? 0) === 0 ? 1 : t / (t + (fn.get(c) ?? 0));
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return {
    n: rows.length,
    accuracy: correct / rows.length,
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    sureShare: sure / rows.length,
    sureAccuracy: sure > 0 ? sureRight / sure : 1,
    errors,
  };
}

/**
 * The labelled sets measured held out whole (`--loso`): every first look (never trained on) and the
 * blind sets and the holdout (trained on otherwise). Each is read by a model trained on the rest
 * of the training data: the first looks by the model trained on all of it, each of the others by
 * one trained without it. A figure of wording the model was not taught, as other people's is.
 */
export function heldOutSets(): string[] {
  const dataDir = resolve(root, 'tests/data');
  return readdirSync(dataDir)
    .filter((f) => /^firstlook-.*\.tsv$/.test(f) || /^objections-(blind\d*|holdout)\.tsv$/.test(f))
    .sort();
}

export interface SetFigures {
  file: string;
  n: number;
  accuracy: number;
  macroF1: number;
}

/**
 * Leave one set out: per held-out set (see `heldOutSets`) and pooled, the accuracy and macro-F1 of
 * the reader (`classifyReply`, rules and all) with a model that did not train on it; then
 * `final` and `final2` with the model trained on everything. Trains 1 + (sets trained on
 * otherwise) models, no folds: the category does not depend on the temperature or the support map.
 */
export function leaveOneSetOut(examples: Example[], options: TrainOptions = DEFAULTS, log: (line: string) => void = console.log): { sets: SetFigures[]; pooled: Measured; finals: SetFigures[] } {
  const dataDir = resolve(root, 'tests/data');
  const shippedWithout = (file: string | undefined): ShippedModel => {
    const rows: TrainingRow[] = examples.filter((e) => e.source !== file).map((e) => ({ y: CLASSES.indexOf(e.label as (typeof CLASSES)[number]), v: vectorOf(e.text) }));
    return ship(train(rows, options), 1);
  };
  const all = shippedWithout(undefined);
  const held = heldOutSets().map((file) => ({ file, rows: readExamples(resolve(dataDir, file)), shipped: examples.some((e) => e.source === file) ? shippedWithout(file) : all }));
  /** Every held-out set read with its model, the bias of `none` moved by `noneShift` logits. */
  const readAll = (noneShift: number, quiet: boolean) => {
    const none = CLASSES.indexOf('none');
    const sets: SetFigures[] = [];
    const pooledRows: Example[] = [];
    const pooledReadings: { category: string; confidence: number }[] = [];
    for (const { file, rows, shipped } of held) {
      const model = new LinearModel({ ...shipped, bias: shipped.bias.map((b, c) => (c === none ? b + noneShift : b)) });
      const readings = rows.map((r) => classifyReply(r.text, { model }));
      let next = 0;
      const m = measure(rows, () => readings[next++] ?? { category: 'none', confidence: 0 });
      sets.push({ file, n: m.n, accuracy: m.accuracy, macroF1: m.macroF1 });
      pooledRows.push(...rows);
      pooledReadings.push(...readings);
      if (!quiet) log(`${file.padEnd(28)} n=${String(m.n).padStart(4)} accuracy ${m.accuracy.toFixed(3)} macro-F1 ${m.macroF1.toFixed(3)}`);
    }
    let at = 0;
    const pooled = measure(pooledRows, () => pooledReadings[at++] ?? { category: 'none', confidence: 0 });
    const perClass = new Map<string, { right: number; n: number }>();
    pooledRows.forEach((r, i) => {
      const c = perClass.get(r.label) ?? { right: 0, n: 0 };
      c.n++;
      if (pooledReadings[i]?.category === r.label) c.right++;
      perClass.set(r.label, c);
    });
    const recall = CLASSES.map((c) => `${c} ${perClass.get(c)?.right ?? 0}/${perClass.get(c)?.n ?? 0}`).join(', ');
    return { sets, pooled, recall };
  };
  const { sets, pooled, recall } = readAll(0, false);
  log(`${'pooled'.padEnd(28)} n=${String(pooled.n).padStart(4)} accuracy ${pooled.accuracy.toFixed(4)} macro-F1 ${pooled.macroF1.toFixed(4)}`);
  log(`pooled recall: ${recall}`);
  // NONE_SHIFTS=-0.5,0.5: the same sets read with the bias of `none` moved (the question is whether
  // plain replies read as objections are a matter of the threshold; a shift chosen here is chosen
  // on the sets it is measured on, so only one that helps every group of sets says anything).
  for (const shift of (process.env.NONE_SHIFTS ?? '').split(',').filter(Boolean).map(Number)) {
    const moved = readAll(shift, true);
    const group = (test: (file: string) => boolean) => {
      const chosen = moved.sets.filter((s) => test(s.file));
      const n = chosen.reduce((sum, s) => sum + s.n, 0);
      return (chosen.reduce((sum, s) => sum + s.accuracy * s.n, 0) / n).toFixed(4);
    };
    log(`none ${shift >= 0 ? '+' : ''}${shift}: pooled accuracy ${moved.pooled.accuracy.toFixed(4)} macro-F1 ${moved.pooled.macroF1.toFixed(4)} (first looks ${group((f) => f.startsWith('firstlook-'))}, blind and holdout ${group((f) => f.startsWith('objections-'))}); ${moved.recall}`);
  }
  // KNN=k (KNN_ALPHA=a,b): the nearest training replies as a second opinion. Each held-out reply's
  // k closest training replies (cosine of feature sets, as `nearest.ts`; the set itself left out)
  // vote by similarity squared, and their share is averaged with the model's probabilities (at the
  // shipped temperature) with weight a. Compared on the model's own best class (no rules), as is.
  const k = Number(process.env.KNN ?? 0);
  if (k > 0) {
    const { temperature } = JSON.parse(readFileSync(resolve(root, 'lib/reader/model.json'), 'utf8')) as ShippedModel;
    const setOf = (text: string): number[] => {
      const { folded, skip } = readerInput(text);
      const out = new Set<number>();
      forEachFeature(folded, (hash, position) => {
        if (!skip(position)) out.add(hash);
      });
      return [...out];
    };
    const labelled = examples.map((e) => ({ y: CLASSES.indexOf(e.label as (typeof CLASSES)[number]), source: e.source, features: setOf(e.text) }));
    const postings = new Map<number, number[]>();
    labelled.forEach(({ features }, i) => {
      for (const f of features) {
        const list = postings.get(f);
        if (list) list.push(i);
        else postings.set(f, [i]);
      }
    });
    const shared = new Int32Array(labelled.length);
    const alphas = (process.env.KNN_ALPHA ?? '0.2,0.35,0.5').split(',').map(Number);
    const right = new Array<number>(alphas.length + 1).fill(0);
    let n = 0;
    for (const { file, rows, shipped } of held) {
      const model = new LinearModel({ ...shipped, temperature });
      for (const row of rows) {
        const { folded, skip } = readerInput(row.text);
        const p = model.probabilities(model.tally(folded, skip).logits);
        const q = setOf(row.text);
        shared.fill(0);
        for (const f of q) for (const i of postings.get(f) ?? []) shared[i] = (shared[i] ?? 0) + 1;
        const near: { i: number; sim: number }[] = [];
        labelled.forEach((e, i) => {
          if (e.source === file || (shared[i] ?? 0) === 0) return;
          near.push({ i, sim: (shared[i] ?? 0) / Math.sqrt(q.length * e.features.length) });
        });
        near.sort((a, b) => b.sim - a.sim);
        const vote = new Array<number>(CLASSES.length).fill(0);
        let total = 0;
        for (const { i, sim } of near.slice(0, k)) {
          const y = labelled[i]?.y ?? 0;
          vote[y] = (vote[y] ?? 0) + sim * sim;
          total += sim * sim;
        }
        const y = CLASSES.indexOf(row.label as (typeof CLASSES)[number]);
        const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));
        if (argmax(p) === y) right[0] = (right[0] ?? 0) + 1;
        alphas.forEach((a, j) => {
          const mixed = p.map((x, c) => (1 - a) * x + a * (total > 0 ? (vote[c] ?? 0) / total : x));
          if (argmax(mixed) === y) right[j + 1] = (right[j + 1] ?? 0) + 1;
        });
        n++;
      }
    }
    log(`nearest ${k} as a second opinion (the model's best class, no rules): model alone ${((right[0] ?? 0) / n).toFixed(4)}; ${alphas.map((a, j) => `averaged at ${a}: ${((right[j + 1] ?? 0) / n).toFixed(4)}`).join('; ')}`);
  }
  const model = new LinearModel(all);
  const finals = ['objections-final.tsv', 'objections-final2.tsv'].map((file) => {
    const m = measure(readExamples(resolve(dataDir, file)), (text) => classifyReply(text, { model }));
    log(`${file.padEnd(28)} n=${String(m.n).padStart(4)} accuracy ${m.accuracy.toFixed(3)} macro-F1 ${m.macroF1.toFixed(3)}`);
    return { file, n: m.n, accuracy: m.accuracy, macroF1: m.macroF1 };
  });
  if (process.env.LOSO_MODEL_OUT) writeFileSync(process.env.LOSO_MODEL_OUT, `${JSON.stringify(all)}\n`);
  return { sets, pooled, finals };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const supportModule = await import('../lib/reader/support');
  const args = process.argv.slice(2);
  // --oof FILE: every training reply's out-of-fold reading (the held-out fold model's probabilities at
  // the fitted temperature), for an audit of the labels (confident learning: a given label the
  // held-out model finds unlikely while another is confident; tests/data/README.md, round 23b).
  const oofFile = args.includes('--oof') ? args[args.indexOf('--oof') + 1] : undefined;
  const evalFiles = args.filter((a, i) => i > args.indexOf('--eval') && args.includes('--eval') && !a.startsWith('--') && i !== args.indexOf('--oof') + 1);
  const examples = trainingExamples();
  if (args.includes('--loso')) {
    const started = performance.now();
    leaveOneSetOut(examples);
    console.log(`leave-one-set-out in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    process.exit(0);
  }
  const started = performance.now();
  const trained = trainReader(examples);
  const { heldOut } = trained;
  // KEEP_CALIBRATION=model.json: the support map and the gate on "sure" of that model, not fitted
  // anew. The gate is fitted on replies other people wrote (CALIBRATE_EXTRA), kept outside the
  // repository; a round that may not read them keeps the shipped model's calibration (issue 14,
  // session 19) and measures it on the first looks.
  const kept = process.env.KEEP_CALIBRATION ? (JSON.parse(readFileSync(process.env.KEEP_CALIBRATION, 'utf8')) as ShippedModel) : undefined;
  const { support: _fitted, sureGate: _gate, ...weights } = trained.shipped;
  const shipped: ShippedModel = kept ? { ...weights, ...(kept.support ? { support: kept.support } : {}), ...(kept.sureGate ? { sureGate: kept.sureGate } : {}) } : trained.shipped;
  const cvRight = heldOut.filter(({ y, logits }) => logits.indexOf(Math.max(...logits)) === y).length;
  // The same held-out accuracy without some files (CV_EXCLUDE=a.tsv,b.tsv): a new file's rows compared on the replies there were before.
  const excluded = (process.env.CV_EXCLUDE ?? '').split(',').filter(Boolean);
  if (excluded.length > 0) {
    const kept = heldOut.filter((h) => !excluded.includes(h.source));
    const right = kept.filter(({ y, logits }) => logits.indexOf(Math.max(...logits)) === y).length;
    // The reader's own reading (sentences, clauses, rules and all), not only the model's best logit.
    const readerRight = kept.filter(({ y, reading }) => reading.category === CLASSES[y]).length;
    console.log(`held-out accuracy without ${excluded.join(', ')}: ${(right / kept.length).toFixed(4)} on ${kept.length} replies (the reader's reading: ${(readerRight / kept.length).toFixed(4)})`);
  }
  // How the support map does on the held-out predictions it was fitted on (the first looks below are the check).
  const withSupport = heldOut.flatMap(({ y, reading }) => {
    if (!reading.support || !shipped.support) return [];
    const right = reading.category === CLASSES[y];
    const { supportedConfidence } = supportModule;
    return [{ right, before: reading.support.top, after: supportedConfidence(reading.support, shipped.support) }];
  });
  const sureShare = (key: 'before' | 'after') => {
    const sure = withSupport.filter((r) => r[key] >= 0.8);
    return `≥0.8 on ${((sure.length / Math.max(1, withSupport.length)) * 100).toFixed(0)}%, right there ${((sure.filter((r) => r.right).length / Math.max(1, sure.length)) * 100).toFixed(1)}%`;
  };
  if (oofFile) {
    const escape = (text: string) => text.replace(/\t/g, ' ').replace(/\n/g, '\\n');
    const lines = heldOut.map(({ y, index, logits }) => {
      const e = examples[index];
      const p = softmax(logits, shipped.temperature);
      const best = p.indexOf(Math.max(...p));
      return [e?.source, e?.line, CLASSES[y], (p[y] ?? 0).toFixed(4), CLASSES[best], (p[best] ?? 0).toFixed(4), e?.lang, escape(e?.text ?? ''), [...p].map((x) => x.toFixed(4)).join(',')].join('\t');
    });
    writeFileSync(oofFile, `${['source', 'line', 'label', 'p_label', 'best', 'p_best', 'lang', 'text', `p(${CLASSES.join(',')})`].join('\t')}\n${lines.join('\n')}\n`);
  }
  const json = `${JSON.stringify(shipped)}\n`;
  console.log(`trained on ${examples.length} replies in ${((performance.now() - started) / 1000).toFixed(1)} s; held-out accuracy (5 folds, labelled sets held out whole) ${(cvRight / heldOut.length).toFixed(3)}; temperature ${shipped.temperature}`);
  console.log(`held out: the calibrated probability says ${sureShare('before')}; with the support map (${(shipped.support ?? []).join(', ')}) ${sureShare('after')}`);
  if (shipped.sureGate) console.log(`sure only when the map ${shipped.sureGate} logits lower still says ≥ 0.8 (SURE_EACH ${SURE_EACH} on each of ${CALIBRATE_EXTRA.join(', ')})`);
  console.log(`model: ${new LinearModel(shipped).size} features, ${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzipped`);
  if (!args.includes('--dry-run')) writeFileSync(process.env.MODEL_OUT ?? resolve(root, 'lib/reader/model.json'), json);
  const model = new LinearModel(shipped);
  for (const file of ['tests/data/objections-final.tsv', 'tests/data/objections-final2.tsv', ...evalFiles]) {
    const m = measure(readExamples(resolve(root, file)), (text) => classifyReply(text, { model }));
    console.log(`${file}: n=${m.n} accuracy ${m.accuracy.toFixed(3)} macro-F1 ${m.macroF1.toFixed(3)}; says ≥0.8 on ${(m.sureShare * 100).toFixed(0)}%, right there ${(m.sureAccuracy * 100).toFixed(1)}%`);
    if (args.includes('--errors')) for (const e of m.errors) console.log(`  ${e}`);
  }
  if (evalFiles.length > 1) {
    // The eval files pooled, and their English replies alone (where the word clusters act).
    const pooled = evalFiles.flatMap((file) => readExamples(resolve(root, file)));
    for (const [name, rows] of [['pooled', pooled], ['pooled, English', pooled.filter((e) => e.lang === 'en')]] as const) {
      const m = measure(rows, (text) => classifyReply(text, { model }));
      const sure = Math.round(m.sureShare * m.n);
      console.log(`${name}: ${Math.round(m.accuracy * m.n)} of ${m.n} right, macro-F1 ${m.macroF1.toFixed(3)}; sure on ${sure}, right there ${(m.sureAccuracy * 100).toFixed(1)}%`);
    }
  }
}
