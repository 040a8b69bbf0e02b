import { addDays, dayNumber, midnightOf, type Period } from '../dashboard/input';
import type { TeamActivity } from './types';

/** One rep's (or the whole team's) counts of a period, from the activities the CRM holds. */
export interface RepNumbers {
  /** The CRM's owner id ('' for records with no owner; 'team' for the sum). */
  owner: string;
  /** Touches sent and replies read. */
  sent: number;
  replies: number;
  /** Stage moves, and of them those into delivery (a contract signed). */
  stageMoves: number;
  signed: number;
  /** Talk tracks used for an objection heard. */
  tracks: number;
  /** Objections heard in replies (one per reply; a reading corrected to none is not one). Missing in day rows cached before it was counted. */
  heard?: number | undefined;
}

export interface TeamNumbers {
  reps: RepNumbers[];
  team: RepNumbers;
  /** Every local day of the period, oldest first. */
  perDay: { day: number; sent: number; replies: number }[];
  /** Moves into each SOP stage. */
  stages: Map<string, number>;
  /** Objections heard in replies, by category. */
  objections: Map<string, number>;
}

const empty = (owner: string): RepNumbers => ({ owner, sent: 0, replies: 0, stageMoves: 0, signed: 0, tracks: 0, heard: 0 });

function add(into: RepNumbers, a: TeamActivity): void {
  if (a.event === 'touch') {
    if (a.direction === 'inbound') into.replies++;
    else into.sent++;
  } else if (a.event === 'stage') {
    into.stageMoves++;
    if (a.stage === 'deliver') into.signed++;
  } else if (a.event === 'objection') {
    if (a.objection) into.heard = (into.heard ?? 0) + 1;
  } else into.tracks++;
}

/**
 * The team's numbers of a period (and only one rep's with `owner`): per rep, per day, stage moves
 * and objections. Pure; the dashboard and the bench run it on the cached activities.
 */
export function summariseTeam(activities: readonly TeamActivity[], period: Period, owner?: string): TeamNumbers {
  const reps = new Map<string, RepNumbers>();
  const team = empty('team');
  const first = dayNumber(period.from);
  const days = Array.from({ length: Math.max(0, dayNumber(addDays(period.to, -1)) - first + 1) }, (_, i) => ({ day: midnightOf(first + i), sent: 0, replies: 0 }));
  const stages = new Map<string, number>();
  const objections = new Map<string, number>();
  for (const a of activities) {
    if (a.at < period.from || a.at >= period.to) continue;
    if (owner !== undefined && a.owner !== owner) continue;
    let rep = reps.get(a.owner);
    if (!rep) reps.set(a.owner, (rep = empty(a.owner)));
    add(rep, a);
    add(team, a);
    if (a.event === 'touch') {
      const day = days[dayNumber(a.at) - first];
      if (day) {
        if (a.direction === 'inbound') day.replies++;
        else day.sent++;
      }
    } else if (a.event === 'stage') stages.set(a.stage, (stages.get(a.stage) ?? 0) + 1);
    else if (a.event === 'objection' && a.objection) objections.set(a.objection, (objections.get(a.objection) ?? 0) + 1);
  }
  return { reps: [...reps.values()], team, perDay: days, stages, objections };
}
