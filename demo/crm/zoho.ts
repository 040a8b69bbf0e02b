/**
 * Zoho CRM REST API v7 as its reference describes it, for the tests: `Zoho-oauthtoken` access
 * tokens (401 `INVALID_TOKEN`); the current user and all users (`/users?type=…`); Contacts and
 * Leads searched by `email` (a search that finds nothing answers 204, no body); Tasks created and
 * updated with `{ data: [record] }` and answered per record (`SUCCESS` with `details.id`, or an
 * error such as `INVALID_DATA`, `MANDATORY_NOT_FOUND`, `DUPLICATE_DATA`); Tasks searched with
 * `criteria=(field:equals:value)`; Tasks listed by `Modified_Time` with `If-Modified-Since` and
 * page/per_page (at most 200 a page, 2,000 records by page number); 429 `TOO_MANY_REQUESTS`; the
 * Task fields' metadata (`/settings/fields?module=Tasks`). Assumed where Zoho's reference does not
 * say (docs/team-scale.md lists what stays unverified): a field the org lacks is dropped without a
 * word (the insert page names no error for it; the one report read, of API 1.0, saw it dropped), and
 * a 429 carries no header saying when to come back (the limits pages name none).
 */
import { header, nextId, type StandInCrm, type StandInReply, type StandInRequest } from './types';

export type ZohoTask = Record<string, unknown> & { id: string; Modified_Time: string; Created_Time: string; Owner: { id: string; name: string }; deleted?: { at: string; type: 'recycle' | 'permanent' } };

export interface ZohoState {
  /** Access token → the user it belongs to. */
  tokens: Map<string, string>;
  users: { id: string; full_name: string; email: string }[];
  contacts: { id: string; Email: string }[];
  leads: { id: string; Email: string }[];
  dealIds: Set<string>;
  tasks: ZohoTask[];
  /** Task fields the org has (Zoho's own and the admin's custom ones). */
  taskFields: Set<string>;
  /** Client ids of client-based apps registered in the Zoho API Console (Accounts' implicit grant). */
  clientIds: Set<string>;
  /** The rep denies the consent screen. */
  denyAccess: boolean;
  /** The rep is signed out of Zoho Accounts: the sign-in shows its login page, so a renewal without the rep fails. */
  signedOut: boolean;
  /** Access tokens issued by the sign-in, in order. */
  issued: string[];
  /** The org's validation rules: a Task whose `field` is `value` is refused with `message` (a test's one bad record). */
  rules: { field: string; value: unknown; message: string }[];
  /** Where the sign-in says the rep's org lives (`location`, `api_domain`, `accounts-server`): the US unless a test moves it. */
  signInCenter: { location: string; api_domain: string; 'accounts-server': string };
}

export const ZOHO_SOP_FIELDS = ['SOP_Activity_Key', 'SOP_Event', 'SOP_Stage', 'SOP_Tier', 'SOP_Playbook_Version', 'SOP_Talk_Track', 'SOP_Objection', 'SOP_Direction', 'SOP_Channel', 'SOP_Hidden_Concern', 'SOP_Reader_Confidence'];
const STANDARD_TASK_FIELDS = ['Subject', 'Status', 'Due_Date', 'Description', 'Who_Id', 'What_Id', '$se_module', 'Priority', 'Owner'];
export const ZOHO_TOKEN = '1000.zoho-good-access-token.5f2c';

export function createZohoState(): ZohoState {
  return {
    tokens: new Map([[ZOHO_TOKEN, '5725767000000411001']]),
    users: [{ id: '5725767000000411001', full_name: 'Riley Rep', email: 'riley@nordwind.example' }],
    contacts: [],
    leads: [],
    dealIds: new Set(),
    tasks: [],
    taskFields: new Set([...STANDARD_TASK_FIELDS, ...ZOHO_SOP_FIELDS]),
    clientIds: new Set(['1000.SOPCOPILOTDEMOCLIENT']),
    denyAccess: false,
    signedOut: false,
    issued: [],
    rules: [],
    signInCenter: { location: 'us', api_domain: 'https://www.zohoapis.com', 'accounts-server': 'https://accounts.zoho.com' },
  };
}

const BASE = '/crm/v7';
const error = (status: number, code: string, message: string, details: Record<string, unknown> = {}): StandInReply => ({ status, body: { code, details, message, status: 'error' } });
const recordError = (status: number, code: string, message: string, details: Record<string, unknown> = {}): StandInReply => ({ status, body: { data: [{ code, details, message, status: 'error' }] } });
/** Zoho's date-time: `2026-12-05T09:12:00+00:00`. */
const zohoTime = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');

