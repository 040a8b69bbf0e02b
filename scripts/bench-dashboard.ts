/**
 * The dashboard at scale (issue 18), in Node: the e2e test's seed made at scale
 * (tests/support/dashboard-seed.ts, AT_SCALE: 100,000 people, about 1,000,000 touches over two
 * years, 2,000 deals, 20,000 talk-track uses, 5,000 drill answers). Measured:
 * - the dashboard of the last 90 days recomputed from the records (as before schema 9), for comparison;
 * - the parts of every person, deal and drill day folded into day rows in memory (what the build
 *   after the upgrade computes, without IndexedDB);
 * - the dashboard of 90 and 365 days summed from those day rows (what the page computes now), its
 *   median of 5 runs and the heap it holds; checked equal to the recomputed one and to the seed's
 *   own tallies.
 * BENCH_DASHBOARD_CONTACTS=n for a smaller store. The page in the browser at scale:
 * scripts/bench-dashboard-browser.ts.
 */
import { isDeepStrictEqual } from 'node:util';
import { computeDashboard, type Dashboard } from '../lib/dashboard/compute';
import { dealCells, drillCells, personCells, type Cells } from '../lib/dashboard/day-cells';
import { dashboardFromDays } from '../lib/dashboard/from-days';
import { dayNumber, midnightOf, periodOf, type DashboardContact, type DashboardDeal, type DashboardDrillAnswer, type DashboardTouch, type DashboardTrackUse, type ReadObjection } from '../lib/dashboard/input';
import type { DashDay } from '../lib/db/records';
import { DEFAULT_PLAYBOOK } from '../lib/playbook/default-playbook';
import { readerExamples, readReply } from '../lib/reader/read-reply';
import { AT_SCALE, seedQuarter, type Expected, type SeedSize } from '../tests/support/dashboard-seed';
import { round, summarise } from './bench-stats';

/** The seed at scale, `people` contacts and deals in all (deals a fiftieth of them). */
export function scaledSize(people: number): SeedSize {
  const deals = Math.round(people / 50);
  const ratio = people / (AT_SCALE.people + AT_SCALE.deals);
  return { ...AT_SCALE, people: people - deals, deals, trackUses: Math.round(AT_SCALE.trackUses * ratio), drillAnswers: Math.max(100, Math.round(AT_SCALE.drillAnswers * ratio)) };
}

const group = <T extends { contactId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.contactId);
    if (list) list.push(row);
    else map.set(row.contactId, [row]);
  }
  return map;
};

/** Every part folded into day rows, as the build after the upgrade does (lib/dashboard/aggregates.ts), in memory. */
/** The reply reader with the playbook's case library (a fresh browser has no corrections). */
const examples = readerExamples([], DEFAULT_PLAYBOOK.cases ?? []);
const readObjection: ReadObjection = (text, at) => {
  const { category } = readReply(text, at, examples);
  return category === 'none' ? null : category;
};

export function foldDays(contacts: readonly DashboardContact[], deals: readonly DashboardDeal[], touches: readonly DashboardTouch[], trackUses: readonly DashboardTrackUse[], drillAnswers: readonly DashboardDrillAnswer[]): DashDay[] {
  const days = new Map<number, Record<string, number>>();
  const addCells = (cells: Cells) => {
    for (const [day, row] of cells) {
      let stored = days.get(day);
      if (!stored) days.set(day, (stored = {}));
      for (const [cell, n] of row) stored[cell] = (stored[cell] ?? 0) + n;
    }
  };
  const touchesOf = group(touches);
  const usesOf = group(trackUses);
  const dealsOf = new Map<string, DashboardDeal[]>();
  for (const deal of deals) for (const id of deal.contactIds) dealsOf.set(id, [...(dealsOf.get(id) ?? []), deal]);
  const ids = new Set([...contacts.map((c) => c.id), ...touchesOf.keys(), ...usesOf.keys()]);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const id of ids) addCells(personCells({ id, contact: byId.get(id), touches: touchesOf.get(id) ?? [], trackUses: usesOf.get(id) ?? [], deals: dealsOf.get(id) ?? [] }, DEFAULT_PLAYBOOK, readObjection));
  for (const deal of deals) {
    let first = Infinity;
    for (const id of deal.contactIds) for (const t of touchesOf.get(id) ?? []) first = Math.min(first, t.at);
    addCells(dealCells(deal, first, DEFAULT_PLAYBOOK));
  }
  const drillDays = new Map<number, DashboardDrillAnswer[]>();
  for (const answer of drillAnswers) drillDays.set(dayNumber(answer.at), [...(drillDays.get(dayNumber(answer.at)) ?? []), answer]);
  for (const answers of drillDays.values()) addCells(drillCells(answers));
  return [...days].map(([day, cells]) => ({ day, at: midnightOf(day), cells }));
}

