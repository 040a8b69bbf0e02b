/**
 * `npm run walk`: the demo walked as a reviewer walks it, for a person to look at. It builds nothing
 * (`npx wxt build` first; `SOP_EXTENSION_DIR` for another build), serves the demo pages and opens
 * Chromium with the extension as `npm start` does (headless unless `--headed`), then in each language
 * at a side panel's 360 px writes screenshots to `walk-out/<locale>-<what>.png`: each demo page's
 * panel (a LinkedIn profile, the Gmail and Outlook threads, every CRM deal), Today, Contacts, the
 * playbook at the situation's stage, a drill, the dashboard at 1280 and 360 px; the pages' panels
 * again at 320 and 400 px in English (`<locale>-<what>@<width>.png`; measured in every language).
 * `walk-out/report.json` holds, for each page and language, the header's stage and next step beside
 * Today's and Contacts' rows for the same person, and flags disagreements, English left in the Chinese
 * views, text cut or wider than its box, and console errors. It asserts nothing: the tests do.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { builtExtensionDir, ChromiumNotFoundError, findChromium, launchDemo, openers } from '../demo/browser';
import { DEMO_ROUTES, routeUrl, type DemoRoute } from '../demo/routes';

const OUT = resolve(import.meta.dirname, '../walk-out');
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
type Locale = (typeof LOCALES)[number];
const WIDTH = 360;
const OTHER_WIDTHS = [320, 400] as const;
const HEIGHT = 900;
/** Generous: the machine may be shared and loaded. */
const WAIT = 60_000;

/** The demo pages walked: the first LinkedIn profile, every mail thread, every CRM deal (layouts that read). */
export function walkedRoutes(routes: readonly DemoRoute[] = DEMO_ROUTES): DemoRoute[] {
  const readable = routes.filter((r) => !/--(broken-layout|loading-skeleton)--|^fxiaoke\/shell--/.test(r.file));
  const profile = readable.find((r) => r.file.startsWith('linkedin/profile--'));
  const threads = readable.filter((r) => /^(gmail|outlook)\/thread--/.test(r.file));
  const deals = readable.filter((r) => /^[a-z]+\/(opportunity|deal)--/.test(r.file));
  return [...(profile ? [profile] : []), ...threads, ...deals];
}

/** `gmail/thread--objection-price--2024-06-12.html` → `gmail-thread-objection-price`. */
export function shotName(route: DemoRoute): string {
  return route.file.replace(/--\d{4}-\d{2}-\d{2}\.html$/, '').replace(/\.html$/, '').replace(/[/]|--/g, '-');
}

interface Clipped {
  where: string;
  text: string;
  scrollWidth: number;
  clientWidth: number;
  /** ellipsis: cut on purpose with "…"; scrolls: a box that scrolls sideways; cut: hidden past its edge with no "…"; spills: drawn past its box. */
  how: 'ellipsis' | 'scrolls' | 'cut' | 'spills';
}
interface Untranslated {
  where: string;
  words: string;
  context: string;
}
interface ViewFindings {
  shot: string;
  locale: Locale;
  width: number;
  /** The page itself scrolls sideways by this many px. */
  pageOverflow: number;
  clipped: Clipped[];
  untranslated: Untranslated[];
}
interface HeaderSide {
  name: string;
  stage: string;
  stageId: string;
  tier: string;
  button: string;
  kind: string;
  /** The step of its kind (`same_person` for the merge), as the next-step card names it. */
  step: string;
  nextStep: string;
  due: string;
  dueAt: string | null;
  failedCards: string[];
}
interface RowSide {
  stage: string;
  stageId: string;
  tier: string;
  kind: string;
  nextStep: string;
  line: string;
  /** Another record's row of the person that names the merge (found for a page whose step is the merge). */
  mergeNamed?: boolean;
}
interface PageRecord {
  file: string;
  what: string;
  url: string;
  locales: Partial<Record<Locale, { header: HeaderSide; today: RowSide | null; contacts: RowSide | null; disagreements: string[] }>>;
}

// tsx keeps function names with a helper (`__name`) the page does not have: define it there first.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)';

async function measure(page: Page, arg: { chinese: boolean; known: string }): Promise<Omit<ViewFindings, 'shot' | 'locale' | 'width'>> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(findingsInPage, arg);
}

