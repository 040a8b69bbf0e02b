/**
 * Days the probe of session 25 found unread or read a day off (C5): a return "back in the office on Monday 4th January"
 * (the day itself, not the day after), their deliverable due "by the 18th" and our answer due "by Wednesday", "in a
 * year" and "in a couple of weeks" beside hearing from us, 开春 (early spring, after the new year). Each in the three
 * languages, with negatives that must not change.
 */
import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

/** Monday 7 December 2026, 10:00. */
const DEC7 = new Date(2026, 11, 7, 10).getTime();
const ymd = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
const read = (text: string, now = DEC7) => { const named = findNamedDate(text, now); return named && ymd(named.at); };

describe('back at a place on a day: that day, not the day after the absence', () => {
  it.each([
    // (was 5 January: "be back" matched before "back in the office", and the day read as the end of the leave)
    ['I am on annual leave and will be back in the office on Monday 4th January.', '2027-01-04'],
    ['I am on annual leave and will be back in the office on 4 January.', '2027-01-04'],
    ["I'm out on holiday and will be back at my desk on the 4th.", '2027-01-04'],
    ['Away on parental leave; I will be back at work from Monday 11 January.', '2027-01-11'],
    ['我正在休年假，1月4日（周一）回到办公室。', '2027-01-04'],
    ['本人休緊假，1月4號返到公司。', '2027-01-04'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
  // (an absence that ends on a day, with no return said: the day after it, as before)
  it.each([
    ['I am on annual leave until Sunday 3 January.', '2027-01-03'],
    ['I am out of the office through Friday 8 January.', '2027-01-09'],
    ['休假至1月3日。', '2027-01-04'],
  ])('unchanged: %s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
});

describe('their answer or ours due by a day of the month or a weekday', () => {
  it.each([
    // (each was null: no word of coming back beside the day)
    ['Our legal team has the MSA now. They said to expect comments by the 18th. Nothing needed from you until then.', '2026-12-18'],
    ["You should have our feedback by the 15th, no need to chase before then.", '2026-12-15'],
    ['Procurement expects their redlines back to us by Thursday.', '2026-12-10'],
    ['Marek on the phone: fine with the price. Wants an answer by Wednesday.', '2026-12-09'],
    ['She needs our reply by the 11th at the latest.', '2026-12-11'],
    ['法务在看合同，18号前会给意见，这之前你们不用做什么。', '2026-12-18'],
    ['法務睇緊份合約，18號之前會俾返意見，你哋暫時唔使做嘢。', '2026-12-18'],
    ['法務部正在審閱，預計15號前給回覆。', '2026-12-15'],
    ['客户希望周三前给答复。', '2026-12-09'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
  it.each([
    'Thanks for the comments on the 18th, they were useful.',
    'The 3rd option looks best to us.',
    'Our feedback from the pilot in March was positive.',
    '上个月18号的意见我们已经收到了。',
    '多謝你哋上星期三嘅回覆。',
  ])('none in %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('a year, a couple of weeks, beside hearing from us', () => {
  it.each([
    ['They built it in-house. Open to hearing from us in a year if it does not work out.', '2027-12-07'],
    ['Happy to hear from you again in a couple of weeks.', '2026-12-21'],
    ['Would be open to talking again in a year or so.', '2027-12-07'],
    ['一年后可以再听听你们的方案。', '2027-12-07'],
    ['一年之後再聽你哋介紹吓啦。', '2027-12-07'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });
  it.each([
    'We signed for a year with them.',
    'The pilot ran for a couple of weeks in spring.',
    '我们去年用过一年。',
  ])('none in %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('开春: early spring, once the new year is over', () => {
  it.each([
    // (was 今年, tomorrow, or nothing)
    ['不过老板说今年的预算已经花完了，开春以后再看吧。', DEC7, '2027-03-01'],
    ['开春再说。', DEC7, '2027-03-01'],
    ['等開春之後再約你傾。', DEC7, '2027-03-01'],
    ['開春後我們再聯絡。', DEC7, '2027-03-01'],
    // (said during the Spring Festival break: still March)
    ['开春再说吧', new Date(2027, 1, 10, 10).getTime(), '2027-03-01'],
    // (元宵 on 5 March 2034: the day after it)
    ['开春以后再联系', new Date(2033, 11, 1, 10).getTime(), '2034-03-06'],
    // (the English words for it read the same month)
    ["Let's pick this up again in early spring.", DEC7, '2027-03-01'],
  ])('%s (said %s) → %s', (text, now, day) => {
    expect(read(text, now)).toBe(day);
  });
  it.each([
    '下周公司开春节联欢会，忙得很。',
    '我们在筹备开春季订货会。',
    '开春的时候我们上线了第一期。',
  ])('no early spring in %s', (text) => {
    expect(read(text)).not.toBe('2027-03-01');
  });
});
