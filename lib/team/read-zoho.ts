import { z } from 'zod';
import { trimBase, type CrmCredentials } from '../crm/adapter';
import { requestJson, type Fetch } from '../crm/http';
import { ZOHO_API_VERSION } from '../crm/zoho';
import { invalidAnswer } from './invalid-answer';
import { isEvent, newer, timeOf, type TeamPage, type TeamReader } from './reader';
import type { TeamActivity, TeamCursor } from './types';

/**
 * Zoho CRM API v7: the Tasks our extension wrote (`SOP_Activity_Key` set), listed by
 * `Modified_Time` ascending with `If-Modified-Since` (the records changed after a time), 200 a
 * page by page number. Zoho lists at most 2,000 records by page number: a pass that gets there
 * starts again from the newest modified time it read (records at that edge are read twice and
 * stored once). The bound is sent a second early, so a change in the same second as the last one
 * read is not missed. Owners: `GET /crm/v7/users?type=AllUsers`. Deleted Tasks: every read ends
 * with Zoho's list of them (`GET /crm/v7/Tasks/deleted?type=all`, 200 a page, the recycle bin and
 * those deleted for good), by Zoho's id; those cached stop counting.
 */

const PAGE = 200;
const PAGE_NUMBER_CAP = 2_000;
export const ZOHO_READ_FIELDS = ['Owner', 'Who_Id', 'What_Id', '$se_module', 'Due_Date', 'Modified_Time', 'SOP_Activity_Key', 'SOP_Event', 'SOP_Stage', 'SOP_Tier', 'SOP_Playbook_Version', 'SOP_Talk_Track', 'SOP_Objection', 'SOP_Direction', 'SOP_Channel'];

const str = z.string().nullish();
const lookup = z.object({ id: z.string() }).nullish();
const task = z.object({ id: z.string(), Owner: lookup, Who_Id: lookup, What_Id: lookup, $se_module: str, Due_Date: str, Modified_Time: z.string(), SOP_Activity_Key: str, SOP_Event: str, SOP_Stage: str, SOP_Tier: str, SOP_Playbook_Version: str, SOP_Talk_Track: str, SOP_Objection: str, SOP_Direction: str, SOP_Channel: str });
const info = z.object({ more_records: z.boolean(), page: z.number().optional() });
const tasksAnswer = z.object({ data: z.array(task), info });
const deletedAnswer = z.object({ data: z.array(z.object({ id: z.string() })), info });
const usersAnswer = z.object({ users: z.array(z.object({ id: z.string(), full_name: z.string().nullish(), email: z.string().nullish() })), info: info.optional() });

const headers = (token: string) => ({ authorization: `Zoho-oauthtoken ${token}` });

function activityOf(t: z.infer<typeof task>): TeamActivity | null {
  const key = t.SOP_Activity_Key;
  const event = t.SOP_Event ?? '';
  if (!key || !isEvent(event)) return null;
  const day = t.Due_Date ? Date.parse(`${t.Due_Date}T12:00:00Z`) : NaN;
  return {
    id: `zoho:${key}`,
    crm: 'zoho',
    remoteId: t.id,
    at: Number.isFinite(day) ? day : timeOf(t.Modified_Time),
    modifiedAt: timeOf(t.Modified_Time),
    owner: t.Owner?.id ?? '',
    // A Contact is the Task's Who_Id; a Lead is its What_Id.
    subject: t.Who_Id?.id ?? (t.$se_module === 'Leads' ? (t.What_Id?.id ?? '') : ''),
    event,
    stage: t.SOP_Stage ?? '',
    tier: t.SOP_Tier ?? '',
    playbookVersion: t.SOP_Playbook_Version ?? '',
    direction: t.SOP_Direction ?? '',
    channel: t.SOP_Channel ?? '',
    trackId: t.SOP_Talk_Track ?? '',
    objection: t.SOP_Objection ?? '',
  };
}

