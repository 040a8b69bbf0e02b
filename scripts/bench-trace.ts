/**
 * `BENCH_CHROME_TRACE=1` (scale bench): a Chrome trace of an extension page over CDP (the
 * `devtools.timeline`, V8 and its collector's, Blink's collector's, IndexedDB's, the scheduler's,
 * input's and the frames' categories, and the page's user timing), read back as the main threads'
 * long tasks and, inside each, the browser's own events by name and time (a collection, a value
 * read from IndexedDB, a script): what a long task with no script attributed to it spent its time
 * on; and, from the first keystroke to the frame that showed its answer, every task of the page's
 * main thread and the frames of its compositor ({@link keystrokeWindow}). `BENCH_CHROME_TRACE_DIR`
 * keeps each trace there as JSON (for chrome://tracing or Perfetto). Costs the page a little while
 * on: not for figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; url?: string; functionName?: string }; detail?: string } & Record<string, unknown>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'v8.gc',
  'disabled-by-default-v8.gc',
  'blink.gc',
  'IndexedDB',
  'v8.execute',
  'blink.user_timing',
  'input',
  'benchmark',
  'cc',
  'viz',
  'scheduler',
  'renderer.scheduler',
  'sequence_manager',
];

export interface Tracing {
  stop(): Promise<string[]>;
}

let traces = 0;

/**
 * Starts tracing `page`'s browser; `stop` ends it and describes each main-thread task of `longMs`
 * or more, and the window from the mark `bench-keystroke` to the mark `bench-answered` (the
 * bench's probe sets them for the first keystroke).
 */
export async function startTrace(context: BrowserContext, page: Page, longMs = 100): Promise<Tracing> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const dir = process.env.BENCH_CHROME_TRACE_DIR;
      const kept: string[] = [];
      if (dir) {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `trace-${String(++traces)}.json`);
        writeFileSync(file, JSON.stringify({ traceEvents: events }));
        kept.push(`trace kept in ${file}`);
      }
      return [...kept, ...longTasks(events, longMs), ...keystrokeWindow(events)];
    },
  };
}

const key = (e: { pid: number; tid: number }) => `${String(e.pid)}:${String(e.tid)}`;
const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
/** The outermost of nested task events (a task is traced both by its thread controller and as `RunTask`), by start. */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  const lastOf = new Map<string, TraceEvent>();
  for (const task of sorted) {
    const last = lastOf.get(key(task));
    if (last && task.ts + (task.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
    kept.push(task);
    lastOf.set(key(task), task);
  }
  return kept;
}

/** The threads named `name` (e.g. `CrRendererMain`, `Compositor`). */
function threadsNamed(events: readonly TraceEvent[], name: string): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === name).map(key));
}

/** Each main thread's tasks of `longMs` or more: when (ms after the first), how long, and the events inside by name (ms, most first). */
function longTasks(events: readonly TraceEvent[], longMs: number): string[] {
  const mains = threadsNamed(events, 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(key(e)));
  const first = Math.min(...onMain.map((e) => e.ts));
  const tasks = outermost(onMain.filter((e) => isTask(e) && (e.dur ?? 0) >= longMs * 1000));
  return tasks.map((task) => `renderer ${String(task.pid)} +${((task.ts - first) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms [${inside(onMain, task, 14)}]`);
}

/** The events inside `task` on its thread, by name with their total time (ms, most first). */
function inside(onThread: readonly TraceEvent[], task: TraceEvent, top: number): string {
  const end = task.ts + (task.dur ?? 0);
  const byName = new Map<string, number>();
  for (const e of onThread) {
    if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts + (e.dur ?? 0) > end || isTask(e)) continue;
    const label = e.args?.data?.type ? `${e.name}(${e.args.data.type})` : e.name;
    byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join('; ');
}

/**
 * From the user-timing mark `bench-keystroke` to `bench-answered` (the first keystroke and the
 * frame that showed its answer): each task of that page's main thread (ms after the keystroke, its
 * length, what was inside), the time with no task, and the frames its compositor began and drew.
 */
function keystrokeWindow(events: readonly TraceEvent[]): string[] {
  const markAt = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const from = markAt('bench-keystroke');
  const to = markAt('bench-answered');
  if (!from || !to) return ['no keystroke marks in the trace'];
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === from.pid);
  const mainKey = main ? key(main) : key(from);
  const onMain = events.filter((e) => e.ph === 'X' && key(e) === mainKey);
  const at = (ts: number) => `+${((ts - from.ts) / 1000).toFixed(1)}`;
  const tasks = outermost(onMain.filter((e) => isTask(e) && e.ts + (e.dur ?? 0) >= from.ts && e.ts <= to.ts)).sort((a, b) => a.ts - b.ts);
  const busy = tasks.reduce((sum, task) => sum + Math.min(task.ts + (task.dur ?? 0), to.ts) - Math.max(task.ts, from.ts), 0);
  const lines = [`first keystroke → its answer's frame: ${((to.ts - from.ts) / 1000).toFixed(1)} ms, of it the main thread in ${String(tasks.length)} tasks ${(busy / 1000).toFixed(1)} ms`];
  for (const task of tasks) {
    if ((task.dur ?? 0) < 500) continue;
    lines.push(`  task ${at(task.ts)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms [${inside(onMain, task, 6)}]`);
  }
  // The compositor's frames of that renderer: when each began and whether the main thread took part.
  const compositors = threadsNamed(events, 'Compositor');
  const frames = events
    .filter((e) => compositors.has(key(e)) && e.pid === from.pid && e.ts >= from.ts - 20_000 && e.ts <= to.ts + 20_000)
    .filter((e) => ['BeginFrame', 'ProxyImpl::BeginMainFrame', 'ScheduledActionSendBeginMainFrame', 'ProxyImpl::ScheduledActionDraw', 'ScheduledActionDraw', 'DrawFrame', 'NeedsBeginFrameChanged'].includes(e.name))
    .map((e) => `${e.name} ${at(e.ts)}`);
  lines.push(`  compositor: ${frames.join(', ') || 'no frame events'}`);
  return lines;
}
