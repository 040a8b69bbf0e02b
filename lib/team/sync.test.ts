import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { standInFetch } from '../../demo/crm/node-fetch';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import { archiveHubspotNote } from '../../demo/crm/hubspot';
import { deletePipedriveActivity } from '../../demo/crm/pipedrive';
import { deleteSalesforceTask } from '../../demo/crm/salesforce';
import { addTeamActivity, seedTeam, teamRep } from '../../demo/crm/team-seed';
import type { CrmId } from '../crm/types';
import { SopDatabase } from '../db/database';
import { periodOf } from '../dashboard/input';
import { activitiesIn, daysIn } from './queries';
import { summariseDays } from './day-rows';
import { summariseTeam, type TeamNumbers } from './summary';
import { syncTeam } from './sync';

const TOKENS: Record<CrmId, string> = { hubspot: 'pat-na1-good-token', pipedrive: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', salesforce: '00D5g000004Good!AQ4AQFakeSessionToken', zoho: '1000.zoho-good-access-token.5f2c' };
const BASES: Record<CrmId, string> = { hubspot: 'https://api.hubapi.com', pipedrive: 'https://api.pipedrive.com', salesforce: 'https://nordwind.my.salesforce.com', zoho: 'https://www.zohoapis.com' };
const CRMS: CrmId[] = ['hubspot', 'pipedrive', 'salesforce'];
const NOW = Date.now();

let crm: CrmStandIns;
let db: SopDatabase;
beforeAll(async () => {
  crm = await startCrmStandIns();
});
afterAll(async () => {
  await crm.close();
});
beforeEach(() => {
  crm.reset();
  db = new SopDatabase(`team-${String(Math.random())}`);
});

const credentials = (id: CrmId) => ({ apiBase: BASES[id], token: TOKENS[id] });
const sync = (id: CrmId, extra: Partial<Parameters<typeof syncTeam>[3]> = {}) => syncTeam(db, id, credentials(id), { fetch: standInFetch(crm.port), sleep: () => Promise.resolve(), ...extra });

/** The numbers in a fixed order (reps by owner, maps as sorted entries). */
function norm(n: TeamNumbers) {
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { ...n, reps: [...n.reps].sort((a, b) => (a.owner < b.owner ? -1 : 1)), stages: sorted(n.stages), objections: sorted(n.objections) };
}

/** Outbound touches per owner id, counted from the stand-in's own records. */
function tally(id: CrmId): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (owner: string) => counts.set(owner, (counts.get(owner) ?? 0) + 1);
  if (id === 'hubspot') for (const n of crm.hubspot.notes) if (!n.archived && n.properties.sop_event === 'touch' && n.properties.sop_direction === 'outbound') bump(n.properties.hubspot_owner_id ?? '');
  if (id === 'pipedrive') {
    const key = crm.pipedrive.customFields.get('SOP event') ?? '';
    for (const a of crm.pipedrive.activities) if (a.active_flag !== false && a[key] === 'touch' && String(a.note).includes('direction: outbound')) bump(String(a.user_id));
  }
  if (id === 'salesforce') for (const t of crm.salesforce.tasks) if (t.IsDeleted !== true && t.SOP_Event__c === 'touch' && t.SOP_Direction__c === 'outbound') bump(t.OwnerId);
  return counts;
}

