import { describe, expect, it } from 'vitest';
import { clusterFeature, readFeatures, wordKey } from './features';
import { clusterTable, LinearModel } from './linear-model';
import { encodeModel } from './model-codec';

/** A model of two classes that knows one feature: cluster 1 says "timing". */
function modelWithClusters(clusters?: string[]): LinearModel {
  return new LinearModel({
    classes: ['timing', 'none'],
    ...encodeModel([clusterFeature(1)], Int8Array.from([100, 0]), 2),
    scale: 0.01,
    bias: [0, 0],
    temperature: 1,
    ...(clusters ? { clusters } : {}),
  });
}

describe('word clusters from pretrained vectors (scripts/word-clusters.py)', () => {
  const clusters = ['price cost', 'busy swamped slammed', ''];

  it('gives each word of the table its cluster, keyed as the reader hashes the word', () => {
    const table = clusterTable(clusters);
    expect(table.get(wordKey('swamped'))).toBe(1);
    expect(table.get(wordKey('cost'))).toBe(0);
    expect(table.get(wordKey('calm'))).toBeUndefined();
    expect(table.size).toBe(5);
  });

  it("adds a word's cluster where the word is, and nothing without a table", () => {
    const folded = 'we are swamped';
    const withTable = readFeatures(folded, clusterTable(clusters));
    const hashes = [...withTable.hashes.subarray(0, withTable.count)];
    const at = hashes.indexOf(clusterFeature(1));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(withTable.positions[at]).toBe(folded.indexOf('swamped'));
    const count = withTable.count;
    expect(readFeatures(folded).count).toBe(count - 1);
  });

  it('reads a word the model never saw by its cluster, when the model ships the table', () => {
    const model = modelWithClusters(clusters);
    const [timing = 0, none = 0] = model.tally('totally slammed this week').logits;
    expect(timing).toBeGreaterThan(none);
    const [calmTiming = 0, calmNone = 0] = model.tally('totally calm this week').logits;
    expect(calmTiming).toBe(calmNone);
    const [plainTiming = 0, plainNone = 0] = modelWithClusters().tally('totally slammed this week').logits;
    expect(plainTiming).toBe(plainNone);
  });
});
