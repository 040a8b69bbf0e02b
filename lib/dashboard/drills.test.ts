import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { drillQuestion } from '../engine/drill';
import { computeDrills, drillAreaOf } from './drills';
import { on } from './test-data';

const period = { from: on(0, 0), to: on(31, 0) };

describe('drills by area', () => {
  it('knows the area of every question the drill asks', () => {
    for (let n = 0; n < 60; n++) expect(drillAreaOf(drillQuestion(playbook, 'en', n).id), String(n)).not.toBeNull();
    expect(drillAreaOf('tier:2')).toEqual({ kind: 'stage', id: 'qualify' });
    expect(drillAreaOf('concern:price:1')).toEqual({ kind: 'objection', id: 'price' });
  });

  it('scores each area, weakest first, with the earlier and later half of the period', () => {
    const a = (questionId: string, correct: boolean, day: number) => ({ questionId, correct, at: on(day) });
    // The period is days 0–30: its later half starts on day 15.
    const result = computeDrills([a('exit:discover', false, 1), a('exit:discover', false, 2), a('exit:discover', true, 20), a('concern:price:0', true, 1), a('response:price', false, 18), a('tier:1', true, 2), a('exit:present', false, -3)], period);
    expect(result.rows.map((r) => [r.area.id, r.answered, r.correct, r.score, r.firstHalf, r.secondHalf])).toEqual([
      ['discover', 3, 1, 1 / 3, 0, 1],
      ['price', 2, 1, 1 / 2, 1, 0],
      ['qualify', 1, 1, 1, 1, null],
    ]);
    // 1 Oct 2026 is a Thursday: days 1–3 are in the week of Monday 28 Sep, days 18 and 20 in the week of 19 Oct.
    expect(result.weeks).toEqual([
      { week: new Date(2026, 8, 28).getTime(), answered: 4, correct: 2 },
      { week: new Date(2026, 9, 19).getTime(), answered: 2, correct: 1 },
    ]);
  });
});
