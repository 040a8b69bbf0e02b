import type { Page } from '@playwright/test';
import type { CrmStandIns } from '../../demo/crm/server';
import { archiveHubspotNote } from '../../demo/crm/hubspot';
import { teamRep } from '../../demo/crm/team-seed';
import { connectCrm, seedMaria } from './crm-helpers';
import { expect, test } from './fixtures';

/**
 * The team scope shows the dashboard's own charts (KPIs, funnel, cadence, touches per day,
 * objections, talk tracks; drills said to be out of the CRM's reach) computed from the notes the
 * reps logged to HubSpot, for the team and for one rep, in three languages. The notes are written
 * here into the stand-in as our reps' browsers write them; the expected numbers are tallied here
 * from that list.
 */

const DAY = 86_400_000;

interface Logged {
  rep: 0 | 1;
  /** The HubSpot contact the note is on; null: none. */
  person: string | null;
  daysAgo: number;
  event: 'touch' | 'stage' | 'track' | 'objection';
  stage: string;
  tier: 'A' | 'B';
  direction?: 'outbound' | 'inbound';
  objection?: string;
  trackId?: string;
}

// Ana (rep 0), person 9001: two touches 3 days apart and one 7 days later (tier A: every 4 days),
// moved to qualify in between, then a reply. Ben (rep 1), person 9002: first seen moving into
// qualify, then present; the price objection heard in a reply, a talk track for it and a reply the
// next day. Person 9003: a touch, the timing objection heard and a talk track for it, no reply; a
// later reply first read as timing, then corrected by Ben to no objection (not heard). One touch of
// Ben's on no contact.
const LOGGED: Logged[] = [
  { rep: 0, person: '9001', daysAgo: 20, event: 'touch', stage: 'prospect', tier: 'A', direction: 'outbound' },
  { rep: 0, person: '9001', daysAgo: 17, event: 'touch', stage: 'prospect', tier: 'A', direction: 'outbound' },
  { rep: 0, person: '9001', daysAgo: 16, event: 'stage', stage: 'qualify', tier: 'A' },
  { rep: 0, person: '9001', daysAgo: 10, event: 'touch', stage: 'qualify', tier: 'A', direction: 'outbound' },
  { rep: 0, person: '9001', daysAgo: 9, event: 'touch', stage: 'qualify', tier: 'A', direction: 'inbound' },
  { rep: 1, person: '9002', daysAgo: 14, event: 'stage', stage: 'qualify', tier: 'B' },
  { rep: 1, person: '9002', daysAgo: 12, event: 'stage', stage: 'present', tier: 'B' },
  { rep: 1, person: '9002', daysAgo: 11, event: 'objection', stage: 'present', tier: 'B', objection: 'price' },
  { rep: 1, person: '9002', daysAgo: 11, event: 'track', stage: 'present', tier: 'B', objection: 'price', trackId: 'price-roi' },
  { rep: 1, person: '9002', daysAgo: 10, event: 'touch', stage: 'present', tier: 'B', direction: 'inbound' },
  { rep: 1, person: '9003', daysAgo: 5, event: 'touch', stage: 'prospect', tier: 'B', direction: 'outbound' },
  { rep: 1, person: '9003', daysAgo: 4, event: 'objection', stage: 'prospect', tier: 'B', objection: 'timing' },
  { rep: 1, person: '9003', daysAgo: 4, event: 'track', stage: 'prospect', tier: 'B', objection: 'timing', trackId: 'timing-plan-ahead' },
  { rep: 1, person: '9003', daysAgo: 2, event: 'objection', stage: 'prospect', tier: 'B' },
  { rep: 1, person: null, daysAgo: 3, event: 'touch', stage: 'prospect', tier: 'B', direction: 'outbound' },
];

