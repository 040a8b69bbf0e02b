import { z } from 'zod';
import { trimBase, type CrmCredentials } from '../crm/adapter';
import { requestJson, type Fetch } from '../crm/http';
import { PIPEDRIVE_FIELD_NAMES } from '../crm/pipedrive';
import { invalidAnswer } from './invalid-answer';
import { isEvent, newer, timeOf, type TeamPage, type TeamReader } from './reader';
import type { TeamActivity, TeamCursor } from './types';

/**
 * Pipedrive API v1: what changed since a time, company-wide (`GET /v1/recents?since_timestamp=
 * <YYYY-MM-DD HH:MM:SS UTC>&items=activity`, 500 a page by start/limit, oldest change first);
 * the activities our extension wrote are those whose "SOP activity key" custom field is set (its
 * 40-character key found by name through `/v1/activityFields`). A deleted activity comes among the
 * changes with `active_flag: false` and is taken out of the cache. Owners: `GET /v1/users`.
 */

const PAGE = 500;
const headers = (token: string) => ({ 'x-api-token': token });

const pagination = z.object({ more_items_in_collection: z.boolean().optional(), next_start: z.number().optional() }).optional();
const recentsAnswer = z.object({
  data: z.array(z.object({ item: z.string(), id: z.number(), data: z.record(z.string(), z.unknown()).nullable() })).nullable(),
  additional_data: z.object({ pagination }).optional(),
});
const fieldsAnswer = z.object({ data: z.array(z.object({ key: z.string(), name: z.string() })).nullable() });
const usersAnswer = z.object({ data: z.array(z.object({ id: z.number(), name: z.string() })).nullable() });

type FieldName = keyof typeof PIPEDRIVE_FIELD_NAMES;

/** `2026-12-05T03:12:00.000Z` → `2026-12-05 03:12:00` (Pipedrive's UTC timestamps). */
const pipedriveTime = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19);
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function activityOf(data: Record<string, unknown>, keys: Partial<Record<FieldName, string>>): TeamActivity | null {
  const field = (name: FieldName) => text(keys[name] ? data[keys[name]] : undefined);
  const key = field('activityKey');
  const event = field('event');
  if (!key || !isEvent(event)) return null;
  const modified = text(data.update_time);
  const due = text(data.due_date);
  // Pipedrive keeps the text of every field in the note too; direction and channel live only there.
  const note = text(data.note);
  const fromNote = (name: string) => new RegExp(`${name}: (\\w+)`).exec(note)?.[1] ?? '';
  return {
    id: `pipedrive:${key}`,
    crm: 'pipedrive',
    remoteId: text(data.id),
    at: due ? timeOf(`${due} ${text(data.due_time) || '12:00'}:00`.slice(0, 19)) : timeOf(modified),
    modifiedAt: timeOf(modified),
    owner: text(data.user_id ?? data.owner_id),
    subject: text(data.person_id),
    event,
    stage: field('stage'),
    tier: field('tier'),
    playbookVersion: field('playbookVersion'),
    direction: fromNote('direction'),
    channel: fromNote('channel'),
    trackId: field('talkTrack'),
    objection: field('objection'),
  };
}

async function page({ apiBase, token }: CrmCredentials, keys: Partial<Record<FieldName, string>>, cursor: TeamCursor, fetchImpl: Fetch, timeoutMs: number): Promise<TeamPage> {
  const query = new URLSearchParams({ since_timestamp: cursor.since ? pipedriveTime(timeOf(cursor.since)) : '1970-01-01 00:00:00', items: 'activity', start: cursor.page ?? '0', limit: String(PAGE) });
  const { body } = await requestJson(fetchImpl, `${trimBase(apiBase)}/v1/recents?${query.toString()}`, { method: 'GET', headers: headers(token), timeoutMs });
  const parsed = recentsAnswer.safeParse(body);
  if (!parsed.success) throw invalidAnswer('recents', parsed.error);
  let high = cursor.high;
  const activities: TeamActivity[] = [];
  const removed: string[] = [];
  for (const entry of parsed.data.data ?? []) {
    if (entry.item !== 'activity' || !entry.data) continue;
    const modified = text(entry.data.update_time);
    if (modified) high = newer(high, modified);
    const activity = activityOf(entry.data, keys);
    // A deleted activity comes back among the changes, inactive: it stops counting.
    if (activity && entry.data.active_flag === false) removed.push(activity.id);
    else if (activity) activities.push(activity);
  }
  const next = parsed.data.additional_data?.pagination;
  if (!next?.more_items_in_collection || next.next_start === undefined) return { activities, removed, cursor: { since: high ?? cursor.since, page: null, high }, done: true };
  return { activities, removed, cursor: { since: cursor.since, page: String(next.next_start), high }, done: false };
}

export const pipedriveReader: TeamReader = {
  crm: 'pipedrive',
  async begin(credentials, fetchImpl, timeoutMs) {
    const base = trimBase(credentials.apiBase);
    const fields = await requestJson(fetchImpl, `${base}/v1/activityFields`, { method: 'GET', headers: headers(credentials.token), timeoutMs });
    const parsedFields = fieldsAnswer.safeParse(fields.body);
    if (!parsedFields.success) throw invalidAnswer('activityFields', parsedFields.error);
    const keys: Partial<Record<FieldName, string>> = {};
    for (const [name, label] of Object.entries(PIPEDRIVE_FIELD_NAMES) as [FieldName, string][]) {
      const key = parsedFields.data.data?.find((f) => f.name === label)?.key;
      if (key) keys[name] = key;
    }
    const users = await requestJson(fetchImpl, `${base}/v1/users`, { method: 'GET', headers: headers(credentials.token), timeoutMs });
    const parsedUsers = usersAnswer.safeParse(users.body);
    if (!parsedUsers.success) throw invalidAnswer('users', parsedUsers.error);
    const owners = Object.fromEntries((parsedUsers.data.data ?? []).map((u) => [String(u.id), u.name]));
    return { owners, page: (cursor) => page(credentials, keys, cursor, fetchImpl, timeoutMs) };
  },
};
