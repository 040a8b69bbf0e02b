import { z } from 'zod';
import { trimBase, type CrmCredentials } from '../crm/adapter';
import { requestJson, type Fetch } from '../crm/http';
import { invalidAnswer } from './invalid-answer';
import { isEvent, newer, timeOf, type TeamPage, type TeamReader } from './reader';
import type { TeamActivity, TeamCursor } from './types';

/**
 * HubSpot: the notes our extension wrote (those with `sop_activity_key`), through the CRM search
 * API (`POST /crm/v3/objects/notes/search`): `hs_lastmodifieddate GTE <since>`, sorted by it, 200
 * a page, paged with `after`. HubSpot's search returns at most 10,000 results per query, so a pass
 * that reaches that far starts again from the newest modified date it has seen (records read twice
 * are stored once). Each page's notes' contacts (the person a chart follows) through the v4
 * associations batch read, one request a page. Owners: `GET /crm/v3/owners`.
 */

const PAGE = 200;
const SEARCH_CAP = 10_000;
export const HUBSPOT_READ_PROPERTIES = ['hs_timestamp', 'hs_lastmodifieddate', 'hubspot_owner_id', 'sop_activity_key', 'sop_event', 'sop_stage', 'sop_tier', 'sop_playbook_version', 'sop_talk_track_id', 'sop_objection_category', 'sop_direction', 'sop_channel'];

const searchAnswer = z.object({
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()), updatedAt: z.string() })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

const ownersAnswer = z.object({
  results: z.array(z.object({ id: z.string(), firstName: z.string().nullish(), lastName: z.string().nullish(), email: z.string().nullish() })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/** `POST /crm/v4/associations/notes/contacts/batch/read`: each note's contacts (HubSpot's search answer has no associations). */
const associationsAnswer = z.object({
  results: z.array(z.object({ from: z.object({ id: z.string() }), to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })) })),
});

/** `GET /crm/v3/objects/notes?archived=true`: the notes in the recycle bin (deleted in the last 90 days). */
const archivedAnswer = z.object({
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

const headers = (token: string) => ({ authorization: `Bearer ${token}` });

function activityOf(id: string, p: Record<string, string | null>, updatedAt: string): TeamActivity | null {
  const key = p.sop_activity_key;
  const event = p.sop_event ?? '';
  const modified = p.hs_lastmodifieddate ?? updatedAt;
  if (!key || !isEvent(event)) return null;
  return {
    id: `hubspot:${key}`,
    crm: 'hubspot',
    remoteId: id,
    at: timeOf(p.hs_timestamp ?? modified),
    modifiedAt: timeOf(modified),
    owner: p.hubspot_owner_id ?? '',
    subject: '',
    event,
    stage: p.sop_stage ?? '',
    tier: p.sop_tier ?? '',
    playbookVersion: p.sop_playbook_version ?? '',
    direction: p.sop_direction ?? '',
    channel: p.sop_channel ?? '',
    trackId: p.sop_talk_track_id ?? '',
    objection: p.sop_objection_category ?? '',
  };
}

/** HubSpot's users (owners) by id, with their names: for the team view and for the rep choosing who they are. */
export async function hubspotOwners({ apiBase, token }: CrmCredentials, fetchImpl: Fetch, timeoutMs: number): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const query = new URLSearchParams({ limit: '100', ...(after ? { after } : {}) });
    const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/v3/owners?${query.toString()}`, { method: 'GET', headers: headers(token), timeoutMs });
    const parsed = ownersAnswer.safeParse(body);
    if (!parsed.success) throw invalidAnswer('owners', parsed.error);
    for (const o of parsed.data.results) names[o.id] = [o.firstName, o.lastName].filter(Boolean).join(' ') || o.email || o.id;
    after = parsed.data.paging?.next?.after;
    if (!after) break;
  }
  return names;
}

/** Each note's person: its first associated contact, read for the whole page in one request (none for an empty page). */
async function addSubjects(apiBase: string, token: string, activities: TeamActivity[], fetchImpl: Fetch, timeoutMs: number): Promise<void> {
  if (activities.length === 0) return;
  const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/v4/associations/notes/contacts/batch/read`, {
    method: 'POST',
    headers: headers(token),
    timeoutMs,
    body: { inputs: activities.map((a) => ({ id: a.remoteId })) },
  });
  const parsed = associationsAnswer.safeParse(body);
  if (!parsed.success) throw invalidAnswer('associations', parsed.error);
  const contactOf = new Map(parsed.data.results.map((r) => [r.from.id, r.to[0] ? String(r.to[0].toObjectId) : '']));
  for (const a of activities) a.subject = contactOf.get(a.remoteId) ?? '';
}

