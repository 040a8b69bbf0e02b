/**
 * Pipedrive API v1 as its reference describes it, for the tests: the personal API token (the
 * `x-api-token` header or the `api_token` query parameter); `/v1/users/me`; activity fields with
 * custom fields under 40-character keys; person search by email; activities added (done,
 * with person and deal) and listed per person or for the company with start/limit paging and
 * `additional_data.pagination`; the `x-ratelimit-*` headers and its 429 body.
 */
import { createHash } from 'node:crypto';
import { header, nextId, type StandInCrm, type StandInReply, type StandInRequest } from './types';

export interface PipedrivePerson {
  id: number;
  name: string;
  emails: string[];
}

export type PipedriveActivity = Record<string, unknown> & { id: number; update_time: string; user_id: number };

export interface PipedriveState {
  tokens: Map<string, { userId: number; name: string }>;
  persons: PipedrivePerson[];
  dealIds: Set<number>;
  activities: PipedriveActivity[];
  /** Custom activity fields the admin made: name → key. */
  customFields: Map<string, string>;
  /** The company's users (`GET /v1/users`), besides the token's own. */
  users: { id: number; name: string; email: string }[];
}

export const PIPEDRIVE_SOP_FIELDS = ['SOP activity key', 'SOP event', 'SOP stage', 'SOP tier', 'SOP playbook version', 'SOP talk track', 'SOP objection', 'SOP hidden concern', 'SOP reader confidence'];

/** A key like Pipedrive's: 40 hex characters, different per company. */
const fieldKey = (name: string) => createHash('sha1').update(`nordwind:${name}`).digest('hex');

export function createPipedriveState(): PipedriveState {
  return {
    tokens: new Map([['0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', { userId: 11, name: 'Riley Rep' }]]),
    persons: [],
    dealIds: new Set(),
    activities: [],
    customFields: new Map(PIPEDRIVE_SOP_FIELDS.map((name) => [name, fieldKey(name)])),
    users: [{ id: 11, name: 'Riley Rep', email: 'riley@nordwind.example' }],
  };
}

const fail = (status: number, error: string): StandInReply => ({ status, body: { success: false, error, errorCode: status, error_info: 'Please check developers.pipedrive.com' } });

function page(items: readonly unknown[], query: URLSearchParams): StandInReply {
  const start = Number(query.get('start') ?? 0);
  const limit = Math.min(500, Number(query.get('limit') ?? 100));
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { status: 200, body: { success: true, data: slice.length > 0 ? slice : null, additional_data: { pagination: { start, limit, more_items_in_collection: more, ...(more ? { next_start: start + limit } : {}) } } } };
}

/**
 * GET /v1/recents: what changed since `since_timestamp` ("YYYY-MM-DD HH:MM:SS", UTC, inclusive),
 * oldest change first, for the item types asked (here activities), start/limit paging (≤ 500).
 */
function recents(state: PipedriveState, query: URLSearchParams): StandInReply {
  const since = query.get('since_timestamp') ?? '';
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(since)) return fail(400, 'since_timestamp must be in the format YYYY-MM-DD HH:MM:SS');
  const items = (query.get('items') ?? 'activity').split(',');
  const changed = items.includes('activity') ? state.activities.filter((a) => a.update_time >= since).sort((a, b) => (a.update_time < b.update_time ? -1 : a.update_time > b.update_time ? 1 : a.id - b.id)) : [];
  const start = Number(query.get('start') ?? 0);
  const limit = Math.min(500, Number(query.get('limit') ?? 100));
  const slice = changed.slice(start, start + limit);
  const more = start + limit < changed.length;
  return {
    status: 200,
    body: {
      success: true,
      data: slice.map((a) => ({ item: 'activity', id: a.id, data: a })),
      additional_data: { since_timestamp: since, last_timestamp_on_page: slice.at(-1)?.update_time ?? since, pagination: { start, limit, more_items_in_collection: more, ...(more ? { next_start: start + limit } : {}) } },
    },
  };
}

/**
 * DELETE /v1/activities/{id}, as a user deletes it in Pipedrive: the activity turns inactive
 * (`active_flag: false`) and its `update_time` moves, so `/v1/recents` reports it among the changes.
 */
export function deletePipedriveActivity(state: PipedriveState, id: number): boolean {
  const activity = state.activities.find((a) => a.id === id && a.active_flag !== false);
  if (!activity) return false;
  activity.active_flag = false;
  activity.update_time = new Date().toISOString().replace('T', ' ').slice(0, 19);
  return true;
}

function addActivity(state: PipedriveState, userId: number, body: unknown): StandInReply {
  const input = (body ?? {}) as Record<string, unknown>;
  if (typeof input.subject !== 'string' || !input.subject) return fail(400, 'Subject is required');
  const personId = Number(input.person_id);
  if (input.person_id !== undefined && !state.persons.some((p) => p.id === personId)) return fail(400, 'Person not found');
  if (input.deal_id !== undefined && !state.dealIds.has(Number(input.deal_id))) return fail(400, 'Deal not found');
  const known = new Set(['subject', 'type', 'done', 'due_date', 'due_time', 'duration', 'person_id', 'deal_id', 'org_id', 'note', 'public_description', 'user_id', ...state.customFields.values()]);
  const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
  // Pipedrive ignores fields it does not know; so does its stand-in.
  const activity: PipedriveActivity = { ...Object.fromEntries(Object.entries(input).filter(([k]) => known.has(k))), id: nextId(), user_id: userId, add_time: now, update_time: now, active_flag: true };
  state.activities.push(activity);
  return { status: 201, body: { success: true, data: activity, additional_data: { updates_story_id: nextId() }, related_objects: {} } };
}

