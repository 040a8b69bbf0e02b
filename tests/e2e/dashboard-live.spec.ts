import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { setDiskFull } from './disk-full';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const SIGNAL_THREAD = 'https://mail.google.com/mail/u/1/#inbox/16e3b2a1c0d9e8f7';
const FXIAOKE_DEAL = 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1';

/** The first local midnight of the dashboard's last 30 days. */
function periodStart(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - 29).getTime();
}

/** Touches out and in over every day of the period, as the dashboard's table has them (the table sits in a closed disclosure: its text, not what is painted). */
async function touchTotals(dashboard: Page): Promise<{ outbound: number; inbound: number }> {
  const rows = await dashboard
    .getByTestId('table-per-day')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/\D/g, '')))));
  return rows.reduce((sum, [outbound = 0, inbound = 0]) => ({ outbound: sum.outbound + outbound, inbound: sum.inbound + inbound }), { outbound: 0, inbound: 0 });
}

/** Objections heard, summed over the weeks, for the column named `name`. */
async function heard(dashboard: Page, name: string): Promise<number> {
  const table = dashboard.getByTestId('table-objections');
  if ((await table.count()) === 0) return 0;
  const column = (await table.locator('thead th').allInnerTexts()).indexOf(name);
  if (column < 0) return 0;
  const cells = await table.locator('tbody tr').evaluateAll((trs, i) => trs.map((tr) => Number(tr.querySelectorAll('th, td')[i]?.textContent ?? 'NaN')), column);
  return cells.reduce((a, b) => a + b, 0);
}

