/**
 * A short answer read against our last message (probe 3, cause 1): a bare yes to our yes/no offer is our step today
 * (send what we offered, set up the meeting we proposed); to a statement or a question for facts it stays a thanks;
 * a lone "?" to our pitch asks us to say it plainly.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { isAcknowledgement } from './acknowledgement';
import { advise } from './advise';
import { asksToSayPlainly, ourOffer, yesToOurOffer } from './offer-answered';
import type { ContactId } from '../contacts/schema';
import type { StageId } from '../sop/stages';
import type { SituationInput, SituationMessage } from './types';

/** Friday 4 December 2026, 10:00. */
const AT = new Date(2026, 11, 4, 10).getTime();
const HOUR = 3_600_000;
const iso = (at: number | null | undefined) => {
  if (at == null) return null;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('our yes/no offer, read from our last message', () => {
  it.each([
    ['Hi Kim,\n\nGreat call today. Shall I send the order form over for e-signature so you can go live on the 14th?\n\nSam', 'send', 'the order form'],
    ['Want me to send over a couple of case studies from other clinics?', 'send', 'a couple of case studies from other clinics'],
    ['If it helps, I can put together a one-page summary for your CFO.', 'send', 'a one-page summary'],
    ['Happy to send the SOC 2 report if useful?', 'send', 'the SOC 2 report'],
    ['林主任您好，方便的話我先寄一份 50 台設備的報價給您參考？', 'send', '一份 50 台設備的報價'],
    ['需要我发一份同行业的案例给您参考吗？', 'send', '一份同行业的案例'],
    ['陳生，要唔要我send份報價俾你睇下？', 'send', '份報價'],
    ['Thanks for connecting, Hannah. Would a 20-minute call next week work to look at how the trust books maintenance jobs?', 'meeting', null],
    ['Hey Tyler - we help carriers cut deadhead miles with smarter load matching. Open to a chat?', 'meeting', null],
    ['王总，下周约半小时给您演示一下，可以吗？', 'meeting', null],
    ['黃生，下個禮拜約你傾十五分鐘，得唔得？', 'meeting', null],
    ['Shall I loop in our solutions engineer for the integration questions?', 'do', null],
    ['要不要我先帮您开通一个试用账号？', 'do', null],
    // (a version's dot ends no sentence: "v2." was read as one, the offer lost)
    ['Shall I send the v2.1 order form over?', 'send', 'the v2.1 order form'],
    // leaving them be offered: a yes rests the sequence
    ['Shall I close your file for now?', 'rest', null],
    ['Should I stop reaching out for now?', 'rest', null],
    ['要不要我先不再联系您？', 'rest', null],
    ['要不要我先不再聯絡您？', 'rest', null],
  ])('%j → %s %s', (ours, kind, thing) => {
    const offer = ourOffer(ours, AT - 2 * HOUR);
    expect(offer?.kind).toBe(kind);
    expect(offer?.thing ?? null).toBe(thing);
  });

  it.each([
    'Attached is the quote for 30 stores, including a year of maintenance.',
    'What does your team need from us to move forward?',
    'How has the trial gone so far?',
    'Did you get a chance to look at the proposal?',
    'Is the budget for this approved yet?',
    '您看什么时候方便安排一下？',
    '附件是我们按30家门店做的报价，含一年维保。',
    '報價單收到了嗎？',
    '你哋而家用緊邊套系統？',
    // (our requests of them, not our offers: were read as "Send what you offered")
    'Could you send the signed order form back by Friday?',
    'Would you be able to share the usage numbers before the review?',
    'Can you forward the PO to our billing team?',
    '麻烦您把签好的订单寄回给我们，可以吗？',
    '麻煩您把簽好的訂單寄回給我們，可以嗎？',
  ])('%j offers nothing a yes answers', (ours) => {
    expect(ourOffer(ours, AT - 2 * HOUR)).toBeNull();
  });
});

describe('a bare yes, and what is more than one', () => {
  const offer = { text: 'Shall I send the order form over?', at: AT - 2 * HOUR };
  it.each(['👍', 'Sure', 'yes please', 'Yes please, send it over', 'ok 👍', 'Sounds good!', 'Hi Sam,\nYes please.\nKim', '好的', '可以', '好啊，发过来吧', '可以呀，麻煩你', '得', '冇問題', 'OK，唔該'])('%j is a yes to our offer', (words) => {
    expect(yesToOurOffer(words, offer)).not.toBeNull();
  });
  it.each(['Thanks', '收到', '了解，謝謝', 'Sure, after the holidays', 'ok, will have a look', 'No thanks', '好的，我看看', '可以，不过下个月再发吧', '唔使住，多謝'])('%j is no bare yes', (words) => {
    expect(yesToOurOffer(words, offer)).toBeNull();
  });
  it('the acknowledgement rows are as they were: ok, Sure, 👍 and 好的 alone still only acknowledge', () => {
    for (const words of ['ok', 'Sure', '👍', '好的', '冇問題']) expect(isAcknowledgement(words)).toBe(true);
    for (const words of ['yes please', '可以']) expect(isAcknowledgement(words)).toBe(false);
  });
});

describe('a lone question mark asks what we meant', () => {
  it.each(['?', '？', '??', 'huh?', 'meaning?', "what's this about?", '什么意思？', '什麼意思', '咩意思？', '嗯？'])('%j', (words) => {
    expect(asksToSayPlainly(words)).toBe(true);
  });
  it.each(['What time?', 'Sure?', 'Which plan?', '嗯', '幾錢？', 'How much is it?'])('%j is not', (words) => {
    expect(asksToSayPlainly(words)).toBe(false);
  });
});

describe('the judgment: the yes read against our last message', () => {
  const us = (text: string, at: number): SituationMessage => ({ direction: 'outbound', at, text });
  const them = (text: string, at: number): SituationMessage => ({ direction: 'inbound', at, text });
  const judge = (ours: string, theirs: string, locale: 'en' | 'zh-Hans' | 'zh-Hant' = 'en') => {
    const messages = [us(ours, AT - 3 * HOUR), them(theirs, AT - 2 * HOUR)];
    const input: SituationInput = {
      playbook,
      now: AT,
      locale,
      contact: null,
      deal: null,
      conversation: { subject: 'Re: next steps', messages },
      touches: messages.map((m) => ({ at: m.at ?? AT, direction: m.direction })),
      lastWord: { at: AT - 2 * HOUR, text: theirs, reading: readReply(theirs, AT - 2 * HOUR) },
    };
    return advise(input);
  };

  it.each([
    ['Great call today. Shall I send the order form over for e-signature?', '👍', /\[attach the order form\]/],
    ['Want me to send over a couple of case studies from other clinics?', 'Yes please', /\[attach a couple of case studies from other clinics\]/],
    ['方便的話我先寄一份 50 台設備的報價給您參考？', '好的', /一份 50 台設備的報價/],
    ['需要我发一份同行业的案例给您参考吗？', '可以', /一份同行业的案例/],
    ['要唔要我send份報價俾你睇下？', '得', /份報價/],
  ])('%j → %j: send it today', (ours, theirs, draftHas) => {
    const { situation, draft } = judge(ours, theirs);
    expect(situation.action.step).toBe('offer_yes');
    expect(situation.action.kind).toBe('follow_up');
    expect(iso(situation.action.due)).toBe('2026-12-04');
    expect(draft.templateId).toBe('offer-send');
    expect(draft.body).toMatch(draftHas);
  });

  it.each([
    ['Would a 20-minute call next week work?', 'Sure', '2026-12-07'],
    ['Open to a quick chat about it?', 'yep, sure', null],
    ['陳經理，下週找時間跟您約 30 分鐘介紹一下，可以嗎？', '好的', '2026-12-07'],
    ['黃生，下個禮拜約你傾十五分鐘，得唔得？', '冇問題', '2026-12-07'],
  ])('%j → %j: two times offered today', (ours, theirs, from) => {
    const { situation, draft } = judge(ours, theirs);
    expect(situation.action.step).toBe('meeting_slots');
    expect(iso(situation.action.due)).toBe('2026-12-04');
    expect(iso(situation.slotsFrom)).toBe(from);
    expect(draft.templateId).toBe(from ? 'meeting-slots-from' : 'meeting-slots');
  });

  it('a yes to a day we proposed without an hour: the invite is ours to send today', () => {
    const { situation, draft } = judge('下周三方便通个电话吗？', '可以');
    expect(situation.action.step).toBe('meeting_invite');
    expect(iso(situation.meeting?.at)).toBe('2026-12-09');
    expect(draft.templateId).toBe('meeting-invite-time');
  });

  it.each([
    ['Shall I close your file for now?', 'yes', 'en'],
    ['要不要我先不再联系您？', '好的', 'zh-Hans'],
    ['要不要我先不再聯絡您？', '好的', 'zh-Hant'],
  ] as const)('%j → %j: we leave them be, no follow-up', (ours, theirs, locale) => {
    const { situation } = judge(ours, theirs, locale);
    expect(situation.action.kind).toBe('stop');
    expect(situation.action.step).toBeUndefined();
  });

  it.each([
    ['Could you send the signed order form back by Friday?', 'Sure'],
    ['Would you be able to share the usage numbers before the review?', 'Sure'],
  ])('%j → %j: their move, nothing of ours to send', (ours, theirs) => {
    const { situation } = judge(ours, theirs);
    expect(situation.action.step).not.toBe('offer_yes');
  });

  it('a yes to another thing we offered to do: done today', () => {
    const { situation, draft } = judge('Shall I loop in our solutions engineer for the integration questions?', 'Yes please');
    expect(situation.action.step).toBe('offer_yes');
    expect(draft.templateId).toBe('offer-do');
  });

  it.each([
    ['Hey Tyler - we help carriers cut deadhead miles with smarter load matching. Open to a chat?', '?', 'en'],
    ['王总您好，我们做仓储排班系统，想约您聊十五分钟？', '什么意思？', 'zh-Hans'],
    ['黃生你好，我哋有套倉存盤點系統，想約你傾十五分鐘，唔知你幾時方便？', '咩意思？', 'zh-Hant'],
  ] as const)('%j → %j: say it plainly today', (ours, theirs, locale) => {
    const { situation, draft } = judge(ours, theirs, locale);
    expect(situation.action.step).toBe('say_plainly');
    expect(iso(situation.action.due)).toBe('2026-12-04');
    expect(draft.templateId).toBe('say-plainly');
  });

  it.each([
    ['Attached is the quote for 30 stores, including a year of maintenance.', 'Thanks, got it'],
    ['Attached is the quote for 30 stores, including a year of maintenance.', '👍'],
    ['附件是我们按30家门店做的报价，含一年维保。', '好的'],
    ['報價單已經寄出，請查收。', '好的，收到'],
    ['How has the trial gone so far?', 'ok'],
    ['Shall I send the order form over?', 'Thanks'],
  ])('%j → %j stays a thanks that rests', (ours, theirs) => {
    const { situation } = judge(ours, theirs);
    expect(situation.action.step).toBeUndefined();
    expect(situation.action.kind).toBe('follow_up');
    expect(situation.action.due).toBeGreaterThan(AT);
  });
});

describe('a lone "?" once a conversation exists asks what our last message meant, not who we are', () => {
  const judgeAt = (ours: string, theirs: string, locale: 'en' | 'zh-Hans' | 'zh-Hant', stage: StageId, before: SituationMessage[] = []) => {
    const messages: SituationMessage[] = [...before, { direction: 'outbound', at: AT - 3 * HOUR, text: ours }, { direction: 'inbound', at: AT - 2 * HOUR, text: theirs }];
    const contact = { id: 'contact-plain' as ContactId, identities: ['test:plain'], sources: ['gmail' as const], name: locale === 'en' ? 'Marc Vidal' : '王芳', company: 'Castell Wines', stage, stageChangedAt: AT - 20 * 24 * HOUR, createdAt: AT - 60 * 24 * HOUR, capturedAt: AT - 20 * 24 * HOUR };
    return advise({ playbook, now: AT, locale, contact, deal: null, conversation: { subject: 'Re: hello', messages }, touches: messages.map((m) => ({ at: m.at ?? AT, direction: m.direction })), lastWord: { at: AT - 2 * HOUR, text: theirs, reading: readReply(theirs, AT - 2 * HOUR) } });
  };
  it.each<[string, string, 'en' | 'zh-Hans' | 'zh-Hant', StageId]>([
    // (were "Say in one plain line who you are and why you wrote", with an intro-call draft)
    ['Hi Marc, the December invoice is attached.', '?', 'en', 'deliver'],
    ['Hi Marc, a reminder that your subscription renews on 1 January.', 'What?', 'en', 'retain'],
    ['Hi Marc, the contract is attached for signature.', '?', 'en', 'negotiate'],
    ['王总您好，本月发票已开出，请查收。', '什么意思？', 'zh-Hans', 'deliver'],
    ['陳經理您好，合約已附上，請簽署。', '？', 'zh-Hant', 'negotiate'],
  ])('%j → %j', (ours, theirs, locale, stage) => {
    const { situation, draft } = judgeAt(ours, theirs, locale, stage);
    expect(situation.action.kind).toBe('answer_question');
    expect(situation.action.step).not.toBe('say_plainly');
    expect(draft.templateId).not.toBe('say-plainly');
    expect(iso(situation.action.due)).toBe('2026-12-04');
  });
  it('a prospect who wrote before: what we meant, not who we are', () => {
    const { situation } = judgeAt('Here are the two options we discussed.', '?', 'en', 'prospect', [{ direction: 'outbound', at: AT - 72 * HOUR, text: 'Open to a chat?' }, { direction: 'inbound', at: AT - 48 * HOUR, text: 'Sure, send me the options.' }]);
    expect(situation.action.step).not.toBe('say_plainly');
    expect(situation.action.kind).toBe('answer_question');
  });
  it('our pitch to a prospect, unanswered before: still said plainly', () => {
    const { situation } = judgeAt('Hey Marc - we help wineries cut bottling waste. Open to a chat?', '?', 'en', 'prospect');
    expect(situation.action.step).toBe('say_plainly');
  });
});
