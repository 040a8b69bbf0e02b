import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { hubspotAdapter } from '.';

describe('HubSpot records', () => {
  // Found by the fixture fuzz (tests/unit/fuzz-fixtures.test.ts): the entry's header ("Email Sep 24, 2026") was read as its text.
  it('leaves out an activity entry whose text element is gone rather than reading its header as the text', () => {
    const page = loadFixture('hubspot/deal--contract-sent--2026-10-05.html', 'https://app.hubspot.com/contacts/24681357/record/0-3/90817');
    const before = hubspotAdapter.extract(page.document, page.url);
    page.document.querySelectorAll('[data-selenium-test="timeline-card-body"]')[1]?.remove();
    const result = hubspotAdapter.extract(page.document, page.url);
    const texts = (r: typeof result) => (r.ok ? (r.record?.activity.map((a) => a.text) ?? []) : []);
    expect(texts(result)).toEqual(texts(before).filter((_, i) => i !== 1));
  });

  it('reads a contact, including a value shown in an inline-edit input', () => {
    const page = loadFixture('hubspot/contact--2024--2026-10-05.html', 'https://app.hubspot.com/contacts/24681357/record/0-1/51234');
    expect(hubspotAdapter.detect(page.url)).toBe('hubspot-contact');
    expect(hubspotAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'hubspot-contact',
      contact: { source: 'hubspot', identity: 'email:maria.gonzalez@brightline.example', name: 'Maria Gonzalez', title: 'Head of Operations', company: 'Brightline Retail', email: 'maria.gonzalez@brightline.example', phone: '+1 (312) 555-0117' },
    });
  });

  it('reads a deal: stage without the dropdown button text, amount, close date, associated contact with label, timeline', () => {
    const page = loadFixture('hubspot/deal--contract-sent--2026-10-05.html', 'https://app.hubspot.com/contacts/24681357/record/0-3/90817');
    expect(hubspotAdapter.detect(page.url)).toBe('hubspot-deal');
    const result = hubspotAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      type: 'deal',
      recordId: '90817',
      name: 'Brightline Retail – Store Ops Suite',
      stage: 'Contract sent',
      amount: '$36,000',
      amountValue: 36_000,
      closeAt: new Date(2026, 10, 30).getTime(),
      owner: 'Sam Lee',
      nextStep: 'Chase the signed contract',
      contacts: [{ name: 'Maria Gonzalez', title: 'Head of Operations', email: 'maria.gonzalez@brightline.example', role: 'Decision maker', identity: 'email:maria.gonzalez@brightline.example' }],
    });
    expect(result.record.activity[0]?.at).toBe(Date.parse('2026-10-01T10:12:00.000Z'));
    expect(result.record.activity[0]?.text).toMatch(/^Maria's legal team agreed the acceptance criteria/);
    expect(result.record.fields).toContainEqual({ label: 'Payment terms', value: '50% at signing, 30% at go-live, 20% at acceptance' });
    expect(result.contact?.identity).toBe('email:maria.gonzalez@brightline.example');
  });

  it('refuses a redesigned record page', () => {
    const page = loadFixture('hubspot/deal--broken-layout--2026-11-01.html', 'https://app.hubspot.com/contacts/24681357/record/0-3/90818');
    expect(hubspotAdapter.extract(page.document, page.url)).toEqual({ ok: false, error: { code: 'layout-not-recognised', site: 'hubspot', kind: 'hubspot-deal', missing: ['record'] } });
  });

  it.each([
    ['https://app.hubspot.com/contacts/24681357/record/0-1/51234', 'hubspot-contact'],
    ['https://app.hubspot.com/contacts/24681357/contact/51234/', 'hubspot-contact'],
    ['https://app-eu1.hubspot.com/contacts/24681357/record/0-3/90817/', 'hubspot-deal'],
    ['https://app.hubspot.com/contacts/24681357/deal/90817/', 'hubspot-deal'],
    ['https://app.hubspot.com/contacts/24681357/record/0-2/7001', null],
    ['https://app.hubspot.com/contacts/24681357/objects/0-3/views/all/board', null],
  ])('detects %s as %s', (url, kind) => {
    expect(hubspotAdapter.detect(new URL(url))).toBe(kind);
  });

  it('reads a deal in the 简体中文 UI by property names, on a page without the record-page wrapper, never from the preview of another record', () => {
    const page = loadFixture('hubspot/deal--gen2024-zh-cn--2026-11.html', 'https://app.hubspot.com/contacts/39012345/record/0-3/77001');
    const result = hubspotAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    const { fields, ...record } = result.record;
    expect(record).toEqual({
      type: 'deal',
      recordId: '77001',
      name: '鼎泰电子 – 质检系统升级',
      stage: '已发送合同',
      amount: '¥260,000',
      amountValue: 260_000,
      closeDate: '2026年12月31日',
      closeAt: new Date(2026, 11, 31).getTime(),
      // Renamed to 跟进计划 by the portal, shown in an inline-edit input: hs_next_step all the same.
      nextStep: '12月5日前拿到盖章合同',
      owner: '林思远',
      contacts: [
        { name: '郑国华', email: 'zheng.guohua@dingtai-elec.example', identity: 'email:zheng.guohua@dingtai-elec.example' },
        { name: '何静', identity: 'hubspot:80413' },
      ],
      activity: [
        { text: '郑总说法务已经看过合同，只剩付款节点要改成 40/40/20。他问能不能下周一前把修改版发过去。', at: Date.parse('2026-11-24T03:10:00.000Z') },
        { text: '已发送合同供审阅。', at: Date.parse('2026-11-18T01:00:00.000Z') },
      ],
    });
    // The previewed contact's email and job title are hers, not the deal's; "--" is an empty priority.
    expect(fields.map((f) => f.label)).toEqual(['交易名称', '管道', '交易阶段', '金额', '成交日期', '交易所有者', '跟进计划']);
    expect(result.contact).toEqual({ source: 'hubspot', identity: 'email:zheng.guohua@dingtai-elec.example', name: '郑国华', email: 'zheng.guohua@dingtai-elec.example' });
  });
});
