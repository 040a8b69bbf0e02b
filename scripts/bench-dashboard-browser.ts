/**
 * The dashboard page in the browser at scale: a store of N contacts (default 20,000) with ten
 * touches each over two years, written through raw IndexedDB into the built extension, then the
 * time from opening dashboard.html to every table on screen (IndexedDB reads and the aggregates).
 * `npx tsx scripts/bench-dashboard-browser.ts [contacts]` after `npx wxt build`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../demo/browser';
import { makeStore } from './bench-dashboard';

const contacts = Number(process.argv[2] ?? 20_000);
const userDataDir = mkdtempSync(join(tmpdir(), 'sop-bench-dash-'));
const { context, extensionId } = await launchWithExtension({ extensionDir: resolve(import.meta.dirname, '../.output/chrome-mv3'), userDataDir, hostResolverRules: 'MAP nothing.invalid 127.0.0.1', headless: true });
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByTestId('dash-ready').waitFor({ timeout: 120_000 });
  const now = Date.now();
  const store = makeStore(contacts, contacts * 10, now);
  const rows = {
    contacts: store.contacts.map((c) => ({ ...c, identities: [`linkedin:bench-${c.id}`], sources: ['linkedin'], name: `Bench ${c.id}`, capturedAt: c.createdAt })),
    deals: store.deals.map((d) => ({ ...d, record: { ...d.record, recordId: d.id, name: d.id, contacts: [], activity: [], fields: [] }, capturedAt: d.createdAt })),
    touches: store.touches.map((t) => ({ ...t, channel: 'email' })),
    trackUses: store.trackUses,
    drillAnswers: store.drillAnswers,
  };
  for (const [table, list] of Object.entries(rows)) {
    for (let i = 0; i < list.length; i += 20_000) {
      await page.evaluate(
        ([name, chunk]) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('sop-copilot');
            open.onsuccess = () => {
              const tx = open.result.transaction(name, 'readwrite');
              for (const row of chunk) tx.objectStore(name).put(row);
              tx.oncomplete = () => {
                open.result.close();
                done();
              };
              tx.onerror = () => fail(tx.error ?? new Error('write failed'));
            };
          }),
        [table, list.slice(i, i + 20_000)] as const,
      );
    }
  }
  // Today's index marked built, so the page measures the dashboard, not the judgment of every contact.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const open = indexedDB.open('sop-copilot');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'queue', state: 'done', indexed: 0, total: 0, at: Date.now() });
          tx.oncomplete = () => done();
        };
      }),
  );
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    await page.reload();
    await page.getByTestId('dash-ready').waitFor({ timeout: 300_000 });
    times.push(Date.now() - start);
  }
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  console.log(JSON.stringify({ contacts, touches: contacts * 10, openToTablesMs: times, medianMs: [...times].sort((a, b) => a - b)[1], heapMb: Math.round(heap / 1048576) }));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
