/**
 * HubSpot CRM v3 as its API reference describes it, for the tests: private-app Bearer tokens;
 * contacts and notes (`/crm/v3/objects/{contacts|notes}`, the search endpoint with `filterGroups`,
 * `sorts`, `limit` and `after` paging); notes need `hs_timestamp` and only accept properties the
 * portal defines (custom `sop_*` ones once the admin made them); associations by type id;
 * the ten-second rolling limit with `X-HubSpot-RateLimit-*` headers and its 429 body.
 */
import { header, nextId, type StandInCrm, type StandInReply, type StandInRequest } from './types';

export interface HubspotRecord {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  associations?: { contacts: string[]; deals: string[] };
  /** Deleted: in the recycle bin (search and lists leave it out; `?archived=true` lists only those). */
  archived?: boolean;
  archivedAt?: string;
}

export interface HubspotState {
  tokens: Set<string>;
  portalId: number;
  contacts: HubspotRecord[];
  deals: HubspotRecord[];
  notes: HubspotRecord[];
  /** Note properties the portal defines (HubSpot's own and the admin's custom ones). */
  noteProperties: Set<string>;
  /** The portal's users who own records (`GET /crm/v3/owners`). */
  owners: { id: string; email: string; firstName: string; lastName: string; userId: number }[];
}

export const HUBSPOT_SOP_PROPERTIES = ['sop_activity_key', 'sop_event', 'sop_stage', 'sop_tier', 'sop_playbook_version', 'sop_talk_track_id', 'sop_objection_category', 'sop_direction', 'sop_channel', 'sop_hidden_concern', 'sop_reader_confidence'];

export function createHubspotState(): HubspotState {
  return {
    tokens: new Set(['pat-na1-good-token']),
    portalId: 4_471_209,
    contacts: [],
    deals: [],
    notes: [],
    noteProperties: new Set(['hs_timestamp', 'hs_note_body', 'hubspot_owner_id', 'hs_attachment_ids', ...HUBSPOT_SOP_PROPERTIES]),
    owners: [],
  };
}

const error = (status: number, category: string, message: string): StandInReply => ({ status, body: { status: 'error', message, correlationId: crypto.randomUUID(), category } });

interface Filter {
  propertyName: string;
  operator: string;
  value?: string;
}

/** A date property's value as HubSpot compares it: epoch milliseconds, or an ISO date. */
const timeOf = (value: string | undefined) => (value === undefined ? NaN : /^\d+$/.test(value) ? Number(value) : Date.parse(value));

function matches(record: HubspotRecord, filter: Filter): boolean {
  const value = filter.propertyName === 'hs_object_id' ? record.id : filter.propertyName === 'hs_lastmodifieddate' ? record.updatedAt : record.properties[filter.propertyName];
  if (filter.operator === 'EQ') return value !== undefined && value.toLowerCase() === (filter.value ?? '').toLowerCase();
  if (filter.operator === 'GTE' || filter.operator === 'GT' || filter.operator === 'LT' || filter.operator === 'LTE') {
    const a = timeOf(value);
    const b = timeOf(filter.value);
    return filter.operator === 'GT' ? a > b : filter.operator === 'GTE' ? a >= b : filter.operator === 'LT' ? a < b : a <= b;
  }
  if (filter.operator === 'HAS_PROPERTY') return value !== undefined && value !== '';
  return false;
}

/** The search API answers at most this many results of one query (a later `after` is refused). */
export const HUBSPOT_SEARCH_CAP = 10_000;
const DEFAULT_PROPERTIES = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];

/**
 * POST …/search: filter groups (OR of ANDs), sorts, a page of `limit` (≤ 200) after `after`, only
 * the properties asked for (and the defaults), at most 10,000 results per query.
 */
