import { isAwayNotice } from '../nlp/away-notice';

/**
 * Their last reply: their messages since we last wrote, newest last (several chat messages in a row
 * are one reply). An away notice that a message of their own followed ("Automatic reply: out until
 * the 7th", then "Back early - yes, Tuesday 10am works") is no part of it: read together, the notice
 * made a wait for their return of the meeting they agreed to. A notice that is the newest stays.
 */
export function lastReplyRun<T extends { direction: 'inbound' | 'outbound'; text: string; fromName?: string | undefined; fromEmail?: string | undefined }>(messages: readonly T[]): T[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]?.direction !== 'inbound') end--;
  let start = end;
  // (one person's words: on a thread where Maya brought Karen in and Karen then asked her question, the reply is Karen's;
  // read with Maya's it was "Karen sent us on to Karen". Senders the page does not name are taken as one.)
  const newest = senderOf(messages[end - 1]);
  while (start > 0 && messages[start - 1]?.direction === 'inbound' && !otherSender(senderOf(messages[start - 1]), newest)) start--;
  const run = messages.slice(start, end);
  const last = run.at(-1);
  if (!last || run.length < 2 || isAwayNotice(last.text)) return run;
  return run.filter((m, i) => i === run.length - 1 || !isAwayNotice(m.text));
}

function senderOf(message: { fromName?: string | undefined; fromEmail?: string | undefined } | undefined): { name: string; email: string } {
  return { name: message?.fromName?.trim().toLowerCase() ?? '', email: message?.fromEmail?.trim().toLowerCase() ?? '' };
}

/** Both named, and named differently (by address when both give one). */
function otherSender(a: { name: string; email: string }, b: { name: string; email: string }): boolean {
  if (a.email && b.email) return a.email !== b.email;
  return a.name !== '' && b.name !== '' && a.name !== b.name;
}
