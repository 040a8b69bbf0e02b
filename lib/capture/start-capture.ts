import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/extraction';
import { watchPage } from './watch-page';

/** Wires a site's adapter to the page a content script runs in, for the script's lifetime. */
export function startCapture(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  watchPage(adapter, {
    document,
    location: () => location.href,
    now: () => Date.now(),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
    onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
    onInvalidated: (callback) => ctx.onInvalidated(callback),
    report: (url, report) => {
      sendMessage('reportPage', { url, report }).catch((error: unknown) => {
        // The background rejected the report or is gone (extension updated): nothing to show here.
        if (!ctx.isInvalid) console.warn('[SOP Copilot] report not delivered', error);
      });
    },
  });
}
