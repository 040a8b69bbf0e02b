import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

const failureSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('network') }),
  z.object({ reason: z.literal('timeout'), seconds: z.number() }),
  z.object({ reason: z.literal('http'), status: z.number().int() }),
  z.object({ reason: z.literal('not-https') }),
  z.object({ reason: z.literal('too-large'), limitBytes: z.number() }),
  z.object({ reason: z.literal('hash-mismatch'), expected: z.string(), actual: z.string() }),
  z.object({ reason: z.literal('not-json') }),
  z.object({ reason: z.literal('invalid-playbook'), count: z.number().int(), paths: z.array(z.string()) }),
]);

export const teamPlaybookStatusSchema = z.object({
  /** The address the last check used, and its pin. */
  url: z.string(),
  pin: z.string().optional(),
  checkedAt: z.number(),
  /** The team playbook in force from policy: where it came from, its hash and revision, when it was fetched. */
  good: z.object({ url: z.string(), sha256: z.string(), at: z.number(), revision: z.number().int().optional() }).optional(),
  /** Why the last check did not take the file (absent when it did). */
  failure: failureSchema.and(z.object({ at: z.number() })).optional(),
});

/** What the last check of the team playbook found: shown in Settings and the panel. */
export type TeamPlaybookStatus = z.infer<typeof teamPlaybookStatusSchema>;

/** Written by the background only; local (per browser), like the playbook it describes. */
export const teamPlaybookStatusItem = storage.defineItem<unknown>('local:teamPlaybookStatus', { fallback: null });

/** The stored status, or null when there is none or it no longer fits (an older version). */
export function parseTeamPlaybookStatus(value: unknown): TeamPlaybookStatus | null {
  const parsed = teamPlaybookStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
