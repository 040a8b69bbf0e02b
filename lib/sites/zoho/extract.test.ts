import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { zohoAdapter } from '.';

const ORG = 'https://crm.zoho.com/crm/org60012345678';

describe('Zoho CRM records', () => {
  it('reads a contact; an em dash is an empty field', () => {
    const page = loadFixture('zoho/contact--2024--2026-10-05.html', `${ORG}/tab/Contacts/4876876000000987001`);
    expect(zohoAdapter.detect(page.url)).toBe('zoho-contact');
    expect(zohoAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'zoho-contact',
      contact: { source: 'zoho', identity: 'email:rahul.mehta@anandtextiles.example', name: 'Rahul Mehta', title: 'Procurement Manager', company: 'Anand Textiles', email: 'rahul.mehta@anandtextiles.example', phone: '+91 98200 55501' },
    });
  });

  it('reads a deal (the Potentials module): Indian digit grouping, contact roles, notes', () => {
    const page = loadFixture('zoho/deal--2024--2026-10-05.html', `${ORG}/tab/Potentials/4876876000001234001`);
    expect(zohoAdapter.detect(page.url)).toBe('zoho-deal');
    const result = zohoAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      name: 'Anand Textiles – Dye House Monitoring',
      stage: 'Negotiation/Review',
      amount: '₹ 42,00,000.00',
      amountValue: 4_200_000,
      closeAt: new Date(2027, 0, 15).getTime(),
      account: 'Anand Textiles',
      nextStep: 'Revised quote with annual billing',
      contacts: [{ name: 'Rahul Mehta', role: 'Purchasing', email: 'rahul.mehta@anandtextiles.example', identity: 'email:rahul.mehta@anandtextiles.example' }],
    });
    expect(result.record.activity).toHaveLength(1);
    expect(result.record.activity[0]?.text).toMatch(/price is too high/);
    expect(result.record.activity[0]?.at).toBe(Date.parse('Sep 8, 2026 04:20 PM'));
  });

  it('reads an ambiguous closing date in the order the org’s own stamps show: dd/MM/yyyy in India, MMM d, yyyy in the US', () => {
    const closing = (closeDate: string, noteTime: string) => {
      const page = loadFixture('zoho/deal--2024--2026-10-05.html', `${ORG}/tab/Potentials/4876876000001234001`);
      const field = page.document.querySelector('#subvalue_CLOSINGDATE');
      const note = page.document.querySelector('.noteTime');
      if (field) field.textContent = closeDate;
      note?.setAttribute('title', noteTime);
      if (note) note.textContent = noteTime;
      const result = zohoAdapter.extract(page.document, page.url);
      return result.ok ? result.record?.closeAt : 'not read';
    };
    expect(closing('05/01/2027', '13/09/2026 04:20 PM')).toBe(new Date(2027, 0, 5).getTime());
    expect(closing('05/01/2027', 'Sep 13, 2026 04:20 PM')).toBe(new Date(2027, 4, 1).getTime());
    expect(closing('05-01-2027', '13-09-2026 16:20')).toBe(new Date(2027, 0, 5).getTime());
    // Nothing else dated on the page, and an English UI: not guessed.
    expect(closing('05/01/2027', 'a few minutes ago')).toBeUndefined();
  });

  it('reads a deal on the redesigned (crux) detail page in the 简体中文 UI, by column names rather than labels', () => {
    const page = loadFixture('zoho/deal--crux-zh-cn--2026-11.html', 'https://crm.zoho.com.cn/crm/org41000123456/tab/Potentials/4100000000123001');
    const result = zohoAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    const { fields, ...record } = result.record;
    expect(record).toEqual({
      type: 'deal',
      recordId: '4100000000123001',
      name: '苏州恒润精密 – 产线数据采集',
      stage: '谈判/审查',
      amount: '¥ 580,000.00',
      amountValue: 580_000,
      closeDate: '2027-01-20',
      closeAt: new Date(2027, 0, 20).getTime(),
      // The admin renamed Next Step to 后续动作: the row's column (NEXTSTEP) still says what it is.
      nextStep: '周五前发修订报价（按年付）',
      owner: '林思远',
      account: '苏州恒润精密机械有限公司',
      // The Contact Name row's contact, not the recently visited contact in the side panel.
      contacts: [{ name: '顾晓雯', identity: 'zoho:4100000000123501' }],
      activity: [],
    });
    // Section rows once each (the business card above them repeats the stage and owner); an em dash is empty.
    expect(fields.map((f) => f.label)).toEqual(['商机所有者', '金额', '商机名称', '结束日期', '客户名称', '阶段', '联系人名称', '类型', '可能性 (%)', '后续动作', '描述']);
    expect(result.contact).toEqual({ source: 'zoho', identity: 'zoho:4100000000123501', name: '顾晓雯', company: '苏州恒润精密机械有限公司' });
  });

  it('reads a contact on the redesigned page in the 繁體中文 UI: the header name, fields by column, not the manager they report to', () => {
    const page = loadFixture('zoho/contact--crux-zh-hant--2026-11.html', 'https://crm.zoho.com/crm/org52000123456/tab/Contacts/5200000000224501');
    expect(zohoAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'zoho-contact',
      contact: { source: 'zoho', identity: 'email:chen.meihua@hsinchu-chiptest.example', name: '陳美華', title: '採購經理', company: '新竹晶片測試股份有限公司', email: 'chen.meihua@hsinchu-chiptest.example', phone: '03-578 1234 分機 215' },
    });
  });

  it('refuses a crux page whose deal shows no stage rather than guessing one', () => {
    const page = loadFixture('zoho/deal--crux-zh-cn--2026-11.html', 'https://crm.zoho.com.cn/crm/org41000123456/tab/Potentials/4100000000123001');
    page.document.querySelector('#detail_tab_content [data-zcqa="dtVw_lbl_STAGE"]')?.closest('.cxDvBcInfoFormRow')?.remove();
    expect(zohoAdapter.extract(page.document, page.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'zoho', kind: 'zoho-deal', missing: ['stage'] } });
  });

  it('refuses a redesigned detail view', () => {
    const page = loadFixture('zoho/deal--broken-layout--2026-11-01.html', 'https://crm.zoho.com.cn/crm/org60012345678/tab/Potentials/4876876000001234002');
    expect(zohoAdapter.extract(page.document, page.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'zoho', kind: 'zoho-deal', missing: ['record'] } });
  });

  it.each([
    ['https://crm.zoho.com/crm/org60012345678/tab/Leads/4876876000000111001', 'zoho-lead'],
    ['https://crm.zoho.com.cn/crm/tab/Contacts/4876876000000987001', 'zoho-contact'],
    ['https://crm.zoho.eu/crm/org1/tab/Deals/4876876000001234001', 'zoho-deal'],
    ['https://crm.zoho.com/crm/org60012345678/tab/Accounts/4876876000000654001', null],
    ['https://crm.zoho.com/crm/org60012345678/tab/Potentials/custom-view/list', null],
  ])('detects %s as %s', (url, kind) => {
    expect(zohoAdapter.detect(new URL(url))).toBe(kind);
  });
});
