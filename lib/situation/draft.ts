import { fillSpaced } from '../i18n/format';
import { engineText } from '../engine/engine-messages';
import { generateSpin, inferIndustry, inferRole, type SpinQuestion } from '../engine/spin';
import type { Locale } from '../i18n/locales';
import type { SpinType } from '../playbook/ids';
import type { Playbook, PlainQuestionKey } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { dayOf, formatDayInLetter } from './format';
import { aboutRenewal, firstNameOf, trackText } from './talk';
import { asksMoreOnly } from './renewal';

export { firstNameOf, trackText };
import { prospectLanguage } from './language';
import { askedAgain, contractAskedIn, isChase } from './request';
import { workingDayFrom } from './holiday';
import { holidayRegionOf } from './holiday-region';
import { writerOf } from './writer';
import type { ActionKind, ActionStep, Situation, SituationInput, StageEvidenceKind } from './types';
import { withoutActivityLabel } from './activity-voice';
import { isApproval, nextStepAsked } from './next-step';
import { securityReview } from './security-review';
import { portalAsk } from './procurement';
import { pointOfQuote, sentenceOver } from './sentence';
import { answeredObjection } from './two-objections';
import { whoAsks } from './who-asks';
import { busyNow, pausedWithoutDay } from './pause';
import { returnedRedline } from './redline';
import { readQuestions } from '../reader/intents';
import { trackNameFor } from './incumbent';


export interface SituationDraft {
  language: Locale;
  templateId: string;
  subject: string;
  body: string;
  /** The talk track the draft answers the objection with. */
  trackId: string | null;
  /** The address the draft goes to when it is not the one on the page (the bounce named another). */
  to?: string;
}

export type SpinPhase = 'situation' | 'problem' | 'implication' | 'need_payoff';

export interface PhasedQuestion extends SpinQuestion {
  phase: SpinPhase;
}

/** Before discovery ends we learn the situation and the problem; after it we build the value. */
export function spinTypesFor(stage: StageId | 'lost'): SpinType[] {
  const index = stage === 'lost' ? 0 : STAGE_IDS.indexOf(stage);
  return index <= STAGE_IDS.indexOf('discover') ? ['situation', 'problem'] : ['implication', 'needPayoff'];
}

function profileOf(input: SituationInput): { profile: string; roleText: string; company: string | undefined } {
  const c = input.contact;
  const record = input.deal?.record;
  const person = record?.contacts[0];
  const profile = [c?.headline, c?.title, c?.company, c?.about, record?.account, record?.name].filter(Boolean).join(' | ');
  const roleText = [c?.title, c?.headline, person?.title].filter(Boolean).join(' | ');
  return { profile, roleText, company: c?.company ?? record?.account };
}

/** SPIN questions for this person at this stage, in `language`; the phase follows the stage. */
/**
 * The stage the questions are asked at: where the conversation is. On a deal whose CRM stage lags
 * the thread (a buyer asking for the contract on a deal the CRM has at qualification), the thread's
 * stage: discovery questions beside "Move to contract now" ask what the buyer has already answered.
 */
export function spinStageOf(situation: Situation): StageId | 'lost' {
  // A first note to someone new (the person they referred us to, a successor) asks what a first note asks: their
  // situation, not the stage's implications put to the one who knows the story ("If that target slips…").
  if (situation.action.step === 'referral' || situation.action.step === 'successor') return 'prospect';
  const ahead = situation.stage.crmBehind?.stage;
  if (ahead && ahead !== 'lost') return ahead;
  // And when the CRM is ahead of a conversation that has barely begun, the questions are the conversation's too.
  return situation.stage.crmAhead?.stage ?? situation.stage.id;
}

export function situationSpin(input: SituationInput, situation: Situation, language: Locale, limit = 4): PhasedQuestion[] {
  const { profile, roleText, company } = profileOf(input);
  const asked = spinStageOf(situation);
  const stage: StageId = asked === 'lost' ? 'prospect' : asked;
  const questions = generateSpin({
    playbook: input.playbook,
    locale: language,
    stage,
    industry: inferIndustry(input.playbook, profile),
    role: inferRole(input.playbook, roleText),
    company,
    knownPains: input.contact?.knownPains,
    asked: input.contact?.askedQuestions,
    types: spinTypesFor(asked),
    subject: [input.deal?.record.name, input.conversation?.subject].filter(Boolean).join(' | '),
    limit: 24,
  });
  // Both phases of the stage, interleaved best first: a list of one kind reads like a questionnaire.
  const known = new Set(input.contact?.knownPains ?? []);
  const byType = spinTypesFor(asked).map((type) => questions.filter((q) => q.type === type && !known.has(q.painId)));
  // A confirmed pain's implications come first.
  const mixed: SpinQuestion[] = questions.filter((q) => known.has(q.painId)).slice(0, limit);
  for (let i = 0; mixed.length < limit && byType.some((list) => i < list.length); i++) {
    for (const list of byType) {
      const question = list[i];
      if (question && mixed.length < limit) mixed.push(question);
    }
  }
  return mixed.map((q) => ({ ...q, phase: q.type === 'needPayoff' ? 'need_payoff' : q.type }));
}

