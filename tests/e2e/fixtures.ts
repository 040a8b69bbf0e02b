import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { builtExtensionDir, inExtension, launchWithExtension, openers, type Openers } from '../../demo/browser';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import { startLlmServer, type LlmServer } from '../../demo/llm-server';
import { startSiteServer, type SiteServer } from '../../demo/server';

const EXTENSION_DIR = builtExtensionDir();

interface WorkerFixtures {
  /** Real scrollbars in the shared browser (`test.use({ scrollbars: true })`): the panel's true width. */
  scrollbars: boolean;
  server: SiteServer;
  /** An OpenAI-compatible endpoint on 127.0.0.1 speaking HTTP and SSE, scripted per test. */
  llm: LlmServer;
  /** HubSpot, Pipedrive and Salesforce stand-ins under their API host names, scripted per test. */
  crm: CrmStandIns;
  browserWithExtension: { context: BrowserContext; extensionId: string };
}

interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens a site page in a new tab (under its real host name). */
  openSitePage: (url: string) => Promise<Page>;
  /** The side panel page following the tab of `sitePage`, opened as a tab. */
  openPanelFor: (sitePage: Page) => Promise<Page>;
  /**
   * A browser of the test's own, for a test that moves the clock: Playwright's clock belongs to the
   * browser context and cannot be taken back, so it must not touch the shared one.
   */
  ownBrowser: Opened;
}

interface Opened extends Openers {
  context: BrowserContext;
  extensionId: string;
}

/** Empties every store of the extension's database, through the raw IndexedDB API (runs in the extension). */
async function clearDatabase(): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const request = indexedDB.open('sop-copilot');
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const names = [...db.objectStoreNames];
      if (names.length === 0) {
        db.close();
        return resolvePromise();
      }
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) tx.objectStore(name).clear();
      tx.oncomplete = () => {
        db.close();
        resolvePromise();
      };
      tx.onerror = () => reject(tx.error ?? new Error('clear failed'));
    };
  });
  // Settings start as after install (language from the browser, the optional LLM off, no CRM token).
  await chrome.storage.local.remove(['settings', 'llm', 'cardFolds', 'drillArea', 'crmTokens']);
}

/**
 * Everything in one store of the extension's database, read through the raw IndexedDB API from
 * an extension page (the tests check what was stored without going through our own code).
 */
export async function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolvePromise, reject) => {
        const open = indexedDB.open('sop-copilot');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolvePromise(request.result as T[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
    store,
  );
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startSiteServer({ today: 'now' });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  llm: [
    async ({}, use) => {
      const llm = await startLlmServer();
      await use(llm);
      await llm.close();
    },
    { scope: 'worker' },
  ],
  crm: [
    async ({}, use) => {
      const crm = await startCrmStandIns();
      await use(crm);
      await crm.close();
    },
    { scope: 'worker' },
  ],
  scrollbars: [false, { scope: 'worker', option: true }],
  browserWithExtension: [
    async ({ server, crm, scrollbars }, use) => {
      const userDataDir = mkdtempSync(join(tmpdir(), 'sop-e2e-'));
      const launched = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, hostResolverRules: `${crm.hostResolverRules}, ${server.hostResolverRules}`, headless: true, scrollbars });
      await use(launched);
      await launched.context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ browserWithExtension }, use) => {
    const { context, extensionId } = browserWithExtension;
    // Each test starts with an empty database and no tabs but a blank one.
    await inExtension(context, extensionId, clearDatabase, '');
    await use(context);
    for (const page of context.pages()) await page.close();
  },
  extensionId: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.extensionId);
  },
  openSitePage: async ({ context, extensionId }, use) => {
    await use(openers(context, extensionId).openSitePage);
  },
  openPanelFor: async ({ context, extensionId }, use) => {
    await use(openers(context, extensionId).openPanelFor);
  },
  ownBrowser: async ({ server, crm }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'sop-e2e-own-'));
    const { context, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, hostResolverRules: `${crm.hostResolverRules}, ${server.hostResolverRules}`, headless: true });
    await use({ context, extensionId, ...openers(context, extensionId) });
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

export { expect, openers };