/** Every box on screen wider inside than outside, and English words in a Chinese view not found on the site pages. */
function findingsInPage({ chinese, known }: { chinese: boolean; known: string }): Omit<ViewFindings, 'shot' | 'locale' | 'width'> {
  const KEPT_WORDS = /^(LinkedIn|Sales Navigator|Gmail|Outlook|Salesforce|HubSpot|Zoho( CRM)?|Pipedrive|Fxiaoke|CRM|SOP|BANT|SPIN|LLM|AI|ROI|ERP|API|CSV|JSON|PDF|URL|OK|Excel|Chrome|Chromium|Copilot|SOP Copilot|Enter|Esc|Tab|Alt|Shift|Ctrl|[A-Z]{1,3}|[A-D](\/[A-D])*)$/;
  const where = (e: Element): string => {
    const tested = e.closest('[data-testid]');
    const id = tested?.getAttribute('data-testid') ?? '';
    const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
    return `${e.tagName.toLowerCase()}${cls}${id ? ` in [${id}]` : ''}`;
  };
  const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const clipped: Clipped[] = [];
  for (const e of document.querySelectorAll('body *')) {
    if (!(e instanceof HTMLElement) || !shown(e) || /^(TEXTAREA|INPUT|SELECT|OPTION|svg)$/i.test(e.tagName)) continue;
    // (A visually hidden label is 1 px wide by design.)
    if (e.scrollWidth <= e.clientWidth + 1 || e.clientWidth <= 2) continue;
    const style = getComputedStyle(e);
    // (a card's title is read whole: its ellipsis is a cut, as a control's would be; a summary's is by design)
    const how = e.classList.contains('fold-title') ? 'cut' : style.textOverflow === 'ellipsis' ? 'ellipsis' : style.overflowX === 'auto' || style.overflowX === 'scroll' ? 'scrolls' : style.overflowX === 'visible' ? 'spills' : 'cut';
    clipped.push({ where: where(e), text: e.textContent.trim().replace(/\s+/g, ' ').slice(0, 80), scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, how });
  }
  const untranslated: Untranslated[] = [];
  if (chinese) {
    const lowerKnown = known.toLowerCase();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Text marked as another language (a draft in the prospect's) is meant to be in it.
      if (!parent || !shown(parent) || parent.closest('textarea, script, style, [hidden]')) continue;
      if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)*/g)) {
        const run = match[0];
        // A word or words read from a site page (a name, a company, a CRM's own stage), or kept as a brand.
        // (A field of the playbook's file, crmStages, is named as it is spelled there.)
        if (lowerKnown.includes(run.toLowerCase()) || KEPT_WORDS.test(run) || /^[a-z]+[A-Z][A-Za-z]*$/.test(run)) continue;
        if (run.split(/\s+/).every((w) => KEPT_WORDS.test(w) || lowerKnown.includes(w.toLowerCase()))) continue;
        const key = `${where(parent)}|${run}`;
        if (seen.has(key)) continue;
        seen.add(key);
        untranslated.push({ where: where(parent), words: run, context: text.trim().replace(/\s+/g, ' ').slice(0, 100) });
      }
    }
  }
  return { pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, clipped, untranslated };
}

class Walk {
  readonly views: ViewFindings[] = [];
  readonly consoleErrors: { where: string; text: string }[] = [];
  /** Every walked site page's text: what a Chinese view may show in English (names, companies, their words). */
  known = '';

  constructor(readonly context: BrowserContext) {
    context.on('console', (message) => {
      // The demo server has no favicons: the browser's request for one is not the product's error.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) this.consoleErrors.push({ where: message.page()?.url() ?? 'worker', text: `${message.text().slice(0, 400)} (${message.location().url})` });
    });
    context.on('weberror', (error) => this.consoleErrors.push({ where: error.page()?.url() ?? 'worker', text: String(error.error()).slice(0, 400) }));
  }

  /** Measures the view as it is and writes its screenshot. */
  async shoot(page: Page, locale: Locale, what: string, width: number, options: { fullPage?: boolean; screenshot?: boolean } = {}): Promise<void> {
    const shot = `${locale}-${what}${width === WIDTH || what.startsWith('dashboard') ? '' : `@${width}`}.png`;
    const found = await measure(page, { chinese: locale !== 'en', known: this.known });
    this.views.push({ shot, locale, width, ...found });
    if (options.screenshot !== false) {
      await page.evaluate(() => window.scrollTo(0, 0));
      if (options.fullPage ?? true) await fullPageShot(page, join(OUT, shot));
      else await page.screenshot({ path: join(OUT, shot) });
    }
  }
}

