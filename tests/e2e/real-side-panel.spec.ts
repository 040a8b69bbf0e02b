import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { launchWithExtension, openSidePanel } from '../../demo/browser';
import { startSiteServer } from '../../demo/server';

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// The real Chrome side panel, opened the way a user does (a gesture), reached over CDP because it
// is not a tab. Every other spec opens the same page as a tab with ?tabId=.
test('the real side panel shows the contact of the active tab and follows tab switches', async () => {
  const server = await startSiteServer({ today: 'now' });
  const port = await freePort();
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-real-panel-'));
  const { context, extensionId } = await launchWithExtension({
    extensionDir: resolve(import.meta.dirname, '../../.output/chrome-mv3'),
    userDataDir,
    hostResolverRules: server.hostResolverRules,
    headless: true,
    extraArgs: [`--remote-debugging-port=${port}`],
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
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
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
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
