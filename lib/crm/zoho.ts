import { activitySubject, activityText, structuredFields, trimBase, type BatchOutcome, type CrmAdapter, type CrmCredentials, type PlannedWrite } from './adapter';
import { CrmRequestError, requestJson, type Fetch } from './http';
import type { CrmActivity } from './types';

/**
 * Zoho CRM REST API v7 (checked against Zoho's reference: docs/team-scale.md, *Zoho CRM against its
 * documentation*): a completed Task (`POST /crm/v7/Tasks`) on the person (`Who_Id`: a
 * Contact; a Lead, which Tasks cannot name as `Who_Id`, goes in `What_Id` with `$se_module`) and
 * the deal (`What_Id`, `$se_module: Deals`), with the structured fields in custom Task fields the
 * admin creates (`SOP_*`, docs/team-scale.md). Signed in with an OAuth access token
 * (`Authorization: Zoho-oauthtoken …`) for the API domain of the org's data center
 * (`https://www.zohoapis.com`, `.eu`, `.in`, `.com.au`, `.com.cn`, `.jp`, `.ca`, `.sa`, `.uk`). Zoho's
 * upsert does not take Tasks: a retry after an uncertain attempt searches Tasks for the activity's
 * key (`SOP_Activity_Key`, a unique field) first; a corrected reading updates the Task
 * (`PUT /crm/v7/Tasks/<id>`). Zoho's insert documents no error for a field the org lacks (the only
 * report read, of its API 1.0, says it is dropped without a word), so the Task fields are read first
 * (`GET /crm/v7/settings/fields?module=Tasks`, once per 10 minutes per token): an `SOP_*` field the
 * org lacks is left out (the Description still carries it as text), and without `SOP_Activity_Key`
 * nothing is written (a retry could not find the first write), saying which field is missing.
 * Several Tasks due at once (a queue that waited out an outage or a rate limit) go in one insert of
 * up to 100, answered record by record ({@link sendBatch}).
 */

export const ZOHO_API_VERSION = 'v7';

/**
 * The API domain of each Zoho data center: Zoho CRM's Multi DC page
 * (https://www.zoho.com/crm/developer/docs/api/multi-dc.html) and Zoho Accounts' list of data
 * centers (https://www.zoho.com/accounts/protocol/oauth/multi-dc.html, which adds CA, SA and UK).
 */
export const ZOHO_DATA_CENTERS = {
  us: 'https://www.zohoapis.com',
  eu: 'https://www.zohoapis.eu',
  in: 'https://www.zohoapis.in',
  au: 'https://www.zohoapis.com.au',
  cn: 'https://www.zohoapis.com.cn',
  jp: 'https://www.zohoapis.jp',
  ca: 'https://www.zohoapis.ca',
  sa: 'https://www.zohoapis.sa',
  uk: 'https://www.zohoapis.uk',
} as const;

export type ZohoDataCenter = keyof typeof ZOHO_DATA_CENTERS;

/** The field a retry finds the first write by: without it nothing is written. */
export const ZOHO_KEY_FIELD = 'SOP_Activity_Key';

const headers = (token: string) => ({ authorization: `Zoho-oauthtoken ${token}` });
const crmUrl = (apiBase: string) => `${trimBase(apiBase)}/crm/${ZOHO_API_VERSION}`;

/** Who the Task is about: a Contact by `Who_Id`, or a Lead by `What_Id`. */
interface Person {
  module: 'Contacts' | 'Leads';
  id: string;
}

/** The org's Task fields (API names), read once per 10 minutes per token. */
const fieldCache = new Map<string, { at: number; names: ReadonlySet<string> }>();

async function taskFieldsOf({ apiBase, token }: CrmCredentials, fetchImpl: Fetch): Promise<ReadonlySet<string>> {
  const cacheKey = `${apiBase}|${token}`;
  const cached = fieldCache.get(cacheKey);
  if (cached && Date.now() - cached.at < 10 * 60_000) return cached.names;
  const { body } = await requestJson(fetchImpl, `${crmUrl(apiBase)}/settings/fields?module=Tasks`, { method: 'GET', headers: headers(token) });
  const names = new Set(((body as { fields?: { api_name?: unknown }[] } | null)?.fields ?? []).map((f) => f.api_name).filter((n): n is string => typeof n === 'string'));
  if (!names.has(ZOHO_KEY_FIELD)) throw new CrmRequestError('rejected', undefined, `Tasks have no field ${ZOHO_KEY_FIELD}`);
  fieldCache.set(cacheKey, { at: Date.now(), names });
  return names;
}

