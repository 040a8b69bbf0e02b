/**
 * The end of a period said as a deadline ("need it signed by EOQ", "before quarter end", 季末前要签) is its last working
 * day, not the first day of its last month (what "let's revisit at quarter end" comes back on); "after the quarter
 * closes" is after it.
 */
import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

/** Tuesday 10 November 2026: the quarter ends on Thursday 31 December. */
const NOV10 = new Date(2026, 10, 10, 10).getTime();
/** Monday 10 August 2026: the quarter ends on Wednesday 30 September. */
const AUG10 = new Date(2026, 7, 10, 10).getTime();
/** Friday 6 March 2026: the quarter ends on Tuesday 31 March. */
const MAR6 = new Date(2026, 2, 6, 10).getTime();
const ymd = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

describe('the end of a period as a deadline: its last working day', () => {
  it.each([
    // (was 1 December, or nothing: "signed" read as the past)
    ['We need it signed by EOQ.', NOV10, '2026-12-31'],
    ['Can you get us the paperwork before quarter end? Finance wants it booked this quarter.', NOV10, '2026-12-31'],
    ['Please get the order form to us by the end of the quarter.', NOV10, '2026-12-31'],
    ['Legal has to countersign no later than quarter-end.', AUG10, '2026-09-30'],
    ['季末前要签，麻烦尽快把合同发过来。', NOV10, '2026-12-31'],
    ['合約麻煩在季底前寄過來，我們要在這季入帳。', AUG10, '2026-09-30'],
    ['这单我们想季度末之前签下来。', MAR6, '2026-03-31'],
    ['年底之前要把合同签了', NOV10, '2026-12-31'],
    // (a month's end that falls on a weekend: the Friday before; 31 October 2026 is a Saturday)
    ['We need the revised quote by month-end.', new Date(2026, 9, 5, 10).getTime(), '2026-10-30'],
    // (the period first, then its last working day, or today when that has passed on its weekend: was next month's, next year's)
    ['Please send the final contract; we need it signed by the end of the month.', new Date(2026, 0, 31, 10).getTime(), '2026-01-31'],
    ['合同请月底前发过来', new Date(2026, 4, 30, 10).getTime(), '2026-05-30'],
    ['合同请年底前发过来', new Date(2028, 11, 30, 10).getTime(), '2028-12-30'],
    ['We need the contract by year end.', new Date(2028, 11, 30, 10).getTime(), '2028-12-30'],
    ['合約請在月底前用印寄回', new Date(2026, 4, 31, 10).getTime(), '2026-05-31'],
  ])('%s → %s', (text, now, day) => {
    const named = findNamedDate(text, now);
    expect(named && ymd(named.at)).toBe(day);
  });

  it.each([
    'We need it signed by EOQ.',
    'Our goal is to have this wrapped up before the end of the quarter.',
    '这单我们想季度末之前签下来。',
    // (a send word in a request is ours to do, not their coming back)
    '合同请年底前发过来',
    'Could you send it over before the end of the quarter?',
    '麻煩季底前把報價寄過來',
  ])('a deadline, no time to come back: %s', (text) => {
    expect(findNamedDate(text, NOV10)?.deadline).toBe(true);
  });

  it.each([
    // (a word of coming back beside it: the day to come back on, the same last working day)
    ['We should have sign-off by EOQ, circle back then.', '2026-12-31'],
    ['季底前會給您答覆。', '2026-12-31'],
  ])('a time to come back by the end of the quarter: %s', (text, day) => {
    const named = findNamedDate(text, NOV10);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.deadline).toBeUndefined();
  });

  it.each([
    // (a time to come back at the end of the quarter: as before, the first day of its last month)
    ["Let's revisit at quarter end.", NOV10, '2026-12-01'],
    ['Reach out at the end of the quarter.', NOV10, '2026-12-01'],
    ['要到季末才有预算，到时候再说', NOV10, '2026-12-01'],
    // (after it closes: the first day of the next quarter)
    ['We can sign after the quarter closes.', NOV10, '2027-01-01'],
    ['季末以后再联系吧', NOV10, '2027-01-01'],
    // (nothing happens before it: a wait for it, not a deadline)
    ['Nothing will move before end of Q1, our budget resets then.', NOV10, '2027-03-01'],
  ])('not a deadline: %s → %s', (text, now, day) => {
    const named = findNamedDate(text, now);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.deadline).toBeUndefined();
  });

  it.each(['We signed the last one at quarter end.', 'The quarter ended well for us.'])('no date: %s', (text) => {
    expect(findNamedDate(text, NOV10)).toBeNull();
  });
});

/** Monday 7 December 2026. */
const DEC7 = new Date(2026, 11, 7, 10).getTime();

describe('a day they ask something of us by: that day, as a deadline', () => {
  // (each was no date: "by" before a weekday or a date, and 前 after one, counted only before a period's end or a holiday)
  it.each([
    ['Please send the revised quote by Friday', '2026-12-11'],
    ['Can you send the proposal by Friday?', '2026-12-11'],
    ['Kindly share the security questionnaire before the 15th.', '2026-12-15'],
    ['請於下週五前提供報價單', '2026-12-18'],
    ['麻烦周三前把合同发我', '2026-12-09'],
    ['唔該星期四之前send份報價俾我', '2026-12-10'],
  ])('%s → %s', (text, day) => {
    const named = findNamedDate(text, DEC7);
    expect(named && ymd(named.at)).toBe(day);
    expect(named?.deadline).toBe(true);
  });

  it.each([
    // (nothing asked of us, or nothing before it)
    'We finished the pilot by Friday.',
    "We can't sign anything before Friday.",
    '我们周五前不会有结果。',
    '请放心，周五前我们会回复您。',
    '我哋星期四之前會覆你。',
  ])('no deadline of ours: %s', (text) => {
    expect(findNamedDate(text, DEC7)?.deadline).toBeUndefined();
  });
});
