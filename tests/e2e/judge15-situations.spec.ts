/**
 * judge15's situations as a rep meets them, in real Chromium with the built extension: a formal RFP
 * in Gmail with its closing date (a bid to submit before it, not a follow-up or a wait), and a
 * Salesforce opportunity at "Closed Won" whose newer email cancels the order (confirm it and update
 * the CRM, never the kick-off). The demo's own dated pages, served as if saved today.
 */
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

function route(file: string) {
  const found = SERVED_ROUTES.find((r) => r.file === file);
  if (!found) throw new Error(`no demo route serves ${file}`);
  return found;
}

test('a formal RFP with its closing date: prepare the bid and submit it before the deadline, in every UI language', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(routeUrl(route('gmail/thread--tender-rfp--2026-12-05.html')));
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Prepare the bid; submit by \w{3} \d{1,2}, \d{4}$/);
  // (the reason names the closing day and works back from it; no wait "as they asked", no generic cadence)
  await expect(step).toContainText(/Their tender closes \w{3} \d{1,2}, \d{4}/);
  await expect(step).toContainText(/working days before it closes/);
  await expect(panel.locator('body')).not.toContainText(/as they asked|the next move is ours/);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toMatch(/^Hi Hannah,/);
  expect(body).toMatch(/We will take part, and our response will be with you by \w+ \d{1,2}, \d{4}, ahead of the closing date\./);
  for (const [locale, button, action] of [['en', 'Prepare the bid', /^Prepare the bid; submit by /], ['zh-Hans', '准备投标', /^准备投标文件，.+前提交$/], ['zh-Hant', '準備投標', /^準備投標文件，.+前送出$/]] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
    // (the draft stays in Hannah's language whatever the panel's)
    expect(await panel.getByTestId('draft-body').inputValue()).toMatch(/^Hi Hannah,/);
  }
});

test('a Salesforce deal at "Closed Won" whose newer email cancels the order: confirm it and update the CRM, no kick-off', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(routeUrl(route('salesforce/opportunity--won-cancelled--2026-12-05.html')));
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText('Confirm the cancellation, then update the CRM');
  await expect(step).toContainText('The record says Closed Won, but their email of');
  await expect(step).toContainText('the mail is newer than the CRM');
  await expect(panel.getByTestId('header-action')).toHaveText('Confirm the cancellation');
  // (not the delivery steps a won deal otherwise gets)
  await expect(panel.locator('body')).not.toContainText(/Update them on delivery progress|Hold the kick-off|Book the kick-off/);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toContain('our board has decided to cancel the order');
  expect(body).toContain('Before I update our records, could we have a short call this week?');
  for (const [locale, button, action] of [['zh-Hans', '确认是否取消', '先跟对方确认取消，再更新 CRM'], ['zh-Hant', '確認是否取消', '先跟對方確認取消，再更新 CRM']] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
  }
});
