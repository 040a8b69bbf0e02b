/**
 * Tied to another vendor until a known end, in real Chromium with the built extension: a LinkedIn conversation ("We signed
 * a three year deal with Workday last spring so we are locked in until mid 2028"), the demo's dated page served as if saved
 * today. The panel waits until six months before the end, says so, and argues nothing about the other vendor today.
 */
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

const FILE = 'linkedin/messaging--locked-in-until--2026-12-07.html';

test('locked in with another vendor until mid 2028: back six months before the end, in every UI language', async ({ openSitePage, openPanelFor }) => {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'snooze', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Come back on \w{3} \d{1,2}, 2028, before their renewal$/);
  await expect(panel.getByTestId('next-step-reason')).toContainText('They are tied to another vendor until Jul 1, 2028');
  await expect(panel.getByTestId('next-step-reason')).toContainText('6 months before it ends');
  // (on main's build: the competitor objection answered today, with a claim about the other vendor)
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).not.toMatch(/mobile approval|The difference is|Apart from price/);
  for (const [locale, action] of [['zh-Hans', /^2028年\d{1,2}月\d{1,2}日再联系，赶在对方续约之前$/], ['zh-Hant', /^2028年\d{1,2}月\d{1,2}日再聯絡，趕在對方續約之前$/]] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
  }
});
