import { describe, expect, it } from 'vitest';
import { findNamedDate, LUNAR_NEW_YEAR } from './time-expressions';

/** Friday 4 December 2026, 10:00 local. */
const DEC4 = new Date(2026, 11, 4, 10, 0).getTime();
/** Monday 28 December 2026: the year rolls over. */
const DEC28 = new Date(2026, 11, 28, 10, 0).getTime();
/** Tuesday 15 September 2026: inside September and Q3. */
const SEP15 = new Date(2026, 8, 15, 10, 0).getTime();
/** Wednesday 10 February 2027: the Spring Festival week (new year's day was 6 February). */
const FEB10 = new Date(2027, 1, 10, 10, 0).getTime();

/** Wednesday 20 January 2027: late January, the Spring Festival (6 February) weeks away. */
const JAN20 = new Date(2027, 0, 20, 10, 0).getTime();
/** Friday 25 September 2026: National Day a week away. */
const SEP25 = new Date(2026, 8, 25, 10, 0).getTime();

/** A local date as YYYY-MM-DD. */
function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** [what they wrote, now, the day expected, the words expected (when the case is about them)] */
type Case = [string, number, string, string?];

const ENGLISH: Case[] = [
  // a period of theirs that ends on a day: the day after it
  ['Budget is frozen until our fiscal year closes on 31 January.', DEC4, '2027-02-01', 'until our fiscal year closes on 31 January'],
  ['We can talk again once the hiring freeze ends in March.', DEC4, '2027-04-01', 'once the hiring freeze ends in March'],
  ['Nothing moves till the audit is over on the 18th, reach out then.', DEC4, '2026-12-19'],
  // "the week after": after the day they named before it, else after this one
  ['I am out next week, can we talk the week after?', DEC4, '2026-12-14', 'the week after'],
  ['We are at the trade show on the 14th, can we talk the week after?', DEC4, '2026-12-21', 'the week after'],
  ['Board meets on January 12. Let us reconnect the week after.', DEC4, '2027-01-18', 'the week after'],
  ['Out next week; the week after works for me.', DEC4, '2026-12-14', 'the week after'],
  ['Not now. Reach out in September.', DEC4, '2027-09-01', 'September'],
  ['pls circle back in sept', DEC4, '2027-09-01', 'sept'],
  ['Could you follow up in Sept. once the budget is set?', DEC4, '2027-09-01', 'Sept.'],
  ["Let's talk early October.", DEC4, '2027-10-01', 'early October'],
  ['mid October works better for us', DEC4, '2027-10-15', 'mid October'],
  ['We can revisit this late October.', DEC4, '2027-10-25', 'late October'],
  ['Can you ping me next month?', DEC4, '2027-01-01', 'next month'],
  ["I'll get back to you by the end of the month.", DEC4, '2026-12-31', 'end of the month'],
  ["Let's reconnect mid next month.", DEC4, '2027-01-15', 'mid next month'],
  ['nxt week pls', DEC4, '2026-12-07', 'nxt week'],
  ['Talk next week!', DEC4, '2026-12-07'],
  ['Check back in two weeks.', DEC4, '2026-12-18', 'in two weeks'],
  ['2 weeks', DEC4, '2026-12-18'],
  ['Give us a couple of weeks to sort this out.', DEC4, '2026-12-18', 'a couple of weeks'],
  ["Let's touch base in a few weeks.", DEC4, '2026-12-25'],
  ['Circle back in 3 months, we should know more by then.', DEC4, '2027-03-04', 'in 3 months'],
  ["Let's revisit next quarter.", DEC4, '2027-01-01', 'next quarter'],
  ['Q3 maybe', DEC4, '2027-07-01', 'Q3'],
  ['Reach out in Q3 2027', DEC4, '2027-07-01', 'Q3 2027'],
  ["Let's pick this up again in H2.", DEC4, '2027-07-01', 'H2'],
  ["Let's talk next year.", DEC4, '2027-01-01', 'next year'],
  ['Happy to reconnect after the holidays.', DEC4, '2027-01-05', 'after the holidays'],
  ['Ping me after Chinese New Year', DEC4, '2027-02-14', 'after Chinese New Year'],
  ['after CNY pls', DEC4, '2027-02-14', 'after CNY'],
  ['We can discuss after the Lunar New Year.', DEC4, '2027-02-14'],
  ["Let's talk after National Day.", DEC4, '2027-10-08', 'after National Day'],
  ["Let's talk after the trade fair in March.", DEC4, '2027-04-01', 'after the trade fair in March'],
  ['Reach out after our board meeting on the 20th.', DEC4, '2026-12-21', 'after our board meeting on the 20th'],
  ['Call me on Dec 20.', DEC4, '2026-12-20', 'Dec 20'],
  ['Can we speak 20 Dec?', DEC4, '2026-12-20', '20 Dec'],
  [
    'Dear Mr. Chen,\n\nThank you for your patience. I will be in a position to discuss this further on December 20th.\n\nKind regards,\nAnna Novak\nHead of Procurement',
    DEC4,
    '2026-12-20',
    'December 20th',
  ],
  ["Let's speak on 2027-01-15.", DEC4, '2027-01-15', '2027-01-15'],
  ['Monday works for me', DEC4, '2026-12-07', 'Monday'],
  ['talk tmrw', DEC4, '2026-12-05', 'tmrw'],
  ['after the 15th we can talk', DEC4, '2026-12-16', 'after the 15th'],
  ["I'm on vacation next week, let's talk after.", DEC4, '2026-12-14', 'next week'],
  ['I am out of the office until January 5th.', DEC4, '2027-01-05', 'January 5th'],
  ['OOO from Dec 20 to Jan 3', DEC4, '2027-01-04', 'Dec 20 to Jan 3'],
  ['I am on leave from December 1 to December 10, back after that.', DEC4, '2026-12-11', 'December 1 to December 10'],
  ['Out of office 1–8 December, limited access to email.', DEC4, '2026-12-09'],
  ['busy this week, ping me monday', DEC4, '2026-12-07', 'monday'],
  ['no budget this year, sorry', DEC4, '2027-01-01', 'this year'],
  ['Drop me a line in the new year.', DEC4, '2027-01-01', 'the new year'],
  ["Let's reconnect in the spring.", DEC4, '2027-03-01'],
  ["Let's talk after the summer", DEC4, '2027-09-01', 'after the summer'],
  ["Let's circle back on 1/15", DEC4, '2027-01-15', '1/15'],
  ['our fiscal year starts in April, reach out then', DEC4, '2027-04-01', 'April'],
  ["I'll review it over the weekend and get back to you Monday.", DEC4, '2026-12-07', 'Monday'],
  ['Not this week, maybe next week', DEC4, '2026-12-07', 'next week'],
  // The body that decides meets then: that is the day, not the week negated beside it.
  ["Thanks. We won't decide this week, the board meets in January.", DEC4, '2027-01-01', 'January'],
  ['The board meets in January.', DEC4, '2027-01-01', 'January'],
  ['董事会一月份才开会，这周定不了。', DEC4, '2027-01-01', '一月份'],
  ["Let's talk next week on Wednesday", DEC4, '2026-12-09', 'next week on Wednesday'],
  ['sometime in mid-2027 works', DEC4, '2027-07-01', 'mid-2027'],
  ['Reach out after Q1', DEC4, '2027-04-01', 'after Q1'],
  ['Let’s meet in May', DEC4, '2027-05-01', 'May'],
  // Rule: "next Tuesday" is the next Tuesday after today; "Tuesday next week" the one in the week after this.
  ['Talk next Tuesday', DEC28, '2026-12-29', 'next Tuesday'],
  ['Tuesday next week works', DEC28, '2027-01-05', 'Tuesday next week'],
  // Year rollover.
  ['after the holidays', DEC28, '2027-01-05'],
  ['next week', DEC28, '2027-01-04'],
  ["Let's talk in January", DEC28, '2027-01-01'],
  ['see you next year!', DEC28, '2027-01-01'],
  ["Let's talk on the 5th", DEC28, '2027-01-05', 'the 5th'],
  ['Reach out after Q4', DEC28, '2027-01-01'],
  // Inside the named month: later this month; inside a named quarter: next year's.
  ['Reach out in September', SEP15, '2026-09-16'],
  ["Let's talk in Q3", SEP15, '2027-07-01'],
  ['Reach out in October', SEP15, '2026-10-01'],
  ['reach out after the holidays', SEP15, '2027-01-05'],
  // A start named as a constraint is the day to come back: its first day ("not before" is not "after").
  ['nothing can start before Q3', DEC4, '2027-07-01', 'Q3'],
  ["can't start until March", DEC4, '2027-03-01', 'March'],
  ["Nothing can start before Q3, we're mid-migration until then.", DEC4, '2027-07-01', 'Q3'],
  ["We won't be ready to start before June.", DEC4, '2027-06-01', 'June'],
  ['the earliest we could go live is June', DEC4, '2027-06-01', 'June'],
  ['Not before October.', DEC4, '2027-10-01', 'October'],
  ['no sooner than Q2 for us', DEC4, '2027-04-01', 'Q2'],
  ["We can't start anything new before the audit in May.", DEC4, '2027-05-01', 'May'],
];

