import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, MAX_CLASSES } from './model-codec';

describe('the model as stored in model.json', () => {
  it('gives back every hash and weight it was given, gaps and weights of every size included', () => {
    const classes = 13;
    const keys = [0, 1, 45, 46, 47, 2115, 2116, 97336, 4_000_000_000, 4_294_967_295];
    const weights = new Int8Array(keys.length * classes);
    const values = [-128, -127, -47, -46, -1, 1, 45, 46, 127, 3, -5];
    for (let i = 0; i < weights.length; i++) if (i % 3 !== 1) weights[i] = values[i % values.length] ?? 0;
    const encoded = encodeModel(keys, weights, classes);
    for (const text of [encoded.keys, encoded.rows, encoded.weights]) expect(text).toMatch(/^[\x20-\x7e]*$/u);
    expect(JSON.stringify(encoded.weights)).toBe(`"${encoded.weights}"`);
    const decoded = decodeModel(encoded, classes);
    expect([...decoded.keys]).toEqual(keys);
    expect([...decoded.weights]).toEqual([...weights]);
  });

  it('refuses what it cannot hold: unsorted keys, more classes than a mask holds, a stray character', () => {
    expect(() => encodeModel([5, 3], new Int8Array(2), 1)).toThrow();
    expect(() => encodeModel([1], new Int8Array(MAX_CLASSES + 1), MAX_CLASSES + 1)).toThrow();
    const encoded = encodeModel([1, 2], Int8Array.from([1, 0, 0, -2]), 2);
    expect(() => decodeModel({ ...encoded, weights: `${encoded.weights}\u00e9` }, 2)).toThrow();
  });
});
