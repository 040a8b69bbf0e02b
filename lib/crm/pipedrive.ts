import { activitySubject, activityText, structuredFields, trimBase, type CrmAdapter, type CrmCredentials, type PlannedWrite } from './adapter';
import { CrmRequestError, requestJson, type Fetch } from './http';
import type { CrmActivity } from './types';

/**
 * Pipedrive API v1: an activity (`POST /v1/activities`, done) on the person and deal, signed in
 * with the rep's personal API token (`x-api-token` header, kept out of URLs). Pipedrive names
 * custom fields by 40-character keys that differ per company: the structured fields go into the
 * activity custom fields the admin created under these names, found through `/v1/activityFields`;
 * the note carries them as text too. A retry after an uncertain attempt pages through the
 * person's activities (start/limit) for the activity's key first.
 */

export const PIPEDRIVE_FIELD_NAMES = {
  activityKey: 'SOP activity key',
  event: 'SOP event',
  stage: 'SOP stage',
  tier: 'SOP tier',
  playbookVersion: 'SOP playbook version',
  talkTrack: 'SOP talk track',
  objection: 'SOP objection',
  hiddenConcern: 'SOP hidden concern',
  confidence: 'SOP reader confidence',
} as const;

type FieldName = keyof typeof PIPEDRIVE_FIELD_NAMES;
type FieldKeys = Partial<Record<FieldName, string>>;

const headers = (token: string) => ({ 'x-api-token': token });
const fieldCache = new Map<string, { at: number; keys: FieldKeys }>();

async function fieldKeys({ apiBase, token }: CrmCredentials, fetchImpl: Fetch): Promise<FieldKeys> {
  const cacheKey = `${apiBase}|${token}`;
  const cached = fieldCache.get(cacheKey);
  if (cached && Date.now() - cached.at < 10 * 60_000) return cached.keys;
  const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/v1/activityFields`, { method: 'GET', headers: headers(token) });
  const fields = (body as { data?: { key: string; name: string }[] } | null)?.data ?? [];
  const keys: FieldKeys = {};
  for (const [name, label] of Object.entries(PIPEDRIVE_FIELD_NAMES) as [FieldName, string][]) {
    const key = fields.find((f) => f.name === label)?.key;
    if (key) keys[name] = key;
  }
  fieldCache.set(cacheKey, { at: Date.now(), keys });
  return keys;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

function activityType(activity: CrmActivity): string {
  const { event } = activity;
  if (event.kind !== 'touch') return 'task';
  return event.channel === 'email' ? 'email' : event.channel === 'phone' ? 'call' : event.channel === 'meeting' ? 'meeting' : 'task';
}

/** The activity's fields; an update (`update`) also clears a field that is now empty (a reading corrected to none). */
function payload(activity: CrmActivity, personId: string, keys: FieldKeys | null, update = false): Record<string, unknown> {
  const iso = new Date(activity.at).toISOString();
  const fields = structuredFields(activity);
  const custom: Record<string, string | null> = {};
  for (const name of Object.keys(PIPEDRIVE_FIELD_NAMES) as FieldName[]) {
    const key = keys ? keys[name] : `<key of “${PIPEDRIVE_FIELD_NAMES[name]}”>`;
    if (key && fields[name] !== '') custom[key] = fields[name];
    else if (key && update) custom[key] = null;
  }
  return {
    subject: activitySubject(activity),
    type: activityType(activity),
    done: 1,
    due_date: iso.slice(0, 10),
    due_time: iso.slice(11, 16),
    person_id: Number(personId) || personId,
    ...(activity.recordIds.deal ? { deal_id: Number(activity.recordIds.deal) || activity.recordIds.deal } : {}),
    note: escapeHtml(activityText(activity)).replace(/\n/g, '<br>'),
    ...custom,
  };
}

async function personIdOf(activity: CrmActivity, credentials: CrmCredentials, fetchImpl: Fetch): Promise<string> {
  if (activity.recordIds.contact) return activity.recordIds.contact;
  const email = activity.contact.email;
  if (email) {
    const query = new URLSearchParams({ term: email, fields: 'email', exact_match: 'true', limit: '1' });
    const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/v1/persons/search?${query.toString()}`, { method: 'GET', headers: headers(credentials.token) });
    const id = (body as { data?: { items?: { item?: { id?: number } }[] } } | null)?.data?.items?.[0]?.item?.id;
    if (id !== undefined) return String(id);
  }
  throw new CrmRequestError('no-record', undefined, email ?? activity.contact.name);
}

interface ActivityPage {
  data?: Record<string, unknown>[] | null;
  additional_data?: { pagination?: { more_items_in_collection?: boolean; next_start?: number } };
}

/** The person's activity that carries this key, paging through start/limit. */
async function findByKey(activity: CrmActivity, personId: string, keyField: string | undefined, credentials: CrmCredentials, fetchImpl: Fetch): Promise<string | undefined> {
  let start = 0;
  for (let page = 0; page < 50; page++) {
    const query = new URLSearchParams({ start: String(start), limit: '100' });
    const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/v1/persons/${encodeURIComponent(personId)}/activities?${query.toString()}`, { method: 'GET', headers: headers(credentials.token) });
    const result = body as ActivityPage | null;
    const hit = (result?.data ?? []).find((a) => (keyField && a[keyField] === activity.key) || (typeof a.note === 'string' && a.note.includes(activity.key)));
    if (hit) return String(hit.id);
    const pagination = result?.additional_data?.pagination;
    if (!pagination?.more_items_in_collection || pagination.next_start === undefined) return undefined;
    start = pagination.next_start;
  }
  return undefined;
}

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  defaultApiBase: 'https://api.pipedrive.com',

  async verify({ apiBase, token }, fetchImpl) {
    const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/v1/users/me`, { method: 'GET', headers: headers(token) });
    const data = (body as { data?: { name?: string; company_name?: string } } | null)?.data;
    return [data?.name, data?.company_name].filter(Boolean).join(', ') || 'Pipedrive';
  },

  preview(activity, { apiBase }, remoteId): PlannedWrite {
    const person = activity.recordIds.contact ?? '<person id>';
    if (remoteId) return { method: 'PUT', url: `${trimBase(apiBase)}/v1/activities/${encodeURIComponent(remoteId)}`, body: payload(activity, person, null, true), lookups: [] };
    return {
      method: 'POST',
      url: `${trimBase(apiBase)}/v1/activities`,
      body: payload(activity, person, null),
      lookups: activity.recordIds.contact ? [] : [`<person id> = the Pipedrive person with email ${activity.contact.email ?? '?'}`],
    };
  },

  async send(activity, credentials, fetchImpl, { uncertain, remoteId }) {
    const keys = await fieldKeys(credentials, fetchImpl);
    const personId = await personIdOf(activity, credentials, fetchImpl);
    if (remoteId) {
      // A corrected reading: the activity the first send made says it now (a retry writes the same).
      await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/v1/activities/${encodeURIComponent(remoteId)}`, { method: 'PUT', headers: headers(credentials.token), body: payload(activity, personId, keys, true) });
      return { remoteId };
    }
    if (uncertain) {
      const existing = await findByKey(activity, personId, keys.activityKey, credentials, fetchImpl);
      if (existing) return { remoteId: existing };
    }
    const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/v1/activities`, { method: 'POST', headers: headers(credentials.token), body: payload(activity, personId, keys) });
    const id = (body as { data?: { id?: number } } | null)?.data?.id;
    if (id === undefined) throw new CrmRequestError('server', undefined, 'no id in the answer');
    return { remoteId: String(id) };
  },
};
