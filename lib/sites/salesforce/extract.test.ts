import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { salesforceAdapter } from '.';

const ORG = 'https://northwind.lightning.force.com';

describe('Salesforce Lightning records', () => {
  it('reads an opportunity on the 2023+ LWC layout, not the hidden earlier tab', () => {
    const url = `${ORG}/lightning/r/Opportunity/0065g00000HbLgQAAV/view`;
    const page = loadFixture('salesforce/opportunity--gen2024-lwc--2026-10-05.html', url);
    expect(salesforceAdapter.detect(page.url)).toBe('salesforce-opportunity');
    const result = salesforceAdapter.extract(page.document, page.url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { fields, ...record } = result.record ?? { fields: [] };
    expect(record).toEqual({
      type: 'deal',
      recordId: '0065g00000HbLgQAAV',
      name: 'Harbor Logistics – Fleet Visibility',
      stage: 'Proposal/Price Quote',
      amount: '$48,000.00',
      amountValue: 48_000,
      closeDate: '12/18/2026',
      closeAt: new Date(2026, 11, 18).getTime(),
      nextStep: 'Send proposal with pilot scope',
      owner: 'Sam Lee',
      account: 'Harbor Logistics',
      contacts: [
        { name: 'Wei Zhang', role: 'Decision Maker', title: 'Chief Operating Officer', email: 'wei.zhang@harborlogistics.example', identity: 'email:wei.zhang@harborlogistics.example' },
        { name: 'Tom Becker', role: 'Technical Buyer', title: 'IT Manager', identity: 'salesforce:0035g00000WzHoRAAV' },
      ],
      activity: [
        {
          text: 'Walked Wei through the pilot. She asked what the implementation timeline looks like if we start in January, and who the purchase order should be addressed to.',
          at: Date.parse('2026-10-02T15:30:00.000Z'),
        },
        { text: 'Sent the overview deck and two customer cases.', at: Date.parse('2026-09-18T09:00:00.000Z') },
      ],
    });
    expect(fields).toContainEqual({ label: 'Probability (%)', value: '75%' });
    expect(fields.map((f) => f.label)).not.toContain('Lead Source');
    expect(result.contact).toEqual({
      source: 'salesforce',
      identity: 'email:wei.zhang@harborlogistics.example',
      name: 'Wei Zhang',
      title: 'Chief Operating Officer',
      email: 'wei.zhang@harborlogistics.example',
      company: 'Harbor Logistics',
    });
  });

  it('reads an opportunity on the 2019–2022 Aura layout; an empty amount stays unknown', () => {
    const url = `${ORG}/lightning/r/0065g00000LoTuSAAV/view`;
    const page = loadFixture('salesforce/opportunity--gen2020-aura--2021-03-15.html', url);
    expect(salesforceAdapter.detect(page.url)).toBe('salesforce-opportunity');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok) throw new Error('expected a record');
    expect(result.record).toMatchObject({ name: 'Lotus Foods – Kitchen Pilot', stage: 'Id. Decision Makers', closeAt: new Date(2027, 2, 31).getTime(), owner: 'Sam Lee', account: 'Lotus Foods' });
    expect(result.record?.amount).toBeUndefined();
    expect(result.record?.contacts).toEqual([{ name: 'Li Wei', role: 'Evaluator', title: 'Head Chef', email: 'li.wei@lotusfoods.example', identity: 'email:li.wei@lotusfoods.example' }]);
    expect(result.record?.activity).toEqual([{ text: 'Sent the pilot plan for two kitchens.', at: new Date(2021, 1, 26).getTime() }]);
  });

  describe('a close date whose day and month read both ways (05/01/2027)', () => {
    const url = `${ORG}/lightning/r/Opportunity/0065g00000GbUkDAAV/view`;
    const read = (edit: (document: Document) => void = () => undefined) => {
      const page = loadFixture('salesforce/opportunity--en-gb--2026-12-06.html', url);
      edit(page.document);
      const result = salesforceAdapter.extract(page.document, page.url);
      if (!result.ok || !result.record) throw new Error('expected a record');
      return { closeDate: result.record.closeDate, closeAt: result.record.closeAt };
    };
    const JANUARY = { closeDate: '05/01/2027', closeAt: new Date(2027, 0, 5).getTime() };
    const MAY = { closeDate: '05/01/2027', closeAt: new Date(2027, 4, 1).getTime() };
    const UNCLEAR = { closeDate: '05/01/2027' };
    /** The activity's stamps written another way ("Dec 2, 2026") or not at all. */
    const stamps = (texts: string[]) => (document: Document) => document.querySelectorAll('time').forEach((time, i) => { time.textContent = texts[i] ?? ''; });
    const lang = (tag: string | null) => (document: Document) => (tag === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', tag));

    it('is 5 January in an en-GB org: its stamps ("2 Dec 2026") and its language say so', () => {
      expect(read()).toEqual(JANUARY);
      expect(read(stamps(['', '']))).toEqual(JANUARY);
    });

    it('is 5 January by the page’s other dates alone, in a UI language that says nothing of the order', () => {
      expect(read((d) => { lang('en')(d); })).toEqual(JANUARY);
      expect(read((d) => { lang(null)(d); stamps(['13/11/2026 09:30', ''])(d); })).toEqual(JANUARY);
    });

    it('is 1 May in a US org: "Dec 2, 2026" or "11/18/2026" beside it, or en-US declared', () => {
      expect(read((d) => { lang('en')(d); stamps(['Dec 2, 2026', 'Nov 18, 2026'])(d); })).toEqual(MAY);
      expect(read((d) => { lang('en-GB')(d); stamps(['', '11/18/2026 9:00 AM'])(d); })).toEqual(MAY);
      expect(read((d) => { lang('en-US')(d); stamps(['', ''])(d); })).toEqual(MAY);
    });

    it('is 5 January in a German, an Australian or a Hong Kong org, and in one whose body declares en-GB', () => {
      for (const tag of ['de', 'en-AU', 'zh-HK']) expect(read((d) => { lang(tag)(d); stamps(['', ''])(d); })).toEqual(JANUARY);
      expect(read((d) => { lang('en')(d); stamps(['', ''])(d); d.body.setAttribute('data-locale', 'en_GB'); })).toEqual(JANUARY);
    });

    it('stays text, not a date, when nothing on the page settles it or the page disagrees with itself', () => {
      expect(read((d) => { lang('en')(d); stamps(['', ''])(d); })).toEqual(UNCLEAR);
      expect(read((d) => { lang(null)(d); stamps(['', ''])(d); })).toEqual(UNCLEAR);
      expect(read((d) => { lang('en')(d); stamps(['Dec 2, 2026', '18 Nov 2026'])(d); })).toEqual(UNCLEAR);
      // Where its dates disagree, the locale it declares decides.
      expect(read((d) => { lang('en-GB')(d); stamps(['Dec 2, 2026', '18 Nov 2026'])(d); })).toEqual(JANUARY);
      // Chinese orgs write the year first: a day/month date there says nothing of its order.
      expect(read((d) => { lang('zh-CN')(d); stamps(['', ''])(d); })).toEqual(UNCLEAR);
    });
  });

  it('reads a contact (email lower-cased: the same person as in Gmail) and a lead', () => {
    const contact = loadFixture('salesforce/contact--gen2024-lwc--2026-10-05.html', `${ORG}/lightning/r/Contact/0035g00000WzHnQAAV/view`);
    expect(salesforceAdapter.detect(contact.url)).toBe('salesforce-contact');
    expect(salesforceAdapter.extract(contact.document, contact.url)).toEqual({
      ok: true,
      kind: 'salesforce-contact',
      contact: { source: 'salesforce', identity: 'email:wei.zhang@harborlogistics.example', name: 'Wei Zhang', title: 'Chief Operating Officer', company: 'Harbor Logistics', email: 'wei.zhang@harborlogistics.example', phone: '(415) 555-0142' },
    });
    const lead = loadFixture('salesforce/lead--gen2020-aura--2021-03-15.html', `${ORG}/lightning/r/Lead/00Q5g00000KsTrLAAV/view`);
    expect(salesforceAdapter.extract(lead.document, lead.url)).toEqual({
      ok: true,
      kind: 'salesforce-lead',
      contact: { source: 'salesforce', identity: 'email:aiko.tanaka@kestrel.example', name: 'Aiko Tanaka', title: 'VP Supply Chain', company: 'Kestrel Robotics', email: 'aiko.tanaka@kestrel.example', phone: '+81 3-5555-0199' },
    });
  });

  it('reads an opportunity in the 简体中文 UI by API names and related-list links, not English labels', () => {
    const url = 'https://hulian.lightning.force.com/lightning/r/Opportunity/0065g00000HuLiaAAB/view';
    const page = loadFixture('salesforce/opportunity--gen2024-lwc-zh-cn--2026-11.html', url);
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a record');
    const { fields, ...record } = result.record;
    expect(record).toEqual({
      type: 'deal',
      recordId: '0065g00000HuLiaAAB',
      name: '沪联物流 – 车队可视化平台',
      stage: '方案报价',
      // An admin renamed Amount to 合同总价: its API name still says what it is.
      amount: 'CN¥360,000.00',
      amountValue: 360_000,
      closeDate: '2027/1/15',
      closeAt: new Date(2027, 0, 15).getTime(),
      nextStep: '12月10日前发送含试点范围的报价',
      owner: '林思远',
      account: '沪联物流',
      // The contact roles card found by its link; the attachments card beside it and the hidden earlier tab are not people.
      contacts: [
        { name: '刘嘉怡', role: '决策者', title: '运营副总裁', email: 'liu.jiayi@hulian-logistics.example', identity: 'email:liu.jiayi@hulian-logistics.example' },
        { name: '陈志强', role: '技术买方', title: 'IT 经理', phone: '021-6088 1234', identity: 'salesforce:0035g00000HuChnAAB' },
      ],
      activity: [
        { text: '刘总确认了试点范围：先上 40 辆冷藏车。她问如果一月开工，实施周期多长，采购订单抬头写哪家公司。', at: Date.parse('2026-11-18T06:30:00.000Z') },
        { text: '发送了方案介绍和两个同行案例。', at: Date.parse('2026-11-04T02:00:00.000Z') },
      ],
    });
    expect(fields).toContainEqual({ label: '合同总价', value: 'CN¥360,000.00' });
    expect(fields.map((f) => f.label)).not.toContain('线索来源');
    expect(result.contact).toEqual({ source: 'salesforce', identity: 'email:liu.jiayi@hulian-logistics.example', name: '刘嘉怡', title: '运营副总裁', email: 'liu.jiayi@hulian-logistics.example', company: '沪联物流' });
  });

  it('reads no people from a translated card that does not link to contact roles', () => {
    const url = 'https://hulian.lightning.force.com/lightning/r/Opportunity/0065g00000HuLiaAAB/view';
    const page = loadFixture('salesforce/opportunity--gen2024-lwc-zh-cn--2026-11.html', url);
    for (const link of page.document.querySelectorAll('.oneContent.active a[href*="/related/OpportunityContactRoles/"]')) link.setAttribute('href', '/lightning/r/Opportunity/0065g00000HuLiaAAB/related/Partners/view');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok) throw new Error('expected a record');
    expect(result.record?.contacts).toEqual([]);
    expect(result.contact).toBeUndefined();
  });

  it('refuses a redesigned record page and says what is missing', () => {
    const page = loadFixture('salesforce/opportunity--broken-layout--2026-11-01.html', `${ORG}/lightning/r/Opportunity/0065g00000HbRnWAAV/view`);
    expect(salesforceAdapter.extract(page.document, page.url)).toEqual({
      ok: false,
      error: { code: 'layout-not-recognised', site: 'salesforce', kind: 'salesforce-opportunity', missing: ['record-name', 'fields'] },
    });
  });

  it.each([
    ['https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view', 'salesforce-opportunity'],
    ['https://northwind.lightning.force.com/lightning/r/0035g00000WzHnQAAV/view', 'salesforce-contact'],
    ['https://northwind.lightning.force.com/lightning/r/Lead/00Q5g00000KsTrL/view', 'salesforce-lead'],
    ['https://northwind.lightning.force.com/lightning/r/Account/0015g00000HbLgAAAV/view', null],
    ['https://northwind.lightning.force.com/lightning/o/Opportunity/list', null],
    ['https://northwind.lightning.force.com/lightning/r/Opportunity/0035g00000WzHnQAAV/view', null],
  ])('detects %s as %s', (url, kind) => {
    expect(salesforceAdapter.detect(new URL(url))).toBe(kind);
  });
  it('reads a Classic opportunity on the org\'s my.salesforce.com host: fields by their ids and labels, the owner without "[Change]", contacts from the related list', () => {
    const url = 'https://northwind.my.salesforce.com/0065g00000HbCl4';
    const page = loadFixture('salesforce/opportunity--classic--2026-11.html', url);
    expect(salesforceAdapter.detect(page.url)).toBe('salesforce-opportunity');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record).toMatchObject({
      type: 'deal',
      recordId: '0065g00000HbCl4',
      name: 'Harbor Logistics – Fleet Telematics',
      stage: 'Proposal/Price Quote',
      amount: 'USD 48,000.00',
      amountValue: 48_000,
      closeAt: new Date(2026, 11, 18).getTime(),
      nextStep: 'Security review with their IT on 9 December',
      owner: 'Sam Lee',
      account: 'Harbor Logistics',
      contacts: [{ name: 'Wei Zhang', email: 'wei@harbor.example', identity: 'email:wei@harbor.example' }],
    });
    expect(result.contact).toMatchObject({ name: 'Wei Zhang', email: 'wei@harbor.example' });
  });

  it.each([
    ['English', 'salesforce/opportunity--classic-contact-roles--2026-12-05.html', ['Technical Buyer', 'Economic Decision Maker', 'Evaluator']],
    ['简体中文', 'salesforce/opportunity--classic-zh-cn--2026-12.html', ['技术买方', '经济决策者', '评估者']],
  ])('reads a Classic opportunity\'s Contact Roles (%s UI) by their column headers: role, phone; the primary contact is the deal\'s person', (_ui, file, [technical, economic, evaluator]) => {
    const page = loadFixture(file, 'https://northwindtraders.my.salesforce.com/0065g00000KfYm7');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.contacts).toEqual([
      { name: 'Tobias Eckert', email: 't.eckert@kestrel-freight.example', phone: '+49 203 555 0148', role: technical, identity: 'email:t.eckert@kestrel-freight.example' },
      { name: 'Svenja Okonkwo', email: 's.okonkwo@kestrel-freight.example', phone: '+49 40 555 0190', role: economic, identity: 'email:s.okonkwo@kestrel-freight.example' },
      // No email shown: the link to her contact record is who she is.
      { name: 'Marta Brandt', role: evaluator, identity: 'salesforce:0035g00000MaBrn' },
    ]);
    expect(result.record).toMatchObject({ stage: _ui === 'English' ? 'Negotiation/Review' : '谈判/审查', amountValue: 126_500, closeAt: new Date(2026, 11, 22).getTime(), owner: 'Sam Lee', account: 'Kestrel Freight GmbH' });
    // Svenja's row has the Primary box checked: she is the deal's contact, though listed second.
    expect(result.contact).toMatchObject({ name: 'Svenja Okonkwo', company: 'Kestrel Freight GmbH' });
    // Without the checked box, the first person with an identity is.
    for (const box of page.document.querySelectorAll('img[src*="checkbox_checked"]')) box.setAttribute('src', '/img/checkbox_unchecked.gif');
    const unmarked = salesforceAdapter.extract(page.document, page.url);
    expect(unmarked.ok && unmarked.contact?.name).toBe('Tobias Eckert');
  });

  it.each([
    ['English', 'salesforce/opportunity--classic-contact-roles--2026-12-05.html', [
      { text: "Call: Svenja wants the liability cap at one year's fees", at: new Date(2026, 11, 3).getTime() },
      { text: 'Email: Sent MSA draft v2 to Kestrel legal', at: new Date(2026, 10, 24).getTime() },
    ]],
    ['简体中文', 'salesforce/opportunity--classic-zh-cn--2026-12.html', [{ text: '电话：Svenja 希望责任上限为一年服务费', at: new Date(2026, 11, 3).getTime() }]],
  ])('reads a Classic opportunity\'s Activity History (%s UI): each logged activity\'s subject on its due date; Open Activities, not yet done, are not read', (_ui, file, expected) => {
    const page = loadFixture(file, 'https://northwindtraders.my.salesforce.com/0065g00000KfYm7');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.activity).toEqual(expected);
    expect(JSON.stringify(result.record.activity)).not.toContain('redlined');
  });

  it('reads no role or phone from a Classic related list whose cells do not line up with its header row', () => {
    const page = loadFixture('salesforce/opportunity--classic-contact-roles--2026-12-05.html', 'https://northwindtraders.my.salesforce.com/0065g00000KfYm7');
    // A column more in the header than in the rows (a customised list, half rendered): no cell is read by a wrong header.
    page.document.querySelector('.opportunityContactRoleBlock tr.headerRow')?.insertAdjacentHTML('beforeend', '<th scope="col">Title</th>');
    const result = salesforceAdapter.extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.contacts.map((c) => [c.name, c.role, c.phone])).toEqual([
      ['Tobias Eckert', undefined, undefined],
      ['Svenja Okonkwo', undefined, undefined],
      ['Marta Brandt', undefined, undefined],
    ]);
    // Her row's checked box still says who the primary contact is.
    expect(result.contact?.name).toBe('Svenja Okonkwo');
  });

  it.each([
    ['https://northwind.my.salesforce.com/0065g00000HbCl4', 'salesforce-opportunity'],
    ['https://northwind.my.salesforce.com/0065g00000HbCl4AAF', 'salesforce-opportunity'],
    ['https://northwind.my.salesforce.com/0035g00000WzHnQ', 'salesforce-contact'],
    ['https://northwind.my.salesforce.com/00Q5g00000KsTrL', 'salesforce-lead'],
    ['https://northwind.my.salesforce.com/006/o', null],
    ['https://northwind.my.salesforce.com/services/oauth2/authorize', null],
    ['https://northwind.my.salesforce.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view', 'salesforce-opportunity'],
    // A bare id path is Classic only on the Classic host.
    ['https://northwind.lightning.force.com/0065g00000HbCl4', null],
  ])('detects the Classic URL %s as %s', (url, kind) => {
    expect(salesforceAdapter.detect(new URL(url))).toBe(kind);
  });
});