function search(records: HubspotRecord[], body: unknown): StandInReply {
  const request = (body ?? {}) as { filterGroups?: { filters: Filter[] }[]; sorts?: { propertyName: string; direction: string }[]; limit?: number; after?: string; properties?: string[] };
  const groups = request.filterGroups ?? [];
  let found = records.filter((r) => !r.archived && (groups.length === 0 || groups.some((g) => g.filters.every((f) => matches(r, f)))));
  const sort = request.sorts?.[0];
  if (sort) {
    const key = (r: HubspotRecord) => (sort.propertyName === 'hs_lastmodifieddate' ? r.updatedAt : (r.properties[sort.propertyName] ?? ''));
    found = [...found].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : Number(a.id) - Number(b.id)) * (sort.direction === 'DESCENDING' ? -1 : 1));
  }
  const limit = request.limit ?? 10;
  if (limit > 200) return error(400, 'VALIDATION_ERROR', `limit must be at most 200 (got ${String(limit)})`);
  const start = Number(request.after ?? 0);
  if (start + limit > HUBSPOT_SEARCH_CAP) return error(400, 'VALIDATION_ERROR', 'The search API returns at most 10000 results per query: narrow the filters.');
  const page = found.slice(start, start + limit);
  const wanted = [...DEFAULT_PROPERTIES, ...(request.properties ?? [])];
  const shown = (r: HubspotRecord) => {
    const all: Record<string, string | null> = { ...r.properties, hs_object_id: r.id, hs_lastmodifieddate: r.updatedAt, hs_createdate: r.createdAt };
    return Object.fromEntries(wanted.map((name) => [name, all[name] ?? null]));
  };
  return {
    status: 200,
    body: {
      total: found.length,
      results: page.map((r) => ({ id: r.id, properties: shown(r), createdAt: r.createdAt, updatedAt: r.updatedAt, archived: false })),
      ...(start + limit < found.length ? { paging: { next: { after: String(start + limit), link: '' } } } : {}),
    },
  };
}

type NoteInput = { properties?: Record<string, unknown>; associations?: { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] }[] };

