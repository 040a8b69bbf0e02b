import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelled } from '../../scripts/eval-classifier';
import { HOSTILE_COPIES } from '../../scripts/hostile-copies';
import { cleanReply } from '../nlp/reply';
import { featureRows } from './naive-bayes';
import model from './objection-model.json';
import { FeatureLookup, replyFeatures } from './objection-features';

const data = (file: string) => new URL(`../../tests/data/${file}`, import.meta.url);

describe('replyFeatures', () => {
  it('has words, word pairs, stems, Chinese characters and character pairs', () => {
    expect(replyFeatures('prices doubled 太贵了')).toEqual(['prices', 'prices doubled', '~pric', 'doubled', '~doubl', '太', '贵', '太贵', '了', '贵了']);
  });
});

describe('FeatureLookup', () => {
  it('finds exactly the rows replyFeatures would, on every labelled reply and its hostile copies', () => {
    const rows = featureRows(model);
    const lookup = new FeatureLookup(rows);
    const replies = readdirSync(data('')).filter((f) => f.endsWith('.tsv')).flatMap((f) => readLabelled(data(f))).map((row) => row.text);
    const texts = replies.flatMap((text) => [text, ...Object.values(HOSTILE_COPIES).map((copy) => copy(text))]).map((text) => cleanReply(text).folded);
    let compared = 0;
    for (const text of texts) {
      const fast = [...new Set(lookup.rows(text))].sort((a, b) => a - b);
      const slow = [...new Set(replyFeatures(text).flatMap((feature) => rows.get(feature) ?? []))].sort((a, b) => a - b);
      if (fast.join() !== slow.join()) expect(fast, text).toEqual(slow);
      compared++;
    }
    expect(compared).toBeGreaterThan(30_000);
  });
});