const SIMPLIFIED: Case[] = [
  // a bare 节后: the holiday ahead by when it is said (late January: the Spring Festival, not 年底)
  ['节后再说吧', JAN20, '2027-02-14', '节后'],
  ['等过完节再联系你', JAN20, '2027-02-14', '过完节'],
  ['节后再联系', SEP25, '2026-10-08', '节后'],
  ['下周我出差，隔周再约吧', DEC4, '2026-12-14', '隔周'],
  // With a space between Han characters and digits, as many writers (and this product) type them.
  ['合同明年 3 月到期，到时候再说', DEC4, '2027-03-01', '明年 3 月'],
  ['2027 年 3 月再说吧', DEC4, '2027-03-01', '2027 年 3 月'],
  ['我们 1 月 10 日回来再谈', DEC4, '2027-01-10', '1 月 10 日'],
  ['现在不是时候，下个季度再说吧。', DEC4, '2027-01-01', '下个季度'],
  ['月底再说', DEC4, '2026-12-31', '月底'],
  ['月底前给你答复', DEC4, '2026-12-31', '月底前'],
  ['下个月中再联系', DEC4, '2027-01-15', '下个月中'],
  ['下周再说', DEC4, '2026-12-07', '下周'],
  ['下星期找我', DEC4, '2026-12-07', '下星期'],
  ['两周后再联系吧', DEC4, '2026-12-18', '两周后'],
  ['下季再谈', DEC4, '2027-01-01', '下季'],
  ['第三季度再说', DEC4, '2027-07-01', '第三季度'],
  ['下半年再说', DEC4, '2027-07-01', '下半年'],
  ['明年再说', DEC4, '2027-01-01', '明年'],
  ['明年初再联系', DEC4, '2027-01-01', '明年初'],
  ['明年3月再联系', DEC4, '2027-03-01', '明年3月'],
  ['年后再说', DEC4, '2027-02-14', '年后'],
  ['过完年再联系', DEC4, '2027-02-14', '过完年'],
  // 新年 is the calendar's (the lunar one is 过年 / 农历新年): after it, 5 January; a busy year end beside it is not the day
  ['而家年尾好忙，過咗新年先再傾啦。', DEC4, '2027-01-05', '過咗新年'],
  ['新年后再联系吧', DEC4, '2027-01-05', '新年后'],
  ['等新年過後再說', DEC4, '2027-01-05', '新年過後'],
  ['農曆新年後再聯絡', DEC4, '2027-02-14', '農曆新年後'],
  // a quarter end as the day nothing moves before, "at that point" in the next sentence
  ['Nothing will move before end of Q1, our budget resets then. Check back with me at that point.', DEC4, '2027-03-01', 'end of Q1'],
  ['Realistically nothing happens here before the end of Q1.', DEC4, '2027-03-01', 'the end of Q1'],
  ['春节后再说', DEC4, '2027-02-14', '春节后'],
  ['国庆后再说', DEC4, '2027-10-08', '国庆后'],
  ['十一之后再联系', DEC4, '2027-10-08', '十一之后'],
  ['过完国庆再说', DEC4, '2027-10-08', '过完国庆'],
  ['12月20日再联系', DEC4, '2026-12-20', '12月20日'],
  ['12月20号再联系', DEC4, '2026-12-20', '12月20号'],
  ['20号再联系', DEC4, '2026-12-20', '20号'],
  ['20号再联系', DEC28, '2027-01-20', '20号'],
  ['周五再说', DEC4, '2026-12-11', '周五'],
  ['星期五联系我', DEC4, '2026-12-11', '星期五'],
  ['明天再说', DEC4, '2026-12-05', '明天'],
  ['三月再联系', DEC4, '2027-03-01', '三月'],
  ['九月份再联系', DEC4, '2027-09-01', '九月份'],
  ['两个月后再联系', DEC4, '2027-02-04', '两个月后'],
  ['半年后再说', DEC4, '2027-06-04', '半年后'],
  ['王总您好，\n感谢您的方案。目前公司预算已用完，建议明年3月份再联系。\n此致\n敬礼', DEC4, '2027-03-01', '明年3月份'],
  ['3月展会后再联系', DEC4, '2027-04-01', '3月展会后'],
  ['大概两三天后给你回复', DEC4, '2026-12-07', '两三天后'],
  ['下下周再说', DEC4, '2026-12-14', '下下周'],
  ['月初再联系', DEC4, '2027-01-01', '月初'],
  ['10月底再说', DEC4, '2027-10-31', '10月底'],
  ['我12月20日至1月3日休假，回来再联系', DEC4, '2027-01-04'],
  // A range under way when they wrote is this year's: its start has passed, its end not yet.
  ['您好，我12月1日至12月10日休假，期间不方便回复邮件，回来后再联系您。', DEC4, '2026-12-11', '12月1日至12月10日'],
  ['11月30日到12月6日出差，下周回来再约', DEC4, '2026-12-07'],
  ['今年没有预算', DEC4, '2027-01-01', '今年'],
  ['下个月再说', DEC28, '2027-01-01'],
  ['明年3月再联系', DEC28, '2027-03-01'],
  ['三季度之前肯定动不了', DEC4, '2027-07-01', '三季度之前'],
  ['要到九月才能开始', DEC4, '2027-09-01', '九月'],
  ['三月份之前开不了工，系统还在切换', DEC4, '2027-03-01', '三月份之前'],
];

