/**
 * Mutation fuzz of every fixture page that reads today (the demo routes, plus the pages below).
 * Every element any selector of the site's table matches is dropped, has its tag, classes or
 * other attributes renamed, its text emptied, or is swapped with its next sibling; and markup and
 * script are written as TEXT into text nodes. Each variant must read right or be refused
 * (`ok: false`, "layout not recognised"), never a wrong or blank record.
 *
 * What "right" means (`compare`, `judge`): the result passes the extraction schema (no required
 * field blank), has the page kind's required parts (the person of a person page, the record of a
 * deal, the conversation of a thread), and each value in it is the original's value at the same
 * place, list items matched to original items in order (in any order when the variant reordered
 * nodes). A value may disappear, wholly or in part, with the node that said it: what is missing
 * must be words the mutated node carried. Nothing else may differ, except these documented
 * fallbacks of the readers, each still a true value:
 * - a summary field whose node was mutated may take another value the page gives for the same
 *   field (the contact's title from the next experience entry once the first is unreadable);
 * - an identity may fall back to the record's own key when what made the better one is gone
 *   (`email:…` → `hubspot:51234` without an email, `linkedin:<slug>` → `salesnav:<lead>` without a
 *   public-profile link), and a name to the person's own email address;
 * - a time whose machine-readable stamp is gone is the page's words: `when` instead of `at`, or
 *   `at` at local midnight of the same day;
 * - when a day heading or message is dropped or moved, messages are dated, and continue their
 *   group's sender, by their new place on the page;
 * - a deal's contact is its first identified person, or the primary contact the record marks
 *   (Salesforce Classic's Primary box): checked as one of the deal's people on the variant;
 * - the chat overlay on a profile is both a profile and a conversation: either may be read alone.
 * - a value may gain words the mutated node said where the node marked them for trimming (a
 *   signature's id renamed: the signature stays in the message).
 * Injected markup must come back verbatim as text, never parsed, never run; an injected value may
 * carry more of the page's own words where the payload kept a heuristic (a sign-off) from
 * trimming them, and a field the page left empty ("--") may now show the injected text.
 *
 * Variants are sampled per page with a seeded PRNG (the same sample every run). `FUZZ_ALL=1` runs
 * every variant; `FUZZ_SEED=<n>` draws another sample; `FUZZ_REPORT=<file>` appends every failure
 * to the file, one a line.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { contactFromPerson } from '../../lib/sites/crm/person';
import { extractionResultSchema, type ExtractionResult } from '../../lib/sites/extraction-schema';
import { isCrmSite, siteForUrl, type SiteId } from '../../lib/sites/hosts';
import type { PageKind } from '../../lib/sites/page-kinds';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import * as fxiaoke from '../../lib/sites/fxiaoke/selectors';
import * as gmail from '../../lib/sites/gmail/selectors';
import * as hubspot from '../../lib/sites/hubspot/selectors';
import * as linkedin from '../../lib/sites/linkedin/selectors';
import * as outlook from '../../lib/sites/outlook/selectors';
import * as pipedrive from '../../lib/sites/pipedrive/selectors';
import * as salesforce from '../../lib/sites/salesforce/selectors';
import * as zoho from '../../lib/sites/zoho/selectors';
import { FIXTURES_DIR } from '../support/fixtures';

/** Every site's selector table; the compiler refuses a site without one. */
const SELECTOR_TABLES: Record<SiteId, object> = { linkedin, gmail, outlook, salesforce, hubspot, zoho, pipedrive, fxiaoke };

