/**
 * The dashboard at scale (issue 18): 100,000 contacts, 1,000,000 touches over two years, 2,000
 * deals, 20,000 talk-track uses and 5,000 drill answers, made in memory; the whole dashboard of
 * the last 90 days computed by the page's own code (lib/dashboard/compute.ts) from what its loader
 * reads (the period's touches and 90 days before), and from every touch for comparison. Reports
 * the median of 5 runs and the heap the computation holds. BENCH_DASHBOARD_CONTACTS=n for a
 * smaller store.
 */
import { computeDashboard } from '../lib/dashboard/compute';
import { periodOf, DAY, LOOKBACK_DAYS, type DashboardContact, type DashboardDeal, type DashboardInput, type DashboardTouch } from '../lib/dashboard/input';
import { DEFAULT_PLAYBOOK } from '../lib/playbook/default-playbook';
import { STAGE_IDS } from '../lib/sop/stages';
import { round, summarise } from './bench-stats';

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BANTS = [undefined, { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null }, { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 }] as const;
const SF = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];

export function makeStore(contactCount: number, touchCount: number, now: number): Omit<DashboardInput, 'period' | 'playbook'> {
  const rand = random(7);
  const span = 730 * DAY;
  const contacts: DashboardContact[] = [];
  for (let i = 0; i < contactCount; i++) {
    const createdAt = now - rand() * span;
    const moves = Math.floor(rand() * 6);
    const history = [];
    let at = createdAt;
    for (let m = 0; m < moves; m++) {
      at += rand() * 20 * DAY;
      if (at > now) break;
      history.push({ from: STAGE_IDS[m] ?? 'prospect', to: STAGE_IDS[m + 1] ?? 'retain', at });
    }
    const last = history.at(-1);
    contacts.push({ id: `c${i}`, stage: last?.to ?? 'prospect', createdAt, stageChangedAt: last?.at ?? createdAt, ...(history.length > 0 ? { stageHistory: history } : {}), bant: BANTS[i % 3], ...(i % 50 === 0 ? { lastWord: { at: now - rand() * 60 * DAY, text: i % 100 === 0 ? 'Please remove me from your list.' : 'Thanks, let us talk next week.' } } : {}) });
  }
  const deals: DashboardDeal[] = [];
  for (let i = 0; i < contactCount / 50; i++) {
    const createdAt = now - rand() * span;
    const steps = 1 + Math.floor(rand() * 7);
    deals.push({ id: `salesforce:deal:${i}`, crm: 'salesforce', record: { type: 'deal', stage: SF[steps] }, contactIds: [`c${i * 50 + 1}`], createdAt, stageHistory: SF.slice(0, steps + 1).map((stage, k) => ({ stage, at: createdAt + k * 9 * DAY })) });
  }
  const touches: DashboardTouch[] = [];
  for (let i = 0; i < touchCount; i++) touches.push({ contactId: `c${Math.floor(rand() * contactCount)}`, at: now - rand() * span, direction: rand() < 0.7 ? 'outbound' : 'inbound' });
  touches.sort((a, b) => a.at - b.at);
  const trackUses = Array.from({ length: touchCount / 50 }, () => ({ contactId: `c${Math.floor(rand() * contactCount)}`, objection: 'price', trackId: rand() < 0.5 ? 'price-roi' : 'price-value-add', at: now - rand() * span }));
  const drillAnswers = Array.from({ length: 5_000 }, (_, i) => ({ questionId: ['exit:discover', 'tier:1', 'concern:price:0', 'response:budget'][i % 4] ?? 'tier:1', correct: rand() < 0.6, at: now - rand() * span }));
  return { contacts, deals, touches, trackUses, drillAnswers };
}

export function benchDashboard(results: Record<string, number>): void {
  const contactCount = Number(process.env.BENCH_DASHBOARD_CONTACTS ?? 100_000);
  const touchCount = contactCount * 10;
  const now = Date.now();
  const store = makeStore(contactCount, touchCount, now);
  const period = periodOf(90, now);
  const read = store.touches.filter((t) => t.at >= period.from - LOOKBACK_DAYS * DAY && t.at < period.to);
  const run = (touches: readonly DashboardTouch[]) => {
    const samples: number[] = [];
    const cpu: number[] = [];
    let heap = 0;
    for (let i = 0; i < 5; i++) {
      global.gc?.();
      const before = process.memoryUsage().heapUsed;
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const dashboard = computeDashboard({ ...store, touches, playbook: DEFAULT_PLAYBOOK, period });
      const used = process.cpuUsage(cpuStart);
      samples.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
      heap = Math.max(heap, process.memoryUsage().heapUsed - before);
      if (dashboard.funnel.rows.length !== STAGE_IDS.length) throw new Error('dashboard incomplete');
    }
    return { ms: summarise(samples).median, cpuMs: summarise(cpu).median, mb: heap / 1024 / 1024 };
  };
  const period90 = run(read);
  const all = run(store.touches);
  results['dashboard.contacts'] = contactCount;
  results['dashboard.touches'] = touchCount;
  results['dashboard.touches_read'] = read.length;
  results['dashboard.compute_90d.median_ms'] = round(period90.ms);
  // CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
  results['dashboard.compute_90d.median_cpu_ms'] = round(period90.cpuMs);
  results['dashboard.compute_90d.heap_mb'] = round(period90.mb, 1);
  results['dashboard.compute_all_touches.median_ms'] = round(all.ms);
  results['dashboard.compute_all_touches.median_cpu_ms'] = round(all.cpuMs);
  results['dashboard.compute_all_touches.heap_mb'] = round(all.mb, 1);
  results['dashboard.store_heap_mb'] = round(process.memoryUsage().heapUsed / 1024 / 1024, 1);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  benchDashboard(results);
  console.log(results);
}
