import { describe, expect, it } from 'vitest';
import { findDecisionAgainst } from './decision';

describe('findDecisionAgainst: the decision went to someone else, or the project stopped', () => {
  it.each([
    ['Thanks for all your help. We have decided to go with Northwind; their rollout plan fit our timeline better.', 'We have decided to go with Northwind; their rollout plan fit our timeline better.'],
    ['Quick update: we went with HubSpot in the end.', 'Quick update: we went with HubSpot in the end.'],
    ['After a lot of back and forth the committee has decided not to take this any further.', 'After a lot of back and forth the committee has decided not to take this any further.'],
    ['We won’t be proceeding, sorry to be the bearer of bad news.', 'We won’t be proceeding, sorry to be the bearer of bad news.'],
    ['我们已经跟原来的供应商签了续约合同，这次就不换了。', '我们已经跟原来的供应商签了续约合同，这次就不换了。'],
    ['公司最后决定先不上这个系统。', '公司最后决定先不上这个系统。'],
    ['不好意思，我們已經簽咗第二間。', '不好意思，我們已經簽咗第二間。'],
  ])('%s', (text, sentence) => {
    expect(findDecisionAgainst(text)).toBe(sentence);
  });

  it.each([
    "We've decided to go with you. Can you send over the order form?",
    '我们决定跟你们合作，合同怎么签？',
    'We won’t be moving forward until the budget is signed off in January.',
    'We went with it as a trial on one line and it went fine.',
    '这个事情我一个人决定不了，要问老板。',
    'We signed with you in March and the team is happy.',
  ])('no decision against us: %s', (text) => {
    expect(findDecisionAgainst(text)).toBeNull();
  });
});

describe('the decision against us in the formal register (probe 2, L)', () => {
  it.each([
    ['Thank you for your submission. On this occasion the contract has been awarded to another supplier.'],
    ['I regret to inform you that the tender was awarded to a local firm.'],
    ['After careful evaluation, another provider has been selected.'],
    ['We have decided to proceed with another provider for this phase.'],
    ['Unfortunately your bid has been unsuccessful on this occasion.'],
    ['I am sorry to say you have not been successful this time.'],
    ['很遗憾，贵司本次未能中标。'],
    ['經評估，我們已決定選擇其他供應商。'],
    ['本项目中标单位为华东软件。'],
  ])('%s', (text) => {
    expect(findDecisionAgainst(text)).not.toBeNull();
  });
  it.each([
    ['Good news: the contract has been awarded to you.'],
    ['Your proposal was successful and we would like to proceed.'],
    ['恭喜贵司中标。'],
    ['The project will be awarded to the winning bidder on 15 January.'],
    ['我们还在比较，会选择其他方案吗？还没定。'],
  ])('no decision against us: %s', (text) => {
    expect(findDecisionAgainst(text)).toBeNull();
  });
});
