/**
 * Browser figures for `npm run bench`: how long a page takes from load to its contact being
 * stored (extraction, messaging, database write) per page kind, in real Chromium with the built
 * extension; and what the content script costs on a page that sits idle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../demo/browser';
import { DEMO_ROUTES, routeUrl } from '../demo/routes';
import { startSiteServer } from '../demo/server';
import { round, summarise } from './bench-stats';

const RUNS = 7;

/** Waits until the extension has stored what the tab with `url` shows; returns ms since `start`. */
async function timeToStored(helper: Page, url: string, start: number): Promise<number> {
  for (;;) {
    const done = await helper.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === wanted);
      if (tab?.id === undefined) return false;
      const tabId = tab.id;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open('sop-copilot');
        open.onsuccess = () => {
          const request = open.result.transaction('tabStates').objectStore('tabStates').get(tabId);
          request.onsuccess = () => {
            const state = request.result as { status?: string } | undefined;
            resolve(state?.status === 'captured' || state?.status === 'failed');
          };
          request.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      });
    }, url);
    if (done) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function benchBrowser(extensionDir: string, results: Record<string, number>): Promise<void> {
  const server = await startSiteServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-bench-'));
  const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir, hostResolverRules: server.hostResolverRules, headless: true });
  try {
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=-1`);
    const byKind = new Map<string, number[]>();
    for (const route of DEMO_ROUTES.filter((r) => !r.file.includes('broken') && !r.file.includes('loading') && !r.file.includes('shell'))) {
      const url = routeUrl(route);
      const [site = 'site', file = 'page'] = route.file.split('/');
      const kind = `${site}.${file.split('--')[0] ?? 'page'}`;
      for (let i = 0; i < RUNS; i++) {
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(url);
        const ms = await timeToStored(helper, page.url(), start);
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
        await page.close();
      }
    }
    for (const [kind, samples] of byKind) {
      const { median, p95 } = summarise(samples);
      results[`browser.capture.${kind}.median_ms`] = round(median, 1);
      results[`browser.capture.${kind}.p95_ms`] = round(p95, 1);
    }

    // Idle cost: script time the page spends over 3 s of nothing happening, with the content script running.
    const page = await context.newPage();
    await page.goto(routeUrl(DEMO_ROUTES[0] ?? { host: 'www.linkedin.com', path: '/', file: '', label: '' }));
    await timeToStored(helper, page.url(), performance.now());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const before = await metric('ScriptDuration');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    results['browser.idle.script_ms_per_3s'] = round((await metric('ScriptDuration')) - before, 2);
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
