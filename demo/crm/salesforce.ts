/**
 * Salesforce REST API as its reference describes it, for the tests: Bearer access tokens for one
 * instance (`INVALID_SESSION_ID` on a bad one); `/services/data/vXX.X/limits`; SOQL `query` for
 * the small set of statements the product sends (a Contact or Lead by email; Tasks by
 * LastModifiedDate, 2,000 a batch with `nextRecordsUrl`); Task upsert by the external-id field
 * `SOP_Activity_Key__c` (201 created, 200 updated) refusing fields the org lacks; the daily
 * allowance spent as `REQUEST_LIMIT_EXCEEDED` (a 403).
 */
import { header, type StandInCrm, type StandInReply, type StandInRequest } from './types';

export type SalesforceTask = Record<string, unknown> & { Id: string; SOP_Activity_Key__c: string; LastModifiedDate: string; OwnerId: string };

export interface SalesforceState {
  tokens: Map<string, { userId: string }>;
  contacts: { Id: string; Email: string }[];
  leads: { Id: string; Email: string }[];
  opportunityIds: Set<string>;
  tasks: SalesforceTask[];
  /** Task fields the org has (standard and the admin's custom ones). */
  taskFields: Set<string>;
  /** Query cursors handed out with `nextRecordsUrl`. */
  cursors: Map<string, SalesforceTask[]>;
}

export const SALESFORCE_SOP_FIELDS = ['SOP_Activity_Key__c', 'SOP_Event__c', 'SOP_Stage__c', 'SOP_Tier__c', 'SOP_Playbook_Version__c', 'SOP_Talk_Track__c', 'SOP_Objection__c', 'SOP_Direction__c', 'SOP_Channel__c'];
const STANDARD_TASK_FIELDS = ['Subject', 'Status', 'TaskSubtype', 'ActivityDate', 'Description', 'WhoId', 'WhatId', 'OwnerId', 'Priority'];

export function createSalesforceState(): SalesforceState {
  return {
    tokens: new Map([['00D5g000004Good!AQ4AQFakeSessionToken', { userId: '0055g00000RepAAA' }]]),
    contacts: [],
    leads: [],
    opportunityIds: new Set(),
    tasks: [],
    taskFields: new Set([...STANDARD_TASK_FIELDS, ...SALESFORCE_SOP_FIELDS]),
    cursors: new Map(),
  };
}

const errors = (status: number, errorCode: string, message: string, fields: string[] = []): StandInReply => ({ status, body: [{ message, errorCode, fields }] });

let taskCounter = 0;
const taskId = () => `00T5g00000${String(++taskCounter).padStart(5, '0')}AAA`.slice(0, 18);

const BATCH = 2000;

function queryResult(records: SalesforceState['tasks'] | { Id: string }[], state: SalesforceState, type: string): StandInReply {
  const batch = records.slice(0, BATCH).map((r) => ({ attributes: { type, url: `/services/data/v62.0/sobjects/${type}/${r.Id}` }, ...r }));
  const rest = records.slice(BATCH);
  let nextRecordsUrl: string | undefined;
  if (rest.length > 0) {
    const cursor = `01g5g00000${crypto.randomUUID().slice(0, 8)}-${String(BATCH)}`;
    state.cursors.set(cursor, rest as SalesforceTask[]);
    nextRecordsUrl = `/services/data/v62.0/query/${cursor}`;
  }
  return { status: 200, body: { totalSize: records.length + 0, done: rest.length === 0, records: batch, ...(nextRecordsUrl ? { nextRecordsUrl } : {}) } };
}