function found(records: readonly object[]): StandInReply {
  if (records.length === 0) return { status: 204 };
  return { status: 200, body: { data: records, info: { per_page: 200, count: records.length, page: 1, more_records: false } } };
}

/** The record as Zoho would store it, or the error it answers (nothing stored). */
function checked(state: ZohoState, given: Record<string, unknown>, existing?: ZohoTask): Record<string, unknown> | StandInReply {
  // A field the org lacks is dropped, not refused (see above).
  const input = Object.fromEntries(Object.entries(given).filter(([f]) => state.taskFields.has(f)));
  const rule = state.rules.find((r) => input[r.field] === r.value);
  if (rule) return recordError(400, 'INVALID_DATA', rule.message, { api_name: rule.field });
  if (!existing && typeof input.Subject !== 'string') return recordError(400, 'MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'Subject' });
  const who = (input.Who_Id as { id?: string } | undefined)?.id;
  if (who !== undefined && !state.contacts.some((c) => c.id === who)) return recordError(400, 'INVALID_DATA', 'the related id given seems to be invalid', { api_name: 'Who_Id' });
  const what = (input.What_Id as { id?: string } | undefined)?.id;
  const module = input.$se_module;
  if (what !== undefined && !(module === 'Deals' ? state.dealIds.has(what) : module === 'Leads' ? state.leads.some((l) => l.id === what) : false)) return recordError(400, 'INVALID_DATA', 'the related id given seems to be invalid', { api_name: 'What_Id' });
  const key = input.SOP_Activity_Key;
  const twin = typeof key === 'string' ? state.tasks.find((t) => t !== existing && !t.deleted && t.SOP_Activity_Key === key) : undefined;
  if (twin) return recordError(400, 'DUPLICATE_DATA', 'duplicate data', { api_name: 'SOP_Activity_Key', json_path: '$.data[0].SOP_Activity_Key', duplicate_record: { id: twin.id, module: { api_name: 'Tasks' }, Owner: twin.Owner } });
  return input;
}

function written(task: ZohoTask, message: string, status: number): StandInReply {
  const by = { id: task.Owner.id, name: task.Owner.name };
  return { status, body: { data: [{ code: 'SUCCESS', details: { Modified_Time: task.Modified_Time, Modified_By: by, Created_Time: task.Created_Time, id: task.id, Created_By: by }, message, status: 'success' } ] } };
}

/**
 * POST /Tasks: up to 100 records (Insert Records: "A maximum of 100 records can be inserted per API
 * call"), each checked and answered on its own in `data[]`, in the order sent: 201 when all were
 * added, 207 Multi-Status when some were (Zoho's status codes page), 400 when none was.
 */
function createTasks(state: ZohoState, userId: string, body: unknown): StandInReply {
  const inputs = ((body ?? {}) as { data?: unknown }).data;
  if (!Array.isArray(inputs) || inputs.length === 0) return error(400, 'INVALID_DATA', 'the input is not a list of records');
  if (inputs.length > 100) return error(400, 'LIMIT_EXCEEDED', 'the number of records exceeds the limit', { limit: 100 });
  const owner = state.users.find((u) => u.id === userId);
  const answers = inputs.map((input: unknown, i) => {
    const result = checked(state, (input ?? {}) as Record<string, unknown>);
    if ('status' in result && typeof result.status === 'number') {
      const [answer] = ((result as StandInReply).body as { data: Record<string, unknown>[] }).data;
      const details = (answer?.details ?? {}) as Record<string, unknown>;
      return { ...answer, details: { ...details, ...('json_path' in details ? { json_path: `$.data[${String(i)}].SOP_Activity_Key` } : {}) } };
    }
    const now = zohoTime(Date.now());
    const task: ZohoTask = { ...result, id: String(5_725_767_000_100_000 + nextId()), Created_Time: now, Modified_Time: now, Owner: { id: userId, name: owner?.full_name ?? '' } };
    state.tasks.push(task);
    return ((written(task, 'record added', 201).body as { data: Record<string, unknown>[] }).data)[0];
  });
  const added = answers.filter((a) => a?.status === 'success').length;
  return { status: added === answers.length ? 201 : added > 0 ? 207 : 400, body: { data: answers } };
}

function updateTask(state: ZohoState, id: string, body: unknown): StandInReply {
  const task = state.tasks.find((t) => t.id === id && !t.deleted);
  if (!task) return recordError(400, 'INVALID_DATA', 'the id given seems to be invalid', { api_name: 'id' });
  const input = ((body ?? {}) as { data?: Record<string, unknown>[] }).data?.[0];
  if (!input) return error(400, 'INVALID_DATA', 'the input is not a list of records');
  const result = checked(state, input, task);
  if ('status' in result && typeof result.status === 'number') return result as StandInReply;
  Object.assign(task, result, { Modified_Time: zohoTime(Date.now()) });
  return written(task, 'record updated', 200);
}

/**
 * `criteria=(Field:equals:value)`, or up to 10 such conditions joined with `or` in parentheses
 * ("You can search for a maximum of 10 criteria"), each value's `\(`, `\)` and `\,` unescaped.
 * Zoho's `equals` "behaves like contains" (Search Records, v8): so does this one. A field the org
 * lacks is refused.
 */
function searchTasks(state: ZohoState, criteria: string): StandInReply {
  const condition = /\((\w+):equals:((?:\\.|[^()\\])*)\)/g;
  const conditions = [...criteria.matchAll(condition)].map((m) => ({ text: m[0], field: m[1] ?? '', value: (m[2] ?? '').replace(/\\([\\(),])/g, '$1') }));
  const joined = conditions.map((c) => c.text).join('or');
  const invalid = (reason: string, extra: Record<string, unknown> = {}) => error(400, 'INVALID_QUERY', 'invalid query formed', { reason, ...extra });
  if (conditions.length === 0 || criteria !== (conditions.length === 1 ? joined : `(${joined})`)) return invalid('the criteria is not of the form (field:operator:value), or several of them joined with or');
  if (conditions.length > 10) return invalid('more than 10 criteria');
  const unknown = conditions.find((c) => !state.taskFields.has(c.field));
  if (unknown) return invalid('the field is not available', { api_name: unknown.field });
  const matches = (t: ZohoTask) => conditions.some((c) => typeof t[c.field] === 'string' && (t[c.field] as string).includes(c.value));
  const fields = [...new Set(conditions.map((c) => c.field))];
  return found(state.tasks.filter((t) => !t.deleted && matches(t)).map((t) => Object.fromEntries([['id', t.id] as [string, unknown], ...fields.map((f): [string, unknown] => [f, t[f]])])));
}

/** GET /Tasks: by `sort_by` (Modified_Time), only those modified after `If-Modified-Since`, `page` of `per_page` (≤ 200), the fields asked. */
function listTasks(state: ZohoState, request: StandInRequest): StandInReply {
  const { query } = request;
  const perPage = Number(query.get('per_page') ?? 200);
  const page = Number(query.get('page') ?? 1);
  if (perPage > 200) return error(400, 'INVALID_DATA', 'per_page must be at most 200');
  if (page * perPage > 2000) return error(400, 'DISCRETE_PAGINATION_LIMIT_EXCEEDED', 'cannot fetch more than 2000 records with page: use page_token', { limit: 2000 });
  const since = header(request, 'if-modified-since');
  const after = since ? Date.parse(since) : -Infinity;
  const wanted = (query.get('fields') ?? '').split(',').filter(Boolean);
  if (wanted.length === 0) return error(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param: 'fields' });
  const all = state.tasks.filter((t) => !t.deleted && Date.parse(t.Modified_Time) > after).sort((a, b) => Date.parse(a.Modified_Time) - Date.parse(b.Modified_Time) || (a.id < b.id ? -1 : 1));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  // Zoho's status codes: 304 when nothing was modified after If-Modified-Since, 204 when there is no record.
  if (slice.length === 0) return { status: since && page === 1 ? 304 : 204 };
  return { status: 200, body: { data: slice.map((t) => Object.fromEntries([['id', t.id] as [string, unknown], ...wanted.map((f): [string, unknown] => [f, t[f] ?? null])])), info: { per_page: perPage, count: slice.length, page, more_records: page * perPage < all.length } } };
}