/** Fixture pages that are not demo routes, with the URL each was saved from. */
const EXTRA_PAGES = [
  { file: 'linkedin/feed-with-message-overlay--profile-card--2024-06-12.html', url: 'https://www.linkedin.com/feed/' },
  // Generations and UI languages read by the unit tests only (lib/sites/<site>/*.test.ts).
  { file: 'salesforce/opportunity--gen2024-lwc-zh-cn--2026-11.html', url: 'https://hulian.lightning.force.com/lightning/r/Opportunity/0065g00000HuLiaAAB/view' },
  { file: 'zoho/deal--crux-zh-cn--2026-11.html', url: 'https://crm.zoho.com.cn/crm/org41000123456/tab/Potentials/4100000000123001' },
  { file: 'zoho/contact--crux-zh-hant--2026-11.html', url: 'https://crm.zoho.com/crm/org52000123456/tab/Contacts/5200000000224501' },
  { file: 'outlook/thread--ids-zh-cn--2026-11.html', url: 'https://outlook.office.com/mail/inbox/id/AQQkADAwATNkLTk0' },
  { file: 'outlook/thread--list-weekday-en-ca--2026-12.html', url: 'https://outlook.office.com/mail/inbox/id/AQQkNorthbay0601' },
  { file: 'hubspot/deal--gen2024-zh-cn--2026-11.html', url: 'https://app.hubspot.com/contacts/39012345/record/0-3/77001' },
  { file: 'linkedin/messaging--ui-zh-hant--2026-11.html', url: 'https://www.linkedin.com/messaging/thread/2-TWzhChen0001/' },
  { file: 'linkedin/profile--gen2024-zh-cn--2026-11.html', url: 'https://www.linkedin.com/in/zhou-yaqin-8d21c4/' },
  { file: 'salesforce/opportunity--classic--2026-11.html', url: 'https://northwind.my.salesforce.com/0065g00000HbCl4' },
  { file: 'fxiaoke/opportunity--faci--2026-11.html', url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0c1' },
  { file: 'fxiaoke/contact--faci-zh-hant--2026-11.html', url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1f2' },
];

/** Pages meant not to read (they show the error); every other page must read today. */
const NOT_READ = /--broken-layout--|--loading-skeleton--|\/shell--/;

/** Markup and script as text; each calls a marker no fixture contains, to tell an echo from the page's own words. */
const PAYLOADS = ['<img src=x onerror=alert("fz1")>', '<script>alert("fz2")</script>', '"><svg onload=alert("fz3")>'];
const MARKER = /fz[123]/g;

/**
 * Per page: how many selector-matched elements get every structural mutation, and how many text
 * nodes get a payload (one each, in turn, so each payload twice; all three each with `FUZZ_ALL=1`).
 * Each read of a variant is a whole run of the site's reader on the page (some 15 ms in jsdom), so
 * the sample is the file's time: 16 elements and 15 text nodes were 6,938 variants and 62 s of the
 * unit suite; 8 and 6 keep every mutation kind and every payload on every page (checked below) in
 * half of that. Another seed (`FUZZ_SEED`) or every variant (`FUZZ_ALL=1`) draws more.
 */
const SAMPLE = { elements: 8, textNodes: 6 };
const EXHAUSTIVE = process.env.FUZZ_ALL === '1';
const SEED = Number(process.env.FUZZ_SEED ?? 16);

/**
 * Known gaps, excluded explicitly: variants no small reader fix reads right, or whose mutation
 * changes what the page itself says. Each names the page, the mutation and a selector the mutated
 * element matches, and why.
 */
const KNOWN_GAPS: readonly { file: RegExp; mutation: Mutation; element: string; why: string }[] = [
  {
    file: /^salesforce\//,
    mutation: 'reorder',
    element: 'dl dd',
    why: 'a contact role tile pairs <dt> and <dd> by adjacency: a value swapped past the next label is, on the page itself, that label\'s value ("Title" then "Decision Maker")',
  },
  {
    file: /^salesforce\/.*--classic(?:-[a-z-]+)?--/,
    mutation: 'reorder',
    element: 'td.dataCol',
    why: 'Classic pairs each label cell with the value cell after it, as the page shows them: a value cell moved past the next label is, on the page itself, that label\'s value ("Close Date" then the opportunity\'s name)',
  },
  {
    file: /^salesforce\/.*--classic(?:-[a-z-]+)?--/,
    mutation: 'reorder',
    element: 'tr.dataRow > td',
    why: 'a Classic related list\'s cells carry no field names, only their place under the header row: a cell moved to another column is, on the page itself, that column\'s value (a role under "Phone")',
  },
  ...(['drop', 'retag', 'reattr'] as const).map((mutation) => ({
    file: /^salesforce\/.*--classic(?:-[a-z-]+)?--/,
    mutation,
    element: 'img[src*="checkbox_checked"]',
    why: 'the checked Primary box is what says who the primary contact is: without it the page names none, and the first person listed is the deal\'s person',
  })),
];

/**
 * Fallbacks a reader documents whose value the original cannot show: the field's node was mutated
 * whole and the reader read the field's next source. Path as in the result, list indexes as `[]`.
 */
const DOCUMENTED_FALLBACKS: readonly { site: SiteId; path: string; why: string }[] = [
  { site: 'salesforce', path: '.record.activity[].text', why: 'an activity without its logged details is read by its subject (salesforce/selectors.ts: "subject, then the logged details")' },
];

const THREAD_KINDS: readonly PageKind[] = ['gmail-thread', 'outlook-thread', 'linkedin-messaging'];
/** The chat overlay open on a profile: read as the profile with its conversation, or as either alone. */
const OVERLAY_KINDS: readonly PageKind[] = ['linkedin-profile', 'linkedin-messaging'];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Ok = Extract<ExtractionResult, { ok: true }>;
type Mutation = 'drop' | 'retag' | 'reclass' | 'reattr' | 'empty' | 'reorder';
const MUTATIONS: readonly Mutation[] = ['drop', 'retag', 'reclass', 'reattr', 'empty', 'reorder'];

interface Variant {
  label: string;
  mutation: Mutation | 'inject';
  /** Document-order index of the element (structural) or text node (inject). */
  index: number;
  payload?: string;
}

interface Page {
  file: string;
  url: URL;
  site: SiteId;
  html: string;
  base: Ok;
  /** Every value under each key of `base`, for the same-field fallback. */
  values: Map<string, Set<string>>;
  variants: Variant[];
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to seed each page by its name: adding a page leaves the others' samples alone. */
function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** `count` of `items` drawn without replacement, kept in their order. */
function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (EXHAUSTIVE || items.length <= count) return [...items];
  const indexes = items.map((_, i) => i);
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j] ?? 0, indexes[i] ?? 0];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i] as T);
}

