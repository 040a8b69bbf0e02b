import { queryFirst } from '../../dom/query';
import { blockText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { LayoutNotRecognisedError, type Conversation, type ExtractionResult } from '../extraction';
import { messagingSelectors as S } from './selectors';
import { parseProfileUrl } from './url';

type Message = Conversation['messages'][number];

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
  const messages: Message[] = [];
  let day = '';
  let sender: { name: string; inbound: boolean } | undefined;
  for (const item of items) {
    const heading = item.matches(S.dayHeading.join(',')) ? item : null;
    if (heading) {
      day = visibleText(heading);
      continue;
    }
    const message = queryFirst(item, S.message);
    const body = message ? queryFirst(message, S.body) : null;
    const id = message?.getAttribute('data-event-urn') ?? message?.id;
    if (!message || !body || !id) continue;
    const senderName = queryFirst(message, S.senderName);
    const senderHref = queryFirst(message, S.senderLink)?.getAttribute('href');
    if (senderName || senderHref) {
      const fromRef = senderHref ? parseProfileUrl(new URL(senderHref, 'https://www.linkedin.com')) : null;
      const inbound = marksOther ? message.classList.contains(S.otherClass) : fromRef ? fromRef.identity === ref.identity : senderName ? visibleText(senderName) === name : false;
      sender = { name: senderName ? visibleText(senderName) : (sender?.name ?? ''), inbound };
    } else if (marksOther && sender) {
      sender = { ...sender, inbound: message.classList.contains(S.otherClass) };
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

  const headline = queryFirst(thread, S.participantHeadline);
  const contact: ExtractedContact = {
    source: 'linkedin',
    identity: ref.identity,
    profileUrl: ref.profileUrl,
    name: name.slice(0, 200),
    ...(headline && visibleText(headline) ? { headline: visibleText(headline).slice(0, 600) } : {}),
  };
  return { ok: true, kind: 'linkedin-messaging', contact, conversation: { messages: messages.slice(-100) } };
}
