import { describe, expect, it } from 'vitest';
import { on } from '../dashboard/test-data';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { computeTeamDashboard } from './dashboard';
import type { TeamActivity } from './types';

const period = { from: on(0, 0), to: on(31, 0) };
let n = 0;
function act(owner: string, subject: string, day: number, event: TeamActivity['event'], stage: string, extra: Partial<TeamActivity> = {}): TeamActivity {
  n++;
  return { id: `hubspot:${String(n)}`, crm: 'hubspot', remoteId: String(n), at: on(day), modifiedAt: on(day), owner, subject, event, stage, tier: 'A', playbookVersion: 'default', direction: '', channel: '', trackId: '', objection: '', ...extra };
}
const out = (owner: string, subject: string, day: number, stage: string) => act(owner, subject, day, 'touch', stage, { direction: 'outbound', channel: 'email' });
const reply = (owner: string, subject: string, day: number, stage: string) => act(owner, subject, day, 'touch', stage, { direction: 'inbound', channel: 'email' });

// Rep 1 on person 11: prospect, touches every 2 then 7 days (A: every 4), moved to qualify on day 4.
// Rep 2 on person 22: first seen moving into qualify (day 2), on to present (day 5); a talk track
// for price on day 6 (the price objection heard in a reply that day) and a reply on day 8 (it
// worked); a reply on day 9 first read as timing, then corrected by the rep to no objection; a
// talk track for timing on day 9 with no objection logged. One touch of rep 2's on no person.
const activities: TeamActivity[] = [
  out('r1', '11', 1, 'prospect'),
  out('r1', '11', 3, 'prospect'),
  act('r1', '11', 4, 'stage', 'qualify'),
  out('r1', '11', 10, 'qualify'),
  reply('r1', '11', 11, 'qualify'),
  act('r2', '22', 2, 'stage', 'qualify'),
  act('r2', '22', 5, 'stage', 'present'),
  act('r2', '22', 6, 'objection', 'present', { objection: 'price' }),
  act('r2', '22', 6, 'track', 'present', { trackId: 'price-roi', objection: 'price' }),
  reply('r2', '22', 8, 'present'),
  act('r2', '22', 9, 'objection', 'present', { objection: '' }),
  act('r2', '22', 9, 'track', 'present', { trackId: 'timing-plan-ahead', objection: 'timing' }),
  out('r2', '', 3, 'prospect'),
  // Before the look-back and after the period: not read.
  out('r1', '11', 40, 'qualify'),
];

describe('the dashboard’s charts over the team’s CRM activities', () => {
  it('follows each person from the stage of their first activity through each stage move logged', () => {
    const team = computeTeamDashboard(activities, playbook, period);
    const rows = Object.fromEntries(team.funnel.rows.map((r) => [r.stage, [r.entered, r.movedOn, r.stalled, r.lost]]));
    expect(rows.prospect).toEqual([1, 1, 0, 0]);
    expect(rows.qualify).toEqual([2, 1, 0, 0]);
    expect(rows.present).toEqual([1, 0, 0, 0]);
    expect(rows.discover).toEqual([0, 0, 0, 0]);
    expect(team.people).toBe(2);
    expect(team.withoutPerson).toBe(1);
  });

  it('measures cadence by the tier logged, counts touches per day with or without a person, and talk tracks with what followed', () => {
    const team = computeTeamDashboard(activities, playbook, period);
    // A every 4 days: 1 → 3 on time, 3 → 10 late (7 days, one cadence skipped: floor(7/4) - 1 = 0).
    expect(team.cadence.rows[0]).toMatchObject({ tier: 'A', onTime: 1, late: 1, skipped: 0 });
    expect(team.cadence.perDay.reduce((s, d) => s + d.outbound, 0)).toBe(4);
    expect(team.cadence.perDay.reduce((s, d) => s + d.inbound, 0)).toBe(2);
    expect(team.tracks.rows).toEqual([expect.objectContaining({ objection: 'price', trackId: 'price-roi', uses: 1, replied: 1, won: 1 }), expect.objectContaining({ objection: 'timing', trackId: 'timing-plan-ahead', uses: 1 })]);
    // Heard: the objections logged from replies (the one corrected to none is not); a talk track alone is not one.
    expect(team.tracks.weeks.flatMap((w) => Object.entries(w.counts))).toEqual([['price', 1]]);
    expect(team.drills.rows).toEqual([]);
  });

  it('for one rep, counts only that rep’s records', () => {
    const one = computeTeamDashboard(activities, playbook, period, 'r1');
    expect(one.funnel.rows.find((r) => r.stage === 'qualify')?.entered).toBe(1);
    expect(one.tracks.rows).toEqual([]);
    expect(one.withoutPerson).toBe(0);
    expect(one.people).toBe(1);
  });
});