/** Every selector in a table (fallback arrays, nested layouts), a class or attribute name as the selector that finds it. */
function selectorsOf(value: unknown, key = ''): string[] {
  if (key === 'generation') return [];
  if (typeof value === 'string') return [key.endsWith('Class') ? `.${value}` : key === 'labelAttribute' ? `[${value}]` : value];
  if (Array.isArray(value)) return value.flatMap((item) => selectorsOf(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => selectorsOf(v, k));
  return [];
}

function textNodes(document: Document): Text[] {
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trim() && !node.parentElement?.closest('script, style')) nodes.push(node as Text);
  }
  return nodes;
}

/** What the content script does: read the page if the adapter says it is one it reads. */
function read(site: SiteId, document: Document, url: URL): ExtractionResult | null {
  const adapter = SITE_ADAPTERS[site];
  return adapter.detect(url, document) ? adapter.extract(document, url) : null;
}

function applies(mutation: Mutation, element: Element): boolean {
  if (mutation === 'reclass') return element.classList.length > 0;
  if (mutation === 'reattr') return [...element.attributes].some((a) => a.name !== 'class');
  if (mutation === 'empty') return Boolean(element.textContent.trim());
  if (mutation === 'reorder') return Boolean(element.nextElementSibling ?? element.previousElementSibling);
  return true;
}

function describeElement(element: Element): string {
  const classes = [...element.classList]
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  const attribute = [...element.attributes].find((a) => a.name !== 'class');
  return `<${element.tagName.toLowerCase()}${classes}${attribute ? `[${attribute.name}="${attribute.value.slice(0, 40)}"]` : ''}>`;
}

