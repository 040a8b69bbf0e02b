import { readFileSync } from 'node:fs';
import { demoDate, mediumDate } from './demo-dates';
import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

interface StoredDealRow {
  id: string;
  crm: string;
  record: { name: string; stage?: string; amount?: string; amountValue?: number; closeAt?: number; owner?: string; account?: string; contacts: { name: string; identity?: string }[] };
  contactIds: string[];
}
interface StoredContactRow {
  id: string;
  name: string;
  identities: string[];
  sources: string[];
  email?: string;
  phone?: string;
  title?: string;
  company?: string;
}

const SF = 'https://northwind.lightning.force.com';

test('a Salesforce opportunity (2023+ Lightning) shows its SOP stage, BANT and buying signal, and the one next step its people follow; a contact role opens in place', async ({ openSitePage, openPanelFor }) => {
  const page = await openSitePage(`${SF}/lightning/r/Opportunity/0065g00000HbLgQAAV/view`);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('Harbor Logistics – Fleet Visibility');
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('Proposal/Price Quote');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('deal-amount')).toHaveText('$48,000');
  await expect(panel.getByTestId('deal-close-date')).toHaveText(mediumDate(demoDate('salesforce/opportunity--gen2024-lwc--2026-10-05.html', 2026, 12, 18)));
  await expect(panel.getByTestId('deal-decision-maker')).toHaveText('Decision maker: Wei Zhang');
  await openCard(panel, 'deal-bant');
  await expect(panel.getByTestId('deal-bant-complete')).toBeVisible();
  await expect(panel.getByTestId('buying-signal').first()).toContainText('implementation timeline');
  // One judgment for the deal and its people: the buying signal in the newest activity moves it to contract.
  await expect(panel.getByTestId('next-step')).toHaveCount(1);
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'move_to_contract');
  // The thread is past the CRM's stage: the header is where the thread is, the CRM's stage its note.
  await expect(panel.getByTestId('situation-stage')).toHaveText('Contract');
  await expect(panel.getByTestId('header-crm-still')).toHaveText('CRM still says “Proposal/Price Quote”');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier A');
  await expect(panel.getByTestId('exit-signed')).not.toBeChecked();
  // The primary contact of the deal is the person card below it, with no stage of their own.
  await expect(panel.getByTestId('contact-name')).toHaveText('Wei Zhang');
  await expect(panel.getByText('Prospecting')).toHaveCount(0);

  const deals = await readStore<StoredDealRow>(panel, 'deals');
  expect(deals).toHaveLength(1);
  expect(deals[0]?.record).toMatchObject({ name: 'Harbor Logistics – Fleet Visibility', stage: 'Proposal/Price Quote', amountValue: 48_000, owner: 'Sam Lee', account: 'Harbor Logistics' });
  expect(deals[0]?.contactIds).toHaveLength(2);

  // Lightning's own router: the contact role link swaps the record without a page load.
  await page.getByRole('link', { name: 'Wei Zhang', exact: true }).click();
  await expect(page).toHaveURL(`${SF}/lightning/r/0035g00000WzHnQAAV/view`);
  await expect(panel.getByTestId('deal-name')).toHaveCount(0);
  await expect(panel.getByTestId('contact-phone')).toHaveText('(415) 555-0142');
  await expect(panel.getByTestId('contact-name')).toHaveText('Wei Zhang');
  const contacts = await readStore<StoredContactRow>(panel, 'contacts');
  expect(contacts.map((c) => c.name).sort()).toEqual(['Tom Becker', 'Wei Zhang']);
  expect(contacts.find((c) => c.name === 'Wei Zhang')).toMatchObject({ email: 'wei.zhang@harborlogistics.example', title: 'Chief Operating Officer', company: 'Harbor Logistics', phone: '(415) 555-0142' });
});

