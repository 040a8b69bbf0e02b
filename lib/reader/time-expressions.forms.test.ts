import { describe, expect, it } from 'vitest';
import { findNamedDate } from './time-expressions';

/**
 * The ways people name a time around an event, as they write them in replies: possessives
 * ("next week's board meeting"), weeks counted from a day ("Monday week", "a week from Friday"),
 * parts of a period, ends of a day, month or quarter (EOD, EOM, EOQ), holidays and closings, in
 * English of several regions, Simplified Chinese, Taiwan's Traditional usage and Hong Kong's
 * Cantonese; then words that look like dates and name no day ahead.
 */

/** Thursday 3 December 2026, 10:00 local (next week is 7–13 December). */
const THU = new Date(2026, 11, 3, 10, 0).getTime();
/** Wednesday 14 October 2026: the middle of Q4. */
const OCT14 = new Date(2026, 9, 14, 10, 0).getTime();

function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** [what they wrote, the day expected, the words expected, now (THU unless given)] */
type Form = [string, string, string, number?];

const ENGLISH: Form[] = [
  // possessives: the event belongs to the day
  ["I'll take it to next week's board meeting.", '2026-12-07', "next week"],
  ["We're presenting it at Thursday's board meeting.", '2026-12-10', 'Thursday'],
  ['Let me raise it at Monday’s leadership sync and come back to you.', '2026-12-07', 'Monday'],
  ['It goes in front of the partners at tomorrow’s review, will let you know.', '2026-12-04', 'tomorrow'],
  ["Happy to pick this up after next week's offsite.", '2026-12-14', "after next week"],
  ["We'll have an answer after this month's budget review.", '2027-01-01', "after this month"],
  ["Let's pick this up after Friday's steering committee.", '2026-12-05', "after Friday"],
  ["It's on the agenda for January's exec meeting - ping me after that.", '2027-01-01', 'January'],
  // weeks counted from a day
  ["Let's talk the week after next.", '2026-12-14', 'the week after next'],
  ['Check back with me in a fortnight.', '2026-12-17', 'in a fortnight'],
  ['Within the next fortnight we should be able to decide.', '2026-12-17', 'Within the next fortnight'],
  ["Can we speak Monday week? I'm away till then.", '2026-12-14', 'Monday week'],
  ['Give me a ring a week on Friday.', '2026-12-11', 'a week on Friday'],
  ["Let's reconnect a week from Monday.", '2026-12-14', 'a week from Monday'],
  ['How about this time next week for a call?', '2026-12-10', 'this time next week'],
  ['Could we catch up the week of the 14th?', '2026-12-14', 'the week of the 14th'],
  ["Let's look at the week of January 11 for the demo.", '2027-01-11', 'the week of January 11'],
  ["We'll be in touch in a couple weeks.", '2026-12-17', 'in a couple weeks'],
  ['Reach out again in the next couple of weeks.', '2026-12-17', 'in the next couple of weeks'],
  ["Let's reconnect in 6 weeks or so.", '2027-01-14', 'in 6 weeks or so'],
  // parts and ends
  ['Follow up end of next month.', '2027-01-31', 'end of next month'],
  ['Early January works for a call.', '2027-01-01', 'Early January'],
  ['Mid-Feb would suit us for the demo.', '2027-02-15', 'Mid-Feb'],
  ['We can revisit late March.', '2027-03-25', 'late March'],
  ['Talk the first week of February?', '2027-02-01', 'the first week of February'],
  ["We'll decide by the end of next week.", '2026-12-11', 'by the end of next week'],
  ['First thing Monday I will send the signed copy over.', '2026-12-07', 'First thing Monday'],
  ["I'll get back to you by EOD.", '2026-12-03', 'EOD'],
  ["You'll hear from me by EOM.", '2026-12-31', 'EOM'],
  // (the end of a period said with "by" / 前: its last working day, not the first day of its last month)
  ['We should have sign-off by EOQ, circle back then.', '2026-12-31', 'EOQ', OCT14],
  ['Let’s revisit once the quarter closes.', '2027-01-01', 'once the quarter closes'],
  ["Once Q4 wraps up we'll know the budget, ping me then.", '2027-01-01', 'Once Q4 wraps up'],
  ["Let's revisit at the start of Q2.", '2027-04-01', 'the start of Q2'],
  // holidays and seasons
  ['Reach out after the holidays.', '2027-01-05', 'after the holidays'],
  ['Ping me after Golden Week.', '2027-05-06', 'after Golden Week'], // (Japan's: nothing about China; lib/reader/time-expressions.regions.test.ts)
  ["Let's touch base after Lunar New Year.", '2027-02-14', 'after Lunar New Year'],
  ['Happy to reconnect post-Christmas.', '2027-01-05', 'post-Christmas'],
  // days of a month, regional orders
  ['Can we talk on the 15th?', '2026-12-15', 'the 15th'],
  ['Call me 15/1, I am back then.', '2027-01-15', '15/1'],
  ['Could you ring me on 21/12?', '2026-12-21', '21/12'],
  ["Let's speak Wednesday the 9th.", '2026-12-09', 'Wednesday the 9th'],
  ["Let's reconnect on the 2nd of Feb.", '2027-02-02', 'the 2nd of Feb.'],
  // "back in" a month: a return in an away note, the past beside a past verb
  ['Out of office, back in January.', '2027-01-01', 'January'],
  ["That was back in March, let's talk in June.", '2027-06-01', 'June'],
];

