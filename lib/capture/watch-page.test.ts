import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/extraction';
import { watchPage } from './watch-page';

function host(dom: JSDOM, reports: PageReport[]) {
  return {
    document: dom.window.document,
    location: () => dom.window.location.href,
    now: () => 0,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
    onLocationChange: () => undefined,
    onInvalidated: () => undefined,
    report: (_url: string, report: PageReport) => reports.push(report),
  };
}

describe('watchPage', () => {
  it('reports a reader that throws as failed, with the site and the error kind, never as a record', () => {
    const dom = new JSDOM('<main></main>', { url: 'https://www.linkedin.com/in/someone/' });
    const reports: PageReport[] = [];
    const throwing: SiteAdapter = {
      site: 'linkedin',
      label: 'LinkedIn',
      detect: () => 'linkedin-profile',
      extract: () => {
        throw new TypeError('Cannot read properties of null');
      },
    };
    watchPage(throwing, host(dom, reports));
    expect(reports).toEqual([{ status: 'extracted', result: { ok: false, error: { code: 'extractor-failed', site: 'linkedin', kind: 'linkedin-profile', missing: ['TypeError'] } } }]);
  });

  it('reports a detection that throws the same way', () => {
    const dom = new JSDOM('<main></main>', { url: 'https://mail.google.com/mail/u/0/' });
    const reports: PageReport[] = [];
    const throwing: SiteAdapter = {
      site: 'gmail',
      label: 'Gmail',
      detect: () => {
        throw new RangeError('bad');
      },
      extract: () => ({ ok: false, error: { code: 'layout-not-recognised', site: 'gmail', kind: 'gmail-thread', missing: [] } }),
    };
    watchPage(throwing, host(dom, reports));
    expect(reports[0]).toMatchObject({ status: 'extracted', result: { ok: false, error: { code: 'extractor-failed', site: 'gmail', kind: 'gmail-thread', missing: ['RangeError'] } } });
  });

  describe('the four states before a record: loading, reading, not recognised, failed', () => {
    /** A host whose clock and timers the test moves by hand. */
    function clockHost(dom: JSDOM, reports: PageReport[], documentLoading: () => boolean) {
      let now = 0;
      let timers: { at: number; callback: () => void; id: number }[] = [];
      let nextId = 1;
      return {
        host: {
          ...host(dom, reports),
          now: () => now,
          setTimeout: (callback: () => void, ms: number) => {
            timers.push({ at: now + ms, callback, id: nextId });
            return nextId++;
          },
          clearTimeout: (id: number) => {
            timers = timers.filter((t) => t.id !== id);
          },
          documentLoading,
        },
        advance(ms: number) {
          now += ms;
          const due = timers.filter((t) => t.at <= now);
          timers = timers.filter((t) => t.at > now);
          for (const timer of due) timer.callback();
        },
      };
    }
    const notRecognised = { ok: false as const, error: { code: 'layout-not-recognised' as const, site: 'linkedin' as const, kind: 'linkedin-profile' as const, missing: ['name'] } };
    const adapter = (placeholders: () => boolean): SiteAdapter => ({
      site: 'linkedin',
      label: 'LinkedIn',
      detect: () => 'linkedin-profile',
      extract: () => notRecognised,
      loading: placeholders,
    });
    const options = { graceMs: 3000, loadingMs: 20_000, throttleMs: 250 };

    it('says "loading" while the site shows its placeholders, "reading" for the grace period after, then "not recognised"', async () => {
      const dom = new JSDOM('<main></main>', { url: 'https://www.linkedin.com/in/someone/' });
      const reports: PageReport[] = [];
      let placeholders = true;
      const clock = clockHost(dom, reports, () => false);
      watchPage(adapter(() => placeholders), clock.host, options);
      expect(reports).toEqual([{ status: 'loading' }]);
      clock.advance(5000);
      // Still loading after longer than the grace period: not called unrecognised.
      expect(reports).toEqual([{ status: 'loading' }]);
      placeholders = false;
      dom.window.document.querySelector('main')?.append('x');
      await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's callback
      clock.advance(250);
      expect(reports.at(-1)).toEqual({ status: 'reading' });
      clock.advance(2000);
      expect(reports.at(-1)).toEqual({ status: 'reading' });
      clock.advance(1000);
      expect(reports.at(-1)).toEqual({ status: 'extracted', result: notRecognised });
    });

    it('counts the grace period from the end of the document’s own loading', async () => {
      const dom = new JSDOM('<main></main>', { url: 'https://www.linkedin.com/in/someone/' });
      const reports: PageReport[] = [];
      let loading = true;
      const clock = clockHost(dom, reports, () => loading);
      watchPage(adapter(() => false), clock.host, options);
      clock.advance(4000);
      expect(reports).toEqual([{ status: 'loading' }]);
      loading = false;
      dom.window.document.querySelector('main')?.append('x');
      await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's callback
      clock.advance(250);
      clock.advance(2500);
      expect(reports.at(-1)).toEqual({ status: 'reading' });
      clock.advance(500);
      expect(reports.at(-1)).toMatchObject({ status: 'extracted', result: { ok: false } });
    });

    it('reads a page that never stops loading as it is after the loading allowance', () => {
      const dom = new JSDOM('<main></main>', { url: 'https://www.linkedin.com/in/someone/' });
      const reports: PageReport[] = [];
      const clock = clockHost(dom, reports, () => false);
      watchPage(adapter(() => true), clock.host, options);
      clock.advance(19_000);
      expect(reports).toEqual([{ status: 'loading' }]);
      clock.advance(1000);
      expect(reports.at(-1)).toEqual({ status: 'reading' });
      clock.advance(3000);
      expect(reports.at(-1)).toEqual({ status: 'extracted', result: notRecognised });
    });
  });
});
