import { OBJECTION_IDS } from '../playbook/ids';
import type { StageId } from '../sop/stages';
import { STAGE_IDS } from '../sop/stages';
import { weekOf, type DashboardDrillAnswer, type Period } from './input';

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
  /** The score of the earlier and the later half of the period's answers to this area (null with fewer than 2). */
  firstHalf: number | null;
  secondHalf: number | null;
}

export interface Drills {
  /** Weakest first: lowest score, then the most answered. */
  rows: DrillRow[];
  /** All answers by week: answered and right. */
  weeks: { week: number; answered: number; correct: number }[];
}

/** Drill scores by stage and objection over the period, the weakest area first. */
export function computeDrills(answers: readonly DashboardDrillAnswer[], period: Period): Drills {
  const byArea = new Map<string, { area: DrillArea; list: DashboardDrillAnswer[] }>();
  const weeks = new Map<number, { week: number; answered: number; correct: number }>();
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
    const entry = byArea.get(key) ?? { area, list: [] };
    byArea.set(key, entry);
    entry.list.push(answer);
  }
  const score = (list: readonly DashboardDrillAnswer[]) => (list.length > 0 ? list.filter((a) => a.correct).length / list.length : null);
  const rows = [...byArea.values()].map(({ area, list }): DrillRow => {
    const sorted = [...list].sort((a, b) => a.at - b.at);
    const half = sorted.length >> 1;
    const correct = sorted.filter((a) => a.correct).length;
    return {
      area,
      answered: sorted.length,
      correct,
      score: correct / sorted.length,
      firstHalf: sorted.length >= 2 ? score(sorted.slice(0, half)) : null,
      secondHalf: sorted.length >= 2 ? score(sorted.slice(half)) : null,
    };
  });
  rows.sort((a, b) => a.score - b.score || b.answered - a.answered || areaKey(a.area).localeCompare(areaKey(b.area)));
  return { rows, weeks: [...weeks.values()].sort((a, b) => a.week - b.week) };
}
