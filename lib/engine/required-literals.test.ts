import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../nlp/normalize';
import { readLabelled } from '../../scripts/eval-classifier';
import { OBJECTION_LEXICON } from './objection-lexicon';
import { OBJECTION_RULES } from './objection-rules';
import { requiredLiteralGate, requiredLiteralSets, requiredLiterals } from './required-literals';

describe('requiredLiterals', () => {
  it.each<[RegExp, string[] | null]>([
    [/too (?:expensive|pricey)/, ['expensive', 'pricey']],
    [/(?<![a-z])(?:no budget)(?![a-z])/, ['no budget']],
    [/(?:太|很)贵/, ['太', '很']],
    [/a?b+c/, null],
    [/(?:foo)?bar baz/, ['bar baz']],
    [/x[^.]{0,5}yz/, ['yz']],
    [/a|[bc]d/, null],
    [/price[^.]{0,30}(?:too high|steep)/, ['price']],
  ])('%s → %j', (pattern, literals) => {
    expect(requiredLiterals(pattern)?.sort() ?? null).toEqual(literals?.sort() ?? null);
  });

  it('gates on every required set: a text missing one cannot match', () => {
    const gate = requiredLiteralGate(/(?:no|zero) (?:budget|funds?) (?:this|next) (?:year|quarter)/);
    expect(gate.test('no budget this year')).toBe(true);
    expect(gate.test('budget this year')).toBe(false);
    expect(gate.test('no budget for it')).toBe(false);
    expect(requiredLiteralGate(/a?b+c/).test('')).toBe(true);
    expect(requiredLiteralGate(/price (?:\(net\)|too high)/).test('price (net)')).toBe(true);
  });

  it('is sound on every pattern: no text matches a pattern without containing a literal', () => {
    const texts = ['dev', 'holdout', 'blind', 'blind2', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19', 'train20', 'train21', 'train22', 'train23', 'final', 'final2']
      .flatMap((set) => readLabelled(new URL(`../../tests/data/objections-${set}.tsv`, import.meta.url)))
      .map((row) => foldForMatching(row.text));
    const patterns = [...Object.values(OBJECTION_RULES).flatMap((r) => r.patterns), ...Object.values(OBJECTION_LEXICON).flat()].map(([re]) => re);
    let checked = 0;
    for (const pattern of patterns) {
      const sets = requiredLiteralSets(pattern);
      if (sets.length === 0) continue;
      for (const text of texts) {
        const matches = new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
        if (matches) {
          checked++;
          for (const set of sets) expect(set.some((l) => text.includes(l)), `${pattern.source} on ${text}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
