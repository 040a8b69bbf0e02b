import type { PageReport } from '../messaging/protocol';
import type { ExtractionResult, PageKind, SiteAdapter } from '../sites/extraction';
import { PAGE_KINDS } from '../sites/page-kinds';

/** A page kind to name in a failure report when detection itself failed. */
function fallbackKind(adapter: SiteAdapter): PageKind {
  return PAGE_KINDS.find((kind) => kind.startsWith(adapter.site)) ?? PAGE_KINDS[0];
}

export interface WatchOptions {
  /** How long a page that finished loading may keep failing before it is reported as not recognised. */
  graceMs: number;
  /** How long a page may keep loading (or show the site's loading placeholders) before it is read as it is. */
  loadingMs: number;
  /** The least time between two readings while the page keeps changing. */
  throttleMs: number;
}

/** What `watchPage` needs from its host: the page, timers bound to the script's lifetime, a sink. */
export interface WatchHost {
  document: Document;
  location(): string;
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Whether the document itself is still loading (`document.readyState`). */
  documentLoading?(): boolean;
  /** Calls back when the document finishes loading. */
  onLoaded?(callback: () => void): void;
  /** Calls back after the page navigated within the single-page app. */
  onLocationChange(callback: () => void): void;
  onInvalidated(callback: () => void): void;
  report(url: string, report: PageReport): void;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = { graceMs: 3000, loadingMs: 20_000, throttleMs: 250 };

/**
 * Reads the page now and whenever it changes, and reports each new result once. Event-driven:
 * a MutationObserver and the site's own navigation wake it; an idle page costs nothing. Four
 * states before a record: a page that does not read yet is "loading" while the document loads or
 * the site shows its loading placeholders (up to `loadingMs`), then "reading" for a grace period
 * (single-page apps render late), then "not recognised"; a reader that throws is "failed". A later
 * successful reading still replaces the error.
 */
export function watchPage(adapter: SiteAdapter, host: WatchHost, options: WatchOptions = DEFAULT_WATCH_OPTIONS): void {
  let navigatedAt = host.now();
  /** When the page was first seen loaded since the last navigation: the grace period counts from there. */
  let loadedAt: number | null = null;
  let lastReport = '';
  let pending: number | undefined;
  let graceTimer: number | undefined;

  const publish = (url: string, report: PageReport) => {
    const key = JSON.stringify([url, report]);
    if (key === lastReport) return;
    lastReport = key;
    host.report(url, report);
  };

  const read = () => {
    pending = undefined;
    const href = host.location();
    const url = new URL(href);
    let kind: PageKind | null = null;
    let result: ExtractionResult;
    try {
      kind = adapter.detect(url, host.document);
      if (!kind) return publish(href, { status: 'unsupported' });
      result = adapter.extract(host.document, url);
    } catch (error) {
      // A reader that throws is a bug: it is reported as such (the panel says so), never as a blank record.
      const name = error instanceof Error ? error.name : typeof error;
      return publish(href, { status: 'extracted', result: { ok: false, error: { code: 'extractor-failed', site: adapter.site, kind: kind ?? fallbackKind(adapter), missing: [name.slice(0, 100)] } } });
    }
    if (result.ok) return publish(href, { status: 'extracted', result });
    const now = host.now();
    const loading = (host.documentLoading?.() ?? false) || (adapter.loading?.(host.document) ?? false);
    if (loading && now - navigatedAt < options.loadingMs) {
      loadedAt = null;
      publish(href, { status: 'loading' });
      return wakeIn(options.loadingMs - (now - navigatedAt));
    }
    loadedAt ??= now;
    const waited = now - loadedAt;
    if (waited >= options.graceMs) return publish(href, { status: 'extracted', result });
    publish(href, { status: 'reading' });
    wakeIn(options.graceMs - waited);
  };

  /** Reads again after `ms` (the end of the loading allowance or of the grace period), once. */
  const wakeIn = (ms: number) => {
    if (graceTimer !== undefined) host.clearTimeout(graceTimer);
    graceTimer = host.setTimeout(() => {
      graceTimer = undefined;
      read();
    }, ms);
  };

  const schedule = () => {
    pending ??= host.setTimeout(read, options.throttleMs);
  };

  const observer = new (host.document.defaultView ?? globalThis).MutationObserver(schedule);
  observer.observe(host.document.documentElement, { childList: true, subtree: true, characterData: true });
  host.onLoaded?.(schedule);
  host.onLocationChange(() => {
    navigatedAt = host.now();
    loadedAt = null;
    if (graceTimer !== undefined) host.clearTimeout(graceTimer);
    graceTimer = undefined;
    schedule();
  });
  host.onInvalidated(() => {
    observer.disconnect();
    if (pending !== undefined) host.clearTimeout(pending);
    if (graceTimer !== undefined) host.clearTimeout(graceTimer);
  });
  read();
}
