/** Schemas of what extractors yield; only code that validates (the background) imports them at run time. */
import { z } from 'zod';
import { extractedContactSchema } from '../contacts/schema';
import { SITE_IDS, type SiteId } from './hosts';

import { PAGE_KINDS } from './page-kinds';

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

