/**
 * Where the machine's CPU went while the bench measured something (`BENCH_DEBUG`): every thread's
 * CPU time from /proc before and after, summed by what it is: this bench's browser by process
 * (the browser process, the extension's renderer, the sites' renderers, the GPU, utilities) and
 * thread name (IndexedDB, LevelDB's compaction, the main thread…), and every other process on the
 * machine by its name (the other work sharing the two cores). Linux only; costs nothing while
 * measuring (read before and after).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const HZ = 100;

export type CpuTicks = Map<string, number>;

/** What a process of this bench's browser is, from its command line (arguments split at spaces or NULs). */
function kindOf(args: readonly string[]): string {
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return 'browser';
  if (type === 'renderer') return args.includes('--extension-process') ? 'extension renderer' : 'site renderer';
  const sub = args.find((arg) => arg.startsWith('--utility-sub-type='))?.slice('--utility-sub-type='.length);
  return sub ? `utility ${sub}` : type;
}

/** Every thread's CPU ticks (user + system), keyed `process kind / thread name` for this browser, `other: name` for the rest. */
export function cpuTicks(userDataDir: string): CpuTicks {
  const ticks: CpuTicks = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      const ours = args.includes(`--user-data-dir=${userDataDir}`);
      const kind = ours ? kindOf(args) : undefined;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        // The name is in parentheses and may hold spaces; the fields after it are counted from its end.
        const close = stat.lastIndexOf(')');
        const name = stat.slice(stat.indexOf('(') + 1, close);
        const fields = stat.slice(close + 2).split(' ');
        const used = Number(fields[11]) + Number(fields[12]);
        if (used === 0) continue;
        // Other processes by their own name (a thread's name is often a pool's).
        const key = kind === undefined ? `other: ${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}` : `${kind} / ${name.replace(/\d+$/, '#')}`;
        ticks.set(key, (ticks.get(key) ?? 0) + used);
      }
    } catch {
      // The process or thread ended while we looked.
    }
  }
  return ticks;
}

/** The CPU used between two readings, most first: `what ms` for the `top` biggest, with the wall time beside. */
export function cpuUsed(before: CpuTicks, after: CpuTicks, wallMs: number, top = 14): string {
  const used = [...after]
    .map(([key, value]) => [key, ((value - (before.get(key) ?? 0)) * 1000) / HZ] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = used.reduce((sum, [, ms]) => sum + ms, 0);
  const ours = used.filter(([key]) => !key.startsWith('other: ')).reduce((sum, [, ms]) => sum + ms, 0);
  return `${(total / 1000).toFixed(1)} s of CPU in ${(wallMs / 1000).toFixed(1)} s (this browser ${(ours / 1000).toFixed(1)} s): ${used
    .slice(0, top)
    .map(([key, ms]) => `${key} ${ms.toFixed(0)}`)
    .join(', ')}`;
}

/** The CPU of this browser's thread pool (the browser process's `ThreadPool…` threads: IndexedDB's LevelDB work, its clean-ups and compactions) between two readings, ms. */
export function threadPoolMs(before: CpuTicks, after: CpuTicks): number {
  let ticks = 0;
  for (const [key, value] of after) if (key.startsWith('browser / ThreadPool')) ticks += value - (before.get(key) ?? 0);
  return (ticks * 1000) / HZ;
}
