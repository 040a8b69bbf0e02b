/**
 * Salesforce REST API as its reference describes it, for the tests: Bearer access tokens for one
 * instance (`INVALID_SESSION_ID` on a bad one); `/services/data/vXX.X/limits`; SOQL `query` for
 * the small set of statements the product sends (a Contact or Lead by email; Tasks by
 * LastModifiedDate, 2,000 a batch with `nextRecordsUrl`); Task upsert by the external-id field
 * `SOP_Activity_Key__c` (201 created, 200 updated) refusing fields the org lacks; the OAuth web
 * server flow with PKCE and the refresh_token grant (`invalid_grant` once revoked); the daily
 * allowance spent as `REQUEST_LIMIT_EXCEEDED` (a 403).
 */
import { createHash, randomUUID } from 'node:crypto';
import { header, type StandInCrm, type StandInReply, type StandInRequest } from './types';

export type SalesforceTask = Record<string, unknown> & { Id: string; SOP_Activity_Key__c: string; LastModifiedDate: string; OwnerId: string; SystemModstamp?: string; IsDeleted?: boolean };

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
  /** Connected apps' consumer keys (PKCE: no secret), and the codes handed out by `authorize`. */
  clientIds: Set<string>;
  codes: Map<string, { clientId: string; redirectUri: string; challenge: string }>;
  /** The user denies the app on the approval page (Salesforce redirects with `error=access_denied`). */
  denyAccess: boolean;
  /** Refresh tokens handed out with a sign-in, by the connected app they belong to (cleared: revoked). */
  refreshTokens: Map<string, { clientId: string }>;
  /** The org's users (`SELECT Id, Name FROM User`). */
  users: { Id: string; Name: string }[];
}

export const SALESFORCE_SOP_FIELDS = ['SOP_Activity_Key__c', 'SOP_Event__c', 'SOP_Stage__c', 'SOP_Tier__c', 'SOP_Playbook_Version__c', 'SOP_Talk_Track__c', 'SOP_Objection__c', 'SOP_Direction__c', 'SOP_Channel__c', 'SOP_Hidden_Concern__c', 'SOP_Reader_Confidence__c'];
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
    clientIds: new Set(['3MVG9SOPCopilotDemoConsumerKey']),
    codes: new Map(),
    denyAccess: false,
    refreshTokens: new Map(),
    users: [{ Id: '0055g00000RepAAA', Name: 'Riley Rep' }],
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

/** A SOQL date-time literal or a stored `2026-12-05T03:12:00.000+0000`, as epoch ms. */
const sfTime = (value: string) => Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/** The statements the product sends, parsed strictly: anything else is a MALFORMED_QUERY. */
function runSoql(soql: string, state: SalesforceState, all = false): StandInReply {
  const byEmail = /^SELECT Id FROM (Contact|Lead) WHERE Email = '((?:[^'\\]|\\.)*)'(?: AND IsConverted = false)? LIMIT 1$/.exec(soql);
  if (byEmail) {
    const email = (byEmail[2] ?? '').replace(/\\(.)/g, '$1').toLowerCase();
    const list = byEmail[1] === 'Contact' ? state.contacts : state.leads;
    return queryResult(list.filter((r) => r.Email.toLowerCase() === email).slice(0, 1).map((r) => ({ Id: r.Id })), state, byEmail[1] ?? 'Contact');
  }
  const tasks = /^SELECT (.+) FROM Task WHERE SOP_Activity_Key__c != null AND (LastModifiedDate|SystemModstamp) (>=?) (\S+) ORDER BY \2, Id$/.exec(soql);
  if (tasks) {
    const fields = (tasks[1] ?? '').split(/\s*,\s*/);
    const unknown = fields.filter((f) => !['Id', 'LastModifiedDate', 'CreatedDate', 'SystemModstamp', 'IsDeleted'].includes(f) && !state.taskFields.has(f));
    if (unknown.length > 0) return errors(400, 'INVALID_FIELD', `No such column '${unknown[0] ?? ''}' on entity 'Task'.`);
    const since = sfTime(tasks[4] ?? '');
    if (!Number.isFinite(since)) return errors(400, 'MALFORMED_QUERY', `line 1:${String(soql.indexOf(tasks[4] ?? ''))} no viable alternative at character '${(tasks[4] ?? '').slice(0, 1)}'`);
    const strict = tasks[3] === '>';
    // SystemModstamp moves on every change, a delete included; LastModifiedDate on a user's edit only.
    const stamp = (t: SalesforceTask) => sfTime(tasks[2] === 'SystemModstamp' ? (t.SystemModstamp ?? t.LastModifiedDate) : t.LastModifiedDate);
    const found = state.tasks
      .filter((t) => (all || t.IsDeleted !== true) && (strict ? stamp(t) > since : stamp(t) >= since))
      .sort((a, b) => stamp(a) - stamp(b) || (a.Id < b.Id ? -1 : 1))
      .map((t) => Object.fromEntries(fields.map((f) => [f, f === 'IsDeleted' ? t.IsDeleted === true : f === 'SystemModstamp' ? (t.SystemModstamp ?? t.LastModifiedDate) : (t[f] ?? null)])) as SalesforceTask);
    return queryResult(found, state, 'Task');
  }
  if (soql === 'SELECT Id, Name FROM User ORDER BY Id') return queryResult([...state.users].sort((a, b) => (a.Id < b.Id ? -1 : 1)), state, 'User');
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
    Object.assign(existing, fields, { LastModifiedDate: now, SystemModstamp: now });
    return { status: 200, body: { id: existing.Id, success: true, errors: [], created: false } };
  }
  const task: SalesforceTask = { ...fields, Id: taskId(), SOP_Activity_Key__c: key, OwnerId: ownerId, CreatedDate: now, LastModifiedDate: now };
  state.tasks.push(task);
  return { status: 201, body: { id: task.Id, success: true, errors: [], created: true } };
}

