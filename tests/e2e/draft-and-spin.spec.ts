import { routeUrl, SERVED_ROUTES } from '../../demo/routes';
import { openCard } from './cards';
import { expect, test } from './fixtures';

/**
 * The questions lead with what the deal is about, and the draft quotes only the customer: the
 * real demo pages in the built extension.
 */
const route = (file: string) => {
  const found = SERVED_ROUTES.find((r) => r.file === file);
  if (!found) throw new Error(`no demo route for ${file}`);
  return routeUrl(found);
};

test('a pharma head of quality on the “Cold Chain Sensors” deal is asked about quality and temperature in transit first, not production scheduling, in three languages', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(route('pipedrive/deal--custom-stage--2026-10-05.html')));
  await expect(panel.getByTestId('deal-name')).toHaveText('Nordlicht Pharma – Cold Chain Sensors', { timeout: 30_000 });
  await openCard(panel, 'spin');
  const first = panel.getByTestId('spin-questions').locator('li').first();
  for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(first).toHaveAttribute('data-question-id', /^(?:quality_defects|shipment_visibility):/);
  }
  await expect(panel.getByTestId('spin-questions').locator('li[data-question-id^="manual_scheduling:"]')).toHaveCount(0);
});

test('the draft on a Fxiaoke deal whose newest 销售记录 is the rep’s note of a call says it without quoting the note', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(route('fxiaoke/opportunity--faci-related--2026-12-05.html')));
  const draft = panel.getByTestId('draft');
  await expect(draft).toHaveAttribute('data-language', 'zh-Hans', { timeout: 30_000 });
  const body = panel.getByTestId('draft-body');
  await expect(body).toHaveValue(/王芳您好|您好/);
  await expect(body).not.toHaveValue(/赵经理电话里说/);
  await expect(body).not.toHaveValue(/（“|“”/);
  // The payment is still answered: the instalments, with no quotation of the note.
  await expect(body).toHaveValue(/付款/);
});
