/**
 * Browser figures for `npm run bench`: how long a page takes from load to its contact being
 * stored (extraction, messaging, database write) per page kind, in real Chromium with the built
 * extension; what the content script costs on a page that sits idle; and, with the optional LLM
 * streaming from a local OpenAI-compatible server, how long a streamed token takes to be painted
 * in the panel and how responsive the panel stays while it streams.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { grantSiteAccess, launchWithExtension } from '../demo/browser';
import { startLlmServer, type LlmServer } from '../demo/llm-server';
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

interface StreamProbe {
  paintedAt: number | null;
  maxLagMs: number;
  longTasks: number;
  done: boolean;
  error: string | null;
}

/**
 * First streamed token → painted, and the panel's main-thread lag while 400 chunks stream in.
 * The server stamps the wall-clock time it sent the token; the panel stamps the frame after the
 * token's text entered the DOM.
 */
async function benchLlmStreaming(context: BrowserContext, extensionId: string, helper: Page, results: Record<string, number>): Promise<void> {
  const llm: LlmServer = await startLlmServer();
  try {
    await grantSiteAccess(context, extensionId, 'http://127.0.0.1/*');
    // Turned on through Settings, as a user does: that asks the browser for the endpoint's host.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await settings.getByTestId('llm-enabled').check();
    await settings.getByTestId('llm-base-url').fill(llm.url);
    await settings.getByTestId('llm-model').fill('bench-model');
    await settings.getByTestId('llm-api-key').fill('sk-bench');
    await settings.getByTestId('llm-save').click();
    await settings.getByText('The LLM is on for').waitFor();
    await settings.close();
    const gmail = await context.newPage();
    const thread = DEMO_ROUTES.find((r) => r.file.includes('objection-price'));
    if (!thread) return;
    await gmail.goto(routeUrl(thread));
    await timeToStored(helper, gmail.url(), performance.now());
    const tabId = await helper.evaluate(async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id ?? -1, gmail.url());
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${String(tabId)}`);
    const draft = panel.locator('section[aria-labelledby="draft-title"]');
    const delays: number[] = [];
    const lags: number[] = [];
    let longTasks = 0;
    const body = 'Hi Mei, '.repeat(200);
    for (let run = 0; run < 5; run++) {
      llm.script({ kind: 'normal', firstChunk: '{"body":"Hi', answer: `${body.slice(2)}","subject":"Bench"}`, chunkSize: 4, chunkDelayMs: 8 });
      await panel.evaluate(() => {
        const probe: StreamProbe = { paintedAt: null, maxLagMs: 0, longTasks: 0, done: false, error: null };
        (window as unknown as { __probe: StreamProbe }).__probe = probe;
        new PerformanceObserver((list) => (probe.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
        let last = performance.now();
        const tick = setInterval(() => {
          const now = performance.now();
          probe.maxLagMs = Math.max(probe.maxLagMs, now - last - 10);
          last = now;
        }, 10);
        const observer = new MutationObserver(() => {
          const stream = document.querySelector('[data-testid="llm-stream"]');
          if (probe.paintedAt === null && stream?.textContent) requestAnimationFrame(() => (probe.paintedAt ??= performance.timeOrigin + performance.now()));
          probe.error = document.querySelector('[data-testid="llm-error"]')?.textContent ?? null;
          if (probe.error !== null || document.querySelector('[data-testid="llm-result"]')) {
            probe.done = true;
            clearInterval(tick);
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await draft.getByTestId('llm-sharpen').click();
      await panel.waitForFunction(() => (window as unknown as { __probe: StreamProbe }).__probe.done, undefined, { timeout: 60_000 });
      const probe = await panel.evaluate(() => (window as unknown as { __probe: StreamProbe }).__probe);
      if (probe.error !== null) throw new Error(`LLM streaming bench: ${probe.error}`);
      if (probe.paintedAt !== null && llm.firstChunkSentAt !== null) delays.push(probe.paintedAt - llm.firstChunkSentAt);
      lags.push(probe.maxLagMs);
      longTasks += probe.longTasks;
      await draft.getByTestId('llm-discard').click();
    }
    const paint = summarise(delays);
    results['browser.llm.first_token_to_paint.median_ms'] = round(paint.median, 1);
    results['browser.llm.first_token_to_paint.p95_ms'] = round(paint.p95, 1);
    results['browser.llm.streaming.max_main_thread_lag_ms'] = round(Math.max(...lags), 1);
    results['browser.llm.streaming.long_tasks_per_answer'] = round(longTasks / 5, 1);
    await helper.evaluate(() => chrome.storage.local.remove('llm'));
  } finally {
    await llm.close();
  }
}

export async function benchBrowser(extensionDir: string, results: Record<string, number>): Promise<void> {
  const server = await startSiteServer({ today: 'now' });
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

    await benchLlmStreaming(context, extensionId, helper, results);

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