/** A site page's text, in its shadow roots too (Salesforce's Lightning components keep theirs there). */
async function siteText(site: Page): Promise<string> {
  await site.evaluate(NAME_SHIM);
  return site.evaluate(() => {
    const parts = [document.body.textContent];
    const visit = (root: Document | ShadowRoot) => {
      for (const e of root.querySelectorAll('*')) {
        if (!e.shadowRoot) continue;
        parts.push(e.shadowRoot.textContent);
        visit(e.shadowRoot);
      }
    };
    visit(document);
    return parts.join('\n');
  });
}

/** Who the page in `tabId` is, as the store holds it (read from an extension page, through raw IndexedDB). */
interface PageIds {
  contactId: string | null;
  dealId: string | null;
  /** The deals the page's person is on (Today lists a person on a deal under the deal's row). */
  personDealIds: string[];
  /** Other records of the page's person by name (Today lists a person once, under one record, naming the other). */
  namesakeIds: string[];
  /** The person Contacts lists for the page: its contact, or its deal's first person; and what their row shows beside the name. */
  person: { name: string; beside: string } | null;
}

async function idsOf(panel: Page, tabId: number): Promise<PageIds> {
  await panel.evaluate(NAME_SHIM);
  return panel.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('sop-copilot');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(new Error('open failed'));
    });
    const get = <T>(store: string, key: IDBValidKey) =>
      new Promise<T | undefined>((done, fail) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => done(request.result as T | undefined);
        request.onerror = () => fail(new Error(`read ${store} failed`));
      });
    const state = await get<{ contactId?: string; dealId?: string }>('tabStates', id);
    const deal = state?.dealId ? await get<{ contactIds: string[] }>('deals', state.dealId) : undefined;
    const contactId = state?.contactId ?? deal?.contactIds[0] ?? null;
    const contact = contactId ? await get<{ name: string; company?: string; email?: string }>('contacts', contactId) : undefined;
    const all = <T>(store: string) =>
      new Promise<T[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result as T[]);
        request.onerror = () => fail(new Error(`read ${store} failed`));
      });
    const personDealIds = contactId ? (await all<{ id: string; contactIds: string[] }>('deals')).filter((d) => d.contactIds.includes(contactId)).map((d) => d.id) : [];
    const namesakeIds = contact ? (await all<{ id: string; name: string }>('contacts')).filter((c) => c.name === contact.name && c.id !== contactId).map((c) => c.id) : [];
    db.close();
    return { contactId: state?.contactId ?? null, dealId: state?.dealId ?? null, personDealIds, namesakeIds, person: contact ? { name: contact.name, beside: contact.company ?? contact.email ?? '' } : null };
  }, tabId);
}

/**
 * The whole page as the panel lays it out. Playwright's full-page shot makes the viewport as tall as
 * the page, so the scrollbar goes, the layout widens by its width and the shot is cut by as much on
 * the right: the page is laid out at its width without the scrollbar, and the scrollbar hidden, first.
 */
async function fullPageShot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
  if (!size || scrollbar <= 0) {
    await page.screenshot({ path, fullPage: true });
    return;
  }
  const style = await page.addStyleTag({ content: 'html { scrollbar-width: none; }' });
  await page.setViewportSize({ width: size.width - scrollbar, height: size.height });
  await page.screenshot({ path, fullPage: true });
  await style.evaluate((tag) => (tag as Element).remove());
  await page.setViewportSize(size);
}

async function setLocale(page: Page, locale: Locale): Promise<void> {
  await page.getByTestId('language-select').selectOption(locale);
  await page.locator('.app').and(page.locator(`[lang="${locale}"]`)).first().waitFor({ timeout: WAIT });
}

const text = async (locator: Locator): Promise<string> => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').trim() : '');
const attr = async (locator: Locator, name: string): Promise<string> => ((await locator.count()) > 0 ? ((await locator.first().getAttribute(name)) ?? '') : '');

