import type { ObjectionId } from '../playbook/ids';

/**
 * Objection categories that meet (DOMAIN.md § 5): a reply or a hidden concern of one can honestly
 * be read as the other, so the drill never offers one as a wrong answer beside the other.
 * Written one way here; {@link overlapsWith} reads it both ways.
 *
 * - `price` can hide no budget, doubt about the return or a cheaper competitor (§ 5's iceberg), and
 *   asking to pay differently is `contract`.
 * - `budget` committed elsewhere or a champion who cannot make the case upward meets `authority`;
 *   a payment schedule too heavy for the cash flow meets `contract`.
 * - `value`: a past project that failed meets `trust`; not seeing the return meets `need` and the
 *   unmeasured cost of `status_quo`.
 * - `competitor`: already using another vendor meets `status_quo`; a contract with them, `contract`;
 *   a real feature gap, `fit`.
 * - `status_quo`: fear of change meets `trust` (staff will resist); "handled well enough" meets `need`.
 * - `timing`: "a polite no" and "interested but busy" sit between it and `brush_off`.
 * - `need`: "not for us" is `brush_off` when no reason is given.
 */
const MEETS: Partial<Record<ObjectionId, readonly ObjectionId[]>> = {
  price: ['budget', 'value', 'competitor', 'contract'],
  budget: ['authority', 'contract'],
  value: ['trust', 'need', 'status_quo'],
  competitor: ['status_quo', 'contract', 'fit'],
  status_quo: ['trust', 'need'],
  timing: ['brush_off'],
  need: ['brush_off'],
};

/** Whether two objection categories are near-synonyms or overlap (never true of a category and itself). */
export function overlapsWith(a: string, b: string): boolean {
  if (a === b) return false;
  return Boolean(MEETS[a as ObjectionId]?.includes(b as ObjectionId) || MEETS[b as ObjectionId]?.includes(a as ObjectionId));
}
