import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { fxiaokeAdapter } from '.';

const HOME = 'https://www.fxiaoke.com/XV/UI/Home';

describe('Fxiaoke 纷享销客 records', () => {
  it('reads a 商机 with Chinese labels, its stage bar, 联系人 with role, and the 销售记录', () => {
    const page = loadFixture('fxiaoke/opportunity--2024--2026-10-20.html', `${HOME}#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1`);
    expect(fxiaokeAdapter.detect(page.url)).toBe('fxiaoke-opportunity');
    const result = fxiaokeAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      type: 'deal',
      name: '华南冷链 – 冷库温控升级项目',
      stage: '需求确定',
      amount: '¥800,000.00',
      amountValue: 800_000,
      closeAt: new Date(2026, 11, 31).getTime(),
      owner: '李强',
      account: '华南冷链物流有限公司',
      contacts: [{ name: '王芳', title: '采购总监', role: '决策人', phone: '138 0013 8000', email: 'wangfang@hncold.example', identity: 'email:wangfang@hncold.example' }],
      activity: [{ text: '王总说方案不错，问我们什么时候能上线，合同流程怎么走。', at: new Date(2026, 9, 20, 14, 5).getTime() }],
    });
    expect(result.record.fields.map((f) => f.label)).not.toContain('备注');
  });

  it('reads a 联系人 (label with a full-width colon) and a 客户 with its contacts', () => {
    const contact = loadFixture('fxiaoke/contact--2024--2026-10-20.html', `${HOME}#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1e0`);
    expect(fxiaokeAdapter.extract(contact.document, contact.url)).toEqual({
      ok: true,
      kind: 'fxiaoke-contact',
      contact: { source: 'fxiaoke', identity: 'email:wangfang@hncold.example', name: '王芳', title: '采购总监', company: '华南冷链物流有限公司', email: 'wangfang@hncold.example', phone: '138 0013 8000' },
    });
    const account = loadFixture('fxiaoke/account--2024--2026-10-20.html', `${HOME}#crm/detail/=/AccountObj/6571a2b3c4d5e6f708192a3b`);
    const result = fxiaokeAdapter.extract(account.document, account.url);
    if (!result.ok || !result.record) throw new Error('expected an account');
    expect(result.record).toMatchObject({ type: 'account', name: '华南冷链物流有限公司', account: '华南冷链物流有限公司', owner: '李强' });
    expect(result.record.stage).toBeUndefined();
    expect(result.record.contacts.map((c) => [c.name, c.identity])).toEqual([
      ['王芳', 'email:wangfang@hncold.example'],
      ['陈伟', 'fxiaoke:6571c0d1e2f3a4b5c6d7e8f9'],
    ]);
    expect(result.record.activity).toEqual([{ text: '2026-10-20', at: new Date(2026, 9, 20).getTime() }]);
  });

  it('does not read the previous view as the record the URL already names (the hash changes before the view)', () => {
    // The URL says 联系人; the document still shows the 商机 it came from.
    const stale = loadFixture('fxiaoke/opportunity--2024--2026-10-20.html', `${HOME}#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1e0`);
    expect(fxiaokeAdapter.extract(stale.document, stale.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'fxiaoke', kind: 'fxiaoke-contact', missing: ['record-object'] } });
  });

  it('reads a 商机 on the UI PaaS detail page by its fields\' API names (a renamed stage label, employees as links, system fields not taken for the owner)', () => {
    const page = loadFixture('fxiaoke/opportunity--faci--2026-11.html', `${HOME}#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0c1`);
    const result = fxiaokeAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      type: 'deal',
      name: '恒润精密 – 产线数据采集一期',
      stage: '谈判审核',
      amount: '580,000.00',
      amountValue: 580_000,
      closeAt: new Date(2027, 0, 20).getTime(),
      owner: '林思远',
      account: '苏州恒润精密机械有限公司',
      contacts: [],
    });
    expect(result.record.fields.map((f) => f.label)).toContain('推进阶段');
    expect(result.record.fields.map((f) => f.label)).not.toContain('备注');
  });

  const RELATED = `${HOME}#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f301`;

  it('reads a 商机\'s 联系人 and 销售记录 on the UI PaaS detail page, as the older page\'s people and feed', () => {
    const page = loadFixture('fxiaoke/opportunity--faci-related--2026-12-05.html', RELATED);
    const result = fxiaokeAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({ name: '明远医疗 – 院内物流机器人二期', stage: '方案/报价', amountValue: 1_260_000, account: '杭州明远医疗集团有限公司' });
    expect(result.record.contacts).toEqual([
      { name: '赵静', title: '设备采购部经理', role: '决策人', phone: '139 5712 0468', email: 'zhaojing@mingyuan-med.example', identity: 'email:zhaojing@mingyuan-med.example' },
      // "--" is an empty phone; without an email, the link to the contact's record is who he is.
      { name: '孙浩', title: '信息科主任', role: '技术把关', identity: 'fxiaoke:6571b9c8d7e6f5a4b3c2d302' },
    ]);
    expect(result.record.activity).toEqual([
      { text: '赵经理电话里说二期预算院里已经批了，问合同走哪个流程，尾款能不能分两期付。', at: new Date(2026, 11, 4, 15, 30).getTime() },
      { text: '陪孙主任看了一期的现场，他最关心和 HIS 的接口，要我们出一份对接方案。', at: new Date(2026, 10, 26, 10, 5).getTime() },
    ]);
    // The related lists' cells are no fields of the deal.
    expect(result.record.fields.map((f) => f.label)).not.toContain('姓名');
    expect(result.contact).toMatchObject({ name: '赵静', company: '杭州明远医疗集团有限公司' });
  });

  it('reads the UI PaaS 联系人 table by its column headers where the cells carry other API names (繁體中文 headers)', () => {
    const page = loadFixture('fxiaoke/opportunity--faci-related--2026-12-05.html', RELATED);
    const contacts = page.document.querySelector('[data-apiname="ContactObj"]');
    const headers: Record<string, string> = { 'th-job_title': '職務', 'th-contact_role': '聯絡人角色', 'th-mobile1': '手機', 'th-email': '電子郵件' };
    for (const th of contacts?.querySelectorAll('th') ?? []) {
      const known = [...th.classList].find((c) => Object.hasOwn(headers, c));
      const cell = th.querySelector('.cell');
      if (known && cell) cell.textContent = headers[known] ?? '';
    }
    // A tenant's own fields in place of the standard ones: only the header says what each column is.
    for (const td of contacts?.querySelectorAll('td:not(.td-name)') ?? []) td.className = td.className.replace(/td-\w+/, 'td-field_x9Kq2__c');
    const result = fxiaokeAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.contacts[0]).toEqual({ name: '赵静', title: '设备采购部经理', role: '决策人', phone: '139 5712 0468', email: 'zhaojing@mingyuan-med.example', identity: 'email:zhaojing@mingyuan-med.example' });
  });

  it('reads a 聯絡人 on the UI PaaS detail page in the 繁體中文 UI', () => {
    const page = loadFixture('fxiaoke/contact--faci-zh-hant--2026-11.html', `${HOME}#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1f2`);
    expect(fxiaokeAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'fxiaoke-contact',
      contact: { source: 'fxiaoke', identity: 'email:yijun.chen@hongsheng.example', name: '陳怡君', title: '採購經理', company: '宏昇精密工業股份有限公司', email: 'yijun.chen@hongsheng.example', phone: '0912 345 678' },
    });
  });

  it('does not read a UI PaaS view of another kind of record than the URL names (its fields say which)', () => {
    const deal = loadFixture('fxiaoke/opportunity--faci--2026-11.html', `${HOME}#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1f2`);
    expect(fxiaokeAdapter.extract(deal.document, deal.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'fxiaoke', kind: 'fxiaoke-contact', missing: ['record-object'] } });
    const person = loadFixture('fxiaoke/contact--faci-zh-hant--2026-11.html', `${HOME}#crm/detail/=/AccountObj/6571a2b3c4d5e6f708192c02`);
    expect(fxiaokeAdapter.extract(person.document, person.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'fxiaoke', kind: 'fxiaoke-account', missing: ['record-object'] } });
    // Where an element around the fields names the object, that decides, as on the older page.
    person.document.querySelector('.faci-detail')?.setAttribute('data-apiname', 'ContactObj');
    expect(fxiaokeAdapter.extract(person.document, person.url)).toMatchObject({ ok: false, error: { missing: ['record-object'] } });
    const contactUrl = new URL(`${HOME}#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1f2`);
    expect(fxiaokeAdapter.extract(person.document, contactUrl)).toMatchObject({ ok: true, kind: 'fxiaoke-contact' });
  });

  it('refuses a redesigned detail page', () => {
    const page = loadFixture('fxiaoke/opportunity--broken-layout--2026-11-01.html', `${HOME}#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a2`);
    expect(fxiaokeAdapter.extract(page.document, page.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'fxiaoke', kind: 'fxiaoke-opportunity', missing: ['record'] } });
  });

  it.each([
    [`${HOME}#crm/detail/=/AccountObj/6571a2b3c4d5e6f708192a3b`, 'fxiaoke-account'],
    [`${HOME}#crm/detail/=/OpportunityObj/6571d2e3f4a5b6c7d8e9f0a1`, 'fxiaoke-opportunity'],
    [`${HOME}#crm/list/=/NewOpportunityObj`, null],
    [`${HOME}#crm/detail/=/LeadsObj/6571d2e3f4a5b6c7d8e9f0a1`, null],
  ])('detects %s as %s', (url, kind) => {
    expect(fxiaokeAdapter.detect(new URL(url))).toBe(kind);
  });
});