const TRADITIONAL: Case[] = [
  ['節後再聯絡', JAN20, '2027-02-14', '節後'],
  ['等收假後再約時間', JAN20, '2027-02-14', '收假後'],
  ['12月2日至12月9日出國，回國後再跟您約時間', DEC4, '2026-12-10', '12月2日至12月9日'],
  ['明年 3 月再談，謝謝', DEC4, '2027-03-01', '明年 3 月'],
  ['下週再聊', DEC4, '2026-12-07', '下週'],
  ['下個月中再聯絡', DEC4, '2027-01-15', '下個月中'],
  ['兩個禮拜後再聯絡', DEC4, '2026-12-18', '兩個禮拜後'],
  ['下一季再聯絡', DEC4, '2027-01-01', '下一季'],
  ['第三季再聯絡', DEC4, '2027-07-01', '第三季'],
  ['年後再聯絡', DEC4, '2027-02-14', '年後'],
  ['過完年再聯絡', DEC4, '2027-02-14', '過完年'],
  ['春節後再聯絡', DEC4, '2027-02-14', '春節後'],
  ['國慶後再聯絡', DEC4, '2027-10-12', '國慶後'], // (Taiwan's 雙十: Traditional, no Cantonese)
  ['李經理您好：\n謝謝來信。我們下個月中會再評估，屆時再與您聯繫。', DEC4, '2027-01-15', '下個月中'],
  ['１２月２０日再聯絡', DEC4, '2026-12-20', '１２月２０日'],
  // Cantonese.
  ['過年後再傾', DEC4, '2027-02-14', '過年後'],
  ['禮拜五再傾', DEC4, '2026-12-11', '禮拜五'],
  ['聽日再傾', DEC4, '2026-12-05', '聽日'],
  ['後日再傾', DEC4, '2026-12-06', '後日'],
  ['下禮拜再傾', DEC4, '2026-12-07', '下禮拜'],
  ['唔好意思呀，而家好忙，下個禮拜再搵返你啦', DEC4, '2026-12-07', '下個禮拜'],
  ['遲兩日再傾啦', DEC4, '2026-12-06', '遲兩日'],
  ['出年先算啦', DEC4, '2027-01-01', '出年'],
  ['過完年先再傾', FEB10, '2027-02-14', '過完年'],
  ['最快也要四月才能開始', DEC4, '2027-04-01', '四月'],
  ['9月前都動不了', DEC4, '2027-09-01', '9月前'],
  ['唔會喺三月之前開始', DEC4, '2027-03-01', '三月之前'],
];

