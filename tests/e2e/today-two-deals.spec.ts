import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REVIEW_SHOTS } from './review-shots';

const DAY = 86_400_000;

/**
 * A store as the product writes it after capturing two HubSpot deals of one buyer and another
 * contact: written through the raw IndexedDB API, Today's index left to the panel to build.
 */
async function seedTwoDeals(page: Page, now: number): Promise<void> {
  const at = (daysAgo: number) => now - daysAgo * DAY;
  const buyer = { id: 'ana', identities: ['email:ana.ortiz@lumen.example'], sources: ['hubspot'], name: 'Ana Ortiz', email: 'ana.ortiz@lumen.example', company: 'Lumen Freight', stage: 'qualify', stageChangedAt: at(30), createdAt: at(30), capturedAt: at(1) };
  const other = { id: 'sam', identities: ['linkedin:sam-lee-demo'], sources: ['linkedin'], name: 'Sam Lee', company: 'Kite Labs', stage: 'prospect', stageChangedAt: at(45), createdAt: at(45), capturedAt: at(1) };
  const deal = (recordId: string, name: string, stage: string, daysAgo: number) => ({
    id: `hubspot:deal:${recordId}`,
    crm: 'hubspot',
    record: { type: 'deal', recordId, name, stage, contacts: [], activity: [], fields: [] },
    contactIds: ['ana'],
    createdAt: at(daysAgo),
    capturedAt: at(1),
    stageHistory: [{ stage, at: at(daysAgo) }],
  });
  const deals = [deal('7001', 'Lumen – Cold Chain Pilot', 'Decision maker bought-in', 25), deal('7002', 'Lumen – Yard Scheduling', 'Qualified to buy', 9)];
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sop-copilot');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['contacts', 'deals', 'queue', 'meta'], 'readwrite');
          tx.objectStore('queue').clear();
          tx.objectStore('meta').clear();
          for (const row of data.contacts) tx.objectStore('contacts').put(row);
          for (const row of data.deals) tx.objectStore('deals').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { contacts: [buyer, other], deals },
  );
}

test('a person on two open deals: a Today row per deal, each naming its deal, the second under the first; in three languages', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
  await expect(panel.getByTestId('language-select')).toBeVisible();
  await seedTwoDeals(panel, Date.now());
  await panel.reload();
  await panel.getByTestId('language-select').selectOption('en');
  await panel.getByTestId('nav-today').click();
  const rows = panel.getByTestId('today-row');
  const ana = rows.filter({ has: panel.getByTestId('today-row-title').getByText('Ana Ortiz', { exact: true }) });
  await expect(ana).toHaveCount(2, { timeout: 60_000 });
  await expect(rows.filter({ hasText: 'Sam Lee' })).toHaveCount(1);
  // Each names its own deal, never the same one twice.
  const named = await ana.getByTestId('today-row-deal').allTextContents();
  expect(named.sort()).toEqual([' · Deal: Lumen – Cold Chain Pilot', ' · Deal: Lumen – Yard Scheduling']);
  // Together: the queue's order alone (overdue, then tier, then day) would put Sam (tier C, overdue
  // longest) between Ana's tier B deal and her tier C one; her second deal sits straight under her first.
  const order = await rows.evaluateAll((items) => items.map((li) => [li.querySelector('[data-testid="today-row-title"]')?.textContent ?? '', li.getAttribute('data-under-above'), li.querySelector('[data-testid="today-row-meta"]')?.getAttribute('data-tier') ?? '']));
  expect(order).toEqual([
    ['Ana Ortiz', 'false', 'B'],
    ['Ana Ortiz', 'true', 'C'],
    ['Sam Lee', 'false', 'C'],
  ]);
  // Indented: the line that joins them is drawn.
  const indent = await ana.nth(1).evaluate((li) => getComputedStyle(li).marginLeft);
  expect(parseFloat(indent)).toBeGreaterThan(0);
  await panel.setViewportSize({ width: 360, height: 700 });
  if (REVIEW_SHOTS) await panel.screenshot({ path: 'tests/output/screenshots/today-two-deals-en.png' });

  await panel.getByTestId('language-select').selectOption('zh-Hans');
  expect((await ana.getByTestId('today-row-deal').allTextContents()).sort()).toEqual([' · 商机：Lumen – Cold Chain Pilot', ' · 商机：Lumen – Yard Scheduling']);
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  expect((await ana.getByTestId('today-row-deal').allTextContents()).sort()).toEqual([' · 商機：Lumen – Cold Chain Pilot', ' · 商機：Lumen – Yard Scheduling']);
  if (REVIEW_SHOTS) await panel.screenshot({ path: 'tests/output/screenshots/today-two-deals-zh-Hant.png' });
  await panel.getByTestId('language-select').selectOption('en');
});
