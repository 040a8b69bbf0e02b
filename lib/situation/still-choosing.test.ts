import { describe, expect, it } from 'vitest';
import { stillChoosing } from './still-choosing';

describe('their words say the choice is still open', () => {
  it('in several voices and three languages', () => {
    for (const text of [
      'We are still comparing a couple of vendors and will come back to you.',
      "we're currently evaluating other options",
      "Honestly we haven't decided yet.",
      'No decision has been made yet on our side.',
      'Still talking to two other suppliers, sorry.',
      '我们还在比较几家供应商，定了再联系您。',
      '我們內部還沒決定，也在評估其他廠商。',
      '我哋仲喺度比較緊幾間',
    ]) expect(stillChoosing(text), text).not.toBeNull();
  });
  it('not a choice made, nor a comparison in the past', () => {
    for (const text of [
      'We compared a couple of vendors last month and are glad we chose you.',
      'The kick-off went well, thanks.',
      '我们已经决定了，就选你们。',
      '上線後大家都說好用。',
    ]) expect(stillChoosing(text), text).toBeNull();
  });
});
