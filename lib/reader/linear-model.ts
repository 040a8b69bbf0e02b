/**
 * The reply reader's learned model: a multinomial logistic regression over the hashed features of
 * `features.ts`, trained by `scripts/train-reader.ts` on the example replies in `examples/` and the
 * labelled sets, shipped as `model.json` (feature hashes and 8-bit weights, `model-codec.ts`). Confidence is
 * the softmax at the temperature fitted on held-out predictions, so "0.9" means right nine times
 * in ten on replies it was not trained on.
 */
import { readFeatures } from './features';
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

/** A part of a scored text: its summed weights (before scaling), known features and features. */
export interface PartSum {
  raw: number[];
  known: number;
  total: number;
}

/** What a text scores, in total and by where in the text it came from (see `LinearModel.tally`). */
export interface Tally {
  /** Per class, bias plus the sum of the features' weights (not yet divided by the temperature). */
  logits: number[];
  /** Per feature read (known to the model or not), in order: its position in the folded text, -1 for the reply-wide ones. */
  positions: number[];
  /** Per feature read, in the same order: where its weights are (`LinearModel`'s own index), -1 when the model does not know it. */
  entries: number[];
  /** The factor each feature's weight was counted with. */
  norm: number;
  /** How many features came from the words themselves (position ≥ 0: not the length, the first or the last word). */
  words: number;
  /** How many of those the model knows. */
  known: number;
}

/** A tally with its logits as a typed array (`LinearModel.score`). */
export type Scores = Omit<Tally, 'logits'> & { logits: Float64Array };

/** A hash's first slot in a table of mask + 1 slots (Fibonacci hashing spreads FNV's low bits). */
function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 12) & mask;
}

/** A weight is stored with its class in the low bits of one int16 (13 classes: 4 bits). */
const CLASS_BITS = 4;
const CLASS_MASK = (1 << CLASS_BITS) - 1;
/**
 * A slot of the model's table: 32 bytes, two to a cache line (the hash, then as int16s how many
 * weights and up to 13 of them), so a feature's lookup and its weights are one read from memory.
 */
const SLOT_INTS = 8;
const SLOT_CELLS = SLOT_INTS * 2 - 3;

export class LinearModel {
  readonly classes: readonly string[];
  readonly temperature: number;
  /** See {@link ShippedModel.support}; without it the confidence is the calibrated probability. */
  readonly support: readonly number[] | undefined;
  /** See {@link ShippedModel.sureGate}. */
  readonly sureGate: number;
  /**
   * Feature hash → its weights, open addressing (hashes are 32-bit, past what a Map keys fast).
   * Slot s holds the hash at `table[s * 8]`, how many weights it has at `cells[s * 16 + 2]` (-1:
   * empty) and the weights that are not zero (about 4 of a feature's 13) from `cells[s * 16 + 3]`,
   * each as weight << 4 | class: a hit adds those few instead of a dense row of 13.
   */
  private readonly table: Int32Array;
  /** The same memory as `table`, as int16s. */
  private readonly cells: Int16Array;
  private readonly mask: number;
  private readonly count: number;
  private readonly scale: number;
  private readonly bias: readonly number[];