async function readHeader(panel: Page): Promise<HeaderSide> {
  return {
    name: await text(panel.getByTestId('header-name')),
    stage: await text(panel.getByTestId('situation-stage')),
    stageId: await attr(panel.getByTestId('situation-stage'), 'data-stage'),
    tier: (await text(panel.getByTestId('contact-tier'))).replace(/^.*\s/, ''),
    button: await text(panel.getByTestId('header-action')),
    kind: await attr(panel.getByTestId('next-step'), 'data-kind'),
    step: await attr(panel.getByTestId('next-step'), 'data-step'),
    nextStep: await text(panel.getByTestId('next-step-action')),
    due: await text(panel.getByTestId('next-step-due')),
    dueAt: (await attr(panel.getByTestId('next-step-due'), 'data-due')) || null,
    failedCards: await panel.getByTestId('card-failed').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card') ?? '?')),
  };
}

async function readRow(row: Locator, prefix: 'today-row' | 'contact-row'): Promise<RowSide> {
  const meta = row.getByTestId(`${prefix}-meta`);
  const action = row.getByTestId(`${prefix}-action`);
  await meta.waitFor({ timeout: WAIT });
  const line = await text(meta);
  return {
    stage: line.split(' · ')[0] ?? '',
    stageId: await attr(meta, 'data-stage'),
    tier: await attr(meta, 'data-tier'),
    kind: await attr(action, 'data-kind'),
    nextStep: await text(action.locator('.row-action-label')),
    line: `${line} | ${await text(action)}`,
  };
}

function disagreements(header: HeaderSide, row: RowSide | null, where: string, dueToday: boolean): string[] {
  if (!row) return dueToday ? [`${where}: no row, though the panel's next step is due by today (${header.due})`] : [];
  const found: string[] = [];
  // The other record's row, naming the merge beside its own step: the person's one row agrees with a
  // page whose step is the merge when it is at the same stage and tier.
  if (row.mergeNamed) {
    if (row.stageId !== header.stageId) found.push(`${where}: stage ${row.stageId} ("${row.stage}"), the header ${header.stageId} ("${header.stage}")`);
    if (row.tier !== header.tier) found.push(`${where}: tier "${row.tier}", the header "${header.tier}"`);
    return found;
  }
  if (row.stageId !== header.stageId) found.push(`${where}: stage ${row.stageId} ("${row.stage}"), the header ${header.stageId} ("${header.stage}")`);
  if (row.tier !== header.tier) found.push(`${where}: tier "${row.tier}", the header "${header.tier}"`);
  if (row.kind !== header.kind) found.push(`${where}: action ${row.kind}, the panel ${header.kind}`);
  else if (row.nextStep !== header.nextStep) found.push(`${where}: next step "${row.nextStep}", the panel "${header.nextStep}"`);
  return found;
}

/**
 * The page's row in Today (all of it loaded): its deal's, else its person's, else the row of a deal the
 * person is on; for a page whose step is to merge it with another record of the person, that record's row
 * when the row names the merge (Today lists a person once).
 */
async function todayRowFor(panel: Page, ids: PageIds, header: HeaderSide | undefined): Promise<RowSide | null> {
  for (const key of [ids.dealId && `deal:${ids.dealId}`, ids.contactId && `contact:${ids.contactId}`, ...ids.personDealIds.map((id) => `deal:${id}`)]) {
    if (!key) continue;
    const row = panel.locator(`[data-testid="today-row"][data-key="${key}"]`);
    if ((await row.count()) > 0) return readRow(row.first(), 'today-row');
  }
  if (header?.step === 'same_person') {
    for (const id of ids.namesakeIds) {
      const row = panel.locator(`[data-testid="today-row"][data-key="contact:${id}"]`).filter({ has: panel.getByTestId('today-row-same-person') });
      if ((await row.count()) > 0) return { ...(await readRow(row.first(), 'today-row')), mergeNamed: true };
    }
  }
  return null;
}

