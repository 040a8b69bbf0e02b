import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelled } from './eval-classifier';

const data = (file: string) => new URL(`../tests/data/${file}`, import.meta.url);
const replyLines = (file: string) => readFileSync(data(file), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('labels\t'));

describe('readLabelled', () => {
  it('reads a four-column set under its header, signals and all', () => {
    const rows = readLabelled(data('objections-final.tsv'));
    expect(rows).toHaveLength(replyLines('objections-final.tsv').length);
    expect(rows.every((row) => row.text !== '' && ['en', 'zh-Hans', 'zh-Hant'].includes(row.lang))).toBe(true);
    expect(rows.some((row) => row.signals.length > 0)).toBe(true);
  });

  it("reads measure.py's three columns (no header, no signals) without losing the first reply or the texts", () => {
    const rows = readLabelled(data('firstlook-voices8.tsv'));
    expect(rows).toHaveLength(replyLines('firstlook-voices8.tsv').length);
    expect(rows.every((row) => row.text !== '' && row.signals.length === 0 && ['en', 'zh-Hans', 'zh-Hant'].includes(row.lang))).toBe(true);
    expect(rows.some((row) => row.text.includes('\n'))).toBe(true);
  });
});