function loadPages(): { pages: Page[]; unread: string[] } {
  const routes = [...SERVED_ROUTES.map((route) => ({ file: route.file, url: routeUrl(route) })), ...EXTRA_PAGES];
  const pages: Page[] = [];
  const unread: string[] = [];
  // The sampling pass parses each page with one window's DOMParser (a window is most of a small
  // page's parse); the variants run on a window of the page's own, with its scripts, and the base
  // read here is what each variant's read is compared with, so a reader that read the two apart
  // would fail every page.
  const { window } = new JSDOM('', { url: 'https://fuzz.invalid/' });
  for (const { file, url } of routes) {
    const site = siteForUrl(url);
    if (!site) throw new Error(`no site reads ${url}`);
    const html = readFileSync(new URL(file, FIXTURES_DIR), 'utf8');
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const base = read(site, document, new URL(url));
    if (!base?.ok) {
      if (!NOT_READ.test(file)) unread.push(file);
      continue;
    }
    const random = prng(hash(file) ^ SEED);
    const all = [...document.querySelectorAll('*')];
    const matched = new Set(selectorsOf(SELECTOR_TABLES[site]).flatMap((selector) => [...document.querySelectorAll(selector)]));
    const targets = all.filter((element) => matched.has(element) && element !== document.documentElement && element !== document.body);
    const variants: Variant[] = sample(targets, SAMPLE.elements, random).flatMap((element) =>
      MUTATIONS.filter((mutation) => applies(mutation, element)).map((mutation) => ({ label: `${mutation} ${describeElement(element)}`, mutation, index: all.indexOf(element) })),
    );
    const texts = textNodes(document);
    sample(texts, SAMPLE.textNodes, random).forEach((node, i) => {
      for (const payload of EXHAUSTIVE ? PAYLOADS : [PAYLOADS[i % PAYLOADS.length] ?? '']) {
        variants.push({ label: `inject ${payload} into "${(node.nodeValue ?? '').trim().slice(0, 30)}"`, mutation: 'inject', index: texts.indexOf(node), payload });
      }
    });
    pages.push({ file, url: new URL(url), site, html, base, values: valuesByKey(base as unknown as Json), variants });
  }
  window.close();
  return { pages, unread };
}

/** Applies a mutation to the live page; returns what puts it back exactly as it was. */
function mutate(element: Element, mutation: Mutation): () => void {
  const document = element.ownerDocument;
  const parent = element.parentNode;
  const next = element.nextSibling;
  switch (mutation) {
    case 'drop':
      element.remove();
      return () => parent?.insertBefore(element, next);
    case 'retag': {
      const renamed = document.createElement('x-renamed');
      for (const attribute of element.attributes) renamed.setAttribute(attribute.name, attribute.value);
      renamed.append(...element.childNodes);
      element.replaceWith(renamed);
      return () => {
        element.append(...renamed.childNodes);
        renamed.replaceWith(element);
      };
    }
    case 'reclass': {
      const classes = element.getAttribute('class') ?? '';
      element.setAttribute('class', [...element.classList].map((c) => `${c}-x9`).join(' '));
      return () => element.setAttribute('class', classes);
    }
    case 'reattr': {
      const attributes = [...element.attributes].map(({ name, value }) => [name, value] as const);
      for (const [name, value] of attributes) {
        if (name === 'class') continue;
        element.removeAttribute(name);
        element.setAttribute(`data-x9-${name}`, value);
      }
      return () => {
        for (const { name } of [...element.attributes]) element.removeAttribute(name);
        for (const [name, value] of attributes) element.setAttribute(name, value);
      };
    }
    case 'empty': {
      const walker = document.createTreeWalker(element, 4);
      const texts: [Node, string | null][] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push([node, node.nodeValue]);
      for (const [node] of texts) node.nodeValue = '';
      return () => {
        for (const [node, value] of texts) node.nodeValue = value;
      };
    }
    case 'reorder': {
      const sibling = element.nextElementSibling;
      if (sibling) sibling.after(element);
      else element.previousElementSibling?.before(element);
      return () => parent?.insertBefore(element, next);
    }
  }
}

