import type { CrmRequestError, Fetch } from './http';
import type { CrmActivity, CrmId } from './types';

/** Where and with what a CRM is reached: its API origin and the rep's token (or OAuth access token). */
export interface CrmCredentials {
  apiBase: string;
  token: string;
  /** The rep's own user in the CRM when the token does not say who they are (a HubSpot private-app token): activities are theirs. */
  ownerId?: string | undefined;
}

/** The write as the CRM receives it, for the preview the rep consents to. */
export interface PlannedWrite {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  body: unknown;
  /** Records looked up before the write (the person by email), said in the ids' place. */
  lookups: string[];
}

/** One CRM's API: how to sign in, where an activity goes and how a retry finds the first write. */
export interface CrmAdapter {
  id: CrmId;
  /** The API origin a rep of most teams uses; empty when it is the team's own instance (Salesforce). */
  defaultApiBase: string;
  /** Checks the credentials with one cheap read; resolves with the account's name as the CRM gives it. */
  verify(credentials: CrmCredentials, fetchImpl: Fetch): Promise<string>;
  /** The write as the CRM will receive it; with `remoteId`, the update of the record an earlier send made. */
  preview(activity: CrmActivity, credentials: CrmCredentials, remoteId?: string): PlannedWrite;
  /**
   * Writes the activity. With `uncertain` (a request may already have landed), it first looks
   * for the activity's key in the CRM and returns that record instead of writing a second. With
   * `remoteId` (the activity changed after it was sent: a corrected reading), it updates that
   * record instead of writing a new one.
   */
  send(activity: CrmActivity, credentials: CrmCredentials, fetchImpl: Fetch, options: { uncertain: boolean; remoteId?: string | undefined }): Promise<{ remoteId: string }>;
  /**
   * Writes several activities none of which may have landed yet in one request, where the CRM has
   * a batch create (HubSpot). Resolves with the CRM's id of each written, by activity key, and
   * the activities refused one by one (a person the CRM does not have); an activity in neither
   * may or may not have landed (looked for by key before it is written again). Throws as `send`
   * does when the whole request fails.
   */
  sendBatch?(activities: readonly CrmActivity[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<BatchOutcome>;
  /** Most activities one batch takes. */
  batchSize?: number;
  /**
   * The CRM's ids of the records that carry these keys, in as few requests as the CRM allows (Zoho:
   * ten keys a search), for rows that may have landed (after an outage): those not found cannot
   * have, and join a batch instead of going one by one. Throws as `send` does.
   */
  findByKeys?(keys: readonly string[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<Map<string, string>>;
  /** Where a batch goes (the path after the API origin) and the field of its body that holds the records, for the preview. */
  batchTarget?: { path: string; field: string };
}

export interface BatchOutcome {
  sent: Map<string, string>;
  refused: Map<string, CrmRequestError>;
  /** Not sent at all (a look-up before them failed): they cannot have landed. */
  skipped: Set<string>;
}

export type StructuredField = 'activityKey' | 'event' | 'stage' | 'tier' | 'playbookVersion' | 'talkTrack' | 'objection' | 'direction' | 'channel' | 'hiddenConcern' | 'confidence';

/**
 * The fields every CRM stores in its own custom properties, named for a report to group by. An
 * objection heard carries the objection's category ('' once the rep corrected it to none), the
 * hidden concern when one was named, and how sure the reader was (0.00–1.00); a talk track the
 * objection it answered.
 */
export function structuredFields(activity: CrmActivity): Record<StructuredField, string> {
  const { event } = activity;
  const heard = event.kind === 'objection' ? event : null;
  return {
    activityKey: activity.key,
    event: event.kind,
    stage: activity.stage,
    tier: activity.tier ?? '',
    playbookVersion: activity.playbookVersion,
    talkTrack: event.kind === 'track' ? event.trackId : '',
    objection: event.kind === 'track' ? event.objection : heard && heard.objection !== 'none' ? heard.objection : '',
    direction: event.kind === 'touch' ? event.direction : '',
    channel: event.kind === 'touch' ? event.channel : '',
    hiddenConcern: heard?.hiddenConcern ?? '',
    confidence: heard && heard.objection !== 'none' ? heard.confidence.toFixed(2) : '',
  };
}

/** One line a person reads on the CRM's timeline (English ids: the team's reports group by them in any language). */
export function activitySubject(activity: CrmActivity): string {
  const { event } = activity;
  if (event.kind === 'touch') return `SOP Copilot: ${event.direction} ${event.channel} touch (${activity.stage})`;
  if (event.kind === 'stage') return `SOP Copilot: stage ${event.from} → ${event.to}`;
  if (event.kind === 'objection') return event.objection === 'none' ? 'SOP Copilot: no objection in the reply (corrected by the rep)' : `SOP Copilot: objection heard: ${event.objection} (${activity.stage})`;
  return `SOP Copilot: talk track ${event.trackId} for objection ${event.objection}`;
}

/** The body: the subject and every structured field, as plain text. */
export function activityText(activity: CrmActivity): string {
  const fields = structuredFields(activity);
  return [activitySubject(activity), ...Object.entries(fields).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`)].join('\n');
}

/** The CRM's API origin as a host-permission pattern (`https://api.hubapi.com/*`), or null for anything but https. */
export function apiOriginPattern(apiBase: string): string | null {
  try {
    const url = new URL(apiBase);
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    return `https://${url.host}/*`;
  } catch {
    return null;
  }
}

export function trimBase(apiBase: string): string {
  return apiBase.replace(/\/+$/, '');
}
