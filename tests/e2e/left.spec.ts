/**
 * LEFT's leftovers as a rep meets them, in real Chromium with the built extension: a reading
 * correction's Undo is still there after the panel is closed and opened again (the correction is
 * stored; the panel finds the one of the reply on screen). The records-behind table is asserted in
 * dashboard-live, the cancelled-won header in judge15-situations, on their existing page loads.
 */
import { expect, test } from './fixtures';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

test('a reading correction can be undone from the reply it was made on after the panel is reopened', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(PRICE_THREAD);
  const first = await openPanelFor(site);
  await expect(first.getByTestId('objection-category')).toHaveText('Too expensive', { timeout: 20_000 });
  await first.getByTestId('reading-correct').selectOption('budget');
  await expect(first.getByTestId('reading-corrected')).toContainText('No budget');
  // (undone while the panel is open, as before, and made again)
  await first.getByTestId('reading-undo').click();
  await expect(first.getByTestId('objection-category')).toHaveText('Too expensive');
  await first.getByTestId('reading-correct').selectOption('budget');
  await expect(first.getByTestId('objection-category')).toHaveText('No budget');
  await first.close();

  // Opened again (in 繁體中文): the correction is there with its undo, not the choice to make one.
  const again = await openPanelFor(site);
  await again.getByTestId('language-select').selectOption('zh-Hant');
  await expect(again.getByTestId('reading-corrected')).toContainText('已更正');
  await expect(again.getByTestId('reading-correct')).toHaveCount(0);
  await again.getByTestId('reading-undo').click();
  await expect(again.getByTestId('reading-correct')).toBeVisible();
  await expect(again.getByTestId('reading-corrected')).toHaveCount(0);
  await again.getByTestId('language-select').selectOption('en');
  await expect(again.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(again.getByTestId('objection-confidence')).toBeVisible();
});
