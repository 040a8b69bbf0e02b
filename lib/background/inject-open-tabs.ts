import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { SopDatabase } from '../db/database';
import { matchPatternsFor, siteForUrl, SITE_IDS, type SiteId } from '../sites/hosts';

/** The built content script files of a site, from our own manifest. */
function scriptsFor(site: SiteId): ScriptPublicPath[] {
  const manifest = browser.runtime.getManifest();
  const script = manifest.content_scripts?.find((cs) => cs.matches?.some((m) => matchPatternsFor(site).includes(m)));
  // Paths come from our own built manifest, so they are public script paths by construction.
  return (script?.js ?? []) as ScriptPublicPath[];
}

/**
 * Runs each site's content script in the tabs that were already open on that site when the
 * extension was installed or updated, so the panel works there without a reload.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  for (const site of SITE_IDS) {
    const files = scriptsFor(site);
    if (files.length === 0) continue;
    const tabs = await browser.tabs.query({ url: matchPatternsFor(site) });
    await Promise.allSettled(tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.scripting.executeScript({ target: { tabId: tab.id }, files })])));
  }
}

/** How long a loaded page of a supported site may stay silent before its script is run again. */
export const SILENT_AFTER_MS = 5000;

/**
 * Re-arms capture in a tab whose page loaded but never reported (its script did not run or was
 * stopped): the content script is run again. It starts only once per frame, so a script that was
 * merely slow is not doubled.
 */
export function rearmSilentTabs(db: SopDatabase): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const site = siteForUrl(tab.url);
    if (!site) return;
    const loadedAt = Date.now();
    setTimeout(() => {
      void (async () => {
        const state = await db.tabStates.get(tabId);
        if (state && state.updatedAt >= loadedAt - 1000) return;
        const files = scriptsFor(site);
        if (files.length > 0) await browser.scripting.executeScript({ target: { tabId }, files });
      })().catch(() => undefined);
    }, SILENT_AFTER_MS);
  });
}
