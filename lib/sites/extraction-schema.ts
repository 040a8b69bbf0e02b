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

/** A conversation on the page (an email thread, a chat), newest message last. */
export const conversationSchema = z.object({
  subject: z.string().max(500).optional(),
  messages: z
    .array(
      z.object({
        /** The site's own id, so a message re-read is not counted twice. */
        id: z.string().min(1).max(200),
        fromName: z.string().max(200).optional(),
        fromEmail: z.email().max(320).optional(),
        direction: z.enum(['inbound', 'outbound']),
        /** ms since epoch, when the page shows a full date. */
        at: z.number().int().positive().optional(),
        /** The page's own words for when, if it shows no full date ("Jun 12 8:47 AM", "Today 9:12 AM"). */
        when: z.string().max(100).optional(),
        /** The sender's own words: quoted history and signature removed. */
        text: z.string().max(20_000),
      }),
    )
    .max(100),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const extractionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), kind: z.enum(PAGE_KINDS), contact: extractedContactSchema, conversation: conversationSchema.optional() }),
  z.object({ ok: z.literal(false), error: extractionErrorSchema }),
]);
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

