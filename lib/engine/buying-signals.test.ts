import { describe, expect, it } from 'vitest';
import { detectBuyingSignals } from './buying-signals';

const signalsOf = (text: string) => detectBuyingSignals(text).map((s) => s.signal);

describe('buying signals: a refusal around the words cancels them', () => {
  it.each([
    // A start date they rule out is a "not before", not a question about delivery.
    ["Two things: it's more than we have budgeted, and we're moving our MIS, so nothing can start before Q3.", 'en'],
    ['We will not go live before March, whatever happens.', 'en'],
    ['今年不需要开发票。', 'zh-Hans'],
    ['暂时没法谈合同怎么签。', 'zh-Hans'],
    ['我們目前還不用開發票。', 'zh-Hant'],
  ])('%s (%s): no signal', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it.each([
    ['Could we go live before March?', 'delivery_time'],
    ['合同怎么签？', 'contract_process'],
    ['方案不错合同怎么签', 'contract_process'],
    ['請問發票抬頭要給誰？', 'invoice'],
    // A question asked the A-not-A way is no refusal.
    ['合同怎么签?另外能不能分三期付款?', 'terms_change'],
    ['需不需要开发票？', 'invoice'],
    ['可不可以分兩期付款？', 'terms_change'],
  ])('%s: still %s', (text, signal) => {
    expect(signalsOf(text)).toContain(signal);
  });
});