/** Dates that are not about the next contact, and dates that are not the sender's words. */
const NEGATIVES: [string, string][] = [
  ['We met in September.', 'the past'],
  ["Thanks for Monday's call.", 'a thank-you and a possessive'],
  ['Our fiscal year starts in April.', 'a description'],
  ['Every Monday we have a standup.', 'a habit'],
  ["We're launching a new product next quarter.", 'news, no contact'],
  ['The trade fair will be in March.', 'an event, no contact'],
  ['Our 20th anniversary is coming up', 'an ordinal before a noun'],
  ['the 3rd option looks best', 'an ordinal before a noun'],
  ['See attached the Q3 report.', 'a report'],
  ['We may talk later.', 'no date ("may" the verb)'],
  ['新年快乐！明年继续合作。', 'a greeting, 新年 without "after" is no date'],
  ['我们新年度的预算还没批下来。', '新年度 is the new budget year, no date'],
  ['Looks good. Can we sign for one year first instead of three?', 'a contract length, not a day'],
  ['We would rather commit to the licence for two years, not three.', 'a contract length, not a day'],
  ['Let’s talk after the trade fair.', 'an event without its date'],
  ['每周一开会', 'a habit'],
  ['上周五我们聊过', 'the past'],
  ['去年9月我们见过', 'the past'],
  ['我们九月份见过面', 'the past'],
  ['上个月我们签了合同', 'the past'],
  ['財年從四月開始', 'a description'],
  ['The project starts in April.', 'a description of a start, no constraint'],
  ['We started in March.', 'the past'],
  ['项目三月开始的', 'the past'],
  ['Thanks, talk soon.\n\nOn Tue, Jun 11, 2024 at 9:12 AM, Li Wei <li@example.com> wrote:\n> Shall we talk next week?', 'a quote header and quoted history'],
  ['Sounds good.\n\nBest regards,\nMaria\nSales | Mon–Fri 9–5 | +1 555 0100', 'a signature'],
  ['好的，谢谢\n\n------------------ 原始邮件 ------------------\n发件人: 张三\n发送时间: 2024年6月11日\n主题: 下周再联系？', 'a forwarded header'],
  ['Got it.\nSent: Tuesday, June 11, 2024 9:12 AM\nLet me check with the team.', 'a sent-date line'],
  ['上周一直在出差。', '一直 is all along, no Monday'],
  ['节后再说', '节后 in early December: no holiday near'],
];

