/**
 * The reply reader's learned model: a multinomial logistic regression over the hashed features of
 * `features.ts`, trained by `scripts/train-reader.ts` on the example replies in `examples/` and the
 * labelled sets, shipped as `model.json` (feature hashes and 8-bit weights, `model-codec.ts`). Confidence is
 * the softmax at the temperature fitted on held-out predictions, so "0.9" means right nine times
 * in ten on replies it was not trained on.
 */
import { forEachFeature } from './features';
import { decodeModel } from './model-codec';

export interface ShippedModel {
  /** The categories, in the order of each feature's weights. */
  classes: string[];
  /** Sorted feature hashes, as the gaps between them (`model-codec.ts`). */
  keys: string;
  /** Per feature, in key order, which classes have a weight (`model-codec.ts`). */
  rows: string;
  /** Those weights, int8, times `scale` (`model-codec.ts`). */
  weights: string;
  scale: number;
  bias: number[];
  /** Softmax temperature fitted on held-out predictions (calibration). */
  temperature: number;
  /** The map from a reading's support to the chance it is right (`support.ts`): intercept, then one weight per input. */
  support?: number[];
  /** How many logits lower the support map must still say ≥ 0.8 for a reading to be sure (`support.ts` `maySaySure`). */
  sureGate?: number;
}

/** What a text scores, in total and by where in the text it came from. */
/** A part of a scored text: its summed weights (before scaling), known features and features. */
export interface PartSum {
  raw: Float64Array;
  known: number;
  total: number;
}

export interface Scores {
  /** Per class, bias plus the sum of the features' weights (not yet divided by the temperature). */
  logits: Float64Array;
  /** Per feature hit: its position in the folded text and its row of weights. */
  hits: { position: number; row: number }[];
  /** The factor each feature's weight was counted with. */
  norm: number;
  /** Where every feature read came from (known to the model or not), in order. */
  positions: number[];
}

/** A hash's first slot in a table of mask + 1 slots (Fibonacci hashing spreads FNV's low bits). */
function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 12) & mask;
}

export class LinearModel {
  readonly classes: readonly string[];
  readonly temperature: number;
  /** See {@link ShippedModel.support}; without it the confidence is the calibrated probability. */
  readonly support: readonly number[] | undefined;
  /** See {@link ShippedModel.sureGate}. */
  readonly sureGate: number;
  /** Feature hash → row, open addressing: hashes are 32-bit, past what a Map keys fast. */
  private readonly table: { keys: Uint32Array; rows: Int32Array; mask: number };
  private readonly count: number;
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: readonly number[];

  constructor(shipped: ShippedModel) {
    this.classes = shipped.classes;
    this.temperature = shipped.temperature;
    this.support = shipped.support;
    this.sureGate = shipped.sureGate ?? 0;
    this.scale = shipped.scale;
    this.bias = shipped.bias;
    const { keys, weights } = decodeModel(shipped, this.classes.length);
    this.count = keys.length;
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.table = { keys: new Uint32Array(size), rows: new Int32Array(size).fill(-1), mask: size - 1 };
    keys.forEach((hash, row) => {
      let slot = slotOf(hash, this.table.mask);
      while (this.table.rows[slot] !== -1) slot = (slot + 1) & this.table.mask;
      this.table.keys[slot] = hash;
      this.table.rows[slot] = row;
    });
    this.weights = weights;
  }

  /** How many features the model knows. */
  get size(): number {
    return this.count;
  }

  /** The weight of class `c` in feature row `row`. */
  weight(row: number, c: number): number {
    return (this.weights[row * this.classes.length + c] ?? 0) * this.scale;
  }

  /**
   * Scores the folded text. Each feature counts 1/√n (n = the features the text has), so a long
   * email and a one-liner are on one scale. `skip(position)` leaves out features from spans the
   * rules took out ("price is not the issue").
   */
  score(folded: string, skip?: (position: number) => boolean): Scores {
    const hits: Scores['hits'] = [];
    const positions: number[] = [];
    forEachFeature(folded, (hash, position) => {
      if (skip?.(position)) return;
      positions.push(position);
      const { keys, rows, mask } = this.table;
      for (let slot = slotOf(hash, mask); rows[slot] !== -1; slot = (slot + 1) & mask) {
        if (keys[slot] === hash) {
          hits.push({ position, row: rows[slot] ?? 0 });
          break;
        }
      }
    });
    const k = this.classes.length;
    const logits = new Float64Array(k);
    const norm = positions.length > 0 ? 1 / Math.sqrt(positions.length) : 0;
    this.sum(hits, logits);
    for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return { logits, hits, norm, positions };
  }

  /**
   * The scored text cut into parts (its sentences): for each, the logits it would have scored alone
   * (the reply-wide features aside) and how many of its features the model knows. One pass.
   */
  scoreParts(scores: Scores, parts: readonly (readonly [number, number])[]): { logits: Float64Array; known: number }[] {
    return this.partSums(scores, parts).map((part) => ({ logits: this.partLogits(part), known: part.known }));
  }

  /** Parts joined into one (their sums added): a sentence from its clauses without a second pass. */
  joinParts(parts: readonly PartSum[]): PartSum {
    const raw = new Float64Array(this.classes.length);
    let known = 0;
    let total = 0;
    for (const part of parts) {
      part.raw.forEach((x, c) => (raw[c] = (raw[c] ?? 0) + x));
      known += part.known;
      total += part.total;
    }
    return { raw, known, total };
  }

  /** The logits of a part scored alone. */
  partLogits({ raw, total }: PartSum): Float64Array {
    const k = this.classes.length;
    const norm = total > 0 ? 1 / Math.sqrt(total) : 0;
    const logits = new Float64Array(k);
    for (let c = 0; c < k; c++) logits[c] = (raw[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return logits;
  }

  /** Each part's summed weights, known features and features, in one pass over the scored text. */
  partSums(scores: Scores, parts: readonly (readonly [number, number])[]): PartSum[] {
    const k = this.classes.length;
    const sums = parts.map(() => new Float64Array(k));
    const known = parts.map(() => 0);
    const total = parts.map(() => 0);
    const partOf = (position: number): number => {
      let lo = 0;
      let hi = parts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end] = parts[mid] ?? [0, 0];
        if (position < start) hi = mid - 1;
        else if (position >= end) lo = mid + 1;
        else return mid;
      }
      return -1;
    };
    for (const position of scores.positions) {
      const p = position >= 0 ? partOf(position) : -1;
      if (p >= 0) total[p] = (total[p] ?? 0) + 1;
    }
    for (const { position, row } of scores.hits) {
      const p = position >= 0 ? partOf(position) : -1;
      const into = sums[p];
      if (!into) continue;
      known[p] = (known[p] ?? 0) + 1;
      const base = row * k;
      for (let c = 0; c < k; c++) into[c] = (into[c] ?? 0) + (this.weights[base + c] ?? 0);
    }
    return sums.map((raw, p) => ({ raw, known: known[p] ?? 0, total: total[p] ?? 0 }));
  }

  private sum(hits: Scores['hits'], into: Float64Array): void {
    const k = this.classes.length;
    for (const { row } of hits) {
      const base = row * k;
      for (let c = 0; c < k; c++) into[c] = (into[c] ?? 0) + (this.weights[base + c] ?? 0);
    }
  }

  /** Calibrated probabilities from logits. */
  probabilities(logits: Float64Array): Float64Array {
    const k = logits.length;
    const out = new Float64Array(k);
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, (logits[c] ?? 0) / this.temperature);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((logits[c] ?? 0) / this.temperature - max);
      out[c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) / sum;
    return out;
  }
}
