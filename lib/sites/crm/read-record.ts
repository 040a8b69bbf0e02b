import type { ExtractedContact } from '../../contacts/schema';
import { queryFirst, type SelectorList } from '../../dom/query';
import { blockText, cleanText } from '../../dom/text';
import type { CrmRecord, RecordPerson } from '../extraction-schema';
import { LayoutNotRecognisedError, type ExtractionResult, type PageKind, type SiteAdapter } from '../extraction';
import type { CrmSiteId } from '../hosts';
import { pageDayOrder, type DayOrder } from '../../dates/day-order';
import { parsePageDate } from '../../dates/page-date';
import { parseAmount } from './amount';
import { fieldForLabel, isPersonRoleLabel, type RecordField } from './fields';
import { contactFromPerson } from './person';

/** How one layout generation of a CRM shows a record's fields: label/value items. */
export interface FieldLayout {
  item: string;
  /** Where the label is: an attribute of the item (Lightning's `field-label`) or an element in it. */
  labelAttribute?: string;
  label: SelectorList;
  value: SelectorList;
  /**
   * Where each label is the cell before its value (Salesforce Classic's `td.labelCol` + `td.dataCol`):
   * the item is the value's cell, and its previous sibling, when it matches this, is the label.
   */
  labelBefore?: string;
  /** The item's own text is the value when no `value` element is inside it (a cell without inline edit). */
  valueInItem?: boolean;
  /** What the layout prints after a value that is not part of it (Classic's "Sam Lee [Change]"). */
  valueSuffix?: RegExp;
  /**
   * The field an item holds by the CRM's own name for it (an API or column name in an attribute):
   * the same in every UI language and after an admin renames the label. The label decides when
   * this says nothing.
   */
  fieldKey?: (item: Element) => RecordField | undefined;
}

/** People listed on a record (contact roles, associated contacts). */
export interface PeopleLayout {
  item: string;
  name: SelectorList;
  title?: SelectorList;
  email?: SelectorList;
  phone?: SelectorList;
  role?: SelectorList;
  /**
   * Label/value pairs in the item (a tile's `dt`/`dd`), read by their labels in any of our
   * languages: title, email, phone and the person's role on the deal. Used where the selectors
   * above find nothing, so a translated tile reads as the English one does.
   */
  pairs?: { term: string; detail: string };
  /**
   * A related list drawn as a table (Salesforce Classic's Contact Roles, 纷享销客's Element tables):
   * each cell is read by its column's header in any of our languages, as a tile's pairs are: title,
   * email, phone and the role. `scope` is the item's ancestor holding the header cells (`header`):
   * the table, or the grid component that draws its header and body as two tables. A cell finds its
   * header by the class they share when the grid names its columns (`key`: Element's
   * `el-table_1_column_3`), else by its place in a row as long as the header row. Used where the
   * selectors above find nothing.
   */
  columns?: { scope: string; header: string; key?: RegExp };
  /** What marks the record's primary contact in its row (Classic's checked Primary box): the deal's person. */
  primary?: string;
  /** A link to the person's own record, for their identity when no email is shown. */
  link?: string;
}

/** The record's activity feed, newest first as every CRM shows it. */
export interface ActivityLayout {
  item: string;
  text: SelectorList;
  time: SelectorList;
  /** The entries' stamps are days (Classic's Due Date beside a Last Modified time): read as the day, never its hour. */
  days?: true;
}

/** One layout generation of a CRM's record page. */
export interface RecordLayout {
  /** Which generation this is, for the maintainer ("Lightning 2024, LWC record layout"). */
  generation: string;
  root: SelectorList;
  title: SelectorList;
  fields: FieldLayout;
  /** The current stage in a path or pipeline bar, when the fields do not show it. */
  stage?: SelectorList;
  /** A won or lost badge beside the stage bar (Pipedrive keeps the last stage in its bar and marks the deal Won or Lost). */
  status?: SelectorList;
  people?: PeopleLayout;
  activity?: ActivityLayout;
  /**
   * The root's attribute naming which object it shows (Fxiaoke: `data-apiname="ContactObj"`). In a
   * hash-routed app the URL changes before the view does; a root showing another object than the
   * URL's is the previous view, not this record, and is not read.
   */
  objectAttribute?: string;
  /**
   * Which kind of record the view shows, read off its fields, for a view that does not name its
   * object (see `objectAttribute`): a previous view of another kind is not read as this record.
   */
  shownType?: (root: Element) => CrmPage['type'] | null;
}

