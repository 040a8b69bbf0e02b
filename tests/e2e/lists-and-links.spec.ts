import type { Locator } from '@playwright/test';
import { rowDate } from './demo-dates';
import { openCard } from './cards';
import { expect, test } from './fixtures';

const DEAL = 'Harbor Logistics – Fleet Visibility';

/** The rows whose action is cut: inside its own box (an ellipsis), past its two lines, or past the row's box (which clips it). */
async function actionsCut(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((items) =>
    items.flatMap((item) => {
      const action = item.querySelector('[data-testid="contact-row-action"]');
      const row = item;
      const label = action?.querySelector('.row-action-label');
      if (!action || !label) return [];
      const cut = label.scrollWidth > label.clientWidth + 1 || action.scrollHeight > action.clientHeight + 1 || action.scrollWidth > action.clientWidth + 1 || action.getBoundingClientRect().bottom > row.getBoundingClientRect().bottom + 1;
      return cut ? [`${action.textContent.trim()} (${action.scrollHeight} > ${action.clientHeight})`] : [];
    }),
  );
}

test('Today and Contacts rows show stage, tier, last touch and the action; a person on a deal is one row naming the deal; in three languages', async ({ openSitePage, openPanelFor }) => {
  const dealPanel = await openPanelFor(await openSitePage('https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view'));
  await expect(dealPanel.getByTestId('deal-name')).toHaveText(DEAL);
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

  // Today: the deal is one row, named by its person with the deal; its two people never have rows of their own.
  await panel.getByTestId('nav-today').click();
  const today = panel.getByTestId('today-row');
  await expect(today).toHaveCount(2);
  const dealRow = today.filter({ has: panel.getByTestId('today-row-deal') });
  await expect(dealRow).toHaveCount(1);
  await expect(dealRow.getByTestId('today-row-deal')).toHaveText(` · Deal: ${DEAL}`);
  await expect(dealRow.getByTestId('today-row-title')).toHaveText(/^(Wei Zhang|Tom Becker)$/);
  await expect(today.filter({ hasText: 'Wei Zhang' }).or(today.filter({ hasText: 'Tom Becker' }))).toHaveCount(1);
  await expect(dealRow.getByTestId('today-row-meta')).toContainText('Contract · Tier A · ');
  await expect(dealRow.getByTestId('today-row-action')).toHaveAttribute('data-kind', 'move_to_contract');
  const meiToday = today.filter({ hasText: 'Mei Lin Chen' });
  await expect(meiToday.getByTestId('today-row-meta')).toHaveText('Prospecting · Tier C · no touch yet');
  await expect(meiToday.getByTestId('today-row-action')).toContainText('Make a first touch');

  // Contacts: every person, each row with where they stand by the same judgment.
  await panel.getByTestId('nav-contacts').click();
  const rows = panel.getByTestId('contact-row');
  await expect(rows).toHaveCount(3);
  const wei = rows.filter({ hasText: 'Wei Zhang' });
  await expect(wei.getByTestId('contact-row-deal')).toHaveText(` · Deal: ${DEAL}`);
  await expect(wei.getByTestId('contact-row-meta')).toContainText('Contract · Tier A · ');
  await expect(wei.getByTestId('contact-row-action')).toHaveAttribute('data-kind', 'move_to_contract');
  // On a narrow panel the long action wraps to a second line, read whole, and its day ends inside the row.
  await panel.setViewportSize({ width: 320, height: 800 });
  const weiRow = await wei.boundingBox();
  const weiDue = await wei.getByTestId('contact-row-action').locator('.due').boundingBox();
  expect(weiDue && weiRow && weiDue.x + weiDue.width <= weiRow.x + weiRow.width).toBe(true);
  // ... and the day leaves the action room to be read: a day of this year is written without its year
  // ("Overdue: Dec 3", not "Overdue: Dec 3, 2026", which left "Confirm …" of the action at 320 px).
  await expect(wei.getByTestId('contact-row-action').locator('.due')).not.toContainText(String(new Date().getFullYear()));
  expect(await actionsCut(rows)).toEqual([]);
  // The " · " before the day keeps its space ("拍板· 到期" had none).
  const dotGap = await wei.getByTestId('contact-row-action').evaluate((action) => {
    const label = [...(action.querySelector('.row-action-label')?.getClientRects() ?? [])].at(-1);
    const text = action.querySelector('.due')?.firstChild;
    if (!label || !text) return null;
    const range = document.createRange();
    const at = (text.textContent ?? '').indexOf('·');
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const dot = range.getBoundingClientRect();
    // On the label's last line, or first on the next one.
    return Math.abs(dot.top - label.top) < 2 ? dot.left - label.right : 2;
  });
  expect(dotGap).toBeGreaterThanOrEqual(2);
  await expect(rows.filter({ hasText: 'Tom Becker' }).getByTestId('contact-row-meta')).toContainText('Contract · Tier A');
  const mei = rows.filter({ hasText: 'Mei Lin Chen' });
  await expect(mei.getByTestId('contact-row-deal')).toHaveCount(0);
  await expect(mei.getByTestId('contact-row-meta')).toHaveText('Prospecting · Tier C · no touch yet');
  await expect(mei.getByTestId('contact-row-action')).toContainText('Make a first touch');
  await expect(mei.getByTestId('contact-row-action')).toHaveAttribute('data-kind', 'first_touch');

  // A touch logged on the page moves the row at once: last touch today, the next action a follow-up.
  await mei.getByRole('button').click();
  await panel.getByTestId('touch-outbound').click();
  await expect(panel.getByTestId('touch-count')).toContainText('Touches: 1');
  await panel.getByTestId('nav-back').click();
  await expect(mei.getByTestId('contact-row-meta')).toHaveText(`Prospecting · Tier C · last touch ${rowDate(new Date())}`);
  await expect(mei.getByTestId('contact-row-action')).not.toHaveAttribute('data-kind', 'first_touch');

  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(wei.getByTestId('contact-row-deal')).toHaveText(` · 商机：${DEAL}`);
  await expect(rows.filter({ hasText: 'Tom Becker' }).getByTestId('contact-row-meta')).toContainText('合同签订 · 等级 A');
  await expect(mei.getByTestId('contact-row-meta')).toHaveText(`客户开发 · 等级 C · 上次跟进 ${rowDate(new Date(), 'zh-Hans')}`);
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(wei.getByTestId('contact-row-deal')).toHaveText(` · 商機：${DEAL}`);
  await expect(mei.getByTestId('contact-row-meta')).toHaveText(`客戶開發 · 等級 C · 上次跟進 ${rowDate(new Date(), 'zh-Hant')}`);
  // Each row's next action is read whole at 360 px (the walk saw "立即推進簽約：今天就發…" cut to a few characters).
  await panel.setViewportSize({ width: 360, height: 800 });
  expect(await actionsCut(rows)).toEqual([]);
  await panel.getByTestId('nav-today').click();
  await expect(today.filter({ hasText: 'Mei Lin Chen' })).toHaveCount(0);
  await expect(dealRow.getByTestId('today-row-deal')).toHaveText(` · 商機：${DEAL}`);
  await panel.getByTestId('language-select').selectOption('en');
});

