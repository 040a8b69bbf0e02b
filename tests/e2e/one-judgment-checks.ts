import { DEMO_ROUTES, type DemoRoute } from '../../demo/routes';
import { localDaysBetween, savedDateOf } from '../../demo/shift-dates';

/**
 * Every demo page, as the demo serves it today, in every UI language at a side panel's width: one
 * judgment, and no card that contradicts it. What each page should come to is written here from
 * the page (who spoke last, what they said), not from the engine's output.
 */
export interface Expected {
  kind: string;
  draft: 'en' | 'zh-Hans' | 'zh-Hant' | 'none';
  stage?: string;
  /** The next step's words in the English UI. */
  label?: RegExp;
  /** Words the draft must hold in every UI language, and words it must never hold. */
  draftHas?: RegExp;
  draftNot?: RegExp;
  /** Their words are shown, but no talk tracks to use and no buying-signal banner beside this step. */
  noTracks?: true;
  /** The header's primary button, in en, zh-Hans and zh-Hant: it says what the next step and the draft do. */
  button?: readonly [string, string, string];
}

/**
 * The promise with no day (`gmail/thread--promise-no-day`, saved on Saturday 5 December 2026, their
 * message on the Thursday before): a buyer in negotiation (tier A: the quote shows BANT in fact) gets two working days (no weekend,
 * no New Year's Day, no Christmas Day for an English speaker), counted from their message as the
 * demo shows it today (every date moves with today, so the day of the week moves too).
 */
function promiseNoDayCheckIn(): { day: string; waiting: boolean } {
  const saved = savedDateOf('gmail/thread--promise-no-day--2026-12-05.html');
  if (!saved) throw new Error('the fixture name lost its saved date');
  const day = new Date(2026, 11, 3 + localDaysBetween(saved, new Date()));
  for (let left = 2; left > 0; ) {
    day.setDate(day.getDate() + 1);
    const holiday = (day.getMonth() === 0 && day.getDate() === 1) || (day.getMonth() === 11 && day.getDate() === 25);
    if (day.getDay() !== 0 && day.getDay() !== 6 && !holiday) left--;
  }
  // (a letter writes a day of the coming months without its year: formatDayInLetter)
  // (two working days can end today, when the wait is over: then the nudge, not the wait)
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return { day: day.toLocaleDateString('en-US', { month: 'long', day: 'numeric' }), waiting: day.getTime() > today.getTime() };
}

const PROMISE_NO_DAY = promiseNoDayCheckIn();

