import { z } from 'zod';
import { structuredFields, activityText, trimBase, type BatchOutcome, type CrmAdapter, type CrmCredentials, type PlannedWrite } from './adapter';
import { CrmRequestError, requestJson, type Fetch } from './http';
import type { CrmActivity } from './types';

/**
 * HubSpot CRM v3: a note (`/crm/v3/objects/notes`) on the contact and deal, with the structured
 * fields in custom note properties the admin creates (`sop_*`, docs/team-scale.md). Signed in
 * with a private app token (Bearer). The contact is the record id we read on HubSpot's page, else
 * found by email through the search API. `sop_activity_key` holds the activity's key: a retry
 * after an uncertain attempt searches notes for it first. Several notes due at once (a queue that
 * waited out an outage or a rate limit) go in one batch create.
 */

/** HubSpot-defined association types: note → contact, note → deal. */
const NOTE_TO_CONTACT = 202;
const NOTE_TO_DEAL = 214;

const headers = (token: string) => ({ authorization: `Bearer ${token}` });

function properties(activity: CrmActivity, ownerId: string | undefined): Record<string, string> {
  const f = structuredFields(activity);
  return {
    // A private-app token writes as the app: the rep chose who they are in HubSpot, so the manager's view can group by rep.
    ...(ownerId ? { hubspot_owner_id: ownerId } : {}),
    hs_timestamp: new Date(activity.at).toISOString(),
    hs_note_body: activityText(activity),
    sop_activity_key: f.activityKey,
    sop_event: f.event,
    sop_stage: f.stage,
    sop_tier: f.tier,
    sop_playbook_version: f.playbookVersion,
    sop_talk_track_id: f.talkTrack,
    sop_objection_category: f.objection,
    sop_direction: f.direction,
    sop_channel: f.channel,
    // Only an objection heard carries these (a portal made before them still takes every other note).
    ...(activity.event.kind === 'objection' ? { sop_hidden_concern: f.hiddenConcern, sop_reader_confidence: f.confidence } : {}),
  };
}

const noteUrl = (apiBase: string, remoteId: string) => `${trimBase(apiBase)}/crm/v3/objects/notes/${encodeURIComponent(remoteId)}`;

function associations(contactId: string, dealId: string | undefined) {
  const to = (id: string, type: number) => ({ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: type }] });
  return [to(contactId, NOTE_TO_CONTACT), ...(dealId ? [to(dealId, NOTE_TO_DEAL)] : [])];
}

interface SearchResult {
  total?: number;
  results?: { id: string }[];
}

