import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startSiteServer, type SiteServer } from './server';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
  constructor(tried: string[]) {
    super(
      `No Chromium found (tried ${tried.join(', ')}). Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
}

/** The browser binary: `CHROME_PATH` when set, else the first system Chromium or Chrome found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new ChromiumNotFoundError([env.CHROME_PATH]);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new ChromiumNotFoundError(CANDIDATES);
  return found;
}

/**
 * The built extension: `SOP_EXTENSION_DIR` when set (a build copied elsewhere, two people building on
 * one machine, an unzipped package), else `.output/chrome-mv3` (`npx wxt build`).
 */
export function builtExtensionDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOP_EXTENSION_DIR ?? resolve(import.meta.dirname, '../.output/chrome-mv3');
}

export interface LaunchOptions {
  extensionDir: string;
  userDataDir: string;
  hostResolverRules: string;
  headless: boolean;
  extraArgs?: string[];
  /**
   * Draw scrollbars as a real side panel does (Chrome on Linux and Windows: classic, about 15 px wide,
   * taken from the page's width). Playwright hides them in headless mode by default, which makes a
   * page 15 px wider than the rep's.
   */
  scrollbars?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** Chromium with the built extension loaded, every site host mapped to the local server. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: findChromium(),
    headless: options.headless,
    ignoreHTTPSErrors: true,
    viewport: null,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.scrollbars ? ['--hide-scrollbars'] : [])],
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-first-run',
      // Hides the infobar about the host-resolver flag; nothing else changes.
      '--test-type',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Headless, nobody types in the address bar: Chrome's WebUI omnibox popup would still start a
      // renderer of its own in every browser: one-judgment.spec took 25 % and 13 % less CPU without it (two A/B pairs).
      ...(options.headless ? ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

export interface DemoBrowser extends LaunchedBrowser {
  server: SiteServer;
  /** Closes the browser and the server and deletes the throwaway profile. */
  close(): Promise<void>;
}

/**
 * The demo as `npm start` and `npm run walk` run it: the demo pages served as if saved today under
 * their real host names, and Chromium with the extension in a throwaway profile.
 */
export async function launchDemo(options: { extensionDir: string; headless: boolean; scrollbars?: boolean }): Promise<DemoBrowser> {
  const server = await startSiteServer({ today: 'now' });
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-copilot-demo-'));
  const launched = await launchWithExtension({ ...options, userDataDir, hostResolverRules: server.hostResolverRules });
  return {
    ...launched,
    server,
    close: async () => {
      await launched.context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the real side panel for the current window. `chrome.sidePanel.open` needs a user gesture,
 * so a button is clicked in a short-lived extension page.
 */
export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<void> {
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=-1`);
  await opener.evaluate(async () => {
    const { id } = await chrome.windows.getCurrent();
    const button = document.createElement('button');
    button.id = 'open-panel';
    button.textContent = 'Open the side panel';
    button.onclick = () => void chrome.sidePanel.open({ windowId: id ?? chrome.windows.WINDOW_ID_CURRENT });
    document.body.prepend(button);
  });
  await opener.click('#open-panel');
  await opener.close();
}

/**
 * Grants the extension access to `origin` the way a user does under chrome://extensions → Site
 * access. Automation cannot answer the browser's own permission prompt; with the origin granted
 * there, the extension's `permissions.request` for it succeeds without one.
 */
export async function grantSiteAccess(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id ?? '', host ?? ''),
    [extensionId, origin],
  );
  await page.close();
}

/** Opens site pages and the side panel's page for one (as a tab: automation cannot reach the real panel's frame). */
export interface Openers {
  /** Opens a site page in a new tab (under its real host name). */
  openSitePage: (url: string) => Promise<Page>;
  /** The side panel page following the tab of `sitePage`, opened as a tab. */
  openPanelFor: (sitePage: Page) => Promise<Page>;
}

export function openers(context: BrowserContext, extensionId: string): Openers {
  return {
    openSitePage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    openPanelFor: async (sitePage) => {
      const tabId = await inExtension(context, extensionId, tabIdOf, sitePage.url());
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
  };
}

/**
 * Runs `fn` in an extension context: the service worker when it runs (no page to load: the panel,
 * loaded only to ask, cost every test a panel's start-up), else a panel page opened for it. `fn`
 * must use only what both have (`chrome.*`, `indexedDB`).
 */
export async function inExtension<T>(context: BrowserContext, extensionId: string, fn: (arg: string) => Promise<T>, arg: string): Promise<T> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (worker) {
    try {
      return await worker.evaluate(fn, arg);
    } catch (error) {
      // A worker the browser stopped (a test may stop it): ask a page instead. Any other error is the test's.
      if (!/closed|destroyed|detached/i.test(String(error))) throw error;
    }
  }
  const helper = await context.newPage();
  try {
    await helper.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
    return await helper.evaluate(fn, arg);
  } finally {
    await helper.close();
  }
}

/** Tab ids are only visible to the extension: ask it which tab shows `url` (waiting until one does). */
async function tabIdOf(url: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id !== undefined) return tab.id;
    if (Date.now() > deadline) throw new Error(`no tab shows ${url}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}
