import { computeDashboard, type Dashboard } from '../dashboard/compute';
import { addDays, LOOKBACK_DAYS, type DashboardContact, type DashboardHeard, type DashboardInput, type DashboardTouch, type DashboardTrackUse, type Period } from '../dashboard/input';
import { TIER_IDS, type TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import type { TeamActivity } from './types';

/**
 * The dashboard's own charts (funnel, cadence kept, touches per day, objections, talk tracks,
 * KPIs) over the team's activities read back from the CRM: the activities become the dashboard's
 * input (a person per CRM record, their path from the stages logged, their touches and talk
 * tracks) and `computeDashboard` computes them, the same code as for this browser's own data.
 * What the CRM does not hold stays out: drill answers, replies' words (an objection heard is the
 * category each rep's panel read in a reply and logged), requests to stop, what is overdue now.
 */
export interface TeamDashboard extends Dashboard {
  /** People (CRM records) the period's activities are on. */
  people: number;
  /** Activities of the period on no person in the CRM: in touches per day and tracks' uses, not in a person's path. */
  withoutPerson: number;
}

/** How far back before the period activities are read: a follow-up's gap and a person's path start there. */
export function teamReadFrom(period: Period): number {
  return addDays(period.from, -LOOKBACK_DAYS);
}

const isStage = (value: string): value is StageId => (STAGE_IDS as readonly string[]).includes(value);
const isTier = (value: string): value is TierId => (TIER_IDS as readonly string[]).includes(value);

/** Each activity in time order, stage moves after the touches of the same instant (they report what the touch led to). */
const byTime = (a: TeamActivity, b: TeamActivity) => a.at - b.at || Number(a.event === 'stage') - Number(b.event === 'stage');

/**
 * The dashboard's input from the team's activities (only `owner`'s when given): each person's
 * path is the stage of their first activity, then every stage move logged; their tier is the one
 * their latest activity carries.
 */
function teamDashboardInput(activities: readonly TeamActivity[], playbook: Playbook, period: Period, owner?: string): DashboardInput & { withoutPerson: number; people: number } {
  const byPerson = new Map<string, TeamActivity[]>();
  const touches: DashboardTouch[] = [];
  const trackUses: DashboardTrackUse[] = [];
  const heard: DashboardHeard[] = [];
  let withoutPerson = 0;
  for (const a of activities) {
    if (a.at >= period.to || (owner !== undefined && a.owner !== owner)) continue;
    const subject = a.subject ?? '';
    // A person-less activity gets an id of its own: it follows no one and no one's replies follow it.
    const contactId = subject === '' ? `?${a.id}` : subject;
    if (subject === '') {
      if (a.at >= period.from) withoutPerson++;
    } else {
      const list = byPerson.get(subject);
      if (list) list.push(a);
      else byPerson.set(subject, [a]);
    }
    if (a.event === 'touch') touches.push({ contactId, at: a.at, direction: a.direction === 'inbound' ? 'inbound' : 'outbound' });
    else if (a.event === 'track' && a.objection) trackUses.push({ contactId, objection: a.objection, trackId: a.trackId, at: a.at });
    // A reading the rep corrected to "no objection" stays in the CRM with no category: not heard.
    else if (a.event === 'objection' && a.objection) heard.push({ contactId, objection: a.objection, at: a.at });
  }
  const contacts: DashboardContact[] = [];
  let people = 0;
  for (const [id, list] of byPerson) {
    list.sort(byTime);
    if (list.some((a) => a.at >= period.from)) people++;
    const first = list.find((a) => isStage(a.stage));
    if (!first || !isStage(first.stage)) continue;
    let stage: StageId = first.stage;
    let changedAt = first.at;
    const history: { from: StageId; to: StageId; at: number }[] = [];
    for (const a of list) {
      if (a.event !== 'stage' || a === first || !isStage(a.stage) || a.stage === stage) continue;
      history.push({ from: stage, to: a.stage, at: a.at });
      stage = a.stage;
      changedAt = a.at;
    }
    const tier = list.findLast((a) => isTier(a.tier))?.tier;
    contacts.push({ id, stage, createdAt: first.at, stageChangedAt: changedAt, ...(history.length > 0 ? { stageHistory: history } : {}), ...(tier && isTier(tier) ? { tier } : {}) });
  }
  return { contacts, deals: [], touches, trackUses, heard, drillAnswers: [], playbook, period, withoutPerson, people };
}

/** The team's (or one rep's) dashboard of a period from the cached activities (read from {@link teamReadFrom}). */
export function computeTeamDashboard(activities: readonly TeamActivity[], playbook: Playbook, period: Period, owner?: string): TeamDashboard {
  const { withoutPerson, people, ...input } = teamDashboardInput(activities, playbook, period, owner);
  return { ...computeDashboard(input), people, withoutPerson };
}
