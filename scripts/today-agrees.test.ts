/**
 * Today's row says what the panel says: every dated demo page is read into a fresh store by the
 * extension's own readers and background, judged as the panel judges it on that page, and its row of
 * Today (the index entry, and the row judged as Today judges it, from the store alone) must name
 * the same action, due day, stage and tier. The contact opened from a list is judged from the store
 * alone too, so it agrees as well. Dates are the fixtures' own (each page judged on the day it was saved).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SERVED_ROUTES, routeUrl } from '../demo/routes';
import { handlePageReport } from '../lib/background/handle-page-report';
import { SopDatabase } from '../lib/db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../lib/playbook/default-playbook';
import { readReply } from '../lib/reader/read-reply';
import { dayOf } from '../lib/situation/format';
import { gatherSituation } from '../lib/situation/gather';
import { judgeGathered, refreshQueue } from '../lib/situation/queue-index';
import type { Situation } from '../lib/situation/types';
import { siteForUrl } from '../lib/sites/hosts';
import { SITE_ADAPTERS } from '../lib/sites/registry';

const read = (text: string, at: number) => readReply(text, at);
/** What a row shows: the action, the day it comes back (a snooze's end), the stage and the tier. */
const shown = (s: Situation) => ({ kind: s.action.kind, day: dayOf(s.action.kind === 'snooze' ? (s.action.until ?? s.action.due) : s.action.due), stage: s.stage.id, tier: s.tier });

const pages = SERVED_ROUTES.filter((route) => /--\d{4}-\d{2}-\d{2}\.html$/.test(route.file) && !/--(broken-layout|loading-skeleton)--/.test(route.file))
  // An account is no deal: it has no row of its own, and its people's rows are judged on them (README, the judgment).
  .filter((route) => !route.file.includes('/account--'));

describe("Today's row and the panel on the page agree", () => {
  it.each(pages.map((route) => [route.file, route] as const))('%s', async (file, route) => {
    const now = Date.parse(`${/--(\d{4}-\d{2}-\d{2})\.html$/.exec(file)?.[1] ?? ''}T12:00:00`);
    const db = new SopDatabase(`today-agrees-${file}`);
    try {
      const url = new URL(routeUrl(route));
      const site = siteForUrl(url);
      if (!site) throw new Error(`no site for ${url.href}`);
      const { window } = new JSDOM(readFileSync(new URL(`../tests/fixtures/${file}`, import.meta.url), 'utf8'), { url: url.href });
      const adapter = SITE_ADAPTERS[site];
      const result = adapter.detect(url, window.document) ? adapter.extract(window.document, url) : null;
      window.close();
      if (!result?.ok) throw new Error(`${file} not read`);
      await handlePageReport(db, { url: url.href, report: { status: 'extracted', result } }, { id: 'test', url: url.href, frameId: 0, tab: { id: 1 } }, 'test', now);
      const state = await db.tabStates.get(1);
      if (state?.status !== 'captured') throw new Error(`${file} not captured`);
      const context = { playbook, now, read };
      const panel = judgeGathered(await gatherSituation(db, state), context);
      await refreshQueue(db, { ...(state.contactId ? { contactIds: [state.contactId] } : {}), ...(state.dealId ? { dealIds: [state.dealId] } : {}) }, context);
      const entries = await db.queue.toArray();
      if (panel.action.kind === 'stop') {
        expect(entries).toEqual([]);
        return;
      }
      // The page's row: its deal's, else its contact's.
      const entry = entries.find((e) => (state.dealId ? e.dealId === state.dealId : e.contactId === state.contactId && e.dealId === undefined)) ?? entries.find((e) => e.contactId === state.contactId);
      expect(entry, 'a row in Today').toBeDefined();
      if (!entry) return;
      // The index holds the row no later than the panel's day (a close date may bring it back sooner, to be judged again).
      expect(entry.due).toBeLessThanOrEqual(shown(panel).day);
      const row = judgeGathered(await gatherSituation(db, { contactId: entry.contactId, dealId: entry.dealId }), context);
      expect(shown(row)).toEqual(shown(panel));
      if (state.contactId) expect(shown(judgeGathered(await gatherSituation(db, { contactId: state.contactId }), context))).toEqual(shown(panel));
    } finally {
      db.close();
      await db.delete();
    }
  });
});
