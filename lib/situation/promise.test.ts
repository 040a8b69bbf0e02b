import { describe, expect, it } from 'vitest';
import { followUpAfterPromise, lateOwnStep, ownNextStepInNote, ownPromiseInNote, promiseInNote, promiseToReturn, promiseWithoutDay } from './promise';
import { dateNamedIn } from '../reader/time-expressions';
import { findRequest } from './request';

const day = (iso: string) => new Date(`${iso}T00:00:00`).getTime();
const WED = day('2026-12-02');

describe('a promise to come back by a day', () => {
  it.each([
    ["Thanks Sam, got the proposal. We'll go through it with the team this week and get back to you.", 'this week'],
    ["Got it. I'll run it by the team and revert by Friday.", 'Friday'],
    ['Will discuss with my partner over the weekend. I will let you know Monday.', 'Monday'],
    ["You'll hear from us next week.", 'next week'],
    ['收到，谢谢！我们下周内部讨论一下，再回复你。', '下周'],
    ['好的，我週五前跟老闆確認後回覆您。', '週五前'],
    ['收到方案，我哋下個禮拜睇完再覆你。', '下個禮拜'],
  ])('%s: a promise', (text, named) => {
    expect(promiseToReturn(text, named)).not.toBeNull();
  });

  it.each([
    ["We won't decide this week, the board meets in January.", 'this week'],
    ['If the numbers work we will get back to you this week.', 'this week'],
    ['I am away this week, please call me next week.', 'next week'],
    ['下周我出差，不在公司。', '下周'],
    ['我们这周不会做决定。', '这周'],
  ])('%s: no promise', (text, named) => {
    expect(promiseToReturn(text, named)).toBeNull();
  });
});

describe('the day to follow up when nothing came', () => {
  it.each([
    ['this week', day('2026-12-03'), '2026-12-07'],
    ['next week', day('2026-12-07'), '2026-12-14'],
    ['下周', day('2026-12-07'), '2026-12-14'],
    ['Friday', day('2026-12-04'), '2026-12-07'],
    ['Monday', day('2026-12-07'), '2026-12-08'],
    ['over the weekend', day('2026-12-05'), '2026-12-07'],
    ['this month', day('2026-12-03'), '2027-01-01'],
    // one day counted with a week or a month: the working day after that day, not after the week or month
    ['Monday week', day('2026-12-14'), '2026-12-15'],
    ['a week on Friday', day('2026-12-11'), '2026-12-14'],
    ['this time next week', day('2026-12-09'), '2026-12-10'],
    ['the 10th of next month', day('2027-01-10'), '2027-01-11'],
    ['下个月10号', day('2027-01-12'), '2027-01-13'],
    ['next week on Wednesday', day('2026-12-09'), '2026-12-10'],
    // a week named by a day in it, the first week of a month: the working day after that week
    ['the week of the 14th', day('2026-12-14'), '2026-12-21'],
    ['the first week of February', day('2027-02-01'), '2027-02-08'],
  ])('%s → %s', (named, at, want) => {
    expect(new Date(followUpAfterPromise(named, at, WED)).toLocaleDateString('sv')).toBe(want);
  });
});

describe("the rep's own promise in a note", () => {
  it.each([
    ["she wants annual billing; I'll send the revised quote Tuesday.", 'Tuesday', "I'll send the revised quote Tuesday."],
    ['对方希望按年付款，我周二把修改后的报价发给她', '周二', '我周二把修改后的报价发给她'],
    ['陳經理要導入時程表，我下週三前寄給她', '下週三前', '我下週三前寄給她'],
    // a long object brought before the verb by 把: still ours
    ['范围谈妥了，我这边下周四之前把修改后的三年期合同发给王经理', '下周四之前', '我这边下周四之前把修改后的三年期合同发给王经理'],
    ['陳經理確認了範圍，我下週四前把修改後的三年期合約寄給她。', '下週四前', '我下週四前把修改後的三年期合約寄給她。'],
    ['陳生話OK，我哋星期四之前send份新quotation俾佢', '星期四之前', '我哋星期四之前send份新quotation俾佢'],
    ["Anna agreed the scope; I'll send her the revised three-year order form by Thursday.", 'Thursday', "I'll send her the revised three-year order form by Thursday."],
  ])('%s', (text, named, clause) => expect(ownPromiseInNote(text, named)).toBe(clause));

  it('is none when the promise is theirs', () => {
    expect(ownPromiseInNote('he will send the security questionnaire by Friday', 'Friday')).toBeNull();
    expect(ownPromiseInNote('客户说下周一把需求清单发过来', '下周一')).toBeNull();
  });

  it('a promise reported of them is theirs, with a day or without', () => {
    expect(promiseToReturn('he will send the security questionnaire by Friday', 'Friday')).toBe('he will send the security questionnaire by Friday');
    expect(promiseToReturn('客户说下周一把需求清单发过来', '下周一')).toBe('客户说下周一把需求清单发过来');
    expect(promiseWithoutDay('Wei needs their IT security team to review the gateway first; she will send the questionnaire.')).not.toBeNull();
  });
});

