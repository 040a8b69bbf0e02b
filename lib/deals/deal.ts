import type { ContactId } from '../contacts/schema';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';

export type DealId = string & { readonly __brand: 'DealId' };

/** A CRM deal or account as last read, with the contacts we matched its people to. */
export interface StoredDeal {
  /** `<crm>:<type>:<record id>`: the same record re-read updates one deal. */
  id: DealId;
  crm: CrmSiteId;
  record: CrmRecord;
  contactIds: ContactId[];
  createdAt: number;
  capturedAt: number;
  /** Exit criteria of the mapped stage the rep ticked (what the record cannot show). */
  exitCriteriaMet?: string[] | undefined;
  /** The CRM stage names the deal was read in, oldest first, each when first read (the dashboard's funnel). */
  stageHistory?: { stage: string; at: number }[] | undefined;
  /** When the record was first read won or lost (a Pipedrive badge, a closed status), for the funnel: the stage bar may not move. */
  statusAt?: number | undefined;
  /** The rep put the deal off until a day (`at`: when they did). */
  snooze?: { until: number; at: number } | undefined;
}

export function dealIdOf(crm: CrmSiteId, record: Pick<CrmRecord, 'type' | 'recordId'>): DealId {
  return `${crm}:${record.type}:${record.recordId}` as DealId;
}
