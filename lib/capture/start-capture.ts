import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/extraction';
import { createReporter } from './deliver';
import { watchPage } from './watch-page';

/** Set in this extension's isolated world (which the page cannot see or touch): capture runs once per frame. */
const RUNNING = Symbol.for('sop-copilot.capture');

/**
 * Wires a site's adapter to the page a content script runs in. Its lifetime is the extension's,
 * not WXT's context: a page can dispatch the event WXT uses to stop an older copy of a script,
 * so nothing the page sends stops capture. It stops only when the extension itself is gone
 * (updated or removed), and a second injection into the same frame does nothing.
 */
export function startCapture(_ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const scope = globalThis as { [RUNNING]?: boolean };
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
  const orphaned = () => {
    try {
      return !browser.runtime.id;
    } catch {
      return true;
    }
  };
  const stops: (() => void)[] = [];
  const report = createReporter({
    send: (url, pageReport) => sendMessage('reportPage', { url, report: pageReport }),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    orphaned,
    onGiveUp: (error) => {
      if (!orphaned()) console.warn('[SOP Copilot] report not delivered', error);
    },
  });
  watchPage(adapter, {
    document,
    location: () => location.href,
    now: () => Date.now(),
    setTimeout: (callback, ms) =>
      window.setTimeout(() => {
        if (orphaned()) return stop();
        callback();
      }, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    documentLoading: () => document.readyState !== 'complete',
    onLoaded: (callback) => {
      window.addEventListener('load', callback);
      stops.push(() => window.removeEventListener('load', callback));
    },
    onLocationChange: (callback) => {
      // In-app navigation: the Navigation API where the browser has it, history moves otherwise.
      const navigation = (window as { navigation?: EventTarget }).navigation;
      navigation?.addEventListener('navigatesuccess', callback);
      window.addEventListener('popstate', callback);
      stops.push(() => {
        navigation?.removeEventListener('navigatesuccess', callback);
        window.removeEventListener('popstate', callback);
      });
    },
    onInvalidated: (callback) => stops.push(callback),
    report: (url, pageReport) => {
      if (orphaned()) return stop();
      report(url, pageReport);
    },
  });
  function stop(): void {
    scope[RUNNING] = false;
    for (const fn of stops.splice(0)) fn();
  }
}
