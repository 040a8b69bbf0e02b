import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { deadlineRequest } from './deadline';

const DAY = 86_400_000;
const at = (iso: string, hour = 9) => new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const iso = (time: number) => new Date(time).toLocaleDateString('sv');

/** Their reply to our quote on `today` at 9:00, judged at noon with the real reader (its objection reading too). */
function judged(text: string, today: string) {
  const now = at(today, 12);
  const written = at(today, 9);
  const contact = { id: 'contact-promise' as ContactId, identities: ['test:promise'], sources: ['gmail' as const], name: 'Dana Reyes', company: 'Northwind', stage: 'negotiate' as const, stageChangedAt: now - 20 * DAY, createdAt: now - 20 * DAY, capturedAt: now - 20 * DAY };
  return advise({
    playbook, now, locale: 'en', contact, deal: null,
    conversation: { subject: 'Quote', messages: [{ direction: 'outbound', at: now - 4 * DAY, text: 'Hi Dana, the quote is attached: 26,500 a year.' }, { direction: 'inbound', at: written, text }] },
    touches: [], lastWord: { at: written, text, reading: readReply(text, written) },
  }).situation.action;
}

// Mon 7, Thu 10, Fri 11 December 2026; Fri 18 December, the week before Christmas.
describe('a promise to come back within a period: the period is theirs, the check-in the working day after it ends', () => {
  it.each([
    ["I'll get back to you next week.", '2026-12-07', '2026-12-21'],
    ["Thanks Sam. I'll get back to you next week.", '2026-12-10', '2026-12-21'],
    ['Cheers, we will revert next week once the board has seen it.', '2026-12-11', '2026-12-21'],
    ["Thanks, we'll come back to you later this week.", '2026-12-07', '2026-12-14'],
    ["I'll get back to you in a couple of weeks.", '2026-12-07', '2026-12-22'],
    ['I will revert early next month.', '2026-12-07', '2027-01-11'],
    ["I'm checking with the CFO on Monday.", '2026-12-10', '2026-12-15'],
    ["We're meeting with legal Thursday and will let you know.", '2026-12-07', '2026-12-11'],
    ['收到，下周给您答复。', '2026-12-07', '2026-12-21'],
    ['好的，月底前给您答复。', '2026-12-07', '2027-01-04'],
    ['方案收到了，下个月初给你答复。', '2026-12-07', '2027-01-11'],
    ['下个月中给您一个答复。', '2026-12-07', '2027-01-21'],
    ['報價收到，下禮拜給您答覆。', '2026-12-10', '2026-12-21'],
    ['我哋下個禮拜俾你答覆。', '2026-12-11', '2026-12-21'],
    ['收到，我哋呢個禮拜遲啲覆你。', '2026-12-07', '2026-12-14'],
    ['我哋下個月頭俾你答覆。', '2026-12-07', '2027-01-11'],
    // the week before Christmas: next week is Christmas week, the check-in the Monday after it
    ["I'll get back to you next week.", '2026-12-18', '2026-12-28'],
    ['收到，我下個禮拜覆你。', '2026-12-18', '2026-12-28'],
  ])('%s (said %s) → follow up %s', (text, today, want) => {
    const action = judged(text, today);
    expect(action.step).toBe('promise');
    expect(action.kind).toBe('snooze');
    expect(iso(action.due)).toBe(want);
  });

  it.each([
    // a wish to be called then is theirs to have on that day, no promise: as they asked
    ["Let's talk again next week.", '2026-12-07', '2026-12-14'],
    ['下周再联系吧。', '2026-12-07', '2026-12-14'],
    ['下禮拜再聯絡。', '2026-12-10', '2026-12-14'],
  ])('%s (said %s): a deferral, still waited until %s', (text, today, want) => {
    const action = judged(text, today);
    expect(action.step).toBeUndefined();
    expect(action.kind).toBe('snooze');
    expect(iso(action.due)).toBe(want);
  });
});

describe('a deadline of theirs for something of ours: our task, due the working day before it', () => {
  it.each([
    'We need your security questionnaire back by the 18th.',
    'Our security team needs the questionnaire completed by the 18th, please.',
    '客户要求我们18号前提交安全问卷。',
    '客戶要求我們12月18號前提交資安問卷。',
    '佢哋要我哋18號之前交返份問卷。',
  ])('%s', (text) => {
    const action = judged(text, '2026-12-07');
    expect(action.step).toBe('deadline');
    expect(iso(action.due)).toBe('2026-12-17');
  });

  it.each([
    ["Call w/ Dana: they need our security questionnaire back by the 18th.", 'the 18th'],
    ['和刘总通话：客户要求我们18号前提交安全问卷。', '18号前'],
    ['陳經理：請貴司於12/18前回覆問卷。', '12/18前'],
  ])('in a rep note: %s', (text, named) => {
    expect(deadlineRequest(text, named)).not.toBeNull();
  });

  it.each([
    // their own send by a day is their promise; ours already sent is history
    ["We'll send you our security questionnaire by the 18th.", 'the 18th'],
    ['我们18号前会把问卷发给你。', '18号前'],
    ['我哋18號之前會寄份問卷俾你。', '18號之前'],
  ])('not ours: %s', (text, named) => {
    expect(deadlineRequest(text, named)).toBeNull();
  });
});
