import { describe, expect, it } from 'vitest';
import { areaKey, drillAreaOf } from '../dashboard/drills';
import { LOCALES } from '../i18n/locales';
import { OBJECTION_IDS } from '../playbook/ids';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { STAGE_IDS } from '../sop/stages';
import { DRILL_CYCLE, drillQuestion } from './drill';
import { drillPositionsOf, nextDrillQuestion } from './drill-areas';
import { overlapsWith } from './objection-overlaps';

const every = LOCALES.flatMap((locale) => Array.from({ length: DRILL_CYCLE }, (_, n) => ({ locale, n, question: drillQuestion(playbook, locale, n) })));

describe('drillQuestion', () => {
  it('is repeatable and has exactly one right answer among distinct options', () => {
    for (const { locale, n, question } of every) {
      expect(question).toEqual(drillQuestion(playbook, locale, n));
      expect(new Set(question.options).size, question.id).toBe(question.options.length);
      expect(question.options).toHaveLength(4);
      expect(question.optionIds).toHaveLength(4);
      expect(question.options[question.answer], question.id).toBeTruthy();
      expect(question.prompt).not.toMatch(/\{\w+\}/);
      expect(question.explanation).not.toMatch(/\{\w+\}/);
    }
  });

  it('never offers as a wrong answer an objection category that meets the right one (every question, every language)', () => {
    let objectionQuestions = 0;
    for (const { question } of every) {
      const kind = question.id.split(':')[0];
      if (kind !== 'concern' && kind !== 'response') continue;
      objectionQuestions++;
      const right = question.optionIds[question.answer] ?? '';
      expect(new Set(question.optionIds).size, question.id).toBe(4);
      for (const id of question.optionIds) expect(overlapsWith(id, right), `${question.id}: ${id} offered beside ${right}`).toBe(false);
    }
    expect(objectionQuestions).toBeGreaterThan(0);
  });

  it('does not offer "No budget" beside "Too expensive" for a no-budget concern', () => {
    const question = every.find(({ locale, question: q }) => locale === 'en' && q.id === 'concern:price:0')?.question;
    expect(question?.prompt).toBe('A prospect’s objection hides this concern: “No budget: this year’s budget has no room for it”. Which objection is it?');
    expect(question?.options[question.answer]).toBe('Too expensive');
    expect(question?.options).not.toContain('No budget');
    expect(question?.options).not.toContain('Not sure it pays off');
  });

  it('writes no stray punctuation around quotations', () => {
    for (const { question } of every) {
      for (const text of [question.prompt, question.explanation]) expect(text, question.id).not.toMatch(/[.。!！?？]["”」』][.。]/u);
    }
  });

  it('covers every objection, each of its concerns, every stage’s exit and every key task', () => {
    const ids = new Set(every.map(({ question }) => question.id));
    for (const objection of playbook.objections) {
      expect(ids).toContain(`response:${objection.id}`);
      objection.hiddenConcerns.forEach((_, i) => expect(ids).toContain(`concern:${objection.id}:${String(i)}`));
    }
    for (const stage of playbook.stages) {
      expect(ids).toContain(`exit:${stage.id}`);
      stage.keyTasks.forEach((_, i) => expect(ids).toContain(`task:${stage.id}:${String(i)}`));
    }
  });

  it('asks the same question in every language', () => {
    for (let n = 0; n < 40; n++) expect(new Set(LOCALES.map((l) => drillQuestion(playbook, l, n).id)).size).toBe(1);
  });

  it('tiers by the playbook rules', () => {
    const question = drillQuestion(playbook, 'en', 3);
    expect(question.options[question.answer]).toBe('Tier A');
  });
});

describe('objection categories that meet', () => {
  it('is symmetric, never a category with itself, and leaves every category enough wrong answers', () => {
    for (const a of OBJECTION_IDS) {
      expect(overlapsWith(a, a)).toBe(false);
      for (const b of OBJECTION_IDS) expect(overlapsWith(a, b)).toBe(overlapsWith(b, a));
      expect(OBJECTION_IDS.filter((b) => b !== a && !overlapsWith(a, b)).length, a).toBeGreaterThanOrEqual(3);
    }
    expect(overlapsWith('price', 'budget')).toBe(true);
    expect(overlapsWith('timing', 'brush_off')).toBe(true);
    expect(overlapsWith('price', 'timing')).toBe(false);
  });
});

describe('the drill by area', () => {
  it('asks only the area’s questions, each once before any comes back', () => {
    for (const area of [...STAGE_IDS.map((id) => `stage:${id}`), ...OBJECTION_IDS.map((id) => `objection:${id}`)]) {
      const positions = drillPositionsOf(playbook, area);
      expect(positions.length, area).toBeGreaterThanOrEqual(2);
      const asked = positions.map((_, i) => nextDrillQuestion(playbook, 'zh-Hant', area, i).id);
      expect(new Set(asked).size).toBe(positions.length);
      for (const id of asked) expect(areaKey(drillAreaOf(id) ?? { kind: 'stage', id: 'prospect' }), id).toBe(area);
      expect(nextDrillQuestion(playbook, 'en', area, positions.length).id).toBe(asked[0]);
    }
    expect(drillPositionsOf(playbook, 'stage:qualify').map((n) => drillQuestion(playbook, 'en', n).id)).toEqual(expect.arrayContaining(['exit:qualify', 'tier:0', 'task:qualify:0']));
  });

  it('with no area, walks the whole cycle', () => {
    expect(nextDrillQuestion(playbook, 'en', undefined, 7).id).toBe(drillQuestion(playbook, 'en', 7).id);
  });
});
