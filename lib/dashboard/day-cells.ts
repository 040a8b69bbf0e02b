import { readStopRequest } from '../reader/intents';
import type { Playbook } from '../playbook/schema';
import { onCadence, tierOf } from './cadence';
import { areaKey, drillAreaOf } from './drills';
import { DAY, dayNumber, LOOKBACK_DAYS, type DashboardContact, type DashboardDeal, type DashboardDrillAnswer, type DashboardTouch, type DashboardTrackUse, type ReadObjection } from './input';
import { signedAt } from './kpis';
import type { JudgedEntry } from '../db/records';
import { stagePaths, stageRank, type JudgedPaths, type StageEntry } from './paths';
import { FOLLOW_DAYS } from './tracks';

/** Separates the parts of a cell's name (ids never hold it). */
export const SEP = '\u0001';

/**
 * The named counts a day row holds (each counted on the local day of the event it names):
 * - `o`, `i`: touches out and in;
 * - `g␁<tier>␁<gap>`: a follow-up made that day, `gap` local days after the outbound touch before it;
 * - `e␁<stage>`: an entry into a stage; `m␁<stage>␁<days>` of those, moved on after `days`;
 *   `l␁<stage>␁<days>` lost after `days`; `s␁<stage>` still there (stalled once old enough);
 * - `L`: a contact or deal first seen; `LS` of those, signed since; `S␁<days>` signed, `days` after the
 *   first touch; `X`: a deal or contact lost;
 * - `h␁<objection>`: a reply read from a page that voices the objection (as the reply reader reads it);
 *   `t␁<objection>␁<track>␁<u|r|m|l|n|w>`:
 *   a talk track used, and of those replied, moved on, lost, negative (a request to stop), won;
 * - `D␁n`, `D␁c`: drill answers and right ones; `d␁<area>␁n|c` the same per area.
 */
export type Cells = Map<number, Map<string, number>>;

const add = (cells: Cells, at: number, cell: string, n = 1) => {
  const day = dayNumber(at);
  let row = cells.get(day);
  if (!row) cells.set(day, (row = new Map<string, number>()));
  row.set(cell, (row.get(cell) ?? 0) + n);
};

const cellName = (...parts: (string | number)[]) => parts.join(SEP);

/**
 * Entries, outcomes and the KPIs of one path (a contact not on a deal, or a deal), with the first
 * touch of its people; an empty path (a deal only shown in a CRM stage not mapped) is a lead first
 * seen at `seen`.
 */
function pathCells(cells: Cells, path: readonly StageEntry[], firstTouch: number, seen?: number): void {
  path.forEach((entry, i) => {
    if (entry.stage === 'lost') {
      add(cells, entry.at, 'X');
      return;
    }
    add(cells, entry.at, cellName('e', entry.stage));
    const next = path[i + 1];
    const days = next ? Math.floor((next.at - entry.at) / DAY) : 0;
    if (!next) add(cells, entry.at, cellName('s', entry.stage));
    else if (next.stage === 'lost') add(cells, entry.at, cellName('l', entry.stage, days));
    else if (stageRank(next.stage) > stageRank(entry.stage)) add(cells, entry.at, cellName('m', entry.stage, days));
  });
  const first = path[0] ?? (seen === undefined ? undefined : { at: seen });
  if (!first) return;
  const signed = signedAt(path);
  add(cells, first.at, 'L');
  if (signed === null) return;
  add(cells, first.at, 'LS');
  add(cells, signed, cellName('S', Math.floor((signed - Math.min(first.at, firstTouch)) / DAY)));
}

/** Whether a stage move in `path` after `at` and within `end` went forward, and whether one was a loss. */
function followed(path: readonly StageEntry[], at: number, end: number): { movedOn: boolean; lost: boolean } {
  let movedOn = false;
  let lost = false;
  let current = path[0]?.stage;
  for (const entry of path) {
    if (entry.at <= at) current = entry.stage;
    else if (entry.at <= end) {
      if (entry.stage === 'lost') lost = true;
      else if (current !== undefined && stageRank(entry.stage) > stageRank(current)) movedOn = true;
    }
  }
  return { movedOn, lost };
}

export interface PersonData {
  id: string;
  contact: DashboardContact | undefined;
  /** Every touch of the person, any order. */
  touches: readonly DashboardTouch[];
  trackUses: readonly DashboardTrackUse[];
  /** The deals (and accounts) that name the person. */
  deals: readonly DashboardDeal[];
  /** Where the panel put the person and those deals over time (Today's index), by key. */
  judged?: JudgedPaths | undefined;
}