test('what a capture writes is on the dashboard at its next open: touches per day, the objection her reply voices, a deal where the panel puts it', async ({ ownBrowser }) => {
  test.setTimeout(180_000);
  const { context, extensionId, openSitePage, openPanelFor } = ownBrowser;
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html?days=30`);
  await dashboard.getByTestId('language-select').selectOption('en');
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  // A fresh profile: nothing yet, and the aggregates are built (on an empty store).
  expect(await touchTotals(dashboard)).toEqual({ outbound: 0, inbound: 0 });
  expect(await heard(dashboard, 'Too expensive')).toBe(0);

  // A Gmail thread with Mei's price objection, read by the extension as the rep opens it.
  const thread = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(thread);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive', { timeout: 60_000 });
  const stored = (await readStore<{ at: number; direction: string; text?: string }>(panel, 'touches')).filter((t) => t.at >= periodStart());
  expect(stored.length).toBeGreaterThan(0);
  expect(stored.filter((t) => t.direction === 'inbound').every((t) => typeof t.text === 'string' && t.text.length > 0)).toBe(true);

  await dashboard.reload();
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  const after = await touchTotals(dashboard);
  expect(after).toEqual({ outbound: stored.filter((t) => t.direction === 'outbound').length, inbound: stored.filter((t) => t.direction === 'inbound').length });
  expect(await heard(dashboard, 'Too expensive')).toBeGreaterThanOrEqual(1);

  // Another thread, another person: their touches join the counts at the next open.
  const second = await openSitePage(SIGNAL_THREAD);
  const secondPanel = await openPanelFor(second);
  await expect(secondPanel.getByTestId('contact-name')).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await readStore(secondPanel, 'touches')).length, { timeout: 30_000 }).toBeGreaterThan(stored.length);
  const all = (await readStore<{ at: number; direction: string }>(secondPanel, 'touches')).filter((t) => t.at >= periodStart());
  await dashboard.reload();
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  expect(await touchTotals(dashboard)).toEqual({ outbound: all.filter((t) => t.direction === 'outbound').length, inbound: all.filter((t) => t.direction === 'inbound').length });
  expect(await readStore(dashboard, 'dashDirty')).toEqual([]);

  // A person whose thread is past the stage recorded for them (their reply asks to sign): the panel
  // puts them at the thread's stage, and the funnel counts them as having entered it, where the
  // panel moved them, not only at the stage recorded.
  const people = await readStore<{ id: string; stage: string }>(dashboard, 'contacts');
  const rows = await readStore<{ key: string; contactId?: string; dealId?: string; stage?: string; ahead?: string }>(dashboard, 'queue');
  const moved = rows.filter((r) => !r.dealId && r.ahead && r.stage && people.find((p) => p.id === r.contactId)?.stage !== r.stage);
  expect(moved.length).toBeGreaterThanOrEqual(1);
  const judgedPaths = await readStore<{ key: string; path: { stage: string | null; at: number }[] }>(dashboard, 'judgedPaths');
  for (const row of moved) expect(judgedPaths.find((p) => p.key === row.key)?.path.at(-1)?.stage, row.key).toBe(row.stage);
  const stage = moved[0]?.stage ?? '';
  const enteredIn = judgedPaths.filter((p) => p.path.some((e) => e.stage === stage && e.at >= periodStart())).length;
  expect(enteredIn).toBeGreaterThanOrEqual(1);
  const funnelRow = async (name: string) =>
    (await dashboard.getByTestId('table-funnel').locator(`tr[data-row="${name}"] td`).allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
  await dashboard.reload();
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  // Entered at the judged stage: each of them (nothing in this fresh profile was recorded there), still there now.
  const [entered = -1] = await funnelRow(stage);
  expect(entered, `entered ${stage}`).toBe(enteredIn);
  expect((await funnelRow(stage)).at(-1), `now at ${stage}`).toBeGreaterThanOrEqual(moved.filter((r) => r.stage === stage).length);

  // A deal whose thread is ahead of its CRM record: the panel puts it where the thread is (Contract)
  // and notes the CRM's stage (需求确定 → Discovery). The dashboard counts it where the panel puts it
  // (Now, from Today's own rows) and lists it among the records behind their conversation.
  const deal = await openSitePage(FXIAOKE_DEAL);
  const dealPanel = await openPanelFor(deal);
  await dealPanel.getByTestId('language-select').selectOption('en');
  await expect(dealPanel.getByTestId('situation-stage')).toHaveAttribute('data-stage', 'close', { timeout: 60_000 });
  await expect(dealPanel.getByTestId('crm-stage-behind')).toHaveAttribute('data-to', 'close');
  const shown = await dealPanel.getByTestId('situation-stage').innerText();
  const row = dashboard.getByTestId('table-ahead').locator('tr[data-row="deal:fxiaoke:deal:6571d2e3f4a5b6c7d8e9f0a1"]');
  await expect
    .poll(async () => {
      await dashboard.reload();
      await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
      return row.count();
    }, { timeout: 60_000 })
    .toBe(1);
  // The record's column says what the CRM still says (its word, the playbook's stage for it), the thread's where the panel puts it.
  expect(shown).toBe('Contract');
  expect(await row.locator('th, td').allInnerTexts()).toEqual(['华南冷链 – 冷库温控升级项目', '纷享销客 Fxiaoke', '需求确定 (Discovery)', 'Contract']);
  // Now is Today's rows by the judgment's stage: the deal at Contract, every row at its stage.
  const queue = await readStore<{ key: string; stage?: string; ahead?: string }>(dashboard, 'queue');
  expect(queue.find((e) => e.key === 'deal:fxiaoke:deal:6571d2e3f4a5b6c7d8e9f0a1')).toMatchObject({ stage: 'close', ahead: 'close' });
  const now: [string, number][] = await dashboard
    .getByTestId('table-funnel')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr): [string, number] => [tr.getAttribute('data-row') ?? '', Number(tr.lastElementChild?.textContent ?? 'NaN')]));
  expect(now).toHaveLength(8);
  for (const [stage, n] of now) expect(n, `Now at ${stage}`).toBe(queue.filter((e) => e.stage === stage).length);
  expect(now.find(([stage]) => stage === 'close')?.[1]).toBeGreaterThanOrEqual(1);
  expect(Number(await dashboard.getByTestId('dash-ahead-summary').getAttribute('data-count'))).toBe(queue.filter((e) => e.ahead).length);
});

test('a write of the dashboard’s own that fails (a full disk) shows the storage alert the panel shows; the numbers as last saved stay, and come up to date once there is space', async ({ ownBrowser }) => {
  test.setTimeout(180_000);
  const { context, extensionId, openSitePage, openPanelFor } = ownBrowser;
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html?days=30`);
  await dashboard.getByTestId('language-select').selectOption('en');
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  await expect(dashboard.getByTestId('storage-alert')).toHaveCount(0);

  // The disk fills up for the dashboard's own writes: IndexedDB fails them as Chromium does, with a
  // QuotaExceededError (injected into the browser's IndexedDB in this page, not into our code). Full
  // before the thread is read: the dashboard may fold in what is marked whenever it reads.
  const fillDisk = (full: boolean) => setDiskFull(dashboard, full);
  await fillDisk(true);
  // A thread read meanwhile (the panel's own writes have space): its touches are stored and marked for the dashboard to fold in at its next read.
  const thread = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(thread);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive', { timeout: 60_000 });
  await expect.poll(async () => (await readStore(dashboard, 'dashDirty')).length, { timeout: 30_000 }).toBeGreaterThan(0);

  // Another period: the dashboard folds in what was marked first, and that write fails.
  await dashboard.getByTestId('dash-period').selectOption('90');
  const alert = dashboard.getByTestId('storage-alert');
  await expect(alert).toHaveAttribute('data-what', 'change', { timeout: 60_000 });
  await expect(alert).toHaveAttribute('data-kind', 'full');
  await expect(alert).toContainText('Storage is full: your last change here was not saved.');
  // The numbers as last saved are shown, and said to be so; the marks wait, nothing lost.
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible();
  await expect(dashboard.getByTestId('dash-not-current')).toBeVisible();
  expect(await touchTotals(dashboard)).toEqual({ outbound: 0, inbound: 0 });
  expect((await readStore(dashboard, 'dashDirty')).length).toBeGreaterThan(0);
  // In the rep's language, in every open page of the extension (the panel beside the thread too).
  await dashboard.getByTestId('language-select').selectOption('zh-Hant');
  await expect(alert).toContainText('儲存');
  await dashboard.getByTestId('language-select').selectOption('en');
  await expect(panel.getByTestId('storage-alert')).toHaveAttribute('data-what', 'change');

  // Space again: dismissed, the next read folds the marks in and the numbers are current.
  await fillDisk(false);
  await dashboard.getByTestId('storage-alert-dismiss').click();
  await expect(alert).toHaveCount(0);
  await dashboard.getByTestId('dash-period').selectOption('30');
  await expect(dashboard.getByTestId('dash-ready')).toBeVisible({ timeout: 60_000 });
  await expect(dashboard.getByTestId('dash-not-current')).toHaveCount(0);
  const stored = (await readStore<{ at: number; direction: string }>(dashboard, 'touches')).filter((t) => t.at >= periodStart());
  await expect.poll(() => touchTotals(dashboard), { timeout: 30_000 }).toEqual({ outbound: stored.filter((t) => t.direction === 'outbound').length, inbound: stored.filter((t) => t.direction === 'inbound').length });
  expect(await readStore(dashboard, 'dashDirty')).toEqual([]);
});