const SIMPLIFIED: Form[] = [
  ['下周的董事会上我拿去讨论一下。', '2026-12-07', '下周'],
  ['周五的例会上我跟老板汇报。', '2026-12-04', '周五'],
  ['下下周再说吧。', '2026-12-14', '下下周'],
  ['月底前给你答复。', '2026-12-31', '月底前'],
  ['下礼拜三再约。', '2026-12-09', '下礼拜三'],
  ['过两周再联系。', '2026-12-17', '过两周'],
  ['年后再说。', '2027-02-14', '年后'],
  ['下个月底之前给你回复。', '2027-01-29', '下个月底之前'], // (31 January 2027 is a Sunday: the Friday before)
  ['下月初再联系。', '2027-01-01', '下月初'],
  ['元旦后再联系吧。', '2027-01-04', '元旦后'],
  ['等过完春节再说。', '2027-02-14', '等过完春节'],
  ['季度末再看吧。', '2026-12-01', '季度末', OCT14],
  ['十二月中旬再约时间。', '2026-12-15', '十二月中旬'],
  ['一月上旬再联系。', '2027-01-01', '一月上旬'],
  ['明年一季度再说。', '2027-01-01', '明年一季度'],
  ['过几天再联系你。', '2026-12-06', '过几天'],
  ['下下个月再谈。', '2027-02-01', '下下个月'],
  ['下周一一早给你答复。', '2026-12-07', '下周一'],
  ['五一之后再联系。', '2027-05-06', '五一之后'],
  ['开年再说吧。', '2027-02-14', '开年'],
  ['过一个礼拜再联系。', '2026-12-10', '过一个礼拜'],
  ['下周末之前给你回复。', '2026-12-12', '下周末之前'],
  ['这个月15号再约。', '2026-12-15', '这个月15号'],
  ['下个月10号左右再联系。', '2027-01-10', '下个月10号'],
];

const TRADITIONAL: Form[] = [
  // Taiwan
  ['下週的董事會上討論。', '2026-12-07', '下週'],
  ['下禮拜三再約。', '2026-12-09', '下禮拜三'],
  ['禮拜五的會議後再回覆您。', '2026-12-05', '禮拜五的會議後'],
  ['過兩個禮拜再聯絡。', '2026-12-17', '過兩個禮拜'],
  ['季底前會給您答覆。', '2026-12-31', '季底前', OCT14],
  ['農曆年後再聯絡。', '2027-02-14', '農曆年後'],
  ['下個月初再聯繫。', '2027-01-01', '下個月初'],
  ['雙十連假後再約時間。', '2027-10-12', '雙十連假後'],
  ['下下禮拜再說。', '2026-12-14', '下下禮拜'],
  ['兩週後再聯絡。', '2026-12-17', '兩週後'],
  ['月底前回覆您。', '2026-12-31', '月底前'],
  ['農曆新年後再聯絡。', '2027-02-14', '農曆新年後'],
  ['國慶後再聯絡。', '2027-10-12', '國慶後'], // (Taiwan's 雙十: Traditional, no Cantonese)
  // Hong Kong, Cantonese
  ['下個禮拜三再傾。', '2026-12-09', '下個禮拜三'],
  ['下星期三再約。', '2026-12-09', '下星期三'],
  ['過兩個禮拜先再搵你。', '2026-12-17', '過兩個禮拜'],
  ['月尾先傾啦。', '2026-12-31', '月尾'],
  ['出年一月再傾。', '2027-01-01', '出年一月'],
  ['過咗聖誕先再傾。', '2027-01-05', '過咗聖誕'],
  ['下個月頭再搵你。', '2027-01-01', '下個月頭'],
  ['下禮拜嘅董事會我會拎去傾。', '2026-12-07', '下禮拜'],
  ['過多兩日再覆你。', '2026-12-05', '過多兩日'],
  ['舊曆新年之後再約。', '2027-02-14', '舊曆新年之後'],
];