test('a Salesforce opportunity on the 2019–2022 layout: no amount and no decision maker are BANT gaps; the Outlook sender is the same person', async ({ openSitePage, openPanelFor }) => {
  const outlook = await openSitePage('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D');
  const outlookPanel = await openPanelFor(outlook);
  await expect(outlookPanel.getByTestId('contact-name')).toHaveText('Li Wei');

  const page = await openSitePage(`${SF}/lightning/r/Opportunity/0065g00000LoTuSAAV/view`);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('Lotus Foods – Kitchen Pilot');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Qualification');
  await expect(panel.getByTestId('deal-gap-budget')).toHaveText('Budget unknown: no amount on the record.');
  await expect(panel.getByTestId('deal-gap-authority')).toHaveText('Authority unknown: no decision maker among the deal’s contacts.');
  await expect(panel.getByTestId('deal-amount')).toHaveCount(0);
  // The Outlook thread proposed the pilot: the deal is at presentation, the CRM's stage the header's note.
  await expect(panel.getByTestId('situation-stage')).toHaveAttribute('data-stage', 'present');
  await expect(panel.getByTestId('header-crm-still')).toHaveText('CRM still says “Id. Decision Makers”');
  await expect(panel.getByTestId('exit-fit_agreed')).not.toBeChecked();
  await expect(panel.getByTestId('contact-source')).toHaveText('Outlook, Salesforce');
  // Their sentence quoted inside ours ends with one full stop, not two.
  await expect(panel.getByTestId('crm-stage-behind')).toContainText('before we commit”. Update the stage in Salesforce.');
  const contacts = await readStore<StoredContactRow>(panel, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({ name: 'Li Wei', sources: ['outlook', 'salesforce'], title: 'Head Chef', company: 'Lotus Foods' });

  // The rep ticks what the record cannot show; it survives a re-read of the page.
  await openCard(panel, 'stage');
  await panel.getByTestId('exit-fit_agreed').click();
  await expect(panel.getByTestId('exit-fit_agreed')).toBeChecked();
  await page.reload();
  await expect(panel.getByTestId('deal-name')).toHaveText('Lotus Foods – Kitchen Pilot');
  await expect(panel.getByTestId('exit-fit_agreed')).toBeChecked();
  expect((await readStore<StoredDealRow & { exitCriteriaMet?: string[] }>(panel, 'deals'))[0]?.exitCriteriaMet).toEqual(['fit_agreed']);
});

test('a HubSpot deal at "Contract sent" shows the contract checklist with what the record shows; a HubSpot contact is captured exactly', async ({ openSitePage, openPanelFor }) => {
  const page = await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/90817');
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('Brightline Retail – Store Ops Suite');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Contract');
  await expect(panel.getByTestId('deal-contract-payment_milestones')).toHaveAttribute('data-shown', 'yes');
  await expect(panel.getByTestId('deal-contract-payment_milestones')).toContainText('Payment terms: 50% at signing, 30% at go-live, 20% at acceptance');
  await expect(panel.getByTestId('deal-contract-acceptance_standard')).toHaveAttribute('data-shown', 'yes');
  await expect(panel.getByTestId('deal-contract-penalty_clause')).toHaveAttribute('data-shown', 'no');
  await expect(panel.getByTestId('deal-contract-penalty_clause')).toContainText('Not on the record yet');
  await expect(panel.getByTestId('buying-signal').first()).toBeVisible();
  // (the signal answers "is there an objection?": no "Contract terms or no objection?" box beside it, session 26's walk)
  await expect(panel.getByTestId('reading-unsure')).toHaveCount(0);

  const contactPage = await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-1/51234');
  const contactPanel = await openPanelFor(contactPage);
  await expect(contactPanel.getByTestId('contact-name')).toHaveText('Maria Gonzalez');
  await expect(contactPanel.getByTestId('contact-phone')).toHaveText('+1 (312) 555-0117');
  const contacts = await readStore<StoredContactRow>(contactPanel, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({ name: 'Maria Gonzalez', email: 'maria.gonzalez@brightline.example', title: 'Head of Operations', company: 'Brightline Retail', sources: ['hubspot'] });
});

test('a HubSpot deal whose close date has passed says so in its judgment', async ({ ownBrowser }) => {
  const panel = await ownBrowser.openPanelFor(await ownBrowser.openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/90817'));
  await expect(panel.getByTestId('deal-name')).toHaveText('Brightline Retail – Store Ops Suite');
  await expect(panel.getByTestId('close-date-passed')).toHaveCount(0);
  // Once the close date has passed without a signature, the judgment says so.
  const close = demoDate('hubspot/deal--contract-sent--2026-10-05.html', 2026, 11, 30);
  await panel.clock.setFixedTime(new Date(close.getFullYear(), close.getMonth(), close.getDate() + 3, 10));
  await panel.reload();
  await expect(panel.getByTestId('close-date-passed')).toBeVisible();
});

test('a HubSpot customer whose invoice billed more seats than they have: the invoice corrected today, not the contract-terms objection', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/91030'));
  await expect(panel.getByTestId('deal-name')).toHaveText('Fernhill Dairy – Cold Chain Sensors (renewal 2027)');
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_question', { timeout: 30_000 });
  await expect(panel.getByTestId('next-step')).toContainText('Correct it and send it back today');
  await expect(panel.getByTestId('next-step')).not.toContainText('Contract terms');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/Thank you for catching it/);
  await expect(panel.getByTestId('draft-body')).not.toHaveValue(/50% at signing/);
});

test('a Zoho CRM deal and contact are captured exactly, in any CRM language the panel is in', async ({ openSitePage, openPanelFor }) => {
  const page = await openSitePage('https://crm.zoho.com/crm/org60012345678/tab/Potentials/4876876000001234001');
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('Anand Textiles – Dye House Monitoring');
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('Negotiation/Review');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('deal-amount')).toHaveText('₹ 42,00,000');
  await openCard(panel, 'deal-bant');
  await expect(panel.getByTestId('deal-gap-authority')).toBeVisible();
  await expect(panel.locator('.reply-quote')).toContainText('price is too high');
  // The record's newest activity is the prospect's last word: a price objection, answered now.
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/Thank you for being open about it/);
  // The talk tracks say the amount without its ".00", in every language (the CRM's lakh grouping kept).
  await expect(panel.getByTestId('objection-responses')).toContainText('At ₹ 42,00,000 a year');
  await expect(panel.getByTestId('objection-responses')).not.toContainText('.00');
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('objection-responses')).toContainText('一年 ₹ 42,00,000，');
  await panel.getByTestId('language-select').selectOption('en');
  const deals = await readStore<StoredDealRow>(panel, 'deals');
  expect(deals[0]?.record).toMatchObject({ amountValue: 4_200_000, account: 'Anand Textiles', owner: 'Sam Lee' });

  const contactPage = await openSitePage('https://crm.zoho.com/crm/org60012345678/tab/Contacts/4876876000000987001');
  const contactPanel = await openPanelFor(contactPage);
  await expect(contactPanel.getByTestId('contact-name')).toHaveText('Rahul Mehta');
  const contacts = await readStore<StoredContactRow>(contactPanel, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({ email: 'rahul.mehta@anandtextiles.example', phone: '+91 98200 55501', title: 'Procurement Manager', sources: ['zoho'] });
});

