import { readStopRequest } from '../reader/intents';
import { DAY, weekOf, type DashboardContact, type DashboardHeard, type DashboardTouch, type DashboardTrackUse, type Period, type ReadObjection } from './input';
import { stageRank, type StagePaths } from './paths';

/** What followed a talk track is looked for in this many days after it was used. */
export const FOLLOW_DAYS = 14;
/** Below this many uses per track no winner is named, when the playbook sets none. */
export const DEFAULT_MIN_SAMPLE = 20;

export interface TrackRow {
  objection: string;
  trackId: string;
  uses: number;
  /** Uses followed within 14 days by a reply that was not a request to stop. */
  replied: number;
  /** Uses followed within 14 days by a move to a later stage. */
  movedOn: number;
  /** Uses followed within 14 days by the deal being lost. */
  lost: number;
  /** Uses followed by a request to stop ("remove me"): against the track. */
  negative: number;
  /** Uses that did any good (a reply or a move on) and no harm (no stop, no loss). */
  won: number;
  winRate: number | null;
}

export interface ObjectionWeek {
  week: number;
  /** Objections heard that week, by category: each reply read from a page, as the reply reader reads it. */
  counts: Record<string, number>;
}

export interface Tracks {
  rows: TrackRow[];
  /** By objection: the track that wins, or null when too few uses to tell (or a tie). */
  winners: Record<string, string | null>;
  weeks: ObjectionWeek[];
  minSample: number;
}

/**
 * Objections and talk tracks (DOMAIN.md § 7, A/B of two tracks at one step). An objection is
 * heard when a reply read from a page voices it (as the reply reader reads it, with the rep's
 * corrections: `readObjection`), one per reply, or when it was heard and read elsewhere (`heard`: the
 * team view's objections logged to the CRM by each rep's panel). For each use in the period, what
 * followed within 14 days: a reply (an inbound touch), a stage moved on, a lost deal, or a request
 * to stop (their last words ask it): that counts against the track. A winner is named only when
 * every track of the objection has at least `minSample` uses and one has the best win rate alone.
 */
export function computeTracks(
  uses: readonly DashboardTrackUse[],
  touches: readonly DashboardTouch[],
  contacts: readonly DashboardContact[],
  paths: StagePaths,
  pathKeysOf: Map<string, string[]>,
  period: Period,
  minSample = DEFAULT_MIN_SAMPLE,
  readObjection?: ReadObjection,
  heardElsewhere: readonly DashboardHeard[] = [],
): Tracks {
  // Only the people talk tracks were used on are looked at.
  const used = new Set<string>();
  for (const use of uses) if (use.at >= period.from && use.at < period.to) used.add(use.contactId);
  const inbound = new Map<string, number[]>();
  for (const t of touches) {
    if (t.direction !== 'inbound' || !used.has(t.contactId)) continue;
    const list = inbound.get(t.contactId);
    if (list) list.push(t.at);
    else inbound.set(t.contactId, [t.at]);
  }
  const byId = new Map<string, DashboardContact>();
  for (const c of contacts) if (used.has(c.id)) byId.set(c.id, c);
  const stopAt = new Map<string, number>();
  const rows = new Map<string, TrackRow>();
  const heard = new Map<number, Record<string, number>>();
  const hear = (category: string, at: number) => {
    if (at < period.from || at >= period.to) return;
    const week = weekOf(at);
    const counts = heard.get(week) ?? {};
    heard.set(week, counts);
    counts[category] = (counts[category] ?? 0) + 1;
  };
  for (const t of touches) {
    if (t.direction !== 'inbound' || !t.text || !readObjection || t.at < period.from || t.at >= period.to) continue;
    const category = readObjection(t.text, t.at);
    if (category !== null) hear(category, t.at);
  }
  for (const h of heardElsewhere) hear(h.objection, h.at);
  for (const use of uses) {
    if (use.at < period.from || use.at >= period.to) continue;
    const key = `${use.objection}\u0000${use.trackId}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { objection: use.objection, trackId: use.trackId, uses: 0, replied: 0, movedOn: 0, lost: 0, negative: 0, won: 0, winRate: null }));
    row.uses++;

    const end = use.at + FOLLOW_DAYS * DAY;
    const within = (at: number) => at > use.at && at <= end;
    const contact = byId.get(use.contactId);
    let stop = stopAt.get(use.contactId);
    if (stop === undefined) {
      const word = contact?.lastWord;
      stop = word && word.at !== null && readStopRequest(word.text) ? word.at : -1;
      stopAt.set(use.contactId, stop);
    }
    const negative = stop >= 0 && within(stop);
    const replied = !negative && (inbound.get(use.contactId) ?? []).some(within);
    let movedOn = false;
    let lost = false;
    for (const pathKey of [`contact:${use.contactId}`, ...(pathKeysOf.get(use.contactId) ?? [])]) {
      const path = paths.get(pathKey);
      if (!path) continue;
      let current = path[0]?.stage;
      for (const entry of path) {
        if (entry.at <= use.at) current = entry.stage;
        else if (within(entry.at)) {
          if (entry.stage === 'lost') lost = true;
          else if (current !== undefined && stageRank(entry.stage) > stageRank(current)) movedOn = true;
        }
      }
    }
    if (negative) row.negative++;
    if (replied) row.replied++;
    if (movedOn) row.movedOn++;
    if (lost) row.lost++;
    if ((replied || movedOn) && !negative && !lost) row.won++;
  }
  const weeks = [...heard.entries()].map(([week, counts]) => ({ week, counts }));
  return tracksOf(rows.values(), weeks, minSample);
}

/** The track rows (win rates set), the winner of each objection and the weeks in order, from the counts. */
export function tracksOf(rows: Iterable<TrackRow>, weeks: ObjectionWeek[], minSample: number): Tracks {
  const list = [...rows].sort((a, b) => a.objection.localeCompare(b.objection) || b.uses - a.uses || a.trackId.localeCompare(b.trackId));
  for (const row of list) row.winRate = row.uses > 0 ? row.won / row.uses : null;
  const winners: Record<string, string | null> = {};
  for (const objection of new Set(list.map((r) => r.objection))) {
    const tracks = list.filter((r) => r.objection === objection);
    const rate = (r: TrackRow) => r.winRate ?? 0;
    const best = [...tracks].sort((a, b) => rate(b) - rate(a))[0];
    const enough = tracks.length >= 2 && tracks.every((r) => r.uses >= minSample);
    winners[objection] = enough && best && tracks.filter((r) => rate(r) === rate(best)).length === 1 ? best.trackId : null;
  }
  weeks.sort((a, b) => a.week - b.week);
  return { rows: list, winners, weeks, minSample };
}