describe('reading the team’s activities back from each CRM', () => {
  it.each(CRMS)('%s: a first read pages through everything, per rep as the CRM holds it; the next reads only what changed', async (id) => {
    const total = seedTeam(crm, [id], { reps: 6, days: 30, perDay: 14, now: NOW - 3_600_000 });
    expect(total).toBeGreaterThan(2_000);
    const first = await sync(id);
    expect(first.failure).toBeUndefined();
    expect(first.syncedAt).toBeDefined();
    expect(await db.teamActivities.count()).toBe(total);
    expect(first.owners[String(teamRep(2)[id])]).toBe(teamRep(2).name);
    // Paged: more than one request for the activities.
    const pages = crm.requests.filter((r) => /search|recents|query/.test(r.path)).length;
    expect(pages).toBeGreaterThan(id === 'salesforce' ? 1 : 5);

    const year = periodOf(365, NOW);
    const numbers = summariseTeam(await activitiesIn(db, id, year), year);
    expect(new Map(numbers.reps.map((r) => [r.owner, r.sent]))).toEqual(tally(id));
    // The seed's objections heard are read back and counted (by category, and per rep).
    const heard = [...numbers.objections.values()].reduce((sum, n) => sum + n, 0);
    expect(heard).toBeGreaterThan(total / 30);
    expect(numbers.reps.reduce((sum, r) => sum + (r.heard ?? 0), 0)).toBe(heard);
    // The day rows kept with them say the same.
    expect(norm(summariseDays(await daysIn(db, id, year), year))).toEqual(norm(numbers));

    // A day of new activity: the next read fetches it (and the boundary record), nothing older.
    crm.requests.length = 0;
    const added = addTeamActivity(crm, [id], { reps: 6, days: 1, perDay: 5, now: NOW, from: NOW - 3_000_000 });
    const second = await sync(id);
    expect(second.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total + added);
    expect(second.cached).toBe(total + added);
    const read = crm.requests.filter((r) => /search|recents|query/.test(r.path) && !r.query.includes('User')).reduce((sum, r) => sum + (r.results ?? 0), 0);
    expect(read).toBeGreaterThanOrEqual(added);
    expect(read).toBeLessThanOrEqual(added + 2);
    // The edge record read twice and the changed ones count once in the day rows.
    const after = summariseTeam(await activitiesIn(db, id, year), year);
    expect(norm(summariseDays(await daysIn(db, id, year), year))).toEqual(norm(after));
    expect(new Map(after.reps.map((r) => [r.owner, r.sent]))).toEqual(tally(id));
  });

  it('HubSpot: past the search API’s 10,000 results a pass starts again from the newest change it read, and misses nothing', async () => {
    const total = seedTeam(crm, ['hubspot'], { reps: 10, days: 60, perDay: 20, now: NOW - 3_600_000 });
    expect(total).toBeGreaterThan(10_000);
    const row = await sync('hubspot');
    expect(row.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total);
    expect(crm.requests.filter((r) => r.status === 400)).toEqual([]);
  });

  it('a 429 is waited out for as long as Retry-After says, then the read goes on', async () => {
    const total = seedTeam(crm, ['hubspot'], { reps: 2, days: 10, perDay: 15, now: NOW - 3_600_000 });
    const waits: number[] = [];
    // The owners' read, then the first page is refused once.
    crm.script('hubspot', { kind: 'status', status: 429, retryAfter: '3' });
    const row = await sync('hubspot', { sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    expect(waits).toEqual([3_000]);
    expect(row.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total);
  });

  it.each([
    ['401', { kind: 'status', status: 401 }, 'auth'],
    ['403', { kind: 'status', status: 403 }, 'auth'],
    ['500', { kind: 'status', status: 500 }, 'server'],
    ['garbage', { kind: 'garbage' }, 'invalid-answer'],
  ] as const)('a %s in the middle stops the read, keeps what was read and the cursor, and the next read resumes there', async (_name, fault, kind) => {
    const total = seedTeam(crm, ['pipedrive'], { reps: 5, days: 20, perDay: 12, now: NOW - 3_600_000 });
    await sync('pipedrive'); // owners and fields, then every page
    expect(await db.teamActivities.count()).toBe(total);
    const added = addTeamActivity(crm, ['pipedrive'], { reps: 40, days: 1, perDay: 30, now: NOW, from: NOW - 3_000_000 });
    expect(added).toBeGreaterThan(1_000);
    // Fields and users, the first page of the new activity, then the fault.
    crm.requests.length = 0;
    const queue = [fault];
    const fetchImpl = standInFetch(crm.port);
    let calls = 0;
    const row = await syncTeam(db, 'pipedrive', credentials('pipedrive'), {
      sleep: () => Promise.resolve(),
      fetch: (url, init) => {
        if (++calls === 4) crm.script('pipedrive', ...queue);
        return fetchImpl(url, init);
      },
    });
    expect(row.failure?.kind).toBe(kind);
    const kept = await db.teamActivities.count();
    expect(kept).toBeGreaterThan(total);
    expect(kept).toBeLessThan(total + added);
    expect(row.cursor.page).not.toBeNull();
    expect(row.syncedAt).toBeDefined(); // the last complete read is still said
    crm.requests.length = 0;
    const resumed = await sync('pipedrive');
    expect(resumed.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total + added);
    expect(crm.requests.find((r) => r.path === '/v1/recents')?.query).toContain(`start=${row.cursor.page ?? ''}`);
  });

  it('a request that never answers times out, and says so', async () => {
    seedTeam(crm, ['salesforce'], { reps: 2, days: 5, perDay: 10, now: NOW - 3_600_000 });
    crm.script('salesforce', { kind: 'hang' });
    const row = await sync('salesforce', { timeoutMs: 300 });
    expect(row.failure?.kind).toBe('timeout');
    expect(await db.teamActivities.count()).toBe(0);
  });

  it('Salesforce: a query locator that expired starts the query again from the newest change read', async () => {
    const total = seedTeam(crm, ['salesforce'], { reps: 8, days: 30, perDay: 12, now: NOW - 3_600_000 });
    let dropped = false;
    const fetchImpl = standInFetch(crm.port);
    const row = await syncTeam(db, 'salesforce', credentials('salesforce'), {
      fetch: (url, init) => {
        if (!dropped && url.includes('/query/01g')) {
          dropped = true;
          crm.salesforce.cursors.clear();
        }
        return fetchImpl(url, init);
      },
    });
    expect(dropped).toBe(true);
    expect(row.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total);
  });

  /** Deletes `n` outbound touches in the CRM as a user would, and turns `n` others into replies (an edit); returns how many live records are left. */
  function deleteAndEdit(id: CrmId, n: number): number {
    const now = new Date();
    if (id === 'hubspot') {
      const touches = crm.hubspot.notes.filter((x) => x.properties.sop_direction === 'outbound');
      for (const note of touches.slice(0, n)) expect(archiveHubspotNote(crm.hubspot, note.id)).toBe(true);
      for (const note of touches.slice(n, 2 * n)) Object.assign(note, { properties: { ...note.properties, sop_direction: 'inbound' }, updatedAt: now.toISOString() });
      return crm.hubspot.notes.filter((x) => !x.archived).length;
    }
    if (id === 'pipedrive') {
      const touches = crm.pipedrive.activities.filter((x) => String(x.note).includes('direction: outbound'));
      for (const a of touches.slice(0, n)) expect(deletePipedriveActivity(crm.pipedrive, a.id)).toBe(true);
      for (const a of touches.slice(n, 2 * n)) Object.assign(a, { note: String(a.note).replace('direction: outbound', 'direction: inbound'), update_time: now.toISOString().replace('T', ' ').slice(0, 19) });
      return crm.pipedrive.activities.filter((x) => x.active_flag !== false).length;
    }
    const touches = crm.salesforce.tasks.filter((x) => x.SOP_Direction__c === 'outbound');
    for (const t of touches.slice(0, n)) expect(deleteSalesforceTask(crm.salesforce, t.Id)).toBe(true);
    const stamp = now.toISOString().replace('Z', '+0000');
    for (const t of touches.slice(n, 2 * n)) Object.assign(t, { SOP_Direction__c: 'inbound', LastModifiedDate: stamp, SystemModstamp: stamp });
    return crm.salesforce.tasks.filter((x) => x.IsDeleted !== true).length;
  }

  it.each(CRMS)('%s: an activity deleted in the CRM after it was read stops counting, and one edited counts as it is now', async (id) => {
    const total = seedTeam(crm, [id], { reps: 4, days: 20, perDay: 10, now: NOW - 3_600_000 });
    await sync(id);
    expect(await db.teamActivities.count()).toBe(total);
    const year = periodOf(365, NOW);
    const sentBefore = summariseDays(await daysIn(db, id, year), year).team.sent;

    const live = deleteAndEdit(id, 7);
    expect(live).toBe(total - 7);
    crm.requests.length = 0;
    const row = await sync(id);
    expect(row.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total - 7);
    expect(row.cached).toBe(total - 7);
    const numbers = summariseDays(await daysIn(db, id, year), year);
    // 7 touches sent deleted, 7 more turned into replies.
    expect(numbers.team.sent).toBe(sentBefore - 14);
    expect(new Map(numbers.reps.map((r) => [r.owner, r.sent]))).toEqual(tally(id));
    expect(norm(numbers)).toEqual(norm(summariseTeam(await activitiesIn(db, id, year), year)));
    // How each CRM told us: HubSpot's recycle bin, Pipedrive's changes, Salesforce's queryAll.
    const paths = crm.requests.map((r) => `${r.method} ${r.path}${r.path === '/crm/v3/objects/notes' ? r.query : ''}`);
    if (id === 'hubspot') expect(paths).toContain('GET /crm/v3/objects/notes?archived=true&limit=100&properties=sop_activity_key');
    if (id === 'salesforce') expect(paths).toContain('GET /services/data/v62.0/queryAll');

    // Read again with nothing changed: nothing moves.
    const again = await sync(id);
    expect(again.cached).toBe(total - 7);
    expect(summariseDays(await daysIn(db, id, year), year).team.sent).toBe(sentBefore - 14);
  });

  it('Salesforce: an expired session is renewed once and the read goes on with the new one; without a way to renew it stops and says so', async () => {
    const total = seedTeam(crm, ['salesforce'], { reps: 2, days: 10, perDay: 10, now: NOW - 3_600_000 });
    crm.salesforce.tokens.clear();
    crm.salesforce.tokens.set('00D5g000004OAuth!renewed', { userId: '0055g00000RepAAA' });
    let renewals = 0;
    const row = await sync('salesforce', { renew: () => (renewals++, Promise.resolve('00D5g000004OAuth!renewed')) });
    expect(row.failure).toBeUndefined();
    expect(renewals).toBe(1);
    expect(await db.teamActivities.count()).toBe(total);
    const refused = await sync('salesforce', { renew: () => Promise.resolve(null) });
    expect(refused.failure).toMatchObject({ kind: 'auth', status: 401 });
  });
});

