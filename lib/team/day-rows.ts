import { dayNumber, midnightOf, type Period } from '../dashboard/input';
import type { CrmId } from '../crm/types';
import type { RepNumbers, TeamNumbers } from './summary';
import type { TeamActivity } from './types';

/**
 * The team's counts per CRM, local day and owner, kept beside the activities (`teamDays`) so the
 * team view sums a few thousand rows instead of reading every activity: a quarter of 50 reps is
 * 4,500 rows for 135,000 activities. Each page of a read replaces the part of every activity it
 * brings (an activity read again, or changed in the CRM, first takes its old part away).
 */
export interface TeamDay extends RepNumbers {
  /** `<crm>|<day>|<owner>`. */
  key: string;
  crm: CrmId;
  /** The local day number (`dayNumber`). */
  day: number;
  /** Moves into each stage; objections heard per category. */
  stages: Record<string, number>;
  objections: Record<string, number>;
}

const keyOf = (crm: CrmId, day: number, owner: string) => `${crm}|${String(day)}|${owner}`;

function emptyDay(crm: CrmId, day: number, owner: string): TeamDay {
  return { key: keyOf(crm, day, owner), crm, day, owner, sent: 0, replies: 0, stageMoves: 0, signed: 0, tracks: 0, heard: 0, stages: {}, objections: {} };
}

function bump(record: Record<string, number>, name: string, by: number): void {
  record[name] = (record[name] ?? 0) + by;
}

/** Adds (`sign` 1) or takes away (-1) one activity's part of its day row. */
export function applyActivity(row: TeamDay, a: TeamActivity, sign: 1 | -1): void {
  if (a.event === 'touch') {
    if (a.direction === 'inbound') row.replies += sign;
    else row.sent += sign;
  } else if (a.event === 'stage') {
    row.stageMoves += sign;
    if (a.stage === 'deliver') row.signed += sign;
    bump(row.stages, a.stage, sign);
  } else if (a.event === 'objection') {
    if (!a.objection) return;
    row.heard = (row.heard ?? 0) + sign;
    bump(row.objections, a.objection, sign);
  } else row.tracks += sign;
}

/** The day rows a page changes: the new activities' parts in, the stored versions' parts out. */
export function dayRowChanges(existing: readonly TeamDay[], before: readonly (TeamActivity | undefined)[], after: readonly TeamActivity[]): TeamDay[] {
  const rows = new Map(existing.map((r) => [r.key, { ...r, stages: { ...r.stages }, objections: { ...r.objections } }]));
  const rowFor = (a: TeamActivity) => {
    const day = dayNumber(a.at);
    const key = keyOf(a.crm, day, a.owner);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyDay(a.crm, day, a.owner)));
    return row;
  };
  for (const old of before) if (old) applyActivity(rowFor(old), old, -1);
  for (const a of after) applyActivity(rowFor(a), a, 1);
  return [...rows.values()];
}

/** The keys of the day rows a set of activities touch. */
export function dayKeysOf(activities: readonly (TeamActivity | undefined)[]): string[] {
  return [...new Set(activities.filter((a): a is TeamActivity => a !== undefined).map((a) => keyOf(a.crm, dayNumber(a.at), a.owner)))];
}

/** The day range of a period, for the `[crm+day]` index. */
export function dayRange(period: Period): [number, number] {
  return [dayNumber(period.from), dayNumber(period.to - 1)];
}

const emptyRep = (owner: string): RepNumbers => ({ owner, sent: 0, replies: 0, stageMoves: 0, signed: 0, tracks: 0, heard: 0 });

/** The team's numbers of a period from its day rows (the same as `summariseTeam` of the activities). */
export function summariseDays(rows: readonly TeamDay[], period: Period, owner?: string): TeamNumbers {
  const [first, last] = dayRange(period);
  const perDay = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => ({ day: midnightOf(first + i), sent: 0, replies: 0 }));
  const reps = new Map<string, RepNumbers>();
  const team = emptyRep('team');
  const stages = new Map<string, number>();
  const objections = new Map<string, number>();
  for (const row of rows) {
    if (row.day < first || row.day > last || (owner !== undefined && row.owner !== owner)) continue;
    if (row.sent + row.replies + row.stageMoves + row.tracks + (row.heard ?? 0) === 0) continue;
    let rep = reps.get(row.owner);
    if (!rep) reps.set(row.owner, (rep = emptyRep(row.owner)));
    for (const into of [rep, team]) {
      into.sent += row.sent;
      into.replies += row.replies;
      into.stageMoves += row.stageMoves;
      into.signed += row.signed;
      into.tracks += row.tracks;
      into.heard = (into.heard ?? 0) + (row.heard ?? 0);
    }
    const day = perDay[row.day - first];
    if (day) {
      day.sent += row.sent;
      day.replies += row.replies;
    }
    // A stage or objection whose activities all moved away stays at 0 in its row: not counted.
    for (const [k, n] of Object.entries(row.stages)) if (n !== 0) stages.set(k, (stages.get(k) ?? 0) + n);
    for (const [k, n] of Object.entries(row.objections)) if (n !== 0) objections.set(k, (objections.get(k) ?? 0) + n);
  }
  return { reps: [...reps.values()], team, perDay, stages, objections };
}
