/**
 * `BENCH_PROFILE=1` (scale bench): a CPU profile of an extension page (V8's sampling profiler over
 * CDP, 100 µs), read back per time window in the page's own clock (`performance.now()`), so the
 * bench can say where a slow keystroke's time went: the collector, compiling or running which
 * function, or nothing on the main thread at all (the page waited). Costs a little of every
 * function call while on: not for figures.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A profile read back: each sample's time in the page's clock (ms) and its stack, leaf first. */
export interface PageProfile {
  at: number[];
  stacks: string[][];
}

/** The function the page runs to mark the profile's clock against its own (found by name in the samples). */
const ALIGN = '__benchProfileAlign';

export interface Profiling {
  stop(): Promise<PageProfile>;
}

/** Starts the sampling profiler on `page`. */
export async function startProfile(context: BrowserContext, page: Page): Promise<Profiling> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  // A 12 ms busy function at a known moment of the page's clock: the samples inside it give the profile's clock offset.
  const marked = await page.evaluate(`(() => { const t = performance.now(); function ${ALIGN}() { const end = performance.now() + 12; let x = 0; while (performance.now() < end) x++; return x; } ${ALIGN}(); return t; })()`);
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      return readProfile(profile, Number(marked));
    },
  };
}

const frameName = (node: ProfileNode): string => {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  if (!file) return functionName || '(anonymous)';
  return `${functionName || '(anonymous)'} ${file}:${String(lineNumber + 1)}:${String(columnNumber + 1)}`;
};

/** Each sample's stack (leaf first) and time, the profile's clock moved onto the page's by the align function's first sample. */
export function readProfile(profile: CpuProfile, alignedAt: number): PageProfile {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stackCache = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && node.callFrame.functionName !== '(root)') stack.push(frameName(node));
    }
    stackCache.set(id, stack);
    return stack;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas ?? []) times.push((t += delta) / 1000);
  const stacks = (profile.samples ?? []).map(stackOf);
  const first = stacks.findIndex((stack) => stack.some((frame) => frame.startsWith(`${ALIGN} `) || frame === ALIGN));
  const offset = first < 0 ? 0 : alignedAt - (times[first] ?? 0);
  return { at: times.map((time) => time + offset), stacks };
}

/**
 * Where the main thread's time went from `from` to `to` (page clock, ms): the collector, V8's
 * own work ("(program)": compiling among it), idle, and the functions with the most time of their
 * own and the outermost frames that held it (what task it was).
 */
export function windowSummary(profile: PageProfile, from: number, to: number, top = 6): string {
  const self = new Map<string, number>();
  const outer = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.at.length; i++) {
    const at = profile.at[i] ?? 0;
    const next = profile.at[i + 1] ?? at;
    if (next <= from || at >= to) continue;
    const ms = Math.min(next, to) - Math.max(at, from);
    total += ms;
    const stack = profile.stacks[i] ?? [];
    const leaf = stack[0] ?? '(none)';
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)') continue;
    const root = stack[stack.length - 1] ?? '(none)';
    outer.set(root, (outer.get(root) ?? 0) + ms);
  }
  const list = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join('; ');
  return `${total.toFixed(1)} ms sampled: ${list(self)} | tasks: ${list(outer)}`;
}
