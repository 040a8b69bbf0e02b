import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { demoDate, mediumDate } from './demo-dates';
import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

const EN_GB_FILE = 'salesforce/opportunity--en-gb--2026-12-06.html';
const EN_GB_DEAL = 'https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000GbUkDAAV/view';

interface StoredDeal {
  record: { name: string; closeDate?: string; closeAt?: number };
}
interface StoredTouch {
  direction: 'inbound' | 'outbound';
  at: number;
}

const fixture = (file: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8');

/** A page of the test's own under the site's real host name; the route is the tab's and ends with it. */
async function openServedPage(context: BrowserContext, url: string, body: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${url.replace(/#.*$/, '')}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  return page;
}

test('an en-GB Salesforce org’s close date 05/01/2027 is 5 January: a deal closing next month, tier A', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(EN_GB_DEAL));
  await expect(panel.getByTestId('deal-name')).toHaveText('Thames Cold Chain – Depot Telematics');
  // The demo serves the page as if saved today: 5 January moves with it, and stays the month after the page's.
  const closes = demoDate(EN_GB_FILE, 2027, 1, 5);
  await expect(panel.getByTestId('deal-close-date')).toHaveText(mediumDate(closes));
  // Within tier A's three months (read as 1 May, the deal was tier B with its timeline five months out).
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier A');
  await openCard(panel, 'deal-bant');
  await expect(panel.getByTestId('deal-bant-complete')).toBeVisible();
  const [deal] = await readStore<StoredDeal>(panel, 'deals');
  expect(deal?.record.closeAt).toBe(closes.getTime());
});

test('a close date that reads both ways, on a page that does not say which, is shown as written and marked unclear', async ({ context, openPanelFor }) => {
  // The same record in an org whose UI is English with no region and whose activity shows no dates.
  const html = fixture(EN_GB_FILE).replace('<html lang="en-GB">', '<html lang="en">').replace('>2 Dec 2026</time>', '></time>').replace('>18 Nov 2026</time>', '></time>');
  const panel = await openPanelFor(await openServedPage(context, EN_GB_DEAL, html));
  await expect(panel.getByTestId('deal-name')).toHaveText('Thames Cold Chain – Depot Telematics');
  await expect(panel.getByTestId('deal-close-date')).toHaveText('05/01/2027 — day or month unclear');
  // Not used for timing: the timeline is a BANT gap, not a date guessed either way.
  await openCard(panel, 'deal-bant');
  await expect(panel.getByTestId('deal-gap-timeline')).toHaveText('Timeline unknown: the close date could be read with day and month either way round. Check it in the CRM.');
  const [deal] = await readStore<StoredDeal>(panel, 'deals');
  expect(deal?.record).toMatchObject({ closeDate: '05/01/2027' });
  expect(deal?.record.closeAt).toBeUndefined();
});

test('an Outlook reply stamped "Yesterday 14:02" is dated yesterday at 14:02, counted from when the page is read', async ({ context, openPanelFor }) => {
  const outlook = await openServedPage(context, 'https://outlook.office.com/mail/inbox/id/AAQkRelGB000%3D', fixture('outlook/thread--relative-dates-en-gb--2026-12.html'));
  const before = new Date();
  const panel = await openPanelFor(outlook);
  await expect(panel.getByTestId('contact-name')).toHaveText('Li Wei');
  await expect.poll(async () => (await readStore<StoredTouch>(panel, 'touches')).length, { timeout: 15_000 }).toBe(2);
  const touches = await readStore<StoredTouch>(panel, 'touches');
  const after = new Date();
  // Yesterday of the moment the page was read (a run across midnight accepts either side of it).
  const yesterdayAt = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 14, 2).getTime();
  expect([yesterdayAt(before), yesterdayAt(after)]).toContain(touches.find((t) => t.direction === 'inbound')?.at);
  // The older message, "Thu 03/12/2026 15:41" on an en-GB page, is 3 December (a Thursday), not 12 March.
  expect(touches.find((t) => t.direction === 'outbound')?.at).toBe(new Date(2026, 11, 3, 15, 41).getTime());
});
