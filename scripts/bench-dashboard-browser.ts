/**
 * The dashboard page in the browser at scale: the dashboard's seed (tests/support/dashboard-seed.ts)
 * for N people (default 100,000, about ten touches each over two years) written through raw
 * IndexedDB into the built extension, as a store upgraded to schema 9 holds it (records, no
 * aggregates). Measured: the first open (the aggregates built from the records, in batches, then
 * the dashboard), then the time from opening dashboard.html to every table on screen (median of 3),
 * the page's heap, and one logged touch folded in on the next open. The numbers on screen are
 * checked against the seed's own tallies.
 * `npx tsx scripts/bench-dashboard-browser.ts [people]` after `npx wxt build`; `npm run bench` runs it
 * with BENCH_ONLY=dashboard or everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../demo/browser';
import { seedQuarter } from '../tests/support/dashboard-seed';
import { scaledSize } from './bench-dashboard';
import { round, summarise } from './bench-stats';

async function writeRows(page: Page, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 20_000) {
    await page.evaluate(
      ([name, chunk]) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('sop-copilot');
          open.onsuccess = () => {
            const tx = open.result.transaction(name, 'readwrite');
            for (const row of chunk) tx.objectStore(name).add(row);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error ?? new Error('write failed'));
          };
        }),
      [table, rows.slice(i, i + 20_000)] as const,
    );
  }
}

async function openToTables(page: Page): Promise<number> {
  const start = Date.now();
  await page.reload();
  await page.getByTestId('dash-ready').waitFor({ timeout: 1_800_000 });
  return Date.now() - start;
}

export async function benchDashboardBrowser(extensionDir: string, results: Record<string, number>, people = Number(process.env.BENCH_DASHBOARD_CONTACTS ?? 100_000)): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-bench-dash-'));
  const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir, hostResolverRules: 'MAP nothing.invalid 127.0.0.1', headless: true });
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await page.getByTestId('dash-ready').waitFor({ timeout: 120_000 });
    const now = Date.now();
    const { seed, expected } = seedQuarter(now, scaledSize(people));
    const seedStart = Date.now();
    for (const [table, rows] of Object.entries(seed)) await writeRows(page, table, rows as object[]);
    results['dashboard.browser.seed_s'] = round((Date.now() - seedStart) / 1000, 1);
    // As a store just upgraded to schema 9: no aggregates. Today's index marked built: the page
    // measures the dashboard, not the judgment of every contact.
    await page.evaluate(async () => {
      const open = indexedDB.open('sop-copilot');
      await new Promise((done) => (open.onsuccess = done));
      const tx = open.result.transaction(['meta', 'dashDays', 'dashContribs', 'dashDirty'], 'readwrite');
      for (const name of ['dashDays', 'dashContribs', 'dashDirty']) tx.objectStore(name).clear();
      tx.objectStore('meta').delete('dashboard');
      tx.objectStore('meta').put({ key: 'queue', state: 'done', indexed: 0, total: 0, at: Date.now() });
      await new Promise((done) => (tx.oncomplete = done));
      open.result.close();
    });
    results['dashboard.browser.contacts'] = seed.contacts.length;
    results['dashboard.browser.touches'] = seed.touches.length;

    results['dashboard.browser.first_open_with_build_ms'] = await openToTables(page);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await openToTables(page));
    results['dashboard.browser.open_to_tables.median_ms'] = round(summarise(times).median);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    results['dashboard.browser.heap_mb'] = round(heap / 1048576, 1);
    const discover = await page.getByTestId('table-funnel').locator('tr[data-row="discover"]').locator('td').allInnerTexts();
    const shown = discover.slice(0, 4).map((text) => Number(text.replace(/\D/g, '')));
    const e = expected.funnel.discover;
    results['dashboard.browser.agrees_with_seed'] = JSON.stringify(shown) === JSON.stringify([e.entered, e.movedOn, e.stalled, e.lost]) ? 1 : 0;

    // One touch logged in the extension's own database (through Dexie, as the panel logs it): folded in on the next open.
    await page.evaluate(async (contactId) => {
      const open = indexedDB.open('sop-copilot');
      await new Promise((done) => (open.onsuccess = done));
      const tx = open.result.transaction(['touches', 'dashDirty'], 'readwrite');
      tx.objectStore('touches').add({ contactId, at: Date.now(), direction: 'outbound', channel: 'phone' });
      tx.objectStore('dashDirty').put({ key: `contact:${contactId}` });
      await new Promise((done) => (tx.oncomplete = done));
      open.result.close();
    }, String(seed.contacts[0]?.id));
    results['dashboard.browser.open_after_one_write_ms'] = await openToTables(page);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  await benchDashboardBrowser(resolve(import.meta.dirname, '../.output/chrome-mv3'), results, Number(process.argv[2] ?? process.env.BENCH_DASHBOARD_CONTACTS ?? 100_000));
  console.log(results);
}
