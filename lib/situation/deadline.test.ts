import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { deadlineRequest } from './deadline';

/** Tuesday 10 November 2026, 10:00: the quarter ends on Thursday 31 December. */
const NOW = new Date(2026, 10, 10, 10).getTime();
const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
/** The weekday before a day (none of these deadlines has a holiday before it). */
function workingDayBefore(at: number): number {
  const back = new Date(at);
  do back.setDate(back.getDate() - 1);
  while (back.getDay() === 0 || back.getDay() === 6);
  return back.getTime();
}

/** Their reply to our quote, judged with the real reader (its named day only: the objection it leans to is fixed to none). */
function judged(text: string) {
  const at = NOW - 3_600_000;
  const contact = { id: 'contact-eoq' as ContactId, identities: ['test:eoq'], sources: ['gmail' as const], name: 'Dana Reyes', company: 'Northwind', stage: 'negotiate' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY };
  const reading = { ...readReply(text, at), category: 'none' as const, unsure: false, readings: [] };
  const sent = NOW - 3 * DAY;
  return advise({
    playbook, now: NOW, locale: 'en', contact, deal: null,
    conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: sent, text: 'Hi Dana, the quote is attached.' }, { direction: 'inbound', at, text }] },
    touches: [], lastWord: { at, text, reading },
  }).situation.action;
}

describe('a deadline and a wait named by the end of the quarter are kept apart', () => {
  it.each([
    "We need it signed by EOQ.",
    'Please send the final contract; we need it signed before quarter end.',
    '合約麻煩在季底前寄過來，我們要在這季入帳。',
  ])('their deadline for something of ours: our move, due the working day before the quarter’s last working day: %s', (text) => {
    const action = judged(text);
    expect(action.step).toBe('deadline');
    // (was due today, 10 November, seven weeks early)
    expect(action.due).toBe(day(2026, 12, 30));
    // (was 1 December: a month early)
    expect(action.why).toContain('Dec 31, 2026');
  });

  // (合同请年底前发过来, a request whose send word was read as their coming back, is below: a request with its day)
  it.each(['这单我们想季度末之前签下来。', 'Our goal is to have this wrapped up before the end of the quarter.'])('their own deadline: no wait until it, nor after it: %s', (text) => {
    const action = judged(text);
    // (was a wait until 1 December, or a promise checked on 4 January, after the deadline)
    expect(action.kind).not.toBe('snooze');
    expect(action.due).toBeLessThan(day(2026, 12, 31));
  });

  it.each<[string, number]>([
    ["Let's revisit at quarter end.", day(2026, 12, 1)],
    // (1 January is a holiday: the first working day after it)
    ['We can sign after the quarter closes.', day(2027, 1, 4)],
  ])('a wait stays a wait: %s', (text, until) => {
    const action = judged(text);
    expect(action.kind).toBe('snooze');
    expect(action.due).toBe(until);
  });
});

describe('a bare 请 with a deadline asks for something by that day', () => {
  // (each was "they replied, the next move is ours" with no day: a bare 请 was no request unless its verb came straight after it)
  it.each<[string, number]>([
    ['合同请年底前发过来', day(2026, 12, 31)],
    ['報價請月底前回覆，謝謝。', day(2026, 11, 30)],
    ['采购订单请年底前盖章回传', day(2026, 12, 31)],
    ['唔該月尾前send份合約過嚟', day(2026, 11, 30)],
    ['Hi Dana, pls get the order form over to us before year end, procurement closes the books then.', day(2026, 12, 31)],
  ])('%s', (text, by) => {
    const action = judged(text);
    expect(action.step).toBe('deadline');
    expect(action.due).toBe(workingDayBefore(by));
    expect(action.why).toContain(new Date(by).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }));
  });

  it('asking for the contract signed and sent back is no contract signed', () => {
    // (was "Signed: book the kick-off": 合同签好 read as done)
    const action = judged('请年底前把合同签好寄回');
    expect(action.step).toBe('deadline');
    expect(action.kind).not.toBe('follow_up');
  });

  // A courtesy with 请 asks nothing: their own promise stays theirs (was our move today, its day dropped as "their deadline").
  it.each<[string, number]>([
    ['请放心，我们年底前会给答复', day(2027, 1, 4)],
    ['請見諒回覆晚了，月底前會給您答覆', day(2026, 12, 1)],
    ['請多多指教，合約我們年底前會簽好', day(2027, 1, 4)],
  ])('a courtesy is no request: %s', (text, until) => {
    const action = judged(text);
    expect(action.step).not.toBe('deadline');
    expect(action.kind).toBe('snooze');
    expect(action.until).toBe(until);
  });

  it.each(['我会请老板年底前签字', '申请流程年底前要走完', '请问合同年底前能发过来吗？'])('no request of ours with a day: %s', (text) => {
    expect(judged(text).step).not.toBe('deadline');
  });
});

