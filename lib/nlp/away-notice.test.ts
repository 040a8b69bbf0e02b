import { describe, expect, it } from 'vitest';
import { readOutOfOffice } from '../reader/intents';
import { isAwayNotice } from './away-notice';

const NOW = Date.UTC(2026, 11, 6, 10);

/** Away notices in several voices and languages, and messages that only mention being away. */
const AWAY = [
  'Automatic reply: I am out of the office until 7 December.',
  'Auto-Reply — Thanks for your message. I’m on parental leave until February, with no access to email.',
  'OOO till Monday. Ping Dana for anything urgent.',
  'Our offices are closed for the holidays from 23 December and reopen on 2 January.',
  'Hi, I will be travelling until the 14th and will get back to you on my return.',
  '自动回复：本人12月7日前休假，期间不查看邮件。',
  '自動回覆：本人目前出差中，回覆可能延遲。',
  '我而家放緊假，下星期返嚟再覆你。',
  '我呢排放大假，唔係經常睇email，有急事可以搵我同事Kelvin。',
  '本人放長假中，如有急事請聯絡林小姐。',
];
const NOT_AWAY = [
  'Back early - yes, Tuesday 10am works.',
  'I was on leave last week, sorry for the slow reply. Tuesday works.',
  'Jane is on leave, so please send the contract to me.',
  'Are you out of the office next week? We could meet on Thursday.',
  'We need better travel approval tooling: our 出差管理 module is a mess.',
  '我刚休假回来，周二上午可以。',
  '提前回来了，周二上午十点可以。',
  'Thanks, the pricing works for us.',
  '我哋老細放咗大假返嚟，下星期可以傾。',
];

describe('an away notice', () => {
  it('is read from the away words in their clause, in English and both Chinese scripts', () => {
    for (const text of AWAY) expect(isAwayNotice(text), text).toBe(true);
    for (const text of NOT_AWAY) expect(isAwayNotice(text), text).toBe(false);
  });

  it('is what the reply reader reads as out of office, on the same words (one table)', () => {
    for (const text of [...AWAY, ...NOT_AWAY]) expect(isAwayNotice(text), text).toBe(readOutOfOffice(text, NOW) !== null);
  });
});

describe('someone else away, with a word between (probe 3, cause 6)', () => {
  // (the sender writes about a colleague who is away and asks us for something: no away notice of theirs)
  it.each([
    "Sam,\n\nJenny is out on leave until January. I'm her manager. Send the proposal straight to me and I'll review it by Friday the 11th.",
    "Jenny's away on holiday until the 4th, so send it to me instead.",
    'Ivan will be on leave until mid-January; please deal with me in the meantime.',
    'Priya is currently on maternity leave, I am covering her accounts.',
    '陈经理休假到一月，报价直接发给我就行。',
    '王總出差到下週三，報價請直接寄給我。',
    '陳生放緊假，份報價send俾我就得。',
  ])('%j', (text) => {
    expect(isAwayNotice(text)).toBe(false);
  });
  // (the sender's own leave stays their out-of-office)
  it.each([
    "I'm out on leave until January 4.",
    "Hi, I'm currently away until Monday with limited email.",
    'I will be out on leave until 4 January; for urgent matters contact Dan.',
    '我休假到1月4日，有急事请联系同事。',
    '本人放緊假，1月4號返。',
    '我目前出差中，下週三回來後再回覆您。',
    // (review rfB: 总/生 inside a word, 上海总部, 因生病, is no one else; our team is the sender's side)
    '本人在上海总部出差，12月10日返回。',
    '本人在上海總部出差，12月10日返回。',
    '我去总部出差两天，12月10日回来再回复您。',
    '本人因生病请假至12月10日，如有急事请联系李娜。',
    '本人因生病請假至12月10日，如有急事請聯絡李娜。',
    '我生病请假了，12月10日回来再回复您。',
    'Our team will be out of office until 4 January.',
  ])('%j is still their own away notice', (text) => {
    expect(isAwayNotice(text)).toBe(true);
  });
});