/**
 * Written after the first table was read, in other voices, and measured before any change for them
 * (see the commit): how far the patterns carry beyond the sentences they were written from.
 */
const OTHER_VOICES: Form[] = [
  ['Could we pencil something in for the back end of next week?', '2026-12-11', 'the back end of next week'],
  ['Shall we say Tuesday week, 10am?', '2026-12-15', 'Tuesday week'],
  ["I'll come back to you by close of play Friday.", '2026-12-04', 'Friday'],
  ["We're closed for the festive period, let's pick up in the new year.", '2027-01-01', 'the new year'],
  ["Let's aim for the second week of January.", '2027-01-11', 'the second week of January'],
  ['Circle back towards the end of Q1.', '2027-03-01', 'towards the end of Q1'],
  ['Give us till the end of January to get budget sign-off.', '2027-01-31', 'the end of January'],
  ['Happy to reconnect once Chinese New Year is over.', '2027-02-14', 'once Chinese New Year is over'],
  ["We're in the middle of year-end close; can you try me mid-January?", '2027-01-15', 'mid-January'],
  ["We'll revisit at our QBR next month.", '2027-01-01', 'next month'],
  ["Let's regroup after the 20th.", '2026-12-21', 'after the 20th'],
  ['Anytime from the 14th onwards works.', '2026-12-14', 'the 14th'],
  ["I'm off till the New Year, ping me then.", '2027-01-01', 'the New Year'],
  ['Next Tues or Weds work for me.', '2026-12-08', 'Next Tues'],
  ["We'll make a call on this at month-end.", '2026-12-31', 'month-end'],
  ["I'll update you after tomorrow's exec meeting.", '2026-12-05', 'after tomorrow'],
  ["I'm presenting to our CEO at Wednesday's leadership offsite.", '2026-12-09', 'Wednesday'],
  ['We can talk once our audit wraps up on the 11th.', '2026-12-12', 'once our audit wraps up on the 11th'],
  ["Let's revisit this come January.", '2027-01-01', 'January'],
  ['A couple of months down the line we can talk again.', '2027-02-03', 'A couple of months down the line'],
  ['下周中找个时间聊聊？', '2026-12-09', '下周中'],
  ['我们月底开完董事会再回复您。', '2026-12-31', '月底'],
  ['这周五之前给你答复。', '2026-12-04', '这周五之前'],
  ['春节前后再联系吧。', '2027-02-06', '春节'],
  ['过完这个月再说。', '2027-01-01', '过完这个月'],
  ['大概半个月后再联系你。', '2026-12-18', '半个月后'],
  ['一周后再说。', '2026-12-10', '一周后'],
  ['双十一之后再联系。', '2027-11-12', '双十一之后'],
  ['下周一到周三我都在，来拜访吧。', '2026-12-07', '下周一到周三'],
  ['下週中再約時間討論。', '2026-12-09', '下週中'],
  ['過完農曆年再說。', '2027-02-14', '過完農曆年'],
  ['228連假後再約。', '2027-03-01', '228連假後'],
  ['清明連假後再聯絡。', '2027-04-07', '清明連假後'],
  ['這禮拜五前回覆您。', '2026-12-04', '這禮拜五前'],
  ['下個月5號左右再約。', '2027-01-05', '下個月5號'],
  ['下個禮拜中再約。', '2026-12-09', '下個禮拜中'],
  ['下個月尾先再傾。', '2027-01-31', '下個月尾'],
  ['一個禮拜之後再搵我。', '2026-12-10', '一個禮拜之後'],
  ['遲啲先啦，大概下個月中。', '2027-01-15', '下個月中'],
  ['過埋聖誕先傾。', '2027-01-05', '過埋聖誕'],  // (a third round, probed after the second: 12 of 15 read before; the 3 misses and Easter added)
  ['年前给你答复。', '2027-02-05', '年前'],
  ['過完元宵再說。', '2027-02-21', '過完元宵'],
  ['聽朝再覆你。', '2026-12-04', '聽朝'],
  ['Speak after Easter.', '2027-03-30', 'after Easter'],
  ['Give me till Friday week.', '2026-12-11', 'Friday week'],
  ["Come back to me in a month's time.", '2027-01-03', "in a month's time"],
  ['下個禮拜尾再傾。', '2026-12-11', '下個禮拜尾'],
];

