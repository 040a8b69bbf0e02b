import { describe, expect, it } from 'vitest';
import { backAfterChoosingOther } from './come-back';
import { findDecisionAgainst } from './decision';

describe('backAfterChoosingOther: someone else chosen before, it has not worked out, and they want to talk again', () => {
  it.each([
    ['上次我們選了別家，結果用下來不太理想，想再跟您聊聊。下週您方便嗎？', '上次我們選了別家，結果用下來不太理想，想再跟您聊聊。'],
    ['去年我们选了别家，用下来不理想，想再跟您聊一聊。', '去年我们选了别家，用下来不理想，想再跟您聊一聊。'],
    ['去年我哋揀咗另一間，用落唔係好理想，想再同你傾下。', '去年我哋揀咗另一間，用落唔係好理想，想再同你傾下。'],
    ["We went with Acme in June but it hasn't worked out. Could we talk again?", 'Could we talk again?'],
    ['Honestly we signed with another vendor last spring and it has been a nightmare. Can we set up a call?', 'Can we set up a call?'],
    // (the failure contracted: "it's been a headache", judge5)
    ["Bit awkward this one - we signed with Planday in the spring and honestly it's been a headache. Any chance we could have a chat the week of the 14th?", 'Any chance we could have a chat the week of the 14th?'],
  ])('%s', (text, quote) => {
    // (each is a decision against us as decision.ts reads it alone: the come-back is what sets it aside)
    expect(findDecisionAgainst(text)).not.toBeNull();
    expect(backAfterChoosingOther(text)).toBe(quote);
  });

  it('the vendor they picked, named by what they did ("the vendor we picked in June"), not by a decision against us', () => {
    expect(backAfterChoosingOther("The vendor we picked in June isn't working out. Could we talk again?")).toBe('Could we talk again?');
  });

  it.each([
    // a choice with no failure: a decision, however friendly
    '我们已经选了别家，以后有机会再聊聊。',
    'We went with Acme. Happy to talk again next year.',
    '我哋揀咗另一間，之後再傾下。',
    // a failure of ours, not of the one they chose
    '我们选了别家，你们的方案我们不太满意，以后再聊聊吧。',
    "We went with Acme — your pricing didn't work out for us. Maybe we can talk again next year.",
    // a failure and no wish to talk
    '上次選了別家，用下來不太理想。',
    // a failure and a talk with no one else chosen: no customer we lost
    "Our new ops hire didn't work out, so the project slipped. Can we set up a call next week?",
    '上次的活动不太理想，想再跟您聊聊，下周您方便吗？',
    '上次的活動不太理想，想再跟您聊聊，下週您方便嗎？',
    // the choice still stands, and what failed was elsewhere
    "We've decided to go with Acme. Their rollout at our sister company hasn't worked out, but we're committed here. Happy to catch up at the conference in spring.",
    '我们已经选了别家，他们在兄弟公司的上线不太理想，不过我们还是会继续用，以后有机会再聊聊。',
    // (judge5: a headache that is not the choice failing, "it's been a headache finding a slot")
    "We went with Acme in the end. It's been a headache finding a slot, but happy to have a chat next year.",
  ])('not: %s', (text) => {
    expect(backAfterChoosingOther(text)).toBeNull();
  });
});
