import type { CrmCredentials } from '../crm/adapter';
import type { Fetch } from '../crm/http';
import type { CrmId } from '../crm/types';
import type { TeamActivity, TeamCursor } from './types';

/** One page of a CRM's activities, oldest change first, and the cursor after it. */
export interface TeamPage {
  activities: TeamActivity[];
  /** Activities the CRM says were deleted since (Pipedrive's inactive ones, Salesforce's `IsDeleted`), by our id. */
  removed?: string[] | undefined;
  cursor: TeamCursor;
  /** No more pages in this pass: `cursor.since` is where the next read starts. */
  done: boolean;
}

/** A read under way: the team's owners (id → name, read first) and the pages after a cursor. */
export interface TeamRead {
  owners: Record<string, string>;
  page(cursor: TeamCursor): Promise<TeamPage>;
  /**
   * After the last page, the activities deleted in the CRM, by our id, where the changes read do
   * not carry deletions (HubSpot's search returns live notes only: its recycle bin is listed).
   */
  removed?(): Promise<string[]>;
  /**
   * The same by the CRM's own record ids, where its list of deletions names nothing else (Zoho's
   * deleted Tasks): the read finds the cached activities with those ids.
   */
  removedRemote?(): Promise<string[]>;
}

/** A CRM's read API, as the team view uses it (`./read-hubspot.ts`, `./read-pipedrive.ts`, `./read-salesforce.ts`). */
export interface TeamReader {
  crm: CrmId;
  /** Reads what every page needs (the owners' names; Pipedrive's custom field keys) with the rep's credentials. */
  begin(credentials: CrmCredentials, fetchImpl: Fetch, timeoutMs: number): Promise<TeamRead>;
}

/** The newer of two modified dates as the CRM writes them (ISO strings compare by time, not text). */
export function newer(a: string | null, b: string): string {
  if (a === null) return b;
  return Date.parse(normaliseDate(b)) > Date.parse(normaliseDate(a)) ? b : a;
}

/** `2026-12-05T03:12:00.000+0000` (Salesforce) and `2026-12-05 03:12:00` (Pipedrive, UTC) as ISO 8601. */
export function normaliseDate(value: string): string {
  const spaced = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)$/.exec(value);
  if (spaced) return `${spaced[1] ?? ''}T${spaced[2] ?? ''}Z`;
  return value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
}

export function timeOf(value: string): number {
  return Date.parse(normaliseDate(value));
}

const EVENTS = new Set(['touch', 'stage', 'track', 'objection']);
export const isEvent = (value: string): value is TeamActivity['event'] => EVENTS.has(value);
