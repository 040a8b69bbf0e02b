import { queryFirst } from '../../dom/query';
import { blockText, cleanText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { cleanReply } from '../../nlp/reply';
import { LayoutNotRecognisedError, type Conversation, type ExtractionResult } from '../extraction';
import { outlookSelectors as S } from './selectors';

type Message = Conversation['messages'][number];
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;

/** "Tue 9/3/2024 10:05 AM" → ms (local time). */
export function parseOutlookTime(text: string): number | undefined {
  const parsed = Date.parse(text.replace(/^[A-Za-z]{2,4}\.?,?\s+/, ''));
  return Number.isNaN(parsed) ? undefined : parsed;
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
  const messageSelector = S.message.find((selector) => pane?.querySelector(selector));
  const elements = pane && messageSelector ? [...pane.querySelectorAll(messageSelector)] : [];
  const messages: Message[] = [];
  elements.forEach((element, index) => {
    const sender = queryFirst(element, S.sender);
    const email = sender?.getAttribute('title')?.trim().toLowerCase();
    const body = queryFirst(element, S.body);
    if (!sender || !email || !EMAIL.test(email) || !body || !me) return;
    const timeTitle = queryFirst(element, S.time)?.getAttribute('title');
    const at = timeTitle ? parseOutlookTime(timeTitle) : undefined;
    const name = cleanText(visibleText(sender));
    messages.push({
      id: (element.getAttribute('data-message-id') ?? `${String(index)}:${email}`).slice(0, 200),
      ...(name ? { fromName: name.slice(0, 200) } : {}),
      fromEmail: email,
      direction: email === me ? 'outbound' : 'inbound',
      ...(at ? { at } : {}),
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
