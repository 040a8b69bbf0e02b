import type { Page } from '@playwright/test';
import type { CrmStandIns, StandInCrmId } from '../../demo/crm/server';
import { addTeamActivity, seedTeam } from '../../demo/crm/team-seed';
import { connectCrm, seedMaria } from './crm-helpers';
import { expect, test } from './fixtures';
import { axeScan } from './axe';

/**
 * The manager's team view: the activities every rep logged to the team's CRM, read back by the
 * dashboard page from the stand-ins (real HTTPS under the CRMs' host names), per rep, in three
 * languages; a rate limit waited out; a server error that keeps the cache and says so; a refresh
 * that reads only what changed. Expected numbers are counted here from the stand-ins' own records.
 */

const HOUR = 3_600_000;

test.beforeEach(({ crm }) => seedMaria(crm));

/** Touches sent per rep name, as the stand-in holds them (its own fields, its own owners). */
function sentPerRep(crm: CrmStandIns, id: StandInCrmId): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  if (id === 'hubspot') {
    const names = new Map(crm.hubspot.owners.map((o) => [o.id, `${o.firstName} ${o.lastName}`]));
    for (const n of crm.hubspot.notes) if (n.properties.sop_event === 'touch' && n.properties.sop_direction === 'outbound') bump(names.get(n.properties.hubspot_owner_id ?? '') ?? '?');
  } else if (id === 'pipedrive') {
    const names = new Map(crm.pipedrive.users.map((u) => [u.id, u.name]));
    const event = crm.pipedrive.customFields.get('SOP event') ?? '';
    for (const a of crm.pipedrive.activities) if (a[event] === 'touch' && String(a.note).includes('direction: outbound')) bump(names.get(a.user_id) ?? '?');
  } else {
    const names = new Map(crm.salesforce.users.map((u) => [u.Id, u.Name]));
    for (const t of crm.salesforce.tasks) if (t.SOP_Event__c === 'touch' && t.SOP_Direction__c === 'outbound') bump(names.get(t.OwnerId) ?? '?');
  }
  return counts;
}

/** The per-rep table as shown: rep → touches sent. */
async function shownSent(page: Page): Promise<Map<string, number>> {
  const rows = await page.getByTestId('table-team-reps').locator('tbody tr').all();
  const shown = new Map<string, number>();
  for (const row of rows) {
    const cells = await row.locator('th, td').allTextContents();
    shown.set(cells[0] ?? '', Number((cells[1] ?? '').replace(/[^\d]/g, '')));
  }
  return shown;
}