/** The Task as written: the `SOP_*` fields the org lacks left out (`orgFields`; all of them in the preview). */
function fields(activity: CrmActivity, person: Person, orgFields?: ReadonlySet<string>): Record<string, unknown> {
  const all = allFields(activity, person);
  return orgFields ? Object.fromEntries(Object.entries(all).filter(([name]) => !name.startsWith('SOP_') || orgFields.has(name))) : all;
}

function allFields(activity: CrmActivity, person: Person): Record<string, unknown> {
  const f = structuredFields(activity);
  const dealId = activity.recordIds.deal;
  const about = person.module === 'Contacts' ? { Who_Id: { id: person.id }, ...(dealId ? { What_Id: { id: dealId }, $se_module: 'Deals' } : {}) } : { What_Id: { id: person.id }, $se_module: 'Leads' };
  return {
    Subject: activitySubject(activity).slice(0, 255),
    Status: 'Completed',
    Due_Date: new Date(activity.at).toISOString().slice(0, 10),
    Description: activityText(activity),
    ...about,
    SOP_Activity_Key: f.activityKey,
    SOP_Event: f.event,
    SOP_Stage: f.stage,
    SOP_Tier: f.tier || null,
    SOP_Playbook_Version: f.playbookVersion,
    SOP_Talk_Track: f.talkTrack || null,
    SOP_Objection: f.objection || null,
    SOP_Direction: f.direction || null,
    SOP_Channel: f.channel || null,
    // Only an objection heard carries these (an org set up before them still takes every other Task).
    ...(activity.event.kind === 'objection' ? { SOP_Hidden_Concern: f.hiddenConcern || null, SOP_Reader_Confidence: f.confidence ? Number(f.confidence) : null } : {}),
  };
}

interface RecordsAnswer {
  data?: { id?: string }[];
}

/** A search that finds nothing answers 204 with no body. */
async function searchFirst(credentials: CrmCredentials, fetchImpl: Fetch, path: string): Promise<string | undefined> {
  const { body } = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}${path}`, { method: 'GET', headers: headers(credentials.token) });
  return (body as RecordsAnswer | null)?.data?.[0]?.id;
}

async function personOf(activity: CrmActivity, credentials: CrmCredentials, fetchImpl: Fetch): Promise<Person> {
  if (activity.recordIds.contact) return { module: 'Contacts', id: activity.recordIds.contact };
  const email = activity.contact.email;
  if (email) {
    const query = `email=${encodeURIComponent(email)}`;
    const contact = await searchFirst(credentials, fetchImpl, `/Contacts/search?${query}`);
    if (contact) return { module: 'Contacts', id: contact };
    const lead = await searchFirst(credentials, fetchImpl, `/Leads/search?${query}`);
    if (lead) return { module: 'Leads', id: lead };
  }
  throw new CrmRequestError('no-record', undefined, email ?? activity.contact.name);
}

/** A value inside Zoho's search criteria: parentheses, commas and backslashes escaped with a backslash. */
export function zohoCriteriaValue(value: string): string {
  return value.replace(/[\\(),]/g, (c) => `\\${c}`);
}

/** "You can search for a maximum of 10 criteria" (Search Records, v8). */
const KEYS_PER_SEARCH = 10;

/**
 * The Tasks that carry these keys, ten keys a search joined with `or`. Zoho's `equals` in a search
 * "behaves like contains" (https://www.zoho.com/crm/developer/docs/api/v8/search-records.html):
 * only a Task whose key is exactly one looked for counts.
 */
async function tasksWithKeys(keys: readonly string[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<Map<string, string>> {
  const wanted = new Set(keys);
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_SEARCH) {
    const conditions = keys.slice(i, i + KEYS_PER_SEARCH).map((key) => `(${ZOHO_KEY_FIELD}:equals:${zohoCriteriaValue(key)})`);
    const criteria = conditions.length === 1 ? (conditions[0] ?? '') : `(${conditions.join('or')})`;
    const { body } = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks/search?criteria=${encodeURIComponent(criteria)}&fields=${ZOHO_KEY_FIELD}&per_page=200`, { method: 'GET', headers: headers(credentials.token) });
    for (const t of (body as { data?: { id?: unknown; SOP_Activity_Key?: unknown }[] } | null)?.data ?? []) {
      if (typeof t.id === 'string' && typeof t.SOP_Activity_Key === 'string' && wanted.has(t.SOP_Activity_Key)) found.set(t.SOP_Activity_Key, t.id);
    }
  }
  return found;
}

