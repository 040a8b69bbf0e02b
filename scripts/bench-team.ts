/**
 * The manager's team read at scale (issue 19): 50 reps × 90 days × about 30 activities a day
 * (≈ 135,000) seeded into the CRM stand-ins (demo/crm/team-seed.ts), then
 * - in Node, for each CRM (HubSpot, Pipedrive, Salesforce): the first full read into the cache
 *   (`syncTeam`, fake IndexedDB, real HTTPS to the stand-in), its requests; a day of new activity
 *   (50 × 30) and the incremental read after it; the team's numbers of 90 days from the cache;
 * - in the browser, HubSpot through the built extension's dashboard page: the first full read,
 *   the incremental one, and opening the team view to its tables from the cache (median of 3).
 * `BENCH_ONLY=team npm run bench`, or `npx tsx scripts/bench-team.ts` after `npx wxt build`
 * (`BENCH_TEAM_REPS`, `BENCH_TEAM_DAYS`, `BENCH_TEAM_PER_DAY` for a smaller team; `BENCH_TEAM_CRMS=hubspot,salesforce`).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { grantSiteAccess, launchWithExtension } from '../demo/browser';
import { standInFetch } from '../demo/crm/node-fetch';
import { startCrmStandIns, type CrmStandIns, type StandInCrmId } from '../demo/crm/server';
import { addTeamActivity, seedTeam } from '../demo/crm/team-seed';
import { periodOf } from '../lib/dashboard/input';
import { SopDatabase } from '../lib/db/database';
import { summariseDays } from '../lib/team/day-rows';
import { activitiesIn, daysIn } from '../lib/team/queries';
import { summariseTeam } from '../lib/team/summary';
import { syncTeam } from '../lib/team/sync';
import { round, summarise } from './bench-stats';

const HOUR = 3_600_000;
const TOKENS: Record<StandInCrmId, string> = { hubspot: 'pat-na1-good-token', pipedrive: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', salesforce: '00D5g000004Good!AQ4AQFakeSessionToken', zoho: '1000.zoho-good-access-token.5f2c' };
const BASES: Record<StandInCrmId, string> = { hubspot: 'https://api.hubapi.com', pipedrive: 'https://api.pipedrive.com', salesforce: 'https://nordwind.my.salesforce.com', zoho: 'https://www.zohoapis.com' };

const size = () => ({ reps: Number(process.env.BENCH_TEAM_REPS ?? 50), days: Number(process.env.BENCH_TEAM_DAYS ?? 90), perDay: Number(process.env.BENCH_TEAM_PER_DAY ?? 30) });

async function benchNode(crm: CrmStandIns, id: StandInCrmId, results: Record<string, number>): Promise<void> {
  crm.reset();
  const team = size();
  const now = Date.now();
  results[`team.${id}.seeded`] = seedTeam(crm, [id], { ...team, now: now - HOUR });
  const db = new SopDatabase(`bench-team-${id}-${String(now)}`);
  const options = { fetch: standInFetch(crm.port) };
  let start = performance.now();
  const first = await syncTeam(db, id, { apiBase: BASES[id], token: TOKENS[id] }, options);
  results[`team.${id}.first_sync_ms`] = round(performance.now() - start);
  results[`team.${id}.first_sync_requests`] = first.lastRun?.requests ?? -1;
  results[`team.${id}.cached`] = await db.teamActivities.count();
  results[`team.${id}.added`] = addTeamActivity(crm, [id], { reps: team.reps, days: 1, perDay: team.perDay, now: Date.now() - 1_000, from: now - HOUR / 2 });
  crm.requests.length = 0;
  start = performance.now();
  const second = await syncTeam(db, id, { apiBase: BASES[id], token: TOKENS[id] }, options);
  results[`team.${id}.incremental_sync_ms`] = round(performance.now() - start);
  results[`team.${id}.incremental_requests`] = second.lastRun?.requests ?? -1;
  results[`team.${id}.incremental_records_read`] = crm.requests.reduce((sum, r) => sum + (/search|recents|query|\/crm\/v7\/Tasks$/.test(r.path) && !r.query.includes('User') ? (r.results ?? 0) : 0), 0);
  if (first.failure || second.failure) results[`team.${id}.failed`] = 1;
  // The team view's numbers of 90 days from the day rows, and (for comparison) from every activity.
  const fromDays: number[] = [];
  const fromActivities: number[] = [];
  let heard = 0;
  let heardByDays = 0;
  for (let i = 0; i < 3; i++) {
    const period = periodOf(90, Date.now());
    start = performance.now();
    heardByDays = summariseDays(await daysIn(db, id, period), period).team.heard ?? 0;
    fromDays.push(performance.now() - start);
    start = performance.now();
    const numbers = summariseTeam(await activitiesIn(db, id, period), period);
    fromActivities.push(performance.now() - start);
    heard = [...numbers.objections.values()].reduce((sum, n) => sum + n, 0);
  }
  // Objections heard in the 90 days (the seed has them since issue 19's last round), by category and from the day rows.
  results[`team.${id}.objections_heard_90d`] = heard;
  results[`team.${id}.objections_heard_90d_day_rows`] = heardByDays;
  results[`team.${id}.day_rows`] = await db.teamDays.count();
  results[`team.${id}.numbers_from_day_rows_node_ms`] = round(summarise(fromDays).median);
  results[`team.${id}.numbers_from_activities_node_ms`] = round(summarise(fromActivities).median);
  db.close();
}

async function benchBrowser(crm: CrmStandIns, extensionDir: string, results: Record<string, number>): Promise<void> {
  crm.reset();
  const team = size();
  const now = Date.now();
  seedTeam(crm, ['hubspot'], { ...team, now: now - HOUR });
  const userDataDir = mkdtempSync(join(tmpdir(), 'sop-bench-team-'));
  const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir, hostResolverRules: crm.hostResolverRules, headless: true });
  try {
    await grantSiteAccess(context, extensionId, 'https://api.hubapi.com/*');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await page.getByTestId('dash-ready').waitFor({ timeout: 120_000 });
    // Connected as a rep connects: site access granted, then the token in Settings.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await settings.getByTestId('crm-hubspot-token').fill(TOKENS.hubspot);
    await settings.getByTestId('crm-hubspot-connect').click();
    await settings.getByTestId('crm-hubspot-connected').waitFor({ timeout: 60_000 });
    await settings.close();
    crm.requests.length = 0;
    let start = Date.now();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html?scope=team&days=90`);
    await page.getByTestId('team-synced').waitFor({ timeout: Number(process.env.BENCH_TEAM_TIMEOUT ?? 1_800_000) });
    results['team.browser.hubspot.first_sync_ms'] = Date.now() - start;
    results['team.browser.hubspot.first_sync_requests'] = crm.requests.length;
    results['team.browser.hubspot.added'] = addTeamActivity(crm, ['hubspot'], { reps: team.reps, days: 1, perDay: team.perDay, now: Date.now() - 1_000, from: now - HOUR / 2 });
    crm.requests.length = 0;
    start = Date.now();
    await page.getByTestId('team-sync').click();
    await page.getByTestId('team-synced').waitFor({ timeout: Number(process.env.BENCH_TEAM_TIMEOUT ?? 600_000) });
    results['team.browser.hubspot.incremental_sync_ms'] = Date.now() - start;
    results['team.browser.hubspot.incremental_requests'] = crm.requests.length;
    // Opening the team view: the tables from the cache (the read on open runs after them).
    const times: number[] = [];
    const charts: number[] = [];
    for (let i = 0; i < 3; i++) {
      start = Date.now();
      await page.reload();
      await page.getByTestId('table-team-reps').waitFor({ timeout: Number(process.env.BENCH_TEAM_TIMEOUT ?? 600_000) });
      times.push(Date.now() - start);
      // The dashboard's charts over the period's activities (and the 90 days before), computed after the table.
      await page.getByTestId('dash-funnel').waitFor({ timeout: Number(process.env.BENCH_TEAM_TIMEOUT ?? 600_000) });
      charts.push(Date.now() - start);
      await page.getByTestId('team-synced').waitFor({ timeout: Number(process.env.BENCH_TEAM_TIMEOUT ?? 600_000) });
    }
    results['team.browser.hubspot.open_to_tables.median_ms'] = round(summarise(times).median);
    results['team.browser.hubspot.open_to_charts.median_ms'] = round(summarise(charts).median);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    results['team.browser.hubspot.heap_mb'] = round(heap / 1048576, 1);
    const rows = await page.getByTestId('table-team-reps').locator('tbody tr').count();
    results['team.browser.hubspot.reps_shown'] = rows;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function benchTeam(extensionDir: string, results: Record<string, number>): Promise<void> {
  const crm = await startCrmStandIns();
  try {
    const crms = (process.env.BENCH_TEAM_CRMS ?? 'hubspot,pipedrive,salesforce').split(',').filter(Boolean) as StandInCrmId[];
    for (const id of crms) await benchNode(crm, id, results);
    if (process.env.BENCH_TEAM_BROWSER !== '0') await benchBrowser(crm, extensionDir, results);
  } finally {
    await crm.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  await benchTeam(resolve(import.meta.dirname, '../.output/chrome-mv3'), results);
  console.log(results);
}