describe('findNamedDate', () => {
  describe.each([
    ['English', ENGLISH],
    ['Simplified Chinese', SIMPLIFIED],
    ['Traditional Chinese and Cantonese', TRADITIONAL],
  ])('%s', (_, cases) => {
    it.each(cases)('%j → %#', (text, now, expected, words) => {
      const found = findNamedDate(text, now);
      expect(found && ymd(found.at)).toBe(expected);
      if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
      if (words !== undefined) expect(found?.text).toBe(words);
    });
  });

  it.each(NEGATIVES)('reads no date in %j (%s)', (text) => {
    expect(findNamedDate(text, DEC4)).toBeNull();
  });

  it.each([
    ["We'll have a decision for you by EOD Friday.", '2026-12-04', 'Friday'],
    ["I'll have an answer for you by COB Tuesday once I've spoken to our COO.", '2026-12-08', 'Tuesday'],
    ['Could you send the updated order form by end of day Monday?', '2026-12-07', 'Monday'],
  ])('reads a decision or a deadline by the end of a day: %j (said on Thursday 3 December)', (text, expected, words) => {
    const found = findNamedDate(text, new Date(2026, 11, 3, 10, 0).getTime());
    expect(found && ymd(found.at)).toBe(expected);
    expect(found?.text).toBe(words);
  });

  it.each([
    // the day something is moved to, not the one it leaves; "the following X" after a day named before it
    ['Can we shift Wednesday to the following Friday? Same time suits.', '2026-12-11', 'the following Friday', true],
    ["Afraid Thursday won't work after all - could we do the Tuesday after next at 2pm instead?", '2026-12-15', 'Tuesday after next', false],
    ['Could we push Friday’s review to Monday?', '2026-12-07', 'Monday', true],
    ['We need to move the decision to January, the CFO is travelling.', '2027-01-01', 'January', true],
    ['Let’s meet the following Tuesday.', '2026-12-08', 'the following Tuesday', false],
    ['下周二我要去工厂，会议挪到下下周三上午十点吧。', '2026-12-16', '下下周三', true],
    ['週五臨時要開董事會，可以改到隔週二同樣時間嗎？', '2026-12-08', '隔週二', true],
    ['下週三不行，隔週一可以嗎？', '2026-12-14', '隔週一', false],
    // something of theirs promised for a day, a deadline at the end of a day, a day agreed
    ["I'll send the marked-up version back on Monday.", '2026-12-07', 'on Monday', false],
    ['合同我们法务还在改，后天把修订版发给您。', '2026-12-05', '后天', false],
    ['麻烦下周二下班前把实施计划发我。', '2026-12-08', '下周二', false],
    ['Monday at 11 is fine.', '2026-12-07', 'Monday', false],
  ] as const)('reads a day moved to, promised or agreed: %j (said on Thursday 3 December)', (text, expected, words, moved) => {
    const found = findNamedDate(text, new Date(2026, 11, 3, 10, 0).getTime());
    expect(found && ymd(found.at)).toBe(expected);
    expect(found?.text).toBe(words);
    expect(found?.moved ?? false).toBe(moved);
  });

  it.each([
    ['中秋节后再联系吧', '2026-09-26'],
    ['这段时间太忙，等中秋过完再联系吧。', '2026-09-26'],
    ['等過完中秋再約吧', '2026-09-26'],
    ['中秋後再說', '2026-09-26'],
  ])('reads the day after Mid-Autumn (25 September 2026): %j', (text, expected) => {
    const found = findNamedDate(text, SEP15);
    expect(found && ymd(found.at)).toBe(expected);
  });

  it('reads no day in a decision made in the past', () => {
    expect(findNamedDate('The decision was made on Monday.', DEC4)).toBeNull();
  });

  it('returns local midnight', () => {
    const found = findNamedDate('Talk next week', DEC4);
    expect(found?.at).toBe(new Date(2026, 11, 7).getTime());
  });

  it('prefers the date attached to a re-contact verb', () => {
    const text = 'We met at the expo in October. Please reach out again in March.';
    expect(findNamedDate(text, DEC4)?.text).toBe('March');
  });

  it('indexes the original text through a greeting, HTML entities and quoted history', () => {
    const text = 'Hi Alex,\n\nBusy&nbsp;right now &amp; no budget. Circle back after CNY?\n\n> On Monday you wrote: next week?';
    const found = findNamedDate(text, DEC4);
    expect(found?.text).toBe('after CNY');
    expect(found && text.slice(found.start, found.end)).toBe('after CNY');
  });

  it('counts a total of at least 70 table cases', () => {
    expect(ENGLISH.length + SIMPLIFIED.length + TRADITIONAL.length + NEGATIVES.length).toBeGreaterThanOrEqual(70);
  });
});

