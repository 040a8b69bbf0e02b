import { describe, expect, it } from 'vitest';
import { asksToMoveMeeting, isAppointment, namesCurrentPeriod } from './appointment';

const DAY = 86_400_000;
const written = new Date(2026, 11, 2, 11, 0).getTime();

describe('a named day with an hour is a meeting, a day without one a "not now"', () => {
  it.each([
    ["Tuesday 10am works. I've sent you an invite."],
    ['Meeting scheduled: demo with Julia and the GM on December 9, 10:00.'],
    ['下周四下午3点可以，会议邀请我发你。'],
    ['下週三下午兩點可以，會議邀請我已經寄出了。'],
  ])('%s: a meeting', (text) => {
    expect(isAppointment(text, written + 6 * DAY, written)).toBe(true);
  });

  it.each([['not now, try me after Chinese New Year'], ['下个月中再联系吧。'], ['過完年再聯絡。'], ["Let's pick this up in Q3."]])('%s: not a meeting', (text) => {
    expect(isAppointment(text, written + 40 * DAY, written)).toBe(false);
    expect(isAppointment(text, written + 6 * DAY, written)).toBe(false);
  });

  it('an hour on a day months away is still a plan to talk later', () => {
    expect(isAppointment('Call me in March, mornings before 10am are best.', written + 90 * DAY, written)).toBe(false);
  });
});

describe('a period named as the present is no day to come back on', () => {
  it.each([['this year'], ['今年'], ['本年度'], ['這一季'], ['this quarter']])('%s names now', (words) => {
    expect(namesCurrentPeriod(words)).toBe(true);
  });
  it.each([['next year'], ['明年一季度'], ['下个月中'], ['Q3'], ['過完年'], ['September'], ['这个月15号'], ['the 20th of this month'], ['Friday this week'], ['after this month'], ['过完这个月']])('%s is later', (words) => {
    expect(namesCurrentPeriod(words)).toBe(false);
  });
});

describe('a meeting asked to move to a later week, with no hour: a new time to offer today', () => {
  it.each([
    ["Sam, any chance we can push Tuesday's call to the week of the 14th? Year-end close is eating all of us alive."],
    ['Could we move the demo to next week? Half the team is out.'],
    ['周二的电话能不能改到14号那周？年底结账太忙了。'],
    ['個會可唔可以改去下個禮拜？呢排真係好忙。'],
    ['下週的演示可以延到15號那週嗎？'],
  ])('%s', (text) => {
    expect(asksToMoveMeeting(text, written + 12 * DAY, written)).toBe(true);
  });

  it.each([
    // a deferral of the whole thing, no meeting moved
    ["Let's pick this back up in January."],
    ['年后再说吧。'],
    // a delivery pushed, not a meeting
    ['Can we push the go-live to March?'],
  ])('not: %s', (text) => {
    expect(asksToMoveMeeting(text, written + 12 * DAY, written)).toBe(false);
  });

  it('a meeting moved months out is a plan to talk later', () => {
    expect(asksToMoveMeeting('Can we push our call to March?', written + 90 * DAY, written)).toBe(false);
  });
});
