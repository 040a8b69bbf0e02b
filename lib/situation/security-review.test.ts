import { describe, expect, it } from 'vitest';
import { securityReview } from './security-review';

describe('securityReview: a review by their IT or security people stands before the deal', () => {
  it.each([
    'Call: Jonas needs their IT security team to review the sensor gateway before anything moves; he will send the questionnaire.',
    'Before we can go ahead, InfoSec has to run their vendor assessment on you.',
    'Quick heads-up: our security folks want to look over the data flows first.',
    'Procurement is fine, but we need your SOC 2 Type II report and a signed DPA.',
    "It's with our CISO for sign-off.",
    'Our compliance team will send over a security questionnaire next week.',
    'Legal also asked whether you have a recent pen test.',
    '方案没问题，不过我们信息安全部门要先做一轮安全评估。',
    '上线前要过等保测评，还要签数据处理协议。',
    '得先把資安問卷寄給我，我們資安部門要先審。',
    '我哋IT安全team要check下先',
    // (something else settled beside it: the review still stands; all four gave none when the whole sentence was read for "no issues")
    'No issues with the price, but our IT security team needs to review the platform first.',
    'Legal has approved the contract, but our security team has to review the gateway.',
    'No questions on pricing; our security team will need your SOC 2 report before we sign.',
    '价格没有问题，但是要先过资安审查',
    '合約已經審核通過了，不過資安部門還要看一下問卷。',
  ])('%s', (words) => {
    expect(securityReview(words)).not.toBeNull();
  });

  it.each([
    'Food safety audit is next week, so I am swamped.',
    'We need to review the proposal with the team first.',
    '我们下周要做安全生产检查，忙不过来。',
    '工地的安全检查还没做完。',
    'Is your platform secure? Who else uses it?',
    'Thanks, I will look at it on Friday.',
    // (a review done, or no concern left, in the sentence that names it)
    "We don't have any concerns about security; your SOC 2 report answered everything.",
    'Our InfoSec team has already reviewed the questionnaire, so we can move to the order form.',
    '资安审查已经通过了，下周可以签。',
    'The price is fine and our security team has no concerns after reading your SOC 2 report.',
    '价格可以，资安那边也没有问题，SOC 2 报告都看过了。',
  ])('not a security review: %s', (words) => {
    expect(securityReview(words)).toBeNull();
  });
});

describe('securityReview quotes the whole sentence (one splitter: "e.g." and "approx." end nothing)', () => {
  it.each([
    ['Before anything else our InfoSec team needs e.g. your SOC 2 report and the DPA. Thanks', 'Before anything else our InfoSec team needs e.g. your SOC 2 report and the DPA.'],
    ['Our IT security team (approx. 3 people) must review the vendor questionnaire first.', 'Our IT security team (approx. 3 people) must review the vendor questionnaire first.'],
  ])('%s', (words, sentence) => {
    // (was "your SOC 2 report and the DPA." and "3 people) must review…": cut at "e.g." and "approx.")
    expect(securityReview(words)).toBe(sentence);
  });
});
