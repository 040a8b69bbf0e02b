/** Schemas of what extractors yield; only code that validates (the background) imports them at run time. */
import { z } from 'zod';
import { extractedContactSchema } from '../contacts/schema';
import { SITE_IDS, type SiteId } from './hosts';

import { PAGE_KINDS } from './page-kinds';

export const extractionErrorSchema = z.object({
  /** layout-not-recognised: a required part is missing; extractor-failed: the reader itself threw (a bug, reported, never a blank record). */
  code: z.enum(['layout-not-recognised', 'extractor-failed']),
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

/** A person named on a CRM record (a deal's contact roles, an account's contacts). */
export const recordPersonSchema = z.object({
  name: z.string().min(1).max(200),
  title: z.string().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  phone: z.string().min(1).max(60).optional(),
  /** The record's own word for their part: "Decision Maker", "Economic Buyer", "决策人". */
  role: z.string().min(1).max(100).optional(),
  /** Canonical identity (`email:…`, `salesforce:003…`) when the record shows one. */
  identity: z.string().min(3).max(300).optional(),
});
export type RecordPerson = z.infer<typeof recordPersonSchema>;

/** A CRM deal (opportunity, 商机) or account (客户) record, as the page shows it. */
export const crmRecordSchema = z.object({
  type: z.enum(['deal', 'account']),
  /** The CRM's own record id, from the URL. */
  recordId: z.string().min(1).max(100),
  name: z.string().min(1).max(300),
  /** The CRM's stage name, word for word (mapped to ours by the playbook's table). */
  stage: z.string().min(1).max(120).optional(),
  /** Won or lost as a badge apart from the stage (Pipedrive): it outranks the stage's mapping. */
  status: z.enum(['won', 'lost']).optional(),
  amount: z.string().min(1).max(60).optional(),
  amountValue: z.number().nonnegative().optional(),
  closeDate: z.string().min(1).max(60).optional(),
  /** Local midnight of the close date, ms. */
  closeAt: z.number().int().optional(),
  nextStep: z.string().min(1).max(1000).optional(),
  owner: z.string().min(1).max(200).optional(),
  account: z.string().min(1).max(200).optional(),
  contacts: z.array(recordPersonSchema).max(50),
  /** The record's activity, newest first. */
  activity: z
    .array(z.object({ text: z.string().min(1).max(5000), at: z.number().int().optional(), when: z.string().max(100).optional() }))
    .max(50),
  /** Every label and value shown, for the contract checklist and the rep's eye. */
  fields: z.array(z.object({ label: z.string().min(1).max(120), value: z.string().min(1).max(2000) })).max(80),
});
export type CrmRecord = z.infer<typeof crmRecordSchema>;

export const extractionResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    kind: z.enum(PAGE_KINDS),
    /** The person on the page; for a deal, its primary contact where the page marks one, else its first contact with an identity (absent if none). */
    contact: extractedContactSchema.optional(),
    conversation: conversationSchema.optional(),
    record: crmRecordSchema.optional(),
  }),
  z.object({ ok: z.literal(false), error: extractionErrorSchema }),
]);
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

