/**
 * How the classifier does on hostile and broken copies of the labelled replies (see
 * hostile-copies.ts): macro-F1 per kind of copy. `SET=final` measures the untuned set instead
 * (numbers only: its errors are not printed); a copy's name as argument prints its errors.
 */
import { readdirSync } from 'node:fs';
import { evaluate, readLabelled, type LabelledReply } from './eval-classifier';
import { HOSTILE_COPIES } from './hostile-copies';

const useFinal = process.env.SET === 'final';
const files = readdirSync('tests/data').filter((f) => f.endsWith('.tsv') && f.includes('final') === useFinal);
const rows: LabelledReply[] = files.flatMap((f) => readLabelled(`tests/data/${f}`));
const which = process.argv[2];
for (const [name, copy] of Object.entries({ original: (text: string) => text, ...HOSTILE_COPIES })) {
  if (which && name !== which) continue;
  const result = evaluate(rows.map((row) => ({ ...row, text: copy(row.text) })));
  console.log(`${name.padEnd(24)} macro-F1 ${result.macroF1.toFixed(3)}  accuracy ${result.accuracy.toFixed(3)}`);
  if (which && !useFinal) for (const e of result.errors) console.log(`✗ ${e.expected} → ${e.got} [${e.lang}] ${e.text.replace(/\n/g, ' ⏎ ')}`);
}