export interface CrmPage {
  site: CrmSiteId;
  kind: PageKind;
  type: 'person' | 'deal' | 'account';
  recordId: string;
  /** The object the URL names, for layouts that check it (see `RecordLayout.objectAttribute`). */
  object?: string;
  /** Newest generation first. */
  layouts: readonly RecordLayout[];
  /** The record id in a link to a person's record, when the CRM links people. */
  personIdFromHref?: (href: string) => string | null;
}

const EMAIL = /[^\s@<>()"',;:：]+@[^\s@<>()"',;:：]+\.[a-z]{2,}/i;
/** What CRMs print in an empty field. */
const EMPTY = /^(?:-+|—|–|n\/a|none|无|無|暂无|暫無|未填写|未填寫)$/i;
/** Screen-reader copies and edit buttons inside values: "Edit Stage", "Change Owner". */
const NOT_VALUE = 'button, .slds-assistive-text, .assistiveText, .visually-hidden, .sr-only';

function textOf(element: Element | null): string {
  if (!element) return '';
  // An inline-edit field shows its value in an input.
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
    const value = cleanText((element as HTMLInputElement).value || (element.getAttribute('value') ?? ''));
    return EMPTY.test(value) ? '' : value;
  }
  const copy = element.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll(NOT_VALUE)) skip.remove();
  const text = cleanText(blockText(copy));
  return EMPTY.test(text) ? '' : text;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** A field as shown, with the field it is when the layout names it by key. */
interface ShownField {
  label: string;
  value: string;
  key?: RecordField;
}

function readFields(root: Element, layout: FieldLayout): ShownField[] {
  const pairs: ShownField[] = [];
  for (const item of root.querySelectorAll(layout.item)) {
    // An item may be the inline-edit input itself, labelled by its ARIA label.
    const isInput = item.matches('input, textarea');
    const before = layout.labelBefore && item.previousElementSibling?.matches(layout.labelBefore) ? item.previousElementSibling : null;
    const label = cleanText((layout.labelAttribute ? item.getAttribute(layout.labelAttribute) : null) ?? (textOf(before) || textOf(queryFirst(item, layout.label)) || (isInput ? (item.getAttribute('aria-label') ?? '') : '')));
    const shown = textOf(queryFirst(item, layout.value) ?? (isInput || layout.valueInItem ? item : null));
    const value = layout.valueSuffix ? shown.replace(layout.valueSuffix, '').trim() : shown;
    const key = layout.fieldKey?.(item);
    if (label && value && pairs.length < 80) pairs.push({ label: clip(label, 120), value: clip(value, 2000), ...(key ? { key } : {}) });
  }
  return pairs;
}

function firstOf(fields: readonly ShownField[]): Partial<Record<RecordField, string>> {
  const found: Partial<Record<RecordField, string>> = {};
  for (const { label, value, key } of fields) {
    const field = key ?? fieldForLabel(label);
    if (field && found[field] === undefined) found[field] = value;
  }
  return found;
}

/** A tile's label/value pairs by what their labels name (see `PeopleLayout.pairs`). */
function readPairs(item: Element, pairs: NonNullable<PeopleLayout['pairs']>): Partial<Record<'title' | 'email' | 'phone' | 'role', string>> {
  const found: Partial<Record<'title' | 'email' | 'phone' | 'role', string>> = {};
  for (const term of item.querySelectorAll(pairs.term)) {
    const detail = term.nextElementSibling;
    if (!detail?.matches(pairs.detail)) continue;
    const label = cleanText(term.getAttribute('title') ?? term.textContent);
    const field = isPersonRoleLabel(label) ? 'role' : fieldForLabel(label);
    if ((field === 'role' || field === 'title' || field === 'email' || field === 'phone') && found[field] === undefined) found[field] = textOf(detail);
  }
  return found;
}

type PersonDetail = 'title' | 'email' | 'phone' | 'role';

