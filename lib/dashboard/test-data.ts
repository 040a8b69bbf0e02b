import type { DashboardContact, DashboardDeal } from './input';

/** Local 10:00 of a day in October 2026 (day 0 = 1 October). */
export const on = (day: number, hour = 10): number => new Date(2026, 9, 1 + day, hour).getTime();

export function contact(id: string, moves: [string, number][], extra: Partial<DashboardContact> = {}): DashboardContact {
  const [first, ...rest] = moves;
  const history = rest.map(([to, day], i) => ({ from: (moves[i]?.[0] ?? 'prospect') as never, to: to as never, at: on(day) }));
  const last = moves.at(-1);
  return {
    id,
    stage: (last?.[0] ?? 'prospect') as never,
    createdAt: on(first?.[1] ?? 0),
    stageChangedAt: on(last?.[1] ?? 0),
    ...(history.length > 0 ? { stageHistory: history } : {}),
    ...extra,
  };
}

export function deal(id: string, stages: [string, number][], contactIds: string[] = []): DashboardDeal {
  return { id, crm: 'salesforce', record: { type: 'deal', stage: stages.at(-1)?.[0] }, contactIds, createdAt: on(stages[0]?.[1] ?? 0), stageHistory: stages.map(([stage, day]) => ({ stage, at: on(day) })) };
}
