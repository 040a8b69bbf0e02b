import { STAGE_IDS, type StageId } from '../sop/stages';
import { DAY, dayNumber, median, type Period } from './input';
import { stageRank, type StagePaths } from './paths';

export interface FunnelRow {
  stage: StageId;
  /** Contacts and deals that entered the stage in the period. */
  entered: number;
  /** Of those, how many went on to a later stage by the end of the period. */
  movedOn: number;
  /** Of those, how many are still there with no move for `stallDays` or more. */
  stalled: number;
  /** Of those, how many were lost from it. */
  lost: number;
  /** movedOn ÷ entered; null when none entered (or for the last stage, which has no next). */
  conversion: number | null;
  /** Median whole days from entering to leaving (on or lost), of those that left; null when none left. */
  medianDays: number | null;
}

export interface Funnel {
  rows: FunnelRow[];
  /** The stage before delivery with the lowest conversion among those with at least `minEntered` entries. */
  weakest: StageId | null;
}

/**
 * The funnel by SOP stage over a period: for every entry into a stage in the period, what came of
 * it — moved on (the next stage entered is later in the SOP), lost, stalled (still there after
 * `stallDays` whole local days before the period's end), or still in progress. A move back counts
 * as none of them.
 */
export function computeFunnel(paths: StagePaths, period: Period, stallDays: number, minEntered = 10): Funnel {
  const acc = new Map(STAGE_IDS.map((stage) => [stage, { entered: 0, movedOn: 0, stalled: 0, lost: 0, days: [] as number[] }]));
  for (const path of paths.values()) {
    path.forEach((entry, i) => {
      if (entry.stage === 'lost' || entry.at < period.from || entry.at >= period.to) return;
      const row = acc.get(entry.stage);
      if (!row) return;
      row.entered++;
      const next = path[i + 1];
      if (next) {
        if (next.stage === 'lost') row.lost++;
        else if (stageRank(next.stage) > stageRank(entry.stage)) row.movedOn++;
        if (next.stage === 'lost' || stageRank(next.stage) > stageRank(entry.stage)) row.days.push(Math.floor((next.at - entry.at) / DAY));
      } else if (isStalled(entry.at, period, stallDays)) row.stalled++;
    });
  }
  return funnelOf(acc, minEntered);
}

/** Whether an entry with no move after it has stalled by the period's end: more than `stallDays` local days before it. */
export function isStalled(at: number, period: Period, stallDays: number): boolean {
  return dayNumber(period.to) - dayNumber(at) > stallDays;
}

export interface FunnelCounts {
  entered: number;
  movedOn: number;
  stalled: number;
  lost: number;
  /** Days in the stage of each entry that left it (moved on or lost). */
  days: number[];
}

/** The funnel's rows and weakest stage from each stage's counts. */
export function funnelOf(acc: ReadonlyMap<StageId, FunnelCounts>, minEntered = 10): Funnel {
  const last = STAGE_IDS[STAGE_IDS.length - 1];
  const rows = STAGE_IDS.map((stage): FunnelRow => {
    const row = acc.get(stage) ?? { entered: 0, movedOn: 0, stalled: 0, lost: 0, days: [] };
    return {
      stage,
      entered: row.entered,
      movedOn: row.movedOn,
      stalled: row.stalled,
      lost: row.lost,
      conversion: row.entered > 0 && stage !== last ? row.movedOn / row.entered : null,
      medianDays: median(row.days),
    };
  });
  let weakest: FunnelRow | null = null;
  for (const row of rows) {
    if (stageRank(row.stage) >= stageRank('deliver') || row.conversion === null || row.entered < minEntered) continue;
    if (!weakest || row.conversion < (weakest.conversion ?? 1)) weakest = row;
  }
  return { rows, weakest: weakest?.stage ?? null };
}

/**
 * A stage's bar in the funnel chart: all that entered it, as the table's Entered, split into moved
 * on, still in the stage (in progress, or moved back), stalled and lost.
 */
export function funnelBar(row: Pick<FunnelRow, 'entered' | 'movedOn' | 'stalled' | 'lost'>): [movedOn: number, inStage: number, stalled: number, lost: number] {
  return [row.movedOn, Math.max(0, row.entered - row.movedOn - row.stalled - row.lost), row.stalled, row.lost];
}