describe('LUNAR_NEW_YEAR', () => {
  it('has the known dates, 2024–2040', () => {
    const date = (y: number) => {
      const [m, d] = LUNAR_NEW_YEAR[y] ?? [NaN, NaN];
      return ymd(new Date(y, m, d).getTime());
    };
    expect(Object.keys(LUNAR_NEW_YEAR).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => 2024 + i));
    expect([2024, 2025, 2026, 2027, 2028, 2030, 2033, 2034].map(date)).toEqual([
      '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2030-02-03', '2033-01-31', '2034-02-19',
    ]);
  });

  it('is the day, in Beijing time, of the new moon between January 21 and February 20 (new moons by Meeus, ch. 49)', () => {
    for (const [y, [m, d]] of Object.entries(LUNAR_NEW_YEAR)) {
      const year = Number(y);
      const days: string[] = [];
      const first = Math.floor((year - 2000) * 12.3685);
      for (let k = first - 2; k <= first + 3; k++) {
        // Terrestrial time to universal time: ΔT is about 69 s in these years.
        const beijing = new Date((newMoonJde(k) - 2440587.5) * 86_400_000 - 69_000 + 8 * 3_600_000);
        const [month, date] = [beijing.getUTCMonth(), beijing.getUTCDate()];
        if ((month === 0 && date >= 21) || (month === 1 && date <= 20)) days.push(`${month}-${date}`);
      }
      expect(days, y).toEqual([`${m}-${d}`]);
    }
  });

  it('is a lunar calendar: every date between January 21 and February 20, years of 12 or 13 moons apart', () => {
    const days = Object.entries(LUNAR_NEW_YEAR).map(([y, [m, d]]) => Date.UTC(Number(y), m, d) / 86_400_000);
    for (const [y, [m, d]] of Object.entries(LUNAR_NEW_YEAR)) {
      const inWindow = (m === 0 && d >= 21) || (m === 1 && d <= 20);
      expect(inWindow, y).toBe(true);
    }
    for (let i = 1; i < days.length; i++) {
      expect([354, 355, 383, 384, 385]).toContain((days[i] ?? 0) - (days[i - 1] ?? 0));
    }
  });
});

