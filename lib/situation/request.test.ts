import { describe, expect, it } from 'vitest';
import { findRequest } from './request';

describe('findRequest: something asked of us without a question mark', () => {
  it.each([
    ['Thanks Sam. Kindly arrange the revised quote with freight shown separately.', 'Kindly arrange the revised quote with freight shown separately.'],
    ['All good on our side. Can you pop the slides over to Priya as well, she missed the call.', 'Can you pop the slides over to Priya as well, she missed the call.'],
    ['We will need a signed NDA before we share the data set.', 'We will need a signed NDA before we share the data set.'],
    ["Hi, we haven't received the onboarding pack yet.", "Hi, we haven't received the onboarding pack yet."],
    ['Great call. Send me the deck and the pilot outline when you can.', 'Send me the deck and the pilot outline when you can.'],
    ['請您再寄一份紙本合約到新竹廠，謝謝。', '請您再寄一份紙本合約到新竹廠，謝謝。'],
    ['报价单还没收到，帮忙看一下。', '报价单还没收到，帮忙看一下。'],
    ['需要你们提供近三年的审计报告。', '需要你们提供近三年的审计报告。'],
    ['我哋想先傾吓續約價錢', '我哋想先傾吓續約價錢'],
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
  ])('no request: %s', (text) => {
    expect(findRequest(text)).toBeNull();
  });
});