async function page({ apiBase, token }: CrmCredentials, cursor: TeamCursor, fetchImpl: Fetch, timeoutMs: number): Promise<TeamPage> {
  const number = Number(cursor.page ?? '1');
  const query = new URLSearchParams({ fields: ZOHO_READ_FIELDS.join(','), sort_by: 'Modified_Time', sort_order: 'asc', per_page: String(PAGE), page: String(number) });
  // ISO 8601 with an offset, as Zoho's examples write it (`2019-07-25T15:26:49+05:30`).
  const since = cursor.since ? { 'if-modified-since': new Date(timeOf(cursor.since) - 1_000).toISOString().replace(/\.\d{3}Z$/, '+00:00') } : {};
  const { body, status } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/${ZOHO_API_VERSION}/Tasks?${query.toString()}`, { method: 'GET', headers: { ...headers(token), ...since }, timeoutMs });
  // Nothing changed since: 304 Not Modified, as Zoho's status codes page says of `If-Modified-Since`
  // (https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html); no records at all: 204.
  if (status === 204 || status === 304) return { activities: [], cursor: { since: cursor.high ?? cursor.since, page: null, high: cursor.high }, done: true };
  const parsed = tasksAnswer.safeParse(body);
  if (!parsed.success) throw invalidAnswer('Tasks', parsed.error);
  let high = cursor.high;
  const activities: TeamActivity[] = [];
  for (const t of parsed.data.data) {
    high = newer(high, t.Modified_Time);
    const activity = activityOf(t);
    if (activity) activities.push(activity);
  }
  if (!parsed.data.info.more_records) return { activities, cursor: { since: high ?? cursor.since, page: null, high }, done: true };
  // Past what Zoho lists by page number: the same list again from the newest change read.
  if ((number + 1) * PAGE > PAGE_NUMBER_CAP && high !== cursor.since) return { activities, cursor: { since: high, page: null, high }, done: false };
  return { activities, cursor: { since: cursor.since, page: String(number + 1), high }, done: false };
}

/** Zoho's ids of the Tasks deleted (in the recycle bin or for good), every page; none: 204. */
async function deletedIds({ apiBase, token }: CrmCredentials, fetchImpl: Fetch, timeoutMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (let number = 1; number <= PAGE_NUMBER_CAP / PAGE; number++) {
    const query = new URLSearchParams({ type: 'all', per_page: String(PAGE), page: String(number) });
    const { body, status } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/${ZOHO_API_VERSION}/Tasks/deleted?${query.toString()}`, { method: 'GET', headers: headers(token), timeoutMs });
    if (status === 204) break;
    const parsed = deletedAnswer.safeParse(body);
    if (!parsed.success) throw invalidAnswer('deleted Tasks', parsed.error);
    ids.push(...parsed.data.data.map((d) => d.id));
    if (!parsed.data.info.more_records) break;
  }
  return ids;
}

export const zohoReader: TeamReader = {
  crm: 'zoho',
  async begin(credentials, fetchImpl, timeoutMs) {
    const owners: Record<string, string> = {};
    for (let number = 1; number <= 20; number++) {
      const { body } = await requestJson(fetchImpl, `${trimBase(credentials.apiBase)}/crm/${ZOHO_API_VERSION}/users?type=AllUsers&per_page=200&page=${String(number)}`, { method: 'GET', headers: headers(credentials.token), timeoutMs });
      const parsed = usersAnswer.safeParse(body);
      if (!parsed.success) throw invalidAnswer('users', parsed.error);
      for (const u of parsed.data.users) owners[u.id] = u.full_name || u.email || u.id;
      if (!parsed.data.info?.more_records) break;
    }
    return { owners, page: (cursor) => page(credentials, cursor, fetchImpl, timeoutMs), removedRemote: () => deletedIds(credentials, fetchImpl, timeoutMs) };
  },
};