/** Words that look like dates and name no day ahead. */
const NEGATIVES: [string, string][] = [
  ['Since last March we have run everything on Salesforce, happy to talk.', 'since a past month'],
  ['Call us anytime, support is 24/7.', '24/7'],
  ['Could we do 3/4 of the seats now and the rest later?', 'a fraction'],
  ['Happy to talk through our Q3 results with you.', 'a past quarter as a label'],
  ['Our Q3 numbers were strong, talk soon.', 'a past quarter as a label'],
  ['Can we talk about the 2027 price list?', 'a year in a name'],
  ["We'll look at it as part of our Vision 2030 programme.", 'a year in a product name'],
  ['Call me on 0412 345 678.', 'a phone number'],
  ['Ring me on +44 20 7946 0958 when you can.', 'a phone number'],
  ['Call us, we are open 7 days a week.', 'opening hours'],
  ['Thanks for Friday’s demo, we will be in touch.', 'a past possessive'],
  ["Thanks for last week's call. We'll be in touch.", 'a past possessive'],
  ['Our price is $1,200/12 months per seat, talk soon.', 'a price'],
  ['We moved to Office 2021 last year, let us discuss.', 'a year in a product name, past'],
  ['> On 12/20 we agreed to talk again.\nSounds good, thanks.', 'quoted history'],
  ['Regards,\nJana Novak\nAvailable Mon–Fri, 9–17 CET', 'a signature'],
  ['上季度业绩不错，下次再聊。', 'a past quarter'],
  ['去年三月以来我们一直在用你们的系统，有空再聊。', 'since last March'],
  ['有问题随时打我电话 13812345678。', 'a phone number'],
  ['我们提供7x24小时服务，随时联系。', '24/7 in Chinese'],
  ['價格是每年 12/15 萬，再聯絡。', 'a price range'],
  ['上年嘅合同到咗期，第日再傾。', 'last year, and 第日 (some day)'],
  // (in other voices, as OTHER_VOICES)
  ['Back in March we tried a pilot with another vendor; talk soon.', 'back in a past month'],
  ['Our SLA is 4 hours, 5 days a week; reach us anytime.', 'a rate'],
  ['We had a great Q3, let us chat.', 'a past quarter'],
  ['去年这个时候我们聊过。', 'a year ago'],
  ['每个月15号对账，有空再约。', 'a habit'],
  ['我们是7天24小时营业，随时联系。', 'opening hours'],
  ['两年前我们见过，下次再聊。', 'two years ago (年前 after a number)'],
  ['三年前签的合同，有空再聊。', '三年前 is years ago'],
];

describe('findNamedDate: forms of naming a time', () => {
  describe.each([
    ['English', ENGLISH],
    ['Simplified Chinese', SIMPLIFIED],
    ['Traditional Chinese (Taiwan) and Cantonese (Hong Kong)', TRADITIONAL],
    ['other voices', OTHER_VOICES],
  ])('%s', (_, forms) => {
    it.each(forms)('%j → %s', (text, expected, words, now = THU) => {
      const found = findNamedDate(text, now);
      expect(found && ymd(found.at)).toBe(expected);
      expect(found?.text).toBe(words);
    });
  });

  it.each(NEGATIVES)('reads no day ahead in %j (%s)', (text) => {
    const found = findNamedDate(text, THU);
    expect(found && `${ymd(found.at)} "${found.text}"`).toBeNull();
  });
});