describe('a request with a deadline: due the working day before it, the reason naming their deadline', () => {
  // (each was "they asked us for something: our move today" with no day, or the contract sent now by the buying signal)
  it.each<[string, number, number]>([
    ['Please send the revised quote by Friday', day(2026, 11, 13), day(2026, 11, 12)],
    ['Can you get us the updated SOW by end of next week?', day(2026, 11, 20), day(2026, 11, 19)],
    ['請於下週五前提供報價單', day(2026, 11, 20), day(2026, 11, 19)],
    ['唔該下星期一之前send返份報價俾我', day(2026, 11, 16), day(2026, 11, 13)],
    // (over a weekend: the Friday; over Christmas Day: the 24th)
    ['Could you send the signed order form back by Monday?', day(2026, 11, 16), day(2026, 11, 13)],
    ['Please send the renewal quote by 28 December.', day(2026, 12, 28), day(2026, 12, 24)],
  ])('%s', (text, by, due) => {
    const action = judged(text);
    expect(action.step).toBe('deadline');
    expect(action.due).toBe(due);
    expect(action.why).toContain(new Date(by).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }));
  });

  it('a deadline tomorrow is due today, the contract asked for by it included', () => {
    const action = judged('麻烦周三前把合同发我');
    expect(action.step).toBe('deadline');
    expect(action.due).toBe(day(2026, 11, 10));
    expect(action.why).toContain('Nov 11, 2026');
  });

  it.each(['We will send the signed copy back by Friday.', '我们周五前不会有结果。', '请放心，周五前我们会回复您。'])('no request of ours: %s', (text) => {
    expect(judged(text).step).not.toBe('deadline');
  });
});

describe('a Japanese reply names its day: asked by it, or put off until it', () => {
  // (each was "they replied, the next move is ours" with no day)
  it.each<[string, string, number]>([
    ['来週の金曜日までにお見積りをお送りください', 'Nov 20, 2026', day(2026, 11, 19)],
    ['月末までにご返信ください。', 'Nov 30, 2026', day(2026, 11, 27)],
    ['恐れ入りますが、金曜日までにご確認をお願いいたします。', 'Nov 13, 2026', day(2026, 11, 12)],
  ])('%s', (text, by, due) => {
    const action = judged(text);
    expect(action.step).toBe('deadline');
    expect(action.due).toBe(due);
    expect(action.why).toContain(by);
  });

  it.each<[string, number]>([
    ['ゴールデンウィーク明けにご連絡します', day(2027, 5, 6)],
    ['来月中旬に検討します', day(2026, 12, 15)],
    ['年明けに改めてご連絡します', day(2027, 1, 4)],
  ])('%s', (text, until) => {
    const action = judged(text);
    expect(action.kind).toBe('snooze');
    expect(action.until).toBe(until);
  });
});

/** Monday 7 December 2026, 10:00 (Wednesday is the 9th). */
const DEC7 = new Date(2026, 11, 7, 10).getTime();

describe('an answer wanted from us by a day is our deadline, not their day to come back', () => {
  it.each([
    'Marek on the phone: fine with the price if onboarding is included. Wants an answer by Wednesday.',
    'She needs our reply by Wednesday at the latest.',
    'Our CFO would like an answer before Wednesday.',
    '客户希望周三前给答复。',
    '老闆想我哋星期三之前覆佢。',
    '對方希望週三前給個答覆。',
  ])('%s', (text) => {
    const named = readReply(text, DEC7 - 3_600_000).namedDate;
    expect(named).not.toBeNull();
    expect(named && deadlineRequest(text, named.text)).not.toBeNull();
  });
  it.each([
    // (their own answer promised by a day, and a wait: no deadline of ours)
    'Legal said to expect comments by the 18th. Nothing needed from you until then.',
    'We want to revisit this by Wednesday next week.',
    '我们希望下周三再聊。',
  ])('none in %s', (text) => {
    const named = readReply(text, DEC7 - 3_600_000).namedDate;
    expect(named && deadlineRequest(text, named.text)).toBeNull();
  });
});
