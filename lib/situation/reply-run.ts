import { readOutOfOffice } from '../reader/intents';

/**
 * Their last reply: their messages since we last wrote, newest last (several chat messages in a row
 * are one reply). An auto-reply that a message of their own followed ("Automatic reply: out until
 * the 7th", then "Back early - yes, Tuesday 10am works") is no part of it: read together, the away
 * notice made a snooze of the meeting they agreed to. An auto-reply that is the newest stays.
 */
export function lastReplyRun<T extends { direction: 'inbound' | 'outbound'; text: string }>(messages: readonly T[], now: number): T[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]?.direction !== 'inbound') end--;
  let start = end;
  while (start > 0 && messages[start - 1]?.direction === 'inbound') start--;
  const run = messages.slice(start, end);
  const last = run.at(-1);
  if (!last || run.length < 2 || readOutOfOffice(last.text, now)) return run;
  return run.filter((m, i) => i === run.length - 1 || !readOutOfOffice(m.text, now));
}
