/**
 * A meeting ours to set up (probe 2, cause M): a day they accept or propose is the invite sent today, a meeting
 * asked for with no day (or in a period) two times offered today, a calendar's "Accepted:" the meeting held on
 * its day; never a wait until that day. And what is none of them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { calendarReply, meetingToArrange } from './appointment';
import type { SituationInput, SituationMessage } from './types';

/** Friday 4 December 2026, 10:00. */
const AT = new Date(2026, 11, 4, 10).getTime();
const iso = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const read = (words: string, ours: string | null = null) => {
  const found = meetingToArrange(words, AT, readReply(words, AT).question?.text ?? null, ours);
  return found && { kind: found.kind, day: iso(found.at) };
};

describe('a day they accept or propose: the invite is ours to send', () => {
  it.each([
    ['Tuesday works for me, send an invite.', 'Could we find 20 minutes next Tuesday or Wednesday?', '2026-12-08'],
    ['Happy to chat. Does Thursday 3pm GMT work?', 'Open to a short call?', '2026-12-10'],
    ["Let's do Wednesday. Pop an invite over when you can, please send me the invite.", null, '2026-12-09'],
    ['Monday suits us, send the Teams invite to me and Priya.', 'Shall we book a demo next week?', '2026-12-07'],
    ['周三下午可以，你定个时间发会议邀请给我。', '下周能否约半小时，给您演示一下仓储系统？', '2026-12-09'],
    ['下周二上午10点方便吗？', '王总，想约您聊20分钟，下周哪天方便？', '2026-12-08'],
    ['下週二上午可以，麻煩寄會議邀請給我。', '陳經理您好，想跟您約 30 分鐘介紹排班系統，下週方便嗎？', '2026-12-08'],
    ['星期四下晝三點得唔得？', '有冇時間傾下？', '2026-12-10'],
    ['Wei: they want a security review call with their IT on Tuesday 15 December before going further.', null, '2026-12-15'],
    ['客户要求12月15日开一个安全评审的电话会议。', null, '2026-12-15'],
  ])('%s → invite for %s', (words, ours, day) => {
    expect(read(words, ours)).toEqual({ kind: 'invite', day });
  });
});

describe('a meeting wanted and no day set: two times to offer', () => {
  it.each([
    ['Actually I moved on last month, now COO at Birchwood Health. Happy to talk. Send me some times?', null],
    ['First call with Luca. He said the price is within budget. Wants a demo in the second week of January.', '2027-01-11'],
    ['Next week works, send me a couple of slots.', '2026-12-07'],
    ['高经理：好的明白了，这样没问题，下周安排给车间主任演示一下。', '2026-12-07'],
    ['下個禮拜約個時間傾下啦，你揀個時間俾我。', '2026-12-07'],
    ['我們想安排一次線上簡報，給幾個時間讓我們選。', null],
  ])('%s → times from %s', (words, day) => {
    expect(read(words)).toEqual({ kind: 'slots', day });
  });
});

describe('none of them', () => {
  it.each([
    ["Let's pick this up in January."],
    ['Call me next week.'],
    ['The demo was great, we would like a proposal after the demo.'],
    ['下个月可以再聊。'],
    ['試點聽起來不錯，但我們下個月才有空，十月再談吧。'],
    ['Thanks for the call on Tuesday, very helpful.'],
    ['I will get back to you on Tuesday.'],
    ['Friday works for the invoice to be paid.'],
    ['下周给答复。'],
    ['下個禮拜出PO。'],
    ['Before we book a demo: will it really pull our order history out of Sage 200?'],
    ["Sure, send me a link and I'll grab a slot."],
    ['Our board will want a reference call with a hospital group your size.'],
    // (theirs, or a question beside it: the meeting's own steps)
    ["Tuesday 10am works. I've sent you an invite."],
    ['Thursday 10am works, see you then.'],
    ['下周四下午两点没问题，需要我们提前准备数据吗？'],
    ['改到下週二同一時間好嗎？'],
    ['Could you do Monday 9:30 or Wednesday 16:00?'],
    ['貴公司報價已超出本年度預算，不知是否有調整的空間？'],
  ])('%s', (words) => {
    const found = read(words, 'Could we find 20 minutes next week?');
    expect(found?.kind === 'held' ? null : found).toBeNull();
  });

  it('a meeting they book themselves is held on its day', () => {
    expect(read('下周四下午3点可以，会议邀请我发你。')).toEqual({ kind: 'held', day: '2026-12-10' });
  });
});

