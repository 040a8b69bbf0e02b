import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

const at = (iso: string) => new Date(`${iso}T10:00:00`).getTime();
const iso = (time: number) => new Date(time).toLocaleDateString('sv');
/** Monday 7 December 2026. */
const MON = at('2026-12-07');

describe('the Nth week of a month counts Monday-started weeks (the first has four or more of its days in the month)', () => {
  it.each([
    // Friday 1 January 2027 falls in the week of 28 December: the second week starts on Monday the 11th
    ['Could we do the second week of January?', '2027-01-11', 'the second week of January'],
    ["Let's pick this up the first week of January.", '2027-01-04', 'the first week of January'],
    ["Let's talk the last week of January.", '2027-01-25', 'the last week of January'],
    ['一月第二周再联系吧。', '2027-01-11', '一月第二周'],
    ['1月的第一周再说。', '2027-01-04', '1月的第一周'],
    ['一月第二個禮拜再聯絡。', '2027-01-11', '一月第二個禮拜'],
    ['下個月最後一個禮拜再傾啦。', '2027-01-25', '下個月最後一個禮拜'],
  ])('%s → %s', (text, want, words) => {
    const named = findNamedDate(text, MON);
    expect(named && iso(named.at)).toBe(want);
    expect(named?.text).toBe(words);
  });

  it('a month that starts mid-week: its first week is its first days ("the first week of December" said in November: Tuesday 1)', () => {
    expect(iso(findNamedDate("Let's talk the first week of December.", at('2026-11-20'))?.at ?? 0)).toBe('2026-12-01');
  });
});

describe('a day asked about is a day named ("Does Thursday work?")', () => {
  it.each([
    ['Does Thursday work?', '2026-12-10'],
    ['Would Thursday work for a call?', '2026-12-10'],
    ['Is Thursday 3pm good?', '2026-12-10'],
    ['Would Monday at 10 suit you?', '2026-12-14'],
    ["I'm checking with the CFO on Monday.", '2026-12-14'],
  ])('%s → %s', (text, want) => {
    expect(iso(findNamedDate(text, MON)?.at ?? 0)).toBe(want);
  });

  it.each(['Thanks for Thursday, did the demo work?', 'Does that work?', 'We work Thursdays from home.'])('%s: none', (text) => {
    expect(findNamedDate(text, MON)).toBeNull();
  });
});

describe('the period named, through its last day (what a promise to come back by then has)', () => {
  it.each([
    ["I'll get back to you next week.", '2026-12-14', '2026-12-20'],
    ["We'll come back to you later this week.", '2026-12-07', '2026-12-13'],
    ['I will revert early next month.', '2027-01-01', '2027-01-10'],
    ['下个月初给你答复。', '2027-01-01', '2027-01-10'],
    ['下个月中给您答复。', '2027-01-15', '2027-01-20'],
    ['下個禮拜給您答覆。', '2026-12-14', '2026-12-20'],
    ['一月第二周再联系吧。', '2027-01-11', '2027-01-17'],
  ])('%s → %s through %s', (text, from, through) => {
    const named = findNamedDate(text, MON);
    expect(named && iso(named.at)).toBe(from);
    expect(named?.through && iso(named.through)).toBe(through);
  });

  it.each(["I'll get back to you Friday.", "I'll get back to you in a couple of weeks.", '下个月底给您答复。', 'I will revert next quarter.'])('%s: a day, or longer than a month: no period', (text) => {
    expect(findNamedDate(text, MON)?.through).toBeUndefined();
  });
});