/** What a node said: its text and every attribute value in it, whitespace collapsed. */
function carriedBy(node: Node): string {
  const elements = node.nodeType === 1 ? [node as Element, ...(node as Element).querySelectorAll('*')] : [];
  return [node.textContent ?? '', ...elements.flatMap((e) => [...e.attributes].map((a) => a.value))].join(' ').replace(/\s+/g, ' ');
}

/** Text with every payload taken out and whitespace collapsed: the page's own words. */
function withoutPayloads(text: string): string {
  return PAYLOADS.reduce((t, payload) => t.split(payload).join(''), text)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a value shows an injected payload (a new item or field the injected text made: "--" is no longer empty). */
function carriesPayload(value: Json): boolean {
  const json = JSON.stringify(value);
  return PAYLOADS.some((payload) => json.includes(JSON.stringify(payload).slice(1, -1)));
}

/** Every value under each key of the original result, for the same-field fallback. */
function valuesByKey(value: Json, out = new Map<string, Set<string>>(), key = ''): Map<string, Set<string>> {
  if (Array.isArray(value)) for (const item of value) valuesByKey(item, out, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) valuesByKey(v, out, k);
  else if (value !== null) out.set(key, (out.get(key) ?? new Set()).add(withoutPayloads(String(value))));
  return out;
}

interface Context {
  /** Only exact values count (matching list items before any fallback is considered). */
  strict: boolean;
  mutation: Variant['mutation'];
  site: SiteId;
  /** What the mutated node said before the mutation. */
  carried: string;
  original: Map<string, Set<string>>;
}

const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * `got` is `want` with words lost or gained that the mutated node said, and nothing else: a field
 * read in part, or with words a mutated marker no longer trims (a signature). A value the node
 * said whole cannot survive in part: what is left came from another element.
 */
function differsByCarriedWords(got: string, want: string, carried: string): boolean {
  // Blocks run together in textContent ("Hi Mei,</p><p>Attached"): compare without whitespace.
  const compact = carried.replace(/\s+/g, '');
  const said = { has: (word: string) => compact.includes(word) };
  const before = words(want);
  if (before.every((word) => said.has(word))) return got === '';
  const after = words(got);
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      i += 1;
      j += 1;
    } else if (i < before.length && said.has(before[i] ?? '')) i += 1;
    else if (j < after.length && said.has(after[j] ?? '')) j += 1;
    else return false;
  }
  return true;
}

function isLocalMidnightOfSameDay(got: number, want: number): boolean {
  const day = new Date(want);
  return got === new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}

/** Why a scalar is not right; '' when it is. */
function compareScalar(variant: string | number | boolean, original: Json, path: string, context: Context): string {
  const got = withoutPayloads(String(variant));
  const want = withoutPayloads(typeof original === 'object' ? JSON.stringify(original) : String(original));
  if (got === want && typeof variant === typeof original) return '';
  const wrong = `${path}: ${JSON.stringify(variant)} where the original has ${JSON.stringify(original)}`;
  if (context.strict) return wrong;
  const key = path.replace(/\[\d+\]/g, '').split('.').pop() ?? '';
  if (typeof variant === 'number' && typeof original === 'number') return key === 'at' && isLocalMidnightOfSameDay(variant, original) ? '' : wrong;
  if (typeof variant !== 'string' || typeof original !== 'string') return wrong;
  // Moving a node takes no words off the page: only the fallbacks below may change a value then.
  if (context.mutation !== 'reorder' && differsByCarriedWords(got, want, context.carried)) return '';
  // A summary field (the contact's title) whose node was mutated or moved takes the page's next value for that field.
  const carriedWhole = words(want).every((word) => context.carried.replace(/\s+/g, '').includes(word));
  if (!/\[\d+\]/.test(path) && (carriedWhole || context.mutation === 'reorder') && context.original.get(key)?.has(got)) return '';
  const listPath = path.replace(/\[\d+\]/g, '[]');
  if (carriedWhole && got && DOCUMENTED_FALLBACKS.some((fallback) => fallback.site === context.site && fallback.path === listPath)) return '';
  if (context.mutation === 'inject' && got.includes(want)) return '';
  // LinkedIn shows a day once above its messages, and a sender once above their group: both follow a message's place.
  const moved = context.site === 'linkedin' && (context.mutation === 'drop' || context.mutation === 'reorder');
  if (moved && key === 'when' && words(got).every((w) => [...(context.original.get('when') ?? [])].some((when) => words(when).includes(w)))) return '';
  if (moved && context.mutation === 'reorder' && (key === 'fromName' || key === 'direction')) return '';
  return wrong;
}

