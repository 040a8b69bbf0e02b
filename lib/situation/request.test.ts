import { describe, expect, it } from 'vitest';
import { findRequest, isPartialYes, requestClause } from './request';

describe('findRequest: something asked of us without a question mark', () => {
  it.each([
    ['Thanks Sam. Kindly arrange the revised quote with freight shown separately.', 'Kindly arrange the revised quote with freight shown separately.'],
    ['All good on our side. Can you pop the slides over to Priya as well, she missed the call.', 'Can you pop the slides over to Priya as well, she missed the call.'],
    ['We will need a signed NDA before we share the data set.', 'We will need a signed NDA before we share the data set.'],
    ["Hi, we haven't received the onboarding pack yet.", "we haven't received the onboarding pack yet."],
    // the greeting that opens their words is not quoted
    ['Hello Sam, please send the signed order form to accounts.', 'please send the signed order form to accounts.'],
    ['王总，麻烦把报价单再发一份。', '麻烦把报价单再发一份。'],
    ['陳經理您好，請再寄一份紙本合約到新竹廠。', '請再寄一份紙本合約到新竹廠。'],
    ['Great call. Send me the deck and the pilot outline when you can.', 'Send me the deck and the pilot outline when you can.'],
    ['請您再寄一份紙本合約到新竹廠，謝謝。', '請您再寄一份紙本合約到新竹廠，謝謝。'],
    ['报价单还没收到，帮忙看一下。', '报价单还没收到，帮忙看一下。'],
    ['需要你们提供近三年的审计报告。', '需要你们提供近三年的审计报告。'],
    ['我哋想先傾吓續約價錢', '我哋想先傾吓續約價錢'],
    // a yes to part of the offer, something of ours to correct, a form to fill in
    ["We're happy to go ahead with the two-week trial, but not with the annual licence yet.", "We're happy to go ahead with the two-week trial, but not with the annual licence yet."],
    ["Let's start with the Leipzig site and see how it goes.", "Let's start with the Leipzig site and see how it goes."],
    ['Your invoice lists 60 seats; this needs to be corrected before we can pay.', 'Your invoice lists 60 seats; this needs to be corrected before we can pay.'],
    ['试点可以先做，全面推广明年再说。', '试点可以先做，全面推广明年再说。'],
    ['报价收到。麻烦把附件里的新供应商登记表填一下发回给我们。', '麻烦把附件里的新供应商登记表填一下发回给我们。'],
    ['唔該send份quotation嚟先，我哋下個月再傾。', '唔該send份quotation嚟先，我哋下個月再傾。'],
    // a yes, then something to send: the link to book, a time
    ["Sure, send me a link and I'll grab a slot", "Sure, send me a link and I'll grab a slot"],
    ['Yeah ok, just drop me an invite for Thursday.', 'Yeah ok, just drop me an invite for Thursday.'],
    ['好啊，发个预约链接给我，我自己挑时间。', '好啊，发个预约链接给我，我自己挑时间。'],
    ['可以，把日曆連結傳給我，我揀個時間。', '可以，把日曆連結傳給我，我揀個時間。'],
    ['好呀，send條link俾我先。', '好呀，send條link俾我先。'],
  ])('%s', (text, sentence) => {
    expect(findRequest(text)).toBe(sentence);
  });

  it.each([
    'Please find attached our comments on the draft.',
    'Thanks, that all makes sense. Let me know if you need anything else from us.',
    'Please don’t hesitate to call me if anything is unclear.',
    'We will review it internally next week.',
    '请查收附件。',
    '请问你们支持私有化部署吗',
    '好的，收到，谢谢。',
    // a yes that asks for nothing, or sends something itself
    'Sure, sounds good, talk then.',
    "Sure, I'll send you the link to our booking page.",
    '好啊，我把时间发给你。',
    '可以，連結我收到了。',
  ])('no request: %s', (text) => {
    expect(findRequest(text)).toBeNull();
  });
});

describe('the clause of a request and a yes to part of the offer', () => {
  it.each([
    ["Please send me the one-pager, and let's talk again in January.", 'Please send me the one-pager'],
    ['唔該send份quotation嚟先，我哋下個月再傾。', '唔該send份quotation嚟先'],
    ['Please call me after the holidays.', 'Please call me after the holidays'],
  ])('%s → %s', (text, clause) => {
    expect(requestClause(text)).toBe(clause);
  });

  it('tells a yes to part of the offer from another request', () => {
    expect(isPartialYes('试点可以先做，全面推广明年再说。')).toBe(true);
    expect(isPartialYes('Yes to the pilot, but not the full roll-out yet.')).toBe(true);
    expect(isPartialYes('Kindly arrange the revised quote with freight shown separately.')).toBe(false);
    expect(isPartialYes('试点可以', '试点可以，但这个价格太贵了，我们厨房的预算没那么多。')).toBe(false);
  });
});

describe('a bare 请: a request, or a courtesy that asks nothing', () => {
  it.each([
    ['收到。合同请年底前发过来。', '合同请年底前发过来。'],
    ['報價單請週五前回覆，謝謝', '報價單請週五前回覆，謝謝'],
    ['PO请尽快盖章回传', 'PO请尽快盖章回传'],
  ])('%s', (text, sentence) => {
    expect(findRequest(text)).toBe(sentence);
  });

  it.each(['请放心，我们年底前会给答复。', '請見諒，這週比較忙，下週再聯絡。', '初次合作，请多指教！', '我会请老板年底前签字。', '我们在走申请流程，请购单月底前批下来。', '请查收附件的签字版。'])('no request: %s', (text) => {
    expect(findRequest(text)).toBeNull();
  });
});

describe('a go-ahead to send a document of ours is a request (probe 2, V and S)', () => {
  it.each([
    ['ok, that answers it, go ahead and send the proposal.'],
    ['Fine, go ahead and share the contract.'],
    ['好的，那就把方案发过来吧。'],
    ['明白，可以把報價寄過來。'],
    ['咁冇問題，出份quotation嚟啦。'],
  ])('%s', (text) => {
    expect(findRequest(text)).not.toBeNull();
  });
  it.each([
    ['We will go ahead and send you the PO.'],
    ['他把方案发过来了，我们在看。'],
    ['佢已經出咗份quotation俾我哋。'],
  ])('no request: %s', (text) => {
    expect(findRequest(text)).toBeNull();
  });
});

describe('their ask for a quote or proposal reported in a note (fixN, probe4 fx02)', () => {
  it.each([
    'Call with Maria: Leeds wants in too - asked us to quote for 15 more seats by next Friday.',
    '黄总反馈一期用得不错，二期想把华南三个仓也上线，让我们下周前出个方案和报价。',
    '陳經理說一期用得不錯，二期想加兩個廠區，請我們下週前報價。',
    '陳生話想加多兩間分店，叫我哋出份quotation。',
  ])('%s', (text) => expect(findRequest(text)).not.toBeNull());
  it.each([
    // (we asked them, or nothing to produce)
    '我们让他们下周前出个方案。',
    'We asked them to send the PO by Friday.',
    '讓我們一起期待二期上線。',
  ])('none in %s', (text) => expect(findRequest(text)).toBeNull());
});
