import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const FXIAOKE_DEAL = 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1';

/** The dashboard opened afresh (each open folds in what writes marked since), in English. */
async function openDashboard(dashboard: Page, extensionId: string): Promise<void> {
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html?days=30`);
  await dashboard.getByTestId('language-select').selectOption('en');
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
}

/** Objections heard over the period, by the objections table's column names (no table: none heard). */
async function heard(dashboard: Page): Promise<Record<string, number>> {
  const table = dashboard.getByTestId('table-objections');
  if ((await table.count()) === 0) return {};
  const columns = await table.locator('thead th').allInnerTexts();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
  const totals: Record<string, number> = {};
  columns.forEach((name, i) => {
    if (i > 0) totals[name] = rows.reduce((sum, row) => sum + Number(row[i]), 0);
  });
  return totals;
}

test('a reading correction is counted on the dashboard at its next open, each undo too; deleting the person takes their corrections with them', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  test.setTimeout(180_000);
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await panel.getByTestId('language-select').selectOption('en');
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive', { timeout: 60_000 });
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId);
  const before = await heard(dashboard);
  expect(before['Too expensive']).toBeGreaterThanOrEqual(1);
  expect(before['No budget'] ?? 0).toBe(0);

  // The rep says it is the budget, then thinks again: the timing.
  await panel.getByTestId('reading-correct').selectOption('budget');
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  await openDashboard(dashboard, extensionId);
  expect(await heard(dashboard)).toMatchObject({ 'No budget': before['Too expensive'] });
  expect((await heard(dashboard))['Too expensive'] ?? 0).toBe(0);
  // (Corrected, the card offers Undo, not another pick: a second correction of the same words is made on another day, in a panel opened again.)
  await panel.reload();
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget', { timeout: 60_000 });
  await panel.getByTestId('reading-correct').selectOption('timing');
  await expect(panel.getByTestId('objection-category')).toHaveText('Not now');

  // Undo goes back one step, to No budget (and can be undone again), then to the reader's own reading.
  await panel.getByTestId('reading-undo').click();
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  await expect(panel.getByTestId('reading-corrected')).toContainText('No budget');
  await openDashboard(dashboard, extensionId);
  expect(await heard(dashboard)).toMatchObject({ 'No budget': before['Too expensive'] });
  await panel.getByTestId('reading-undo').click();
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('reading-undo')).toHaveCount(0);
  await openDashboard(dashboard, extensionId);
  expect(await heard(dashboard)).toEqual(before);

  // Corrected again, then Mei is deleted: her words leave the corrections too, and the dashboard.
  await panel.getByTestId('reading-correct').selectOption('budget');
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  const corrections = await readStore<{ text: string }>(dashboard, 'readerCorrections');
  expect(corrections.map((c) => c.text.includes('the price is too high for us at 48k'))).toEqual([true]);
  await panel.getByTestId('contact-delete').click();
  await panel.getByTestId('contact-delete-yes').click();
  await expect.poll(() => readStore(dashboard, 'contacts'), { timeout: 30_000 }).toEqual([]);
  expect(await readStore(dashboard, 'readerCorrections')).toEqual([]);
  await openDashboard(dashboard, extensionId);
  expect(await heard(dashboard)).toEqual({});
});

test('the funnel chart draws every stage with entries as its Entered count; an empty section shows its summary alone', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  for (const url of [PRICE_THREAD, FXIAOKE_DEAL]) {
    const panel = await openPanelFor(await openSitePage(url));
    await expect(panel.getByTestId('situation-stage')).toBeVisible({ timeout: 60_000 });
  }
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 1000 });
  for (const [locale, nothing] of [['en', 'Nothing in this period.'], ['zh-Hans', null], ['zh-Hant', null]] as const) {
    await openDashboard(dashboard, extensionId);
    await dashboard.getByTestId('language-select').selectOption(locale);
    const entered = await dashboard
      .getByTestId('table-funnel')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-row') ?? '', Number((tr.querySelectorAll('td')[0]?.textContent ?? '').replace(/\D/g, ''))] as const));
    expect(entered.filter(([, n]) => n > 0).length, locale).toBeGreaterThanOrEqual(1);
    // Nothing has moved on, stalled or been lost in a fresh store: before, these bars were empty.
    const bars = await dashboard.locator('[data-testid="dash-funnel"] .bar-row').evaluateAll((rows) =>
      rows.map((row) => ({ stage: row.getAttribute('data-row') ?? '', total: Number(row.getAttribute('data-total')), painted: [...row.querySelectorAll('.bar')].reduce((sum, bar) => sum + bar.getBoundingClientRect().width, 0) })),
    );
    const widest = Math.max(...entered.map(([, n]) => n));
    const track = await dashboard.locator('[data-testid="dash-funnel"] .bar-track').first().evaluate((el) => el.getBoundingClientRect().width);
    for (const [stage, n] of entered) {
      const bar = bars.find((b) => b.stage === stage);
      expect(bar?.total, `${locale} ${stage}`).toBe(n);
      expect(bar?.painted ?? -1, `${locale} ${stage} painted`).toBeCloseTo((track * n) / widest, 0);
    }
    // No talk track used: the summary says so, with no chart or table of nothing under it.
    await expect(dashboard.getByTestId('dash-tracks-summary')).toHaveAttribute('data-empty', 'true');
    if (nothing) await expect(dashboard.getByTestId('dash-tracks-summary')).toHaveText(nothing);
    await expect(dashboard.getByTestId('table-tracks')).toHaveCount(0);
    await expect(dashboard.locator('[data-testid="dash-tracks"] .chart')).toHaveCount(0);
    // Sections with something in them keep their table.
    await expect(dashboard.getByTestId('table-funnel')).toBeVisible();
  }
});

test('the dashboard says SOP Copilot was updated, and to reload, when a newer version takes the store over, in the panel’s words', async ({ ownBrowser }) => {
  test.setTimeout(120_000);
  const { context, extensionId } = ownBrowser;
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId);
  await expect(dashboard.getByTestId('storage-outdated')).toHaveCount(0);

  // The next version's code opens the store one schema version up.
  const next = await context.newPage();
  await next.goto(`chrome-extension://${extensionId}/manifest.json`);
  const upgraded = await next.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const probe = indexedDB.open('sop-copilot');
        probe.onerror = () => reject(probe.error ?? new Error('open failed'));
        probe.onsuccess = () => {
          const from = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('sop-copilot', from + 10);
          request.onblocked = () => resolve(false);
          request.onerror = () => reject(request.error ?? new Error('upgrade failed'));
          request.onsuccess = () => {
            request.result.close();
            resolve(true);
          };
        };
      }),
  );
  expect(upgraded, 'the dashboard let the store go at once').toBe(true);
  await expect(dashboard.getByTestId('storage-outdated')).toContainText('SOP Copilot was updated while this page was open.');
  // Another period asked for: the store is let go, and the page says only that (no 'could not count' beside it).
  await dashboard.getByTestId('dash-period').selectOption('90');
  await expect(dashboard.locator('main')).toHaveAttribute('data-settled', '90');
  await expect(dashboard.getByTestId('storage-outdated')).toBeVisible();
  await expect(dashboard.getByTestId('dash-failed')).toHaveCount(0);
  await expect(dashboard.getByTestId('dash-loading')).toHaveCount(0);
  await dashboard.getByTestId('language-select').selectOption('zh-Hant');
  await expect(dashboard.getByTestId('storage-outdated')).toContainText('SOP 銷售助手已在本頁面開啟期間更新。');
  await dashboard.getByTestId('storage-outdated-reload').click();
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  await expect(dashboard.getByTestId('storage-outdated')).toHaveCount(0);
});
