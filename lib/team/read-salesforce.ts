import { z } from 'zod';
import { trimBase } from '../crm/adapter';
import { requestJson, type Fetch } from '../crm/http';
import { SALESFORCE_API_VERSION } from '../crm/salesforce';
import { invalidAnswer } from './invalid-answer';
import { isEvent, newer, timeOf, type TeamReader } from './reader';
import type { TeamActivity } from './types';

/**
 * Salesforce REST API: the Tasks our extension upserted (`SOP_Activity_Key__c` set), by SOQL
 * `SystemModstamp >= <since> ORDER BY SystemModstamp, Id` through `queryAll`, which also returns
 * the Tasks deleted since (`IsDeleted`, in the recycle bin; a delete moves `SystemModstamp`, not
 * `LastModifiedDate`): those are taken out of the cache. 2,000 a batch, following
 * `nextRecordsUrl`. Owners: `SELECT Id, Name FROM User`.
 */

export const TASK_FIELDS = ['Id', 'OwnerId', 'WhoId', 'ActivityDate', 'SystemModstamp', 'IsDeleted', 'SOP_Activity_Key__c', 'SOP_Event__c', 'SOP_Stage__c', 'SOP_Tier__c', 'SOP_Playbook_Version__c', 'SOP_Talk_Track__c', 'SOP_Objection__c', 'SOP_Direction__c', 'SOP_Channel__c'];

const str = z.string().nullish();
const task = z.object({ Id: z.string(), OwnerId: str, WhoId: str, ActivityDate: str, SystemModstamp: z.string(), IsDeleted: z.boolean().nullish(), SOP_Activity_Key__c: str, SOP_Event__c: str, SOP_Stage__c: str, SOP_Tier__c: str, SOP_Playbook_Version__c: str, SOP_Talk_Track__c: str, SOP_Objection__c: str, SOP_Direction__c: str, SOP_Channel__c: str });
const queryAnswer = <T extends z.ZodType>(record: T) => z.object({ done: z.boolean(), records: z.array(record), nextRecordsUrl: z.string().optional() });
const tasksAnswer = queryAnswer(task);
const usersAnswer = queryAnswer(z.object({ Id: z.string(), Name: z.string() }));

const headers = (token: string) => ({ authorization: `Bearer ${token}` });

function activityOf(t: z.infer<typeof task>): TeamActivity | null {
  const key = t.SOP_Activity_Key__c;
  const event = t.SOP_Event__c ?? '';
  if (!key || !isEvent(event)) return null;
  // ActivityDate is a day (the rep's UTC day): noon of it.
  const day = t.ActivityDate ? Date.parse(`${t.ActivityDate}T12:00:00Z`) : NaN;
  return {
    id: `salesforce:${key}`,
    crm: 'salesforce',
    remoteId: t.Id,
    at: Number.isFinite(day) ? day : timeOf(t.SystemModstamp),
    modifiedAt: timeOf(t.SystemModstamp),
    owner: t.OwnerId ?? '',
    subject: t.WhoId ?? '',
    event,
    stage: t.SOP_Stage__c ?? '',
    tier: t.SOP_Tier__c ?? '',
    playbookVersion: t.SOP_Playbook_Version__c ?? '',
    direction: t.SOP_Direction__c ?? '',
    channel: t.SOP_Channel__c ?? '',
    trackId: t.SOP_Talk_Track__c ?? '',
    objection: t.SOP_Objection__c ?? '',
  };
}

async function query(fetchImpl: Fetch, apiBase: string, token: string, pathOrSoql: { soql: string; all?: boolean } | { next: string }, timeoutMs: number): Promise<unknown> {
  const base = trimBase(apiBase);
  const url = 'soql' in pathOrSoql ? `${base}/services/data/${SALESFORCE_API_VERSION}/${pathOrSoql.all ? 'queryAll' : 'query'}?q=${encodeURIComponent(pathOrSoql.soql)}` : `${base}${pathOrSoql.next}`;
  const { body } = await requestJson(fetchImpl, url, { method: 'GET', headers: headers(token), timeoutMs });
  return body;
}

export const salesforceReader: TeamReader = {
  crm: 'salesforce',
  async begin(credentials, fetchImpl, timeoutMs) {
    // The token is read at each request: a renewed session takes over mid-read.
    const { apiBase } = credentials;
    const owners: Record<string, string> = {};
    let next: string | undefined;
    for (let batch = 0; batch < 20; batch++) {
      const parsed = usersAnswer.safeParse(await query(fetchImpl, apiBase, credentials.token, next ? { next } : { soql: 'SELECT Id, Name FROM User ORDER BY Id' }, timeoutMs));
      if (!parsed.success) throw invalidAnswer('User', parsed.error);
      for (const u of parsed.data.records) owners[u.Id] = u.Name;
      next = parsed.data.nextRecordsUrl;
      if (parsed.data.done || !next) break;
    }
    return {
      owners,
      async page(cursor) {
        const since = cursor.since ? new Date(timeOf(cursor.since)).toISOString() : '1970-01-01T00:00:00.000Z';
        const soql = `SELECT ${TASK_FIELDS.join(', ')} FROM Task WHERE SOP_Activity_Key__c != null AND SystemModstamp >= ${since} ORDER BY SystemModstamp, Id`;
        const parsed = tasksAnswer.safeParse(await query(fetchImpl, apiBase, credentials.token, cursor.page ? { next: cursor.page } : { soql, all: true }, timeoutMs));
        if (!parsed.success) throw invalidAnswer('Task', parsed.error);
        let high = cursor.high;
        const activities: TeamActivity[] = [];
        const removed: string[] = [];
        for (const t of parsed.data.records) {
          high = newer(high, t.SystemModstamp);
          const activity = activityOf(t);
          if (activity && t.IsDeleted === true) removed.push(activity.id);
          else if (activity) activities.push(activity);
        }
        const more = parsed.data.nextRecordsUrl;
        if (parsed.data.done || !more) return { activities, removed, cursor: { since: high ?? cursor.since, page: null, high }, done: true };
        return { activities, removed, cursor: { since: cursor.since, page: more, high }, done: false };
      },
    };
  },
};
