import { z } from 'zod';
import { SITE_IDS, type SiteId } from '../sites/hosts';
import { isLinkedInProfileUrl } from './profile-link';
import { STAGE_IDS } from '../sop/stages';

export { isLinkedInProfileUrl };

/** What the issue of a refused link carries, so the import can name it in the rep's language. */
export const UNSAFE_LINK = 'unsafe-link';

const profileUrlSchema = z
  .string()
  .max(500)
  .refine(isLinkedInProfileUrl, { message: 'the profile link must be an https LinkedIn profile (https://www.linkedin.com/in/…)', params: { reason: UNSAFE_LINK } });

/**
 * What one page yields about one person. It is derived from an untrusted page, so every field is
 * bounded and validated again in the background before it is stored.
 */
export const extractedContactSchema = z.object({
  source: z.enum(SITE_IDS as [SiteId, ...SiteId[]]),
  /** Canonical identity key, e.g. `linkedin:jane-doe-1a2b3c`. */
  identity: z.string().min(3).max(300),
  name: z.string().min(1).max(200),
  headline: z.string().min(1).max(600).optional(),
  company: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(200).optional(),
  location: z.string().min(1).max(200).optional(),
  profileUrl: profileUrlSchema.optional(),
  email: z.email().max(320).optional(),
  phone: z.string().min(1).max(60).optional(),
  about: z.string().min(1).max(5000).optional(),
  /** The rep's own notes on a Sales Navigator lead, kept apart from the About a profile shows in the lead's own words. */
  leadNotes: z.string().min(1).max(5000).optional(),
  experience: z
    .array(
      z.object({
        title: z.string().min(1).max(200),
        company: z.string().min(1).max(200).optional(),
        dateRange: z.string().min(1).max(100).optional(),
      }),
    )
    .max(50)
    .optional(),
});

export type ExtractedContact = z.infer<typeof extractedContactSchema>;

export type ContactId = string & { readonly __brand: 'ContactId' };

export const contactSchema = extractedContactSchema.omit({ source: true, identity: true }).extend({
  id: z.string().min(1) as unknown as z.ZodType<ContactId>,
  identities: z.array(z.string()).min(1),
  sources: z.array(z.enum(SITE_IDS as [SiteId, ...SiteId[]])).min(1),
  stage: z.enum(STAGE_IDS),
  stageChangedAt: z.number(),
  createdAt: z.number(),
  /** Last time a page showed this person. */
  capturedAt: z.number(),
  /** What the rep knows of Budget, Authority, Need, Timeline; absent means all unknown. */
  bant: z
    .object({
      budget: z.enum(['unknown', 'confirmed', 'none']),
      authority: z.enum(['unknown', 'decision-maker', 'influencer']),
      need: z.enum(['unknown', 'vague', 'clear', 'none']),
      timelineMonths: z.number().int().min(0).max(120).nullable(),
    })
    .optional(),
  /**
   * The tier the panel's judgment gives them (the header's and the BANT card's), where it is not what their recorded
   * BANT scores at their recorded stage: a demo they answered, a stage their thread shows (null: retired for need).
   * Kept by Today's index as it judges (lib/situation/queue-index.ts), so the Contacts tier filter and the dashboard's
   * cadence read the one tier without judging anyone (lib/contacts/tier.ts). On a person on an open deal, the deal's tier
   * (its record's BANT) where their own record scores another: their header shows it. Absent: the recorded score is it.
   */
  tier: z.enum(['A', 'B', 'C']).nullable().optional(),
  /**
   * The stage the panel's judgment shows them at (the header's, their Contacts row's), where it is not their recorded
   * stage: a demo they answered (Presentation where Prospecting is recorded), another record of theirs further on.
   * Kept by Today's index as it judges, so the Contacts stage filter lists them there without judging anyone
   * (lib/contacts/listed-stage.ts; indexed with `capturedAt`, schema 15). On a person on an open deal, the deal's stage
   * their header shows (its CRM's, or their thread's when further on). Absent: the recorded stage is it.
   */
  judgedStage: z.enum(STAGE_IDS).optional(),
  /** Pain ids confirmed with this contact (from the playbook's SPIN bank). */
  knownPains: z.array(z.string()).optional(),
  /** SPIN question ids already asked. */
  askedQuestions: z.array(z.string()).optional(),
  /** What the prospect answered, by SPIN question id. */
  answers: z.record(z.string(), z.string().max(5000)).optional(),
  /** Exit criteria of the current stage met, by id. */
  exitCriteriaMet: z.array(z.string()).optional(),
  /** Their newest words (the last run of their messages), for the judgment when no page shows them. */
  lastWord: z.object({ at: z.number().nullable(), text: z.string().max(20_000) }).optional(),
  /**
   * The newest thread a page showed with them (its subject and newest messages, bounded as the page's
   * own), so that a judgment made away from the page (Today, the contact opened from a list) reads the
   * same evidence as the page did: the proposal we sent, the quote they answered. `at`: its newest
   * dated message, else when it was read.
   */
  thread: z
    .object({
      at: z.number(),
      subject: z.string().max(2000).optional(),
      messages: z.array(z.object({ direction: z.enum(['inbound', 'outbound']), at: z.number().nullable(), text: z.string().max(4000) })).max(50),
    })
    .optional(),
  /** The rep put the contact off until a day (`at`: when they did). */
  snooze: z.object({ until: z.number(), at: z.number() }).optional(),
  /** Every stage move: when and why. */
  stageHistory: z.array(z.object({ from: z.enum(STAGE_IDS), to: z.enum(STAGE_IDS), at: z.number(), reason: z.string().max(500) })).optional(),
});

export type Contact = z.infer<typeof contactSchema>;
