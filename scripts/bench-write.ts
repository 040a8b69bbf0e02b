/**
 * `npm run bench`, the store at scale: one write and the refresh of Today it causes. On the loaded
 * store, a site page is loaded in a tab at a time (served under its real host name, as the demo's
 * pages are, its people varied write by write), so its content script reports it and the background
 * stores it through its real path: one transaction, Today's rows it touched marked stale. The open
 * panel's upkeep then re-judges the marked rows and the rows of the same person's other records that
 * read them (lib/contacts/named.ts, `samePersonReaders`). Three kinds of write, in turn:
 *
 * - a reply: their Gmail thread with a price objection, whose person has a LinkedIn profile stored
 *   (captured just before, not timed), which reads the Gmail record as its person's other record;
 * - a CRM deal rename: a Salesforce opportunity whose name and whose person's name change every
 *   time (the person renamed: the rows reading them by their old name are marked in the capture);
 * - a plain new contact: a LinkedIn profile never seen.
 *
 * Timed by the extension's own timings (lib/perf/measure.ts): the capture's transaction in the worker
 * (`page-report-stored`), the page load to its commit, the refresh in the panel (`today-refresh`,
 * with the rows it judged) and the frame after it in the panel showing Today: from the commit to
 * that frame is the panel's Today update (its upkeep starts a second after a change, when idle).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { shiftForToday } from '../demo/shift-dates';
import { round, summarise } from './bench-stats';

/** What the write phase needs of the bench's browser session (scripts/bench-scale.ts). */
export interface WriteSession {
  context: import('@playwright/test').BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** Timed writes of each kind (after one of each to warm up: the reader's first load); `BENCH_WRITES_PER_KIND` while developing. */
const PER_KIND = Number(process.env.BENCH_WRITES_PER_KIND ?? 12);
const FIXTURES = join(import.meta.dirname, '../tests/fixtures');
const FIRST = ['Wei', 'Priya', 'Daniel', 'Sofia', 'Kenji', 'Hannah', 'Ahmed', 'Olivia', 'Lucas', 'Mei', 'Carlos', 'Anna'];
const LAST = ['Halvorsen', 'Okonkwo', 'Brannigan', 'Ferreira', 'Lindqvist', 'Adeyemi', 'Castellanos', 'Novak', 'Haddad', 'Sato', 'Kaur', 'Mbeki'];

type Kind = 'reply' | 'deal' | 'new';

interface Served {
  url: string;
  body: string;
}

/** A demo fixture as served today (its dates moved as the demo server moves them), with its people replaced. */
function page(file: string, url: string, replace: readonly (readonly [string | RegExp, string])[]): Served {
  let body = shiftForToday(readFileSync(join(FIXTURES, file), 'utf8'), file, new Date());
  for (const [from, to] of replace) body = typeof from === 'string' ? body.split(from).join(to) : body.replace(from, to);
  return { url, body };
}

/** Write `n`'s person: a name no seeded contact has, at a firm of their own whose domain is theirs. */
function person(n: number): { name: string; slug: string; company: string; email: string } {
  const first = FIRST[n % FIRST.length] ?? 'Wei';
  const last = `${LAST[Math.floor(n / FIRST.length) % LAST.length] ?? 'Novak'}${n >= FIRST.length * LAST.length ? String(n) : ''}`;
  const company = `Benchwrite ${String(n)} Labs`;
  return { name: `${first} ${last}`, slug: `bench-${first}-${last}-${String(n)}`.toLowerCase(), company, email: `${first}.${last}@benchwrite${String(n)}labs.example`.toLowerCase() };
}

const profile = (n: number, who = person(n)) =>
  page('linkedin/profile--gen2024--2024-06-12.html', `https://www.linkedin.com/in/${who.slug}/`, [
    ['mei-lin-chen-4b21a7', who.slug],
    ['Mei Lin Chen', who.name],
    ['Orchid Precision Manufacturing', who.company],
  ]);

const thread = (n: number, who = person(n)) =>
  page('gmail/thread--objection-price--2024-06-12.html', 'https://mail.google.com/mail/u/0/', [
    ['mei.chen@orchid-precision.example', who.email],
    ['Mei Lin Chen', who.name],
    ['Orchid Precision', who.company],
    // Its own thread and messages: each reply is new to the store.
    [/(data-(?:message-id|legacy-message-id|thread-perm-id|legacy-thread-id)="[^"]*)"/g, `$1w${String(n)}"`],
  ]);

/** The deal, renamed with its person every time (Wei Zhang, a name many seeded people have, and back). */
const deal = (n: number) =>
  page('salesforce/opportunity--gen2024-lwc--2026-10-05.html', 'https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view', [
    ['Harbor Logistics – Fleet Visibility', `Harbor Logistics – Fleet Visibility${n % 2 === 1 ? ' (phase 2)' : ''}`],
    ['Wei Zhang', n % 2 === 1 ? 'Wei Zhang-Lindqvist' : 'Wei Zhang'],
  ]);

interface Stored {
  start: number;
  end: number;
  captured: boolean;
}

/** The worker's stored page reports (wall clock). */
function storedReports(worker: Worker): Promise<Stored[]> {
  return worker.evaluate(() =>
    performance.getEntriesByName('page-report-stored').map((e) => ({ start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.startTime + e.duration, captured: ((e as PerformanceMeasure).detail as { captured?: boolean } | null)?.captured === true })),
  );
}

interface Refreshed {
  start: number;
  end: number;
  rows: number;
  frame: number;
}

/** The panel's refreshes of Today's marked rows so far, each with the frame after it (wall clock). */
function refreshes(panel: Page): Promise<Refreshed[]> {
  return panel.evaluate(() => (window as unknown as { __refreshes: Refreshed[] }).__refreshes);
}

async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`bench write phase: no ${what} in ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Timed {
  kind: Kind;
  /** The capture's transaction in the worker, ms. */
  stored: number;
  /** Page load started → the capture committed, ms. */
  pageToStored: number;
  /** The refresh of Today's marked rows in the panel, ms. */
  refresh: number;
  rows: number;
  /** The capture committed → the frame after the refresh in the panel showing Today, ms. */
  todayUpdate: number;
}

/** One write: `served` loaded in `site`, timed through the capture and the refresh it causes. */
async function write(session: WriteSession, site: Page, panel: Page, served: Served, kind: Kind): Promise<Timed> {
  // (the worker's timings of earlier pages cleared: the first captured one from here is this page's)
  await session.worker.evaluate(() => performance.clearMeasures('page-report-stored'));
  const before = (await refreshes(panel)).length;
  const from = Date.now();
  await site.goto(served.url);
  const stored = await until('capture stored', async () => (await storedReports(session.worker)).find((s) => s.captured));
  const refreshed = await until('refresh of Today', async () => (await refreshes(panel)).slice(before).find((r) => r.frame > 0));
  if (process.env.BENCH_DEBUG) console.log(`  clocks: goto ${String(from)}, stored ${stored.start.toFixed(0)}..${stored.end.toFixed(0)}, refresh ${refreshed.start.toFixed(0)}..${refreshed.end.toFixed(0)}, frame ${refreshed.frame.toFixed(0)}`);
  return { kind, stored: stored.end - stored.start, pageToStored: stored.end - from, refresh: refreshed.end - refreshed.start, rows: refreshed.rows, todayUpdate: refreshed.frame - stored.end };
}

/**
 * The write phase: a panel opened on Today (on no site's tab, so it shows Today throughout), a tab
 * for the site pages, one of each kind to warm up, then {@link PER_KIND} of each in turn, timed.
 * Recorded under `prefix` (`.write.<kind>.*` and `.write.all.*`).
 */
export async function benchWrites(session: WriteSession, results: Record<string, number>, prefix: string): Promise<void> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=999999`);
  await panel.getByTestId('nav-today').click();
  await panel.locator('[data-testid="today-row"], [data-testid="today-empty"]').first().waitFor({ timeout: 120_000 });
  // Each refresh of Today's marked rows, and the frame after it: the panel's Today as the rep sees it.
  await panel.evaluate(() => {
    const log: { start: number; end: number; rows: number; frame: number }[] = [];
    (window as unknown as { __refreshes: typeof log }).__refreshes = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('today-refresh')) {
        const row = { start: performance.timeOrigin + entry.startTime, end: performance.timeOrigin + entry.startTime + entry.duration, rows: ((entry as PerformanceMeasure).detail as { rows?: number } | null)?.rows ?? -1, frame: 0 };
        log.push(row);
        requestAnimationFrame(() => (row.frame = performance.timeOrigin + performance.now()));
      }
    }).observe({ type: 'measure' });
  });
  const site = await session.context.newPage();
  const pages = new Map<string, string>();
  await site.route(
    (url) => pages.has(url.href.split('#')[0] ?? ''),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(route.request().url().split('#')[0] ?? '') ?? '' }),
  );
  const serve = (served: Served) => {
    pages.set(served.url, served.body);
    return served;
  };
  const timed: Timed[] = [];
  const oneRound = async (n: number, keep: boolean) => {
    // A reply: her profile stored first (not timed), then her Gmail thread, timed.
    await write(session, site, panel, serve(profile(2 * n)), 'new');
    const reply = serve(thread(2 * n));
    const replied = await write(session, site, panel, { ...reply, url: `${reply.url}#inbox/FMfcgzQVxBenchWrite${String(n).padStart(4, "0")}` }, 'reply');
    const renamed = await write(session, site, panel, serve(deal(n)), 'deal');
    const added = await write(session, site, panel, serve(profile(2 * n + 1)), 'new');
    if (keep) timed.push(replied, renamed, added);
  };
  await oneRound(0, false);
  for (let n = 1; n <= PER_KIND; n++) await oneRound(n, true);
  if (process.env.BENCH_DEBUG) for (const t of timed) console.log(`  write ${t.kind}: stored ${t.stored.toFixed(0)} ms (page → stored ${t.pageToStored.toFixed(0)}), refresh ${t.refresh.toFixed(0)} ms of ${String(t.rows)} rows, Today updated ${t.todayUpdate.toFixed(0)} ms after`);
  for (const kind of ['all', 'reply', 'deal', 'new'] as const) {
    const of = timed.filter((t) => kind === 'all' || t.kind === kind);
    for (const [name, samples] of [
      ['stored', of.map((t) => t.stored)],
      ['page_to_stored', of.map((t) => t.pageToStored)],
      ['refresh', of.map((t) => t.refresh)],
      ['today_update', of.map((t) => t.todayUpdate)],
    ] as const) {
      const { median, p95 } = summarise(samples);
      results[`${prefix}.write.${kind}.${name}.median_ms`] = round(median, 1);
      results[`${prefix}.write.${kind}.${name}.p95_ms`] = round(p95, 1);
    }
    results[`${prefix}.write.${kind}.rows.median`] = summarise(of.map((t) => t.rows)).median;
    results[`${prefix}.write.${kind}.writes`] = of.length;
  }
  await site.close();
  await panel.close();
}
