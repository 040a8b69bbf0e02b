import { z } from 'zod';
import { extractedContactSchema } from '../contacts/schema';
import { SITE_IDS, type SiteId } from './hosts';

export const PAGE_KINDS = ['linkedin-profile'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const extractionErrorSchema = z.object({
  code: z.enum(['layout-not-recognised']),
  site: z.enum(SITE_IDS as [SiteId, ...SiteId[]]),
  kind: z.enum(PAGE_KINDS),
  /** Which required parts could not be found, for the maintainer's runbook. */
  missing: z.array(z.string().max(100)).max(20),
});
export type ExtractionError = z.infer<typeof extractionErrorSchema>;

export const extractionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), kind: z.enum(PAGE_KINDS), contact: extractedContactSchema }),
  z.object({ ok: z.literal(false), error: extractionErrorSchema }),
]);
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

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
  detect(url: URL): PageKind | null;
  extract(document: Document, url: URL): ExtractionResult;
}
