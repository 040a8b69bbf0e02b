import { queryAllFirst, queryFirst } from '../../dom/query';
import { blockText, cleanText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { cleanReply } from '../../nlp/reply';
import { LayoutNotRecognisedError, type Conversation, type ExtractionResult } from '../extraction';
import { isDateStamp, pageDayOrder, type DayOrder } from '../../dates/day-order';
import { parsePageDate, readPageDate } from '../../dates/page-date';
import { relativeWhenIn } from '../../dates/relative';
import { outlookSelectors as S } from './selectors';

type Message = Conversation['messages'][number];
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;

/**
 * "Tue 9/3/2024 10:05 AM", "Sun 06/12/2026 09:14" (en-GB), "2026/11/27 周五 10:00", "2026/12/3 (週四)
 * 下午 03:20" → ms (local time). A day/month pair that reads both ways is read by the weekday beside
 * it, else in `order` (see `lib/dates/`), else not at all.
 */
export function parseOutlookTime(text: string, order?: DayOrder): number | undefined {
  return parsePageDate(text, order);
}

/** Every place a message's time element writes its time: a machine value, its label, its title, its text. */
function timeTexts(time: Element | null): string[] {
  if (!time) return [];
  return [time.getAttribute('datetime'), time.getAttribute('aria-label'), time.getAttribute('title'), visibleText(time)].filter((text): text is string => Boolean(text));
}

/**
 * The messages of the conversation: the wrappers the known generations mark, else each body's
 * nearest enclosing element that also holds its "From" line (the 2024+ page marks bodies and From
 * lines by id, and its message wrappers only by a translated label).
 */
function messageElements(pane: Element): Element[] {
  for (const selector of S.message) {
    const found = [...pane.querySelectorAll(selector)].filter((element) => queryFirst(element, S.body));
    if (found.length > 0) return found;
  }
  const messages: Element[] = [];
  for (const body of queryAllFirst(pane, S.body)) {
    let node = body.parentElement;
    while (node && node !== pane && !queryFirst(node, S.senderLine) && !queryFirst(node, S.sender) && !queryFirst(node, S.senderWithoutLine)) node = node.parentElement;
    if (node && node !== pane && !messages.includes(node)) messages.push(node);
  }
  return messages;
}

/** A "From" line's words without the translated "From:" label: "发件人: 顾晓雯 <gu@x.example>" → name and address. */
function senderFromLine(line: Element): { name: string; email?: string } {
  const words = cleanText(visibleText(line) || line.querySelector('[aria-label]')?.getAttribute('aria-label') || '');
  const email = EMAIL.exec(words)?.[0].toLowerCase();
  const name = cleanText(words.replace(/^[^:：<]{1,12}[:：]\s*/, '').replace(/<?[^\s<>]+@[^\s<>]+>?/g, ''));
  return { name, ...(email ? { email } : {}) };
}

/** The body's own words: quoted history (after Outlook's reply header) and signature removed. */
function ownWords(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  const quote = copy.querySelector(S.quoteStart);
  if (quote) {
    // Everything from the marker on, in document order: later siblings at every level up to the body.
    for (let node: Element | null = quote; node && node !== copy; node = node.parentElement) {
      while (node.nextSibling) node.nextSibling.remove();
    }
    quote.remove();
  }
  for (const hr of copy.querySelectorAll('hr')) if (!hr.nextElementSibling) hr.remove();
  return cleanReply(blockText(copy, S.signature)).text;
}

/**
 * Reads an open Outlook on the web conversation: subject, every message (sender, time, own
 * words) and the person on the other side as the contact. Pure, like every extractor.
 */
export function extractOutlookThread(document: Document, _url: URL): ExtractionResult {
  const pane = queryFirst(document, S.readingPane);
  const subjectElement = pane ? queryFirst(pane, S.subject) : null;
  const accountText = queryFirst(document, S.account)?.textContent ?? '';
  const me = EMAIL.exec(accountText)?.[0].toLowerCase();
  const myName = cleanText(queryFirst(document, S.accountName)?.textContent ?? '');
  const elements = pane ? messageElements(pane) : [];
  const marksFromLines = pane ? queryFirst(pane, S.senderLine) !== null : false;
  // Outlook writes dates in the user's own format (day-first in en-GB, "2026/12/6" in 简体中文, as the
  // user chose apart from the language): an ambiguous one is read in the order another date on the
  // page shows (the conversation's own, or a stamp in the message list beside it: a day above 12, a
  // weekday that falls on one reading only), else in the page's locale.
  // (elsewhere, only whole stamps: a subject's title "Site visit moved to 13/12/2026" is someone's words)
  const ownTimes = elements.flatMap((element) => [...element.querySelectorAll(S.time.join(', '))]);
  const stamps = [...document.querySelectorAll([...S.time, ...S.listTime].join(', '))]
    .filter((stamp) => !ownTimes.includes(stamp))
    .flatMap((stamp) => [stamp.getAttribute('title') ?? '', visibleText(stamp)])
    .filter(isDateStamp);
  const order = pageDayOrder(document, [...ownTimes.flatMap(timeTexts), ...stamps]);
  const messages: Message[] = [];
  elements.forEach((element, index) => {
    const line = queryFirst(element, S.senderLine);
    // On a page that marks From lines, a message without one has lost it: its other names are recipients.
    const sender = queryFirst(element, S.sender) ?? (line || marksFromLines ? null : queryFirst(element, S.senderWithoutLine));
    const fromLine = line && !sender ? senderFromLine(line) : null;
    // Outlook names colleagues (the rep included) without an address: the signed-in name is the rep's own.
    const email = sender?.getAttribute('title')?.trim().toLowerCase() ?? fromLine?.email ?? (fromLine?.name && fromLine.name === myName ? me : undefined);
    const body = queryFirst(element, S.body);
    if (!email || !EMAIL.test(email) || !body || !me) return;
    const times = timeTexts(queryFirst(element, S.time));
    const at = readPageDate(times, order);
    // "Yesterday 14:02", "Mon 9:14", "2 hr ago": kept as written, dated against the time the page is read.
    const when = at === undefined ? relativeWhenIn(times) : undefined;
    const name = sender ? cleanText(visibleText(sender)) : (fromLine?.name ?? '');
    messages.push({
      // The 2024+ From line's id names the message (`MSG_<item id>_FROM`); older pages only by position.
      id: (element.getAttribute('data-message-id') ?? (line?.id.startsWith('MSG_') ? line.id.replace(/_FROM$/, '') : `${String(index)}:${email}`)).slice(0, 200),
      ...(name ? { fromName: name.slice(0, 200) } : {}),
      fromEmail: email,
      direction: email === me ? 'outbound' : 'inbound',
      ...(at ? { at } : when ? { when } : {}),
      text: ownWords(body).slice(0, 20_000),
    });
  });
  const missing = [...(pane ? [] : ['reading-pane']), ...(pane && !subjectElement ? ['subject'] : []), ...(me ? [] : ['account']), ...(pane && subjectElement && me && messages.length === 0 ? ['messages'] : [])];
  if (missing.length > 0 || !subjectElement) return new LayoutNotRecognisedError('outlook', 'outlook-thread', missing).toResult();
  const prospect = [...messages].reverse().find((m) => m.direction === 'inbound');
  if (!prospect?.fromEmail) return new LayoutNotRecognisedError('outlook', 'outlook-thread', ['prospect']).toResult();
  const contact: ExtractedContact = { source: 'outlook', identity: `email:${prospect.fromEmail}`, email: prospect.fromEmail, name: prospect.fromName ?? prospect.fromEmail };
  const subject = subjectElement.getAttribute('title') ?? visibleText(subjectElement);
  return { ok: true, kind: 'outlook-thread', contact, conversation: { ...(subject ? { subject: subject.slice(0, 500) } : {}), messages: messages.slice(-100) } };
}