async function openTeamView(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html?scope=team&days=90`);
  await expect(page.getByTestId('team-view')).toBeVisible({ timeout: 30_000 });
}

test('HubSpot: the team view shows each rep’s numbers as the CRM holds them, for one rep or the team, in three languages', async ({ context, extensionId, crm }) => {
  const total = seedTeam(crm, ['hubspot'], { reps: 5, days: 20, perDay: 8, now: Date.now() - HOUR });
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.close();
  const page = await context.newPage();
  await openTeamView(page, extensionId);
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('team-source')).toContainText(`From HubSpot (api.hubapi.com): ${total.toLocaleString('en')} activities kept in this browser; last synced`);

  const expected = sentPerRep(crm, 'hubspot');
  expect(expected.size).toBe(5);
  await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(expected);
  const teamSent = [...expected.values()].reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('team-reps-summary')).toContainText(`5 reps: ${teamSent.toLocaleString('en')} touches sent`);
  // Paged: the notes came in pages of 200 through the search API, sorted by modified date.
  const searches = crm.requests.filter((r) => r.path === '/crm/v3/objects/notes/search');
  expect(searches.length).toBe(Math.ceil(total / 200));
  expect(searches[0]?.body).toMatchObject({ sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }], limit: 200 });

  // One rep: the table and the charts follow the selector.
  const [name, sent] = [...expected.entries()][2] ?? ['', 0];
  await page.getByTestId('team-rep').selectOption({ label: name });
  await expect(page.getByTestId('table-team-reps').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('dash-per-day-summary')).toHaveText(new RegExp(`^${String(sent)} ${sent === 1 ? 'touch' : 'touches'} sent and \\d+ repl(?:y|ies) in 90 days:`));

  const axe = await axeScan(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByTestId('language-select').selectOption('zh-Hant');
  await expect(page.getByTestId('team-scope')).toHaveText('團隊資料以 HubSpot 中的紀錄為準：每位業務的 SOP 銷售助手記錄到 HubSpot 的活動，讀回本瀏覽器，並依紀錄在 HubSpot 中的負責人統計。');
  await expect(page.getByTestId('dash-per-day-summary')).toContainText(`天內發出跟進 ${sent.toLocaleString('zh-Hant')} 次`);
  await page.getByTestId('team-rep').selectOption('');
  await page.getByTestId('language-select').selectOption('zh-Hans');
  await expect(page.getByTestId('team-reps-summary')).toContainText(`5 位销售：发出 ${teamSent.toLocaleString('zh-Hans')} 次跟进`);
  await expect(page.getByTestId('scope-team')).toHaveText('团队');
});

test('Pipedrive: a 429 is waited out for its Retry-After, then the read goes on to the same numbers', async ({ context, extensionId, crm }) => {
  seedTeam(crm, ['pipedrive'], { reps: 4, days: 15, perDay: 10, now: Date.now() - HOUR });
  const settings = await connectCrm(context, extensionId, 'pipedrive');
  await settings.close();
  crm.requests.length = 0;
  crm.script('pipedrive', { kind: 'status', status: 429, retryAfter: '3' });
  const page = await context.newPage();
  await openTeamView(page, extensionId);
  await expect(page.getByTestId('team-progress')).toContainText('Pipedrive asked us to wait (rate limit): going on at');
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('team-failure')).toHaveCount(0);
  const statuses = crm.requests.filter((r) => r.crm === 'pipedrive').map((r) => r.status);
  expect(statuses[0]).toBe(429);
  expect(statuses.slice(1).every((s) => s === 200)).toBe(true);
  // The retry came after the wait the CRM named.
  const [refused, retried] = crm.requests;
  expect((retried?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(2_900);
  await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(sentPerRep(crm, 'pipedrive'));
});

test('Salesforce: a 500 keeps the cached numbers and says so; the next sync reads only what changed since', async ({ context, extensionId, crm }) => {
  seedTeam(crm, ['salesforce'], { reps: 3, days: 30, perDay: 12, now: Date.now() - HOUR });
  const settings = await connectCrm(context, extensionId, 'salesforce');
  await settings.close();
  const page = await context.newPage();
  await openTeamView(page, extensionId);
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  const before = sentPerRep(crm, 'salesforce');
  await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(before);

  // A day of new activity, and the CRM fails on the next read.
  const added = addTeamActivity(crm, ['salesforce'], { reps: 3, days: 1, perDay: 12, now: Date.now() - 1_000, from: Date.now() - HOUR / 2 });
  crm.script('salesforce', { kind: 'status', status: 500 });
  await page.getByTestId('team-sync').click();
  await expect(page.getByTestId('team-failure-reason')).toHaveText('Salesforce had a server error (500). Sync again later.');
  await expect(page.getByTestId('team-failure-kept')).toContainText('Nothing kept here was lost: the numbers below are from the last sync (');
  await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(before);
  await page.getByTestId('language-select').selectOption('zh-Hans');
  await expect(page.getByTestId('team-failure-reason')).toHaveText('Salesforce 服务器出错（500）。请稍后再同步。');
  await page.getByTestId('language-select').selectOption('en');

  // Back: the next sync reads only the records changed since the last one (and the one at its edge).
  crm.requests.length = 0;
  await page.getByTestId('team-sync').click();
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('team-failure')).toHaveCount(0);
  const taskReads = crm.requests.filter((r) => r.crm === 'salesforce' && r.path.includes('/query') && !r.query.includes('User'));
  const read = taskReads.reduce((sum, r) => sum + (r.results ?? 0), 0);
  expect(read).toBeGreaterThanOrEqual(added);
  expect(read).toBeLessThanOrEqual(added + 1);
  expect(decodeURIComponent(taskReads[0]?.query ?? '')).toMatch(/SystemModstamp >= \d{4}-\d\d-\d\dT/);
  await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(sentPerRep(crm, 'salesforce'));

  // Opened again, the numbers come from the cache at once, even with the CRM down.
  await crm.down();
  try {
    await page.reload();
    await expect(page.getByTestId('team-failure-reason')).toHaveText('Salesforce could not be reached (offline?). Sync again when you are online.', { timeout: 30_000 });
    await expect.poll(() => shownSent(page), { timeout: 30_000 }).toEqual(sentPerRep(crm, 'salesforce'));
  } finally {
    await crm.up();
  }
});
