import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { matchPatternsFor, SITE_IDS } from '../sites/hosts';

/**
 * Runs each site's content script in the tabs that were already open on that site when the
 * extension was installed or updated, so the panel works there without a reload.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  for (const site of SITE_IDS) {
    const script = manifest.content_scripts?.find((cs) => cs.matches?.some((m) => matchPatternsFor(site).includes(m)));
    // Paths come from our own built manifest, so they are public script paths by construction.
    const files = (script?.js ?? []) as ScriptPublicPath[];
    if (files.length === 0) continue;
    const tabs = await browser.tabs.query({ url: matchPatternsFor(site) });
    await Promise.allSettled(
      tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.scripting.executeScript({ target: { tabId: tab.id }, files })])),
    );
  }
}
