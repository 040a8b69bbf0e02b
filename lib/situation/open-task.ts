/**
 * A task or activity of ours still open on a CRM record, as the CRM or the rep logs it: "Task (due Dec 2, 2026, not
 * completed): Send revised proposal to Olivia", "Activity (due Dec 1, not done): Call Julia - follow up on the quote",
 * "Overdue task: call Dan (due 30 Nov)", "To-do · due 12/2 · open: send the SOW", 待办（截止12月2日，已逾期）：给高总回电,
 * 待辦（到期日12/2，未完成）：寄報價給陳經理, 跟進任務（12月2號到期，未做）：打電話俾陳生. It has not happened: no touch
 * of ours, no words of theirs; past its day it is our overdue step. A task marked done (completed, 已完成) is no open one.
 */
const TASK_WORD = String.raw`(?:(?:open|overdue|pending|upcoming|follow-?up|call|email)\s+)?(?:task|to-?do|activity|reminder)|(?:跟进|跟進)?(?:待办|待辦|任务|任務|待跟进|待跟進)`;
/** The state and due day in brackets after the word, then the step: "Task (due Dec 2, not completed): …". */
const BRACKETED = new RegExp(String.raw`^(${TASK_WORD})\s*[(（\[【]([^)）\]】\n]{1,60})[)）\]】]\s*[:：\-–—·]\s*(.+)$`, 'isu');
/** The state after the word, the step, its day in brackets or after a dot: "Overdue task: call Dan (due 30 Nov)", "To-do · due 12/2 · open: send the SOW". */
const LABELLED = new RegExp(String.raw`^(${TASK_WORD})((?:\s*[·|,，]\s*[^:：\n\s][^:：\n]{0,29}){0,3})\s*(?:[:：]|\s[-–—])\s*(.+)$`, 'isu');
const DUE_WORDS = /\b(?:due|by|deadline)\b|截止|到期|期限|限期/i;
const OPEN_STATE = /\b(?:not (?:completed|done|started|finished)|incomplete|open|pending|outstanding|overdue|in progress|to ?do|past due)\b|未完成|未开始|未開始|未做|未处理|未處理|进行中|進行中|已?逾期|过期|過期|待处理|待處理|未搞掂/i;
const OVERDUE = /\b(?:overdue|past due)\b|逾期|过期|過期/i;
const DONE_STATE = /\b(?:completed|done|finished|closed|cancell?ed)\b|已完成|已办|已辦|已取消|搞掂咗|做咗/i;

export interface OpenTask {
  /** The step as written ("Send revised proposal to Olivia with the phased rollout"). */
  step: string;
  /** The words of its due day as written ("due Dec 2, 2026", 截止12月2日), for the caller to read against when it was logged; '' when none. */
  dueWords: string;
  /** Marked overdue (overdue, past due, 已逾期), whether or not its day is written. */
  overdue: boolean;
}

/** The open task an activity's words log; null for anything else, a done task among them. */
export function openTask(text: string): OpenTask | null {
  const trimmed = text.trim();
  const bracketed = BRACKETED.exec(trimmed);
  const match = bracketed ?? LABELLED.exec(trimmed);
  if (!match) return null;
  const [, word = '', meta = '', rest = ''] = match;
  // (the step's own brackets may hold its day: "call Dan (due 30 Nov)")
  const tail = /[(（]([^)）]{1,40})[)）]\s*[.。]?$/u.exec(rest);
  const state = `${word} ${meta} ${tail?.[1] ?? ''}`;
  if (DONE_STATE.test(state.replace(/\bnot (?:completed|done|finished)\b|未完成/giu, ''))) return null;
  if (!OPEN_STATE.test(state) && !DUE_WORDS.test(state)) return null;
  const dayInTail = tail !== null && DUE_WORDS.test(tail[1] ?? '');
  const step = (dayInTail ? rest.slice(0, tail.index) : rest).trim().replace(/[.。]$/u, '');
  if (!/[\p{L}\p{N}]/u.test(step)) return null;
  return { step, dueWords: DUE_WORDS.test(meta) ? meta.trim() : dayInTail ? (tail[1] ?? '').trim() : '', overdue: OVERDUE.test(state) };
}

/**
 * The newest task of ours past its day on a record's dated activities, with nothing of theirs since it was set (`lastIn`): our overdue
 * step. Its day is read by `dateOf` against when it was logged; one marked overdue with no day written is due the day it was logged.
 */
export function overdueTask(activity: readonly { at: number | null; task: OpenTask | null }[], today: number, lastIn: number, dateOf: (words: string, at: number) => number | null): (OpenTask & { due: number }) | null {
  for (const { at, task } of activity) {
    if (!task || at === null || lastIn > at) continue;
    const due = (task.dueWords ? dateOf(task.dueWords, at) : null) ?? (task.overdue ? at : null);
    if (due !== null && due < today) return { ...task, due };
  }
  return null;
}

/** A step that is a call or a chase ("Call Julia - follow up on the quote", 给高总回电, 打電話俾陳生), not something to send. */
export function isChaseStep(step: string): boolean {
  return /^(?:call|ring|phone|follow[- ]?up|chase|check in|nudge|ping)\b/i.test(step) || /^(?:给|給|同|跟)?[^，,。]{0,6}?(?:回电|回電|打电话|打電話|致电|致電|跟进|跟進)/.test(step);
}
