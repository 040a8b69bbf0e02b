import type { StoredDeal } from '../deals/deal';
import type { Situation } from './types';

/**
 * A deal in a CRM stage the playbook does not map, placed by nothing else (no stage of the thread,
 * none the rep set above the default): the CRM's own stage name, for the header and the rows to show
 * as not mapped, rather than "Prospecting" beside the deal card's "not mapped to an SOP stage".
 * Null when our stage stands on something. Today's index keeps it on the deal's row, so the
 * dashboard names the same deals the panel does.
 */
export function unmappedCrmStage(situation: Pick<Situation, 'stage'>, deal: Pick<StoredDeal, 'record'> | null): string | null {
  const crm = deal?.record.stage;
  if (!crm || situation.stage.id === 'lost') return null;
  return situation.stage.evidence.every((e) => e.kind === 'stored' && e.stage === 'prospect') ? crm : null;
}
