/**
 * A follow-up after a reply that needed no answer, in real Chromium with the built extension: "ok that makes sense,
 * thanks" from a bakery owner after our answer about Xero, the demo's dated page served as if saved today. The draft
 * thanks her and asks the plain next-step question after a demo, in the draft language the rep picks; nothing about
 * a board or a funding round, no "following up on my last message" after hers. The demo she answered makes her tier B in
 * the header, and the Contacts tier filter lists her under B too (lib/contacts/tier.ts); it puts her at Presentation in
 * the header, and the Contacts stage filter lists her there too, not under the Prospecting recorded (lib/contacts/listed-stage.ts).
 * A person on a CRM deal is listed the same way, under the deal's stage and tier their header shows.
 */
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

const FILE = 'gmail/thread--thanks-after-answer--2026-12-07.html';

test('ok that makes sense, thanks: the follow-up thanks her and asks the next step, in English and 繁體; Contacts lists her under the header’s tier and stage', async ({ openSitePage, openPanelFor }) => {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  const body = panel.getByTestId('draft-body');
  // (on main's build: "Following up on my last message. If that target slips, what does it mean for the board, the team and the next funding or budget round?")
  await expect(body).toHaveValue(/^Hi Priyanka,\n\nThank you for your reply\. What would help you most as a next step: a written proposal, a trial, or a short call with the others involved\?/);
  await expect(body).not.toHaveValue(/board|funding|last message/);
  await panel.getByTestId('draft-language').selectOption('zh-Hant');
  await expect(body).toHaveValue(/謝謝您的回覆。下一步怎麼安排對您最有幫助/);
  await expect(body).not.toHaveValue(/董事會|融資/);

  // She sat through the demo and wrote back: tier B in the header, and the Contacts tier filter lists her there, not
  // under the C her record alone (Prospecting, no BANT) scores (on main's build: under C only).
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier B');
  // And at Presentation in the header, where her record says Prospecting.
  await expect(panel.getByTestId('situation-stage')).toHaveAttribute('data-stage', 'present');
  await panel.getByTestId('nav-contacts').click();
  const rows = panel.getByTestId('contact-row').filter({ hasText: 'Priyanka' });
  await panel.getByTestId('contacts-tier').selectOption('B');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Tier B');
  await panel.getByTestId('contacts-tier').selectOption('C');
  // (she is the only contact: the list under C is empty)
  await expect(panel.getByText('No contact matches.')).toBeVisible();
  await expect(rows).toHaveCount(0);

  // The Contacts stage filter lists her under the header's stage, Presentation, not under the Prospecting recorded
  // (on main's build: under Prospecting only).
  await panel.getByTestId('contacts-tier').selectOption('');
  await panel.getByTestId('contacts-stage').selectOption('present');
  await expect(rows).toHaveCount(1);
  await expect(panel.getByTestId('contact-row-meta')).toHaveAttribute('data-stage', 'present');
  await panel.getByTestId('contacts-stage').selectOption('prospect');
  await expect(panel.getByText('No contact matches.')).toBeVisible();
  await expect(rows).toHaveCount(0);
});

test('a person on a HubSpot deal at "Contract sent": Contacts lists her under the Contract stage and tier A her header shows, naming the deal', async ({ openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/90817'));
  const panel = await openPanelFor(await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-1/51234'));
  // Her own page follows the deal: Contract · Tier A in the header, where her record says Prospecting and no BANT (C).
  await expect(panel.getByTestId('situation-stage')).toHaveAttribute('data-stage', 'close', { timeout: 20_000 });
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier A');
  await panel.getByTestId('nav-contacts').click();
  const maria = panel.getByRole('button').filter({ hasText: 'Maria Gonzalez' });
  // (on main's build: listed under Prospecting and C, her row reading Contract · Tier A)
  await panel.getByTestId('contacts-stage').selectOption('close');
  await expect(maria).toHaveCount(1);
  await expect(maria.getByTestId('contact-row-meta')).toHaveAttribute('data-stage', 'close');
  await expect(maria.getByTestId('contact-row-meta')).toHaveAttribute('data-tier', 'A');
  await expect(maria.getByTestId('contact-row-deal')).toContainText('Deal: Brightline Retail – Store Ops Suite');
  await panel.getByTestId('contacts-stage').selectOption('prospect');
  await expect(maria).toHaveCount(0);
  await panel.getByTestId('contacts-stage').selectOption('');
  await panel.getByTestId('contacts-tier').selectOption('A');
  await expect(maria).toHaveCount(1);
  await panel.getByTestId('contacts-tier').selectOption('C');
  await expect(maria).toHaveCount(0);
});
