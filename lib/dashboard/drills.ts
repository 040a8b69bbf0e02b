import { OBJECTION_IDS } from '../playbook/ids';
import type { StageId } from '../sop/stages';
import { STAGE_IDS } from '../sop/stages';
import { dayNumber, weekOf, type DashboardDrillAnswer, type Period } from './input';

/** A drill area: a stage of the SOP or an objection category. */
export type DrillArea = { kind: 'stage'; id: StageId } | { kind: 'objection'; id: string };

/**
 * The area a drill question practises, by its id (lib/engine/drill.ts): hidden concerns and talk
 * tracks practise an objection, exit criteria and key tasks a stage, tiers the qualification stage.
 */
export function drillAreaOf(questionId: string): DrillArea | null {
  const [kind, subject] = questionId.split(':');
  if ((kind === 'concern' || kind === 'response') && subject && (OBJECTION_IDS as readonly string[]).includes(subject)) return { kind: 'objection', id: subject };
  if ((kind === 'exit' || kind === 'task') && subject && (STAGE_IDS as readonly string[]).includes(subject)) return { kind: 'stage', id: subject as StageId };
  if (kind === 'tier') return { kind: 'stage', id: 'qualify' };
  return null;
}

export const areaKey = (area: DrillArea): string => `${area.kind}:${area.id}`;

export interface DrillRow {
  area: DrillArea;
  answered: number;
  correct: number;
  score: number;
  /** The score in the earlier and the later half of the period's days (null with no answer in that half). */
  firstHalf: number | null;
  secondHalf: number | null;
}

export interface Drills {
  /** Weakest first: lowest score, then the most answered. */
  rows: DrillRow[];
  /** All answers by week: answered and right. */
  weeks: { week: number; answered: number; correct: number }[];
}

/** The first local day of the later half of a period. */
export function laterHalfFrom(period: Period): number {
  const from = dayNumber(period.from);
  return from + Math.floor((dayNumber(period.to) - from) / 2);
}

export interface DrillCounts {
  area: DrillArea;
  /** Answered and right in the earlier and the later half of the period. */
  answered: [number, number];
  correct: [number, number];
}

/** The drill rows, weakest first, from each area's counts. */
export function drillsOf(areas: Iterable<DrillCounts>, weeks: Iterable<{ week: number; answered: number; correct: number }>): Drills {
  const score = (answered: number, correct: number) => (answered > 0 ? correct / answered : null);
  const rows = [...areas].map(({ area, answered, correct }): DrillRow => {
    const all = answered[0] + answered[1];
    const right = correct[0] + correct[1];
    return { area, answered: all, correct: right, score: right / all, firstHalf: score(answered[0], correct[0]), secondHalf: score(answered[1], correct[1]) };
  });
  rows.sort((a, b) => a.score - b.score || b.answered - a.answered || areaKey(a.area).localeCompare(areaKey(b.area)));
  return { rows, weeks: [...weeks].sort((a, b) => a.week - b.week) };
}

/** Drill scores by stage and objection over the period, the weakest area first. */
export function computeDrills(answers: readonly DashboardDrillAnswer[], period: Period): Drills {
  const byArea = new Map<string, DrillCounts>();
  const weeks = new Map<number, { week: number; answered: number; correct: number }>();
  const later = laterHalfFrom(period);
  for (const answer of answers) {
    if (answer.at < period.from || answer.at >= period.to) continue;
    const week = weekOf(answer.at);
    const w = weeks.get(week) ?? { week, answered: 0, correct: 0 };
    weeks.set(week, w);
    w.answered++;
    if (answer.correct) w.correct++;
    const area = drillAreaOf(answer.questionId);
    if (!area) continue;
    const key = areaKey(area);
    const entry = byArea.get(key) ?? { area, answered: [0, 0], correct: [0, 0] };
    byArea.set(key, entry);
    const half = dayNumber(answer.at) < later ? 0 : 1;
    entry.answered[half]++;
    if (answer.correct) entry.correct[half]++;
  }
  return drillsOf(byArea.values(), weeks.values());
}
