import { queryAllFirst, queryFirst } from '../../dom/query';
import { blockText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { LayoutNotRecognisedError, type Conversation, type ExtractionResult } from '../extraction';
import { messagingSelectors as S } from './selectors';
import { titleAndCompanyOfSubtitle } from './headline';
import { parseProfileUrl } from './url';

type Message = Conversation['messages'][number];

/** The visible words of a message-list item outside its message (a day heading, a divider), if any. */
function textBesideMessage(item: Element): string {
  const copy = item.cloneNode(true) as Element;
  queryFirst(copy, S.message)?.remove();
  return visibleText(copy);
}

/**
 * The headline under the name on the participant's profile card ("VP Operations · Kestrel"), or
 * '' when there is none, or the card is someone else's (a group, a stale card).
 */
function cardSubtitle(thread: Element, identity: string, name: string): string {
  const card = queryFirst(thread, S.profileCard);
  const href = card ? queryFirst(card, S.profileCardLink)?.getAttribute('href') : null;
  if (!card || !href || parseProfileUrl(new URL(href, 'https://www.linkedin.com'))?.identity !== identity) return '';
  const subtitle = queryFirst(card, S.profileCardSubtitle);
  const text = subtitle ? visibleText(subtitle) : '';
  return text === name ? '' : text;
}

/**
 * Reads an open LinkedIn conversation: the other participant (by their profile link, so they are
 * the same contact as on their profile page) and every message with its sender side, the day and
 * time the page shows, and its text. Pure: the same on the live page and a saved copy.
 */
export function extractLinkedInMessaging(document: Document, _url: URL): ExtractionResult {
  const fail = (missing: string[]) => new LayoutNotRecognisedError('linkedin', 'linkedin-messaging', missing).toResult();
  const thread = queryFirst(document, S.openOverlay) ?? queryFirst(document, S.thread);
  if (!thread) return fail(['thread']);
  const link = queryFirst(thread, S.participantLink);
  const ref = link ? parseProfileUrl(new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com')) : null;
  const nameElement = queryFirst(thread, S.participantName);
  const name = nameElement ? visibleText(nameElement) : '';
  if (!ref || !name) return fail([...(ref ? [] : ['participant-link']), ...(name ? [] : ['participant-name'])]);

  const itemSelector = S.listItems.find((selector) => thread.querySelector(selector));
  const items = itemSelector ? [...thread.querySelectorAll(itemSelector)] : [];
  const marksOther = thread.querySelector(`.${S.otherClass}`) !== null;
  const headingSelector = S.dayHeading.join(',');
  const messages: Message[] = [];
  let day = '';
  let sender: { name: string; inbound: boolean } | undefined;
  for (const item of items) {
    // A heading is an item of its own, or sits atop the first message of its day in the same item.
    const heading = item.matches(headingSelector) ? item : item.querySelector(headingSelector);
    if (heading) day = visibleText(heading);
    // Other words beside the messages are a heading we no longer recognise: the day is unknown
    // from here, rather than the previous heading's day carried on to later messages.
    else if (textBesideMessage(item)) day = '';
    if (heading === item) continue;
    const message = queryFirst(item, S.message);
    const body = message ? queryFirst(message, S.body) : null;
    const id = message?.getAttribute('data-event-urn') ?? message?.id;
    if (!message || !body || !id) continue;
    // The marker says which side a message is on only where the message's classes are the marker's generation.
    const marked = message.classList.contains(S.otherClass);
    const markerSays = marksOther && (marked || message.classList.contains(S.messageClass)) ? marked : undefined;
    const senderName = queryFirst(message, S.senderName);
    const senderNameText = senderName ? visibleText(senderName) : '';
    // A profile link the sender wrote in the message is not the sender's.
    const senderHref = queryAllFirst(message, S.senderLink)
      .find((a) => !body.contains(a))
      ?.getAttribute('href');
    if (senderNameText || senderHref) {
      // A new group of messages: its header names the sender.
      const fromRef = senderHref ? parseProfileUrl(new URL(senderHref, 'https://www.linkedin.com')) : null;
      const fromParticipant = fromRef?.identity === ref.identity || senderNameText === name;
      sender = { name: senderNameText, inbound: markerSays ?? fromParticipant };
    } else if (sender) {
      // The group goes on; a marker that says the other side means its header was missed, and with it the name.
      const inbound = markerSays ?? sender.inbound;
      if (inbound !== sender.inbound) sender = { name: '', inbound };
    }
    if (!sender) continue;
    const time = queryFirst(message, S.time);
    const when = [day, time ? visibleText(time) : ''].filter(Boolean).join(' ');
    messages.push({
      id: id.slice(0, 200),
      ...(sender.name ? { fromName: sender.name.slice(0, 200) } : {}),
      direction: sender.inbound ? 'inbound' : 'outbound',
      ...(when ? { when: when.slice(0, 100) } : {}),
      text: blockText(body).slice(0, 20_000),
    });
  }
  if (items.length > 0 && messages.length === 0) return fail(['messages']);

  const headlineElement = queryFirst(thread, S.participantHeadline);
  const subtitle = cardSubtitle(thread, ref.identity, name);
  const headline = (headlineElement ? visibleText(headlineElement) : '') || subtitle;
  const role = subtitle ? titleAndCompanyOfSubtitle(subtitle) : null;
  const contact: ExtractedContact = {
    source: 'linkedin',
    identity: ref.identity,
    profileUrl: ref.profileUrl,
    name: name.slice(0, 200),
    ...(headline ? { headline: headline.slice(0, 600) } : {}),
    ...(role ? { title: role.title.slice(0, 200), company: role.company.slice(0, 200) } : {}),
  };
  return { ok: true, kind: 'linkedin-messaging', contact, conversation: { messages: messages.slice(-100) } };
}
