import type { CrmFailureKind, CrmId } from '../crm/types';

/**
 * One activity our extension logged to the team's CRM, as the manager's dashboard reads it back
 * (a HubSpot note, a Pipedrive activity, a Salesforce Task carrying the SOP fields). `id` is
 * `<crm>:<activity key>`: the key is unique across reps, so a record read twice is stored once.
 */
export interface TeamActivity {
  id: string;
  crm: CrmId;
  /** The CRM's own record id. */
  remoteId: string;
  /** When it happened (HubSpot `hs_timestamp`, Pipedrive due date and time, Salesforce `ActivityDate`). */
  at: number;
  /** When the CRM last changed the record: what the incremental read goes by. */
  modifiedAt: number;
  /** The CRM's owner of the record (HubSpot owner id, Pipedrive user id, Salesforce user id); '' when it has none. */
  owner: string;
  /**
   * The person's record in the CRM the activity is on (HubSpot's associated contact, Pipedrive's
   * `person_id`, Salesforce's `WhoId`): the charts follow a person's stages and touches by it.
   * '' when the CRM names none; missing on activities cached before it was read.
   */
  subject?: string | undefined;
  /** `objection`: an objection heard in a reply (its category in `objection`; '' once the rep corrected it to none). */
  event: 'touch' | 'stage' | 'track' | 'objection';
  /** The SOP stage after the event, the tier, the playbook edition (as the rep's browser wrote them). */
  stage: string;
  tier: string;
  playbookVersion: string;
  direction: string;
  channel: string;
  trackId: string;
  objection: string;
}

/** Why a read of the team's activities stopped, as the dashboard says it. */
export type TeamSyncFailureKind = CrmFailureKind | 'invalid-answer';

export interface TeamSyncFailure {
  kind: TeamSyncFailureKind;
  status?: number | undefined;
  /** The CRM's own words, shown as text. */
  detail?: string | undefined;
  /** For a rate limit: when the CRM said to come back. */
  retryAt?: number | undefined;
  at: number;
}

/**
 * Where a read stands: `since` is the lower bound of modified dates of the pass under way (null:
 * from the start), `page` the CRM's paging token inside that pass (HubSpot `after`, Pipedrive
 * `start`, Salesforce `nextRecordsUrl`), `high` the newest modified date seen in it. A finished
 * pass starts the next from `high`, so a refresh reads only what changed.
 */
export interface TeamCursor {
  since: string | null;
  page: string | null;
  high: string | null;
}

/** One row per connected CRM: the cursor, the team's owners by id, and how the last read went. */
export interface TeamSync {
  crm: CrmId;
  cursor: TeamCursor;
  owners: Record<string, string>;
  /** How many activities of this CRM are kept here (counted as pages are stored: no count of the table on open). */
  cached?: number | undefined;
  /** The last read that reached the end of the CRM's activities. */
  syncedAt?: number | undefined;
  /** The last read that stopped, and why (cleared by one that finishes). */
  failure?: TeamSyncFailure | undefined;
  /** Requests made and records read by the last read (the bench and the tests count them). */
  lastRun?: { requests: number; records: number; startedAt: number; endedAt: number } | undefined;
}

export const EMPTY_CURSOR: TeamCursor = { since: null, page: null, high: null };
