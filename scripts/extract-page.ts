import { JSDOM } from 'jsdom';
import { siteForUrl } from '../lib/sites/hosts';
import { SITE_ADAPTERS } from '../lib/sites/registry';

export interface CliOutcome {
  stdout: string;
  stderr: string;
  code: number;
}

const USAGE = 'usage: npm run -s extract -- --url <URL the page was saved from> <file.html>';

/**
 * What `npm run -s extract` prints for a saved page: the extraction result as JSON, exit 0 when a
 * contact or a CRM record was read, 1 when the page was not recognised, 2 on a usage error.
 */
export function extractSavedPage(argv: readonly string[], readFile: (path: string) => string): CliOutcome {
  const urlIndex = argv.indexOf('--url');
  const url = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  const file = argv.find((arg, i) => !arg.startsWith('--') && i !== urlIndex + 1);
  if (!url || !file) return { stdout: '', stderr: `${USAGE}\n`, code: 2 };
  if (!URL.canParse(url)) return { stdout: '', stderr: `not a URL: ${url}\n${USAGE}\n`, code: 2 };
  let html: string;
  try {
    html = readFile(file);
  } catch (error) {
    return { stdout: '', stderr: `cannot read ${file}: ${(error as Error).message}\n`, code: 2 };
  }

  const { window } = new JSDOM(html, { url });
  try {
    return extractParsedPage(window.document, url);
  } finally {
    window.close();
  }
}

/**
 * The same outcome for a page already parsed: its site's reader run on `document` as the content
 * script runs it, reading the document and never changing it (so one parse can be read again, e.g.
 * under another time zone).
 */
export function extractParsedPage(document: Document, url: string): CliOutcome {
  const parsed = new URL(url);
  const site = siteForUrl(parsed);
  const adapter = site ? SITE_ADAPTERS[site] : null;
  const kind = adapter?.detect(parsed, document) ?? null;
  if (!adapter || !kind) {
    const error = { code: 'unsupported-page', url, message: 'No reader for this URL: not a supported site or page kind.' };
    return { stdout: `${JSON.stringify({ ok: false, error })}\n`, stderr: '', code: 1 };
  }
  const result = adapter.extract(document, parsed);
  return { stdout: `${JSON.stringify(result)}\n`, stderr: '', code: result.ok ? 0 : 1 };
}
