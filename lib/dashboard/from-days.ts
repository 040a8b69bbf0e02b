import type { DashDay } from '../db/records';
import { TIER_IDS, type TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { cadenceOf, countGap, everyDaysOf, type CadenceCounts, type TouchDay } from './cadence';
import { DEFAULT_STALLED_DAYS, type Dashboard } from './compute';
import { SEP } from './day-cells';
import { drillsOf, laterHalfFrom, type DrillArea, type DrillCounts } from './drills';
import { funnelOf, type FunnelCounts } from './funnel';
import { addDays, dayNumber, weekOf, type Period } from './input';
import { kpisOf } from './kpis';
import { DEFAULT_MIN_SAMPLE, tracksOf, type ObjectionWeek, type TrackRow } from './tracks';

const TRACK_FIELDS = { u: 'uses', r: 'replied', m: 'movedOn', l: 'lost', n: 'negative', w: 'won' } as const;

/**
 * The whole dashboard of a period from the day rows of its days (lib/dashboard/day-cells.ts names
 * each count): what `computeDashboard` computes from the records, summed instead of recomputed.
 */
export function dashboardFromDays(days: readonly DashDay[], playbook: Playbook, period: Period): Dashboard {
  const first = dayNumber(period.from);
  const end = dayNumber(period.to);
  const later = laterHalfFrom(period);
  const stallDays = playbook.triggers.stalledAfterDays ?? DEFAULT_STALLED_DAYS;
  const every = new Map(TIER_IDS.map((tier) => [tier, everyDaysOf(playbook, tier)]));

  const funnel = new Map<StageId, FunnelCounts>(STAGE_IDS.map((stage) => [stage, { entered: 0, movedOn: 0, stalled: 0, lost: 0, days: [] }]));
  const cadence = new Map<TierId, CadenceCounts>(TIER_IDS.map((tier) => [tier, { onTime: 0, late: 0, skipped: 0 }]));
  const perDay = new Map<number, TouchDay>();
  const tracks = new Map<string, TrackRow>();
  const heard = new Map<number, ObjectionWeek>();
  const drillAreas = new Map<string, DrillCounts>();
  const drillWeeks = new Map<number, { week: number; answered: number; correct: number }>();
  const kpi = { newLeads: 0, newSigned: 0, signed: 0, lost: 0, cycles: [] as number[] };

  for (const { day, at, cells } of days) {
    if (day < first || day >= end) continue;
    const week = weekOf(at);
    const touchDay: TouchDay = { day: at, outbound: 0, inbound: 0 };
    perDay.set(day, touchDay);
    for (const [cell, n] of Object.entries(cells)) {
      const [kind = '', a = '', b = '', c = ''] = cell.split(SEP);
      switch (kind) {
        case 'o':
          touchDay.outbound += n;
          break;
        case 'i':
          touchDay.inbound += n;
          break;
        case 'g': {
          const row = cadence.get(a as TierId);
          if (row) countGap(row, Number(b), every.get(a as TierId) ?? 7, n);
          break;
        }
        case 'e':
        case 'm':
        case 'l':
        case 's': {
          const row = funnel.get(a as StageId);
          if (!row) break;
          if (kind === 'e') row.entered += n;
          else if (kind === 's') {
            if (end - day > stallDays) row.stalled += n;
          } else {
            if (kind === 'm') row.movedOn += n;
            else row.lost += n;
            for (let k = 0; k < n; k++) row.days.push(Number(b));
          }
          break;
        }
        case 'L':
          kpi.newLeads += n;
          break;
        case 'LS':
          kpi.newSigned += n;
          break;
        case 'S':
          kpi.signed += n;
          for (let k = 0; k < n; k++) kpi.cycles.push(Number(a));
          break;
        case 'X':
          kpi.lost += n;
          break;
        case 'h': {
          const counts = heard.get(week) ?? { week, counts: {} };
          heard.set(week, counts);
          counts.counts[a] = (counts.counts[a] ?? 0) + n;
          break;
        }
        case 't': {
          const key = `${a}${SEP}${b}`;
          let row = tracks.get(key);
          if (!row) tracks.set(key, (row = { objection: a, trackId: b, uses: 0, replied: 0, movedOn: 0, lost: 0, negative: 0, won: 0, winRate: null }));
          const field = TRACK_FIELDS[c as keyof typeof TRACK_FIELDS] as (typeof TRACK_FIELDS)[keyof typeof TRACK_FIELDS] | undefined;
          if (field) row[field] += n;
          break;
        }
        case 'D': {
          const w = drillWeeks.get(week) ?? { week, answered: 0, correct: 0 };
          drillWeeks.set(week, w);
          if (a === 'n') w.answered += n;
          else w.correct += n;
          break;
        }
        case 'd': {
          const [areaKind, areaId = ''] = a.split(':');
          const area = { kind: areaKind, id: areaId } as DrillArea;
          const entry = drillAreas.get(a) ?? { area, answered: [0, 0], correct: [0, 0] };
          drillAreas.set(a, entry);
          const half = day < later ? 0 : 1;
          if (b === 'n') entry.answered[half] += n;
          else entry.correct[half] += n;
          break;
        }
      }
    }
  }
  const touchDays: TouchDay[] = [];
  for (let at = period.from; at < period.to; at = addDays(at, 1)) touchDays.push(perDay.get(dayNumber(at)) ?? { day: at, outbound: 0, inbound: 0 });
  const { newLeads, newSigned, signed, lost, cycles } = kpi;
  return {
    funnel: funnelOf(funnel),
    cadence: cadenceOf(cadence, touchDays, playbook),
    tracks: tracksOf(tracks.values(), [...heard.values()], playbook.triggers.trackMinUses ?? DEFAULT_MIN_SAMPLE),
    drills: drillsOf(drillAreas.values(), drillWeeks.values()),
    kpis: kpisOf({ newLeads, newSigned, signed, lost, cycles }),
  };
}