async function searchOne(fetchImpl: Fetch, { apiBase, token }: CrmCredentials, object: 'contacts' | 'notes', propertyName: string, value: string): Promise<string | undefined> {
  const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/v3/objects/${object}/search`, {
    method: 'POST',
    headers: headers(token),
    body: { filterGroups: [{ filters: [{ propertyName, operator: 'EQ', value }] }], properties: [propertyName], limit: 1 },
  });
  return (body as SearchResult | null)?.results?.[0]?.id;
}

async function contactIdOf(activity: CrmActivity, credentials: CrmCredentials, fetchImpl: Fetch): Promise<string> {
  if (activity.recordIds.contact) return activity.recordIds.contact;
  const email = activity.contact.email;
  const found = email ? await searchOne(fetchImpl, credentials, 'contacts', 'email', email) : undefined;
  if (!found) throw new CrmRequestError('no-record', undefined, email ?? activity.contact.name);
  return found;
}

const batchAnswer = z.object({ results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) })) });

/**
 * `POST /crm/v3/objects/notes/batch/create`: up to 100 notes in one request (HubSpot validates
 * the batch whole: a refused property refuses every note, and nothing is written). Its results
 * come in no promised order: each is matched to its activity by `sop_activity_key`.
 */
async function sendBatch(activities: readonly CrmActivity[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<BatchOutcome> {
  const refused = new Map<string, CrmRequestError>();
  const skipped = new Set<string>();
  const inputs: unknown[] = [];
  // One look-up per person, not per activity: a rate limit must not be spent on the same email again.
  const contacts = new Map<string, Promise<string>>();
  for (const activity of activities) {
    const person = activity.recordIds.contact ?? `email:${activity.contact.email ?? activity.contact.name}`;
    let found = contacts.get(person);
    if (!found) contacts.set(person, (found = contactIdOf(activity, credentials, fetchImpl)));
    try {
      inputs.push({ properties: properties(activity, credentials.ownerId), associations: associations(await found, activity.recordIds.deal) });
    } catch (error) {
      if (error instanceof CrmRequestError && error.kind === 'no-record') refused.set(activity.key, error);
      // A look-up that failed otherwise (a rate limit, an outage): those resolved so far still go; the rest waits, unsent.
      else if (inputs.length > 0) for (const later of activities.slice(activities.indexOf(activity))) skipped.add(later.key);
      else throw error;
      if (skipped.size > 0) break;
    }
  }
  const sent = new Map<string, string>();
  if (inputs.length === 0) return { sent, refused, skipped };
  const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/crm/v3/objects/notes/batch/create`, { method: 'POST', headers: headers(credentials.token), body: { inputs } });
  const parsed = batchAnswer.safeParse(body);
  // Created, but the answer does not say which: every one is looked for by key before it is written again.
  if (!parsed.success) return { sent, refused, skipped };
  for (const result of parsed.data.results) {
    const key = result.properties.sop_activity_key;
    if (key) sent.set(key, result.id);
  }
  return { sent, refused, skipped };
}

export const hubspot: CrmAdapter = {
  id: 'hubspot',
  defaultApiBase: 'https://api.hubapi.com',
  sendBatch,
  batchSize: 100,
  batchTarget: { path: '/crm/v3/objects/notes/batch/create', field: 'inputs' },

  async verify({ apiBase, token }, fetchImpl) {
    const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/account-info/v3/details`, { method: 'GET', headers: headers(token) });
    const portal = (body as { portalId?: number } | null)?.portalId;
    return portal === undefined ? 'HubSpot' : `HubSpot ${String(portal)}`;
  },

  preview(activity, { apiBase, ownerId }, remoteId): PlannedWrite {
    if (remoteId) return { method: 'PATCH', url: noteUrl(apiBase, remoteId), body: { properties: properties(activity, ownerId) }, lookups: [] };
    const contact = activity.recordIds.contact ?? '<contact id>';
    return {
      method: 'POST',
      url: `${trimBase(apiBase)}/crm/v3/objects/notes`,
      body: { properties: properties(activity, ownerId), associations: associations(contact, activity.recordIds.deal) },
      lookups: activity.recordIds.contact ? [] : [`<contact id> = the HubSpot contact with email ${activity.contact.email ?? '?'}`],
    };
  },

  async send(activity, credentials, fetchImpl, { uncertain, remoteId }) {
    if (remoteId) {
      // A corrected reading: the note the first send made says it now (PATCH is idempotent: a retry writes the same).
      await requestJson(fetchImpl, noteUrl(credentials.apiBase, remoteId), { method: 'PATCH', headers: headers(credentials.token), body: { properties: properties(activity, credentials.ownerId) } });
      return { remoteId };
    }
    if (uncertain) {
      const existing = await searchOne(fetchImpl, credentials, 'notes', 'sop_activity_key', activity.key);
      if (existing) return { remoteId: existing };
    }
    const contactId = await contactIdOf(activity, credentials, fetchImpl);
    const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/crm/v3/objects/notes`, {
      method: 'POST',
      headers: headers(credentials.token),
      body: { properties: properties(activity, credentials.ownerId), associations: associations(contactId, activity.recordIds.deal) },
    });
    const id = (body as { id?: string } | null)?.id;
    if (!id) throw new CrmRequestError('server', undefined, 'no id in the answer');
    return { remoteId: id };
  },
};
