import type { ContactId } from '../contacts/schema';
import type { ObjectionId } from '../playbook/ids';
import type { StageId } from '../sop/stages';

export const CRM_IDS = ['hubspot', 'pipedrive', 'salesforce', 'zoho'] as const;
export type CrmId = (typeof CRM_IDS)[number];

/** What happened, as the CRM is told it: one activity on the person's (and deal's) record. */
export type CrmEvent =
  | { kind: 'touch'; direction: 'outbound' | 'inbound'; channel: 'linkedin' | 'email' | 'phone' | 'meeting' | 'other' }
  | { kind: 'stage'; from: StageId; to: StageId }
  | { kind: 'track'; objection: ObjectionId; trackId: string }
  /**
   * An objection heard in a captured reply, as the reader (or the rep's correction) reads it: one
   * activity per reply (`./objection-heard.ts`). `none` is a reading the rep corrected away after
   * it was written: the CRM's record is updated to say so, and counts as heard no more.
   */
  | { kind: 'objection'; objection: ObjectionId | 'none'; confidence: number; hiddenConcern: string };

/**
 * One activity, CRM-neutral, fixed when it is queued: what a retry sends is what the preview
 * showed. `key` is unique across every rep and browser (a UUID): the CRM stores it in its own
 * field, so a retry finds the first write instead of writing a second.
 */
export interface CrmActivity {
  key: string;
  at: number;
  event: CrmEvent;
  contact: { id: ContactId; name: string; email?: string | undefined; company?: string | undefined };
  /** Record ids we read from this CRM's own pages (the person's, the deal's), when we have them. */
  recordIds: { contact?: string | undefined; deal?: string | undefined };
  /** The SOP stage the person is in after the event, their tier, and the playbook that judged it. */
  stage: StageId;
  tier: 'A' | 'B' | 'C' | null;
  playbookVersion: string;
}

/** Why a send did not go through, as the rep is told it. */
export type CrmFailureKind =
  | 'network' // no answer at all: offline, DNS, refused
  | 'timeout'
  | 'rate-limit' // 429, or Salesforce's REQUEST_LIMIT_EXCEEDED
  | 'server' // 5xx
  | 'auth' // 401/403: bad token, revoked consent, missing scope
  | 'no-record' // no person with this email or id in the CRM
  | 'rejected'; // 4xx the CRM explained (a missing custom property…)

export interface CrmFailure {
  kind: CrmFailureKind;
  status?: number | undefined;
  /** The CRM's own words (its error message or code), shown as said, never as HTML. */
  detail?: string | undefined;
  /** An expired session whose renewal the CRM refused (the refresh token revoked): the rep signs in again. */
  renewal?: 'refused' | undefined;
  /** A rate limit that named no wait (Zoho's 429): backed off, said so. */
  waitNamed?: false | undefined;
  at: number;
}

/**
 * A row of the outbox: one activity for one CRM. `queued` rows go out in order when their
 * `nextAt` comes (a retry after a failure waits there); `failed` waits for the rep (retry
 * button); `sent` keeps the CRM's id. `uncertain` means a request may have reached the CRM
 * (the worker stopped, the answer was lost): the next attempt looks for it first.
 */
export interface OutboxRow {
  id: string;
  crm: CrmId;
  activity: CrmActivity;
  state: 'queued' | 'failed' | 'sent';
  createdAt: number;
  nextAt: number;
  attempts: number;
  uncertain: boolean;
  lastError?: CrmFailure | undefined;
  sentAt?: number | undefined;
  /**
   * The CRM's id of the record the row wrote. A `queued` row that has one was changed after it
   * was sent (the rep corrected the reading of a reply): its next send updates that record.
   */
  remoteId?: string | undefined;
  /** Bumped each time the activity is changed after it was queued (a corrected reading): a send of an older revision does not count as sending this one. */
  revision?: number | undefined;
}

/**
 * A CRM the rep connected. Nothing is written before `consent` (the rep saw the preview and
 * turned logging on); turning it off keeps the queue. `pause` is set by the CRM refusing the
 * credentials, and cleared by reconnecting; `holdUntil` by a rate limit or an outage.
 */
export interface CrmConnection {
  crm: CrmId;
  /** The API origin (`https://api.hubapi.com`, `https://nordwind.my.salesforce.com`). */
  apiBase: string;
  connectedAt: number;
  consent: boolean;
  consentAt?: number | undefined;
  pause?: CrmFailure | undefined;
  holdUntil?: number | undefined;
  /** Who the token belongs to, as the CRM said when connecting (shown in Settings). */
  account?: string | undefined;
  /** The rep's own user in the CRM, chosen in Settings where the token cannot tell (HubSpot): the owner of what is logged. */
  ownerId?: string | undefined;
  ownerName?: string | undefined;
  /** The API origin the rep picked when the CRM's sign-in named another data center (Zoho), whose `apiBase` is used instead: said on the card. */
  pickedApiBase?: string | undefined;
}
