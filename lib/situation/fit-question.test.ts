import { describe, expect, it } from 'vitest';
import { asksWhetherItFits } from './fit-question';

describe('whether it fits, asked', () => {
  it('is a plain question about what it works with', () => {
    for (const text of ['Does it integrate with Shopify?', 'Can your platform sync with NetSuite?', '你哋個系統支唔支援SAP？', '你们的系统能不能和金蝶对接？', '可以跟我們的鼎新ERP對接嗎？']) expect(asksWhetherItFits(text, text), text).toBe(true);
  });

  it('is not a doubt, nor a claim that it does not fit', () => {
    for (const text of ["It doesn't integrate with our SAP, does it?", '請問貴公司的系統真的可以跟我們的鼎新ERP對接嗎？', 'Does it really work with SAP, or is that the brochure?', '和我们的系统不兼容，能不能对接？', 'How much does it cost?']) expect(asksWhetherItFits(text, text), text).toBe(false);
  });
});
