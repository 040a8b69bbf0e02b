import type { SiteId } from './hosts';
import type { ExtractionResult } from './extraction-schema';
import type { PageKind } from './page-kinds';

export type { Conversation, ExtractionError, ExtractionResult } from './extraction-schema';
export type { PageKind } from './page-kinds';

/** Thrown by extractors when a required part of the page cannot be found. */
export class LayoutNotRecognisedError extends Error {
  override readonly name = 'LayoutNotRecognisedError';
  constructor(
    readonly site: SiteId,
    readonly kind: PageKind,
    readonly missing: string[],
  ) {
    super(`${site} layout not recognised (${kind}): missing ${missing.join(', ')}`);
  }

  toResult(): ExtractionResult {
    return { ok: false, error: { code: 'layout-not-recognised', site: this.site, kind: this.kind, missing: this.missing } };
  }
}

/**
 * One site's reader. `detect` says which page kind a URL is (null: nothing to read there);
 * `extract` is a pure function of the document and URL, so it runs the same on the live page and
 * on a saved copy in Node.
 */
export interface SiteAdapter {
  readonly site: SiteId;
  readonly label: string;
  /** The page kind at this URL; `document`, when given, shows what is open on the page (a chat overlay). */
  detect(url: URL, document?: Document): PageKind | null;
  extract(document: Document, url: URL): ExtractionResult;
  /** Whether the site still shows its own loading placeholders (a page that is not there yet is not "not recognised"). */
  loading?(document: Document): boolean;
}