  constructor(shipped: ShippedModel) {
    this.classes = shipped.classes;
    this.temperature = shipped.temperature;
    this.support = shipped.support;
    this.sureGate = shipped.sureGate ?? 0;
    this.scale = shipped.scale;
    this.bias = shipped.bias;
    const k = this.classes.length;
    if (k > 1 << CLASS_BITS || k > SLOT_CELLS) throw new Error(`the reader's model holds at most ${SLOT_CELLS} classes`);
    const { keys, weights } = decodeModel(shipped, k);
    this.count = keys.length;
    let size = 1024;
    while (size < keys.length * 1.5) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * SLOT_INTS);
    this.cells = new Int16Array(this.table.buffer);
    for (let slot = 0; slot < size; slot++) this.cells[slot * SLOT_INTS * 2 + 2] = -1;
    keys.forEach((hash, row) => {
      let slot = slotOf(hash, this.mask);
      while (this.cells[slot * SLOT_INTS * 2 + 2] !== -1) slot = (slot + 1) & this.mask;
      const at = slot * SLOT_INTS * 2;
      let n = 0;
      for (let c = 0; c < k; c++) {
        const w = weights[row * k + c] ?? 0;
        if (w !== 0) this.cells[at + 3 + n++] = (w << CLASS_BITS) | c;
      }
      this.table[slot * SLOT_INTS] = hash | 0;
      this.cells[at + 2] = n;
    });
  }

  /** How many features the model knows. */
  get size(): number {
    return this.count;
  }

  /** The slot of the feature with this hash, -1 when the model does not know it. */
  private entryOf(hash: number): number {
    const { table, cells, mask } = this;
    const key = hash | 0;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      if (cells[slot * SLOT_INTS * 2 + 2] === -1) return -1;
      if (table[slot * SLOT_INTS] === key) return slot;
    }
  }

  /** Adds the weights in `slot` (unscaled, so sums stay whole numbers and exact in any order) to `into`. */
  private add(slot: number, into: number[]): void {
    const { cells } = this;
    const from = slot * SLOT_INTS * 2 + 3;
    const to = from + (cells[from - 1] ?? 0);
    for (let j = from; j < to; j++) {
      const cell = cells[j] ?? 0;
      const c = cell & CLASS_MASK;
      into[c] = (into[c] ?? 0) + (cell >> CLASS_BITS);
    }
  }

  /** The folded text's tally (see `tally`) with its logits as a Float64Array, for callers that keep them (training). */
  score(folded: string, skip?: (position: number) => boolean): Scores {
    const tally = this.tally(folded, skip);
    return { ...tally, logits: Float64Array.from(tally.logits) };
  }

  /**
   * Scores the folded text. Each feature counts 1/√n (n = the features the text has), so a long
   * email and a one-liner are on one scale. `skip(position)` leaves out features from spans the
   * rules took out ("price is not the issue"). Plain arrays throughout: a typed array past 64
   * bytes (13 doubles) is allocated outside V8's heap, at about ten times the cost, and the
   * reader reads one reply at a time.
   */
  tally(folded: string, skip?: (position: number) => boolean): Tally {
    const features = readFeatures(folded);
    const positions = new Array<number>(features.count);
    const entries = new Array<number>(features.count);
    const k = this.classes.length;
    const raw = new Array<number>(k).fill(0);
    let n = 0;
    let words = 0;
    let known = 0;
    // The features looked up first and their weights added after: the lookups, independent of
    // one another, wait on memory together.
    for (let i = 0; i < features.count; i++) {
      const position = features.positions[i] ?? -1;
      if (skip?.(position)) continue;
      positions[n] = position;
      entries[n++] = this.entryOf(features.hashes[i] ?? 0);
    }
    positions.length = n;
    entries.length = n;
    for (let i = 0; i < n; i++) {
      const entry = entries[i] ?? -1;
      const position = positions[i] ?? -1;
      if (position >= 0) words++;
      if (entry === -1) continue;
      if (position >= 0) known++;
      this.add(entry, raw);
    }
    const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
    const logits = new Array<number>(k);
    for (let c = 0; c < k; c++) logits[c] = (raw[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return { logits, positions, entries, norm, words, known };
  }

  /**
   * The scored text cut into parts (its sentences): for each, the logits it would have scored alone
   * (the reply-wide features aside) and how many of its features the model knows. One pass.
   */
  scoreParts(scores: Pick<Tally, 'positions' | 'entries'>, parts: readonly (readonly [number, number])[]): { logits: number[]; known: number }[] {
    return this.partSums(scores, parts).map((part) => ({ logits: this.partLogits(part), known: part.known }));
  }

  /** Parts joined into one (their sums added): a sentence from its clauses without a second pass. */
  joinParts(parts: readonly PartSum[]): PartSum {
    const k = this.classes.length;
    const raw = new Array<number>(k).fill(0);
    let known = 0;
    let total = 0;
    for (const part of parts) {
      for (let c = 0; c < k; c++) raw[c] = (raw[c] ?? 0) + (part.raw[c] ?? 0);
      known += part.known;
      total += part.total;
    }
    return { raw, known, total };
  }

  /** The logits of a part scored alone. */
  partLogits({ raw, total }: PartSum): number[] {
    const k = this.classes.length;
    const norm = total > 0 ? 1 / Math.sqrt(total) : 0;
    const logits = new Array<number>(k);
    for (let c = 0; c < k; c++) logits[c] = (raw[c] ?? 0) * this.scale * norm + (this.bias[c] ?? 0);
    return logits;
  }

  /** Each part's summed weights, known features and features, in one pass over the scored text. Parts are in order and do not overlap. */
  partSums(scores: Pick<Tally, 'positions' | 'entries'>, parts: readonly (readonly [number, number])[]): PartSum[] {
    const k = this.classes.length;
    const sums = parts.map((): PartSum => ({ raw: new Array<number>(k).fill(0), known: 0, total: 0 }));
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
    const { positions, entries } = scores;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] ?? -1;
      const part = position >= 0 ? sums[partOf(position)] : undefined;
      if (!part) continue;
      part.total++;
      const entry = entries[i] ?? -1;
      if (entry === -1) continue;
      part.known++;
      this.add(entry, part.raw);
    }
    return sums;
  }

  /** Calibrated probabilities from logits. */
  probabilities(logits: ArrayLike<number>): number[] {
    const k = logits.length;
    const out = new Array<number>(k);
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