const TEMPLATE_FOR: Record<ActionKind, string> = {
  answer_objection: 'objection-reply',
  answer_question: 'answer-question',
  move_to_contract: 'contract-now',
  get_signature: 'contract-sign',
  snooze: 'snooze-ack',
  follow_up: 'follow-up',
  first_touch: 'first-touch',
  reopen: 'reopen',
  after_sales_check: 'after-sales',
  answer_complaint: 'complaint',
  stop: 'none',
};

/** A step with words of its own has its own template (a team playbook without it falls back to the follow-up). */
const STEP_TEMPLATE: Record<ActionStep, string> = {
  meeting: 'meeting-confirm',
  meeting_answer: 'meeting-confirm-answer',
  meeting_invite: 'meeting-invite',
  meeting_slots: 'meeting-slots',
  next_step: 'contract-next',
  referral: 'referral',
  referral_ask: 'referral-ask',
  referral_away: 'referral-away',
  successor: 'referral-successor',
  referral_approver: 'referral-approver',
  procurement: 'procurement-portal',
  deadline: 'request-deadline',
  kickoff: 'kick-off',
  kickoff_prep: 'kick-off-prep',
  progress: 'progress-update',
  promise: 'promise-ack',
  promise_over: 'promise-nudge',
  request: 'answer-request',
  decided: 'decision-ack',
  counter: 'counter-offer',
  correction: 'correction',
  effort: 'effort-concern',
  apology: 'apology',
  moved: 'moved-on',
  forwarded_up: 'forwarded-up',
  own_promise: 'own-promise',
  bounced: 'bounced',
  redline: 'redline-reply',
  leaving: 'leaving-handover',
  tender: 'tender-bid',
  cancelled: 'cancel-confirm',
  retention: 'retention',
  value_review: 'value-review',
  renewal: 'renewal-terms',
  security_review: 'security-review',
  adoption: 'adoption',
  offer_yes: 'offer-send',
  say_plainly: 'say-plainly',
  // (no message: the step is the rep's check and merge; the draft comes from the merged record's judgment)
  same_person: 'none',
};

/** Drafts that thank, wait or nudge: the ones a pending security review replaces (an answer, a request or an objection keeps its own). */
const WAITING_TEMPLATES: ReadonlySet<string> = new Set(['promise-ack', 'promise-nudge', 'snooze-ack', 'snooze-return', 'follow-up', 'follow-up-open']);

/** The working day someone away is back (a leave "12月3日至12月18日" ends on a Friday: back on the Monday). */
function awayBack(input: SituationInput, language: Locale): number | undefined {
  const until = input.lastWord?.reading.outOfOffice?.until;
  return until ? workingDayFrom(until, holidayRegionOf(input.contact, input.deal) ?? language).at : undefined;
}

/** A buying signal about how to pay ("can we pay in three instalments?", 能不能分三期付款): the draft answers it. */
const PAYMENT_ASKED = /instal|tranche|\bsplit\b|\bspread\b|monthly|quarterly|\bpay|billing|分.?期|付款|支付|按月|按季|分月/i;

/**
 * The clause they named, for the contract objection's talk tracks: "the liability cap (they want 2x
 * annual fees)" is answered with the liability track, not the payment milestones listed first, and
 * not asked again "which clause is the sticking point?".
 */