/** A record's own key for a person: `hubspot:51234`, `salesnav:acwaa…`. */
function isOwnKey(identity: string, site: SiteId): boolean {
  return new RegExp(`^(?:${site}|salesnav):[\\w-]+$`).test(identity);
}

/** Why `variant` is not right against `original`, one line a problem; empty when it is right. */
function compare(variant: Json, original: Json, path: string, context: Context): string[] {
  if (Array.isArray(variant)) {
    if (!Array.isArray(original)) return [`${path}: a list where the original has ${JSON.stringify(original)}`];
    const used = new Set<number>();
    let from = 0;
    const problems: string[] = [];
    variant.forEach((item, i) => {
      const candidates = original.map((_, j) => j).filter((j) => !used.has(j) && (context.mutation === 'reorder' || j >= from));
      const strict: Context = { ...context, strict: true };
      // An exact match first, so a partial one cannot take another item's place.
      const match = candidates.find((j) => compare(item, original[j] ?? null, '', strict).length === 0) ?? candidates.find((j) => compare(item, original[j] ?? null, `${path}[${j}]`, context).length === 0);
      if (match !== undefined) {
        used.add(match);
        from = match + 1;
      } else if (!(context.mutation === 'inject' && carriesPayload(item))) {
        const nearest = candidates[0];
        const why = nearest === undefined ? '' : ` (nearest: ${compare(item, original[nearest] ?? null, `${path}[${String(nearest)}]`, context).join('; ')})`;
        problems.push(`${path}[${String(i)}]: ${JSON.stringify(item).slice(0, 300)} is none of the original items${why}`);
      }
    });
    return problems;
  }
  if (variant && typeof variant === 'object') {
    if (!original || typeof original !== 'object' || Array.isArray(original)) return [`${path}: an object where the original has ${JSON.stringify(original)}`];
    return Object.entries(variant).flatMap(([key, value]) => {
      const at = `${path}.${key}`;
      if (!(key in original)) {
        if (context.strict) return [`${at}: new field`];
        if (key === 'when' && 'at' in original) return [];
        if (context.mutation === 'inject' && carriesPayload(value)) return [];
        return [`${at}: new field ${JSON.stringify(value)}`];
      }
      const before = original[key] ?? null;
      if (context.strict) return compare(value, before, at, context);
      if (key === 'identity' && typeof value === 'string' && typeof before === 'string' && value !== before && isOwnKey(value, context.site)) {
        const lostEmail = before.startsWith('email:') && !('email' in variant);
        const lostProfile = before.startsWith('linkedin:') && !('profileUrl' in variant);
        if (lostEmail || lostProfile) return [];
      }
      if (key === 'name' && typeof value === 'string' && value === variant.email) return [];
      return compare(value, before, at, context);
    });
  }
  if (variant === null) return original === null ? [] : [`${path}: null where the original has ${JSON.stringify(original)}`];
  const problem = compareScalar(variant, original, path, context);
  return problem ? [problem] : [];
}

