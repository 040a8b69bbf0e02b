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
  await expect(panel.getByTestId('playbook').locator('details')).toHaveCount(8);
  await expect(panel.getByTestId('playbook-close')).not.toHaveAttribute('open', '');

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(prospect).toContainText('找到可能需要我們產品的人，並開啟對話。');
  await panel.getByTestId('playbook-close').locator('summary').click();
  await expect(panel.getByTestId('playbook-close')).toContainText('驗收');
  await panel.getByTestId('language-select').selectOption('en');
});
