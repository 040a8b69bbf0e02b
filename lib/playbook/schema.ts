import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales';
import { STAGE_IDS } from '../sop/stages';
import { OBJECTION_IDS, TIER_IDS } from './ids';
import { CRM_SITE_IDS } from '../sites/hosts';
import { MAPPED_STAGE_VALUES, stageKey } from './crm-stages';

/** A text in every product language; a playbook with a missing translation does not validate. */
export const localizedSchema = z.object({
  en: z.string().trim().min(1),
  'zh-Hans': z.string().trim().min(1),
  'zh-Hant': z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export { BANT_KEYS, OBJECTION_IDS, SPIN_TYPES, TIER_IDS, type BantKey, type ObjectionId, type SpinType, type TierId } from './ids';

const id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'lower-case id (a-z, 0-9, _ and -)');

const stageSchema = z.object({
  id: z.enum(STAGE_IDS),
  name: localizedSchema,
  goal: localizedSchema,
  keyTasks: z.array(localizedSchema).min(1),
  exitCriteria: z.array(z.object({ id, text: localizedSchema })).min(1),
  record: z.array(localizedSchema).min(1),
  example: localizedSchema,
});

const weightsSchema = z.object({ budget: z.number().min(0), authority: z.number().min(0), need: z.number().min(0), timeline: z.number().min(0) });

const bantSchema = z.object({
  /** young: a company seeking market proof weighs Need + Timeline; mature: Budget + Authority. */
  weighting: z.enum(['young', 'mature']),
  weights: z.object({ young: weightsSchema, mature: weightsSchema }),
  facts: z.object({
    budget: z.object({ name: localizedSchema, question: localizedSchema }),
    authority: z.object({ name: localizedSchema, question: localizedSchema }),
    need: z.object({ name: localizedSchema, question: localizedSchema }),
    timeline: z.object({ name: localizedSchema, question: localizedSchema }),
  }),
  /** Tier A needs a purchase within this many months. */
  tierAWithinMonths: z.number().int().positive(),
});

const tierSchema = z.object({
  id: z.enum(TIER_IDS),
  definition: localizedSchema,
  /** Follow-ups per period, e.g. 2 per 7 days. */
  cadence: z.object({ touches: z.number().int().positive(), perDays: z.number().int().positive() }),
  cadenceLabel: localizedSchema,
  send: localizedSchema,
});

const triggersSchema = z.object({
  promoteBToAOnBudget: z.boolean(),
  retireAfterUnanswered: z.number().int().positive(),
  dormantAfterDays: z.number().int().positive(),
  reactivationOffer: localizedSchema,
  /** The dashboard names no winning talk track below this many uses per track (default 20). */
  trackMinUses: z.number().int().positive().optional(),
  /** The dashboard counts a contact or deal as stalled after this many days without a stage move (default 30). */
  stalledAfterDays: z.number().int().positive().optional(),
});

/** What a follow-up's plain question can be about: what is on the table (a demo, a proposal, a quote, the contract), else the stage. */
export const PLAIN_QUESTION_KEYS = ['early', 'discover', 'demo', 'proposal', 'present', 'quote', 'negotiate', 'contract', 'customer'] as const;
export type PlainQuestionKey = (typeof PLAIN_QUESTION_KEYS)[number];

const spinSchema = z.object({
  industries: z.array(z.object({ id, name: localizedSchema, keywords: z.array(z.string().min(1)).min(1), noun: localizedSchema })).min(1),
  roles: z.array(z.object({ id, name: localizedSchema, keywords: z.array(z.string().min(1)).min(1) })).min(1),
  pains: z
    .array(
      z.object({
        id,
        name: localizedSchema,
        /** '*' fits every industry. */
        industries: z.array(z.string()).min(1),
        roles: z.array(z.string()).min(1),
        questions: z.object({ situation: localizedSchema, problem: localizedSchema, implication: localizedSchema, needPayoff: localizedSchema }),
        /** Words that name this pain in a deal's or a thread's subject (any language); such a subject leads the questions with it. */
        subjects: z.array(z.string().min(1).max(80)).max(60).optional(),
      }),
    )
    .min(1),
  /** A follow-up's plain question by what is on the table or the stage, for when no SPIN question fits the person; absent: the SPIN question. */
  plainQuestions: z.partialRecord(z.enum(PLAIN_QUESTION_KEYS), localizedSchema).optional(),
});

const objectionSchema = z.object({
  id: z.enum(OBJECTION_IDS),
  name: localizedSchema,
  hiddenConcerns: z.array(localizedSchema).min(1),
  clarifyingQuestion: localizedSchema,
  responses: z
    .array(
      z.object({
        trackId: id,
        lever: z.enum(['non-price', 'price', 'proof', 'process']),
        /** Phrased without numbers, true for any deal. */
        text: localizedSchema,
        /** The same with the deal's own numbers ({amount} a year, {monthly} a month), used when the deal's amount is known. */
        withNumbers: localizedSchema.optional(),
        /** The same naming the product they use now or the system they need us to work with ({name}), as their words name it. */
        withName: localizedSchema.optional(),
        /** The same said to a customer about their renewal (after signing, when the renewal is what the thread is about). */
        forRenewal: localizedSchema.optional(),
      }),
    )
    .min(2)
    .max(3),
});

const signalSchema = z.object({ id, name: localizedSchema, action: localizedSchema });

const draftSchema = z.object({
  id,
  /** When it fits: a stage, an objection, or both; the most specific match wins. */
  stage: z.enum(STAGE_IDS).optional(),
  objection: z.enum(OBJECTION_IDS).optional(),
  subject: localizedSchema,
  body: localizedSchema,
});

export const playbookSchema = z
  .object({
    format: z.literal('sop-copilot-playbook'),
    version: z.literal(1),
    name: localizedSchema,
    /** The team's own number for this edition of its playbook, shown to reps as "Team playbook v3". */
    revision: z.number().int().positive().optional(),
    stages: z.array(stageSchema).length(STAGE_IDS.length),
    bant: bantSchema,
    tiers: z.array(tierSchema).length(TIER_IDS.length),
    triggers: triggersSchema,
    spin: spinSchema,
    objections: z.array(objectionSchema).length(OBJECTION_IDS.length),
    buyingSignals: z.array(signalSchema).min(1),
    contractChecklist: z.array(z.object({ id, text: localizedSchema })).min(1),
    afterSales: z.object({
      revisitDays: z.object({ A: z.number().int().positive(), B: z.number().int().positive() }),
      complaint: z.object({ respondHours: z.number().positive(), workaroundHours: z.number().positive(), fixDays: z.number().positive() }),
      notes: z.array(localizedSchema).min(1),
    }),
    drafts: z.array(draftSchema).min(1),
    /** Each CRM's stage names mapped to ours; absent in files from before CRM support (the defaults apply). */
    crmStages: z
      .array(z.object({ crm: z.enum(CRM_SITE_IDS), stage: z.string().trim().min(1).max(120), sop: z.enum(MAPPED_STAGE_VALUES) }))
      .max(500)
      .optional(),
    /**
     * The team's case library (DOMAIN.md § 7): real replies and what they are. The reply reader reads
     * a reply close to one of them the same way, so a team that imports its playbook teaches every
     * rep's reader its customers' wording. Absent in files from before the case library.
     */
    cases: z
      .array(z.object({ category: z.enum([...OBJECTION_IDS, 'none']), text: z.string().trim().min(1).max(4000) }))
      .max(5000)
      .optional(),
  })
  .superRefine((playbook, ctx) => {
    playbook.stages.forEach((stage, i) => {
      if (stage.id !== STAGE_IDS[i]) ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `expected "${STAGE_IDS[i] ?? ''}" at this position` });
    });
    const tiers = playbook.tiers.map((t) => t.id);
    if (new Set(tiers).size !== tiers.length) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'each tier A, B, C exactly once' });
    const objections = playbook.objections.map((o) => o.id);
    if (new Set(objections).size !== objections.length) ctx.addIssue({ code: 'custom', path: ['objections'], message: 'each objection category exactly once' });
    const seen = new Set<string>();
    playbook.crmStages?.forEach((row, i) => {
      const key = `${row.crm}\u0000${stageKey(row.stage)}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['crmStages', i, 'stage'], message: `"${row.stage}" is mapped twice for ${row.crm}` });
      seen.add(key);
    });
  });

export type Playbook = z.infer<typeof playbookSchema>;

/** The text in one language. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

export { LOCALES };
