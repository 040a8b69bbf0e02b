import { JSDOM } from 'jsdom';
import { handlePageReport } from '../lib/background/handle-page-report';
import { SopDatabase } from '../lib/db/database';
import type { Locale } from '../lib/i18n/locales';
import { DEFAULT_PLAYBOOK } from '../lib/playbook/default-playbook';
import { readReply } from '../lib/reader/read-reply';
import { advise } from '../lib/situation/advise';
import { gatherSituation, situationInputOf } from '../lib/situation/gather';
import { dayOf } from '../lib/situation/judge';
import { siteForUrl } from '../lib/sites/hosts';
import { SITE_ADAPTERS } from '../lib/sites/registry';
import type { CliOutcome } from './extract-page';

const USAGE = 'usage: npm run -s advise -- [--now <ISO date>] [--locale en|zh-Hans|zh-Hant] [--url <URL> <file.html>]…';

/** YYYY-MM-DD of a local day. */
function isoDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Page {
  url: URL;
  file: string;
}

function parseArgs(argv: readonly string[]): { pages: Page[]; now: number; locale: Locale } | string {
  const pages: Page[] = [];
  let now = Date.now();
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--now') {
      const value = argv[++i];
      const parsed = value ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value) : NaN;
      if (Number.isNaN(parsed)) return `not a date: ${value ?? ''}`;
      now = parsed;
    } else if (arg === '--locale') {
      const value = argv[++i];
      if (value !== 'en' && value !== 'zh-Hans' && value !== 'zh-Hant') return `not a locale: ${value ?? ''}`;
      locale = value;
    } else if (arg === '--url') {
      const url = argv[++i];
      const file = argv[++i];
      if (!url || !file) return 'each --url needs a URL and a file';
      try {
        pages.push({ url: new URL(url), file });
      } catch {
        return `not a URL: ${url}`;
      }
    } else {
      return `unexpected argument: ${arg ?? ''}`;
    }
  }
  if (pages.length === 0) return 'no page given';
  return { pages, now, locale };
}

const SENDER_EXTENSION = 'advise-cli';
let databases = 0;

/**
 * What `npm run -s advise` prints: the saved pages are read in order into a fresh in-memory store
 * by the same readers and the same background handler as the extension, and the last page is
 * judged by the same engine as the panel. Exit 0 with a judgment, 1 when the last page is not
 * recognised, 2 on usage errors. Needs an IndexedDB (fake-indexeddb in Node).
 */
export async function advisePages(argv: readonly string[], readFile: (path: string) => string): Promise<CliOutcome> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return { stdout: '', stderr: `${args}\n${USAGE}\n`, code: 2 };
  const db = new SopDatabase(`advise-${process.pid}-${++databases}`);
  try {
    let last: { contactId?: string; dealId?: string; conversation?: unknown } | null = null;
    for (const [index, page] of args.pages.entries()) {
      let html: string;
      try {
        html = readFile(page.file);
      } catch (error) {
        return { stdout: '', stderr: `cannot read ${page.file}: ${(error as Error).message}\n`, code: 2 };
      }
      const site = siteForUrl(page.url);
      const adapter = site ? SITE_ADAPTERS[site] : null;
      const { window } = new JSDOM(html, { url: page.url.href });
      const kind = adapter?.detect(page.url, window.document) ?? null;
      const result = adapter && kind ? adapter.extract(window.document, page.url) : null;
      window.close();
      const isLast = index === args.pages.length - 1;
      if (!result || !result.ok) {
        if (isLast) {
          const error = result ? result.error : { code: 'unsupported-page', url: page.url.href, message: 'No reader for this URL: not a supported site or page kind.' };
          return { stdout: `${JSON.stringify({ ok: false, error })}\n`, stderr: '', code: 1 };
        }
        continue;
      }
      const tabId = 1;
      // Each page is read a moment after the one before, as a rep opening them in turn.
      const readAt = args.now - (args.pages.length - 1 - index) * 1000;
      await handlePageReport(db, { url: page.url.href, report: { status: 'extracted', result } }, { id: SENDER_EXTENSION, url: page.url.href, frameId: 0, tab: { id: tabId } }, SENDER_EXTENSION, readAt);
      const state = await db.tabStates.get(tabId);
      last = state && state.status === 'captured' ? state : null;
    }
    if (!last) return { stdout: `${JSON.stringify({ ok: false, error: { code: 'nothing-captured' } })}\n`, stderr: '', code: 1 };

    const captured = (await db.tabStates.get(1)) ?? null;
    if (!captured || captured.status !== 'captured') return { stdout: `${JSON.stringify({ ok: false, error: { code: 'nothing-captured' } })}\n`, stderr: '', code: 1 };
    const gathered = await gatherSituation(db, captured);
    const reading = gathered.lastWord ? readReply(gathered.lastWord.text, gathered.lastWord.at ?? args.now) : null;
    const { situation, draft, spin, reading: judged } = advise(situationInputOf(gathered, reading, { playbook: DEFAULT_PLAYBOOK, now: args.now, locale: args.locale }));
    const { action } = situation;
    const out = {
      ok: true,
      stage: situation.stage.id,
      stageEvidence: situation.stage.evidence.map((e) => ({ kind: e.kind, stage: e.stage, quote: e.quote })),
      suggestedStage: situation.stage.suggested,
      // The stage the thread puts a deal at when its CRM stage lags (the SPIN questions follow it).
      crmBehind: situation.stage.crmBehind?.stage ?? null,
      crmAhead: situation.stage.crmAhead?.stage ?? null,
      tier: situation.tier,
      last: { who: situation.last.who, at: situation.last.at === null ? null : new Date(situation.last.at).toISOString(), kind: situation.last.kind, quote: situation.last.quote },
      action: { kind: action.kind, due: isoDay(action.due), ...(action.until !== null ? { until: isoDay(action.until) } : {}), overdue: action.overdue, label: action.label, ...(action.step ? { step: action.step } : {}), why: action.why },
      draft: { language: draft.language, subject: draft.subject, body: draft.body },
      spin: spin.map((q) => ({ phase: q.phase, text: q.text })),
      // (as the judgment answered them: the reply card's objections)
      objections: ((judged ?? reading)?.objections ?? []).map((o) => ({ category: o.category, confidence: Math.round(o.confidence * 100) / 100, evidence: o.evidence.text })),
      signals: (reading?.signals ?? []).map((s) => ({ signal: s.signal, evidence: s.evidence.text })),
      exitCriteria: situation.exitCriteria,
      flags: situation.flags,
      today: isoDay(dayOf(args.now)),
    };
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '', code: 0 };
  } finally {
    db.close();
    await db.delete();
  }
}
