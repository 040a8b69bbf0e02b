/**
 * The reply reader's learned model: a multinomial logistic regression over the hashed features of
 * `features.ts`, trained by `scripts/train-reader.ts` on the example replies in `examples/` and the
 * labelled sets, shipped as `model.json` (feature hashes and 8-bit weights, base64). Confidence is
 * the softmax at the temperature fitted on held-out predictions, so "0.9" means right nine times
 * in ten on replies it was not trained on.
 */
import { forEachFeature } from './features';

export interface ShippedModel {
  /** The categories, in the order of each feature's weights. */
  classes: string[];
  /** Sorted feature hashes, as the gaps between them in varints (7 bits a byte, low first), base64. */
  keys: string;
  /** Per feature, in key order: how many classes have a weight, then (class, int8 weight) pairs; times `scale`. base64. */
  weights: string;
  scale: number;
  bias: number[];
  /** Softmax temperature fitted on held-out predictions (calibration). */
  temperature: number;
}

function bytesOf(base64: string): Uint8Array {
  if (typeof atob === 'function') {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** What a text scores, in total and by where in the text it came from. */
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

export class LinearModel {
  readonly classes: readonly string[];
  readonly temperature: number;
  private readonly rows = new Map<number, number>();
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: readonly number[];

  constructor(shipped: ShippedModel) {
    this.classes = shipped.classes;
    this.temperature = shipped.temperature;
    this.scale = shipped.scale;
    this.bias = shipped.bias;
    const keyBytes = bytesOf(shipped.keys);
    let key = 0;
    for (let i = 0; i < keyBytes.length; ) {
      let gap = 0;
      let shift = 1;
      for (;;) {
        const byte = keyBytes[i++] ?? 0;
        gap += (byte & 0x7f) * shift;
        shift *= 0x80;
        if (byte < 0x80) break;
      }
      key += gap;
      this.rows.set(key, this.rows.size);
    }
    const k = this.classes.length;
    const sparse = bytesOf(shipped.weights);
    this.weights = new Int8Array(this.rows.size * k);
    for (let row = 0, i = 0; row < this.rows.size; row++) {
      const n = sparse[i++] ?? 0;
      for (let e = 0; e < n; e++, i += 2) this.weights[row * k + (sparse[i] ?? 0)] = ((sparse[i + 1] ?? 0) << 24) >> 24;
    }
  }

  /** How many features the model knows. */
  get size(): number {
    return this.rows.size;
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
      const row = this.rows.get(hash);
      if (row !== undefined) hits.push({ position, row });
    });
    const k = this.classes.length;
    const logits = new Float64Array(k);
    const norm = positions.length > 0 ? 1 / Math.sqrt(positions.length) : 0;
    this.sum(hits, logits);
    for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return { logits, hits, norm, positions };
  }

  /**
   * The logits of the part of a scored text in [start, end), as if it had been scored alone (its
   * features are the same, bar the reply-wide ones: length, first and last word).
   */
  scorePart(scores: Scores, start: number, end: number): { logits: Float64Array; known: number } {
    const k = this.classes.length;
    const logits = new Float64Array(k);
    const inside = scores.hits.filter((h) => h.position >= start && h.position < end);
    const total = scores.positions.reduce((n, p) => (p >= start && p < end ? n + 1 : n), 0);
    this.sum(inside, logits);
    const norm = total > 0 ? 1 / Math.sqrt(total) : 0;
    for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return { logits, known: inside.length };
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
