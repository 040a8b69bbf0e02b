/**
 * How the reader's model is stored in `model.json`: three strings over 93 printable ASCII
 * characters (JSON needs no escape for them), one character per unit of data, so gzip sees the
 * data's own repeats the way it would in raw bytes. Base64 cut every 3 bytes into 4 characters
 * across byte boundaries, which hid those repeats from gzip: the same model was 368 kB gzipped in
 * base64 and is about 270 kB so, close to raw bytes (265 kB), and it stays a plain JSON import that
 * the reader's chunk carries (no fetch, nothing asynchronous for Node's scripts).
 *
 * - `keys`: the sorted feature hashes as the gaps between them, each gap in base 46, lowest digit
 *   first; a digit with more to follow is written 46 higher.
 * - `rows`: per feature, the set of classes that have a weight, as a bit mask in two characters
 *   (13 classes: a mask under 8,192 < 93²).
 * - `weights`: per feature, in class order, each weight (int8) in one character when it is within
 *   −46…45, else an escape character and two more.
 */
const ALPHABET = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const BASE = ALPHABET.length; // 93
const HALF = 46;
const ESCAPE = BASE - 1;
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The most classes a row's mask can hold in two characters. */
export const MAX_CLASSES = Math.floor(Math.log2(BASE * BASE));

export interface EncodedModel {
  keys: string;
  rows: string;
  weights: string;
}

export interface DecodedModel {
  /** Sorted feature hashes. */
  keys: Uint32Array;
  /** Per feature, `classes` weights (0 where it has none). */
  weights: Int8Array;
}

function symbol(d: number): string {
  return ALPHABET.charAt(d);
}

function digit(text: string, i: number): number {
  const d = DIGIT[text.charCodeAt(i)] ?? -1;
  if (d < 0) throw new Error(`model.json: character ${i} is not of the model's alphabet`);
  return d;
}

/** Sorted hashes and a dense row of int8 weights per hash → the three strings. */
export function encodeModel(keys: readonly number[], weights: ArrayLike<number>, classes: number): EncodedModel {
  if (classes > MAX_CLASSES) throw new Error(`model.json holds at most ${MAX_CLASSES} classes`);
  let keyText = '';
  let rowText = '';
  let weightText = '';
  let previous = 0;
  keys.forEach((key, row) => {
    let gap = key - previous;
    if (gap < 0 || (row > 0 && gap === 0)) throw new Error('model.json: keys must be sorted and distinct');
    previous = key;
    while (gap >= HALF) {
      keyText += symbol(HALF + (gap % HALF));
      gap = Math.floor(gap / HALF);
    }
    keyText += symbol(gap);
    let mask = 0;
    for (let c = 0; c < classes; c++) {
      const q = weights[row * classes + c] ?? 0;
      if (q === 0) continue;
      if (q < -128 || q > 127 || !Number.isInteger(q)) throw new Error('model.json: weights are int8');
      mask |= 1 << c;
      if (q >= -HALF && q < HALF) weightText += symbol(q + HALF);
      else weightText += symbol(ESCAPE) + symbol(Math.floor((q + 128) / BASE)) + symbol((q + 128) % BASE);
    }
    rowText += symbol(Math.floor(mask / BASE)) + symbol(mask % BASE);
  });
  return { keys: keyText, rows: rowText, weights: weightText };
}

/** The three strings → sorted hashes and dense int8 rows. */
export function decodeModel(encoded: EncodedModel, classes: number): DecodedModel {
  const hashes: number[] = [];
  let key = 0;
  for (let i = 0; i < encoded.keys.length; ) {
    let gap = 0;
    let place = 1;
    for (;;) {
      const d = digit(encoded.keys, i++);
      if (d >= HALF) {
        gap += (d - HALF) * place;
        place *= HALF;
      } else {
        gap += d * place;
        break;
      }
    }
    key += gap;
    hashes.push(key);
  }
  const count = hashes.length;
  if (encoded.rows.length !== count * 2) throw new Error('model.json: one row mask per key');
  const weights = new Int8Array(count * classes);
  let w = 0;
  for (let row = 0; row < count; row++) {
    const mask = digit(encoded.rows, row * 2) * BASE + digit(encoded.rows, row * 2 + 1);
    for (let c = 0; c < classes; c++) {
      if ((mask & (1 << c)) === 0) continue;
      const d = digit(encoded.weights, w++);
      weights[row * classes + c] = d === ESCAPE ? digit(encoded.weights, w++) * BASE + digit(encoded.weights, w++) - 128 : d - HALF;
    }
  }
  if (w !== encoded.weights.length) throw new Error('model.json: weights left over');
  return { keys: Uint32Array.from(hashes), weights };
}