test('a Pipedrive deal in a custom stage is flagged as unmapped, not guessed, until the team maps it in its playbook; a Pipedrive person is captured exactly', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const page = await openSitePage('https://nordwind.pipedrive.com/deal/1842');
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('Nordlicht Pharma – Cold Chain Sensors');
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('Security review');
  await expect(panel.getByTestId('deal-stage-unmapped')).toContainText('“Security review” is not mapped to an SOP stage');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveCount(0);
  // The header says the same: the CRM's stage, not mapped, never a guessed "Prospecting".
  await expect(panel.getByTestId('situation-stage')).toHaveText('Security review (not mapped)');
  // and the next step's reason never names the "Prospecting" an unmapped stage is placed at; where it names a stage (its
  // "(tier C, …)": the week the note's promise runs, which ends on a Friday of the demo's shifted dates), the one the header shows
  const reason = panel.getByTestId('next-step-reason');
  await expect(reason).not.toContainText('Prospecting');
  const said = (await reason.textContent()) ?? '';
  if (said.includes('(tier ')) expect(said).toContain('(tier C, the unmapped CRM stage “Security review”)');
  await expect(panel.getByTestId('deal-amount')).toHaveText('€45.000');

  // The team adds its stage to the playbook's CRM stage table: the panel maps it at once.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export playbook (JSON)' }).click()]);
  const playbook = JSON.parse(readFileSync(await download.path(), 'utf8')) as { crmStages: { crm: string; stage: string; sop: string }[] };
  expect(playbook.crmStages).toContainEqual({ crm: 'pipedrive', stage: 'Proposal Made', sop: 'negotiate' });
  playbook.crmStages.push({ crm: 'pipedrive', stage: 'Security review', sop: 'negotiate' });
  await settings.getByTestId('playbook-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playbook)) });
  await expect(settings.getByTestId('import-result')).toHaveText('Playbook imported from team.json. The panel uses it now.');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('deal-stage-unmapped')).toHaveCount(0);
  await expect(panel.getByTestId('situation-stage')).toHaveText('Quote and negotiation');

  // The classic view (2019–2022) reads the same; the same person from the classic deal is one contact.
  const classic = await openPanelFor(await openSitePage('https://nordwind.pipedrive.com/deal/977'));
  await expect(classic.getByTestId('deal-name')).toHaveText('Kestrel Robotics – Pilot Scanners');
  await expect(classic.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(classic.getByTestId('buying-signal').first()).toContainText('send the contract');

  const person = await openSitePage('https://nordwind.pipedrive.com/person/5120');
  const personPanel = await openPanelFor(person);
  await expect(personPanel.getByTestId('contact-name')).toHaveText('Jonas Weber');
  const contacts = await readStore<StoredContactRow>(personPanel, 'contacts');
  expect(contacts.map((c) => c.name).sort()).toEqual(['Aiko Tanaka', 'Jonas Weber']);
  expect(contacts.find((c) => c.name === 'Jonas Weber')).toMatchObject({ email: 'j.weber@nordlicht-pharma.example', title: 'Head of Quality', company: 'Nordlicht Pharma GmbH', sources: ['pipedrive'] });
});

