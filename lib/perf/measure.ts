/**
 * Named timings on the page's or the worker's performance timeline, for the bench to read
 * (`npm run bench`, scripts/bench-write.ts): `performance.getEntriesByName(name)`. At most
 * {@link KEPT} of a name are kept: a worker that lives for days records a timing per capture.
 */

/** Entries of one name kept on the timeline; the older ones are cleared. */
const KEPT = 200;

/** Records `name` from `start` (a `performance.now()`) to now, with `detail`. */
export function measureSince(name: string, start: number, detail: Record<string, number | string | boolean>): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (performance.getEntriesByName(name).length >= KEPT) performance.clearMeasures(name);
  performance.measure(name, { start, detail });
}
