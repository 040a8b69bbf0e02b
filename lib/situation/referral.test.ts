import { describe, expect, it } from 'vitest';
import { findReferral } from './referral';

describe('findReferral', () => {
  it.each([
    ["I'm not the right person for this. Please talk to my colleague Jan Hoffmann, he runs maintenance planning: jan.hoffmann@rhein-metall.example", 'Jan Hoffmann', 'jan.hoffmann@rhein-metall.example'],
    ['talk to my colleague Jan, she owns this', 'Jan', null],
    ['Please loop in Priya Nair from IT.', 'Priya Nair', null],
    ['You should speak with our CFO, Maria Lopez.', 'Maria Lopez', null],
    ['这个你找我们采购部的王经理吧，他负责这块。', '王经理', null],
    ['你可以直接联系我们 IT 部的李伟，他负责系统选型。', '李伟', null],
    ['這部分請聯絡我同事 陳小姐，她負責採購，我已經跟她提過了。', '陳小姐', null],
  ])('%s → %s', (text, name, email) => {
    expect(findReferral(text)).toMatchObject({ name, email });
  });

  it('reads a referral to a role or a team with no name', () => {
    expect(findReferral('Please reach out to our procurement team, they handle new vendors.')).toMatchObject({ name: null });
    expect(findReferral('麻烦您联系一下我们的负责人。')).toMatchObject({ name: null });
  });

  it.each(['I will talk to my boss.', 'I need to talk to my boss first before we go any further.', '我得找领导商量一下。', '你找一下资料吧', 'Can we talk next week?', 'Please send me the proposal.'])('is no referral: %s', (text) => {
    expect(findReferral(text)).toBeNull();
  });
});
