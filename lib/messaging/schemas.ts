import { z } from 'zod';
import { extractionResultSchema } from '../sites/extraction-schema';

/** What a content script says about the page it runs in. */
export const pageReportSchema = z.discriminatedUnion('status', [
  /** The page itself is still loading (the document, or the site's own loading placeholders). */
  z.object({ status: z.literal('loading') }),
  /** The page is a kind we read but has not rendered what we need yet. */
  z.object({ status: z.literal('reading') }),
  /** A page of a supported site that holds no contact (the feed, search…). */
  z.object({ status: z.literal('unsupported') }),
  z.object({ status: z.literal('extracted'), result: extractionResultSchema }),
]);
export type PageReport = z.infer<typeof pageReportSchema>;

export const reportPageSchema = z.object({
  url: z.url().max(4000),
  report: pageReportSchema,
});
export type ReportPageMessage = z.infer<typeof reportPageSchema>;

