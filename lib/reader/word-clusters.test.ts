import { afterEach, describe, expect, it } from 'vitest';
import shipped from './word-clusters.json';
import { readFeatures, useWordClusters, type WordClusterTable } from './features';

const hashesOf = (folded: string) => {
  const { count, hashes } = readFeatures(folded);
  return new Set(hashes.slice(0, count));
};
/** How many more features two replies share with `table` than with no table. */
const gained = (table: WordClusterTable, a: string, b: string) => {
  const shared = () => {
    const other = hashesOf(b);
    return [...hashesOf(a)].filter((h) => other.has(h)).length;
  };
  useWordClusters(undefined);
  const without = shared();
  useWordClusters(table);
  return shared() - without;
};

/**
 * Clusters 0–9 can share a hash with a length bucket (`hashOf` seeds by XOR, and one digit after
 * seed 11 can be another digit after seed 8): the candidates of issue 14's round 21 were trained
 * so; the tables here start at cluster 10.
 */
const FROM_TEN = Array.from({ length: 10 }, () => '');

describe('word clusters as reader features', () => {
  afterEach(() => useWordClusters(shipped));

  it('gives two words of one cluster a feature in common, and words of two clusters none', () => {
    const table = { words: [...FROM_TEN, 'swamped slammed overwhelmed', 'budget funds'] };
    expect(gained(table, 'we are swamped', 'we are slammed')).toBe(1);
    expect(gained(table, 'we are swamped', 'no funds')).toBe(0);
    // Chinese has no clusters: its features are the same with the table or without.
    const zh = hashesOf('最近太忙了');
    useWordClusters(undefined);
    expect(hashesOf('最近太忙了')).toEqual(zh);
  });

  it('adds the coarse cluster and the pair of adjacent clusters when the table asks for them', () => {
    const words = [...FROM_TEN, 'swamped slammed', 'busy hectic', 'right now'];
    expect(gained({ words }, 'swamped', 'hectic')).toBe(0);
    expect(gained({ words, coarse: [...FROM_TEN.map((_, i) => i), 20, 20, 21] }, 'swamped', 'hectic')).toBe(1);
    // "slammed right" and "swamped now" share their two clusters, and with pairs their pair too.
    expect(gained({ words }, 'slammed right', 'swamped now')).toBe(2);
    expect(gained({ words, pairs: true }, 'slammed right', 'swamped now')).toBe(3);
  });
});
