import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { launchWithExtension, openSidePanel } from '../../demo/browser';
import { expect, test } from './fixtures';

/**
 * The DevTools port Chromium chose (`--remote-debugging-port=0`): it writes it to the profile's
 * `DevToolsActivePort`. Asked of the browser itself, never probed beforehand, so another run on
 * the same machine cannot take the port in between.
 */
async function devToolsPort(userDataDir: string): Promise<number> {
  const file = join(userDataDir, 'DevToolsActivePort');
  await expect.poll(() => existsSync(file) && Number(readFileSync(file, 'utf8').split('\n')[0]) > 0, { timeout: 30_000 }).toBe(true);
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

// The real Chrome side panel, opened the way a user does (a gesture), reached over CDP because it
// is not a tab. Every other spec opens the same page as a tab with ?tabId=. A browser of its own (the
// DevTools port), beside the worker's demo server: the test is run by the same workers as the others
// (with Playwright's own `test` it was given a worker of its own, started at the end of the run).
test('the real side panel shows the contact of the active tab and follows tab switches', async ({ server }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-real-panel-'));
  const { context, extensionId } = await launchWithExtension({
    extensionDir: resolve(import.meta.dirname, '../../.output/chrome-mv3'),
    userDataDir,
    hostResolverRules: server.hostResolverRules,
    headless: true,
    extraArgs: ['--remote-debugging-port=0'],
  });
  let cdp: Browser | undefined;
  try {
    const mei = context.pages()[0] ?? (await context.newPage());
    await mei.goto('https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    await openSidePanel(context, extensionId);
    await mei.bringToFront();
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).length))
      .toBe(1);
    // Connected after the panel exists: a CDP connection lists the targets present when it attaches.
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(userDataDir)}`);
    const isPanel = (url: string) => url === `chrome-extension://${extensionId}/sidepanel.html`;
    const panel = cdp.contexts().flatMap((c) => c.pages()).find((p) => isPanel(p.url()));
    if (!panel) throw new Error('side panel not found');
    await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

    const priya = await context.newPage();
    await priya.goto('https://www.linkedin.com/in/priya-raman-0c9d2e/');
    await priya.bringToFront();
    await expect(panel.getByTestId('contact-name')).toHaveText('Priya Raman');

    await mei.bringToFront();
    await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  } finally {
    await cdp?.close();
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