/** A note as HubSpot would store it, or the 400 it answers for it (nothing stored yet). */
function noteOf(state: HubspotState, input: unknown): HubspotRecord | StandInReply {
  const request = (input ?? {}) as NoteInput;
  const properties = request.properties ?? {};
  const unknown = Object.keys(properties).filter((p) => !state.noteProperties.has(p));
  if (unknown.length > 0) return error(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(unknown.map((name) => ({ isValid: false, message: `Property "${name}" does not exist`, error: 'PROPERTY_DOESNT_EXIST', name })))}`);
  if (properties.hs_timestamp === undefined) return error(400, 'VALIDATION_ERROR', 'Property values were not valid: hs_timestamp is required');
  const contacts: string[] = [];
  const deals: string[] = [];
  for (const association of request.associations ?? []) {
    const type = association.types[0]?.associationTypeId;
    const list = type === 202 ? state.contacts : type === 214 ? state.deals : null;
    if (!list?.some((r) => r.id === association.to.id)) return error(400, 'VALIDATION_ERROR', `One or more associations are invalid: ${association.to.id} (type ${String(type)})`);
    (type === 202 ? contacts : deals).push(association.to.id);
  }
  const now = new Date().toISOString();
  return { id: String(nextId()), properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)])), createdAt: now, updatedAt: now, associations: { contacts, deals } };
}

const isReply = (value: HubspotRecord | StandInReply): value is StandInReply => 'status' in value;

function createNote(state: HubspotState, body: unknown): StandInReply {
  const note = noteOf(state, body);
  if (isReply(note)) return note;
  state.notes.push(note);
  return { status: 201, body: { id: note.id, properties: note.properties, createdAt: note.createdAt, updatedAt: note.updatedAt, archived: false } };
}

/**
 * POST /crm/v3/objects/notes/batch/create: up to 100 notes; validated whole (one invalid input
 * refuses the batch and stores nothing), 201 with every note created, results in no set order.
 */
function createNotes(state: HubspotState, body: unknown): StandInReply {
  const inputs = ((body ?? {}) as { inputs?: NoteInput[] }).inputs ?? [];
  if (inputs.length === 0 || inputs.length > 100) return error(400, 'VALIDATION_ERROR', `inputs must hold 1 to 100 objects (got ${String(inputs.length)})`);
  const notes: HubspotRecord[] = [];
  for (const input of inputs) {
    const note = noteOf(state, input);
    if (isReply(note)) return note;
    notes.push(note);
  }
  state.notes.push(...notes);
  const at = new Date().toISOString();
  return { status: 201, body: { status: 'COMPLETE', results: notes.map((n) => ({ id: n.id, properties: n.properties, createdAt: n.createdAt, updatedAt: n.updatedAt, archived: false })).reverse(), startedAt: at, completedAt: at } };
}

/**
 * POST /crm/v4/associations/notes/contacts/batch/read: each note's contacts (`toObjectId`, with the
 * association type). A note without one, or unknown, is listed under `errors` and the answer is a
 * 207 Multi-Status, as HubSpot answers a partly failed batch.
 */
function noteContacts(state: HubspotState, body: unknown): StandInReply {
  const inputs = ((body ?? {}) as { inputs?: { id: string }[] }).inputs ?? [];
  if (inputs.length > 1000) return error(400, 'VALIDATION_ERROR', 'At most 1000 inputs per batch');
  const byId = new Map(state.notes.map((n) => [n.id, n]));
  const results = [];
  const missing: string[] = [];
  for (const { id } of inputs) {
    const contacts = byId.get(id)?.associations?.contacts ?? [];
    if (contacts.length === 0) missing.push(id);
    else results.push({ from: { id }, to: contacts.map((c) => ({ toObjectId: Number(c), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 202, label: null }] })) });
  }
  const at = new Date().toISOString();
  const errors = missing.length > 0 ? { numErrors: missing.length, errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND', message: `No contacts are associated with note ${missing.join(', ')}.`, context: { fromObjectId: missing } }] } : {};
  return { status: missing.length > 0 ? 207 : 200, body: { status: 'COMPLETE', results, ...errors, startedAt: at, completedAt: at } };
}

/**
 * PATCH /crm/v3/objects/notes/{id}: the properties given replace those of a live note (only
 * properties the portal defines; associations are not changed here), `updatedAt` moves; 404 for a
 * note that does not exist or is in the recycle bin.
 */
function updateNote(state: HubspotState, id: string, body: unknown): StandInReply {
  const note = state.notes.find((n) => n.id === id && !n.archived);
  if (!note) return error(404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.');
  const properties = ((body ?? {}) as { properties?: Record<string, unknown> }).properties ?? {};
  const unknown = Object.keys(properties).filter((p) => !state.noteProperties.has(p));
  if (unknown.length > 0) return error(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(unknown.map((name) => ({ isValid: false, message: `Property "${name}" does not exist`, error: 'PROPERTY_DOESNT_EXIST', name })))}`);
  for (const [k, v] of Object.entries(properties)) note.properties[k] = String(v);
  note.updatedAt = new Date().toISOString();
  return { status: 200, body: { id: note.id, properties: note.properties, createdAt: note.createdAt, updatedAt: note.updatedAt, archived: false } };
}

/** DELETE /crm/v3/objects/notes/{id}, as a user deletes a note: it moves to the recycle bin. */
export function archiveHubspotNote(state: HubspotState, id: string): boolean {
  const note = state.notes.find((n) => n.id === id && !n.archived);
  if (!note) return false;
  note.archived = true;
  note.archivedAt = new Date().toISOString();
  return true;
}