/**
 * The true new moon `k` lunations after January 6, 2000, as a Julian Ephemeris Day: Meeus,
 * "Astronomical Algorithms" (2nd ed.), chapter 49, with the periodic terms and the planetary
 * arguments (accurate to well under a minute for these years).
 */
function newMoonJde(k: number): number {
  const rad = Math.PI / 180;
  const t = k / 1236.85;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t * t - 0.00000011 * t ** 3) * rad;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * rad;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * rad;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t ** 3) * rad;
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const periodic =
    -0.4072 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp) + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) -
    0.00514 * e * Math.sin(mp + m) + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f) +
    0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f) + 0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om) - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) +
    0.00004 * Math.sin(3 * m) + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f) - 0.00003 * Math.sin(mp + m + 2 * f) +
    0.00003 * Math.sin(mp - m + 2 * f) - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
  const planetary: [number, number, number][] = [
    [299.77 + 0.107408 * k - 0.009173 * t * t, 0, 325], [251.88, 0.016321, 165], [251.83, 26.651886, 164], [349.42, 36.412478, 126],
    [84.66, 18.206239, 110], [141.74, 53.303771, 62], [207.14, 2.453732, 60], [154.84, 7.30686, 56], [34.52, 27.261239, 47],
    [207.19, 0.121824, 42], [291.34, 1.844379, 40], [161.72, 24.198154, 37], [239.56, 25.513099, 35], [331.55, 3.592518, 23],
  ];
  const additional = planetary.reduce((sum, [a, b, c]) => sum + c * 1e-6 * Math.sin((a + b * k) * rad), 0);
  return mean + periodic + additional;
}