/** The seed's own tallies against what the dashboard shows (the same checks as the e2e test). */
export function agreesWithSeed(dashboard: Dashboard, expected: Expected): boolean {
  const funnel = dashboard.funnel.rows.every((row) => {
    const e = expected.funnel[row.stage];
    return row.entered === e.entered && row.movedOn === e.movedOn && row.stalled === e.stalled && row.lost === e.lost;
  });
  const cadence = dashboard.cadence.rows.every((row) => {
    const e = expected.cadence[row.tier];
    return row.onTime === e.onTime && row.late === e.late && row.skipped === e.skipped;
  });
  const { kpis } = expected;
  const heard = dashboard.tracks.weeks.every((w) => JSON.stringify(Object.entries(w.counts).sort()) === JSON.stringify(Object.entries(expected.objections[String(w.week)] ?? {}).sort()));
  return funnel && cadence && heard && dashboard.tracks.weeks.length === Object.keys(expected.objections).length && dashboard.kpis.newLeads === kpis.newLeads && dashboard.kpis.signed === kpis.signed && dashboard.kpis.lost === kpis.lost;
}

function timed<T>(run: () => T, times: number): { value: T; ms: number; cpuMs: number; heapMb: number } {
  const samples: number[] = [];
  const cpu: number[] = [];
  let heap = 0;
  let value: T | undefined;
  for (let i = 0; i < times; i++) {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    value = run();
    const used = process.cpuUsage(cpuStart);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
  }
  return { value: value as T, ms: summarise(samples).median, cpuMs: summarise(cpu).median, heapMb: heap / 1024 / 1024 };
}

export function benchDashboard(results: Record<string, number>): void {
  const people = Number(process.env.BENCH_DASHBOARD_CONTACTS ?? 100_000);
  const now = Date.now();
  const { seed, expected } = seedQuarter(now, scaledSize(people));
  const contacts = seed.contacts as unknown as DashboardContact[];
  const deals = seed.deals as unknown as DashboardDeal[];
  const { touches, trackUses, drillAnswers } = seed;
  const playbook = DEFAULT_PLAYBOOK;
  const record = (name: string, m: { ms: number; cpuMs: number; heapMb: number }) => {
    results[`dashboard.${name}.median_ms`] = round(m.ms);
    // CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
    results[`dashboard.${name}.median_cpu_ms`] = round(m.cpuMs);
    results[`dashboard.${name}.heap_mb`] = round(m.heapMb, 1);
  };
  results['dashboard.contacts'] = contacts.length;
  results['dashboard.deals'] = deals.length;
  results['dashboard.touches'] = touches.length;

  const period90 = periodOf(90, now);
  const recomputed = timed(() => computeDashboard({ contacts, deals, touches, trackUses, drillAnswers, playbook, period: period90, readObjection }), 3);
  record('recompute_from_records_90d', recomputed);

  const folded = timed(() => foldDays(contacts, deals, touches, trackUses, drillAnswers), 1);
  results['dashboard.fold_in_memory.ms'] = round(folded.ms);
  const days = folded.value;
  results['dashboard.day_rows'] = days.length;
  results['dashboard.day_rows.kb'] = round(JSON.stringify(days).length / 1024, 1);

  const fromDays90 = timed(() => dashboardFromDays(days, playbook, period90), 5);
  record('from_aggregates_90d', fromDays90);
  const period365 = periodOf(365, now);
  record('from_aggregates_365d', timed(() => dashboardFromDays(days, playbook, period365), 5));

  if (!isDeepStrictEqual(fromDays90.value, recomputed.value)) throw new Error('the dashboard from the aggregates differs from the one recomputed from the records');
  if (!agreesWithSeed(fromDays90.value, expected)) throw new Error('the dashboard differs from the seed’s own tallies');
  results['dashboard.agrees_with_records_and_seed'] = 1;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  benchDashboard(results);
  console.log(results);
}