function logToHubspot(crm: CrmStandIns, now: number): void {
  for (const i of [0, 1]) {
    const rep = teamRep(i);
    crm.hubspot.owners.push({ id: rep.hubspot, email: `${rep.firstName.toLowerCase()}@nordwind.example`, firstName: rep.firstName, lastName: rep.lastName, userId: 9_100 + i });
  }
  LOGGED.forEach((a, i) => {
    const at = new Date(now - a.daysAgo * DAY).toISOString();
    crm.hubspot.notes.push({
      id: String(7_700_000 + i),
      createdAt: at,
      updatedAt: at,
      properties: { hs_timestamp: at, hs_note_body: `SOP Copilot: ${a.event}`, hubspot_owner_id: teamRep(a.rep).hubspot, sop_activity_key: `e2e-chart-${String(i)}`, sop_event: a.event, sop_stage: a.stage, sop_tier: a.tier, sop_playbook_version: 'default', sop_talk_track_id: a.trackId ?? '', sop_objection_category: a.objection ?? '', sop_direction: a.direction ?? '', sop_channel: a.direction ? 'email' : '' },
      associations: { contacts: a.person ? [a.person] : [], deals: [] },
    });
  });
}

/** Entries into each stage, tallied from the list: each person's first stage, then each stage move. */
function entries(rep?: 0 | 1): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const a of [...LOGGED].sort((x, y) => y.daysAgo - x.daysAgo)) {
    if (!a.person || (rep !== undefined && a.rep !== rep)) continue;
    if (!seen.has(a.person) || a.event === 'stage') counts.set(a.stage, (counts.get(a.stage) ?? 0) + 1);
    seen.add(a.person);
  }
  return counts;
}

const count = (rep: 0 | 1 | undefined, test: (a: Logged) => boolean) => LOGGED.filter((a) => (rep === undefined || a.rep === rep) && test(a)).length;

/** A table's rows as shown: first cell → the other cells. */
async function table(page: Page, testId: string): Promise<Map<string, string[]>> {
  const rows = new Map<string, string[]>();
  for (const row of await page.getByTestId(testId).locator('tbody tr').all()) {
    const [head = '', ...cells] = await row.locator('th, td').allTextContents();
    rows.set(head, cells);
  }
  return rows;
}