/**
 * A table row's cells by their column headers (see `PeopleLayout.columns`). Without a shared column
 * class, a row whose cells do not line up with the header row (a colspan, a column hidden) says nothing.
 */
function readColumns(item: Element, columns: NonNullable<PeopleLayout['columns']>): Partial<Record<PersonDetail, string>> {
  const found: Partial<Record<PersonDetail, string>> = {};
  const scope = item.closest(columns.scope);
  const headers = scope ? [...scope.querySelectorAll(columns.header)] : [];
  const cells = [...item.children].filter((cell) => cell.matches('td, th'));
  const columnOf = (cell: Element) => [...cell.classList].find((name) => columns.key?.test(name));
  const headerOf = (cell: Element, at: number): Element | undefined => {
    if (!columns.key) return headers.length === cells.length ? headers[at] : undefined;
    const column = columnOf(cell);
    return column ? headers.find((header) => header.classList.contains(column)) : undefined;
  };
  cells.forEach((cell, at) => {
    const header = headerOf(cell, at);
    if (!header) return;
    const label = cleanText(header.textContent);
    const field = isPersonRoleLabel(label) ? 'role' : fieldForLabel(label);
    if ((field === 'role' || field === 'title' || field === 'email' || field === 'phone') && found[field] === undefined) found[field] = textOf(cell);
  });
  // Headers over the wrong cells (reordered, one hidden) show in what they hold: an address under
  // Phone, no address under Email. Then the header row does not describe this row: nothing is read by it.
  const misplaced = (found.phone && (found.phone.includes('@') || !/\d{3}/.test(found.phone))) || (found.email && !EMAIL.test(found.email));
  return misplaced ? {} : found;
}

function emailIn(text: string | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0].toLowerCase() : undefined;
}

