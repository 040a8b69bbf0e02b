import { openCard } from './cards';
import { expect, test } from './fixtures';

test('a trainee opens the playbook section for the contact’s stage in one click, in their language', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('stage-name')).toHaveText('Prospecting');
  await openCard(panel, 'stage');
  await panel.getByTestId('open-playbook').click();

  const prospect = panel.getByTestId('playbook-prospect');
  await expect(prospect).toHaveAttribute('open', '');
  await expect(prospect).toContainText('Find people who may need what we sell and open a conversation.');
  await expect(prospect).toContainText('Met a plant manager at a trade show');
  await expect(panel.getByTestId('playbook-stages').locator('details')).toHaveCount(8);
  await expect(panel.getByTestId('playbook-close')).not.toHaveAttribute('open', '');

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(prospect).toContainText('找到可能需要我們產品的人，並開始接觸。');
  await panel.getByTestId('playbook-close').locator('summary').click();
  await expect(panel.getByTestId('playbook-close')).toContainText('驗收');
  await panel.getByTestId('language-select').selectOption('en');
});

test('a trainee reads the tiers, every objection with its talk tracks, and the buying signals in the playbook tab', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await panel.getByTestId('nav-playbook').click();
  await expect(panel.locator('[data-testid^="playbook-objection-"]')).toHaveCount(12);
  const price = panel.getByTestId('playbook-objection-price');
  await price.locator('summary').click();
  await expect(price).toContainText('Too expensive');
  await expect(price).toContainText('Is it the budget limit, or are you unsure the results justify the price?');
  await expect(price.locator('ol > li')).toHaveCount(3);
  const tiers = panel.getByTestId('playbook-tiers');
  await tiers.locator('summary').click();
  await expect(tiers.locator('.playbook-entry')).toHaveCount(3);
  await expect(tiers).toContainText('Twice a week');
  await panel.getByTestId('playbook-signals').locator('summary').click();
  await expect(panel.getByTestId('playbook-signals').locator('li').first()).toBeVisible();

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(price).toContainText('價格太貴');
  await expect(panel.getByTestId('playbook')).toContainText('異議與應對話術');
  await expect(tiers).toContainText('每週兩次');
  await panel.getByTestId('language-select').selectOption('en');
});