test('the team scope shows the dashboard’s charts from the CRM’s activities, for the team and one rep, saying what the CRM cannot tell', async ({ context, extensionId, crm }) => {
  seedMaria(crm);
  logToHubspot(crm, Date.now() - 3_600_000);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html?scope=team&days=30`);
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('dash-funnel')).toBeVisible({ timeout: 30_000 });
  // The contacts came with the notes, one associations read per page of notes.
  expect(crm.requests.filter((r) => r.path === '/crm/v4/associations/notes/contacts/batch/read').map((r) => r.status)).toEqual([207]);

  const expectTeam = async (rep?: 0 | 1) => {
    const entered = entries(rep);
    const funnel = await table(page, 'table-funnel');
    for (const stage of ['Prospecting', 'Qualification', 'Solution presentation', 'Discovery']) expect(funnel.has(stage), stage).toBe(true);
    expect(funnel.get('Prospecting')?.[0]).toBe(String(entered.get('prospect') ?? 0));
    expect(funnel.get('Qualification')?.[0]).toBe(String(entered.get('qualify') ?? 0));
    expect(funnel.get('Solution presentation')?.[0]).toBe(String(entered.get('present') ?? 0));
    expect(funnel.get('Discovery')?.[0]).toBe('0');
    const outbound = count(rep, (a) => a.direction === 'outbound');
    const inbound = count(rep, (a) => a.direction === 'inbound');
    await expect(page.getByTestId('dash-per-day-summary')).toHaveText(new RegExp(`^${String(outbound)} ${outbound === 1 ? 'touch' : 'touches'} sent and ${String(inbound)} ${inbound === 1 ? 'reply' : 'replies'} in 30 days:`));
    const tracks = await table(page, 'table-tracks');
    expect(tracks.size).toBe(count(rep, (a) => a.event === 'track'));
  };

  // The team: prospect 2 (9001, 9003), qualify 2 (9001's move, 9002 first seen), present 1.
  await expectTeam();
  expect(entries()).toEqual(new Map([['prospect', 2], ['qualify', 2], ['present', 1]]));
  await expect(page.getByTestId('dash-funnel-summary')).toHaveText('5 stage entries in the period: 2 moved on, 0 stalled, 0 lost.');
  // Tier A, every 4 days: Ana's 3-day gap on time, her 7-day gap late; tier B: one follow-up only.
  const cadence = await table(page, 'table-cadence');
  expect(cadence.get('A')?.slice(1, 4)).toEqual(['1', '1', '0']);
  expect(cadence.get('A')?.[5]).toBe('—');
  expect(cadence.get('B')?.slice(1, 4)).toEqual(['0', '0', '0']);
  await expect(page.getByTestId('dash-cadence-summary')).toHaveText('Of the follow-ups made, 50% kept the cadence: 1 on time, 1 late, 0 skipped.');
  // Heard: the two objections logged from replies (the one corrected to none is not one); both answered with a track.
  await expect(page.getByTestId('dash-objections-summary')).toHaveText(/^2 objections heard; most often .+ \(1\); 2 answered with a talk track\.$/);
  // What the CRM cannot tell is said on the chart, not hidden.
  await expect(page.getByTestId('dash-drills-limit')).toHaveText('Drill answers stay in each rep’s browser: HubSpot does not have them, so this chart cannot be drawn for the team.');
  await expect(page.getByTestId('dash-cadence-limit')).toContainText('What is overdue now is on each rep’s Today, not in HubSpot');
  await expect(page.getByTestId('team-charts')).toHaveText('The same charts as for this browser, from the HubSpot activities of 3 people in the period. 1 activity of the period is on no person in HubSpot: counted in touches per day and talk-track uses, not in the funnel or the cadence.');

  // One rep: Ben.
  await page.getByTestId('team-rep').selectOption({ label: teamRep(1).name });
  await expect(page.getByTestId('dash-per-day-summary')).toHaveText(/^2 touches sent and 1 reply in 30 days:/);
  await expectTeam(1);
  expect(entries(1)).toEqual(new Map([['qualify', 1], ['present', 1], ['prospect', 1]]));
  await expect(page.getByTestId('dash-funnel-summary')).toHaveText('3 stage entries in the period: 1 moved on, 0 stalled, 0 lost.');

  // The same numbers in Chinese.
  await page.getByTestId('language-select').selectOption('zh-Hans');
  await expect(page.getByTestId('dash-funnel-summary')).toHaveText('本期共进入阶段 3 次：推进 1，停滞 0，输单 0。');
  await expect(page.getByTestId('dash-drills-limit')).toHaveText('演练作答只保存在每位销售自己的浏览器中，HubSpot 里没有，因此无法为团队绘制此图表。');
  await page.getByTestId('team-rep').selectOption('');
  await page.getByTestId('language-select').selectOption('zh-Hant');
  await expect(page.getByTestId('dash-funnel-summary')).toHaveText('本期共進入階段 5 次：推進 2，停滯 0，輸單 0。');
  await expect(page.getByTestId('dash-cadence-summary')).toHaveText('已完成的跟進中，50% 符合節奏：準時 1，延遲 1，漏掉 0。');
  await expect(page.getByTestId('team-charts')).toContainText('本期有 1 筆活動在 HubSpot 中沒有關聯聯絡人');

  // In HubSpot a user deletes 9002's move into presentation and turns Ana's first touch into a
  // reply: the next sync takes the one out (HubSpot's recycle bin) and counts the other as it is now.
  await page.getByTestId('language-select').selectOption('en');
  expect(archiveHubspotNote(crm.hubspot, '7700006')).toBe(true);
  const edited = crm.hubspot.notes.find((n) => n.id === '7700000');
  if (!edited) throw new Error('note 7700000 missing');
  Object.assign(edited, { properties: { ...edited.properties, sop_direction: 'inbound' }, updatedAt: new Date().toISOString() });
  await page.getByTestId('team-sync').click();
  await expect(page.getByTestId('dash-funnel-summary')).toHaveText('4 stage entries in the period: 1 moved on, 0 stalled, 0 lost.', { timeout: 60_000 });
  expect((await table(page, 'table-funnel')).get('Solution presentation')?.[0]).toBe('0');
  await expect(page.getByTestId('dash-per-day-summary')).toHaveText(/^4 touches sent and 3 replies in 30 days:/);
});
