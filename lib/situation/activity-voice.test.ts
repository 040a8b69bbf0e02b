import { describe, expect, it } from 'vitest';
import { isOwnLog } from './activity-voice';

describe('whose words a CRM activity holds', () => {
  it('a log of our own move is ours', () => {
    for (const text of ['Sent the pilot plan for two kitchens.', 'Left a voicemail about the renewal', 'We emailed the revised quote', 'Called, no answer', '已发送试点方案，等客户确认。', '致電陳經理，未接。', '拜访客户，演示了排产模块', 'Called the prospect, discussed timeline', 'Sent the revised quote to Maria', 'Email: Sent proposal v2 with phased pricing', 'Call - left voicemail for Dan re proposal', '电话：已致电王总，未接通']) expect(isOwnLog(text), text).toBe(true);
  });
  it('their words, or our log of what they said, are theirs', () => {
    for (const text of ['Email from Aiko: could you send the contract?', 'Rahul says the price is too high compared with the local vendor.', 'Maria’s legal team agreed the acceptance criteria.', 'Called Wei; he asked for references first.', '客户反馈价格偏高，希望再优惠 10%。', '致電陳經理，她表示下個月再談。', 'Could we start in January?', 'Called us back about the invoice', 'Emailed us the signed contract', 'Sent over their requirements list', 'Sent back the redlined MSA', 'Shared their budget: 40k', 'Presented the proposal to the board; the CFO pushed back on price', '发来签好的合同', 'Email: Dan asked for the proposal in PDF', 'Call: Priya says the board meets on the 14th']) expect(isOwnLog(text), text).toBe(false);
  });
});