export const EXPECTED: Record<string, Expected> = {
  'linkedin/profile--gen2024--2024-06-12.html': { kind: 'first_touch', draft: 'en', stage: 'Prospecting' },
  'linkedin/profile--gen2024-second-person--2024-06-12.html': { kind: 'first_touch', draft: 'en' },
  'linkedin/profile--gen2022--2022-09-03.html': { kind: 'first_touch', draft: 'en' },
  'linkedin/profile--gen2025-hashed-cjk--2025-08-20.html': { kind: 'first_touch', draft: 'zh-Hans' },
  // "Not now… reach out in September": wait until then.
  'linkedin/messaging--thread-timing--2024-06-12.html': { kind: 'snooze', draft: 'en' },
  'linkedin/profile-with-message-overlay--2024-06-12.html': { kind: 'answer_objection', draft: 'en' },
  // "Who else in logistics uses it?": a question to answer.
  'linkedin/feed-with-message-overlay--profile-card--2024-06-12.html': { kind: 'answer_question', draft: 'en' },
  'linkedin/sales-navigator-lead--notes--2024-06-12.html': { kind: 'first_touch', draft: 'en' },
  'gmail/thread--objection-price--2024-06-12.html': { kind: 'answer_objection', draft: 'en', stage: 'Quote and negotiation' },
  'gmail/thread--buying-signal-zh--2019-11-05.html': { kind: 'move_to_contract', draft: 'zh-Hans', stage: 'Contract' },
  'gmail/thread--prompt-injection--2024-06-12.html': { kind: 'answer_objection', draft: 'en' },
  // "I will take it to our GM on Friday": taken up on a day they named: the one-pager for the GM before it, the check-in the working day after
  // (it was the authority objection within two days, then "thank and wait" until the Monday: the walk of session 21)
  'outlook/thread--objection-authority--2024-09-03.html': { kind: 'follow_up', draft: 'en', label: /^Help Li make the case to their GM: a one-page summary/, draftHas: /taking this to your GM[\s\S]*I will check in with you on /, draftNot: /while you look at it/, button: ['Send a one-page summary', '发一页纸摘要', '寄一頁摘要'] },
  'salesforce/opportunity--gen2024-lwc--2026-10-05.html': { kind: 'move_to_contract', draft: 'en', stage: 'Contract' },
  'salesforce/contact--gen2024-lwc--2026-10-05.html': { kind: 'first_touch', draft: 'en' },
  'salesforce/opportunity--gen2020-aura--2021-03-15.html': { kind: 'follow_up', draft: 'en', stage: 'Qualification' },
  'salesforce/lead--gen2020-aura--2021-03-15.html': { kind: 'first_touch', draft: 'en' },
  'hubspot/deal--contract-sent--2026-10-05.html': { kind: 'get_signature', draft: 'en', stage: 'Contract' },
  'hubspot/contact--2024--2026-10-05.html': { kind: 'first_touch', draft: 'en' },
  // "The price is too high… 15% off": the objection is answered, not a first touch.
  'zoho/deal--2024--2026-10-05.html': { kind: 'answer_objection', draft: 'en', stage: 'Quote and negotiation' },
  'zoho/contact--2024--2026-10-05.html': { kind: 'first_touch', draft: 'en' },
  // The call note "he will send the questionnaire": their move to wait for, not "following up on my last message";
  // their IT security team reviews first, so the draft offers what reviewers need and asks what and by when (was "sounds good… while you look at it").
  'pipedrive/deal--custom-stage--2026-10-05.html': { kind: 'snooze', draft: 'en', label: /^Wait for their answer; follow up on /, draftHas: /^Hi Jonas,\n\nThanks for letting me know your security team reviews us first\.[\s\S]*data processing agreement \(DPA\)[\s\S]*by when do they need it\?/, draftNot: /Following up on my last message|while you look at it|sounds good/ },
  'pipedrive/deal--classic-2019--2019-05-14.html': { kind: 'move_to_contract', draft: 'en', stage: 'Contract' },
  'pipedrive/person--2024--2026-10-05.html': { kind: 'first_touch', draft: 'en' },
  'fxiaoke/opportunity--2024--2026-10-20.html': { kind: 'move_to_contract', draft: 'zh-Hans', stage: 'Contract' },
  'fxiaoke/contact--2024--2026-10-20.html': { kind: 'first_touch', draft: 'zh-Hans' },
  'fxiaoke/account--2024--2026-10-20.html': { kind: 'follow_up', draft: 'zh-Hans' },
  // Situations written by others' voices, each a contradiction the panel once showed.
  // "Tuesday 10am works. I've sent you an invite.": a meeting to confirm, not "wait until Tuesday, as they asked".
  'gmail/thread--meeting-booked--2026-12-05.html': { kind: 'follow_up', draft: 'en', label: /^Confirm the meeting on /, draftHas: /confirmed for/, draftNot: /get back to you/ },
  // "Tuesday works for me, send an invite." (no hour): the invite is ours to send today, at an hour we pick; not "wait until Tuesday".
  'gmail/thread--yes-to-offer--2026-12-05.html': { kind: 'follow_up', draft: 'en', label: /^Send what you offered: the order form$/, draftHas: /As promised, here it is: \[attach the order form\]/, draftNot: /Following up|worth a short call|Thank you for your reply/, button: ['Do what you offered', '办好答应的事', '辦好答應的事'] },
  'gmail/thread--invite-asked--2026-12-04.html': { kind: 'follow_up', draft: 'en', label: /^Send the invite for /, draftHas: /works for us\. I am sending the calendar invite now for \[time\]/, draftNot: /get back to you|Following up/, noTracks: true, button: ['Send the invite', '发会议邀请', '寄會議邀請'] },
  // "Take me off your list": no draft, no brush-off tracks to use beside "Do not contact again".
  'gmail/thread--unsubscribe--2026-12-05.html': { kind: 'stop', draft: 'none', noTracks: true },
  'gmail/thread--after-new-year-zh--2026-12-05.html': { kind: 'snooze', draft: 'zh-Hans', stage: 'Solution presentation' },
  // Over this year's budget, any room to adjust? after our quote: the price objection, not "[Your answer]".
  'outlook/thread--price-room-zh-hant--2026-12-05.html': { kind: 'answer_objection', draft: 'zh-Hant', stage: 'Quote and negotiation', draftNot: /您的回答|\[/ },
  // A LinkedIn chat is answered as a message: no "reply to this email".
  'linkedin/messaging--after-new-year-zh-hant--2026-12-05.html': { kind: 'snooze', draft: 'zh-Hant', draftNot: /郵件|邮件/ },
  // Closed lost to a cheaper competitor: re-opened later with an offer made to them, not the rep's instruction.
  'hubspot/deal--closed-lost--2026-12-05.html': { kind: 'reopen', draft: 'en', stage: 'Closed lost', label: /^Re-open with an offer/, draftHas: /free assessment/, draftNot: /Re-open/ },
  // The CFO asked for the ROI numbers: the draft answers him, not the champion listed first.
  'hubspot/deal--two-people--2026-12-05.html': { kind: 'answer_objection', draft: 'en', draftHas: /^Hi Tom,/ },
  'pipedrive/deal--meeting-scheduled--2026-12-05.html': { kind: 'follow_up', draft: 'en', label: /^Confirm the meeting on /, draftHas: /confirmed for/ },
  // Our quote emailed, an overdue call task, Julia never replied: the overdue task today, not "thank you for your reply".
  'pipedrive/deal--overdue-activity--2026-12-07.html': { kind: 'follow_up', draft: 'en', label: /^Your task was due /, draftNot: /Thank you for your reply/ },
  // A customer's complaint: no competitor talk tracks beside "Answer the complaint".
  'salesforce/opportunity--won-complaint--2026-12-05.html': { kind: 'answer_complaint', draft: 'en', noTracks: true },
  // Went live: the after-sales check, not "they replied, the next move is ours".
  'fxiaoke/opportunity--won--2026-12-05.html': { kind: 'after_sales_check', draft: 'zh-Hans' },
  // An auto-reply: Anna has left, Piotr took over. A first touch to Piotr, no thanks to someone gone, no brush-off tracks.
  'gmail/thread--champion-left--2026-12-05.html': { kind: 'follow_up', draft: 'en', stage: 'Solution presentation', label: /^Contact Piotr Nowak, who took over from Anna$/, draftHas: /^Hi Piotr,\n\nI had been working with Anna Kowalski/, draftNot: /introduction|Hi Anna/, noTracks: true, button: ['Contact their successor', '联系接任者', '聯絡接任者'] },
  // "Register on our Coupa portal and submit the quote there": do it, not a brush-off answered with a case study.
  'gmail/thread--supplier-portal--2026-12-05.html': { kind: 'follow_up', draft: 'en', stage: 'Quote and negotiation', label: /^Register on their supplier portal/, draftHas: /registering as a supplier on your portal/, draftNot: /case from your industry|get back to you on/, noTracks: true, button: ['Register and submit', '注册并提交', '註冊並提交'] },
  // 麻煩您…修改報價，下週一前回覆即可: our move before Monday, not "wait until Monday, as they asked".
  'outlook/thread--deadline-request-zh-hant--2026-12-05.html': { kind: 'answer_question', draft: 'zh-Hant', stage: 'Quote and negotiation', label: /^Do what they asked by /, draftHas: /最晚 ?\d{1,2}月\d{1,2}日發給您/, draftNot: /我會在.*再聯絡您|謝謝您的提問/, button: ['Do it before the deadline', '在期限前完成', '在期限前完成'] },
  // Won, signed on the 2nd: the kick-off, not the 90-day after-sales check.
  // 我们下周内部讨论一下，再回复你: their move; the draft thanks them and names the day we check in, no answer to an objection.
  'outlook/thread--promise-next-week-zh--2026-12-05.html': { kind: 'snooze', draft: 'zh-Hans', stage: 'Quote and negotiation', label: /^Wait for their answer; follow up on /, draftHas: /再跟您确认/, draftNot: /异议|價格|价格/, noTracks: true, button: ['Thank and wait', '道谢并等待', '道謝並等候'] },
  // "Our finance team needs the quote re-issued…": the draft quotes what they asked and leaves the rep to say it is done.
  'gmail/thread--request-reissue-quote--2026-12-05.html': { kind: 'answer_question', draft: 'en', stage: 'Quote and negotiation', label: /^Do what they asked/, draftHas: /needs the quote re-issued in the company name/, draftNot: /Following up on my last message|Thanks for asking/, button: ['Do what they asked', '办好对方要的事', '辦好對方要的事'] },
  'gmail/thread--counter-net60--2026-12-07.html': { kind: 'answer_question', draft: 'en', stage: 'Contract', label: /^Answer their counter-offer \(12% off \+ net 60\)/, draftHas: /12% off \+ net 60/, draftNot: /50% at signing|Thanks for asking/, noTracks: true },
  'gmail/thread--promise-no-day--2026-12-05.html': PROMISE_NO_DAY.waiting
    ? { kind: 'snooze', draft: 'en', stage: 'Quote and negotiation', label: /^Wait for their answer; follow up on /, draftHas: new RegExp(`check in on ${PROMISE_NO_DAY.day}\\.`), draftNot: /Thank you for being open about it|Following up on my last message/ }
    : { kind: 'follow_up', draft: 'en', stage: 'Quote and negotiation', label: /^Follow up: their promised answer has not come/, draftNot: /Thank you for being open about it|Following up on my last message/ },
  // "We ended up going with Roastify": thanks and a question about what decided it, no competitor talk tracks.
  'linkedin/messaging--decided-elsewhere--2026-12-05.html': { kind: 'snooze', draft: 'en', label: /^Thank them and ask what decided it; re-open on /, draftHas: /Thank you for letting me know/, draftNot: /mobile approval|The difference is|two-page case/, noTracks: true, button: ['Thank them', '道谢', '道謝'] },
  'pipedrive/deal--won-badge--2026-12-05.html': { kind: 'follow_up', draft: 'en', stage: 'Delivery and tracking', label: /^Book the kick-off/, draftHas: /book the kick-off/, draftNot: /value report/, button: ['Book the kick-off', '安排启动会', '安排啟動會議'] },
  // "Can we pay in three instalments?": the draft answers it before the contract.
  'salesforce/opportunity--instalments--2026-12-05.html': { kind: 'move_to_contract', draft: 'en', draftHas: /yes, we can split it into instalments tied to milestones/ },
  // 商务这块你找我们采购部的王经理: a first touch to 王经理 quoting 张涛, not an authority objection.
  'fxiaoke/opportunity--referral--2026-12-05.html': { kind: 'follow_up', draft: 'zh-Hans', stage: 'Discovery', draftHas: /^王经理您好，\n\n张涛建议我直接联系您/, noTracks: true, button: ['Contact the referral', '联系推荐人选', '聯絡推薦人選'] },
};

/** A demo page's kind in the layout walk, from its fixture's name (null: not walked there). */
export function layoutKindOf(route: DemoRoute): string | null {
  const [site = '', name = ''] = route.file.split('/');
  if (name.includes('broken-layout')) return 'not-recognised';
  if (name.includes('loading-skeleton') || name.startsWith('shell--')) return null; // their own tests in layout.spec and in fxiaoke's
  if (site === 'linkedin') return name.startsWith('sales-navigator') ? 'sales-navigator-lead' : name.includes('message') ? 'linkedin-conversation' : 'linkedin-profile';
  if (site === 'gmail' || site === 'outlook') return 'email-thread';
  return /^(opportunity|deal)--/.test(name) ? 'crm-deal' : 'crm-person';
}

/**
 * The pages whose one judgment the layout walk checks, on the panel it opens anyway (layout.spec):
 * every page it walks that has an expected judgment here. one-judgment.spec walks the others.
 */
export function judgedInLayout(route: DemoRoute): boolean {
  const kind = layoutKindOf(route);
  return DEMO_ROUTES.some((walked) => walked.file === route.file) && kind !== null && kind !== 'not-recognised' && EXPECTED[route.file] !== undefined;
}

const HAN = /\p{Script=Han}/u;

/** What the panel shows, read in the page at one moment: texts with their white space collapsed, as Playwright's text checks compare them. */
export interface PanelLook {
  lang: string | null;
  steps: number;
  stepKind: string | null;
  draftNone: number;
  drafts: number;
  draftKind: string | null;
  draftLanguage: string | null;
  draftBody: string | null;
  actions: string[];
  headerActions: string[];
  objectionResponses: number;
  buyingSignals: string[];
  trackUses: number;
  stages: string[];
  shownStage: string | null;
  stageNames: string[];
  dealSopStages: string[];
  crmStillNotes: number;
  moveTargets: (string | null)[];
  bodyText: string;
  dealNames: string[];
  contactDealLinks: string[];
  contactTiers: string[];
  dealTiers: string[];
  /** The BANT card's reason for the tier (its folded summary, and the line inside when open). */
  bantReasons: string[];
  replyQuotes: number;
  overflow: number;
}

export function lookAtPanel(): PanelLook {
  const all = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"]`)];
  const text = (e: Element) => e.textContent.replace(/\s+/g, ' ').trim();
  const texts = (testId: string) => all(testId).map(text);
  const one = (testId: string) => document.querySelector(`[data-testid="${testId}"]`);
  const body = one('draft-body');
  return {
    lang: document.querySelector('.app')?.getAttribute('lang') ?? null,
    steps: all('next-step').length,
    stepKind: one('next-step')?.getAttribute('data-kind') ?? null,
    draftNone: all('draft-none').length,
    drafts: all('draft').length,
    draftKind: one('draft')?.getAttribute('data-kind') ?? null,
    draftLanguage: one('draft')?.getAttribute('data-language') ?? null,
    draftBody: body instanceof HTMLTextAreaElement || body instanceof HTMLInputElement ? body.value : null,
    actions: texts('next-step-action'),
    headerActions: texts('header-action'),
    objectionResponses: all('objection-responses').length,
    buyingSignals: texts('buying-signal'),
    trackUses: all('track-use').length,
    // The stage as the page holds it (textContent, as the walk compared it), not collapsed.
    stages: all('situation-stage').map((e) => e.textContent),
    shownStage: one('situation-stage')?.getAttribute('data-stage') ?? null,
    stageNames: texts('stage-name'),
    dealSopStages: texts('deal-sop-stage'),
    crmStillNotes: all('header-crm-still').length,
    moveTargets: [...document.querySelectorAll('[data-testid="stage-move"], [data-testid="stage-suggestion-accept"][data-kind="move"]')].map((e) => e.getAttribute('data-to')),
    bodyText: document.body.textContent,
    dealNames: all('deal-name').map((e) => e.textContent),
    contactDealLinks: all('contact-deal-link').map((e) => e.textContent),
    contactTiers: all('contact-tier').map((e) => e.textContent),
    dealTiers: texts('deal-tier'),
    bantReasons: [...document.querySelectorAll('[data-testid="fold-bant"] .fold-summary, [data-testid="bant-reason"]')].map(text),
    replyQuotes: document.querySelectorAll('.reply-quote').length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** Every way what the panel shows contradicts the page's one judgment (none when it holds). */
export function contradictions(look: PanelLook, expected: Expected, locale: 'en' | 'zh-Hans' | 'zh-Hant', file: string, width: number): string[] {
  const found: string[] = [];
  const check = (holds: boolean, what: string) => {
    if (!holds) found.push(what);
  };
  const only = (values: string[], what: string) => {
    check(values.length === 1, `${what}: ${values.length} on screen`);
    return values[0] ?? '';
  };
  const pick = <T,>(en: T, zhHans: T, zhHant: T) => (locale === 'en' ? en : locale === 'zh-Hans' ? zhHans : zhHant);
  check(look.lang === locale, `the panel's language is ${String(look.lang)}`);
  check(look.steps === 1, `${look.steps} next steps`);
  check(look.stepKind === expected.kind, `the next step is ${String(look.stepKind)}`);
  // The draft does the same action, in the prospect's language whatever the UI's.
  const body = look.draftBody ?? '';
  if (expected.draft === 'none') {
    check(look.draftNone === 1 && look.drafts === 0, `a draft where none is due (${look.drafts})`);
  } else {
    check(look.draftKind === expected.kind, `the draft is ${String(look.draftKind)}`);
    check(look.draftLanguage === expected.draft, `the draft is in ${String(look.draftLanguage)}`);
    check(HAN.test(body) === (expected.draft !== 'en'), `draft body language on ${file} in the ${locale} UI: ${body}`);
    if (expected.draftHas) check(expected.draftHas.test(body), `the draft lacks ${String(expected.draftHas)}: ${body}`);
    if (expected.draftNot) check(!expected.draftNot.test(body), `the draft holds ${String(expected.draftNot)}: ${body}`);
  }
  if (locale === 'en' && expected.label) check(expected.label.test(only(look.actions, 'next-step-action')), `the next step says ${look.actions.join(' | ')}`);
  // A meeting they agreed to: the header's button says what the next step and the draft do.
  if (expected.label?.source.includes('Confirm the meeting')) check(only(look.headerActions, 'header-action') === pick('Confirm the meeting', '确认会议', '確認會議'), `the header's button says ${look.headerActions.join(' | ')}`);
  if (expected.button) check(only(look.headerActions, 'header-action') === pick(...expected.button), `the header's button says ${look.headerActions.join(' | ')}`);
  if (expected.noTracks) check(look.objectionResponses + look.buyingSignals.length + look.trackUses === 0, `talk tracks beside this step (${look.objectionResponses} responses, ${look.buyingSignals.length} banners, ${look.trackUses} tracks)`);
  // One stage on screen: the judgment's, the stage card's and the deal's agree.
  const stage = look.stages[0] ?? '';
  const shownStage = stage.replace(/\s+/g, ' ').trim();
  if (locale === 'en' && expected.stage) check(stage === expected.stage, `the header's stage is ${stage}`);
  if (look.stageNames.length > 0) check(only(look.stageNames, 'stage-name') === shownStage, `the stage card says ${look.stageNames.join(' | ')}, the header ${stage}`);
  // (the deal card maps the CRM's own stage: when the thread is past it, that is the header's note, not its stage)
  if (look.dealSopStages.length > 0 && look.crmStillNotes === 0) check(only(look.dealSopStages, 'deal-sop-stage') === shownStage, `the deal says ${look.dealSopStages.join(' | ')}, the header ${stage}`);
  // Nothing offers to move the deal to the stage every card already shows it at.
  for (const to of look.moveTargets) check(to !== look.shownStage, `a move to the stage already shown on ${file}`);
  // "Early contact" is for leads before discovery, not for a deal being negotiated.
  if (look.shownStage && !['prospect', 'qualify'].includes(look.shownStage)) check(!/Early contact|初步接[触觸]/.test(look.bodyText), 'early contact beside a later stage');
  // The deal on screen is not offered again as a link to itself.
  if (look.dealNames.length > 0) check(!look.contactDealLinks.includes(look.dealNames[0] ?? ''), 'the deal on screen offered as a link to itself');
  // A contract already with them is not sent again: the action and the draft ask for the signature.
  if (expected.kind === 'get_signature') {
    const sendContract = /send the contract|发出合同|發出合約/i;
    check(!look.actions.some((action) => sendContract.test(action)), `the next step sends the contract again: ${look.actions.join(' | ')}`);
    check(!/attached the contract|附件是合同|附件是合約/.test(body), 'the draft attaches the contract again');
    check(!look.buyingSignals.some((banner) => sendContract.test(banner)), 'a banner sends the contract again');
    // (nor does a banner say the next step again: it gives their words)
    check(!look.buyingSignals.some((banner) => look.actions.some((action) => action.length > 0 && banner.includes(action))), 'a banner repeats the next step');
    check(only(look.headerActions, 'header-action') === pick('Get it signed', '推动签约', '推動簽約'), `the header's button says ${look.headerActions.join(' | ')}`);
  }
  // One tier on screen.
  check(look.contactTiers.length <= 1, `${look.contactTiers.length} tiers`);
  if (look.contactTiers.length === 1 && look.dealTiers.length > 0) check(only(look.dealTiers, 'deal-tier') === (look.contactTiers[0] ?? '').replace(/\s+/g, ' ').trim(), `the deal's tier ${look.dealTiers.join(' | ')}, the contact's ${look.contactTiers.join(' | ')}`);
  // A buyer at negotiation or contract has shown budget, authority, need and timing in fact: no tier C beside it (the walk:
  // "Contract · Tier C" on a thread whose BANT nobody recorded), in the header or in the BANT card's reason.
  if (look.shownStage === 'negotiate' || look.shownStage === 'close') {
    check(!look.contactTiers.some((tier) => /\bC$/.test(tier.trim())), `tier ${look.contactTiers.join(' | ')} beside ${shownStage}`);
    check(!look.bantReasons.some((reason) => /→ C/.test(reason)), `the BANT card says ${look.bantReasons.join(' | ')} beside ${shownStage}`);
  }
  // A first touch is for someone we never spoke with; nothing called dormant unless the action re-opens.
  if (expected.kind === 'first_touch') check(look.replyQuotes === 0, 'their words quoted beside a first touch');
  if (expected.kind !== 'reopen') check(!/dormant|沉睡/.test(look.bodyText), 'something called dormant');
  // Nothing wider than the panel.
  check(look.overflow <= 0, `horizontal overflow at ${width} px in ${locale}: ${look.overflow}`);
  return found;
}