describe('a promise with no day, sentence by sentence', () => {
  it('reads each sentence on its own (a question before it vetoes nothing after it) and never takes "我" the thing sent for the sender', () => {
    expect(promiseWithoutDay('嗯…我想個幾天再說好了')).toBe('我想個幾天再說好了');
    expect(promiseWithoutDay('Can you send the deck? I will get back to you after I talk to the team.')).toBe('I will get back to you after I talk to the team.');
    // (was a promise once "？" ended the first sentence: 我 is what was sold, not who sends)
    expect(promiseWithoutDay('怎么知道我名字的？谁把我信息卖给你的')).toBeNull();
  });
});

describe('someone of theirs sends us something by a day (their move until then)', () => {
  it.each([
    ['Verbal yes from Dana on 12/4; their counsel sends redlines back by the 11th.', 'the 11th'],
    ['Dana - verbal yes, legal to send redlines by Friday 12/11', 'Friday 12/11'],
    ['合同用我们公司的模板，法务这周内发给你。', '这周'],
    ['合約用我們的版本，法務下週寄給您。', '下週'],
    ['份合約我哋法務下個禮拜send俾你。', '下個禮拜'],
  ])('%s', (text, named) => expect(promiseToReturn(text, named)).not.toBeNull());
  it.each([
    // (asked of us, or a question: no promise of theirs)
    ['Can legal send the redlines by Friday?', 'Friday'],
    ['Please send the redlines by Friday.', 'Friday'],
    ['法务这周内能发给你吗？', '这周'],
    ['下週寄給您的合約是最新版嗎？', '下週'],
  ])('none in %s', (text, named) => expect(promiseToReturn(text, named)).toBeNull());

  it('reads a CRM note clause by clause with the day its own clause names', () => {
    const at = new Date(2026, 11, 4, 15).getTime();
    const read = promiseInNote('Dana - verbal yes, legal to send redlines by Friday 12/11', (clause) => dateNamedIn(clause, at));
    expect(read?.quote).toBe('Dana - verbal yes, legal to send redlines by Friday 12/11');
    expect(new Date(read?.named.at ?? 0).getDate()).toBe(11);
    expect(promiseInNote('Dana - verbal yes; we send the order form by Friday 12/11', (clause) => dateNamedIn(clause, at))).toBeNull();
  });
});

describe('a wait on someone of their own side: their move, no chase of ours', () => {
  it.each([
    'SSO approach is fine; still waiting on the data-retention answer from their DPO',
    "We're still waiting for our legal team to sign off on the DPA.",
    "Haven't heard back from our CFO yet.",
    '价格没问题，还在等法务的意见。',
    '規格確認了，還在等老闆批。',
    '仲等緊財務回覆。',
  ])('%s', (text) => {
    expect(promiseWithoutDay(text)).not.toBeNull();
    expect(findRequest(text)).toBeNull();
  });
  it.each([
    // (a chase for what we owe them stays theirs to ask and ours to do)
    'Still waiting on the updated pricing from you.',
    "We still haven't received your quote.",
    '还没收到你们的报价。',
    '還沒收到報價單，麻煩再寄一次。',
  ])('a chase of ours: %s', (text) => {
    expect(findRequest(text)).not.toBeNull();
    expect(promiseWithoutDay(text)).toBeNull();
  });
});

describe('a chase of us, a wait declined, a request beside a wait: no wait on their side', () => {
  it.each([
    'Hi Sam, still waiting on the revised quote you mentioned from our call last week.',
    'Still waiting for our invoice to be paid by you.',
  ])('a chase of ours: %s', (text) => {
    expect(promiseWithoutDay(text)).toBeNull();
    expect(findRequest(text)).not.toBeNull();
  });
  it.each([
    'We are waiting on your team to fix the bug from our last call.',
    "I'm waiting for your answer from our last meeting.",
    'No point waiting for our board, I can sign this myself.',
    '我们不用等法务，直接签',
    '我們不用等法務，直接簽',
    '等老板回来再说吧，你先发合同过来',
    '等老闆回來再說吧，你先發合約過來',
  ])('%s', (text) => expect(promiseWithoutDay(text)).toBeNull());
  it.each([
    'still waiting on sign-off from their DPO',
    'We are still waiting on our legal team.',
    '还在等法务',
    '還在等老闆批',
    '仲等緊財務',
  ])('still a wait: %s', (text) => expect(promiseWithoutDay(text)).not.toBeNull());
});