async function page({ apiBase, token }: CrmCredentials, cursor: TeamCursor, fetchImpl: Fetch, timeoutMs: number): Promise<TeamPage> {
    const filters: { propertyName: string; operator: string; value?: string }[] = [{ propertyName: 'sop_activity_key', operator: 'HAS_PROPERTY' }];
    if (cursor.since) filters.push({ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(timeOf(cursor.since)) });
    const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/v3/objects/notes/search`, {
      method: 'POST',
      headers: headers(token),
      timeoutMs,
      body: { filterGroups: [{ filters }], sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }], properties: HUBSPOT_READ_PROPERTIES, limit: PAGE, ...(cursor.page ? { after: cursor.page } : {}) },
    });
    const parsed = searchAnswer.safeParse(body);
    if (!parsed.success) throw invalidAnswer('notes', parsed.error);
    let high = cursor.high;
    const activities: TeamActivity[] = [];
    for (const r of parsed.data.results) {
      const activity = activityOf(r.id, r.properties, r.updatedAt);
      high = newer(high, r.properties.hs_lastmodifieddate ?? r.updatedAt);
      if (activity) activities.push(activity);
    }
    await addSubjects(apiBase, token, activities, fetchImpl, timeoutMs);
    const after = parsed.data.paging?.next?.after;
    if (!after) return { activities, cursor: { since: high ?? cursor.since, page: null, high }, done: true };
    // Past the search API's 10,000 results: the same query again from the newest change seen.
    if (Number(after) + PAGE > SEARCH_CAP && high !== cursor.since) return { activities, cursor: { since: high, page: null, high }, done: false };
    return { activities, cursor: { since: cursor.since, page: after, high }, done: false };
}

/**
 * The notes deleted in HubSpot (its search only finds live ones): the recycle bin's notes, 100 a
 * page, with our key. HubSpot keeps a deleted note there 90 days; one read every sync is as many
 * requests as a hundred deletions.
 */
async function archivedKeys({ apiBase, token }: CrmCredentials, fetchImpl: Fetch, timeoutMs: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1_000; pages++) {
    const query = new URLSearchParams({ archived: 'true', limit: '100', properties: 'sop_activity_key', ...(after ? { after } : {}) });
    const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/crm/v3/objects/notes?${query.toString()}`, { method: 'GET', headers: headers(token), timeoutMs });
    const parsed = archivedAnswer.safeParse(body);
    if (!parsed.success) throw invalidAnswer('archived notes', parsed.error);
    for (const note of parsed.data.results) if (note.properties.sop_activity_key) ids.push(`hubspot:${note.properties.sop_activity_key}`);
    after = parsed.data.paging?.next?.after;
    if (!after) break;
  }
  return ids;
}

export const hubspotReader: TeamReader = {
  crm: 'hubspot',
  async begin(credentials, fetchImpl, timeoutMs) {
    return { owners: await hubspotOwners(credentials, fetchImpl, timeoutMs), page: (cursor) => page(credentials, cursor, fetchImpl, timeoutMs), removed: () => archivedKeys(credentials, fetchImpl, timeoutMs) };
  },
};
