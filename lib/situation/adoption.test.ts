import { describe, expect, it } from 'vitest';
import { dateNamedIn } from '../reader/time-expressions';
import { littleUsed, trialEnds } from './adoption';

const AT = new Date(2026, 11, 4, 17).getTime();

describe('a trial or pilot nobody is using', () => {
  it.each([
    ["Hi Sam, honestly the team didn't really use it. Everyone got slammed with year-end.", 'Re: Your trial ends Dec 10'],
    ['Trial ends Dec 10. Only 2 of 15 techs active in the app. Liam says the guys find it fiddly on site.', ''],
    ['Call: Helen says pilot usage is low - only 3 of 20 carers have logged in; night staff never got trained', 'Ashby Care Homes – eMAR Pilot'],
    ["To be fair we haven't had a chance to use it properly, it's been mental here", 'Re: your free trial'],
    ['nobody is really using it tbh', 'Pilot check-in'],
    ['Adoption has been patchy, a couple of people logged in on day one and that was it.', 'Re: pilot'],
    ['不好意思，这两周太忙了，团队基本没怎么用。', '关于试用'],
    ['试用账号开了10个，只有2个人登录过。', ''],
    ['梁小姐話試用期下星期三完，但係團隊基本上冇點用過。', ''],
    ['試用期間大家都很忙，幾乎沒人在用，真的不好意思。', ''],
    ['老實講，我哋冇乜人用過個試用版。', ''],
  ])('%s', (words, context) => {
    expect(littleUsed(words, context)).not.toBeNull();
  });

  it.each([
    ['The team has been using it every day during the trial, really impressed.', 'Re: trial'],
    ["We haven't used a tool like this before, so we'd need some training.", 'Intro call'],
    ["We didn't use the discount code you sent, can you reapply it?", 'Re: trial offer'],
    ["Thanks, I haven't had a chance to look at it yet.", 'Proposal and free trial'],
    ["Honestly we didn't really use it.", 'Re: our spreadsheet template'],
    ['试用挺顺利的，大家每天都在用。', '试用反馈'],
    ['我們用了兩個禮拜，覺得幾好用。', '試用'],
  ])('not: %s', (words, context) => {
    expect(littleUsed(words, context)).toBeNull();
  });
});

describe('the day the trial ends', () => {
  const dateIn = (sentence: string) => dateNamedIn(sentence, AT)?.at ?? null;
  it.each([
    [["Quick heads-up that your team's trial ends on Thursday the 10th."], new Date(2026, 11, 10).getTime()],
    [['梁小姐話試用期下星期三完'], new Date(2026, 11, 9).getTime()],
    [['试用到12月15日结束。'], new Date(2026, 11, 15).getTime()],
  ] as const)('%s', (texts, day) => {
    expect(trialEnds(texts, AT, dateIn)).toBe(day);
  });

  it('no end named: null', () => {
    expect(trialEnds(['The trial has been quiet so far.', 'We meet on the 15th.'], AT, dateIn)).toBeNull();
  });
});