/** The statements the product sends, parsed strictly: anything else is a MALFORMED_QUERY. */
function runSoql(soql: string, state: SalesforceState): StandInReply {
  const byEmail = /^SELECT Id FROM (Contact|Lead) WHERE Email = '((?:[^'\\]|\\.)*)'(?: AND IsConverted = false)? LIMIT 1$/.exec(soql);
  if (byEmail) {
    const email = (byEmail[2] ?? '').replace(/\\(.)/g, '$1').toLowerCase();
    const list = byEmail[1] === 'Contact' ? state.contacts : state.leads;
    return queryResult(list.filter((r) => r.Email.toLowerCase() === email).slice(0, 1).map((r) => ({ Id: r.Id })), state, byEmail[1] ?? 'Contact');
  }
  const tasks = /^SELECT (.+) FROM Task WHERE SOP_Activity_Key__c != null AND LastModifiedDate > (\S+) ORDER BY LastModifiedDate, Id$/.exec(soql);
  if (tasks) {
    const since = tasks[2] ?? '';
    const found = state.tasks.filter((t) => t.LastModifiedDate > since).sort((a, b) => (a.LastModifiedDate < b.LastModifiedDate ? -1 : a.LastModifiedDate > b.LastModifiedDate ? 1 : a.Id < b.Id ? -1 : 1));
    return queryResult(found, state, 'Task');
  }
  return errors(400, 'MALFORMED_QUERY', `unexpected token: ${soql.slice(0, 40)}`);
}

function upsertTask(state: SalesforceState, key: string, body: unknown, ownerId: string): StandInReply {
  const fields = (body ?? {}) as Record<string, unknown>;
  if ('SOP_Activity_Key__c' in fields || 'Id' in fields) return errors(400, 'INVALID_FIELD', 'The external ID field and Id cannot be set in the body of an upsert');
  const unknown = Object.keys(fields).filter((f) => !state.taskFields.has(f));
  if (unknown.length > 0) return errors(400, 'INVALID_FIELD', `No such column '${unknown[0] ?? ''}' on sobject of type Task`, unknown);
  const who = fields.WhoId;
  if (typeof who === 'string' && !state.contacts.some((c) => c.Id === who) && !state.leads.some((l) => l.Id === who)) return errors(400, 'INVALID_CROSS_REFERENCE_KEY', 'Name ID: id value of incorrect type', ['WhoId']);
  const what = fields.WhatId;
  if (typeof what === 'string' && !state.opportunityIds.has(what)) return errors(400, 'INVALID_CROSS_REFERENCE_KEY', 'Related To ID: id value of incorrect type', ['WhatId']);
  const now = new Date().toISOString().replace('Z', '+0000');
  const existing = state.tasks.find((t) => t.SOP_Activity_Key__c === key);
  if (existing) {
    Object.assign(existing, fields, { LastModifiedDate: now });
    return { status: 200, body: { id: existing.Id, success: true, errors: [], created: false } };
  }
  const task: SalesforceTask = { ...fields, Id: taskId(), SOP_Activity_Key__c: key, OwnerId: ownerId, CreatedDate: now, LastModifiedDate: now };
  state.tasks.push(task);
  return { status: 201, body: { id: task.Id, success: true, errors: [], created: true } };
}

export const salesforceStandIn: StandInCrm<SalesforceState> = {
  hosts: ['nordwind.my.salesforce.com'],
  isWrite: (r) => r.method === 'PATCH' && r.path.startsWith('/services/data/v62.0/sobjects/Task/'),
  unauthorized: () => errors(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  rateLimited: () => errors(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
  handle(request: StandInRequest, state: SalesforceState): StandInReply {
    const token = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1];
    const user = token ? state.tokens.get(token) : undefined;
    if (!user) return this.unauthorized();
    const { method, path, query } = request;
    const base = '/services/data/v62.0';
    if (method === 'GET' && path === `${base}/limits`) return { status: 200, body: { DailyApiRequests: { Max: 100_000, Remaining: 99_950 } } };
    if (method === 'GET' && path === `${base}/query`) return runSoql(query.get('q') ?? '', state);
    const more = new RegExp(`^${base}/query/(.+)$`).exec(path);
    if (method === 'GET' && more) {
      const rest = state.cursors.get(more[1] ?? '');
      if (!rest) return errors(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
      state.cursors.delete(more[1] ?? '');
      return queryResult(rest, state, 'Task');
    }
    const upsert = new RegExp(`^${base}/sobjects/Task/SOP_Activity_Key__c/(.+)$`).exec(path);
    if (method === 'PATCH' && upsert) {
      if (!state.taskFields.has('SOP_Activity_Key__c')) return errors(404, 'NOT_FOUND', 'Provided external ID field does not exist or is not accessible: SOP_Activity_Key__c');
      return upsertTask(state, decodeURIComponent(upsert[1] ?? ''), request.body, user.userId);
    }
    return errors(404, 'NOT_FOUND', 'The requested resource does not exist');
  },
};
