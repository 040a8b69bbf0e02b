import { describe, expect, it } from 'vitest';
import { contactAgainOn, metBefore, metWithBudgetMonth, touchBeforeBudget } from './lead-notes';

describe('metWithBudgetMonth: met before, and the month their budget is set, in the rep’s notes on a lead', () => {
  it.each([
    ["Met at Japan IT Week in Oct. Interested but their fiscal year starts in April; next year's IT budget gets fixed in February.", 1],
    ['We met at the Logistics Expo in Birmingham. Budgets are approved in March.', 2],
    ['十月展会上认识的，对排班很感兴趣。他们财年四月开始，预算二月定。', 1],
    ['展會上見過，很有興趣。他們預算在2月確定。', 1],
    ['上個月展會上傾過，佢哋預算十一月先定。', 10],
  ])('%s', (notes, month) => {
    expect(metWithBudgetMonth(notes)?.month).toBe(month);
  });

  it.each([
    // a budget month with no meeting: a stranger still
    'Interested; budget gets fixed in February.',
    '预算二月定。',
    // met, no budget month
    'Met at Japan IT Week in Oct. Very keen.',
    '展會上見過，很有興趣。',
    // a month that is no budget's
    'Met at Japan IT Week in Oct; they move offices in February.',
    // a meeting denied (fixB): a stranger still
    '从没见过面，名单上来的。预算二月定。',
    '還沒見過面，名單上來的。預算二月定。',
    "Haven't met at any event yet. Budget gets fixed in February.",
    'We never met on a call; cold list. Budgets are approved in March.',
    // a budget round already over (fixB)
    'Met at Japan IT Week in Oct. Their budget was approved in March last year.',
  ])('not: %s', (notes) => {
    expect(metWithBudgetMonth(notes)).toBeNull();
  });
});

describe('touchBeforeBudget: the month before their budget is fixed, in the round not yet over', () => {
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
  it.each([
    ['a February budget seen in December: 1 January', 1, day(2026, 12, 7), day(2027, 1, 1)],
    ['a February budget seen mid-January: today', 1, day(2027, 1, 15), day(2027, 1, 15)],
    ['a February budget seen in February: today', 1, day(2027, 2, 15), day(2027, 2, 15)],
    ['a February budget seen in March: next January', 1, day(2027, 3, 2), day(2028, 1, 1)],
    ['a January budget seen in November: 1 December', 0, day(2026, 11, 5), day(2026, 12, 1)],
  ])('%s', (_, month, now, want) => {
    expect(touchBeforeBudget(month, now)).toBe(want);
  });
});

describe('metBefore: where and when the rep’s notes say we met, for a first touch written as to someone met (judge5)', () => {
  it.each([
    ["Met at Japan IT Week in Oct. Interested but their fiscal year starts in April.", 'at Japan IT Week in Oct'],
    ['We met at the Logistics Expo in Birmingham. Keen on route planning.', 'at the Logistics Expo in Birmingham'],
    ['Spoke with her at the CFO summit last month; keen on automation.', 'at the CFO summit last month'],
    ['Stopped by our booth at ProMat 2026 - wants a demo in Q1.', 'at ProMat 2026'],
    ['Met on a Zoom call with their COO.', 'on a Zoom call'],
    ['十月展会上认识的，对排班很感兴趣。', '在十月展会上'],
    ['我们在深圳物流展上聊过，对温控很关注。', '在深圳物流展上'],
    ['去年在台北電腦展跟他見過面，對 MES 有興趣。', '去年在台北電腦展'],
    ['上個月展會上傾過，佢哋好有興趣。', '在上個月展會上'],
    // (met, and no more said: a slot for where)
    ['Introduced by Tom Lee.', null],
    ['见过面，人不错。', null],
  ])('%s', (notes, where) => {
    expect(metBefore(notes)?.where).toBe(where);
  });

  it.each(["Haven't met at any event yet; keen on route planning.", '从没见过面，名单上来的。', '名單上來的，對 MES 有興趣。', 'Downloaded the whitepaper; no meeting.'])('not: %s', (notes) => {
    expect(metBefore(notes)).toBeNull();
  });
});

describe('contactAgainOn: the rep’s notes say when to get in touch again', () => {
  /** Monday 7 December 2026. */
  const NOW = new Date(2026, 11, 7, 10).getTime();
  const iso = (at: number) => { const d = new Date(at); return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`; };
  it.each([
    ['Met at HLTH booth in Oct. Liked the demo; said she starts as VP Ops at Sonora Health in January and wants to revisit once settled (late Jan).', '2027-1-25'],
    ['Spoke at the Leeds roadshow. Reconnect in March, after their restructure.', '2027-3-1'],
    ['Good call, no budget this year. Touch base in Q2.', '2027-4-1'],
    ['2026/11/20 電話：林資訊長說明年Q1才有預算，請一月中再聯絡，屆時可安排展示。', '2027-1-15'],
    ['展会上聊过，今年没预算，明年三月再联系。', '2027-3-1'],
    ['佢話而家好忙，Q2再傾。', '2027-4-1'],
  ])('%s', (notes, day) => {
    const again = contactAgainOn(notes, NOW);
    expect(again && iso(again.at)).toBe(day);
  });
  it.each([
    // (no day, a denied or past get-in-touch, a day that is not when to write)
    'Met at HLTH. Follow up whenever.',
    'No need to follow up in January, she will write.',
    'Followed up in October, no reply.',
    'Starts as VP Ops at Sonora Health in January.',
    '不用再联系，一月份他们会换系統。',
    '佢一月份轉工。',
  ])('none in %s', (notes) => {
    expect(contactAgainOn(notes, NOW)).toBeNull();
  });
});

describe('metBefore: someone else met, or a meeting to come, is not met (fixR1: H6)', () => {
  it.each([
    'Never met Tom, but we met his boss at ProMat.',
    '跟他同事在深圳物流展上聊过，他本人没见过',
    '跟他同事在深圳物流展上聊過，他本人沒見過',
    '下次展会上见过面再说',
    '下次展會上見過面再說',
  ])('not: %s', (notes) => {
    expect(metBefore(notes)).toBeNull();
  });

  it('never strips 同 out of 同事', () => {
    expect(metBefore('我跟同事在深圳物流展上见过面，对温控很关注。')?.where).toBe('同事在深圳物流展上');
  });
});

describe('contactAgainOn: a try that failed, a denied day, and its cost (fixR1: M1)', () => {
  const NOW = new Date(2026, 11, 7, 10).getTime();
  const iso = (at: number) => { const d = new Date(at); return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`; };
  it('Tried to follow up in January, no luck. Circle back in Q2. → Q2', () => {
    const again = contactAgainOn('Tried to follow up in January, no luck. Circle back in Q2.', NOW);
    expect(again && iso(again.at)).toBe('2027-4-1');
  });
  it.each(['不用三月再联系，他说有需要会主动找我们。', '不用三月再聯繫，他說有需要會主動找我們。'])('none in %s', (notes) => {
    expect(contactAgainOn(notes, NOW)).toBeNull();
  });
  it.each(['再联系', 'follow up ', '再联系，', 'follow up in March. '])('linear on 50,000 characters of %j', (unit) => {
    const text = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const t0 = performance.now();
    contactAgainOn(text, NOW);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
