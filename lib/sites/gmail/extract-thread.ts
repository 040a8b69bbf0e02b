import { queryFirst } from '../../dom/query';
import { blockText, cleanText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { cleanReply } from '../../nlp/reply';
import { LayoutNotRecognisedError, type Conversation, type ExtractionResult } from '../extraction';
import { pageDayOrder, type DayOrder } from '../../dates/day-order';
import { parsePageDate, readPageDate } from '../../dates/page-date';
import { relativeWhenIn } from '../../dates/relative';
import { threadSelectors as S } from './selectors';

type Message = Conversation['messages'][number];

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;

/** The signed-in account: Gmail puts it in the title ("Subject - me@x.com - Gmail") and on the avatar. */
function findAccount(document: Document): string | undefined {
  const fromTitle = / - ([^\s]+@[^\s]+) - [^-]+$/.exec(document.title)?.[1];
  if (fromTitle && EMAIL.test(fromTitle)) return fromTitle.toLowerCase();
  const label = queryFirst(document, S.account)?.getAttribute('aria-label') ?? '';
  return EMAIL.exec(label)?.[0].toLowerCase();
}

/**
 * "Mon, Jun 10, 2024, 9:12 AM", "Mon, 10 Jun 2024, 09:12", "2019年11月5日 周二 上午10:15", or a numeric
 * date in the user's format, as the page shows it (local time; see `lib/dates/`).
 */
export function parseGmailTime(title: string, order?: DayOrder): number | undefined {
  return parsePageDate(title, order);
}

/** The sender's address element: the first the sender selectors find that is not a recipient's ("to me", "to Mei"). */
function findSender(element: Element): Element | undefined {
  const recipient = S.recipient.join(', ');
  for (const selector of S.sender) {
    const sender = [...element.querySelectorAll(selector)].find((candidate) => !candidate.matches(recipient));
    if (sender) return sender;
  }
  return undefined;
}

/** Where a message's time element writes its time: its title, the `alt` copy, its text. */
function timeTexts(time: Element | null): string[] {
  if (!time) return [];
  return [time.getAttribute('title'), time.getAttribute('alt'), time.getAttribute('aria-label'), time.textContent].filter((text): text is string => Boolean(text));
}

function readMessage(element: Element, me: string, order: DayOrder | undefined): Message | null {
  const id = element.getAttribute('data-message-id') ?? element.getAttribute('data-legacy-message-id');
  const sender = findSender(element);
  const email = sender?.getAttribute('email')?.trim().toLowerCase();
  if (!id || !sender || !email || !EMAIL.test(email)) return null;
  const name = cleanText(sender.getAttribute('name') ?? visibleText(sender));
  const times = timeTexts(queryFirst(element, S.time));
  const at = readPageDate(times, order);
  // "Yesterday 14:02", "Mon 9:14", "2 hr ago": kept as written, dated against the time the page is read.
  const when = at === undefined ? relativeWhenIn(times) : undefined;
  const body = queryFirst(element, S.body);
  const snippet = queryFirst(element, S.snippet);
  // Gmail folds quoted history into .gmail_quote; text-quoted replies and sign-offs go too.
  const text = body ? cleanReply(blockText(body, S.bodyNoise)).text : snippet ? visibleText(snippet) : '';
  return {
    id: id.replace(/^#/, ''),
    ...(name ? { fromName: name.slice(0, 200) } : {}),
    fromEmail: email,
    direction: email === me ? 'outbound' : 'inbound',
    ...(at ? { at } : when ? { when } : {}),
    text: text.slice(0, 20_000),
  };
}

/**
 * Reads an open Gmail thread: subject, every message (sender, time, own words without quoted
 * history and signature; collapsed ones by their snippet), and the person on the other side,
 * who becomes the contact. Pure: the same on the live page and a saved copy.
 */
export function extractGmailThread(document: Document, _url: URL): ExtractionResult {
  const missing: string[] = [];
  const main = queryFirst(document, S.main);
  const subjectElement = main ? queryFirst(main, S.subject) : null;
  const me = findAccount(document);
  if (!main) missing.push('main');
  if (main && !subjectElement) missing.push('subject');
  if (!me) missing.push('account');
  const messageSelector = S.message.find((selector) => main?.querySelector(selector));
  const elements = main && messageSelector ? [...main.querySelectorAll(messageSelector)] : [];
  // A numeric date in the user's format reads by another date on the page, else by the page's locale.
  const order = pageDayOrder(document, elements.flatMap((e) => timeTexts(queryFirst(e, S.time))));
  const messages = me ? elements.map((e) => readMessage(e, me, order)).filter((m): m is Message => m !== null) : [];
  if (main && subjectElement && messages.length === 0) missing.push('messages');
  if (!main || !subjectElement || !me || messages.length === 0) {
    return new LayoutNotRecognisedError('gmail', 'gmail-thread', missing).toResult();
  }

  const lastInbound = [...messages].reverse().find((m) => m.direction === 'inbound');
  let prospect = lastInbound ? { name: lastInbound.fromName, email: lastInbound.fromEmail } : undefined;
  if (!prospect) {
    const recipient = queryFirst(elements[elements.length - 1] ?? main, S.recipient);
    const email = recipient?.getAttribute('email')?.toLowerCase();
    if (email && email !== me) prospect = { name: cleanText(recipient?.getAttribute('name') ?? ''), email };
  }
  if (!prospect?.email) return new LayoutNotRecognisedError('gmail', 'gmail-thread', ['prospect']).toResult();

  const contact: ExtractedContact = {
    source: 'gmail',
    identity: `email:${prospect.email}`,
    email: prospect.email,
    name: prospect.name || prospect.email,
  };
  const subject = visibleText(subjectElement);
  return {
    ok: true,
    kind: 'gmail-thread',
    contact,
    conversation: { ...(subject ? { subject: subject.slice(0, 500) } : {}), messages: messages.slice(-100) },
  };
}
