/**
 * What LevelDB under the extension's IndexedDB did while the bench measured something
 * (`BENCH_DEBUG`): Chromium's LevelDB writes a `LOG` beside its tables, a line per compaction
 * step with its wall-clock time; the compactions that overlap a window are summed here (how many,
 * how long they ran, how much they wrote). A compaction runs on the browser's thread pool and
 * takes a core of the machine's two while it runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `2026/12/05-15:18:52.173` (the machine's local time) → ms since the epoch. */
function stamp(text: string): number {
  const [date = '', time = ''] = text.split('-');
  const [year, month, day] = date.split('/').map(Number);
  const [hours, minutes, seconds] = time.split(':').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0, Math.floor(seconds ?? 0), Math.round(((seconds ?? 0) % 1) * 1000)).getTime();
}

/** The compactions of the extension's IndexedDB overlapping [from, to] (ms since the epoch): when each ran and what it wrote. */
export function compactionSpans(userDataDir: string, extensionId: string, from: number, to: number): { start: number; end: number; bytes: number }[] | undefined {
  const dir = join(userDataDir, 'Default', 'IndexedDB');
  const store = existsSync(dir) ? readdirSync(dir).find((name) => name.includes(extensionId) && name.endsWith('.leveldb')) : undefined;
  if (store === undefined) return undefined;
  const spans: { start: number; end: number; bytes: number }[] = [];
  /** Per thread (the LOG's second column): the compaction it is running. */
  const open = new Map<string, { start: number; end: number; bytes: number }>();
  for (const file of ['LOG.old', 'LOG']) {
    const path = join(dir, store, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [when = '', thread = '', ...rest] = line.split(' ');
      const what = rest.join(' ');
      if (what.startsWith('Compacting ')) open.set(thread, { start: stamp(when), end: Number.NaN, bytes: 0 });
      const span = open.get(thread);
      if (!span) continue;
      const generated = /^Generated table #\d+@\d+: \d+ keys, (\d+) bytes/.exec(what);
      if (generated) span.bytes += Number(generated[1]);
      if (what.startsWith('compacted to:') || what.startsWith('Compaction error')) {
        span.end = stamp(when);
        spans.push(span);
        open.delete(thread);
      }
    }
  }
  for (const span of open.values()) spans.push({ ...span, end: to });
  return spans.filter((span) => span.start <= to && span.end >= from);
}

/** The compactions of the extension's IndexedDB overlapping [from, to] (ms since the epoch), as one line. */
export function compactionsDuring(userDataDir: string, extensionId: string, from: number, to: number): string {
  const during = compactionSpans(userDataDir, extensionId, from, to);
  if (during === undefined) return 'no LevelDB';
  const ms = during.reduce((sum, span) => sum + Math.min(span.end, to) - Math.max(span.start, from), 0);
  const mb = during.reduce((sum, span) => sum + span.bytes, 0) / 1024 / 1024;
  return `${String(during.length)} compactions running for ${(ms / 1000).toFixed(1)} s of the ${((to - from) / 1000).toFixed(1)} s, ${mb.toFixed(0)} MB written`;
}
