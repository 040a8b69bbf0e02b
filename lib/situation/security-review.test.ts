import { describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { ObjectionId } from '../playbook/schema';
import { readReply } from '../reader/read-reply';
import { advise } from './advise';
import { readingSetAside } from './reply-view';
import { reviewOverObjection, securityReview } from './security-review';

describe('securityReview: a review by their IT or security people stands before the deal', () => {
  it.each([
    'Call: Jonas needs their IT security team to review the sensor gateway before anything moves; he will send the questionnaire.',
    'Before we can go ahead, InfoSec has to run their vendor assessment on you.',
    'Quick heads-up: our security folks want to look over the data flows first.',
    'Procurement is fine, but we need your SOC 2 Type II report and a signed DPA.',
    "It's with our CISO for sign-off.",
    'Our compliance team will send over a security questionnaire next week.',
    'Legal also asked whether you have a recent pen test.',
    '方案没问题，不过我们信息安全部门要先做一轮安全评估。',
    '上线前要过等保测评，还要签数据处理协议。',
    '得先把資安問卷寄給我，我們資安部門要先審。',
    '我哋IT安全team要check下先',
    // (something else settled beside it: the review still stands; all four gave none when the whole sentence was read for "no issues")
    'No issues with the price, but our IT security team needs to review the platform first.',
    'Legal has approved the contract, but our security team has to review the gateway.',
    'No questions on pricing; our security team will need your SOC 2 report before we sign.',
    '价格没有问题，但是要先过资安审查',
    '合約已經審核通過了，不過資安部門還要看一下問卷。',
    // (their IT or compliance people vetting a vendor first, and a review gone through: none of them said "security team")
    'The platform would plug into our ERP, so it needs to go through infosec before we can move.',
    'Our IT has to vet any vendor that touches the ERP.',
    'Compliance needs to sign off on anything that connects to our network before we go further.',
    'Before the pilot, IT wants to review how your agent talks to the scanners.',
    '個平台要駁我哋個倉網絡，IT部要先睇過先得',
    '系統要接我們的ERP，資訊部要先做資安審查才可以往下走',
    '这个要接我们的MES，合规部门得先过一遍。',
    // (IT or compliance the one who vets, in the clause that says so; the review to come first anywhere in the sentence)
    'our infosec team must review the platform first',
    'IT security needs to vet you before we sign',
    '資安要先審',
    '要過IT部嘅安全評估先',
    'It has to be reviewed by IT before anything goes live.',
    'We need to run it through IT first, then we can talk dates.',
    'Our IT director has to review your setup before we sign anything.',
    'Our compliance people have to vet every vendor, so it could take a few weeks.',
    '合规那边得先审一下你们的数据流向。',
    'IT team要先review下先',
    '信息部门要先做一轮评估才能往下走。',
    'Any new SaaS tool has to be vetted by our IT department.',
    'Whatever we buy goes through IT for a review first.',
    '要等合規部門簽核先',
    // (settled, then turned: the review after the "but" stands)
    'Our security team is fine with the pilot but needs to review the DPA first.',
    '资安那边没问题，不过还要先做渗透测试。',
  ])('%s', (words) => {
    expect(securityReview(words)).not.toBeNull();
  });

  it.each([
    'Food safety audit is next week, so I am swamped.',
    'We need to review the proposal with the team first.',
    '我们下周要做安全生产检查，忙不过来。',
    '工地的安全检查还没做完。',
    'Is your platform secure? Who else uses it?',
    'Thanks, I will look at it on Friday.',
    "I'll look at it first and get back to you.",
    'Our IT team loved the dashboard.',
    'I have to go through security at the airport first, so call me after 3.',
    'IT部觉得界面很好用，下周再约。',
    'Compliance reporting is the module we care about most.',
    // (a review done, or no concern left, in the sentence that names it)
    "We don't have any concerns about security; your SOC 2 report answered everything.",
    'Our InfoSec team has already reviewed the questionnaire, so we can move to the order form.',
    '资安审查已经通过了，下周可以签。',
    'The price is fine and our security team has no concerns after reading your SOC 2 report.',
    '价格可以，资安那边也没有问题，SOC 2 报告都看过了。',
    // (all four read as a review: "fine", "all good", 没问题 settled nothing)
    'Compliance is fine on our side; I just need to check with my boss first.',
    '资安审查没问题，就等老板签字了。',
    'The security review is all good; we just need the boss to sign.',
    'Security review came back fine, so it is on the CFO now.',
    // (IT or compliance named in one clause, the check or the approval in another, or "it" the pronoun: were reviews)
    "We'd go through it with the team first and compliance later.",
    'Honestly the IT side is no problem; it is the budget that has to be approved first.',
    // (an IT director, manager or head who approves or decides is the boss deciding)
    'Our IT director has to approve it first.',
    'Our IT head needs to sign off before we go ahead.',
    'The head of IT decides, and she is out until Monday.',
    'IT主管要先批准先得',
    '等IT总监拍板',
    '我们老板要先批',
    // (neither a review nor one to come first)
    'security is fine, price is the issue',
    "We'll talk it through with legal first, and compliance after that.",
    '資安那邊沒問題，價錢才是問題。',
    'Their IT team reviewed it last month and loved it.',
    "I'll check with IT first and get back to you.",
    'I need my boss to approve it first, and IT will handle the install.',
    'Our CIO must approve it before we sign.',
    '老細要先批，IT嗰邊冇問題。',
    'The security review came back fine, though the CFO has to sign.',
  ])('not a security review: %s', (words) => {
    expect(securityReview(words)).toBeNull();
  });
});

describe('securityReview quotes the whole sentence (one splitter: "e.g." and "approx." end nothing)', () => {
  it.each([
    ['Before anything else our InfoSec team needs e.g. your SOC 2 report and the DPA. Thanks', 'Before anything else our InfoSec team needs e.g. your SOC 2 report and the DPA.'],
    ['Our IT security team (approx. 3 people) must review the vendor questionnaire first.', 'Our IT security team (approx. 3 people) must review the vendor questionnaire first.'],
  ])('%s', (words, sentence) => {
    // (was "your SOC 2 report and the DPA." and "3 people) must review…": cut at "e.g." and "approx.")
    expect(securityReview(words)).toBe(sentence);
  });
});

describe('reviewOverObjection: a review that must come first is what the fit (authority, trust) reading stands for', () => {
  it.each([
    ['平台要接我们的仓库网络，资安团队要先审一下', 'fit'],
    ['平台要接我們的倉庫網絡，資安團隊要先審一下', 'fit'],
    ['個平台要駁我哋個倉網絡，IT部要先睇過先得', 'fit'],
    ['The platform would plug into our ERP, so it needs to go through infosec before we can move.', 'fit'],
    ['Our IT has to vet any vendor that touches the ERP.', 'competitor'],
    ['Since this integrates with our WMS, our security and compliance team will have to review it first.', 'trust'],
    ['系統要接我們的ERP，資訊部要先做資安審查才可以往下走', 'authority'],
  ])('%s (read %s)', (words, category) => {
    expect(reviewOverObjection(words, category, words)).not.toBeNull();
  });

  it.each([
    // (a real fit objection: a system said not to fit, review or not)
    ["It doesn't integrate with our WMS, so no.", 'fit', null],
    ["It doesn't integrate with our WMS, and infosec would have to review it first anyway.", 'fit', null],
    ['和我们现有系统不兼容，而且资安团队也要先审一下。', 'fit', null],
    ['你們的系統跟我們的ERP接不起來，資安部門要先審也沒用。', 'fit', null],
    // (money and terms have words of their own; an objection stated in another sentence stands)
    ['Too expensive, and our security team would need to review it first anyway.', 'price', null],
    ['We went with another vendor last month. Our IT security team reviewed them first.', 'competitor', 'We went with another vendor last month.'],
    // (no review named)
    ['Unfortunately it does not integrate with SAP, and our IT team said that is a dealbreaker.', 'fit', null],
    ['We need to review the proposal with the team first.', 'authority', null],
    // (the boss deciding, or a competitor, and no review: all three were "Send what their security reviewers need")
    ['Compliance is fine on our side; I just need to check with my boss first.', 'authority', null],
    ['Our IT director has to approve it first.', 'authority', null],
    ["We'd go through it with the team first and compliance later.", 'competitor', null],
  ])('the objection stands: %s', (words, category, evidence) => {
    expect(reviewOverObjection(words, category, evidence ?? words)).toBeNull();
  });
});

describe('the judgment: a review that must come first is the step, and the card, the next step and the draft agree', () => {
  const NOW = new Date(2026, 11, 4, 10).getTime();
  const DAY = 86_400_000;
  const contact = { id: 'contact-review' as ContactId, identities: ['test:review'], sources: ['gmail' as const], name: 'Lin Wei', company: 'Eastbay Cold Chain', stage: 'present' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY };
  /** Their reply after our proposal, read as the reader leans (fixed here: the model is retrained apart from this judgment). */
  function judged(text: string, category: ObjectionId) {
    const at = NOW - 3_600_000;
    const reading = { ...readReply(text, at), category, confidence: 0.6, unsure: false, evidence: { start: 0, end: text.length, text } };
    const sent = NOW - 3 * DAY;
    return advise({
      playbook, now: NOW, locale: 'en', contact, deal: null,
      conversation: { subject: 'Proposal', messages: [{ direction: 'outbound', at: sent, text: 'Hi, the proposal is attached.' }, { direction: 'inbound', at, text }] },
      touches: [{ at: sent, direction: 'outbound' }, { at, direction: 'inbound' }],
      lastWord: { at, text, reading },
    });
  }

  it.each([
    ['平台要接我们的仓库网络，资安团队要先审一下', 'fit'],
    ['個平台要駁我哋個倉網絡，IT部要先睇過先得', 'fit'],
    ['The platform would plug into our ERP, so it needs to go through infosec before we can move.', 'fit'],
    ['Our IT has to vet any vendor that touches the ERP.', 'authority'],
  ] as const)('%s', (text, category) => {
    const { situation, draft } = judged(text, category);
    // (was answer_objection with the fit track's objection-reply: the card played the fit objection out)
    expect(situation.action.step).toBe('security_review');
    expect(situation.action.kind).toBe('follow_up');
    expect(situation.action.due).toBe(new Date(2026, 11, 4).getTime());
    expect(draft.templateId).toBe('security-review');
    expect(readingSetAside(situation)).toBe(true);
  });

  it.each(["It doesn't integrate with our WMS, so no.", '和我们现有系统不兼容，而且资安团队也要先审一下。'])('a real fit objection stays one: %s', (text) => {
    const { situation, draft } = judged(text, 'fit');
    expect(situation.action.kind).toBe('answer_objection');
    expect(draft.templateId).not.toBe('security-review');
    expect(readingSetAside(situation)).toBe(false);
  });
});

describe('a review put first after a settled part, whatever joins them; IT or security that has to vet us, with or without 先', () => {
  it.each([
    // (a semicolon, a dash, a full stop, a comma: no "but", and each read as settled)
    'Security is fine with the pilot; they need to review the DPA first',
    "security's fine w the pilot - they still need to go over the DPA tho",
    '资安没问题；还要先做渗透测试。',
    '資安那邊OK，要先看一下你們的SOC 2報告',
    '合規嗰邊冇問題，仲要先簽DPA',
    // (no 先, no "first": a department that has to vet us; were no review)
    'IT部门要审核一下',
    '資安要審一下',
    '我们IT部门得审核一下你们的接口',
    '合規部門要審核一下你哋份合約',
    'IT嗰邊要審一審',
    'Our IT department needs to vet you.',
    "our IT guys'll need to review the API docs",
    'Kindly note our IT Department would need to assess the solution.',
    'IT is going to audit the connector',
  ])('%s', (words) => {
    expect(securityReview(words)).not.toBeNull();
  });

  it.each([
    'IT已经审核过了',
    '资安没问题',
    '资安已经审过了，没问题',
    'IT部门审核完了，可以签',
    '資安同事說沒問題，可以往下走',
    'IT看过了，觉得挺好',
    'IT部门要开会讨论一下排期',
    '我们要审核一下预算',
    'IT reviewed it last month and loved it',
    'Security is fine with the pilot, and the DPA was signed last week',
    'Compliance is fine; the DPA has already been reviewed.',
    'Security is fine with the pilot; the DPA was signed before the kickoff.',
    '资安没问题，他们觉得DPA写得很清楚。',
    'IT has to approve the budget',
    'IT will handle the install next week',
    'we need to review the quote internally first',
  ])('settled, or no review: %s', (words) => {
    expect(securityReview(words)).toBeNull();
  });
});

describe('the judgment on the reader’s own reading: a review with no objection read in it is the step too', () => {
  const NOW = new Date(2026, 11, 4, 10).getTime();
  const DAY = 86_400_000;
  const contact = { id: 'contact-review2' as ContactId, identities: ['test:review2'], sources: ['gmail' as const], name: 'Lin Wei', company: 'Eastbay Cold Chain', stage: 'present' as const, stageChangedAt: NOW - 20 * DAY, createdAt: NOW - 20 * DAY, capturedAt: NOW - 20 * DAY };
  function step(text: string) {
    const at = NOW - 3_600_000;
    const sent = NOW - 3 * DAY;
    return advise({
      playbook, now: NOW, locale: 'en', contact, deal: null,
      conversation: { subject: 'Proposal', messages: [{ direction: 'outbound', at: sent, text: 'Hi, the proposal is attached.' }, { direction: 'inbound', at, text }] },
      touches: [{ at: sent, direction: 'outbound' }, { at, direction: 'inbound' }],
      lastWord: { at, text, reading: readReply(text, at) },
    }).situation.action.step;
  }
  // (were "they replied, our move" or the authority or trust objection answered)
  it.each(['資安要審一下', 'IT部门要审核一下', 'Security is fine with the pilot; they need to review the DPA first', 'Hi Sam,\n\nThanks. Security is fine with the pilot; they need to review the DPA first.\n\nDana', 'Our IT department needs to vet you.'])('%s', (text) => {
    expect(step(text)).toBe('security_review');
  });

  it.each(['IT已经审核过了', '资安没问题，下周可以签', 'IT reviewed it last month and loved it'])('settled: %s', (text) => {
    expect(step(text)).not.toBe('security_review');
  });
});

describe('a review with no objection read, beside a greeting and thanks', () => {
  it('the words the reader quotes for "none" are no objection to match', () => {
    // (the reader quoted "Thanks."; the review was dropped as another sentence's, and the reply read "they replied")
    const words = 'Hi Sam,\n\nThanks. Security is fine with the pilot; they need to review the DPA first.\n\nDana';
    expect(reviewOverObjection(words, 'none', 'Thanks.')).toBe('Security is fine with the pilot; they need to review the DPA first.');
  });
});

describe('securityReview: a security review asked of us in a request, not our product that does such work', () => {
  it.each([
    'Before we can go any further our InfoSec team needs your SOC 2 Type II report and the attached vendor security questionnaire filled in.',
    '继续推进之前，我们信息安全部需要贵司提供SOC 2报告，并填写附件里的供应商安全评估问卷，麻烦尽快发过来。',
    '要往下走之前，我們資安部門需要貴公司的 SOC 2 報告，也請填寫附件的資安評估問卷，麻煩盡快提供。',
  ])('%s', (text) => {
    expect(securityReview(text)).not.toBeNull();
  });

  it.each([
    "Please send pricing for the security questionnaire automation module as well - we'd like to add it.",
    'Can you send a sample of the vendor security questionnaire your tool generates?',
    '请把安全问卷自动化模块的报价也发给我们，我们想加上。',
    '可以寄一份你們的工具生成的資安評估問卷範本給我們嗎？',
  ])('not: %s', (text) => {
    expect(securityReview(text)).toBeNull();
  });
});
