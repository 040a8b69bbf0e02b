/**
 * `BENCH_CHROME_TRACE=1` (scale bench): a Chrome trace of an extension page over CDP (the
 * `devtools.timeline`, V8 and its collector's, Blink's collector's and IndexedDB's categories), read
 * back as the main threads' long tasks and, inside each, the browser's own events by name and time
 * (a collection, a value read from IndexedDB, a script): what a long task with no script attributed
 * to it spent its time on. Costs the page a little while on: not for figures.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.gc', 'disabled-by-default-v8.gc', 'blink.gc', 'IndexedDB', 'v8.execute'];

export interface Tracing {
  stop(): Promise<string[]>;
}

/** Starts tracing `page`'s browser; `stop` ends it and describes each main-thread task of `longMs` or more. */
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
      return longTasks(events, longMs);
    },
  };
}

/** Each main thread's tasks of `longMs` or more: when (ms after the first), how long, and the events inside by name (ms, most first). */
function longTasks(events: readonly TraceEvent[], longMs: number): string[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${String(e.pid)}:${String(e.tid)}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${String(e.pid)}:${String(e.tid)}`));
  const first = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && (e.dur ?? 0) >= longMs * 1000);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    return `renderer ${String(task.pid)} +${((task.ts - first) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms [${top.join('; ')}]`;
  });
}
