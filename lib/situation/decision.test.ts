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