/** The page's person in Contacts, found by name and told from a namesake by what the row shows beside the name. */
async function contactsRowFor(panel: Page, person: { name: string; beside: string }): Promise<RowSide | null> {
  await panel.getByTestId('contacts-search').fill(person.name);
  const rows = panel.getByTestId('contact-row').filter({ has: panel.locator('.row-title', { hasText: person.name }) });
  try {
    await rows.first().getByTestId('contact-row-meta').waitFor({ timeout: 20_000 });
  } catch {
    return null;
  }
  const same = person.beside ? rows.filter({ hasText: ` · ${person.beside}` }) : rows;
  return readRow((await same.count()) > 0 ? same.first() : rows.first(), 'contact-row');
}

async function main(): Promise<void> {
  const extensionDir = builtExtensionDir();
  try {
    findChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new Error(error.message);
    throw error;
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npx wxt build first (or set SOP_EXTENSION_DIR).`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const demo = await launchDemo({ extensionDir, headless: !process.argv.includes('--headed'), scrollbars: true });
  const { context, extensionId } = demo;
  const walk = new Walk(context);
  const { openSitePage, openPanelFor } = openers(context, extensionId);
  const records: PageRecord[] = [];
  const panelUrl = (query: string) => `chrome-extension://${extensionId}/sidepanel.html?${query}`;
  try {
    const routes = walkedRoutes();
    // Every page read into the store first (its panel shows it), so each panel below, Today and
    // Contacts judge the same store: a person on a thread and on a deal is judged with both.
    const sites: { route: DemoRoute; what: string; site: Page }[] = [];
    for (const route of routes) {
      const what = shotName(route);
      console.log(`· reading ${what}`);
      const site = await openSitePage(routeUrl(route));
      const panel = await openPanelFor(site);
      await panel.getByTestId('page-header').waitFor({ timeout: WAIT });
      // (after the panel has read the page: Lightning renders its record a moment after load)
      walk.known += `\n${await siteText(site)}`;
      sites.push({ route, what, site });
      await panel.close();
    }
    const headers: { route: DemoRoute; what: string; ids: PageIds; panelHeaders: Partial<Record<Locale, HeaderSide>> }[] = [];
    for (const { route, what, site } of sites) {
      console.log(`· ${what}`);
      const panel = await openPanelFor(site);
      // Read again now that every page is in the store: a deal or another record of the person read after this page.
      const ids = await idsOf(panel, Number(new URL(panel.url()).searchParams.get('tabId')));
      await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
      await panel.getByTestId('page-header').waitFor({ timeout: WAIT });
      await panel.getByTestId('next-step').waitFor({ state: 'attached', timeout: WAIT });
      const panelHeaders: Partial<Record<Locale, HeaderSide>> = {};
      for (const locale of LOCALES) {
        await setLocale(panel, locale);
        panelHeaders[locale] = await readHeader(panel);
        await walk.shoot(panel, locale, what, WIDTH);
        for (const width of OTHER_WIDTHS) {
          await panel.setViewportSize({ width, height: HEIGHT });
          await walk.shoot(panel, locale, what, width, { screenshot: locale === 'en' });
        }
        await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
      }
      headers.push({ route, what, ids, panelHeaders });
      await panel.close();
      await site.close();
    }

    // Today, Contacts, the playbook, a drill, the dashboard, in each language.
    const stageOf = headers.find((h) => h.route.file.startsWith('gmail/'))?.panelHeaders.en?.stageId ?? 'negotiate';
    const panel = await context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
    await panel.goto(panelUrl('tabId=-1'));
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
    for (const locale of LOCALES) {
      console.log(`· ${locale}: Today, Contacts, playbook, drill, dashboard`);
      await panel.goto(panelUrl('tabId=-1'));
      await setLocale(panel, locale);
      await panel.getByTestId('nav-today').click();
      await panel.getByTestId('today-row').first().waitFor({ timeout: WAIT });
      await panel.getByTestId('today-counts').waitFor({ timeout: WAIT });
      while ((await panel.getByTestId('today-more').count()) > 0) {
        const before = await panel.getByTestId('today-row').count();
        await panel.getByTestId('today-more').click();
        await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="today-row"]').length > n || !document.querySelector('[data-testid="today-more"]'), before, { timeout: WAIT });
      }
      await walk.shoot(panel, locale, 'today', WIDTH);
      for (const width of OTHER_WIDTHS) {
        await panel.setViewportSize({ width, height: HEIGHT });
        await walk.shoot(panel, locale, 'today', width, { screenshot: locale === 'en' });
      }
      await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
      const todayRows = new Map<string, RowSide | null>();
      for (const { what, ids, panelHeaders } of headers) todayRows.set(what, await todayRowFor(panel, ids, panelHeaders[locale]));

      await panel.getByTestId('nav-contacts').click();
      await panel.getByTestId('contacts-results').waitFor({ timeout: WAIT });
      await panel.getByTestId('contact-row-meta').first().waitFor({ timeout: WAIT });
      await walk.shoot(panel, locale, 'contacts', WIDTH, { fullPage: false });
      const endOfToday = new Date();
      endOfToday.setHours(23, 59, 59, 999);
      for (const { route, what, ids, panelHeaders } of headers) {
        const header = panelHeaders[locale];
        if (!header) continue;
        const today = todayRows.get(what) ?? null;
        const contacts = ids.person ? await contactsRowFor(panel, ids.person) : null;
        const dueToday = header.kind !== 'snooze' && header.kind !== 'stop' && header.dueAt !== null && Date.parse(header.dueAt) <= endOfToday.getTime();
        const found = [
          ...disagreements(header, today, 'Today', dueToday),
          ...(ids.person ? disagreements(header, contacts, `Contacts (${ids.person.name})`, true) : []),
          ...header.failedCards.map((card) => `panel: the ${card} card failed`),
        ];
        const record = records.find((r) => r.file === route.file) ?? { file: route.file, what, url: routeUrl(route), locales: {} };
        if (!records.includes(record)) records.push(record);
        record.locales[locale] = { header, today, contacts, disagreements: found };
      }
      await panel.getByTestId('contacts-search').fill('');

      await panel.goto(panelUrl(`tabId=-1&view=playbook&stage=${stageOf}`));
      await panel.getByTestId(`playbook-${stageOf}`).waitFor({ timeout: WAIT });
      await panel.getByTestId(`playbook-${stageOf}`).scrollIntoViewIfNeeded();
      await walk.shoot(panel, locale, `playbook-${stageOf}`, WIDTH, { fullPage: false, screenshot: false });
      await panel.getByTestId(`playbook-${stageOf}`).screenshot({ path: join(OUT, `${locale}-playbook-${stageOf}.png`) });

      await panel.goto(panelUrl('tabId=-1&view=drill'));
      await panel.getByTestId('drill-prompt').waitFor({ timeout: WAIT });
      await walk.shoot(panel, locale, 'drill', WIDTH);
      await panel.getByTestId('drill-option').first().click();
      await panel.getByTestId('drill-feedback').waitFor({ timeout: WAIT });
      await walk.shoot(panel, locale, 'drill-answered', WIDTH);

      await dashboard.setViewportSize({ width: 1280, height: 800 });
      await dashboard.reload();
      await dashboard.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached', timeout: WAIT });
      await dashboard.getByTestId('dash-ready').waitFor({ timeout: WAIT });
      await walk.shoot(dashboard, locale, 'dashboard-1280', 1280);
      await dashboard.setViewportSize({ width: WIDTH, height: HEIGHT });
      await walk.shoot(dashboard, locale, 'dashboard-360', WIDTH);
    }
  } finally {
    await demo.close();
  }

  const count = (pick: (v: ViewFindings) => number) => walk.views.reduce((sum, v) => sum + pick(v), 0);
  const summary = {
    pages: records.length,
    views: walk.views.length,
    disagreements: records.reduce((sum, r) => sum + Object.values(r.locales).reduce((s, l) => s + l.disagreements.length, 0), 0),
    untranslated: count((v) => v.untranslated.length),
    clippedCut: count((v) => v.clipped.filter((c) => c.how === 'cut').length),
    clippedSpills: count((v) => v.clipped.filter((c) => c.how === 'spills').length),
    clippedEllipsis: count((v) => v.clipped.filter((c) => c.how === 'ellipsis').length),
    pagesScrollingSideways: walk.views.filter((v) => v.pageOverflow > 0).map((v) => v.shot),
    consoleErrors: walk.consoleErrors.length,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify({ at: new Date().toISOString(), extensionDir, summary, pages: records, views: walk.views, consoleErrors: walk.consoleErrors }, null, 2)}\n`);
  console.log(`\nWrote ${walk.views.length} views to ${OUT} (report.json):`, summary);
}

// Imported by a test for its pure parts; run as a script otherwise.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
