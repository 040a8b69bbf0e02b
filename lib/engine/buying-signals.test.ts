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

describe('re-confirming a detail, or doubting it', () => {
  it.each([
    'Just to double-check: it does actually sync with NetSuite, right?',
    'Will it really read our old Excel files?',
    '再确认一下，真的能直接对接金蝶吗？',
    '想再確認一下，包含在年費裡對吧？',
  ])('a re-confirmation: %s', (text) => {
    expect(signalsOf(text)).toContain('reconfirm');
  });

  it.each([
    'Nobody here could tell me whether this actually syncs with NetSuite or if we are back to CSV exports. If it is exports, that is a non-starter for us.',
    "Honestly I'm not sure it really handles multi-currency the way we need.",
    '我们不确定你们是不是真的能对接金蝶，如果要手工导数据就免谈了。',
    '老實講，我唔知係咪真係可以同SAP對接。',
  ])('a doubt, no signal: %s', (text) => {
    expect(signalsOf(text)).not.toContain('reconfirm');
  });
});
