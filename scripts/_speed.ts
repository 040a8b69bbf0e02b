import { classifyObjection } from '../lib/engine/classify-objection';
import { readLabelled } from './eval-classifier';
const texts = ['dev', 'holdout', 'blind', 'blind2', 'final'].flatMap((s) => readLabelled(`tests/data/objections-${s}.tsv`).map((r) => r.text));
for (const t of texts) classifyObjection(t);
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 3000) { for (const t of texts) classifyObjection(t); n += texts.length; }
console.log((n / ((performance.now() - t0) / 1000)).toFixed(0), 'utterances/s');
