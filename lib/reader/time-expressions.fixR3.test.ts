/**
 * Review R3: a new decision-maker's start (or an old one's leaving) that we go on after is the day to come back, a move alone
 * is not; 民國 years only where they are years (民國, or 年 with a month after it, or a valid 115/12/15), not 130年一遇 or 120年历史;
 * and long replies full of dates read in linear time. Each in the three languages where it applies, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

/** Friday 4 December 2026, 10:00. */
const DEC4 = new Date(2026, 11, 4, 10).getTime();
const ymd = (ms: number | undefined) => {
  if (ms === undefined) return null;
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const read = (text: string) => { const named = findNamedDate(text, DEC4); return named && ymd(named.at); };

describe('someone moving on, and we go on after it', () => {
  it.each([
    // (each was null: the move's word made the clause a description)
    ['新CIO一月上任后我们再推进这个项目。', '2027-01-01'],
    ['新CIO一月上任後我們再推進這個項目。', '2027-01-01'],
    ['The budget owner retires in March; after that his successor decides.', '2027-03-01'],
    ['The budget owner retires in March, then his successor decides.', '2027-03-01'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
  it.each([
    // a move told, no return to us
    ['他下个月调去集团总部。'],
    ['他下個月調去集團總部。'],
    ['He transfers to HQ next month.'],
    ['The budget owner retires in March.'],
    ['他下個月轉調到新竹廠，之後由林經理接手。'],
  ])('none in %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('民國 years only where they are years', () => {
  it.each([
    ['我们要的是130年一遇的防洪标准，下次再谈。'],
    ['我們要的是130年一遇的防洪標準，下次再談。'],
    ['合約期是120年？不可能吧'],
    ['合约期是120年？不可能吧'],
    ['130/13/15 再联系'],
    ['We need a 120/13/40 split.'],
  ])('none in %s', (text) => {
    expect(read(text)).toBeNull();
  });
  it.each([
    ['民國116年再說。', '2027-01-01'],
    ['民国116年再说。', '2027-01-01'],
    ['116年3月再聯絡吧。', '2027-03-01'],
    ['115/12/15 at 2pm works for us.', '2026-12-15'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
});
