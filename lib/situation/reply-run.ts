/**
 * An away notice: an auto-reply or an out-of-office message ("Automatic reply: …", "I am out of the
 * office until…", 自动回复, 本人休假). Kept small and here, not the reader's: the background keeps
 * their last reply, and the reader belongs to the pages (tests/unit/background-graph.test.ts).
 */
const AWAY_NOTICE = /^\s*(?:automatic reply|auto[- ]?reply|autoreply|auto(?:matic)?[- ]response|out of (?:the )?office)\b|\b(?:i am|i['’]m)\s+(?:currently\s+)?(?:out of (?:the )?office|on (?:annual |parental |maternity |paternity |sick )?leave|away from (?:the office|my desk))\b|\bwith (?:limited|no) access to (?:e-?mail|my e-?mail)\b|^\s*(?:自动回复|自動回覆|自動回復)|(?:本人|我)[^。！!\n]{0,16}?(?:休假|请假|請假|年假|不在办公室|不在辦公室|出差)(?:中|期间|期間)?/i;

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
  if (!last || run.length < 2 || AWAY_NOTICE.test(last.text)) return run;
  return run.filter((m, i) => i === run.length - 1 || !AWAY_NOTICE.test(m.text));
}
