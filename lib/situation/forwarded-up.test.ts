import { describe, expect, it } from 'vitest';
import { forwardedUp, handedUpOn } from './forwarded-up';

describe('handedUpOn: taken up to someone who decides, on the day they name', () => {
  it.each([
    ['The pilot sounds good to me, but I need my boss to sign off. I will take it to our GM on Friday.', 'on Friday', 'GM'],
    ["Thanks. It's on the agenda for next week's board meeting; I'll walk them through it there.", "next week", 'board'],
    ["It's on the agenda for the board meeting next week.", 'next week', 'board'],
    ['We will be presenting it to the board on Thursday and I’ll come back to you after that.', 'on Thursday', 'board'],
    ['Looks sensible. I will run it by the partners on Monday.', 'on Monday', 'partners'],
    ['Cheers. Our MD will review it on Thursday, I’ll let you know.', 'on Thursday', 'MD'],
    ["I'm putting it in front of our managing director tomorrow.", 'tomorrow', 'managing director'],
    ['方案我看了，觉得可以。我周五拿去跟总经理汇报一下。', '周五', '总经理'],
    ['方案收到了，下周董事会上讨论，有结果再告诉你。', '下周', '董事会'],
    ['禮拜五我會拿去跟總經理彙報。', '禮拜五', '總經理'],
    ['收到，我下週一拿給老闆看，再回覆您。', '下週一', '老闆'],
    // the one who decides as the object of the verb
    ["Makes sense. I'll walk our CFO through it at Friday's exec meeting.", "Friday", 'CFO'],
    ['Will brief my boss on it Monday and revert.', 'Monday', 'boss'],
    ["I'm taking the partners through the numbers next Tuesday.", 'next Tuesday', 'partners'],
  ])('%s', (words, day, whom) => {
    expect(handedUpOn(words, day)?.to).toBe(whom);
  });

  it.each([
    // a day with nothing taken up, or taken up in another sentence than the day
    ['I will take a look on Friday and get back to you.', 'on Friday'],
    ['I forwarded it to our CFO. Let us speak on Monday.', 'on Monday'],
    // a refusal or a condition is no step
    ["I won't take it to the board before January.", 'January'],
    ['If the numbers hold, I will take it to our GM on Friday.', 'on Friday'],
    // a colleague is no one who decides
    ['我周五跟同事讨论一下。', '周五'],
    ['下週一我先看一下。', '下週一'],
    // walking someone through it who does not decide, or us through it
    ["I'll walk my team through it on Friday.", 'on Friday'],
    ['Can you walk us through it on Monday?', 'on Monday'],
  ])('no hand-up: %s', (words, day) => {
    expect(handedUpOn(words, day)).toBeNull();
  });

  it('leaves the undated forward as it was', () => {
    expect(forwardedUp('Thanks, I have forwarded it to our general manager.')?.to).toBe('general manager');
    expect(forwardedUp('I will take a look next week.')).toBeNull();
  });
});

describe('forwardedUp quotes their sentence, an ellipsis before it ending the one before', () => {
  it('Looks good… I have passed it on to our CFO.', () => {
    expect(forwardedUp('Looks good… I have passed it on to our CFO.')).toEqual({ text: 'I have passed it on to our CFO.', to: 'CFO' });
  });
});

describe('forwardedUp: checked with someone who decides, as they say it or as the rep notes it (probe 2, V)', () => {
  it.each([
    ['He liked it and is checking with their CFO on Monday.', 'CFO'],
    ['She will check with the MD before signing.', 'MD'],
    ["Let me check with my boss and I'll come back to you.", 'boss'],
    ["I'm running it past our finance director this week.", 'finance director'],
    ['马总说要跟老板确认一下。', '老板'],
    ['我先同財務總監確認下，再覆你。', '財務總監'],
    ['她要先问问领导的意见。', '领导'],
  ])('%s', (words, whom) => {
    expect(forwardedUp(words)?.to).toBe(whom);
  });

  it.each([
    // checking with us, with a colleague, or checking a thing is no hand-up
    ['Checking with you whether Monday still works.'],
    ['I will check with the team and revert.'],
    ['Let me check the contract terms first.'],
    ['我跟你确认一下时间。'],
  ])('%s', (words) => {
    expect(forwardedUp(words)).toBeNull();
  });
});