/** Parts a page kind cannot be without: a result without them is blank, not partial. */
function missingParts(result: Ok, base: Ok): string[] {
  const kindsAgree = result.kind === base.kind || (OVERLAY_KINDS.includes(result.kind) && OVERLAY_KINDS.includes(base.kind) && base.conversation !== undefined);
  return [
    ...(kindsAgree ? [] : [`kind ${base.kind} (got ${result.kind})`]),
    ...(base.record && !result.record ? ['record'] : []),
    ...(THREAD_KINDS.includes(result.kind) && !result.conversation ? ['conversation'] : []),
    ...(!base.record && !result.contact ? ['contact'] : []),
  ];
}

interface Outcome {
  same: number;
  partial: number;
  refused: number;
  /** Known gaps, not run. */
  excluded: number;
  failures: string[];
}

function judge(page: Page, variant: Variant, result: ExtractionResult | null, carried: string, outcome: Outcome): void {
  const fail = (why: string): void => {
    outcome.failures.push(`${page.file} | ${variant.label}: ${why}`);
  };
  if (!result?.ok) {
    if (result && result.error.code !== 'layout-not-recognised') fail(`refused with ${result.error.code}`);
    else outcome.refused += 1;
    return;
  }
  const parsed = extractionResultSchema.safeParse(result);
  if (!parsed.success) return fail(`not a valid extraction: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const missing = missingParts(result, page.base);
  if (missing.length > 0) return fail(`blank: no ${missing.join(', ')}`);
  // The kind is checked above; the contact below, as a deal's first person or against the original's.
  const { contact, kind: _kind, ...rest } = result;
  const { contact: baseContact, kind: _baseKind, ...baseRest } = page.base;
  const dealPerson = Boolean(result.record && isCrmSite(page.site));
  const crm = page.site;
  if (result.record && isCrmSite(crm)) {
    // A deal's contact is its first identified person, or the primary contact the record marks
    // (the original read's contact, found again among this read's people): a person of this very read.
    const { contacts, account } = result.record;
    const first = contacts.find((person) => person.identity);
    const marked = baseContact ? contacts.find((person) => person.identity === baseContact.identity) : undefined;
    const allowed = [first, marked].map((person) => JSON.stringify(person ? contactFromPerson(crm, person, account) : null));
    if (!allowed.includes(JSON.stringify(contact ?? null))) return fail(`the contact ${JSON.stringify(contact)} is neither the deal's first identified person ${allowed[0] ?? 'null'} nor its primary contact`);
  }
  const context: Context = { strict: false, mutation: variant.mutation, site: page.site, carried, original: page.values };
  const problems = [
    ...(dealPerson ? [] : compare((contact ?? null) as unknown as Json, (baseContact ?? null) as unknown as Json, '.contact', context)),
    ...compare(rest as unknown as Json, baseRest as unknown as Json, '', context),
  ];
  if (problems.length > 0) return fail(problems.join(' / '));
  if (JSON.stringify(result) === JSON.stringify(page.base)) outcome.same += 1;
  else outcome.partial += 1;
}

/**
 * Runs one page's variants on one live page whose scripts run (with an `alert` that counts), each
 * mutation undone after its read. The page must come out exactly as it went in.
 */