describe('our promise the same note says is done, or a sending that is no deal thing: no step of ours', () => {
  const at = new Date(2026, 11, 1, 17).getTime();
  const step = (text: string) => ownNextStepInNote(text, (clause) => dateNamedIn(clause, at));
  it.each([
    '给刘总打了电话，答应周五前发给她，已经发了。',
    '給劉總打了電話，答應週五前寄給她，已經寄了。',
    "I said I'd send the pricing by Friday 12/4 - sent it Thursday, Greg confirmed.",
    'Sending team photos from the offsite Monday lol',
  ])('%s', (text) => expect(step(text)).toBeNull());
  it.each([
    'Sending the revised quote Monday.',
    'Rang Jack - he never got the proposal. Resending Friday 11 December.',
  ])('still ours: %s', (text) => expect(step(text)).not.toBeNull());
});

describe('our promise the note reports, ours on the day its clause names', () => {
  const at = new Date(2026, 11, 1, 17).getTime();
  const step = (text: string) => ownNextStepInNote(text, (clause) => dateNamedIn(clause, at));
  it.each([
    ["Call w/ Wei Ling 1 Dec: keen, but CFO wants 3 references in F&B before approving. I said I'd send them by Fri.", "I said I'd send them by Fri."],
    ["Spoke to Raj. We told him we'd have the security pack over by Thursday.", "We told him we'd have the security pack over by Thursday."],
    ['和王经理通话：有兴趣，但财务要三个案例。答应周五前发给她。', '答应周五前发给她。'],
    ['與陳經理通話：財務要三個參考客戶，答應週五前寄給她。', '答應週五前寄給她。'],
  ])('%s', (text, clause) => {
    const read = step(text);
    expect(read?.clause).toBe(clause);
    expect(new Date(read?.at ?? 0).getDay()).toBeGreaterThan(0);
  });
  it.each([
    // (their promise reported, not ours)
    'Call with Tom: he said he would send the PO by Fri.',
    "Tom said they'd decide by Friday.",
    '客户答应周五前发采购单给我们。',
    '陳經理說好週五前回覆。',
  ])('none in %s', (text) => expect(step(text)).toBeNull());
});

describe("the rep's newest own log sets our step on a day now past: our overdue step", () => {
  const logged = new Date(2026, 11, 3, 11).getTime();
  const today = new Date(2026, 11, 7).getTime();
  const late = (text: string, lastIn = -Infinity, own = true) => lateOwnStep([{ at: logged, text, own }], today, lastIn, (words, at) => dateNamedIn(words, at));
  it.each([
    'Rang Jack 3/12 - he never got the proposal, it went to spam. Resending today.',
    '给刘总打了电话，他没收到报价，进了垃圾邮件。今天重发。',
    '打電話給陳經理，他沒收到報價單，被擋在垃圾信箱。今天重寄。',
  ])('%s', (text) => {
    expect(late(text)).toEqual({ quote: text, due: new Date(2026, 11, 3).getTime() });
  });
  it.each([
    // (its day not yet past, words of theirs since, no step of ours in it, or not our own log)
    ['Rang Jack - he never got the proposal. Resending Friday 11 December.', -Infinity, true],
    ['Rang Jack 3/12 - he never got the proposal, it went to spam. Resending today.', logged + 3_600_000, true],
    ['Rang Jack 3/12 - he got the proposal, reading it this week.', -Infinity, true],
    ['Jack: he will resend the PO today.', -Infinity, false],
  ] as const)('none for %s', (text, lastIn, own) => {
    expect(late(text, lastIn, own)).toBeNull();
  });
});

describe('a copy of ours they never got is a chase: ours to resend', () => {
  it.each([
    'Hi Sam, I never got the proposal - maybe it went to junk?',
    "We didn't receive the quote, it must have gone to spam.",
    '我一直没收到你们的方案，是不是进了垃圾邮件？',
    '沒收到報價單，麻煩再寄一次。',
  ])('%s', (text) => expect(findRequest(text)).not.toBeNull());
  it.each([
    'I never got a chance to look at it.',
    '没收到回复之前先别发。',
    '沒收過這種問卷，第一次填。',
  ])('none in %s', (text) => expect(findRequest(text)).toBeNull());
});