describe('findNamedDate: a review of the session-23 reader (written Monday 7 December 2026)', () => {
  const MON7 = new Date(2026, 11, 7, 10, 0).getTime();
  const read = (text: string, now = MON7) => {
    const found = findNamedDate(text, now);
    return found && ymd(found.at);
  };

  it('waits for a period’s results when they say after, once or when (a month after it closes: the results are in), a label otherwise', () => {
    expect(read("Let's talk after our Q3 results are out.")).toBe('2027-11-01');
    expect(read("Let's revisit once the Q4 results are in.")).toBe('2027-02-01');
    expect(read('When the Q4 numbers come out we can pick this up again.')).toBe('2027-02-01');
    expect(read('三季度财报出来以后再说')).toBe('2027-11-01');
    expect(read('四季度業績公佈之後再聯絡。')).toBe('2027-02-01');
    expect(read('Happy to talk through our Q3 results with you.')).toBeNull();
    expect(read('Our Q3 numbers were strong, talk soon.')).toBeNull();
  });

  it('a week away from Monday to Friday comes back the working day after the Friday; Mon–Fri beside hours is a signature’s', () => {
    // ("Monday" written on a Monday is next Monday, as everywhere in the reader: 14–18 December, back Monday 21st)
    expect(read("I'm out of office from Monday to Friday, back after that.")).toBe('2026-12-21');
    expect(read("I'm away from Wednesday to Friday, back after that.")).toBe('2026-12-14');
    expect(read('Regards,\nJana Novak\nAvailable Mon–Fri, 9–17 CET')).toBeNull();
    expect(read('Our support runs Monday to Friday, 9am to 6pm; write anytime.')).toBeNull();
  });

  it('years ago, counted vaguely, is no lunar new year (数年前, 若干年前, 數年前)', () => {
    for (const text of ['数年前我们合作过，之后再联系', '若干年前我们合作过，之后再联系', '數年前我們合作過，之後再聯絡', '早年我们合作过，之后再联系']) expect(read(text), text).toBeNull();
    expect(read('年前给你答复。')).toBe('2027-02-05');
  });

  it('a day that recurs every month is a habit, not a day to come back on: 10 December is only one of them (每个月10号, 每個月10號)', () => {
    expect(read('我们每个月10号结账，到时候再说')).toBeNull();
    expect(read('我們每個月10號結帳，到時候再說')).toBeNull();
    expect(read('下个月10号再约')).toBe('2027-01-10');
  });

  it('Easter Monday is the day after Easter, not next week’s Monday', () => {
    expect(read('After Easter Monday we can talk')).toBe('2027-03-30');
    expect(read("Let's talk on Easter Monday.")).toBe('2027-03-29');
  });

  it('Easter falls on the anonymous Gregorian computus’s Sunday, checked against known years (2049, 2076, 2106, 2133 were a week late)', () => {
    const known: [number, string][] = [[2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'], [2024, '2024-03-31'], [2027, '2027-03-28'], [2038, '2038-04-25'], [2049, '2049-04-18'], [2076, '2076-04-19'], [2106, '2106-04-18'], [2133, '2133-04-19'], [2285, '2285-03-22']];
    for (const [year, sunday] of known) {
      const monday = new Date(`${sunday}T12:00:00`);
      monday.setDate(monday.getDate() + 1);
      expect(read('Talk on Easter Monday.', new Date(year, 0, 2, 10).getTime()), String(year)).toBe(ymd(monday.getTime()));
    }
  });
});