function runPage(page: Page): Outcome {
  const outcome: Outcome = { same: 0, partial: 0, refused: 0, excluded: 0, failures: [] };
  let alerts = 0;
  const { window } = new JSDOM(page.html, {
    url: page.url.href,
    runScripts: 'dangerously',
    beforeParse(w) {
      w.alert = () => {
        alerts += 1;
      };
    },
  });
  const document = window.document;
  const pristine = document.documentElement.outerHTML;
  const elements = [...document.querySelectorAll('*')];
  const texts = textNodes(document);
  for (const variant of page.variants) {
    const fail = (why: string): void => {
      outcome.failures.push(`${page.file} | ${variant.label}: ${why}`);
    };
    let result: ExtractionResult | null;
    let carried: string;
    if (variant.mutation === 'inject') {
      const node = texts[variant.index];
      if (!node || !variant.payload) throw new Error(`${page.file}: no text node ${String(variant.index)}`);
      const before = node.data;
      carried = before;
      node.data = `${before} ${variant.payload}`;
      const count = document.querySelectorAll('*').length;
      result = read(page.site, document, page.url);
      if (document.querySelectorAll('*').length !== count) fail('the page gained or lost elements while it was read');
      node.data = before;
      const json = JSON.stringify(result);
      // Markup parsed and serialised again would come back with quoted attributes or closing tags.
      if (/onerror="|onload="|<\/svg>|<img [^>]*src="x"/.test(json)) fail(`markup came back parsed: ${json.slice(0, 300)}`);
      const verbatim = JSON.stringify(variant.payload).slice(1, -1);
      if ((json.match(MARKER) ?? []).length !== json.split(verbatim).length - 1) fail(`the payload came back altered: ${json.slice(0, 300)}`);
    } else {
      const element = elements[variant.index];
      if (!element) throw new Error(`${page.file}: no element ${String(variant.index)}`);
      if (KNOWN_GAPS.some((gap) => gap.file.test(page.file) && gap.mutation === variant.mutation && element.matches(gap.element))) {
        outcome.excluded += 1;
        continue;
      }
      carried = carriedBy(element);
      const undo = mutate(element, variant.mutation);
      try {
        result = read(page.site, document, page.url);
      } catch (error) {
        outcome.failures.push(`${page.file} | ${variant.label}: the reader threw ${String(error)}`);
        continue;
      } finally {
        undo();
      }
    }
    if (alerts > 0) fail('a payload ran');
    alerts = 0;
    judge(page, variant, result, carried, outcome);
  }
  if (document.documentElement.outerHTML !== pristine) outcome.failures.push(`${page.file}: the page did not come back as it was (a reader changed it, or an undo is wrong)`);
  window.close();
  return outcome;
}

const { pages, unread } = loadPages();
const total = pages.reduce((n, page) => n + page.variants.length, 0);
const outcomes: Outcome[] = [];

describe(`mutation fuzz of every fixture page that reads: ${String(pages.length)} pages, ${String(total)} variants (seed ${String(SEED)}${EXHAUSTIVE ? ', all' : ''})`, () => {
  it('has every fixture page reading that should', () => {
    expect(unread).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(26);
  });

  it('tries every payload on every page, and every mutation kind on nearly every page', () => {
    for (const page of pages) expect(new Set(page.variants.flatMap((v) => (v.payload ? [v.payload] : []))), page.file).toEqual(new Set(PAYLOADS));
    for (const mutation of MUTATIONS) {
      const without = pages.filter((page) => !page.variants.some((v) => v.mutation === mutation)).map((page) => page.file);
      expect(without.length, `${mutation} on none of its elements: ${without.join(', ')}`).toBeLessThanOrEqual(Math.floor(pages.length / 10));
    }
  });

  it.each(pages.map((page) => [page.file, page.url.href, page.variants.length, page] as const))('%s (%s): %i variants read right or are refused', (_file, _url, _count, page) => {
    const outcome = runPage(page);
    outcomes.push(outcome);
    if (process.env.FUZZ_REPORT) appendFileSync(process.env.FUZZ_REPORT, outcome.failures.map((f) => `${f}\n`).join(''));
    expect(outcome.failures).toEqual([]);
    expect(outcome.same + outcome.partial + outcome.refused + outcome.excluded).toBe(page.variants.length);
  });

  it(`ran ${String(total)} variants`, () => {
    const sum = (key: 'same' | 'partial' | 'refused' | 'excluded') => outcomes.reduce((n, o) => n + o[key], 0);
    console.info(
      `fuzz: ${String(total)} variants on ${String(pages.length)} pages: ${String(sum('same'))} read the same, ${String(sum('partial'))} read right with less, ${String(sum('refused'))} refused, ${String(sum('excluded'))} known gaps not run`,
    );
    expect(total).toBeGreaterThan(2000);
  });
});