/**
 * PUT /v1/activities/{id}: the fields given replace the activity's (unknown ones ignored, as
 * Pipedrive does), `update_time` moves; 404 for an activity that does not exist or was deleted.
 */
function updateActivity(state: PipedriveState, id: number, body: unknown): StandInReply {
  const activity = state.activities.find((a) => a.id === id && a.active_flag !== false);
  if (!activity) return fail(404, 'Activity not found');
  const input = (body ?? {}) as Record<string, unknown>;
  if (input.person_id !== undefined && !state.persons.some((p) => p.id === Number(input.person_id))) return fail(400, 'Person not found');
  const known = new Set(['subject', 'type', 'done', 'due_date', 'due_time', 'duration', 'person_id', 'deal_id', 'org_id', 'note', 'public_description', ...state.customFields.values()]);
  Object.assign(activity, Object.fromEntries(Object.entries(input).filter(([k]) => known.has(k))));
  activity.update_time = new Date().toISOString().replace('T', ' ').slice(0, 19);
  return { status: 200, body: { success: true, data: activity, additional_data: { updates_story_id: nextId() }, related_objects: {} } };
}

export const pipedriveStandIn: StandInCrm<PipedriveState> = {
  hosts: ['api.pipedrive.com'],
  isWrite: (r) => (r.method === 'POST' && r.path === '/v1/activities') || (r.method === 'PUT' && r.path.startsWith('/v1/activities/')),
  unauthorized: () => fail(401, 'unauthorized access'),
  rateLimited: (resetMs, max) => ({ status: 429, headers: { 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(resetMs / 1000)) }, body: { success: false, error: 'Request over limit', errorCode: 429 } }),
  rateHeaders: (remaining, max, windowMs) => ({ 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(Math.ceil(windowMs / 1000)) }),
  handle(request: StandInRequest, state: PipedriveState): StandInReply {
    const token = header(request, 'x-api-token') ?? request.query.get('api_token') ?? '';
    const user = state.tokens.get(token);
    if (!user) return this.unauthorized();
    const { method, path, query } = request;
    if (method === 'GET' && path === '/v1/users/me') return { status: 200, body: { success: true, data: { id: user.userId, name: user.name, company_name: 'Nordwind GmbH', company_domain: 'nordwind' } } };
    if (method === 'GET' && path === '/v1/activityFields') {
      const standard = ['subject', 'type', 'due_date', 'note', 'person_id', 'deal_id'].map((key, i) => ({ id: i + 1, key, name: key, edit_flag: false }));
      const custom = [...state.customFields].map(([name, key], i) => ({ id: 100 + i, key, name, field_type: 'varchar', edit_flag: true }));
      return { status: 200, body: { success: true, data: [...standard, ...custom], additional_data: { pagination: { start: 0, limit: 500, more_items_in_collection: false } } } };
    }
    if (method === 'GET' && path === '/v1/persons/search') {
      const term = (query.get('term') ?? '').toLowerCase();
      const items = state.persons.filter((p) => p.emails.some((e) => (query.get('exact_match') === 'true' ? e.toLowerCase() === term : e.toLowerCase().includes(term)))).map((p) => ({ result_score: 1, item: { id: p.id, type: 'person', name: p.name, emails: p.emails } }));
      return { status: 200, body: { success: true, data: { items }, additional_data: { pagination: { start: 0, limit: 100, more_items_in_collection: false } } } };
    }
    const personActivities = /^\/v1\/persons\/(\d+)\/activities$/.exec(path);
    if (method === 'GET' && personActivities) return page(state.activities.filter((a) => a.person_id === Number(personActivities[1])), query);
    if (method === 'GET' && path === '/v1/activities') {
      // user_id=0: every user's; updated_since: "YYYY-MM-DD HH:MM:SS" (UTC), oldest change first.
      const userId = Number(query.get('user_id') ?? user.userId);
      const since = query.get('updated_since') ?? '';
      const all = state.activities.filter((a) => (userId === 0 || a.user_id === userId) && a.update_time > since).sort((a, b) => (a.update_time < b.update_time ? -1 : a.update_time > b.update_time ? 1 : a.id - b.id));
      return page(all, query);
    }
    if (method === 'GET' && path === '/v1/users') return { status: 200, body: { success: true, data: state.users.map((u) => ({ ...u, active_flag: true, is_admin: 0, role_id: 1 })) } };
    if (method === 'GET' && path === '/v1/recents') return recents(state, query);
    if (method === 'POST' && path === '/v1/activities') return addActivity(state, user.userId, request.body);
    const one = /^\/v1\/activities\/(\d+)$/.exec(path);
    if (method === 'PUT' && one) return updateActivity(state, Number(one[1]), request.body);
    if (method === 'DELETE' && one) return deletePipedriveActivity(state, Number(one[1])) ? { status: 200, body: { success: true, data: { id: Number(one[1]) } } } : fail(404, 'Activity not found');
    return fail(404, `Unknown method ${method} ${path}`);
  },
};