/**
 * What one person adds: their touches per day, their follow-ups with the gap before each (a contact
 * in delivery or after-sales follows its own rhythm and adds none), their own stage path when they
 * are on no deal, and each talk track used on them with what followed within 14 days.
 */
export function personCells({ id, contact, touches, trackUses, deals, judged }: PersonData, playbook: Playbook, readObjection?: ReadObjection): Cells {
  const cells: Cells = new Map();
  let firstTouch = Infinity;
  const outbound: number[] = [];
  const inbound: number[] = [];
  for (const touch of touches) {
    add(cells, touch.at, touch.direction === 'outbound' ? 'o' : 'i');
    firstTouch = Math.min(firstTouch, touch.at);
    (touch.direction === 'outbound' ? outbound : inbound).push(touch.at);
    const category = touch.direction === 'inbound' && touch.text && readObjection ? readObjection(touch.text, touch.at) : null;
    if (category !== null) add(cells, touch.at, cellName('h', category));
  }
  if (contact && onCadence(contact)) {
    outbound.sort((a, b) => a - b);
    const tier = tierOf(contact, playbook);
    for (let i = 1; i < outbound.length; i++) {
      const at = outbound[i] ?? 0;
      const gap = dayNumber(at) - dayNumber(outbound[i - 1] ?? 0);
      if (gap <= LOOKBACK_DAYS) add(cells, at, cellName('g', tier, gap));
    }
  }
  const paths = stagePaths(contact ? [contact] : [], deals, playbook, judged);
  const own = paths.get(`contact:${id}`);
  if (own) pathCells(cells, own, firstTouch);

  const word = contact?.lastWord;
  const stop = word && word.at !== null && readStopRequest(word.text) ? word.at : -1;
  for (const use of trackUses) {
    const end = use.at + FOLLOW_DAYS * DAY;
    const within = (at: number) => at > use.at && at <= end;
    const negative = stop >= 0 && within(stop);
    const replied = !negative && inbound.some(within);
    let movedOn = false;
    let lost = false;
    for (const path of paths.values()) {
      const after = followed(path, use.at, end);
      movedOn ||= after.movedOn;
      lost ||= after.lost;
    }
    const track = (outcome: string) => add(cells, use.at, cellName('t', use.objection, use.trackId, outcome));
    track('u');
    if (negative) track('n');
    if (replied) track('r');
    if (movedOn) track('m');
    if (lost) track('l');
    if ((replied || movedOn) && !negative && !lost) track('w');
  }
  return cells;
}

/**
 * What one deal adds: its stage path (CRM stages mapped by the playbook, then where the panel put
 * it: `judged`) and KPIs, the cycle from its people's first touch.
 */
export function dealCells(deal: DashboardDeal, firstTouchOfPeople: number, playbook: Playbook, judged?: readonly JudgedEntry[]): Cells {
  const cells: Cells = new Map();
  const key = `deal:${deal.id}`;
  const path = stagePaths([], [deal], playbook, judged ? new Map([[key, judged]]) : undefined).get(key);
  if (path) pathCells(cells, path, firstTouchOfPeople, deal.createdAt);
  return cells;
}

/** What the drill answers of one day add, overall and per area. */
export function drillCells(answers: readonly DashboardDrillAnswer[]): Cells {
  const cells: Cells = new Map();
  for (const answer of answers) {
    const area = drillAreaOf(answer.questionId);
    add(cells, answer.at, cellName('D', 'n'));
    if (answer.correct) add(cells, answer.at, cellName('D', 'c'));
    if (!area) continue;
    add(cells, answer.at, cellName('d', areaKey(area), 'n'));
    if (answer.correct) add(cells, answer.at, cellName('d', areaKey(area), 'c'));
  }
  return cells;
}

/** Cells as stored with their part (`DashContribution.cells`): `day␂cell␂count` joined by `␃`. */
export function encodeCells(cells: Cells): string {
  const list: string[] = [];
  for (const [day, row] of cells) for (const [cell, n] of row) list.push(`${String(day)}\u0002${cell}\u0002${String(n)}`);
  return list.join('\u0003');
}

/** Calls `visit` with each `day, cell, count` of a stored part. */
export function eachCell(encoded: string, visit: (day: number, cell: string, n: number) => void): void {
  if (encoded === '') return;
  for (const entry of encoded.split('\u0003')) {
    const [day = '', cell = '', n = ''] = entry.split('\u0002');
    visit(Number(day), cell, Number(n));
  }
}
