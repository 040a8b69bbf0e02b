/**
 * Trains the statistical half of the objection classifier on the labelled replies in tests/data
 * (every set but objections-final.tsv, which is kept out to measure on) and writes
 * lib/engine/objection-model.json. Run after changing the data or the features.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { replyFeatures } from '../lib/engine/objection-features';
import { trainNaiveBayes } from '../lib/engine/naive-bayes';
import { cleanReply } from '../lib/nlp/reply';
import { OBJECTION_IDS } from '../lib/playbook/schema';
import { readLabelled } from './eval-classifier';

export const TRAINING_SETS = ['objections-dev.tsv', 'objections-holdout.tsv', 'objections-blind.tsv', 'objections-blind2.tsv', 'objections-train2.tsv', 'objections-train3.tsv', 'objections-train4.tsv', 'objections-train5.tsv', 'objections-train6.tsv', 'objections-train7.tsv', 'objections-train8.tsv', 'objections-train9.tsv', 'objections-train10.tsv', 'objections-train11.tsv', 'objections-train12.tsv', 'objections-train13.tsv', 'objections-train14.tsv', 'objections-train15.tsv', 'objections-train16.tsv', 'objections-train17.tsv', 'objections-train18.tsv', 'objections-train19.tsv', 'objections-train20.tsv', 'objections-train21.tsv', 'objections-train22.tsv', 'objections-train23.tsv'];

export function trainObjectionModel() {
  const root = resolve(import.meta.dirname, '../tests/data');
  const rows = TRAINING_SETS.flatMap((file) => readLabelled(resolve(root, file))).map((row) => ({
    label: row.labels[0] ?? 'none',
    features: replyFeatures(cleanReply(row.text).folded),
  }));
  return trainNaiveBayes(rows, [...OBJECTION_IDS, 'none']);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const model = trainObjectionModel();
  const target = resolve(import.meta.dirname, '../lib/engine/objection-model.json');
  writeFileSync(target, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${target}: ${Object.keys(model.counts).length} features`);
}
