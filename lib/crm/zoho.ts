import { activitySubject, activityText, structuredFields, trimBase, type CrmAdapter, type CrmCredentials, type PlannedWrite } from './adapter';
import { CrmRequestError, requestJson, type Fetch } from './http';
import type { CrmActivity } from './types';

/**
 * Zoho CRM REST API v7: a completed Task (`POST /crm/v7/Tasks`) on the person (`Who_Id`: a
 * Contact; a Lead, which Tasks cannot name as `Who_Id`, goes in `What_Id` with `$se_module`) and
 * the deal (`What_Id`, `$se_module: Deals`), with the structured fields in custom Task fields the
 * admin creates (`SOP_*`, docs/team-scale.md). Signed in with an OAuth access token
 * (`Authorization: Zoho-oauthtoken …`) for the API domain of the org's data center
 * (`https://www.zohoapis.com`, `.eu`, `.in`, `.com.au`, `.com.cn`, `.jp`, `.ca`, `.sa`). Zoho's
 * upsert does not take Tasks: a retry after an uncertain attempt searches Tasks for the activity's
 * key (`SOP_Activity_Key`, a unique field) first; a corrected reading updates the Task
 * (`PUT /crm/v7/Tasks/<id>`).
 */

export const ZOHO_API_VERSION = 'v7';

/** The API domain of each Zoho data center (Zoho's Multi DC table). */
export const ZOHO_DATA_CENTERS = {
  us: 'https://www.zohoapis.com',
  eu: 'https://www.zohoapis.eu',
  in: 'https://www.zohoapis.in',
  au: 'https://www.zohoapis.com.au',
  cn: 'https://www.zohoapis.com.cn',
  jp: 'https://www.zohoapis.jp',
  ca: 'https://www.zohoapis.ca',
  sa: 'https://www.zohoapis.sa',
} as const;

const headers = (token: string) => ({ authorization: `Zoho-oauthtoken ${token}` });
const crmUrl = (apiBase: string) => `${trimBase(apiBase)}/crm/${ZOHO_API_VERSION}`;

/** Who the Task is about: a Contact by `Who_Id`, or a Lead by `What_Id`. */
interface Person {
  module: 'Contacts' | 'Leads';
  id: string;
}

function fields(activity: CrmActivity, person: Person): Record<string, unknown> {
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

/** The id Zoho gave the record written, from `{ data: [{ code: 'SUCCESS', details: { id } }] }`. */
function writtenId(body: unknown, status: number): string {
  const first = (body as { data?: { code?: string; status?: string; message?: string; details?: { id?: string } }[] } | null)?.data?.[0];
  if (first?.status === 'error') throw new CrmRequestError('rejected', status, [first.code, first.message].filter(Boolean).join(': '));
  const id = first?.details?.id;
  if (!id) throw new CrmRequestError('server', status, 'no id in the answer');
  return id;
}

export const zoho: CrmAdapter = {
  id: 'zoho',
  defaultApiBase: ZOHO_DATA_CENTERS.us,

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
    const person = await personOf(activity, credentials, fetchImpl);
    const body = { data: [fields(activity, person)] };
    if (remoteId) {
      // A corrected reading: the Task the first send made says it now (a retry writes the same).
      const answer = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks/${encodeURIComponent(remoteId)}`, { method: 'PUT', headers: headers(credentials.token), body });
      return { remoteId: writtenId(answer.body, answer.status) };
    }
    if (uncertain) {
      const existing = await searchFirst(credentials, fetchImpl, `/Tasks/search?criteria=${encodeURIComponent(`(SOP_Activity_Key:equals:${zohoCriteriaValue(activity.key)})`)}`);
      if (existing) return { remoteId: existing };
    }
    const answer = await requestJson(fetchImpl, `${crmUrl(credentials.apiBase)}/Tasks`, { method: 'POST', headers: headers(credentials.token), body });
    return { remoteId: writtenId(answer.body, answer.status) };
  },
};