/** The people on a record in the page's order, and the one it marks as its primary contact. */
function readPeople(root: Element, page: CrmPage, layout: PeopleLayout): { people: RecordPerson[]; primary: RecordPerson | undefined } {
  const people: RecordPerson[] = [];
  let primary: RecordPerson | undefined;
  for (const item of [...root.querySelectorAll(layout.item)].slice(0, 50)) {
    const name = clip(textOf(queryFirst(item, layout.name)), 200);
    if (!name) continue;
    const paired = { ...(layout.columns ? readColumns(item, layout.columns) : {}), ...(layout.pairs ? readPairs(item, layout.pairs) : {}) };
    const pick = (selectors: SelectorList | undefined, max: number, fallback: string | undefined) =>
      clip((selectors ? textOf(queryFirst(item, selectors)) : '') || (fallback ?? ''), max);
    const email = emailIn(pick(layout.email, 320, paired.email));
    const href = layout.link ? item.querySelector(layout.link)?.getAttribute('href') : null;
    const linkedId = href && page.personIdFromHref ? page.personIdFromHref(href) : null;
    const title = pick(layout.title, 200, paired.title);
    const phone = pick(layout.phone, 60, paired.phone);
    const role = pick(layout.role, 100, paired.role);
    const person: RecordPerson = {
      name,
      ...(title ? { title } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(role ? { role } : {}),
      ...(email ? { identity: `email:${email}` } : linkedId ? { identity: `${page.site}:${linkedId}` } : {}),
    };
    people.push(person);
    if (!primary && layout.primary && item.querySelector(layout.primary)) primary = person;
  }
  return { people, primary };
}

function readActivity(root: Element, layout: ActivityLayout, order: DayOrder | undefined): CrmRecord['activity'] {
  const activity: CrmRecord['activity'] = [];
  for (const item of [...root.querySelectorAll(layout.item)].slice(0, 50)) {
    // Without its text element an entry is not read: the rest of it is the author and the time.
    const body = queryFirst(item, layout.text);
    const text = body ? clip(cleanText(blockText(body)), 5000) : '';
    if (!text) continue;
    const time = queryFirst(item, layout.time);
    const stamp = time?.getAttribute('datetime') ?? time?.getAttribute('title') ?? '';
    const words = time ? cleanText(time.textContent) : '';
    const parsedStamp = stamp ? Date.parse(stamp) : Number.NaN;
    const read = Number.isNaN(parsedStamp) ? parsePageDate(stamp || words, order) : parsedStamp;
    const at = read !== undefined && layout.days ? new Date(read).setHours(0, 0, 0, 0) : read;
    activity.push({ text, ...(at !== undefined ? { at } : words ? { when: clip(words, 100) } : {}) });
  }
  return activity;
}

/** A value that is a date as the CRM formatted it ("18/11/2026 10:02", "Sam Lee, 11/18/2026 10:02 AM"), not a sentence with one in it. */
function isDateValue(value: string): boolean {
  return value.length <= 40 && (parsePageDate(value, 'day-first') !== undefined || parsePageDate(value, 'month-first') !== undefined);
}

/**
 * The order this CRM page writes day and month in (see `lib/dates/day-order.ts`): the dates the CRM
 * formatted on the record (its date fields, the activity's stamps, `<time>` elements on the page),
 * else the locale the page declares. The CRM's `lang` is its UI language, set apart from its date
 * format, so English without a region says nothing.
 */
function recordDayOrder(document: Document, root: Element, fields: readonly ShownField[], activity: ActivityLayout | undefined): DayOrder | undefined {
  const texts = fields.map((field) => field.value).filter(isDateValue);
  const stamps = [...(activity ? root.querySelectorAll(activity.time.join(', ')) : []), ...document.querySelectorAll('time')].slice(0, 100);
  for (const stamp of stamps) texts.push(stamp.getAttribute('title') ?? '', cleanText(stamp.textContent));
  return pageDayOrder(document, texts.filter(Boolean), { bareEnglish: 'unknown' });
}

/** A status badge's words, in the languages the CRMs' UIs come in. */
const WON = /^(?:deal\s+)?(?:won|gewonnen|gagnée?|ganad[oa]|ganho|vinto|赢单|贏單|已赢单|已贏單|成交)$/i;
const LOST = /^(?:deal\s+)?(?:lost|verloren|perdue?|perdid[oa]|perso|输单|輸單|已输单|已輸單)$/i;

function statusOf(text: string): CrmRecord['status'] {
  const words = text.trim();
  return WON.test(words) ? 'won' : LOST.test(words) ? 'lost' : undefined;
}

interface Located {
  layout: RecordLayout;
  root: Element;
  title: string;
  fields: ShownField[];
}

/** The first layout generation whose record, title and fields are all on the page; else what is missing. */
function locate(document: Document, layouts: readonly RecordLayout[]): Located | { missing: string[] } {
  let best: string[] | null = null;
  for (const layout of layouts) {
    const root = queryFirst(document, layout.root);
    const titleElement = root ? queryFirst(root, layout.title) : null;
    const title = clip(textOf(titleElement), 300);
    const fields = root ? readFields(root, layout.fields) : [];
    const missing = [...(root ? [] : ['record']), ...(root && !title ? ['record-name'] : []), ...(root && fields.length === 0 ? ['fields'] : [])];
    if (root && title && fields.length > 0) return { layout, root, title, fields };
    if (!best || missing.length < best.length) best = missing;
  }
  return { missing: best ?? ['record'] };
}

/**
 * Reads a CRM record page with the CRM's layout tables: a person record yields the contact; a
 * deal or account yields the record (stage, amount, close date, people, activity, every field)
 * and its first identified person as the contact. Pure, like every extractor; a page where no
 * generation's record, name and fields are found — or a deal without a stage — is refused.
 */
export function readCrmRecord(document: Document, page: CrmPage): ExtractionResult {
  const located = locate(document, page.layouts);
  if ('missing' in located) return new LayoutNotRecognisedError(page.site, page.kind, located.missing).toResult();
  const { layout, root, title, fields } = located;
  const shown = layout.objectAttribute ? root.closest(`[${layout.objectAttribute}]`)?.getAttribute(layout.objectAttribute) : null;
  if (shown && page.object && shown !== page.object) return new LayoutNotRecognisedError(page.site, page.kind, ['record-object']).toResult();
  const shownType = shown ? null : layout.shownType?.(root);
  if (shownType && shownType !== page.type) return new LayoutNotRecognisedError(page.site, page.kind, ['record-object']).toResult();
  const known = firstOf(fields);

  if (page.type === 'person') {
    const email = emailIn(known.email);
    const contact: ExtractedContact = {
      source: page.site,
      identity: email ? `email:${email}` : `${page.site}:${page.recordId}`,
      name: clip(title, 200),
      ...(known.title ? { title: clip(known.title, 200) } : {}),
      ...(known.company ? { company: clip(known.company, 200) } : {}),
      ...(email ? { email } : {}),
      ...(known.phone ? { phone: clip(known.phone, 60) } : {}),
    };
    return { ok: true, kind: page.kind, contact };
  }

  const stage = known.stage ?? (layout.stage ? textOf(queryFirst(root, layout.stage)) : '');
  const status = layout.status ? statusOf(textOf(queryFirst(root, layout.status))) : undefined;
  if (page.type === 'deal' && !stage) return new LayoutNotRecognisedError(page.site, page.kind, ['stage']).toResult();
  const { people, primary: marked } = layout.people ? readPeople(root, page, layout.people) : { people: [], primary: undefined };
  if (people.length === 0 && known.contactName) people.push({ name: clip(known.contactName, 200) });
  const order = recordDayOrder(document, root, fields, layout.activity);
  const activity = layout.activity ? readActivity(root, layout.activity, order) : [];
  if (known.lastActivity) {
    const at = parsePageDate(known.lastActivity, order);
    if (at !== undefined && !activity.some((a) => a.at !== undefined && a.at >= at)) activity.push({ text: known.lastActivity, at });
  }
  const amountValue = known.amount ? parseAmount(known.amount) : undefined;
  // An ambiguous close date with nothing on the page to settle it stays text only (the panel marks it unclear).
  const closeAt = known.closeDate ? parsePageDate(known.closeDate, order) : undefined;
  const record: CrmRecord = {
    type: page.type,
    recordId: page.recordId,
    name: title,
    ...(stage ? { stage: clip(stage, 120) } : {}),
    ...(status ? { status } : {}),
    ...(known.amount ? { amount: clip(known.amount, 60) } : {}),
    ...(amountValue !== undefined ? { amountValue } : {}),
    ...(known.closeDate ? { closeDate: clip(known.closeDate, 60) } : {}),
    ...(closeAt !== undefined ? { closeAt } : {}),
    ...(known.nextStep ? { nextStep: clip(known.nextStep, 1000) } : {}),
    ...(known.owner ? { owner: clip(known.owner, 200) } : {}),
    ...(page.type === 'account' ? { account: clip(title, 200) } : known.company ? { account: clip(known.company, 200) } : {}),
    contacts: people,
    activity,
    fields: fields.map(({ label, value }) => ({ label, value })),
  };
  // The deal's person: the one the record marks as its primary contact, else the first we can identify.
  const primary = marked?.identity ? marked : people.find((person) => person.identity);
  const contact = primary ? contactFromPerson(page.site, primary, record.account) : null;
  return { ok: true, kind: page.kind, record, ...(contact ? { contact } : {}) };
}

/** What a CRM's URL says: which record kind is open, and its id. */
export interface CrmRecordRef {
  kind: PageKind;
  type: CrmPage['type'];
  id: string;
  /** The object the URL names, when the CRM's views name theirs too. */
  object?: string;
}

/**
 * A CRM's site adapter from its URL reader and layout table: every CRM detects by URL and reads
 * with the shared record reader, so only those two differ.
 */
export function crmAdapter(options: {
  site: CrmSiteId;
  label: string;
  recordAt: (url: URL) => CrmRecordRef | null;
  /** The kind an error names when the URL shows no record (extract is only called after detect). */
  fallbackKind: PageKind;
  layouts: readonly RecordLayout[];
  personIdFromHref?: (href: string) => string | null;
}): SiteAdapter {
  const { site, label, recordAt, fallbackKind, layouts, personIdFromHref } = options;
  return {
    site,
    label,
    detect: (url) => recordAt(url)?.kind ?? null,
    extract(document, url) {
      const ref = recordAt(url);
      if (!ref) return { ok: false, error: { code: 'layout-not-recognised', site, kind: fallbackKind, missing: ['record-url'] } };
      return readCrmRecord(document, { site, kind: ref.kind, type: ref.type, recordId: ref.id, layouts, ...(ref.object ? { object: ref.object } : {}), ...(personIdFromHref ? { personIdFromHref } : {}) });
    },
  };
}
