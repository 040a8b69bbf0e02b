import { describe, expect, it } from 'vitest';
import { findProcurementStep, portalAsk } from './procurement';

describe('a supplier portal step: what it asks of us', () => {
  it.each([
    ['Unfortunately we cannot accept quotes by email. Please register as a supplier on our Coupa portal and submit the quote there by 15 December.', 'quote_by'],
    ['All bids must go through our Jaggaer tender portal before the deadline on Friday.', 'quote_by'],
    ['请在我们的供应商平台注册，并于12月15日前在平台上提交报价。', 'quote_by'],
    ['報價請透過我們的採購平台提交，截止日期是月底。', 'quote_by'],
    ['Could you upload your proposal to our Ariba network instead?', 'quote'],
    ['麻烦通过供应商平台上传报价，邮件的我们这边不收。', 'quote'],
    ['Procurement needs you to register as a supplier in our Ariba network and upload a W-9 and a certificate of insurance.', 'forms'],
    ['Before we can issue the contract please register on our Coupa supplier portal and complete the banking and tax sections.', 'forms'],
    ['签约前需要我们先在他们的供应商管理系统完成入库，上传营业执照和近三年财报。', 'forms'],
    ['簽約之前要喺我哋嘅供應商平台註冊，填埋銀行資料。', 'forms'],
  ] as const)('%s → %s', (text, ask) => {
    const sentence = findProcurementStep(text);
    expect(sentence).not.toBeNull();
    expect(portalAsk(sentence ?? '')).toBe(ask);
  });
});