/** DELETE …/sobjects/Task/{id}, as a user deletes it: to the recycle bin (`IsDeleted`), `SystemModstamp` moved. */
export function deleteSalesforceTask(state: SalesforceState, id: string): boolean {
  const task = state.tasks.find((t) => t.Id === id && t.IsDeleted !== true);
  if (!task) return false;
  task.IsDeleted = true;
  task.SystemModstamp = new Date().toISOString().replace('Z', '+0000');
  return true;
}

const base64url = (buffer: Buffer) => buffer.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * The web server flow with PKCE: `authorize` approves at once (as for a user already signed in who
 * approved the app before) and redirects with a code; `token` checks the code, the client, the
 * redirect URI and the verifier against the challenge, and issues a session for this instance.
 */
function oauth(request: StandInRequest, state: SalesforceState): StandInReply | null {
  if (request.method === 'GET' && request.path === '/services/oauth2/authorize') {
    const q = request.query;
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!state.clientIds.has(q.get('client_id') ?? '')) return { status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } };
    if (!/^https:\/\/[a-p]{32}\.chromiumapp\.org\//.test(redirectUri)) return { status: 400, body: { error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration' } };
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return { status: 400, body: { error: 'invalid_request', error_description: 'PKCE S256 code flow only' } };
    if (state.denyAccess) {
      const denied = new URL(redirectUri);
      denied.searchParams.set('error', 'access_denied');
      denied.searchParams.set('error_description', 'end-user denied authorization');
      denied.searchParams.set('state', q.get('state') ?? '');
      return { status: 302, headers: { location: denied.toString() } };
    }
    const code = `aPrx${randomUUID().replace(/-/g, '')}`;
    state.codes.set(code, { clientId: q.get('client_id') ?? '', redirectUri, challenge: q.get('code_challenge') ?? '' });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', q.get('state') ?? '');
    return { status: 302, headers: { location: target.toString() } };
  }
  if (request.method === 'POST' && request.path === '/services/oauth2/token') {
    const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
    const grant = state.codes.get(form.get('code') ?? '');
    const fail = (error: string, description: string): StandInReply => ({ status: 400, body: { error, error_description: description } });
    if (form.get('grant_type') === 'refresh_token') {
      // The refresh token flow: a new access token (no new refresh token) while the refresh token stands.
      const known = state.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known || known.clientId !== form.get('client_id')) return fail('invalid_grant', 'expired access/refresh token');
      const renewed = `00D5g000004OAuth!${randomUUID()}`;
      state.tokens.set(renewed, { userId: '0055g00000RepAAA' });
      return { status: 200, body: { access_token: renewed, signature: 'stand-in', scope: 'refresh_token api', instance_url: 'https://nordwind.my.salesforce.com', id: 'https://login.salesforce.com/id/00D5g000004Good/0055g00000RepAAA', token_type: 'Bearer', issued_at: String(Date.now()) } };
    }
    if (form.get('grant_type') !== 'authorization_code') return fail('unsupported_grant_type', 'grant type not supported');
    if (!grant) return fail('invalid_grant', 'invalid authorization code');
    state.codes.delete(form.get('code') ?? '');
    if (grant.clientId !== form.get('client_id') || grant.redirectUri !== form.get('redirect_uri')) return fail('invalid_grant', 'redirect_uri mismatch');
    if (base64url(createHash('sha256').update(form.get('code_verifier') ?? '').digest()) !== grant.challenge) return fail('invalid_grant', 'invalid code verifier');
    const accessToken = `00D5g000004OAuth!${randomUUID()}`;
    state.tokens.set(accessToken, { userId: '0055g00000RepAAA' });
    const refreshToken = `5Aep${randomUUID()}`;
    state.refreshTokens.set(refreshToken, { clientId: grant.clientId });
    return { status: 200, body: { access_token: accessToken, refresh_token: refreshToken, signature: 'stand-in', scope: 'refresh_token api', instance_url: 'https://nordwind.my.salesforce.com', id: 'https://login.salesforce.com/id/00D5g000004Good/0055g00000RepAAA', token_type: 'Bearer', issued_at: String(Date.now()) } };
  }
  return null;
}

export const salesforceStandIn: StandInCrm<SalesforceState> = {
  hosts: ['nordwind.my.salesforce.com'],
  isWrite: (r) => r.method === 'PATCH' && r.path.startsWith('/services/data/v62.0/sobjects/Task/'),
  unauthorized: () => errors(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  rateLimited: () => errors(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
  handle(request: StandInRequest, state: SalesforceState): StandInReply {
    const signIn = oauth(request, state);
    if (signIn) return signIn;
    const token = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1];
    const user = token ? state.tokens.get(token) : undefined;
    if (!user) return this.unauthorized();
    const { method, path, query } = request;
    const base = '/services/data/v62.0';
    if (method === 'GET' && path === `${base}/limits`) return { status: 200, body: { DailyApiRequests: { Max: 100_000, Remaining: 99_950 } } };
    if (method === 'GET' && path === `${base}/query`) return runSoql(query.get('q') ?? '', state);
    // queryAll: the same statements, with the records in the recycle bin (IsDeleted = true) too.
    if (method === 'GET' && path === `${base}/queryAll`) return runSoql(query.get('q') ?? '', state, true);
    const task = new RegExp(`^${base}/sobjects/Task/(00T\\w+)$`).exec(path);
    if (method === 'DELETE' && task) return deleteSalesforceTask(state, task[1] ?? '') ? { status: 204 } : errors(404, 'ENTITY_IS_DELETED', 'entity is deleted');
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
