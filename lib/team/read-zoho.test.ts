import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { standInFetch } from '../../demo/crm/node-fetch';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import { addTeamActivity, seedTeam, teamRep } from '../../demo/crm/team-seed';
import { deleteZohoTask, ZOHO_TOKEN } from '../../demo/crm/zoho';
import { periodOf } from '../dashboard/input';
import { SopDatabase } from '../db/database';
import { summariseDays } from './day-rows';
import { activitiesIn, daysIn } from './queries';
import { summariseTeam } from './summary';
import { syncTeam } from './sync';

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
  db = new SopDatabase(`zoho-team-${String(Math.random())}`);
});

const sync = () => syncTeam(db, 'zoho', { apiBase: 'https://www.zohoapis.com', token: ZOHO_TOKEN }, { fetch: standInFetch(crm.port), sleep: () => Promise.resolve() });
const outboundByOwner = () => {
  const counts = new Map<string, number>();
  for (const t of crm.zoho.tasks) if (t.SOP_Event === 'touch' && t.SOP_Direction === 'outbound') counts.set(t.Owner.id, (counts.get(t.Owner.id) ?? 0) + 1);
  return counts;
};

describe('reading the team’s Tasks back from Zoho CRM', () => {
  it('pages through everything by Modified_Time (past the 2,000 Zoho lists by page number, from the newest change read), per rep; the next read fetches only what changed', async () => {
    const total = seedTeam(crm, ['zoho'], { reps: 6, days: 30, perDay: 14, now: NOW - 3_600_000 });
    expect(total).toBeGreaterThan(2_000);
    const first = await sync();
    expect(first.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total);
    expect(first.owners[teamRep(2).zoho]).toBe(teamRep(2).name);
    const lists = crm.requests.filter((r) => r.path === '/crm/v7/Tasks');
    expect(lists.length).toBeGreaterThan(10);
    // Never past Zoho's page-number limit.
    expect(crm.requests.filter((r) => r.status === 400)).toEqual([]);
    const year = periodOf(365, NOW);
    const numbers = summariseTeam(await activitiesIn(db, 'zoho', year), year);
    expect(new Map(numbers.reps.map((r) => [r.owner, r.sent]))).toEqual(outboundByOwner());
    expect(summariseDays(await daysIn(db, 'zoho', year), year).team).toEqual(numbers.team);

    crm.requests.length = 0;
    const added = addTeamActivity(crm, ['zoho'], { reps: 6, days: 1, perDay: 5, now: NOW, from: NOW - 3_000_000 });
    const second = await sync();
    expect(second.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total + added);
    const read = crm.requests.filter((r) => r.path === '/crm/v7/Tasks').reduce((sum, r) => sum + (r.results ?? 0), 0);
    expect(read).toBeGreaterThanOrEqual(added);
    // The bound a second early reads the edge again, not the history.
    expect(read).toBeLessThanOrEqual(added + 5);
    expect(new Map(summariseTeam(await activitiesIn(db, 'zoho', year), year).reps.map((r) => [r.owner, r.sent]))).toEqual(outboundByOwner());
  });

  it('a Task deleted in Zoho after it was read stops counting; one edited counts as it is now', async () => {
    const total = seedTeam(crm, ['zoho'], { reps: 2, days: 5, perDay: 10, now: NOW - 3_600_000 });
    expect((await sync()).failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total);
    const [gone, edited] = crm.zoho.tasks;
    if (!gone || !edited) throw new Error('seed too small');
    expect(deleteZohoTask(crm.zoho, gone.id)).toBe(true);
    Object.assign(edited, { SOP_Stage: 'negotiate', Modified_Time: new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00') });
    const again = await sync();
    expect(again.failure).toBeUndefined();
    expect(await db.teamActivities.count()).toBe(total - 1);
    expect(await db.teamActivities.get(`zoho:${String(gone.SOP_Activity_Key)}`)).toBeUndefined();
    expect((await db.teamActivities.get(`zoho:${String(edited.SOP_Activity_Key)}`))?.stage).toBe('negotiate');
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/deleted').map((r) => r.status)).toEqual([204, 200]);
    const year = periodOf(365, NOW);
    expect(summariseDays(await daysIn(db, 'zoho', year), year).team).toEqual(summariseTeam(await activitiesIn(db, 'zoho', year), year).team);
  });

  it('nothing modified since the last read: Zoho answers 304 Not Modified, and the read is up to date', async () => {
    const total = seedTeam(crm, ['zoho'], { reps: 2, days: 2, perDay: 4, now: NOW - 3_600_000 });
    expect((await sync()).failure).toBeUndefined();
    // Every Task gone: the list has nothing modified after the bound (the deleted list says which left).
    for (const t of [...crm.zoho.tasks]) deleteZohoTask(crm.zoho, t.id);
    crm.requests.length = 0;
    const again = await sync();
    expect(again.failure).toBeUndefined();
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks').map((r) => r.status)).toEqual([304]);
    expect(await db.teamActivities.count()).toBe(total - total);
  });

  it('a refused token stops the read and says so, keeping what was read', async () => {
    seedTeam(crm, ['zoho'], { reps: 2, days: 3, perDay: 5, now: NOW - 3_600_000 });
    crm.script('zoho', { kind: 'status', status: 401, path: '/Tasks' });
    const row = await sync();
    expect(row.failure?.kind).toBe('auth');
    expect(row.failure?.detail).toBe('INVALID_TOKEN: invalid oauth token');
  });
});