describe("a calendar's answer to our invite", () => {
  const ours = { text: 'Invite sent for Wednesday 9 December at 14:00 as agreed.', at: AT - 3_600_000 };
  it.each([
    ['Accepted: SOP demo – Wed 9 Dec 14:00', 'Accepted', '2026-12-09'],
    ['Accepted: Product walkthrough', '', '2026-12-09'],
    ['已接受: 仓储系统演示 12月10日 14:00', '', '2026-12-10'],
    ['暫訂: 排班系統簡報', '', '2026-12-09'],
  ])('%s: held on %s', (subject, words, day) => {
    const found = calendarReply(subject, words, ours, AT);
    expect(found && { kind: found.kind, day: iso(found.at) }).toEqual({ kind: 'held', day });
  });
  it('a decline asks for other times', () => {
    expect(calendarReply('Declined: SOP demo – Wed 9 Dec 14:00', '', ours, AT)?.kind).toBe('slots');
    expect(calendarReply('已拒絕: 排班系統簡報', '', ours, AT)?.kind).toBe('slots');
  });
  it.each([['Re: Accepted proposal, next steps'], ['Accepted: SOP demo'], ['Proposal accepted']])('none: %s with a question beside it or no calendar subject', (subject) => {
    expect(calendarReply(subject, 'Can you also send the price list?', ours, AT)).toBeNull();
  });
});

describe('the judgment: the meeting step today, the draft doing it', () => {
  const us = (text: string, at: number): SituationMessage => ({ direction: 'outbound', at, text });
  const them = (text: string, at: number): SituationMessage => ({ direction: 'inbound', at, text });
  const judge = (subject: string, messages: SituationMessage[]) => {
    const last = messages.at(-1);
    const input: SituationInput = {
      playbook,
      now: AT,
      locale: 'en',
      contact: null,
      deal: null,
      conversation: { subject, messages },
      touches: messages.map((m) => ({ at: m.at ?? AT, direction: m.direction })),
      lastWord: last ? { at: last.at, text: last.text, reading: readReply(last.text, last.at ?? AT) } : null,
    };
    return advise(input);
  };
  const before = AT - 2 * 3_600_000;

  it.each([
    ['Quick call', 'Could we find 20 minutes next Tuesday or Wednesday?', 'Tuesday works for me, send an invite.', 'meeting_invite', '2026-12-08', /December 8[^\n]*\[time\]/],
    ['约个时间', '下周能否约半小时，给您演示一下？', '周三下午可以，你定个时间发会议邀请给我。', 'meeting_invite', '2026-12-09', /12月9日[^\n]*会议邀请/],
    ['排班系統', '想跟您約 30 分鐘介紹排班系統，下週方便嗎？', '星期四下午三點可以嗎？', 'meeting_invite', '2026-12-10', /會議邀請/],
    ['Rota', 'Wanted to share our new scheduling release.', 'Happy to talk. Send me some times?', 'meeting_slots', null, /\[day and time\][\s\S]*\[day and time\]/],
  ])('%s: %s → %s', (subject, ours, theirs, step, day, draftHas) => {
    const { situation, draft } = judge(subject, [us(ours, before - 86_400_000), them(theirs, before)]);
    expect(situation.action.step).toBe(step);
    expect(situation.action.kind).not.toBe('snooze');
    expect(iso(situation.action.due)).toBe('2026-12-04');
    expect(iso(situation.meeting?.at)).toBe(day);
    expect(draft.body).toMatch(draftHas);
  });

  it('Outlook "Accepted:" to our invite: the meeting on its day, nothing due before', () => {
    const { situation } = judge('Accepted: SOP demo – Wed 9 Dec 14:00', [us('Invite sent for Wednesday 9 December at 14:00 as agreed.', before - 3_600_000), them('Accepted', before)]);
    expect(situation.action.step).toBe('meeting');
    expect(iso(situation.action.due)).toBe('2026-12-09');
    expect(situation.meeting?.time).toBe('14:00');
  });
});
