import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { drillQuestion } from './drill';

describe('drillQuestion', () => {
  it('is repeatable and has exactly one right answer among distinct options', () => {
    for (let n = 0; n < 60; n++) {
      for (const locale of LOCALES) {
        const question = drillQuestion(playbook, locale, n);
        expect(question).toEqual(drillQuestion(playbook, locale, n));
        expect(new Set(question.options).size, question.id).toBe(question.options.length);
        expect(question.options[question.answer], question.id).toBeTruthy();
        expect(question.prompt).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('asks the same question in every language', () => {
    expect(new Set(LOCALES.map((l) => drillQuestion(playbook, l, 5).id)).size).toBe(1);
  });

  it('tiers by the playbook rules', () => {
    const question = drillQuestion(playbook, 'en', 3);
    expect(question.options[question.answer]).toBe('Tier A');
  });
});
