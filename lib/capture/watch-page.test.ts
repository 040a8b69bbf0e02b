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
});