/**
 * GET https://accounts.zoho.com/oauth/v2/auth, Zoho Accounts' implicit grant for client-based apps:
 * a registered client id, `response_type=token`, the redirect URI (here the extension's
 * chromiumapp.org URL), then a redirect with the access token (an hour) in the fragment, or
 * `error=access_denied`; signed out, the login page itself (200), which a sign-in without a window
 * cannot get past.
 */
function authorize(request: StandInRequest, state: ZohoState): StandInReply {
  const q = request.query;
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!state.clientIds.has(q.get('client_id') ?? '')) return { status: 400, body: { error: 'invalid_client' } };
  if (!/^https:\/\/[a-p]{32}\.chromiumapp\.org\//.test(redirectUri)) return { status: 400, body: { error: 'invalid_redirect_uri' } };
  if (q.get('response_type') !== 'token' || !q.get('scope')) return { status: 400, body: { error: 'invalid_response_type' } };
  if (state.signedOut) return { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Sign in to access Zoho CRM</body></html>' };
  const target = new URL(redirectUri);
  const fragment = new URLSearchParams({ state: q.get('state') ?? '' });
  if (state.denyAccess) fragment.set('error', 'access_denied');
  else {
    const token = `1000.${crypto.randomUUID().replace(/-/g, '')}.issued`;
    state.tokens.set(token, state.users[0]?.id ?? '');
    state.issued.push(token);
    for (const [k, v] of Object.entries({ access_token: token, token_type: 'Bearer', expires_in: '3600', ...state.signInCenter })) fragment.set(k, v);
  }
  target.hash = fragment.toString();
  return { status: 302, headers: { location: target.toString() } };
}

/** A user deletes a Task in Zoho: it goes to the recycle bin, out of lists and searches, into `/Tasks/deleted`. */
export function deleteZohoTask(state: ZohoState, id: string): boolean {
  const task = state.tasks.find((t) => t.id === id && !t.deleted);
  if (!task) return false;
  task.deleted = { at: zohoTime(Date.now()), type: 'recycle' };
  return true;
}

/** GET /Tasks/deleted: the deleted Tasks (`type` all, recycle or permanent), page/per_page; 204 when there are none. */
function deletedTasks(state: ZohoState, query: URLSearchParams): StandInReply {
  const type = query.get('type') ?? 'all';
  const perPage = Number(query.get('per_page') ?? 200);
  const page = Number(query.get('page') ?? 1);
  const all = state.tasks.filter((t) => t.deleted && (type === 'all' || t.deleted.type === type));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  if (slice.length === 0) return { status: 204 };
  return { status: 200, body: { data: slice.map((t) => ({ deleted_by: t.Owner, id: t.id, display_name: t.Subject, type: t.deleted?.type, created_by: t.Owner, deleted_time: t.deleted?.at })), info: { per_page: perPage, count: slice.length, page, more_records: page * perPage < all.length } } };
}

export const zohoStandIn: StandInCrm<ZohoState> = {
  hosts: ['www.zohoapis.com', 'www.zohoapis.eu', 'accounts.zoho.com', 'accounts.zoho.eu'],
  isWrite: (r) => (r.method === 'POST' && r.path === `${BASE}/Tasks`) || (r.method === 'PUT' && r.path.startsWith(`${BASE}/Tasks/`)),
  unauthorized: () => error(401, 'INVALID_TOKEN', 'invalid oauth token'),
  rateLimited: () => error(429, 'TOO_MANY_REQUESTS', 'The number of requests exceeded the limit: try again later.'),
  handle(request, state) {
    if (request.method === 'GET' && request.path === '/oauth/v2/auth') return authorize(request, state);
    const auth = /^Zoho-oauthtoken (.+)$/.exec(header(request, 'authorization') ?? '');
    const userId = auth ? state.tokens.get(auth[1] ?? '') : undefined;
    if (!userId) return this.unauthorized();
    const { method, path, query } = request;
    if (method === 'GET' && path === `${BASE}/users`) {
      const type = query.get('type') ?? 'AllUsers';
      const users = type === 'CurrentUser' ? state.users.filter((u) => u.id === userId) : state.users;
      return { status: 200, body: { users, info: { per_page: 200, count: users.length, page: 1, more_records: false } } };
    }
    if (method === 'GET' && (path === `${BASE}/Contacts/search` || path === `${BASE}/Leads/search`)) {
      const email = (query.get('email') ?? '').toLowerCase();
      if (!email) return error(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param: 'criteria' });
      const list = path.includes('Contacts') ? state.contacts : state.leads;
      return found(list.filter((r) => r.Email.toLowerCase() === email));
    }
    if (method === 'GET' && path === `${BASE}/settings/fields`) {
      if (query.get('module') !== 'Tasks') return error(400, 'INVALID_MODULE', 'the module name given seems to be invalid');
      return { status: 200, body: { fields: [...state.taskFields].map((api_name, i) => ({ api_name, id: String(5_725_767_000_000_500_000 + i), custom_field: api_name.startsWith('SOP_') })) } };
    }
    if (method === 'GET' && path === `${BASE}/Tasks/deleted`) return deletedTasks(state, query);
    if (method === 'GET' && path === `${BASE}/Tasks/search`) return searchTasks(state, query.get('criteria') ?? '');
    if (method === 'GET' && path === `${BASE}/Tasks`) return listTasks(state, request);
    if (method === 'POST' && path === `${BASE}/Tasks`) return createTasks(state, userId, request.body);
    const one = new RegExp(`^${BASE}/Tasks/(\\d+)$`).exec(path);
    if (method === 'PUT' && one) return updateTask(state, one[1] ?? '', request.body);
    return error(404, 'INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one');
  },
};