test('a contact links to its deals and a deal to its people, opened in the panel, Back returning each step', async ({ openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view'));
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  // A contact on no deal shows no deals section.
  await expect(panel.getByTestId('contact-deals')).toHaveCount(0);

  await panel.getByTestId('nav-contacts').click();
  await panel.getByTestId('contacts-search').fill('wei');
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
  await panel.getByTestId('contact-row').getByRole('button').click();
  await expect(panel.getByTestId('contact-name')).toHaveText('Wei Zhang');

  // Contact → deal.
  await expect(panel.getByTestId('contact-deal-link')).toHaveText([DEAL]);
  await panel.getByTestId('contact-deal-link').click();
  await expect(panel.getByTestId('deal-name')).toHaveText(DEAL);
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('nav-contacts')).toHaveAttribute('aria-pressed', 'true');
  // The deal on screen is not listed again as one of its person's deals; its CRM stage is not a second "SOP stage".
  await expect(panel.getByTestId('contact-deals')).toHaveCount(0);
  await expect(panel.getByTestId('fold-deal-stage')).toContainText('Stage in Salesforce');

  // Deal → each of its people (the people card is folded until the rep opens it).
  await openCard(panel, 'deal-people');
  await expect(panel.getByTestId('deal-person-link')).toHaveText(['Wei Zhang', 'Tom Becker']);
  await panel.getByTestId('deal-person-link').filter({ hasText: 'Tom Becker' }).click();
  await expect(panel.getByTestId('contact-name')).toHaveText('Tom Becker');
  await expect(panel.getByTestId('deal-name')).toHaveCount(0);
  await expect(panel.getByTestId('contact-deal-link')).toHaveText([DEAL]);

  // Back: Tom → the deal → Wei → the list, its search kept.
  await panel.getByTestId('nav-back').click();
  await expect(panel.getByTestId('deal-name')).toHaveText(DEAL);
  await panel.getByTestId('nav-back').click();
  await expect(panel.getByTestId('contact-name')).toHaveText('Wei Zhang');
  await panel.getByTestId('nav-back').click();
  await expect(panel.getByTestId('contacts-search')).toHaveValue('wei');
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await panel.getByTestId('contact-row').getByRole('button').click();
  await expect(panel.getByRole('heading', { name: '商機' })).toBeVisible();
  await panel.getByTestId('language-select').selectOption('en');
});