/** GET /crm/v3/objects/notes: a page of notes (`limit` ≤ 100, `after`), live ones or, with `archived=true`, only deleted ones. */
function listNotes(state: HubspotState, query: URLSearchParams): StandInReply {
  const limit = Number(query.get('limit') ?? 10);
  if (limit > 100) return error(400, 'VALIDATION_ERROR', 'limit must be at most 100');
  const archived = query.get('archived') === 'true';
  const wanted = (query.get('properties') ?? '').split(',').filter(Boolean);
  const all = state.notes.filter((n) => Boolean(n.archived) === archived);
  const start = Number(query.get('after') ?? 0);
  const page = all.slice(start, start + limit);
  return {
    status: 200,
    body: {
      results: page.map((n) => ({ id: n.id, properties: Object.fromEntries([...DEFAULT_PROPERTIES, ...wanted].map((name) => [name, name === 'hs_object_id' ? n.id : (n.properties[name] ?? null)])), createdAt: n.createdAt, updatedAt: n.updatedAt, archived, ...(n.archivedAt ? { archivedAt: n.archivedAt } : {}) })),
      ...(start + limit < all.length ? { paging: { next: { after: String(start + limit), link: '' } } } : {}),
    },
  };
}

export const hubspotStandIn: StandInCrm<HubspotState> = {
  hosts: ['api.hubapi.com'],
  isWrite: (r) => (r.method === 'POST' && (r.path === '/crm/v3/objects/notes' || r.path === '/crm/v3/objects/notes/batch/create')) || (r.method === 'PATCH' && r.path.startsWith('/crm/v3/objects/notes/')),
  unauthorized: () => error(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview'),
  rateLimited: (resetMs, max) => ({
    status: 429,
    headers: { 'x-hubspot-ratelimit-max': String(max), 'x-hubspot-ratelimit-remaining': '0', 'x-hubspot-ratelimit-interval-milliseconds': String(resetMs) },
    body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: crypto.randomUUID(), policyName: 'TEN_SECONDLY_ROLLING', groupName: 'publicapi:private-app' },
  }),
  rateHeaders: (remaining, max, windowMs) => ({ 'x-hubspot-ratelimit-max': String(max), 'x-hubspot-ratelimit-remaining': String(remaining), 'x-hubspot-ratelimit-interval-milliseconds': String(windowMs) }),
  handle(request: StandInRequest, state: HubspotState): StandInReply {
    const token = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1];
    if (!token || !state.tokens.has(token)) return this.unauthorized();
    const { method, path } = request;
    if (method === 'GET' && path === '/account-info/v3/details') return { status: 200, body: { portalId: state.portalId, accountType: 'STANDARD', timeZone: 'Europe/Berlin', companyCurrency: 'EUR', uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' } };
    if (method === 'GET' && (path === '/crm/v3/owners' || path === '/crm/v3/owners/')) {
      const limit = Math.min(500, Number(request.query.get('limit') ?? 100));
      const start = Number(request.query.get('after') ?? 0);
      const owners = state.owners.slice(start, start + limit).map((o) => ({ ...o, type: 'PERSON', archived: false, createdAt: '2024-01-02T09:00:00.000Z', updatedAt: '2024-01-02T09:00:00.000Z' }));
      return { status: 200, body: { results: owners, ...(start + limit < state.owners.length ? { paging: { next: { after: String(start + limit), link: '' } } } : {}) } };
    }
    if (method === 'POST' && path === '/crm/v3/objects/contacts/search') return search(state.contacts, request.body);
    if (method === 'POST' && path === '/crm/v3/objects/notes/search') return search(state.notes, request.body);
    if (method === 'POST' && path === '/crm/v3/objects/notes') return createNote(state, request.body);
    if (method === 'POST' && path === '/crm/v3/objects/notes/batch/create') return createNotes(state, request.body);
    if (method === 'POST' && path === '/crm/v4/associations/notes/contacts/batch/read') return noteContacts(state, request.body);
    if (method === 'GET' && path === '/crm/v3/objects/notes') return listNotes(state, request.query);
    const note = /^\/crm\/v3\/objects\/notes\/(\d+)$/.exec(path);
    if (method === 'PATCH' && note) return updateNote(state, note[1] ?? '', request.body);
    if (method === 'DELETE' && note) return archiveHubspotNote(state, note[1] ?? '') ? { status: 204 } : error(404, 'OBJECT_NOT_FOUND', 'Object not found');
    return error(404, 'OBJECT_NOT_FOUND', `No route for ${method} ${path}`);
  },
};
