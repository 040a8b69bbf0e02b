import { readFileSync } from 'node:fs';
import { classifyReply as classifyObjection } from '../lib/reader/classify-reply';
import { OBJECTION_IDS } from '../lib/playbook/schema';

export interface LabelledReply {
  labels: string[];
  signals: string[];
  lang: string;
  text: string;
}

/**
 * Reads a labelled set: the four columns of tests/data (`labels<TAB>signals<TAB>lang<TAB>text`
 * under a `labels` header) or the three of `measure.py`'s sets (`label<TAB>lang<TAB>text`, no
 * header, no signals), so a three-column set is not read as empty replies.
 */
export function readLabelled(path: string | URL): LabelledReply[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('labels\t'))
    .map((line) => {
      const cols = line.split('\t');
      const [labels = '', signals = '', lang = '', text = ''] = cols.length === 3 ? [cols[0], '-', cols[1], cols[2]] : cols;
      return { labels: labels.split(','), signals: signals === '-' ? [] : signals.split(','), lang, text: text.replace(/\\n/g, '\n') };
    });
}

export interface Evaluation {
  macroF1: number;
  accuracy: number;
  perCategory: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  errors: { expected: string; got: string; lang: string; text: string }[];
}

/** Top-1 evaluation over the 12 categories plus none; macro-F1 averages the 13 classes. */
export function evaluate(rows: LabelledReply[]): Evaluation {
  const classes = [...OBJECTION_IDS, 'none'] as string[];
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const support: Record<string, number> = {};
  const errors: Evaluation['errors'] = [];
  let correct = 0;
  for (const row of rows) {
    const expected = row.labels[0] ?? 'none';
    const got = classifyObjection(row.text).category;
    support[expected] = (support[expected] ?? 0) + 1;
    if (got === expected) {
      correct++;
      tp[got] = (tp[got] ?? 0) + 1;
    } else {
      fp[got] = (fp[got] ?? 0) + 1;
      fn[expected] = (fn[expected] ?? 0) + 1;
      errors.push({ expected, got, lang: row.lang, text: row.text });
    }
  }
  const perCategory: Evaluation['perCategory'] = {};
  for (const c of classes) {
    const t = tp[c] ?? 0;
    const precision = t + (fp[c] ?? 0) === 0 ? 1 : t / (t + (fp[c] ?? 0));
    const recall = t + (fn[c] ?? 0) === 0 ? 1 : t / (t + (fn[c] ?? 0));
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perCategory[c] = { precision, recall, f1, support: support[c] ?? 0 };
  }
  const macroF1 = classes.reduce((sum, c) => sum + (perCategory[c]?.f1 ?? 0), 0) / classes.length;
  return { macroF1, accuracy: correct / rows.length, perCategory, errors };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const file = process.argv[2] ?? 'tests/data/objections-dev.tsv';
  const result = evaluate(readLabelled(file));
  console.log(`macro-F1 ${result.macroF1.toFixed(3)}  accuracy ${result.accuracy.toFixed(3)}`);
  for (const [c, m] of Object.entries(result.perCategory)) console.log(`${c.padEnd(11)} P ${m.precision.toFixed(2)} R ${m.recall.toFixed(2)} F1 ${m.f1.toFixed(2)} n=${m.support}`);
  for (const e of result.errors) console.log(`✗ ${e.expected} → ${e.got} [${e.lang}] ${e.text.replace(/\n/g, ' ⏎ ')}`);
}
