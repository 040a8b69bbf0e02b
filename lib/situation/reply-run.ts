import { isAwayNotice } from '../nlp/away-notice';

/**
 * Their last reply: their messages since we last wrote, newest last (several chat messages in a row
 * are one reply). An away notice that a message of their own followed ("Automatic reply: out until
 * the 7th", then "Back early - yes, Tuesday 10am works") is no part of it: read together, the notice
 * made a wait for their return of the meeting they agreed to. A notice that is the newest stays.
 */
export function lastReplyRun<T extends { direction: 'inbound' | 'outbound'; text: string }>(messages: readonly T[]): T[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]?.direction !== 'inbound') end--;
  let start = end;
  while (start > 0 && messages[start - 1]?.direction === 'inbound') start--;
  const run = messages.slice(start, end);
  const last = run.at(-1);
  if (!last || run.length < 2 || isAwayNotice(last.text)) return run;
  return run.filter((m, i) => i === run.length - 1 || !isAwayNotice(m.text));
}
