import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

/*
 * Pages of other layout generations than the demo's own (demo/routes.ts GENERATION_ROUTES): what
 * each shows differently is read, and what the panel makes of it is what a rep needs.
 */

interface StoredDealRow {
  crm: string;
  record: { name: string; stage?: string; contacts: { name: string; role?: string; phone?: string; identity?: string }[]; activity: { text: string }[] };
}

test('a HubSpot deal showing its stage by the default pipeline\'s internal id maps it; a portal\'s numeric stage id is said to be not mapped', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/91020'));
  await expect(panel.getByTestId('deal-name')).toHaveText('Fernhill Dairy – Cold Chain Sensors');
  // The page's own word is kept; what it means in our SOP is HubSpot's "Decision maker bought-in".
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('decisionmakerboughtin');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('deal-stage-unmapped')).toHaveCount(0);
  await expect(panel.getByTestId('deal-decision-maker')).toHaveText('Decision maker: Aoife Brennan');

  const custom = await openPanelFor(await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/91021'));
  await expect(custom.getByTestId('deal-name')).toHaveText('Lakeshore Vet Clinics – Booking Suite');
  await expect(custom.getByTestId('deal-stage-unmapped')).toContainText('“1063991961” is not mapped to an SOP stage');
  await expect(custom.getByTestId('situation-stage')).toHaveText('1063991961 (not mapped)');
  await expect(custom.getByTestId('deal-sop-stage')).toHaveCount(0);
  const deals = await readStore<StoredDealRow>(custom, 'deals');
  expect(deals.map((d) => [d.record.name, d.record.stage]).sort()).toEqual([
    ['Fernhill Dairy – Cold Chain Sensors', 'decisionmakerboughtin'],
    ['Lakeshore Vet Clinics – Booking Suite', '1063991961'],
  ]);
});

test('a Salesforce Classic opportunity reads its Contact Roles with their roles on the org\'s own host; the primary contact is the deal\'s person', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://northwindtraders.my.salesforce.com/0065g00000KfYm7'));
  await expect(panel.getByTestId('deal-name')).toHaveText('Kestrel Freight – Yard Management Rollout');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  // The role column makes the decision maker known: authority is no BANT gap.
  await expect(panel.getByTestId('deal-decision-maker')).toHaveText('Decision maker: Svenja Okonkwo');
  await openCard(panel, 'deal-bant');
  await expect(panel.getByTestId('deal-gap-authority')).toHaveCount(0);
  // The primary contact role is the deal's person, though the list has Tobias first; the draft greets her.
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Svenja,/);
  await expect(panel.getByTestId('contact-name')).toHaveText('Svenja Okonkwo');
  await openCard(panel, 'deal-people');
  await expect(panel.getByTestId('deal-people').locator('li')).toHaveText([
    'Tobias Eckert · Technical Buyer · t.eckert@kestrel-freight.example',
    'Svenja Okonkwo · Economic Decision Maker · s.okonkwo@kestrel-freight.example',
    'Marta Brandt · Evaluator',
  ]);
  const deals = await readStore<StoredDealRow>(panel, 'deals');
  expect(deals[0]?.record.contacts.map((c) => [c.name, c.role, c.phone ?? null, c.identity])).toEqual([
    ['Tobias Eckert', 'Technical Buyer', '+49 203 555 0148', 'email:t.eckert@kestrel-freight.example'],
    ['Svenja Okonkwo', 'Economic Decision Maker', '+49 40 555 0190', 'email:s.okonkwo@kestrel-freight.example'],
    ['Marta Brandt', 'Evaluator', null, 'salesforce:0035g00000MaBrn'],
  ]);
  // Activity History is read, newest first; Open Activities (a task not done yet) is not.
  expect(deals[0]?.record.activity.map((a) => a.text)).toEqual(["Call: Svenja wants the liability cap at one year's fees", 'Email: Sent MSA draft v2 to Kestrel legal']);
  // The logged call is her last word: a contract objection, answered now, quoted without the "Call:" label.
  await expect(panel.getByTestId('objection-category')).toHaveText('Contract terms do not work');
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  await expect(panel.locator('.reply-quote')).toContainText('liability cap at one year');
  await expect(panel.locator('.reply-quote')).not.toContainText('Call:');
});

test('a 纷享销客 商机 on the UI PaaS page reads its 联系人 and 销售记录 tables: the decision maker, and the buying signal in the newest record', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f301'));
  await expect(panel.getByTestId('deal-name')).toHaveText('明远医疗 – 院内物流机器人二期');
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('方案/报价');
  await expect(panel.getByTestId('deal-decision-maker')).toHaveText('Decision maker: 赵静');
  // "尾款能不能分两期付": the newest 销售记录 asks to pay in instalments, a buying signal.
  await expect(panel.getByTestId('buying-signal').filter({ hasText: '分两期' })).toBeVisible();
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'move_to_contract');
  await openCard(panel, 'deal-people');
  await expect(panel.getByTestId('deal-people').locator('li')).toHaveText(['赵静 · 设备采购部经理 · 决策人 · zhaojing@mingyuan-med.example', '孙浩 · 信息科主任 · 技术把关']);
  const deals = await readStore<StoredDealRow>(panel, 'deals');
  expect(deals[0]?.record.activity.map((a) => a.text)).toEqual([
    '赵经理电话里说二期预算院里已经批了，问合同走哪个流程，尾款能不能分两期付。',
    '陪孙主任看了一期的现场，他最关心和 HIS 的接口，要我们出一份对接方案。',
  ]);
});

test('a LinkedIn profile of the 2026 server-driven generation (no h1, no card anchors) is read whole: name, headline, company, about, experience', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/lucia-fernandez-ortega-9c2b1a/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Lucía Fernández Ortega');
  await expect(panel.getByTestId('contact-headline')).toHaveText('Head of Supply Chain at Grupo Alvedra · Cold-chain and warehouse automation');
  await expect(panel.getByTestId('contact-company')).toHaveText('Grupo Alvedra');
  await expect(panel.getByTestId('contact-title')).toHaveText('Head of Supply Chain');
  await expect(panel.getByTestId('layout-error')).toHaveCount(0);
  const contacts = await readStore<{ name: string; about?: string; experience?: { title: string; company?: string }[] }>(panel, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]?.about).toMatch(/^I run supply chain for 38 stores/);
  expect(contacts[0]?.experience?.map((e) => [e.title, e.company])).toEqual([
    ['Head of Supply Chain', 'Grupo Alvedra'],
    ['Logistics Planning Manager', 'Frutas Levante S.L.'],
  ]);
});