const TRACK_CUES: Readonly<Record<string, RegExp>> = {
  'contract-liability-cap': /\bliabilit|\bindemnit|\bcap on (?:damages|liability)|责任上限|責任上限|赔偿上限|賠償上限|违约责任|違約責任/i,
  'contract-milestones': /\bpayment (?:terms|schedule)|\bpay(?:ing)? (?:in|up front|upfront)|instal|付款方式|付款节点|付款節點|分期|预付|預付/i,
  'contract-clear-acceptance': /\bacceptance\b|验收|驗收/i,
  // (staff who will not use it or push back: the key users trained first, not a reference call)
  'trust-change-plan': /\b(?:resist|push ?back|won['’]?t (?:use|adopt)|adoption|buy-?in|old habits)\b|抵触|抵觸|不会用|不會用|唔識用|唔肯用|不愿意用|不願意用|排斥/i,
  // (a start they rule out until a day, "can't start anything until our ERP goes live in March", 四月才能开始: sign now, start then)
  'timing-signing-incentive': /\b(?:can['’]?t|cannot|won['’]?t|not|unable to) (?:start|begin|kick off|go live|roll (?:it )?out)\b|\bstart(?:ing)? date\b|才能(?:开始|開始|启动|啟動|上线|上線|开工|開工)|(?:开始|開始|启动|啟動|上线|上線)不了|(?:之前|以前)(?:不能|没法|沒法|冇得|唔可以)(?:开始|開始|启动|啟動|上线|上線)/i,
  // (a competitor named with its price: what their quote covers, compared like for like; no price talk when they raised none)
  'competitor-tco': /\bcheaper\b|\bprices?d?\b|\bpricing\b|\bquoted?\b|\bquotes\b|\bless than (?:you|yours|what you)|\bundercut|便宜|价格|價格|价钱|價錢|报价|報價|低[一二两兩三四五六七八九\d]+成|平(?:啲|d|過|过|好多|咗)/i,
};

/** A request to send us something: "can you send over the MSA", 麻烦把合同模板发给我们. */
const SEND_VERB = /\b(?:send|share|forward|email|e-mail|pass on|provide)\b|发|發|寄|提供|传|傳|给我|給我/i;

/** The signed copy coming back to us, "where do I send the signed contract?", 签好的合同寄到哪里: theirs to send, not ours. */
const SIGNED_BACK = /(?:签好|簽好|签完|簽完|签字|簽字|盖章|蓋章|盖好章|蓋好章|用印)(?:后|後|之后|之後|咗)?的?(?:合同|合约|合約|协议|協議)?[^。！？!?\n]{0,4}(?:寄|发|發|交|传|傳|送)(?:到|去|给|給|回)|\bsigned (?:copy|contract|agreement|order form|version|pdf)\b[^.!?\n]{0,30}\b(?:send|return|email|e-mail|upload)\b|\b(?:send|return|email|e-mail|upload)\b[^.!?\n]{0,25}\bsigned (?:copy|contract|agreement|order form|version|pdf)\b/i;

/** Their request to send them something, quoted, when their last words make one (as the judgment read them); else null. */
function sendAsked(situation: Situation): string | null {
  const request = situation.request ?? null;
  return request && SEND_VERB.test(request) && !isChase(request) ? request : null;
}

/**
 * Their question, when the buying signal the judgment read sits in it; else null. Not for "how do we
 * sign?": the contract sent with its key terms is that answer.
 */
function signalAsked(input: SituationInput, situation: Situation): string | null {
  const reading = input.lastWord?.reading;
  const question = reading?.question?.text;
  const quote = situation.last.kind === 'signal' ? situation.last.quote : null;
  const signal = reading?.signals.find((s) => s.evidence.text === quote)?.signal ?? 'terms_change';
  return question && quote && signal !== 'contract_process' && (question.includes(quote) || quote.includes(question)) ? question : null;
}

/** "Re: Proposal for Orchid" from a thread's subject, whatever reply prefixes it already had. */
export function replySubject(subject: string): string {
  const bare = subject.replace(/^(?:\s*(?:re|aw|sv|fw|fwd|回复|回覆|答复|答覆|转发|轉寄)\s*[:：]\s*)+/i, '').trim();
  return bare ? `Re: ${bare}` : '';
}



/**
 * Whom the draft answers: on a deal page with several people, the one the newest activity names as
 * speaking ("Tom: I need the ROI numbers", "Email from Kristjan: …", "Rahul says …"), else the
 * contact on the page. A deal's decision maker asked; greeting the champion answered the wrong person.
 */
function addresseeOf(input: SituationInput): string {
  // An assistant or a colleague who wrote for them is whom the reply greets.
  const writer = input.lastWord ? writerOf(input.lastWord.text) : null;
  if (writer) return writer;
  const people = input.deal?.record.contacts ?? [];
  // Their words are the record's when no thread shows them, or when they are newer than all it shows (a thread kept from earlier).
  const threadUntil = Math.max(-Infinity, ...(input.conversation?.messages ?? []).map((m) => m.at ?? -Infinity));
  const fromRecord = !input.conversation || (input.lastWord?.at ?? -Infinity) > threadUntil;
  // The speaker is named in the activity's label ("Email from Kristjan:", "Tom:"), which their last word no longer holds.
  const said = input.lastWord?.text ?? '';
  const names = people.map((p) => p.name);
  const logged = fromRecord ? input.deal?.record.activity.find((a) => a.text.trim() === said.trim() || withoutActivityLabel(a.text, names) === said.trim()) : undefined;
  const opening = (logged?.text ?? said).slice(0, 60);
  if (fromRecord && people.length > 1 && opening) {
    const speaker = people.find((p) => {
      const first = firstNameOf(p.name);
      if (/^\p{Script=Han}+$/u.test(first)) return first.length > 1 && opening.includes(first);
      return first.length > 1 && new RegExp(`(?:^|[^\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, 'u').test(opening);
    });
    if (speaker) return speaker.name;
  }
  return input.contact?.name ?? people[0]?.name ?? '';
}

/** Where we met, as the notes say it, when it is in the draft's language (else a slot for the rep to fill). */
function metWhere(where: string | null, language: Locale): string {
  const han = where !== null && /\p{Script=Han}/u.test(where);
  if (where !== null && han === (language !== 'en')) return where;
  return engineText(language, 'draft.metWhere');
}

/** Whether the snooze judged is the rep's own (set from Today or the panel), not a time the prospect named. */
function repSnoozed(input: SituationInput, situation: Situation): boolean {
  const until = input.contact?.snooze?.until ?? input.deal?.snooze?.until;
  return until !== undefined && situation.action.until !== null && situation.action.until === dayOf(until);
}

/**
 * The draft that does the judged action, in the prospect's language (or the one the rep chose):
 * the objection answered with the talk track the rep picked, the snooze acknowledged, the thread's
 * subject kept. No draft for a contact who asked not to be contacted.
 */
export function situationDraft(input: SituationInput, situation: Situation, spin: readonly PhasedQuestion[]): SituationDraft {
  const language = input.draftLanguage ?? prospectLanguage(input);
  const { playbook } = input;
  const kind = situation.action.kind;
  if (kind === 'stop' || situation.action.step === 'same_person') return { language, templateId: 'none', subject: '', body: '', trackId: null };
  const [first] = spin;
  // "Following up on our conversation about <pain>" only names a pain of theirs on record.
  const painKnown = first !== undefined && (input.contact?.knownPains ?? []).includes(first.painId);
  const signal = input.lastWord?.reading.signals.find((s) => (s.signal === 'terms_change' || s.signal === 'invoice') && PAYMENT_ASKED.test(s.evidence.text));
  const paymentAsked = (kind === 'move_to_contract' || kind === 'get_signature') && signal !== undefined;
  // (a next step asked after a doubt they set aside, not an approval: no congratulations on it)
  const agreedNext = situation.action.step === 'next_step' && !isApproval(situation.last.quote ?? '') && playbook.drafts.some((d) => d.id === 'contract-next-agreed');
  // (only how to go on asked, our quote with them: the steps from the quote confirmed, no thanks for a yes they did not say)
  const quoteNext = agreedNext && nextStepAsked(situation.last.quote ?? '') !== null && playbook.drafts.some((d) => d.id === 'contract-next-quote');
  // (what we owe them, chased: "still waiting on…", or asked again before we answered: sorry for the wait, not "thank you, noted")
  const chased = (situation.action.step === 'request' || (kind === 'answer_question' && !situation.action.step)) && (isChase(situation.request ?? '') || askedAgain(input.conversation?.messages ?? [])) && playbook.drafts.some((d) => d.id === 'answer-chase');
  // (a bounce that names another address is written to that address, and says where it came from)
  // (the person we wrote to has left with nobody named: to the company, or the address they gave, asking who has it now; no thanks to someone gone)
  // (a successor named: the draft names who left as the reason does, says who passed it on when it was our contact, and goes to the successor's address when given)
  const successorPassed = situation.action.step === 'successor' && !!situation.referral?.passedOnBy && playbook.drafts.some((d) => d.id === 'referral-successor-passed');
  const successorTo = situation.action.step === 'successor' ? (situation.referral?.email ?? null) : null;
  // (about to leave, the successor named: an introduction to them asked, by name)
  const leavingNamed = situation.action.step === 'leaving' && !!situation.referral?.name && playbook.drafts.some((d) => d.id === 'leaving-handover-named');
  const leftAsk = situation.action.step === 'referral_ask' && situation.referral?.left === true && playbook.drafts.some((d) => d.id === 'left-ask');
  const bounceTo = situation.action.step === 'bounced' ? (situation.bounced?.to ?? null) : leftAsk ? (situation.referral?.email ?? null) : null;
  // (taken up on a day they named: the one-pager before that day, and the day we check in after it)
  const handedUpOn = situation.action.step === 'forwarded_up' && situation.forwardedUp?.on !== undefined && playbook.drafts.some((d) => d.id === 'forwarded-up-on');
  // (they ask who we are or how we reached them: a plain answer, not the generic answer with a discovery question)
  const whoAsked = kind === 'answer_question' && !situation.action.step && input.lastWord !== null && input.lastWord.voice !== 'note' && whoAsks(input.lastWord.text) !== null && playbook.drafts.some((d) => d.id === 'who-we-are');
  // (a change asked for before they sign, not a marked-up copy sent back: agreed or traded, then the clean copy)
  const redlineAsked = situation.action.step === 'redline' && input.lastWord !== null && returnedRedline(input.lastWord.text) === null && playbook.drafts.some((d) => d.id === 'redline-asked');
  // (the signed contract back with a question beside it, before any kick-off: the kick-off booked with their question answered)
  const signedQuote = situation.stage.id === 'deliver' ? situation.stage.evidence.find((e) => e.kind === 'signed')?.quote : undefined;
  const signedAsking = kind === 'answer_question' && !situation.action.step && signedQuote !== undefined && input.lastWord !== null && input.lastWord.text.includes(signedQuote) && playbook.drafts.some((d) => d.id === 'kick-off-answer');
  // (a bad moment, "在忙，晚点聊": "no problem, I'll leave you to it" and the day we try again)
  // (not on the retry day: the follow-up then says they were busy and tries them again, and so does the plain follow-up draft)
  const busy = kind === 'snooze' && !situation.action.step && situation.last.who === 'them' && situation.last.kind === 'snooze' && input.lastWord !== null && !input.lastWord.reading.namedDate && pausedWithoutDay(input.lastWord.text) === null && situation.last.quote === busyNow(input.lastWord.text) && playbook.drafts.some((d) => d.id === 'busy-now');
  // (more sites or seats at renewal, no price in question: the renewal and the addition quoted together)
  const renewalMore = situation.action.step === 'renewal' && situation.last.quote !== null && asksMoreOnly(situation.last.quote) && playbook.drafts.some((d) => d.id === 'renewal-more');
  const prepNoDay = situation.action.step === 'kickoff_prep' && situation.dueBy == null && playbook.drafts.some((d) => d.id === 'kick-off-prep-open');
  // (an invite to a day with no hour named picks one; times offered from the period they named say from when)
  // (a customer back after choosing someone else: the times, and what did not work out with that choice)
  const slotsVariant = situation.slotsFrom != null ? 'meeting-slots-from' : 'meeting-slots';
  const meetingVariant = situation.action.step === 'meeting_invite' && !situation.meeting?.time ? 'meeting-invite-time' : situation.action.step === 'meeting_slots' && situation.cameBack && playbook.drafts.some((d) => d.id === `come-back-${slotsVariant}`) ? `come-back-${slotsVariant}` : situation.action.step === 'meeting_slots' && situation.slotsFrom != null ? 'meeting-slots-from' : null;
  const stepTemplate = renewalMore ? 'renewal-more' : prepNoDay ? 'kick-off-prep-open' : busy ? 'busy-now' : meetingVariant && playbook.drafts.some((d) => d.id === meetingVariant) ? meetingVariant : whoAsked ? 'who-we-are' : redlineAsked ? 'redline-asked' : signedAsking ? 'kick-off-answer' : quoteNext ? 'contract-next-quote' : agreedNext ? 'contract-next-agreed' : chased ? 'answer-chase' : handedUpOn ? 'forwarded-up-on' : leftAsk ? 'left-ask' : successorPassed ? 'referral-successor-passed' : leavingNamed ? 'leaving-handover-named' : bounceTo && playbook.drafts.some((d) => d.id === 'bounced-to') ? 'bounced-to' : situation.action.step === 'offer_yes' && situation.offered?.kind === 'do' ? 'offer-do' : situation.action.step ? STEP_TEMPLATE[situation.action.step] : undefined;
  // A buying signal that asks us to send something (the MSA, the order form): the draft does that request.
  // (or asks for the contract to be sent in a question: "合同什么时候能发过来？"; "how do we sign?" keeps the contract with its key terms)
  // (not where to send the signed copy back, 签好的合同寄到哪里: the contract is with them, and the answer is "reply with it")
  const requested = (kind === 'move_to_contract' || kind === 'get_signature') && !paymentAsked ? (sendAsked(situation) ?? (situation.last.kind === 'signal' && SEND_VERB.test(situation.last.quote ?? '') ? contractAskedIn(null, situation.last.quote) : null)) : null;
  const theirRequest = requested !== null && !SIGNED_BACK.test(requested) ? requested : null;
  // A buying signal asked as a question ("could we start with 20 seats?", 能不能先签一年？, "how long does it take once we sign?"): the draft answers it before the contract.
  const askedSignal = (kind === 'move_to_contract' || kind === 'get_signature') && !paymentAsked && !theirRequest ? signalAsked(input, situation) : null;
  const askedTemplate = kind === 'get_signature' ? 'contract-question-sign' : 'contract-question';
  // A buying signal that asks when they can start ("implementation timeline", 什么时候能上线), reported or in their words
  // but no question of theirs to quote: the draft gives the start date with the contract (the next step says to confirm one).
  const startAsked = kind === 'move_to_contract' && !paymentAsked && !theirRequest && !askedSignal && input.lastWord?.reading.signals.some((s) => s.signal === 'delivery_time') === true;
  const wanted =
    kind === 'snooze' && situation.last.who === 'us'
      ? // (the rep's own snooze is no time they suggested: "As you suggested, I am getting back in touch" would say they did)
        repSnoozed(input, situation) ? (painKnown || !playbook.drafts.some((d) => d.id === 'follow-up-open') ? 'follow-up' : 'follow-up-open') : 'snooze-return'
      : stepTemplate && playbook.drafts.some((d) => d.id === stepTemplate)
        ? stepTemplate
        : theirRequest && playbook.drafts.some((d) => d.id === 'contract-request')
          ? 'contract-request'
          : paymentAsked && playbook.drafts.some((d) => d.id === (kind === 'get_signature' ? 'contract-terms-sign' : 'contract-terms'))
          ? kind === 'get_signature' ? 'contract-terms-sign' : 'contract-terms'
          : askedSignal && playbook.drafts.some((d) => d.id === askedTemplate)
          ? askedTemplate
          : startAsked && playbook.drafts.some((d) => d.id === 'contract-start')
          ? 'contract-start'
          : kind === 'follow_up' && !painKnown
            ? (openFollowUp(situation, playbook.drafts) ?? TEMPLATE_FOR[kind])
            : kind === 'first_touch' && situation.met && playbook.drafts.some((d) => d.id === 'first-touch-met')
            ? 'first-touch-met'
            : TEMPLATE_FOR[kind];
  // A review by their IT or security people stands before the deal: while we wait for it (or nudge after it), the draft offers
  // what reviewers ask for and asks what they need by when, not "sounds good… while you look at it".
  const reviewing = WAITING_TEMPLATES.has(wanted) && input.lastWord !== null && securityReview(input.lastWord.text) !== null && playbook.drafts.some((d) => d.id === 'security-review');
  const template = playbook.drafts.find((d) => d.id === (reviewing ? 'security-review' : wanted)) ?? playbook.drafts.find((d) => d.id === 'follow-up') ?? playbook.drafts[0];
  if (!template) return { language, templateId: 'none', subject: '', body: '', trackId: null };

  const reading = input.lastWord?.reading;
  // (the reader's objection, or the first of two their words name when the reader could not tell its readings apart)
  const answered = kind === 'answer_objection' && reading ? answeredObjection(reading, situation.twoObjections ?? null) : 'none';
  const objection = answered !== 'none' ? playbook.objections.find((o) => o.id === answered) : undefined;
  // The rep's choice first; else the track for the clause their words name; else the playbook's first.
  const theirWords = input.lastWord?.text ?? '';
  const cued = objection && !input.chosenTrack ? objection.responses.find((r) => TRACK_CUES[r.trackId]?.test(theirWords)) : undefined;
  const track = objection ? (objection.responses.find((r) => r.trackId === input.chosenTrack) ?? cued ?? objection.responses[0]) : undefined;
  // The product they use now or the system they need us to work with, as they wrote it ("we're on ServiceTitan", 跟金蝶对接): the track names it.
  const nameFor = trackNameFor;
  // (no price quoted back to a buyer the record's notes say has not seen one, "has not seen pricing": the track without the deal's numbers)
  const ahead = situation.stage.crmAhead;
  const priced = ahead && STAGE_IDS.indexOf(ahead.stage) < STAGE_IDS.indexOf('negotiate') ? { deal: null } : input;
  const renewal = aboutRenewal(situation.stage.id, input);
  // Two objections in one reply: both tracks, the one that blocks the deal first (the rep's pick stays with the reader's reading, each track cued by its own words).
  const two = objection ? (situation.twoObjections ?? null) : null;
  const twoTracks = two
    ? [two.first, two.second].map((o) => {
        const found = playbook.objections.find((p) => p.id === o.category);
        const chosen = o.category === objection?.id ? track : (found?.responses.find((r) => TRACK_CUES[r.trackId]?.test(o.quote)) ?? found?.responses[0]);
        return chosen ? trackText(chosen, language, priced, renewal, nameFor(o.category, o.quote)) : '';
      })
    : null;
  const named = objection && !two ? nameFor(objection.id, theirWords) : null;
  const toSomeoneNew = template.id === 'referral' || template.id === 'referral-successor' || template.id === 'referral-successor-passed' || template.id === 'referral-away' || template.id === 'referral-approver';
  const [question] = spin;
  const { profile, company } = profileOf(input);
  const industry = inferIndustry(playbook, profile);
  const pain = playbook.spin.pains.find((p) => p.id === question?.painId);
  // A referral is written to the person they named; the one who referred us is thanked in it.
  const referrer = (template.id === 'referral-successor' || template.id === 'referral-successor-passed') && situation.referral?.left && situation.referral.leaver ? situation.referral.leaver : template.id === 'leaving-handover-named' && situation.referral?.leaver ? situation.referral.leaver : addresseeOf(input);
  const referred = toSomeoneNew ? situation.referral?.name : undefined;
  const name = referred ?? referrer;
  // A request with a deadline is answered by that day (the action itself is due now).
  // (and a colleague covering for someone away is told when they are back)
  const until = situation.action.until ?? situation.forwardedUp?.on ?? situation.meeting?.at ?? situation.slotsFrom ?? (situation.action.step === 'deadline' || situation.action.step === 'kickoff_prep' ? (situation.dueBy ?? undefined) : situation.action.step === 'referral_away' ? awayBack(input, language) : undefined) ?? situation.action.due;
  const { respondHours, workaroundHours, fixDays } = playbook.afterSales.complaint;
  const values: Record<string, string> = {
    firstName: firstNameOf(name),
    company: company ?? engineText(language, 'spin.company'),
    // (no industry known: teams like theirs, never their own company's name, which would make them our client: "I work with Pinewood Senior Living")
    industryNoun: playbook.spin.industries.find((i) => i.id === industry)?.noun[language] ?? engineText(language, 'spin.peers'),
    pain: pain?.name[language].toLowerCase() ?? '',
    // A clarifying question asks which concern it is: not once their words have named it.
    // (and after their question, a discovery question only while the deal is still in discovery: not beside a contract, a redline or an order)
    // (nor once two objections are answered in one reply, nor which system to work with once they named it)
    question: objection ? (cued || two || (objection.id === 'fit' && named) ? '' : objection.clarifyingQuestion[language]) : template.id === 'answer-question' && !DISCOVERY.has(spinStageOf(situation)) ? '' : FOLLOW_UPS.has(template.id) ? followUpQuestion(playbook, situation, question, language) : fittedQuestion(situation, question),
    response: twoTracks ? twoTracks.filter(Boolean).join('\n\n') : track ? trackText(track, language, priced, renewal, named) : '',
    theirQuestion: situation.last.kind === 'question' || situation.action.step === 'meeting_answer' || situation.action.step === 'apology' || situation.action.step === 'moved' || situation.action.step === 'leaving' || situation.action.step === 'cancelled' || situation.action.step === 'retention' || situation.action.step === 'value_review' || situation.action.step === 'renewal' ? (situation.last.quote ?? '') : (askedSignal ?? ''),
    // Their number in a counter-offer ("$42k", 四万二), or the commitment they offered for a better one.
    // What their supplier portal asks of us (the quote by a deadline, the quote, or the registration's forms), promised as asked.
    portalStep: situation.action.step === 'procurement' ? engineText(language, `draft.portal.${portalAsk(situation.last.quote ?? '')}`) : '',
    figure: situation.counter?.figure ?? '',
    // Whom they passed it up to ("CFO", 财务总监): the one-page summary is for them.
    whom: situation.forwardedUp?.to ?? '',
    // The meeting's hour as they named it, in their time zone ("9am PST", 北京时间下午3点).
    at: situation.meeting?.time ? (language === 'en' ? ` at ${situation.meeting.time}` : situation.meeting.time) : '',
    theirRequest: theirRequest ?? '',
    // What our last message offered and they said yes to ("the order form", 一份報價), or our sentence offering it.
    offered: situation.offered?.thing ?? situation.offered?.text ?? '',
    bounceTo: bounceTo ?? '',
    // Where and when the rep's notes say we met ("at Japan IT Week in Oct", 在十月展会上), in the draft's language; else a slot for it.
    metWhere: metWhere(situation.met?.where ?? null, language),
    passedOnBy: situation.referral?.passedOnBy ?? '',
    successor: situation.referral?.name ?? '',
    successorFirst: firstNameOf(situation.referral?.name ?? ''),
    until: formatDayInLetter(until, language, input.now),
    offer: playbook.triggers.reactivationOffer[language],
    respondHours: String(respondHours),
    workaroundHours: String(workaroundHours),
    fixDays: String(fixDays),
    me: input.me ?? '',
    referrer,
    referrerFirst: firstNameOf(referrer),
    signalQuote: signal && input.lastWord ? sentenceOver(input.lastWord.text, signal.evidence.start, signal.evidence.end - signal.evidence.start) : '',
  };
  // Their last word is the rep's own note on the record ("赵经理电话里说…", "Call w/ Jonas: he wants…"): the draft
  // quotes only what the customer wrote, so it says it without quoting, and leaves the rep to put what they asked in their own words.
  const theirOwn = input.lastWord?.voice !== 'note';
  // Every question in their message, each whole with its own slot: the first in {theirQuestion}, the others after it.
  const asked = (template.id === 'answer-question' || template.id === 'kick-off-answer') && theirOwn ? askedAll(input.lastWord?.text ?? '', values.theirQuestion ?? '') : [];
  if (asked.length > 1) values.theirQuestion = asked[0] ?? '';
  // (a Chinese draft refers to what they said in a few words, the clause of its point, not their whole long sentence back;
  // a question stays whole, it is what the answer answers)
  else if (language !== 'en' && values.theirQuestion) values.theirQuestion = pointOfQuote(values.theirQuestion);
  const [open, close] = language === 'zh-Hant' ? ['「', '」'] : ['“', '”'];
  values.moreQuestions = asked.slice(1).map((q) => `\n\n${open}${q}${close}\n${engineText(language, 'draft.yourAnswer')}`).join('');
  if (!theirOwn) {
    values.theirQuestion = engineText(language, 'draft.theirQuestionOwnWords');
    values.theirRequest = engineText(language, 'draft.theirRequestOwnWords');
  }
  const fill = (text: string) =>
    fillSpaced(language, theirOwn ? text : withoutQuotes(text), values)
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const threadSubject = input.conversation?.subject ? replySubject(input.conversation.subject) : '';
  return { language, templateId: template.id, subject: threadSubject || fill(template.subject[language]), body: fill(template.body[language]), trackId: track?.trackId ?? null, ...(bounceTo ? { to: bounceTo } : successorTo ? { to: successorTo } : {}) };
}

/** Stages whose next step is still discovery: a SPIN question after an answer fits only there. */
const DISCOVERY: ReadonlySet<string> = new Set(['prospect', 'qualify', 'discover']);

/** Drafts that follow up with one question of ours. */
const FOLLOW_UPS: ReadonlySet<string> = new Set(['follow-up', 'follow-up-open', 'follow-up-thanks', 'snooze-return']);

/**
 * The follow-up with no pain of theirs on record, by what came last: a reply of theirs that needed no answer
 * ("ok that makes sense, thanks", 好的收到) is thanked, not followed up "on my last message"; a time they named
 * themselves that has come is picked up as they suggested. Null when the playbook has none of them.
 */
function openFollowUp(situation: Situation, drafts: readonly { id: string }[]): string | null {
  const has = (id: string) => drafts.some((d) => d.id === id);
  const { who, kind, voice } = situation.last;
  // (their reply, not the rep's own note of a call on the record: nobody is thanked for what the rep wrote down)
  if (who === 'them' && kind === 'reply' && !voice && has('follow-up-thanks')) return 'follow-up-thanks';
  if (who === 'them' && kind === 'snooze' && has('snooze-return')) return 'snooze-return';
  return has('follow-up-open') ? 'follow-up-open' : null;
}

/** The plain question for what the deal has on the table, newest step first. */
const PLAIN_BY_EVIDENCE: readonly [StageEvidenceKind, PlainQuestionKey][] = [
  ['contract-sent', 'contract'],
  ['quote', 'quote'],
  ['proposal', 'proposal'],
  ['demo', 'demo'],
  ['pilot', 'demo'],
];
const PLAIN_BY_STAGE: Record<StageId | 'lost', PlainQuestionKey> = {
  prospect: 'early',
  qualify: 'early',
  discover: 'discover',
  present: 'present',
  negotiate: 'negotiate',
  close: 'contract',
  deliver: 'customer',
  retain: 'customer',
  lost: 'early',
};

/**
 * A follow-up's one question (DOMAIN §3–4): the SPIN question when something we know fitted it to them (a pain on
 * record, their industry, the subject; their role while we still learn their situation), else the playbook's plain,
 * short one about the step the deal is at ("Does the quote work for you as it stands…?", 这份报价您看可以吗？). A
 * question written for any company ("If that target slips… board… funding round?") is no question for a bakery.
 */
function followUpQuestion(playbook: Playbook, situation: Situation, question: PhasedQuestion | undefined, language: Locale): string {
  const stage = spinStageOf(situation);
  const fitted = question !== undefined && fittedToThem(situation, question);
  const late = stage === 'present' || stage === 'negotiate' || stage === 'close';
  const onTable = late ? PLAIN_BY_EVIDENCE.find(([kind]) => situation.stage.evidence.some((e) => e.kind === kind))?.[1] : undefined;
  const plain = playbook.spin.plainQuestions?.[onTable ?? PLAIN_BY_STAGE[stage]]?.[language];
  return question && (fitted || !plain) ? question.text : (plain ?? '');
}

/**
 * The stage's SPIN question beside any other draft (a promise kept, a check-in, a re-opening): only when what we know
 * fitted it (a pain on record, their industry, the subject, or their role in discovery); else none, not a confident
 * question about a board or a funding round to a vet or a roofer.
 */
function fittedQuestion(situation: Situation, question: PhasedQuestion | undefined): string {
  return question && fittedToThem(situation, question) ? question.text : '';
}

/** Whether what we know fitted the question: a pain on record, their industry, the subject, or their role while we still discover. */
function fittedToThem(situation: Situation, question: PhasedQuestion): boolean {
  const by = question.fittedBy;
  return by === 'known' || by === 'industry' || by === 'subject' || (by === 'role' && DISCOVERY.has(spinStageOf(situation)));
}

/** At most this many of their questions are quoted, each with a slot; more would be a questionnaire back. */
const MAX_QUESTIONS = 3;

/**
 * Their questions to answer, in order and whole, when the one the judgment quoted is among them
 * (else just that one): "Who moves the data? How long does it take?" gets two slots, not one.
 */
function askedAll(text: string, quoted: string): string[] {
  const all = readQuestions(text).map((q) => q.text.replace(/\s+/g, ' ').trim());
  const q = quoted.replace(/\s+/g, ' ').trim();
  if (!q || !all.some((a) => a.includes(q) || q.includes(a))) return q ? [q] : [];
  return all.slice(-MAX_QUESTIONS);
}

/** Words the draft may quote only when the customer wrote them. */
const QUOTED = '(?:signalQuote|theirQuestion|theirRequest)';
/** Their words in brackets ("On the payment (“{signalQuote}”): …", 关于付款（“{signalQuote}”）：…), dropped with the brackets. */
const QUOTE_ASIDE = new RegExp(`\\s*[（(]\\s*[“「"]\\{${QUOTED}\\}[”」"]\\s*[）)]`, 'g');
/** Their words in quotation marks, kept unquoted (the rep's own words go there). */
const QUOTE_MARKS = new RegExp(`[“「"](\\{${QUOTED}\\})[”」"]`, 'g');

/** A template with no quotation of the customer: for a last word that is the rep's own note of what they said. */
export function withoutQuotes(template: string): string {
  return template.replace(QUOTE_ASIDE, '').replace(QUOTE_MARKS, '$1');
}