/** The Task that carries this key (one search), or undefined. */
async function taskWithKey(key: string, credentials: CrmCredentials, fetchImpl: Fetch): Promise<string | undefined> {
  return (await tasksWithKeys([key], credentials, fetchImpl)).get(key);
}

/** {@link CrmAdapter.findByKeys}: the org's Task fields checked first (no key field, no search), then {@link tasksWithKeys}. */
async function findByKeys(keys: readonly string[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<Map<string, string>> {
  await taskFieldsOf(credentials, fetchImpl);
  return tasksWithKeys(keys, credentials, fetchImpl);
}

/** The id Zoho gave the record written, from `{ data: [{ code: 'SUCCESS', details: { id } }] }`. */
function writtenId(body: unknown, status: number): string {
  const first = (body as { data?: { code?: string; status?: string; message?: string; details?: { id?: string } }[] } | null)?.data?.[0];
  if (first?.status === 'error') throw new CrmRequestError('rejected', status, [first.code, first.message].filter(Boolean).join(': '));
  const id = first?.details?.id;
  if (!id) throw new CrmRequestError('server', status, 'no id in the answer');
  return id;
}

/** "A maximum of 100 records can be inserted per API call" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html). */
export const ZOHO_BATCH_SIZE = 100;

interface RecordAnswer {
  code?: string;
  status?: string;
  message?: string;
  details?: { id?: unknown; api_name?: unknown; duplicate_record?: { id?: unknown } };
}

/** Zoho's answer of one record each, in the order sent, or null when it is not that. */
function recordAnswers(body: unknown, count: number): RecordAnswer[] | null {
  const data = (body as { data?: unknown } | null)?.data;
  return Array.isArray(data) && data.length === count && data.every((r) => typeof r === 'object' && r !== null) ? (data as RecordAnswer[]) : null;
}

/**
 * Several Tasks none of which may have landed, in one `POST /crm/v7/Tasks` (at most
 * {@link ZOHO_BATCH_SIZE}). Zoho answers each record in `data[]`, in the order sent: 201 when all
 * were added, 207 Multi-Status when some were
 * (https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html), 400 when none was. A record
 * refused (a field value, a person's id) waits for the rep saying why; one refused as a duplicate of
 * its own key landed before (the id Zoho names, else it is looked for by key); an answer of another
 * shape leaves every Task to be looked for by key before it is written again. A person is looked up
 * once per batch; a look-up that fails otherwise than "no such person" sends those resolved before it.
 */
async function sendBatch(activities: readonly CrmActivity[], credentials: CrmCredentials, fetchImpl: Fetch): Promise<BatchOutcome> {
  const sent = new Map<string, string>();
  const refused = new Map<string, CrmRequestError>();
  const skipped = new Set<string>();
  const orgFields = await taskFieldsOf(credentials, fetchImpl);
  const people = new Map<string, Promise<Person>>();
  const batch: CrmActivity[] = [];
  const records: Record<string, unknown>[] = [];
  for (const activity of activities) {
    const who = activity.recordIds.contact ?? `email:${activity.contact.email ?? activity.contact.name}`;
    let found = people.get(who);
    if (!found) people.set(who, (found = personOf(activity, credentials, fetchImpl)));
    try {
      records.push(fields(activity, await found, orgFields));
      batch.push(activity);
    } catch (error) {
      if (error instanceof CrmRequestError && error.kind === 'no-record') refused.set(activity.key, error);
      else if (batch.length > 0) for (const later of activities.slice(activities.indexOf(activity))) skipped.add(later.key);
      else throw error;
      if (skipped.size > 0) break;
    }
  }
  if (batch.length === 0) return { sent, refused, skipped };
  let answer: { status: number; body: unknown };
  try {
    answer = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks`, { method: 'POST', headers: headers(credentials.token), body: { data: records } });
  } catch (error) {
    // Every record refused, each with its own reason: said record by record, not as the batch's.
    if (!(error instanceof CrmRequestError && error.kind === 'rejected' && recordAnswers(error.body, batch.length))) throw error;
    answer = { status: error.status ?? 400, body: error.body };
  }
  const answers = recordAnswers(answer.body, batch.length);
  if (!answers) return { sent, refused, skipped };
  batch.forEach((activity, i) => {
    const record = answers[i] ?? {};
    const id = record.details?.id;
    if (record.status === 'success' && typeof id === 'string') return void sent.set(activity.key, id);
    if (record.code === 'DUPLICATE_DATA' && record.details?.api_name === ZOHO_KEY_FIELD) {
      const earlier = record.details.duplicate_record?.id;
      if (typeof earlier === 'string') sent.set(activity.key, earlier);
      return;
    }
    const field = typeof record.details?.api_name === 'string' ? record.details.api_name : undefined;
    refused.set(activity.key, new CrmRequestError('rejected', answer.status, [record.code, record.message, field].filter(Boolean).join(': ') || 'refused'));
  });
  return { sent, refused, skipped };
}

export const zoho: CrmAdapter = {
  id: 'zoho',
  defaultApiBase: ZOHO_DATA_CENTERS.us,
  sendBatch,
  findByKeys,
  batchSize: ZOHO_BATCH_SIZE,
  batchTarget: { path: `/crm/${ZOHO_API_VERSION}/Tasks`, field: 'data' },

  async verify({ apiBase, token }, fetchImpl) {
    const { body } = await requestJson(fetchImpl, `${crmUrl(apiBase)}/users?type=CurrentUser`, { method: 'GET', headers: headers(token) });
    const user = (body as { users?: { full_name?: string; email?: string }[] } | null)?.users?.[0];
    return [user?.full_name, user?.email].filter(Boolean).join(', ') || 'Zoho CRM';
  },

  preview(activity, { apiBase }, remoteId): PlannedWrite {
    const person: Person = { module: 'Contacts', id: activity.recordIds.contact ?? '<contact id>' };
    const body = { data: [fields(activity, person)] };
    if (remoteId) return { method: 'PUT', url: `${crmUrl(apiBase)}/Tasks/${encodeURIComponent(remoteId)}`, body, lookups: [] };
    return {
      method: 'POST',
      url: `${crmUrl(apiBase)}/Tasks`,
      body,
      lookups: activity.recordIds.contact ? [] : [`<contact id> = the Zoho CRM Contact (or Lead) with email ${activity.contact.email ?? '?'}`],
    };
  },

  async send(activity, credentials, fetchImpl, { uncertain, remoteId }) {
    const orgFields = await taskFieldsOf(credentials, fetchImpl);
    const person = await personOf(activity, credentials, fetchImpl);
    const body = { data: [fields(activity, person, orgFields)] };
    if (remoteId) {
      // A corrected reading: the Task the first send made says it now (a retry writes the same).
      const answer = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks/${encodeURIComponent(remoteId)}`, { method: 'PUT', headers: headers(credentials.token), body });
      return { remoteId: writtenId(answer.body, answer.status) };
    }
    if (uncertain) {
      const existing = await taskWithKey(activity.key, credentials, fetchImpl);
      if (existing) return { remoteId: existing };
    }
    try {
      const answer = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks`, { method: 'POST', headers: headers(credentials.token), body });
      return { remoteId: writtenId(answer.body, answer.status) };
    } catch (error) {
      // The unique key refuses a second insert (a resend that had landed): the first write is this one's.
      const first = error instanceof CrmRequestError ? recordAnswers(error.body, 1)?.[0] : undefined;
      if (first?.code !== 'DUPLICATE_DATA' || first.details?.api_name !== ZOHO_KEY_FIELD) throw error;
      const earlier = typeof first.details.duplicate_record?.id === 'string' ? first.details.duplicate_record.id : await taskWithKey(activity.key, credentials, fetchImpl);
      if (!earlier) throw error;
      return { remoteId: earlier };
    }
  },
};