test('Fxiaoke 纷享销客: a 商机 maps 需求确定 to discovery, a 联系人 and a 客户 are read from the hash-routed app', async ({ openSitePage, openPanelFor }) => {
  const page = await openSitePage('https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1');
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('deal-name')).toHaveText('华南冷链 – 冷库温控升级项目');
  await expect(panel.getByTestId('deal-crm-stage')).toHaveText('需求确定');
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Discovery');
  await expect(panel.getByTestId('deal-decision-maker')).toHaveText('Decision maker: 王芳');
  // "问我们什么时候能上线，合同流程怎么走": two buying signals, both shown.
  await expect(panel.getByTestId('buying-signal').filter({ hasText: '什么时候能上线' })).toBeVisible();
  await expect(panel.getByTestId('buying-signal').filter({ hasText: '流程怎么走' })).toBeVisible();
  // The deal is where the thread is; the CRM's stage is the header's note, and the banners say where to fix it.
  await expect(panel.getByTestId('situation-stage')).toHaveText('Contract');
  await expect(panel.getByTestId('header-crm-still')).toHaveText('CRM still says “需求确定”');
  await expect(panel.getByTestId('crm-stage-behind')).toHaveText(/^纷享销客 Fxiaoke still has this at “需求确定”; the thread puts it at Contract: “.+”\. Update the stage in 纷享销客 Fxiaoke\.$/);
  // The stage card says it too, on its folded line and inside.
  await expect(panel.getByTestId('fold-stage')).toContainText('纷享销客 Fxiaoke is behind the conversation');
  await expect(panel.getByTestId('stage-crm-behind')).toHaveText('纷享销客 Fxiaoke still has this at “需求确定”; the conversation is further along, at Contract.');

  // The app routes by the hash: the contact opens in the same document.
  await page.evaluate(() => {
    location.hash = '#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1e0';
  });
  await expect(panel.getByTestId('contact-name')).toHaveText('王芳');
  await expect(panel.getByTestId('deal-name')).toHaveCount(0);
  await expect(panel.getByTestId('contact-phone')).toHaveText('138 0013 8000');

  await page.evaluate(() => {
    location.hash = '#crm/detail/=/AccountObj/6571a2b3c4d5e6f708192a3b';
  });
  await expect(panel.getByTestId('deal-name')).toHaveText('华南冷链物流有限公司');
  await expect(panel.getByTestId('deal-people')).toContainText('陈伟');
  const contacts = await readStore<StoredContactRow>(panel, 'contacts');
  expect(contacts.map((c) => c.name).sort()).toEqual(['王芳', '陈伟']);
  expect(contacts.find((c) => c.name === '王芳')?.identities).toEqual(['email:wangfang@hncold.example']);
});

for (const [crm, url] of [
  ['Salesforce', `${SF}/lightning/r/Opportunity/0065g00000HbRnWAAV/view`],
  ['HubSpot', 'https://app.hubspot.com/contacts/24681357/record/0-3/90818'],
  ['Zoho CRM', 'https://crm.zoho.com/crm/org60012345678/tab/Potentials/4876876000001234002'],
  ['Pipedrive', 'https://nordwind.pipedrive.com/deal/1843'],
  ['纷享销客 Fxiaoke', 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a2'],
] as const) {
  test(`a ${crm} page whose layout changed shows the error and stores nothing`, async ({ openSitePage, openPanelFor }) => {
    const panel = await openPanelFor(await openSitePage(url));
    await expect(panel.getByTestId('layout-error')).toContainText(`${crm} layout not recognised`);
    expect(await readStore(panel, 'deals')).toEqual([]);
    expect(await readStore(panel, 'contacts')).toEqual([]);
  });
}

test('a Pipedrive deal with our quote emailed and an overdue call task: the overdue task is the next step, named, and she never replied', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://nordwind.pipedrive.com/deal/2203'));
  await expect(panel.getByTestId('deal-name')).toHaveText('Carrow Veterinary – Booking');
  await expect(panel.getByTestId('next-step')).toHaveCount(1);
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'follow_up');
  await expect(panel.getByTestId('next-step-reason')).toContainText('“Call Julia - follow up on the quote”');
  await expect(panel.getByTestId('next-step-reason')).toContainText('is still open: do it today');
  await expect(panel.getByTestId('next-step-reason')).not.toContainText('replied');
  await expect(panel.getByTestId('draft-body')).not.toHaveValue(/Thank you for your reply/);
});
