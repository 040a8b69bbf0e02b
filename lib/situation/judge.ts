import { scoreBant, scoreBantAt, UNKNOWN_BANT, type BantFacts } from '../engine/bant';
import { isAcknowledgement, isBareYes } from './acknowledgement';
import { asksToSayPlainly, isBareSign, yesToOurOffer } from './offer-answered';
import { datedActivity } from './activity-voice';
import { isChaseStep, overdueTask } from './open-task';
import { bouncedNotice } from './bounced';
import { NO_SHOW_FOLLOW_UP_DAYS, noShowNote } from './no-show';
import { aboutMeeting, asksToMoveMeeting, calendarReply, isAppointment, meetingToArrange, namesCurrentPeriod, proposedMeeting, setByThem } from './appointment';
import { dealInsight } from '../engine/deal-insight';
import { engineText } from '../engine/engine-messages';
import type { TierId } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { resolveWhen } from '../dates/relative';
import { dayOf, formatDay } from './format';
import { cleanReply } from '../nlp/reply';
import { firstNameOf } from './talk';
import { findReferral, leaverIs, leftNotice, namesPerson, signsOff } from './referral';
import { findProcurementStep } from './procurement';
import { askedAgain, asksForProof, asksForQuote, asksUsToDo, signsOnResults, contractAskedIn, findRequest, isChase, isConditionalYes, isPartialYes, requestClause } from './request';
import { findDecisionAgainst, reopenAfterDecision } from './decision';
import { countedSignals, TRIAL_EXTENDED } from './signal-counts';
import { termsAsked, volumeAsked } from './terms-question';
import type { BuyingSignal } from '../engine/buying-signals';
import { deadlineRequest, withoutTheirDeadline } from './deadline';
import { dateNamedIn } from '../reader/time-expressions';
import { followUpAfterPromise, lateOwnStep, ownNextStepInNote, ownPromiseInNote, promiseInNote, promiseToReturn, promiseWaitDays, promiseWithoutDay, SET_ASIDE_NO_DAY, SET_ASIDE_WITH_DAY } from './promise';
import { addWorkingDays, workingDayFrom, workingDaysBefore, type Holiday, type HolidayPlace } from './holiday';
import { prospectLanguage } from './language';
import { sentWithLastMessage } from './after-sending';
import { kickoffBooked, kickoffHeld, KICKOFF_PREP_DAYS, PROGRESS_EVERY_DAYS, saysLive } from './delivery';
import { withdrawnQuestion } from './withdrawn';
import { demoAnswered, hasOwnExchange, hasWords } from './own-exchange';
import { BUSY_RETRY_DAYS, busyNow, PAUSE_CHECK_IN_DAYS, pausedWithoutDay } from './pause';
import { meetingTime, offersChoice, questionBeside, sameHourAs } from './meeting-time';
import { acceptanceAsksNext, agreedToGoAhead, approvalAsksNext, isApproval, nextStepAsked } from './next-step';
import { counterOffer, type CounterOffer } from './counter-offer';
import { fedUpNo, lighterCadenceDays, outreachComplaint } from './outreach-complaint';
import { billedWrong, documentCorrection } from './correction';
import { askedRedline, returnedRedline } from './redline';
import { handoverTo, leavingNoted, leavingSoon } from './leaving';
import { asksWhetherItFits } from './fit-question';
import { asksOtherChannel } from './other-channel';
import { movedOn } from './moved-on';
import { effortConcern } from './effort';
import { reviewOverObjection, securityReview } from './security-review';
import { forwardedQuestion } from './forwarded';
import { whoAsks } from './who-asks';
import { stillChoosing } from './still-choosing';
import { notesBehindStage, recordNotes } from './notes-behind';
import { sentenceOver, withoutSalutation } from './sentence';
import { forwardedUp, handedUpOn, type ForwardedUp } from './forwarded-up';
import { readOneListLeft } from '../reader/intents';
import { withoutTravelAway } from './travelling';
import { holidayRegionOf, withTheirHolidays } from './holiday-region';
import { backAfterChoosingOther, wantsBack } from './come-back';
import { unmappedCrmStage } from './unmapped-stage';
import { tenderDeadline } from './tender';
import { cancelsTheDeal } from './cancelled';
import { nonRenewalNotice } from './non-renewal';
import { lockedInUntilEnd, lockedInUntilNotice } from './lock-in';
import { postSalePriceConcern } from './post-sale-price';
import { answeredObjection, namedWhenTied, twoObjections, type TwoObjections } from './two-objections';
import { aboutThem, renewalAsk, renewalDay, RENEWAL_LEAD_DAYS } from './renewal';
import { littleUsed, trialEnds } from './adoption';
import { contactAgainOn, metBefore, metWithBudgetMonth, touchBeforeBudget } from './lead-notes';

export { dayOf };
import { stageRank, threadStageEvidence } from './stage-evidence';
import type { ActionKind, LastKind, Situation, SituationInput, StageEvidence } from './types';

const DAY = 86_400_000;


function addDays(at: number, days: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + Math.round(days)).getTime();
}

/** A customer's concerns worth answering even when the reader is unsure which: the price at renewal, a rival's offer, the terms. */
const CUSTOMER_CONCERNS = new Set(['price', 'competitor', 'contract']);

/** Objections whose talk tracks have words for a renewal (the playbook's forRenewal): answered with them. */
const RENEWAL_TRACKED = new Set(['price', 'budget', 'value']);

/** Words that complain of a price going up ("a 10% increase is hard to justify", 续费涨了这么多): at renewal, a price concern whichever of price and budget the reader leans to. */
const PRICE_INCREASE = /\b(?:increase|increased|uplift|price rise|price hike|hike|went up|gone up|goes up|going up|jump(?:ed)?|more than last year)\b|涨价|漲價|涨了|漲了|上涨|上漲|提价|提價|加价|加價|调价|調價|贵了|貴了/i;

/** Someone named for urgent matters only, beside an away notice: not whom to write to about a deal that can wait for their return. */
const URGENT_ONLY = /\burgent|\bemergenc|\basap\b|急事|紧急|緊急|急件|要事/i;

/** A copy of ours they cannot find or never got ("our AP team cannot find it", 发票没收到): with their request for it, a request done today, not a complaint about the product. */
const MISSING_COPY = /\b(?:can(?:no|['’])t|could(?:n['’]t| not)|unable to) (?:find|locate)\b|\b(?:lost|misplaced)\b|\b(?:never|did(?:n['’]t| not)) (?:got|get|receive[d]?)\b|找不到|没收到|沒收到|未收到|弄丢|弄丟|搵唔到/i;

/** Where the signed stages begin in the SOP's order: a stage index at or past it is a customer's. */
const DELIVER = STAGE_IDS.indexOf('deliver');
/** A bill of ours named in our own message ("the December invoice is attached", 本月发票已开出, 請款單已寄出). */
const OUR_BILL = /\b(?:invoice|bill|billing statement|credit note)\b|发票|發票|账单|賬單|帳單|请款单|請款單/i;

/** A bid is in this many working days before the tender closes (room for a portal that fails on the last day). */
const TENDER_MARGIN_DAYS = 2;
/** Tied to another vendor until a notice date: we come back this many days before it, while notice can still be given. */
const LOCK_IN_LEAD_DAYS = 14;
/** Tied to another vendor until a known end, no notice date said: we come back this many months before it (DOMAIN.md is silent on renewal timing). */
const LOCK_IN_RENEWAL_MONTHS = 6;

/** A time to talk a come-back names within this many days is when we offer two times in; further out, their words are answered today as asked. */
const COME_BACK_SLOTS_DAYS = 45;

/** A fed-up no ends the sequence after this many notes of ours in a row (or beside their complaint about them). */
const FED_UP_CHASES = 2;

/** Objections a named date answers by itself: "not now, September" is a snooze, not a fight. */
const SNOOZABLE = new Set(['none', 'timing', 'brush_off', 'budget', 'authority']);

/** What the stage reads of their words beyond the reader: a counter-offer (negotiation), or words that move no stage (a correction of our invoice, a complaint about our emails, a concern about the roll-out's length). */
interface StageRead {
  counter: CounterOffer | null;
  quiet: boolean;
  /** Our price asked for once something was presented: the quote comes next (negotiation). */
  quoteAsked?: string | null;
}

/** Where the deal stands: a mapped CRM stage wins (a person on a deal follows the deal), else the furthest of the stored stage and the thread's evidence. */
function judgeStage(input: SituationInput, dealStage: Situation['stage']['id'] | null, request: string | null, asked: BuyingSignal | null, pricingMore = false, approved: string | null = null, read: StageRead = { counter: null, quiet: false }): Situation['stage'] {
  const stored = input.contact?.stage ?? null;
  const evidence: StageEvidence[] = [];
  if (input.deal && dealStage) evidence.push({ kind: 'crm', stage: dealStage, quote: input.deal.record.stage ?? '' });
  // (our renewal talk shows a customer only once the stored or CRM stage says so: a prospect's renewal elsewhere is no renewal of ours)
  const customer = [stored, dealStage].some((s) => s && s !== 'lost' && stageRank(s) >= stageRank('deliver'));
  const thread = threadStageEvidence(input.conversation?.messages ?? [], customer);
  // An objection after a quote is negotiation.
  const quoted = thread.find((e) => e.kind === 'quote' || e.kind === 'proposal');
  // An auto-reply or a request to stop objects to nothing, whatever the classifier reads in it.
  const reading = input.lastWord?.reading;
  const category = reading && !reading.outOfOffice && !reading.stop ? reading.category : undefined;
  // (not a bigger order priced: "what would 100 seats come to?" after the proposal is a question, not the price objection)
  // (a counter-offer is its own evidence of negotiation; words that are admin or a concern about the roll-out are no objection to the quote)
  if (read.counter) thread.unshift({ kind: 'counter-offer', stage: 'negotiate', quote: withoutSalutation(read.counter.text) });
  else if (read.quoteAsked) thread.unshift({ kind: 'quote-asked', stage: 'negotiate', quote: withoutSalutation(read.quoteAsked) });
  else if (quoted && category && category !== 'none' && reading && reading.confidence >= 0.3 && !pricingMore && !read.quiet && stageRank(quoted.stage) < stageRank('negotiate') && (category === 'price' || category === 'contract' || category === 'competitor')) {
    thread.unshift({ kind: 'objection-at-quote', stage: 'negotiate', quote: withoutSalutation(input.lastWord?.reading.evidence?.text ?? quoted.quote) });
  }
  // A buying signal (asks how to sign, the delivery time, the invoice) is the contract stage (DOMAIN.md § 6).
  const signal = reading && !reading.stop && !reading.outOfOffice && !read.quiet && !read.counter ? countedSignals(reading.signals, [...evidence, ...thread], stored, asked, request, input.lastWord?.text ?? null)[0] : undefined;
  const contractAsked = !signal && !read.quiet && !read.counter && contractRequest(input, request);
  const signalQuote = signal?.evidence.text ?? contractAsked ?? approved;
  if (signalQuote && !thread.some((e) => stageRank(e.stage) >= stageRank('close'))) thread.unshift({ kind: 'buying-signal', stage: 'close', quote: withoutSalutation(signalQuote) });
  evidence.push(...thread);
  if (stored) evidence.push({ kind: 'stored', stage: stored, quote: '' });

  // The furthest stage the thread shows (a lost deal is the CRM's word, never the thread's).
  const furthest = thread.reduce<StageEvidence | null>((best, e) => (e.stage !== 'lost' && (!best || stageRank(e.stage) > stageRank(best.stage)) ? e : best), null);
  const shown: StageId = furthest && furthest.stage !== 'lost' ? furthest.stage : 'prospect';
  // A deal's CRM stage places it, unless the thread is further along (never on a lost deal): then the
  // deal is where the thread is, and the CRM's stage is the record that lags (the rep updates it; we never write it).
  const crmBehind = dealStage && dealStage !== 'lost' && furthest && furthest.stage !== 'lost' && stageRank(furthest.stage) > stageRank(dealStage) ? furthest : null;
  const id: Situation['stage']['id'] = crmBehind ? crmBehind.stage : (dealStage ?? (stored && stageRank(stored) > stageRank(shown) ? stored : shown));
  // A person on a deal follows the deal: nothing to move on the person.
  const suggested = !dealStage && stored && id !== 'lost' && stageRank(id) > stageRank(stored) ? id : null;
  // And a CRM two or more stages ahead of a conversation that shows no more than a first exchange
  // (the record says Negotiation, the thread has only a first reply) says that too: the deal keeps
  // the CRM's stage, the stage card says what the thread shows.
  const messages = input.conversation?.messages ?? [];
  const threadStage: StageId = furthest && furthest.stage !== 'lost' ? furthest.stage : 'qualify';
  // (a CRM at won whose newest inbound email says they are still choosing, "still comparing vendors": the record and the thread disagree)
  const newestInbound = [...messages].reverse().find((m) => m.direction === 'inbound');
  const choosing = dealStage && stageRank(dealStage) >= stageRank('deliver') && newestInbound ? stillChoosing(newestInbound.text) : null;
  // (or the record's own notes say it is earlier: a won deal's MSA still unsigned, a deal in negotiation whose buyer has not seen a price)
  const notesBehind = !choosing && dealStage && input.deal ? notesBehindStage(recordNotes(input.deal.record), dealStage) : null;
  const crmAhead = choosing
    ? { stage: stageRank(threadStage) < stageRank('close') ? threadStage : 'negotiate', quote: choosing }
    : notesBehind
    ? notesBehind
    : dealStage && dealStage !== 'lost' && stageRank(dealStage) < stageRank('deliver') && messages.some((m) => m.direction === 'inbound') && stageRank(dealStage) - stageRank(threadStage) >= 2
      ? { stage: threadStage, quote: furthest?.quote ?? '' }
      : null;
  return { id, stored, suggested, crmBehind, crmAhead, evidence: evidence.filter((e) => e.kind !== 'stored' || evidence.length === 1) };
}

/** A question that only finishes a sentence before it ("Is it?", 对吗？, 係咪？). */
const TAG_QUESTION = /^\s*(?:is it|isn't it|does it|will it|can it|right|correct|ok|yes or no|对吗|對嗎|是吗|是嗎|是不是|係咪|係唔係|有冇|可以吗|可以嗎|行吗|行嗎)\s*[?？]\s*$/i;
/** More of what they have, asked ("could we add 20 more licences?", 能不能再加20个账号？). */
const MORE_ASKED = /\b(?:add|more|extra|additional|another|expand|extend to|top up)\b|加(?:开|開|购|購|买|買)?|增加|多(?:买|買|开|開|要)|扩|擴/i;

/**
 * Their question is part of their request, answered by doing it: a yes on a condition with the question
 * that finishes it ("happy to go ahead provided SSO is included. Is it?"), or more asked and the quote for
 * it ("Could we add 20 more licences? Please send a quote."): the request step, quoting both.
 */
function questionJoinsRequest(question: string, request: string | null, quoteAsked: string | null): boolean {
  if (!request) return false;
  return (TAG_QUESTION.test(question) && isConditionalYes(request)) || (quoteAsked !== null && MORE_ASKED.test(question));
}

/** Their request for the contract ("can you send over the MSA?"), when their words (no auto-reply, no stop: `request` is then null) ask for it; else null. */
function contractRequest(input: SituationInput, request: string | null): string | null {
  const reading = input.lastWord?.reading;
  return reading?.category === 'none' && !reading.stop && !reading.outOfOffice ? contractAskedIn(request, reading.question?.text ?? null) : null;
}

/** Consecutive outbound touches since their last reply. */
function unansweredStreak(times: readonly { at: number; direction: 'inbound' | 'outbound' }[]): number {
  let streak = 0;
  for (const touch of [...times].sort((a, b) => b.at - a.at)) {
    if (touch.direction === 'inbound') break;
    streak++;
  }
  return streak;
}

/**
 * The one judgment for the situation in front of the rep (DOMAIN.md § 8): where the deal stands,
 * what happened last, and the next best action with its due day and reason. Every card on the
 * page reads this object, so none can contradict another. Pure and deterministic.
 */
export function judgeSituation(given: SituationInput): Situation {
  // (a traveller's own note that promises, asks or asks of us is read as such, not as an auto-reply)
  // (and a holiday that differs by country, Golden Week or 国庆, read where they are: Japan's, Taiwan's, the mainland's;
  // a deadline of theirs with nothing asked of us, "signed before quarter end", is no day to wait for)
  const region = holidayRegionOf(given.contact, given.deal);
  const input: SituationInput = { ...given, lastWord: withoutTheirDeadline(withTheirHolidays(withoutTravelAway(given.lastWord), region, given.now)) };
  const { playbook, now, locale, contact, deal } = input;
  // (their words quoted in a reason start at them: "Hi Anna, could we…" is quoted from "could we")
  const text = (key: Parameters<typeof engineText>[1], params: Record<string, string | number> = {}) => engineText(locale, key, typeof params.quote === 'string' ? { ...params, quote: withoutSalutation(params.quote) } : params);
  const dateText = (at: number) => formatDay(at, locale);
  // A follow-up day we compute never falls on a public holiday of theirs (1 January, the Spring Festival week…): the next working day, and the reason says so.
  // (their holidays are those of where they are when anything stored tells it, a Taiwanese's 雙十 or a mainland make-up
  // Saturday; else of the language we write in)
  const theirLanguage = prospectLanguage(input);
  const theirHolidays: HolidayPlace = region ?? theirLanguage;
  let holiday: { skipped: Holiday; from: number; to: number } | null = null;
  const workday = (at: number): number => {
    if (dayOf(at) < dayOf(now)) return at;
    const moved = workingDayFrom(dayOf(at), theirHolidays);
    if (!moved.skipped) return at;
    holiday = { skipped: moved.skipped, from: dayOf(at), to: moved.at };
    return moved.at;
  };

  // Every exchange we know of: stored touches and the page's dated messages, each once (the
  // extension stores the page's messages as touches too: counted twice, two unanswered notes
  // would read as four and retire the lead).
  const seen = new Set<string>();
  // A CRM record's log of our own move ("Sent the pilot plan") is an outbound touch.
  const dated = input.deal ? datedActivity(input.deal) : [];
  const ownLogs = dated.flatMap((a) => (a.own && a.at !== null ? [{ at: a.at, direction: 'outbound' as const }] : []));
  const exchanges = [...input.touches, ...ownLogs, ...(input.conversation?.messages ?? []).flatMap((m) => (m.at === null ? [] : [{ at: m.at, direction: m.direction }]))].filter((e) => {
    const key = `${e.direction}:${e.at}`;
    if (e.at > now + DAY || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Their last words must be words: a record's bare "last follow-up" date is a touch, not a reply naming a day.
  // (a sign alone is words to read against our last message: 👍 to our offer is a yes, "?" to our pitch asks what we meant)
  const lastWord = input.lastWord && (hasWords(input.lastWord.text) || isBareSign(input.lastWord.text)) ? input.lastWord : null;
  const lastOut = Math.max(-Infinity, ...exchanges.filter((e) => e.direction === 'outbound').map((e) => e.at));
  const lastIn = Math.max(-Infinity, ...exchanges.filter((e) => e.direction === 'inbound').map((e) => e.at), lastWord?.at ?? -Infinity);
  const dealActivity = deal ? deal.record.activity.flatMap((a) => {
    const at = a.at ?? (a.when ? resolveWhen(a.when, deal.capturedAt) : undefined);
    return at === undefined ? [] : [at];
  }) : [];
  const lastAny = Math.max(lastOut, lastIn, ...dealActivity);

  // The deal's own reading (stage, tier) when there is one.
  const insight = deal ? dealInsight({ crm: deal.crm, record: deal.record, capturedAt: deal.capturedAt, exitCriteriaMet: deal.exitCriteriaMet }, playbook, now, locale) : null;
  // Their own words (no auto-reply, no request to stop) and what they ask of us in them, read once for the stage, the action and the draft.
  const ownWords = lastWord && !lastWord.reading.stop && !lastWord.reading.outOfOffice ? cleanReply(lastWord.text).text : null;
  const request = ownWords ? findRequest(ownWords) : null;
  // (a day they name in another clause than their request is no day for it: "唔該send份quotation嚟先，我哋下個月再傾" asks for the quotation now)
  const otherClauseThanRequest = (named: string) => {
    const clause = request && ownWords ? requestClause(ownWords) : null;
    return clause !== null && !clause.includes(named);
  };
  // A bigger order or a commitment priced ("what would 200 users come to?"): a question before our quote, a buying signal once it is out; never "too expensive".
  const volume = lastWord && ownWords ? volumeAsked(lastWord.reading, ownWords, request) : null;
  // The stages the deal is known to have reached: the CRM's, the stored one, the thread's (read once for both tests below).
  const known = [insight?.stage.sop, contact?.stage];
  const reached = [...known, ...threadStageEvidence(input.conversation?.messages ?? [], known.some((s) => s && s !== 'lost' && stageRank(s) >= stageRank('deliver'))).map((e) => e.stage)].filter((s) => s && s !== 'lost');
  const quoteOut = volume !== null && reached.some((s) => s && stageRank(s) >= stageRank('negotiate'));
  const asked = lastWord && ownWords ? (termsAsked(lastWord.reading, ownWords) ?? (quoteOut ? volume : null)) : null;
  // "Budget's approved! What's next?" once something was presented: a buying signal, the next step proposed now.
  const presented = reached.some((s) => s && stageRank(s) >= stageRank('present') && stageRank(s) < stageRank('deliver'));
  // (or a doubt they set aside themselves, then the next steps: "the price looked high but it makes sense — what are the next steps?")
  // (or a yes to going ahead, "原則上同意採購", "we've decided to go with you"; or, once a quote is with them, only how to go on asked: "下一步要我们准备什么？")
  // (not beside something they ask of us or a day they name: "請把合約寄給我們法務", "价格可以接受，希望周三前给答复" are that request or day)
  const agreed = ownWords && presented && !request && !lastWord?.reading.namedDate ? agreedToGoAhead(ownWords) : null;
  const quoted = reached.some((s) => s && stageRank(s) >= stageRank('negotiate') && stageRank(s) < stageRank('deliver'));
  const nextAsked = ownWords && quoted ? nextStepAsked(ownWords) : null;
  const approvedNext = ownWords && presented ? ((lastWord?.reading.category === 'none' ? approvalAsksNext(ownWords) : null) ?? acceptanceAsksNext(ownWords) ?? agreed ?? nextAsked) : null;
  // A counter-offer ("we can do $42k, not $50k, if we sign this month"), a correction of our invoice or quote, a complaint
  // about our own emails, a concern about the roll-out's length: each read once, for the stage and the action.
  const counter = ownWords ? counterOffer(ownWords) : null;
  // (a bill said to be wrong only once there is one: a customer, or an invoice of ours sent; a buyer's "we only need 30 licences, can you invoice quarterly?" asks for terms)
  const billed = reached.some((s) => s && stageRank(s) >= stageRank('deliver')) || (input.conversation?.messages ?? []).some((m) => m.direction === 'outbound' && OUR_BILL.test(m.text));
  const correction = ownWords && !counter ? documentCorrection(ownWords, billed) : null;
  const aboutUs = ownWords ? outreachComplaint(ownWords) : null;
  // A hard no said fed up with us ("Do you lot ever take a hint? Not interested.", 都说了多少次了，不需要), and how many notes of ours in a row came before it.
  const fedUp = ownWords ? fedUpNo(ownWords) : null;
  const chasedBefore = lastWord?.at != null ? unansweredStreak(exchanges.filter((e) => e.at < (lastWord.at ?? 0))) : 0;
  const effort = ownWords && !counter && !correction ? effortConcern(ownWords) : null;
  // The contract sent back marked up ("attached is the MSA with our redlines", 修订版附上): answered the same working day, no signature asked yet.
  // (or a change to a clause asked for before they sign: "can you strike the auto-renewal and send a clean copy?", 把自动续约那条删掉再发一版)
  const redline = ownWords && !correction ? (returnedRedline(ownWords) ?? askedRedline(ownWords)) : null;
  // They have changed company ("I'm now COO at Coastal Foods", 我已经离职了): no stage moves on those words.
  const movedTo = ownWords ? movedOn(ownWords, contact?.company ?? deal?.record.account ?? null) : null;
  // They are about to leave ("Friday is my last day", 我月底就离职了): who takes over, asked today while they are there.
  // (or, in the rep's own note, said of them: "Greg - leaving the company Dec 18", 他下个月调去集团总部)
  const leaving = ownWords && !movedTo ? (leavingSoon(ownWords) ?? (lastWord?.voice === 'note' ? leavingNoted(ownWords, contact?.name ?? deal?.record.contacts[0]?.name ?? null) : null)) : null;
  // (the successor they name, 由运营部的陈婷接手, "I'll introduce you to Harriet": asked to introduce us before they go)
  const handover = leaving && ownWords ? handoverTo(ownWords) : null;
  // A tender with its closing date ("responses are due 20 December", 投标截止日期是12月18日): a bid to submit before it.
  const tender = ownWords && lastWord ? tenderDeadline(ownWords, lastWord.at ?? now) : null;
  // A signed deal called off in their mail ("our board has decided to cancel the order", 公司决定撤回这个订单).
  const cancelled = ownWords ? cancelsTheDeal(ownWords) : null;
  // Their notice not to renew ("we will not renew when the contract ends on 31 January", 到期后不再续约).
  const notRenewing = ownWords && lastWord ? nonRenewalNotice(ownWords, lastWord.at ?? now) : null;
  // Tied to another vendor until a notice date ("we're tied to Kinaxis until their notice period in March").
  const lockIn = ownWords && lastWord ? lockedInUntilNotice(ownWords, lastWord.at ?? now) : null;
  // (or until a known end, no notice date said: "locked in until mid 2028", 合同要到2028年6月才到期)
  const lockEnd = ownWords && lastWord && !lockIn ? lockedInUntilEnd(ownWords, lastWord.at ?? now) : null;
  // Our email did not reach them ("Address not found", "this mailbox is no longer monitored", 退信): no words of theirs, whatever the reader leans to.
  const bounce = lastWord && !lastWord.reading.stop ? bouncedNotice(lastWord.text) : null;
  // (nor does a yes once the pilot meets its mark, "达到了就签", nor a chase for what we owe them, "報價單還沒收到，麻煩再確認一下")
  const quiet = correction !== null || redline !== null || leaving !== null || tender !== null || cancelled !== null || notRenewing !== null || lockIn !== null || lockEnd !== null || aboutUs !== null || effort !== null || movedTo !== null || bounce !== null || (request !== null && (signsOnResults(request) || isChase(request)));
  // Our price asked for ("kindly revert with your best price", 麻烦报个最优惠的价格): no price objection; once something was presented, the quote stage.
  const quoteAsked = ownWords && request && !counter && !correction && asksForQuote(request, ownWords) ? request : null;
  const stage = judgeStage(input, insight?.stage.sop ?? null, request, asked, volume !== null || quoteAsked !== null, approvedNext, { counter, quiet, quoteAsked: presented || reached.some((s) => s === 'negotiate') ? quoteAsked : null });
  // Another record of this person has a conversation or a deal, and this one no exchange of its own
  // (her LinkedIn profile beside her Gmail thread in negotiation): the judgment does not start over.
  // Its stage is the further one, and the next step is to merge the two (the match is made outside).
  const samePerson = input.samePerson?.active && !hasOwnExchange(input) && contact && stage.id !== 'lost' ? input.samePerson : null;
  if (samePerson) {
    if (samePerson.stage !== 'lost' && stageRank(samePerson.stage) > stageRank(stage.id)) stage.id = samePerson.stage;
    stage.samePerson = samePerson;
    stage.suggested = null;
  }
  const stageIndex = stage.id === 'lost' ? -1 : STAGE_IDS.indexOf(stage.id);
  // The deal was at the contract stage before any buying signal in the last reply said so.
  const closeRank = STAGE_IDS.indexOf('close');
  const atContract = (stage.stored !== null && stageRank(stage.stored) >= closeRank) || stage.evidence.some((e) => e.kind !== 'buying-signal' && e.stage !== 'lost' && stageRank(e.stage) >= closeRank);

  let tier: TierId | null;
  let retireForNeed = false;
  if (insight) tier = insight.bant.score.tier;
  else {
    // The tier is what the rep recorded of BANT (the BANT card shows the same), never guessed.
    const facts: BantFacts = contact?.bant ?? UNKNOWN_BANT;
    // (and, at negotiation or contract, what the stage shows in fact: tier C beside "Contract" was the record of a first call)
    // (and, at presentation, a demo they wrote back about: the need shown, DOMAIN.md § 2)
    const score = scoreBantAt(facts, stage.id, playbook, locale, demoAnswered(stage.evidence, input, input.lastWord?.reading ?? null));
    tier = score.tier;
    retireForNeed = score.retire;
  }
  const tierInfo = playbook.tiers.find((t) => t.id === (tier ?? 'C'));
  const everyDays = tierInfo ? tierInfo.cadence.perDays / tierInfo.cadence.touches : 7;

  // What happened last.
  const reading = lastWord?.reading ?? null;
  const theySpokeLast = lastIn > -Infinity && lastIn >= lastOut;
  const who = lastIn === -Infinity && lastOut === -Infinity ? null : theySpokeLast ? 'them' : 'us';
  const lastAt = who === null ? null : Math.max(lastIn, lastOut);

  const make = (kind: ActionKind, due: number, why: string, until: number | null = null, labelParams: Record<string, string | number> = {}, labelKey: Parameters<typeof text>[0] = `action.${kind}`) => ({
    kind,
    due: dayOf(due),
    until: until === null ? null : dayOf(until),
    overdue: kind !== 'stop' && kind !== 'snooze' && dayOf(now) > dayOf(due),
    label: text(labelKey, {
      objection: playbook.objections.find((o) => o.id === reading?.category)?.name[locale] ?? '',
      signal: playbook.buyingSignals.find((s) => s.id === reading?.signals[0]?.signal)?.action[locale] ?? '',
      date: dateText(until ?? due),
      send: tierInfo?.send[locale] ?? '',
      hours: playbook.afterSales.complaint.respondHours,
      ...labelParams,
    }),
    why,
  });

  // After a thanks or an "we are reviewing it": the tier's cadence from their words, sooner when our last message carried the proposal, quote or contract.
  const sentText = (kind: StageEvidence['kind']) => text(kind === 'quote' ? 'sent.quote' : kind === 'contract-sent' ? 'sent.contract-sent' : 'sent.proposal');
  const rest = (at: number): { due: number; why: string } => {
    const sent = stageIndex >= 0 && stageIndex < DELIVER ? sentWithLastMessage(input.conversation?.messages ?? [], lastOut) : null;
    const byTier = workday(addDays(at, everyDays));
    const acknowledged = text('why.acknowledged', { date: dateText(at), tier: tier ?? 'C', cadence: tierInfo?.cadenceLabel[locale] ?? '' });
    // (only for a receipt within a few days of it: a season's greeting a week on says nothing of the proposal)
    const bySent = sent && at - lastOut < 5 * DAY ? addWorkingDays(at, sent.days, theirHolidays) : Infinity;
    if (!sent || bySent >= byTier) return { due: byTier, why: acknowledged };
    const what = sentText(sent.evidence.kind);
    return { due: bySent, why: text('why.acknowledgedSent', { date: dateText(at), what, days: sent.days }) };
  };
  /** The working day after the day they take it up ("on Friday": Monday; "next week's board meeting": the Monday after that week). */
  const handUpCheckIn = (named: { text: string; at: number; through?: number }, at: number) => workday(followUpAfterPromise(named.text, named.at, at, theirHolidays, named.through));
  // (the hand-up on a day, with its check-in day, for the draft)
  let passedUpOn: (ForwardedUp & { on: number }) | null = null;
  let lastKind: LastKind = who === null ? 'none' : who === 'us' ? 'silence' : 'reply';
  let quote: string | null = null;
  let action: Situation['action'] | null = null;
  let meeting: Situation['meeting'] = null;
  let two: TwoObjections | null = null;
  let kickoffOn: number | null = null;
  // The person we wrote to, by first name: who referred us, who has left, who has changed company.
  const referrer = firstNameOf(contact?.name ?? deal?.record.contacts[0]?.name ?? '') || text('spin.company');
  const snoozeUntil = reading?.outOfOffice?.until ?? reading?.namedDate?.at ?? null;
  const priceOnTable = (reading?.category === 'price' || reading?.category === 'budget') && stage.evidence.some((e) => e.kind !== 'stored' && e.stage !== 'lost' && stageRank(e.stage) >= stageRank('negotiate'));
  const closeDatePassed = deal?.record.type === 'deal' && deal.record.closeAt !== undefined && deal.record.closeAt < dayOf(now) && stageIndex >= 0 && stageIndex < DELIVER;

  // A task of ours open on the record past its day, nothing of theirs since it was set ("Task (due Dec 2, not completed): Send
  // revised proposal", Pipedrive's overdue activity, 待办（已逾期）): our overdue step, named in the reason, before any reading of older words.
  const lateTask = stage.id !== 'lost' ? overdueTask(dated, dayOf(now), lastIn, (words, at) => { const day = dateNamedIn(words, at); return day ? dayOf(day.at) : null; }) : null;
  // (or the rep's newest own log sets our step on a day now past: "Rang Jack 3/12 - he never got the proposal, it went to spam. Resending today.")
  const lateOwn = !lateTask && stage.id !== 'lost' ? lateOwnStep(dated, dayOf(now), lastIn, (words, at) => dateNamedIn(words, at)) : null;
  // (a call or a chase is a follow-up; something to send is done "as promised")
  const doLateTask = (): Situation['action'] | null => {
    if (lateOwn) return { ...make('follow_up', lateOwn.due, text('why.ownPromise', { quote: lateOwn.quote, date: dateText(lateOwn.due) })), label: text('action.ownPromise', { date: dateText(lateOwn.due) }), step: 'own_promise' as const };
    if (!lateTask) return null;
    const late = { ...make('follow_up', lateTask.due, text('why.overdueTask', { quote: lateTask.step, date: dateText(lateTask.due) })), label: text('action.overdueTask', { date: dateText(lateTask.due) }) };
    return isChaseStep(lateTask.step) ? late : { ...late, step: 'own_promise' as const };
  };
  // A referral is read only in words that are no auto-reply and no request to stop.
  const referral = ownWords ? findReferral(ownWords) : null;
  // An away notice naming a colleague for it meanwhile ("while I'm away please contact my colleague Sophie Martin",
  // 期间报价的事情请联系我同事赵磊经理): the colleague is whom to write to today. A person named for urgent matters
  // only (如有急事請洽…) or a shared mailbox leaves the wait for their return.
  const awayReferral = reading?.outOfOffice && !reading.stop && lastWord ? findReferral(cleanReply(lastWord.text).text) : null;
  const awayTo = awayReferral?.name && !awayReferral.left && !URGENT_ONLY.test(awayReferral.text) ? awayReferral : null;
  // The person we wrote to has left, said by a colleague, an auto-reply or a notice that their mailbox is dead ("王经理已于上月离职，
  // 此项目现由刘敏负责", "Anna no longer works at Vistula. For enquiries contact…"): not someone away to wait for, nor a bounce to
  // puzzle over. The successor they name is written to today; with nobody named, the company (or the address they give) is asked who has it now.
  const notice = lastWord && !lastWord.reading.stop && !movedTo && !leaving ? leftNotice(cleanReply(lastWord.text).text) : null;
  // (who has left, by the name the notice gives: one of the people we know on it, or someone else; "Sarah has left the company"
  // written by Marc, our contact, is no notice that Marc has left: with nobody to go to instead, no notice of ours at all)
  const people = [contact?.name, ...(deal?.record.contacts ?? []).map((c) => c.name)].filter((n): n is string => !!n);
  // (only a name that clearly is someone else's, "Sarah" to Marc, 李娜 to 王强; one written another way, "Fang Wang" for 王芳,
  // "Kate" for Katherine, "Bob" for Robert, or for a contact we know only by an email address, is our contact's: the notice stands)
  const leaverKnown = notice?.leaver ? (people.find((n) => leaverIs(notice.leaver ?? '', n) === 'same') ?? null) : null;
  const leaverUnsure = !!notice?.leaver && !leaverKnown && people.some((n) => leaverIs(notice.leaver ?? '', n) === 'unsure');
  const someoneElse = notice?.leaver && people.length > 0 && !leaverKnown && !leaverUnsure ? notice.leaver : null;
  const gone = notice && !(someoneElse && !notice.name) ? notice : null;
  const namedContact = contact?.name && !contact.name.includes('@') ? contact.name : null;
  const leftWho = leaverKnown ? firstNameOf(leaverKnown) || referrer : (someoneElse ?? (leaverUnsure && !namedContact && notice.leaver ? firstNameOf(notice.leaver) : referrer));
  // (for the draft: the leaver the reason names, in full, and our contact who passed it on when it is someone else who left)
  const leftFull = leaverKnown ?? someoneElse ?? (leaverUnsure && !namedContact ? (notice.leaver ?? null) : null);
  const passedOnBy = namedContact && leftFull && !(leaverKnown && namesPerson(leaverKnown, namedContact)) ? firstNameOf(namedContact) : null;
  const procurement = ownWords ? findProcurementStep(ownWords) : null;
  // Two concerns their words name plainly while the reader cannot tell its readings apart (none first, or two within a hair):
  // the objections answered, not a question or a follow-up that hinges on which reading came first.
  const tiedTwo = ownWords && reading ? namedWhenTied(reading, ownWords) : null;
  // Go on somewhere else ("add me on WeChat, I hardly read email", 加个微信聊吧): a request done today, not a brush-off.
  const channel = ownWords && !request ? asksOtherChannel(ownWords) : null;
  const deadline = ownWords && reading?.namedDate ? deadlineRequest(ownWords, reading.namedDate.text) : null;
  const signals = reading && !quiet && !counter ? countedSignals(reading.signals, stage.evidence, stage.stored, asked, request, ownWords) : [];
  const contractAsked = signals.length === 0 && !quiet && !counter && ownWords && reading?.category === 'none' ? contractAskedIn(request, reading.question?.text ?? null) : null;
  // (someone else chosen before, it has not worked out, and they want to talk again: a come-back, not a decision against us)
  const comeBack = ownWords && stage.id !== 'lost' && stageIndex < DELIVER ? backAfterChoosingOther(ownWords) : null;
  const decision = ownWords && stage.id !== 'lost' && stageIndex < DELIVER && !comeBack ? findDecisionAgainst(ownWords) : null;
  // "We will read it this week and get back to you": their move until then, whatever a "think it over" leans to.
  // ("we'll have a decision for you by EOD Friday" leaning to authority is the same promise)
  // (and "I'll send the redlines over tomorrow" leaning to contract: a contract step of theirs, their move until then)
  // In the rep's own note on the record ("Call w/ Jonas: he wants 10% off; I'll send the revised quote Tuesday"), "I" is the rep: our promise, due the day named.
  // (their words under a label in that note, "Rahul wrote: …", 客户说：…, are theirs: quoted, their "I" theirs)
  // (worked out once where the words were gathered, lastWordVoice: the card and the draft read the same)
  const voice = lastWord?.voice ?? null;
  const repNote = voice === 'note';
  const ownPromise = repNote && ownWords && reading?.namedDate ? ownPromiseInNote(ownWords, reading.namedDate.text) : null;
  // (the next step the rep set in the note, "Next step: I send the revised SOW on Thursday 10 December", 下一步：我周四发SOW: ours on that day)
  const ownStep = repNote && ownWords && !ownPromise ? ownNextStepInNote(ownWords, (clause) => dateNamedIn(clause, lastWord?.at ?? now)) : null;
  const promise = !ownPromise && ownWords && reading?.namedDate && !reading.question && SET_ASIDE_WITH_DAY.has(reading.category) ? promiseToReturn(ownWords, reading.namedDate.text) : null;
  // (a CRM note's promise of theirs with a day only its own clause dates, "legal to send redlines by Friday 12/11": the same wait)
  const notePromise = voice !== null && !ownPromise && !ownStep && ownWords && reading && !reading.namedDate && !reading.question && SET_ASIDE_WITH_DAY.has(reading.category) ? promiseInNote(ownWords, (clause) => dateNamedIn(clause, lastWord?.at ?? now)) : null;
  // A question they took back ("never mind, found it"): nothing left to answer.
  const withdrawn = ownWords ? withdrawnQuestion(ownWords) : null;
  // One list left while the talk goes on ("take me off your newsletter; still interested in the pilot", 别发营销短信了，试点继续谈): no stop, and no brush-off in it.
  const listLeft = ownWords && lastWord ? readOneListLeft(lastWord.text) : null;
  // On hold with no day ("until further notice", 项目暂时搁置): a light check-in a month on, not an objection nor a few days' wait.
  const paused = ownWords && reading && !reading.namedDate && !/[?？]/.test(ownWords) ? pausedWithoutDay(ownWords) : null;
  // A bad moment ("in a meeting, talk later", 在忙，晚点聊): tried again the next working day, not a timing objection.
  const busy = ownWords && reading && !reading.namedDate && !reading.stop && !/[?？]/.test(ownWords) && !paused ? busyNow(ownWords) : null;
  // (a day that only says where they are now is no day for it: "Travelling this week. I'll read it on the plane and come back to you")
  const noDayForIt = !reading?.namedDate || (namesCurrentPeriod(reading.namedDate.text) && !promise);
  // A security, IT or compliance review that must come first, which the reader took for the fit (or authority, trust) objection it resembles.
  // (or asked of us in a request: "InfoSec needs your SOC 2 Type II report and the attached vendor security questionnaire filled in",
  // 麻烦先填一下我们的信息安全评估问卷: the same step and its security pack, not "[what you have done]"; an objection the reader is sure of still answered,
  // and a chase for what we owe, "any news on the DPA?", is the apology with it)
  const reviewAsked = ownWords && reading && request && !isChase(request) && !askedAgain(input.conversation?.messages ?? []) && securityReview(request) !== null ? reviewOverObjection(ownWords, reading.unsure ? 'none' : reading.category, reading.evidence?.text ?? null) : null;
  const review = ownWords && reading && !request ? reviewOverObjection(ownWords, reading.category, reading.evidence?.text ?? null) : reviewAsked;
  // (the readings a promise sets aside are promise.ts's, which the dashboard's count of objections heard reads too: `objectionHeard`)
  const promiseNoDay = ownWords && reading && noDayForIt && !reading.question && !request && SET_ASIDE_NO_DAY.has(reading.category) ? promiseWithoutDay(ownWords) : null;
  // Passed up to someone who decides and was not in the conversation ("I've forwarded this to our CFO", 已转给财务总监): our contact sells it inside; equip them.
  // (what they ask of us comes first, and an objection the reader is sure of is answered: "I need my boss to sign off… I will take it to our GM" has the authority track's one-pager)
  const passedUp = ownWords && reading && !request && !reading.question && (reading.unsure || reading.category === 'none') ? forwardedUp(ownWords) : null;
  // Taken up to someone who decides on a day they name ("I will take it to our GM on Friday", 下周董事会上讨论): our contact
  // presents it without us, so the one-pager goes to them before that day; the day itself is when we check in (the working day after).
  // (an authority objection sure of itself included: "I need my boss to sign off… I will take it to our GM on Friday" is that step)
  const handedUp = ownWords && reading?.namedDate && !request && !reading.question && (SNOOZABLE.has(reading.category) || reading.unsure) ? handedUpOn(ownWords, reading.namedDate.text) : null;
  // Their okay to the meeting our last message proposed (a day with an hour, asked).
  const ourLast = [...(input.conversation?.messages ?? [])].reverse().find((m) => m.direction === 'outbound' && m.at !== null && m.at <= (lastWord?.at ?? now));
  // A trial or pilot nobody is using ("the team didn't really use it", 冇點用過): adoption before it ends, not the objection it leans to nor a wait.
  const trialContext = [input.conversation?.subject ?? '', ourLast?.text ?? '', input.deal?.record.name ?? ''].join('\n');
  // (not beside what else they say to act on: a question, a request, a buying signal, a promise to come back — "haven't had a chance to look at it, I'll get back to you next week")
  const adoption = ownWords && stageIndex < DELIVER && !/[?？]/.test(ownWords) && !request && signals.length === 0 && promiseWithoutDay(ownWords) === null && !(reading?.namedDate && promiseToReturn(ownWords, reading.namedDate.text) !== null) ? littleUsed(ownWords, trialContext) : null;
  const proposed = ourLast?.at != null && lastWord && (isAcknowledgement(ownWords ?? '') || isBareYes(ownWords ?? '')) ? proposedMeeting(ourLast.text, ourLast.at) : null;
  const agreedMeeting = proposed && proposed.at >= dayOf(lastWord?.at ?? now) && ourLast ? { ...proposed, time: meetingTime(ourLast.text, proposed.words) } : null;
  // Their bare yes (ok, Sure, 👍, 好的, 可以, 冇問題) to another offer of ours ("Shall I send the order form over?", "Would a call
  // next week work?", 方便的話我先寄一份報價給您？): our step today, not a thanks that rests until the tier's next touch.
  const offerYes = !agreedMeeting && ownWords && ourLast?.at != null ? yesToOurOffer(ownWords, { text: ourLast.text, at: ourLast.at }) : null;
  const offerTaken = offerYes && (offerYes.kind !== 'meeting' || offerYes.meeting !== null) ? offerYes : null;
  // A lone "?" (huh?, 什么意思？) to what we wrote: to our pitch, before any conversation (a prospect who never wrote before),
  // say it plainly today, in a line; later (our invoice, a renewal reminder, the contract) it asks what our last message meant.
  const puzzled = ownWords && ourLast && !offerTaken && asksToSayPlainly(ownWords) ? ownWords : null;
  const firstTouch = stage.id === 'prospect' && !(input.conversation?.messages ?? []).some((m) => m.direction === 'inbound' && m.at !== null && m.at < (lastWord?.at ?? now));
  const sayPlainly = puzzled && firstTouch ? puzzled : null;
  const clarify = puzzled && !firstTouch ? puzzled : null;
  // A meeting for us to set up: a day they accept or propose, the invite ours to send today; times asked for, or a meeting
  // wanted in a period, two times offered today (not a wait until that day, nor their question answered with "[your answer]").
  // (or the calendar's answer to our invite, "Accepted: Demo – Wed 9 Dec 14:00": the meeting held on its day)
  const calendar = lastWord && !lastWord.reading.stop && !lastWord.reading.outOfOffice ? calendarReply(input.conversation?.subject ?? '', ownWords ?? '', ourLast?.at != null ? { text: ourLast.text, at: ourLast.at } : null, lastWord.at ?? now) : null;
  // (not beside something else they ask of us: "please send a couple of case studies first" is that request)
  const arrange = calendar ?? (ownWords && lastWord && !(request && !aboutMeeting(request)) ? meetingToArrange(ownWords, lastWord.at ?? now, lastWord.reading.question?.text ?? null, ourLast?.text ?? null) : null);
  let slotsFrom: number | null = null;
  // A customer who chose someone else (or whom we lost) wants to talk again: the times offered ask what did not work out.
  let cameBack = false;
  // A customer's ask about their renewal's terms, the renewal named in their words, the subject or our last message.
  const renewal = ownWords && stageIndex >= DELIVER ? renewalAsk(ownWords, [input.conversation?.subject ?? '', ourLast?.text ?? '']) : null;
  // Our renewal's day in the newest words on record that name one (the rep's note "Renewal due 31 March 2027", 合約3月底到期): the renewal is timed from it.
  const recordTexts = stageIndex >= DELIVER ? [
    ...(lastWord ? [{ text: lastWord.text, at: lastWord.at ?? now }] : []),
    ...(deal?.record.activity ?? []).flatMap((a) => { const when = a.at ?? (a.when ? resolveWhen(a.when, deal?.capturedAt ?? now) : undefined); return when === undefined ? [] : [{ text: a.text, at: when }]; }),
    ...(input.conversation?.messages ?? []).flatMap((m) => (m.at === null ? [] : [{ text: m.text, at: m.at }])),
  ].sort((a, b) => b.at - a.at) : [];
  const renewsOn = renewalDay(recordTexts);
  // (our renewal prepared a quarter before its day, never before `from`: one action wherever the renewal's day decides it)
  const renewalStartFrom = (from: number) => (renewsOn ? Math.max(dayOf(from), workday(addDays(renewsOn.at, -RENEWAL_LEAD_DAYS))) : null);
  const renewalAction = (by: number, on: { at: number; quote: string }) => ({ ...make('after_sales_check', by, text('why.renewalOn', { quote: on.quote, renewal: dateText(on.at), date: dateText(by), days: RENEWAL_LEAD_DAYS })), label: text('action.renewalOn', { date: dateText(by) }) });
  const renewalNamedLast = renewsOn !== null && lastWord !== null && renewalDay([{ text: lastWord.text, at: lastWord.at ?? now }]) !== null;
  // (a price, budget or value objection the reader is sure of, or leans to with nothing asked, no counter-offer in it, is answered by its own renewal talk tracks)
  const renewalObjection = renewal !== null && !renewal.expansion && !counter && reading !== null && RENEWAL_TRACKED.has(reading.category) && (reading.unsure ? !reading.question && !request : true);
  if (reading && lastWord) {
    const at = lastWord.at ?? now;
    const fresh = theySpokeLast && now - at < playbook.triggers.dormantAfterDays * DAY && !(contact?.snooze && contact.snooze.at > at) && !(deal?.snooze && deal.snooze.at > at);
    // Tier C waits up to two days; a customer's concern (their renewal, a competitor's offer) never does: their tier is a prospect's score.
    const slow = tier === 'C' && stageIndex < DELIVER;
    // (two days for tier C, moved off their weekend or holiday: an answer due on a Saturday waits for Monday anyway)
    // (a contract sent back marked up waits for no tier: the same working day)
    const answerDue = () => (redline ? workday(at) : slow ? workday(addDays(at, 2)) : at);
    // A meeting they agreed to or moved in their words (not one their calendar, their own invite or the rep's note of it set): our
    // confirmation goes out the day they wrote, the meeting stays on its day; once that day is past, the follow-up after it.
    const confirmBy = (day: number) => (!repNote && !setByThem(lastWord.text) && dayOf(day) >= dayOf(now) ? at : day);
    if (reading.stop) {
      lastKind = 'stop';
      quote = reading.stop.text;
      action = make('stop', at, text('why.stop', { quote: reading.stop.text }));
    } else if (fresh && gone && (gone.name || !bounce) && stage.id !== 'lost') {
      // (a dead mailbox with nobody named, "no longer with Acme and this mailbox is not monitored", stays the bounce below: the company asked, at the address it gives)
      lastKind = 'referral';
      quote = gone.text;
      const to = gone.email ?? bounce?.to ?? null;
      action = gone.name
        ? { ...make('follow_up', at, text('why.successor', { referrer: leftWho, name: gone.name, quote })), label: text('action.successor', { referrer: leftWho, name: gone.name }), step: 'successor' as const }
        : to
        ? { ...make('follow_up', at, text('why.leftAskTo', { referrer: leftWho, quote, to })), label: text('action.bouncedTo', { to }), step: 'referral_ask' as const }
        : { ...make('follow_up', at, text('why.leftAsk', { referrer: leftWho, quote })), label: text('action.leftAsk', { referrer: leftWho }), step: 'referral_ask' as const };
    } else if (fresh && bounce && stage.id !== 'lost') {
      // Our email bounced or lands in a mailbox nobody reads: ask the company who looks after it now (they may have left), today.
      lastKind = 'reply';
      quote = bounce.text;
      // (the notice names an address to write to instead: that address, today)
      action = bounce.to
        ? { ...make('follow_up', at, text('why.bouncedTo', { referrer, quote, to: bounce.to })), label: text('action.bouncedTo', { to: bounce.to }), step: 'bounced' as const }
        : { ...make('follow_up', at, text('why.bounced', { referrer, quote })), label: text('action.bounced', { referrer }), step: 'bounced' as const };
    } else if (lateTask || lateOwn) {
      action = doLateTask();
    } else if (fresh && ((ownPromise && reading.namedDate) || ownStep)) {
      // The rep's own note promises something by a day ("I'll send the revised quote Tuesday"): our move, due that day.
      lastKind = 'reply';
      quote = ownPromise ?? ownStep?.clause ?? '';
      const by = ownPromise && reading.namedDate ? reading.namedDate.at : (ownStep?.at ?? at);
      action = { ...make('follow_up', by, text('why.ownPromise', { quote, date: dateText(by) })), label: text('action.ownPromise', { date: dateText(by) }), step: 'own_promise' as const };
    } else if (fedUp && (chasedBefore >= FED_UP_CHASES || aboutUs) && stage.id !== 'lost' && stageIndex < DELIVER) {
      // A hard no, fed up with our chasing ("Third email in a fortnight mate. Do you lot ever take a hint? Not interested."): the
      // sequence ends, as a request to stop does (for good, not while their words are fresh); no brush-off talk track, no case
      // study and call on Thursday. A plain first no stays the brush-off it is.
      lastKind = 'stop';
      quote = fedUp;
      action = make('stop', at, text('why.fedUp', { quote: fedUp, count: Math.max(chasedBefore, 1) }));
    } else if (fresh && aboutUs && stage.id !== 'lost') {
      // Too many emails, their name got wrong, a pushy tone: an apology now and the next touch at a lighter cadence, never a push.
      lastKind = 'complaint';
      quote = aboutUs;
      const days = lighterCadenceDays(everyDays);
      const until = workday(addDays(at, days));
      action =
        until > now
          ? { ...make('snooze', until, text('why.apology', { quote, days, date: dateText(until) }), until), label: text('action.apology', { date: dateText(until) }), step: 'apology' as const }
          : make('follow_up', until, text('why.apologyOver', { quote, date: dateText(at) }));
    } else if (fresh && cancelled && stageIndex >= DELIVER) {
      // Won in the record, called off in their newer mail: confirm it with them and update the CRM; never onboarding or an upsell.
      lastKind = 'reply';
      quote = cancelled;
      const recorded = deal?.record.stage ?? playbook.stages[stageIndex]?.name[locale] ?? stage.id;
      action = { ...make('follow_up', at, text('why.cancelled', { stage: recorded, date: dateText(at), quote })), label: text('action.cancelled'), step: 'cancelled' as const };
    } else if (fresh && notRenewing && stageIndex >= DELIVER) {
      // A notice not to renew: a retention step now, before the contract ends, not a renewal reminder nor a wait until the end date.
      lastKind = 'reply';
      quote = notRenewing.quote;
      const ends = notRenewing.ends !== null && notRenewing.ends > dayOf(at) ? notRenewing.ends : null;
      action =
        ends !== null
          ? { ...make('follow_up', at, text('why.retention', { quote, date: dateText(ends) })), label: text('action.retention', { date: dateText(ends) }), step: 'retention' as const }
          : { ...make('follow_up', at, text('why.retentionNoDay', { quote })), label: text('action.retentionNoDay'), step: 'retention' as const };
    } else if (fresh && renewsOn && renewalNamedLast && workday(addDays(renewsOn.at, -RENEWAL_LEAD_DAYS)) > dayOf(at) && !reading.complaint && !(renewal && !renewal.expansion) && (voice === 'note' || aboutThem(renewsOn.quote) || (!request && !reading.question))) {
      // A note on the record names our renewal's day ("Renewal due 31 March 2027, they want to add the Leeds site", 合約3月底到期，
      // 佢哋想加多個廠), or their own words name it with nothing asked: the renewal prepared a quarter before it, what they want
      // added quoted with it; not a reply owed today, nor a wait until the day. (Asked of us in their words, or the renewal
      // closer than that, it is answered today, below.)
      lastKind = 'reply';
      quote = renewsOn.quote;
      action = renewalAction(renewalStartFrom(at) ?? at, renewsOn);
    } else if (fresh && renewal && !reading.complaint && !renewalObjection) {
      // A customer's ask about the renewal's terms (a discount, last year's price, more sites): answered today as a
      // customer's, with what the year delivered and the renewal terms traded; never a new buyer's price track.
      lastKind = 'question';
      quote = renewal.quote;
      const key = renewal.expansion ? 'renewalMore' : 'renewal';
      action = { ...make('answer_question', at, text(`why.${key}`, { quote })), label: text(`action.${key}`), step: 'renewal' as const };
    } else if (fresh && ownWords && stageIndex >= DELIVER && !reading.complaint && !counter && reading.confidence >= 0.3 && postSalePriceConcern(ownWords, reading.category, input.conversation?.subject ?? '')) {
      // A signed customer finds the price high: the value they get (usage, results, the people not on it yet), not a pre-sale price track.
      lastKind = 'reply';
      quote = reading.evidence?.text ?? ownWords.slice(0, 200);
      action = { ...make('after_sales_check', at, text('why.valueReview', { quote })), label: text('action.valueReview'), step: 'value_review' as const };
    } else if (fresh && tender && tender.at > dayOf(at) && stage.id !== 'lost') {
      // A tender closing on a day: the bid prepared now and submitted a little before it, not a follow-up nor a wait until then.
      lastKind = 'reply';
      quote = tender.quote;
      const submitBy = Math.max(dayOf(at), workingDaysBefore(tender.at, TENDER_MARGIN_DAYS, theirHolidays));
      action = { ...make('follow_up', submitBy, text('why.tender', { quote, deadline: dateText(tender.at), date: dateText(submitBy), days: TENDER_MARGIN_DAYS })), label: text('action.tender', { date: dateText(submitBy) }), step: 'tender' as const };
    } else if (fresh && lockIn && lockIn.notice > dayOf(at) && stage.id !== 'lost' && stageIndex < DELIVER) {
      // Tied to another vendor until a notice date: back shortly before it, with the date; not the objection argued now, nor the day itself.
      lastKind = 'snooze';
      quote = lockIn.quote;
      const back = workday(addDays(lockIn.notice, -LOCK_IN_LEAD_DAYS));
      action =
        back > now
          ? { ...make('snooze', back, text('why.lockIn', { quote, date: dateText(back), days: LOCK_IN_LEAD_DAYS, notice: dateText(lockIn.notice) }), back), label: text('action.lockIn', { date: dateText(back) }) }
          : make('follow_up', Math.max(dayOf(at), dayOf(now)), text('why.lockInSoon', { quote, notice: dateText(lockIn.notice) }));
    } else if (fresh && lockEnd && lockEnd.ends > dayOf(at) && stage.id !== 'lost' && stageIndex < DELIVER) {
      // Tied to another vendor until a known end: back some months before it, while the renewal is still theirs to weigh; not the objection argued now.
      lastKind = 'snooze';
      quote = lockEnd.quote;
      const ends = new Date(lockEnd.ends);
      // (the same day of the month, or the month's last when it has fewer: Aug 31 less six months is Feb 29, not Mar 2)
      const backMonth = ends.getMonth() - LOCK_IN_RENEWAL_MONTHS;
      const back = workday(new Date(ends.getFullYear(), backMonth, Math.min(ends.getDate(), new Date(ends.getFullYear(), backMonth + 1, 0).getDate())).getTime());
      action =
        back > now
          ? { ...make('snooze', back, text('why.lockInEnds', { quote, date: dateText(back), months: LOCK_IN_RENEWAL_MONTHS, ends: dateText(lockEnd.ends) }), back), label: text('action.lockInEnds', { date: dateText(back) }) }
          : make('follow_up', Math.max(dayOf(at), dayOf(now)), text('why.lockInEndsSoon', { quote, ends: dateText(lockEnd.ends) }));
    } else if (fresh && reading.complaint && stageIndex >= DELIVER && !(request && MISSING_COPY.test(reading.complaint.text)) && !(correction && billedWrong(reading.complaint.text))) {
      // (a bill that charged more than they have, "we were overcharged on the last invoice", is the correction below: no workaround to find)
      lastKind = 'complaint';
      quote = reading.complaint.text;
      const { respondHours, workaroundHours, fixDays } = playbook.afterSales.complaint;
      action = make('answer_complaint', at + respondHours * 3_600_000, text('why.complaint', { respond: respondHours, workaround: workaroundHours, fix: fixDays }));
    } else if (fresh && decision) {
      // They chose another vendor or stopped the project: a decision made, not an objection to argue today. Thank
      // them, ask what decided it, and re-open on the day they named or after the dormant period.
      lastKind = 'decision';
      quote = decision;
      const back = workday(reopenAfterDecision(reading.namedDate && reading.namedDate.at > at ? reading.namedDate : null) ?? dayOf(addDays(at, playbook.triggers.dormantAfterDays)));
      const offer = playbook.triggers.reactivationOffer[locale];
      action =
        back > now
          ? { ...make('snooze', back, text('why.decided', { quote, date: dateText(back), offer }), back), label: text('action.decided', { date: dateText(back) }), step: 'decided' as const }
          : make('reopen', back, text('why.decidedOver', { quote, date: dateText(at), offer }));
    } else if (fresh && adoption && stage.id !== 'lost') {
      // Their trial or pilot is hardly used: help them get going before it ends (and offer to extend it), today.
      lastKind = 'reply';
      quote = adoption;
      const ends = trialEnds([ownWords ?? '', trialContext], at, (sentence) => dateNamedIn(sentence, at)?.at ?? null);
      action = { ...make('follow_up', at, ends ? text('why.adoptionBy', { quote, ends: dateText(ends) }) : text('why.adoption', { quote })), label: text('action.adoption'), step: 'adoption' as const };
    } else if (fresh && busy && stageIndex >= 0 && stageIndex < DELIVER) {
      lastKind = 'snooze';
      quote = busy;
      // The next working day after theirs (a Friday's "in a meeting" is tried again on Monday, not Saturday).
      const until = addWorkingDays(at, BUSY_RETRY_DAYS, theirHolidays);
      action =
        until > now
          ? { ...make('snooze', until, text('why.busyNow', { quote, date: dateText(until) }), until), label: text('action.busyNow', { date: dateText(until) }) }
          : // The retry day has come: try them again now (the draft is the plain follow-up, not "I will leave you to it").
            { ...make('follow_up', until, text('why.busyRetry', { quote, date: dateText(at) })), label: text('action.busyRetry', { date: dateText(at) }) };
    } else if (fresh && paused && stageIndex >= 0 && stageIndex < DELIVER) {
      lastKind = 'snooze';
      quote = paused;
      const until = workday(addDays(at, PAUSE_CHECK_IN_DAYS));
      action =
        until > now
          ? { ...make('snooze', until, text('why.paused', { quote, date: dateText(until), days: PAUSE_CHECK_IN_DAYS }), until), label: text('action.paused', { date: dateText(until) }) }
          : make('follow_up', until, text('why.paused', { quote, date: dateText(until), days: PAUSE_CHECK_IN_DAYS }));
    } else if (fresh && counter && stageIndex >= 0 && stageIndex < DELIVER) {
      // Their number against ours: a negotiation move answered today by trading, not giving (never "too expensive" nor the contract as it stands).
      lastKind = 'question';
      quote = counter.text;
      action = { ...make('answer_question', at, text('why.counter', { quote, figure: counter.figure })), label: text('action.counter', { figure: counter.figure }), step: 'counter' as const };
    } else if (fresh && correction) {
      // A field of our invoice or quote to correct: admin, done today; no selling and no stage moved.
      lastKind = 'question';
      quote = correction;
      action = { ...make('answer_question', at, text('why.correction', { quote, date: dateText(at) })), label: text('action.correction'), step: 'correction' as const };
    } else if (fresh && effort && stageIndex >= 0 && stageIndex < DELIVER) {
      // The roll-out looks too long or too heavy for them: answered today with a phased start, not a price or contract track.
      lastKind = 'question';
      quote = effort;
      action = { ...make('answer_question', at, text('why.effort', { quote, date: dateText(at) })), label: text('action.effort'), step: 'effort' as const };
    } else if (fresh && redline && (reading.category !== 'contract' || (ownWords !== null && returnedRedline(ownWords) === null)) && stageIndex >= 0 && stageIndex < DELIVER) {
      // The contract back with their changes (and no objection to a term the reader is sure of): each change answered the same working day; no signature asked yet.
      lastKind = 'question';
      quote = redline;
      action = { ...make('answer_question', workday(at), text('why.redline', { quote, date: dateText(at) })), label: text('action.redline'), step: 'redline' as const };
    } else if (fresh && approvedNext && signals.every((s) => s.signal === 'contract_process') && !contractAsked && stageIndex >= 0 && stageIndex < DELIVER) {
      // Approved, and asking how to go on: the next step proposed today (the contract and what follows), not "[your answer]".
      lastKind = 'signal';
      quote = approvedNext;
      action = { ...make(atContract ? 'get_signature' : 'move_to_contract', at, text(quote === nextAsked ? 'why.nextAsked' : quote === agreed ? 'why.agreed' : isApproval(quote) ? 'why.nextStep' : 'why.nextStepAgreed', { quote })), label: text('action.nextStep'), step: 'next_step' as const };
    } else if (fresh && ((signals.length > 0 && !(deadline && signals.every((s) => s.signal === 'contract_process'))) || (contractAsked && !deadline)) && stageIndex >= 0 && stageIndex < DELIVER) {
      // (the contract asked for by a day, 麻烦周三前把合同发我, is that request by its day: the deadline step below)
      lastKind = 'signal';
      // (a bigger order or a commitment priced is the signal quoted: "能给个九折吗" beside "月底前签" is answered, not met with the contract alone)
      const [signal] = volume && quoteOut ? [volume, ...signals] : signals;
      quote = signal?.evidence.text ?? contractAsked;
      // Asking for the contract is the signal "asks how signing works", whether or not the reader marked it.
      const signalId = signal?.signal ?? 'contract_process';
      const found = playbook.buyingSignals.find((s) => s.id === signalId);
      const name = found?.name[locale] ?? '';
      const labelParams = { signal: found?.action[locale] ?? '' };
      // Already at the contract stage (the CRM says so, or the contract went out in the thread): the
      // signal asks for an answer and the signature, not for the contract to be sent again.
      action = atContract ? make('get_signature', at, text('why.signalAtContract', { signal: name, quote: quote ?? '' }), null, labelParams) : make('move_to_contract', at, text('why.signal', { signal: name, quote: quote ?? '' }), null, labelParams);
    } else if (fresh && awayTo?.name && reading.outOfOffice?.until && reading.outOfOffice.until > now) {
      lastKind = 'referral';
      quote = awayTo.text;
      const back = workingDayFrom(reading.outOfOffice.until, theirHolidays).at;
      action = { ...make('follow_up', at, text('why.referralAway', { referrer, name: awayTo.name, quote, date: dateText(back) })), label: text('action.referralAway', { referrer, name: awayTo.name }), step: 'referral_away' as const };
    } else if (reading.outOfOffice && !(fresh && reading.namedDate && (reading.namedDate.moved || !reading.outOfOffice.until) && isAppointment(lastWord.text, reading.namedDate.at, at)) && (fresh || (snoozeUntil !== null && snoozeUntil > now))) {
      // (not a person who is travelling and names a day with an hour, "Can't make Thursday, I'm travelling. How about Monday
      // the 14th at 3pm instead?": no day of return, the meeting they propose instead)
      lastKind = 'out_of_office';
      quote = reading.outOfOffice.evidence.text;
      // (the day after a leave that ends on a Friday is their Monday: "12月3日至12月18日" → 21 December)
      const back = workday(reading.outOfOffice.until ?? at + 7 * DAY);
      // (no day of return, "out of the office with limited access to email", 本人休假中: about a week's wait, said as ours, not "as they asked";
      // the stand-in they name for urgent matters only if it cannot wait)
      const standIn = awayReferral?.name ?? null;
      const awaySentence = sentenceOver(lastWord.text, reading.outOfOffice.evidence.start, reading.outOfOffice.evidence.end - reading.outOfOffice.evidence.start);
      action = reading.outOfOffice.until !== null
        ? back > now ? make('snooze', back, text('why.outOfOffice', { date: dateText(back) }), back) : make('follow_up', back, text('why.backFromOffice', { date: dateText(back) }))
        : back > now
        ? make('snooze', back, text(standIn ? 'why.awayNoDateStandIn' : 'why.awayNoDate', { date: dateText(back), quote: awaySentence, name: standIn ?? '' }), back, {}, 'action.awayNoDate')
        : make('follow_up', back, text('why.awayNoDateOver', { date: dateText(at), quote: awaySentence }));
    } else if (fresh && referral && !leaving) {
      // They send us on to someone else: a first touch to that person, saying who referred us, and a
      // thanks to them; not an objection to answer (a "talk to my colleague" reads as authority).
      lastKind = 'referral';
      quote = referral.text;
      // (someone brought in to sign off on a deal past discovery, "Adding Karen, who signs off on anything over 25k": written to about the offer, not a cold introduction)
      action = referral.name && (referral.left || movedTo)
        ? { ...make('follow_up', at, text(movedTo && !referral.left ? 'why.successorMoved' : 'why.successor', { referrer, name: referral.name, quote })), label: text('action.successor', { referrer, name: referral.name }), step: 'successor' as const }
        : referral.name && stageIndex >= STAGE_IDS.indexOf('present') && stageIndex < DELIVER && signsOff(referral.text)
        ? { ...make('follow_up', at, text('why.referralApprover', { referrer, name: referral.name, quote })), label: text('action.referralApprover', { referrer, name: referral.name }), step: 'referral_approver' as const }
        : referral.name
        ? { ...make('follow_up', at, text('why.referral', { referrer, name: referral.name, quote })), label: text('action.referral', { referrer, name: referral.name }), step: 'referral' as const }
        : { ...make('follow_up', at, text('why.referralAsk', { referrer, quote })), label: text('action.referralAsk', { referrer }), step: 'referral_ask' as const };
    } else if (fresh && movedTo && !awayTo) {
      // They have changed company and named nobody who took over: congratulations, who has it now at the old
      // company, and a conversation at the new one; not a follow-up on a deal they no longer own.
      lastKind = 'reply';
      quote = movedTo;
      action = { ...make('follow_up', at, text('why.movedOn', { referrer, quote })), label: text('action.movedOn', { referrer }), step: 'moved' as const };
    } else if (fresh && leaving && stage.id !== 'lost') {
      // About to leave, nobody named yet: today, who picks it up and an introduction, not a wait until the day they go.
      lastKind = 'reply';
      quote = leaving;
      action = handover?.name
        ? { ...make('follow_up', at, text('why.leavingTo', { referrer, name: handover.name, quote })), label: text('action.leavingTo', { referrer, name: handover.name }), step: 'leaving' as const }
        : { ...make('follow_up', at, text('why.leaving', { referrer, quote })), label: text('action.leaving', { referrer }), step: 'leaving' as const };
    } else if (fresh && procurement) {
      // Register on their portal and submit there: a step of their buying, done now, not an objection nor a wait.
      lastKind = 'reply';
      quote = procurement;
      action = { ...make('follow_up', at, text('why.procurement', { quote })), label: text('action.procurement'), step: 'procurement' as const };
    } else if (fresh && channel && stage.id !== 'lost') {
      lastKind = 'question';
      quote = channel;
      action = { ...make('answer_question', at, text('why.request', { date: dateText(at), quote: channel })), label: text('action.request'), step: 'request' as const };
    } else if (fresh && reading.namedDate && deadline) {
      // A day named as the deadline of something they ask of us is our move before then, not a snooze.
      lastKind = 'question';
      quote = deadline;
      // Due the working day before their deadline, so it is with them in time; the deadline itself when that is today or
      // tomorrow (or already past).
      const by = reading.namedDate.at;
      const before = by > dayOf(addDays(now, 1)) ? Math.max(dayOf(at), workingDaysBefore(by, 1, theirHolidays)) : null;
      action = before !== null
        ? { ...make('answer_question', before, text('why.deadlineBefore', { quote, deadline: dateText(by), date: dateText(before) })), label: text('action.deadline', { date: dateText(before) }), step: 'deadline' as const }
        : { ...make('answer_question', at, text('why.deadline', { quote, date: dateText(by) })), label: text('action.deadline', { date: dateText(by) }), step: 'deadline' as const };
    } else if (fresh && withdrawn) {
      // They took their question back: the exchange rests like a thanks (a customer's, to the after-sales check).
      lastKind = 'reply';
      quote = withdrawn;
      if (stage.id !== 'lost' && stageIndex < DELIVER) {
        const rested = rest(at);
        action = make('follow_up', rested.due, `${text('why.withdrawn', { quote })} ${rested.why}`);
      }
    } else if (handedUp && reading.namedDate && followUpAfterPromise(reading.namedDate.text, reading.namedDate.at, at, theirHolidays, reading.namedDate.through) > now && stage.id !== 'lost' && stageIndex < DELIVER && (fresh ? dayOf(reading.namedDate.at) >= dayOf(now) : !theySpokeLast && lastOut >= at && now - at < playbook.triggers.dormantAfterDays * DAY && !(contact?.snooze && contact.snooze.at > at) && !(deal?.snooze && deal.snooze.at > at))) {
      // Taken up on a day they named: before it, a one-page summary our contact can present as it is (the hand-up wins over
      // "thank them and wait"); once we have written since, their move until the working day after it, when we ask how it went.
      const checkIn = handUpCheckIn(reading.namedDate, at);
      lastKind = fresh ? 'reply' : 'snooze';
      quote = handedUp.text;
      const params = { referrer, whom: handedUp.to, quote, date: dateText(checkIn) };
      action = fresh
        ? { ...make('follow_up', at, text('why.forwardedUpOn', params)), label: text('action.forwardedUp', params), step: 'forwarded_up' as const }
        : { ...make('snooze', checkIn, text('why.forwardedUpSent', params), checkIn), label: text('action.promise', { date: dateText(checkIn) }) };
      if (fresh) passedUpOn = { ...handedUp, on: checkIn };
    } else if (fresh && arrange && stage.id !== 'lost' && (reading.category === 'none' || reading.category === 'timing' || reading.category === 'brush_off' || reading.unsure || reading.confidence < 0.5)) {
      quote = arrange.quote;
      if (arrange.kind === 'slots') {
        // No day yet: two times offered today (from the first working day of the period they named).
        lastKind = 'question';
        const from = arrange.at !== null ? workday(arrange.at) : null;
        slotsFrom = from !== null && from > dayOf(at) ? from : null;
        action =
          slotsFrom !== null
            ? { ...make('answer_question', at, text('why.meetingSlotsFrom', { quote, when: arrange.words ?? '', day: dateText(slotsFrom) })), label: text('action.meetingSlotsFrom', { day: dateText(slotsFrom) }), step: 'meeting_slots' as const }
            : { ...make('answer_question', at, text('why.meetingSlots', { quote })), label: text('action.meetingSlots'), step: 'meeting_slots' as const };
      } else {
        lastKind = 'meeting';
        const day = arrange.at ?? dayOf(at);
        // (the hour from their words, else from our message proposing that day)
        const ours = ourLast?.at != null ? proposedMeeting(ourLast.text, ourLast.at) : null;
        const ourHour = ours && ourLast && dayOf(ours.at) === dayOf(day) ? meetingTime(ourLast.text, ours.words) : null;
        meeting = { at: day, time: (arrange.words ? meetingTime(arrange === calendar ? (input.conversation?.subject ?? '') : (ownWords ?? ''), arrange.words) : null) ?? ourHour };
        action =
          arrange.kind === 'held'
            ? { ...make('follow_up', day, text('why.meeting', { quote, date: dateText(day) })), label: text('action.meeting', { date: dateText(day) }), step: 'meeting' as const }
            : { ...make('follow_up', at, text('why.meetingInvite', { quote, date: dateText(day) })), label: text('action.meetingInvite', { date: dateText(day) }), step: 'meeting_invite' as const };
      }
    } else if (fresh && reading.namedDate && (reading.category === 'none' || reading.category === 'timing' || reading.unsure) && !offersChoice(ownWords ?? lastWord.text, reading.namedDate.text) && isAppointment(lastWord.text, reading.namedDate.at, at)) {
      // A day with an hour and nothing held back is a meeting they agreed to: hold it and follow up after it. A meeting
      // moved ("something came up, can we push to next Tue, same time?") leans to timing and is still a meeting on its new day.
      lastKind = 'meeting';
      quote = reading.namedDate.text;
      const day = reading.namedDate.at;
      // (the hour from their own words, not from our mail they quote below them; else the hour our message proposed for that day)
      const ours = ourLast?.at != null ? proposedMeeting(ourLast.text, ourLast.at) : null;
      const ourHour = ours && ourLast && dayOf(ours.at) === dayOf(day) ? meetingTime(ourLast.text, ours.words) : null;
      // (or, moved "same time", the hour our message set for the day they leave)
      const sameHour = ourLast ? sameHourAs(ownWords ?? lastWord.text, ourLast.text, dateNamedIn(ourLast.text, ourLast.at ?? at)?.text ?? null) : null;
      meeting = { at: day, time: meetingTime(ownWords ?? lastWord.text, reading.namedDate.text) ?? ourHour ?? sameHour };
      // A question beside it ("Wednesday 2pm works. Will you bring someone from implementation?", 腾讯会议还是线下？) is answered today, with the confirmation.
      const besides = reading.question ? questionBeside(reading.question.text, reading.namedDate.text) : null;
      action = besides
        ? { ...make('follow_up', at, text('why.meetingAnswer', { day: quote, quote: besides, date: dateText(day) })), label: text('action.meetingAnswer', { date: dateText(day) }), step: 'meeting_answer' as const }
        : { ...make('follow_up', confirmBy(day), text(confirmBy(day) === day ? 'why.meeting' : 'why.meetingConfirm', { quote, date: dateText(day) })), label: text('action.meeting', { date: dateText(day) }), step: 'meeting' as const };
      if (besides) quote = besides;
    } else if (fresh && reading.namedDate && (reading.category === 'none' || reading.category === 'timing' || reading.unsure) && asksToMoveMeeting(ownWords ?? lastWord.text, reading.namedDate.at, at)) {
      // A meeting they ask to move to a later week, no hour named ("push Tuesday's call to the week of the 14th?"): two times in it offered today, not a wait until then.
      lastKind = 'question';
      quote = withoutSalutation(findRequest(ownWords ?? lastWord.text) ?? reading.question?.text ?? reading.namedDate.text);
      action = { ...make('answer_question', at, text('why.reschedule', { quote, date: dateText(at), day: dateText(reading.namedDate.at) })), label: text('action.reschedule', { day: dateText(reading.namedDate.at) }), step: 'request' as const };
    } else if (fresh && reading.namedDate && reading.question && SNOOZABLE.has(reading.category) && !asksUsToDo(reading.question.text) && !namesCurrentPeriod(reading.namedDate.text) && questionBeside(reading.question.text, reading.namedDate.text) !== null && reading.namedDate.at > now) {
      // A question beside the day they name ("Is the pricing you sent in September still good? If so I would like to pick this
      // back up in January", 九月的报价还有效吗？有效的话我们一月再启动): the question answered today, the day proposed with it, not a month's wait.
      lastKind = 'question';
      quote = questionBeside(reading.question.text, reading.namedDate.text) ?? reading.question.text;
      action = make('answer_question', at, text('why.questionBesideDay', { quote, date: dateText(at), day: dateText(workday(reading.namedDate.at)) }));
    } else if (fresh && ((reading.namedDate && promise) || notePromise) && stage.id !== 'lost') {
      // They promised to come back by a day: thank them and wait; the working day after it, a nudge if nothing came.
      lastKind = 'snooze';
      const named: { text: string; at: number; through?: number } = notePromise?.named ?? reading.namedDate ?? { text: '', at };
      quote = notePromise?.quote ?? promise ?? '';
      const until = workday(followUpAfterPromise(named.text, named.at, at, theirHolidays, named.through));
      action =
        until > now
          ? { ...make('snooze', until, text('why.promise', { quote, date: dateText(until) }), until), label: text('action.promise', { date: dateText(until) }), step: 'promise' as const }
          : { ...make('follow_up', until, text('why.promiseOver', { quote, date: dateText(until) })), label: text('action.promiseOver'), step: 'promise_over' as const };
    } else if (fresh && promiseNoDay) {
      // They will come back once they have checked (with the CFO, their boss, procurement) and named no day: their
      // move for a few working days (by tier and stage), then a nudge; not "answer the objection" today.
      lastKind = 'snooze';
      quote = promiseNoDay;
      const days = promiseWaitDays(stage.id, tier);
      const until = addWorkingDays(at, days, theirHolidays);
      // The stage the header shows: a CRM stage the playbook does not map by its own name, not the "Prospecting" it defaults to.
      const unmapped = unmappedCrmStage({ stage }, input.deal);
      const stageName = unmapped !== null ? text('why.stageUnmapped', { stage: unmapped }) : stage.id === 'lost' ? '' : text('why.stageMapped', { stage: playbook.stages[STAGE_IDS.indexOf(stage.id)]?.name[locale] ?? stage.id });
      action =
        until > now
          ? { ...make('snooze', until, text('why.promiseNoDay', { quote, days, tier: tier ?? 'C', stage: stageName, date: dateText(until) }), until), label: text('action.promise', { date: dateText(until) }), step: 'promise' as const }
          : { ...make('follow_up', until, text('why.promiseOver', { quote, date: dateText(until) })), label: text('action.promiseOver'), step: 'promise_over' as const };
    } else if (fresh && ownWords && ((stage.id === 'lost' && wantsBack(ownWords)) || comeBack)) {
      // A customer we lost wants to talk again: the door they opened is answered today, not a re-opening months away.
      // (a meeting they ask for with it, "下週您方便嗎？", "could we talk next week?": two times offered today)
      lastKind = 'question';
      const asked = reading.question && wantsBack(reading.question.text) ? reading.question.text : null;
      quote = asked ?? comeBack ?? wantsBack(ownWords);
      const why = text('why.comeBack', { quote: quote ?? '' });
      // (a time to talk they name, "下週您方便嗎？", "early January", or a meeting asked: two times in it, offered today)
      const when = reading.namedDate && reading.namedDate.at > at && reading.namedDate.at - at <= COME_BACK_SLOTS_DAYS * DAY ? reading.namedDate : null;
      const slots = when !== null || (reading.question !== null && aboutMeeting(reading.question.text));
      const from = when ? workday(when.at) : null;
      slotsFrom = slots && from !== null && from > dayOf(at) ? from : null;
      cameBack = true;
      action = slots
        ? { ...make('answer_question', at, why), label: slotsFrom !== null ? text('action.meetingSlotsFrom', { day: dateText(slotsFrom) }) : text('action.meetingSlots'), step: 'meeting_slots' as const }
        : asked ? make('answer_question', at, why) : { ...make('answer_question', at, why), label: text('action.request'), step: 'request' as const };
    } else if (reading.namedDate && (SNOOZABLE.has(reading.category) || (reading.unsure && fresh && !reading.question && !request && !CUSTOMER_CONCERNS.has(reading.category))) && !namesCurrentPeriod(reading.namedDate.text) && !(fresh && arrange?.kind === 'slots') && !(reading.namedDate.starts && stageIndex >= STAGE_IDS.indexOf('negotiate')) && !(fresh && reading.category === 'none' && reading.question) && !(fresh && otherClauseThanRequest(reading.namedDate.text)) && (fresh || reading.namedDate.at > lastOut) && stage.id !== 'lost') {
      lastKind = 'snooze';
      quote = reading.namedDate.text;
      // A period they named ("next quarter", 春节后, "next month") starts on whatever day it starts: we come back on their first working day of it.
      const until = workday(reading.namedDate.at);
      action =
        until > now || !(lastOut > until)
          ? until > now
            ? make('snooze', until, reading.namedDate.holiday ? text('why.snoozeHoliday', { quote: reading.namedDate.text, holiday: text(`holiday.${reading.namedDate.holiday}`), date: dateText(until) }) : text('why.snooze', { quote: reading.namedDate.text, date: dateText(until) }), until)
            : make('follow_up', until, text('why.snoozeOver', { quote: reading.namedDate.text, date: dateText(until) }))
          : null;
    } else if (fresh && passedUp && stage.id !== 'lost' && stageIndex < DELIVER) {
      // The deal now sits with someone we have never spoken to: today, a one-page summary our contact can forward as it is, and a short call with that person offered.
      lastKind = 'reply';
      quote = passedUp.text;
      action = { ...make('follow_up', at, text('why.forwardedUp', { referrer, whom: passedUp.to, quote })), label: text('action.forwardedUp', { referrer, whom: passedUp.to }), step: 'forwarded_up' as const };
    } else if (fresh && review && stageIndex < DELIVER) {
      // Their security, IT or compliance people review us first ("资安团队要先审一下", "it needs to go through infosec"): the
      // fit, authority or trust objection the reader leans to is that review; what speeds it (our security pack) goes today.
      lastKind = 'reply';
      quote = review;
      action = { ...make('follow_up', at, text('why.securityReview', { quote, date: dateText(at) })), label: text('action.securityReview'), step: 'security_review' as const };
    } else if (fresh && offerTaken?.kind === 'rest') {
      // A yes to our offer to leave them be ("Shall I close your file for now?" / "yes", 要不要我先不再联系您？/ 好的): the sequence stops.
      lastKind = 'stop';
      quote = ownWords;
      action = make('stop', at, text('why.offerRest', { quote: ownWords ?? '', offer: withoutSalutation(offerTaken.text) }));
    } else if (fresh && offerTaken) {
      lastKind = 'reply';
      quote = ownWords ?? lastWord.text;
      const offered = withoutSalutation(offerTaken.text);
      const met = offerTaken.meeting;
      if (met?.kind === 'slots') {
        // (times from the period we proposed, "next week": from its first working day)
        lastKind = 'question';
        const from = met.at !== null ? workday(met.at) : null;
        slotsFrom = from !== null && from > dayOf(at) ? from : null;
        const why = text('why.offerYesMeeting', { quote, offer: offered });
        action = slotsFrom !== null
          ? { ...make('answer_question', at, why), label: text('action.meetingSlotsFrom', { day: dateText(slotsFrom) }), step: 'meeting_slots' as const }
          : { ...make('answer_question', at, why), label: text('action.meetingSlots'), step: 'meeting_slots' as const };
      } else if (met && met.at !== null) {
        // (a day we proposed: the invite ours to send today, at the hour we named or one we pick; with the hour, held on its day)
        lastKind = 'meeting';
        meeting = { at: met.at, time: met.words ? meetingTime(offered, met.words) : null };
        action = met.kind === 'held'
          ? { ...make('follow_up', confirmBy(met.at), text('why.offerYesMeeting', { quote, offer: offered })), label: text('action.meeting', { date: dateText(met.at) }), step: 'meeting' as const }
          : { ...make('follow_up', at, text('why.offerYesMeeting', { quote, offer: offered })), label: text('action.meetingInvite', { date: dateText(met.at) }), step: 'meeting_invite' as const };
      } else {
        const thing = offerTaken.kind === 'send' ? (offerTaken.thing ?? '') : '';
        action = { ...make('follow_up', at, text('why.offerYes', { quote, offer: offered, date: dateText(at) })), label: thing ? text('action.offerSend', { thing }) : text('action.offerDo'), step: 'offer_yes' as const };
      }
    } else if (fresh && sayPlainly) {
      // (not a question to quote back with "[your answer]": what we wrote, again, in one plain line)
      lastKind = 'question';
      quote = sayPlainly;
      action = { ...make('answer_question', at, text('why.sayPlainly', { quote, date: dateText(at) })), label: text('action.sayPlainly'), step: 'say_plainly' as const };
    } else if (fresh && clarify && ourLast) {
      // (a customer's "?" to our invoice, "What?" to a renewal reminder: what our last message meant, answered today; no introduction)
      lastKind = 'question';
      quote = clarify;
      action = { ...make('answer_question', at, text('why.clarify', { quote, date: dateText(at), offer: withoutSalutation(ourLast.text).slice(0, 120) })), label: text('action.clarify') };
    } else if (stage.id === 'lost' && (reading.category !== 'none' || reading.namedDate)) {
      // (a lost deal's day to come back, "open to hearing from us in a year", is the day it is re-opened with an offer, below: not a snooze)
      // On a deal the CRM has closed as lost, their objection is why it was lost: nothing to answer
      // today; the deal is re-opened later with an offer (below), the reason kept in view.
      lastKind = reading.category !== 'none' ? 'objection' : 'snooze';
      quote = reading.category !== 'none' ? (reading.evidence?.text ?? null) : reading.namedDate?.text ?? null;
    } else if (fresh && (reading.category !== 'none' || tiedTwo) && !volume && !passedUp && !quoteAsked && !(reading.category === 'fit' && reading.question && asksWhetherItFits(reading.question.text, ownWords ?? '')) && !(listLeft && reading.category === 'brush_off') && !(reading.question && TRIAL_EXTENDED.test(reading.question.text) && (reading.category === 'contract' || reading.category === 'timing')) && !(reading.question && ownWords && whoAsks(ownWords)) && !(request && isPartialYes(request, ownWords ?? request)) && !isAcknowledgement(ownWords ?? lastWord.text) && !(reading.unsure && (reading.question || request) && !priceOnTable && !tiedTwo) && !(request && isChase(request) && reading.confidence < 0.8) && !(request && asksForProof(request) && (reading.category === 'trust' || reading.category === 'value')) && !(reading.unsure && stageIndex >= DELIVER && (!(CUSTOMER_CONCERNS.has(reading.category) || (reading.category === 'budget' && PRICE_INCREASE.test(ownWords ?? ''))) || reading.question))) {
      // (nor "does it integrate with SAP?" the fit objection: a question, answered today whatever the tier)
    // (nor is "Who is this? How did you get my number?" a brush-off: who we are is answered, below)
      // An unsure reading does not outrank a plain question or request: answer what they asked (the reply card shows both readings;
      // "still waiting on the updated pricing" leans to price). Nor does a reading under 0.8 outrank a chase for what we owe them.
      // But a question about the money once our price is on the table ("any room on the price?") is the price
      // objection itself (DOMAIN.md § 5: negotiation), whichever of price and budget it leans to. Only thanks or a
      // season's greeting holds no objection, whatever the reader leans to ("Merry Christmas…" read as timing). A customer's
      // words the reader is unsure of are not played out as an objection (a signed contract sent back read as a brush-off).
      lastKind = 'objection';
      // A second objection voiced in a clause of its own and read sure enough: both answered in one reply, the one that blocks the deal first.
      // (or two concerns their words name plainly while the reader cannot tell its readings apart: those two, whichever reading came first)
      two = ownWords ? twoObjections(reading, ownWords) : null;
      const answered = answeredObjection(reading, two);
      quote = answered === reading.category ? (reading.evidence?.text ?? null) : (two?.first.quote ?? null);
      const name = playbook.objections.find((o) => o.id === reading.category)?.name[locale] ?? reading.category;
      // Too close to call: the reason names the other reading too, as the reply card does where the rep picks one
      // ("Too expensive" firm above "too expensive or a competitor? not sure which" below read as two answers).
      const other = reading.unsure ? reading.readings.find((r) => r.category !== reading.category) : undefined;
      const otherName = other && other.category !== 'none' ? playbook.objections.find((o) => o.id === other.category)?.name[locale] : undefined;
      const nameOf = (id: string) => playbook.objections.find((o) => o.id === id)?.name[locale] ?? id;
      const objection = two ? nameOf(two.first.category) : other?.category === 'none' ? text('why.objectionOrNone', { objection: name }) : otherName ? text('why.objectionOr', { objection: name, other: otherName }) : name;
      action = make('answer_objection', answerDue(), text(redline ? 'why.redlineObjection' : repNote ? (slow ? 'why.noteObjectionC' : 'why.noteObjection') : voice === 'quoted' ? (slow ? 'why.quotedObjectionC' : 'why.quotedObjection') : slow ? 'why.objectionC' : 'why.objection', { objection, date: dateText(at) }));
      if (two) {
        const params = { first: nameOf(two.first.category), second: nameOf(two.second.category), quote: two.second.quote };
        action.why = `${action.why} ${text(two.blocks ? 'why.twoObjectionsBlocks' : 'why.twoObjections', params)}`;
        action.label = text('action.twoObjections', params);
      }
    } else if (fresh && reading.question && !asksUsToDo(reading.question.text) && !questionJoinsRequest(reading.question.text, request, quoteAsked)) {
      lastKind = 'question';
      // (a forward whose note asks us to answer what is below: the colleague's question below is the one to answer)
      quote = forwardedQuestion(lastWord.text, reading.question.text) ?? reading.question.text;
      action = make('answer_question', at, text('why.question', { date: dateText(at) }));
    } else if (fresh && (request || (reading.question && asksUsToDo(reading.question.text)))) {
      // Asked of us without a question mark ("kindly share the revised quotation", 麻烦重新开一张发票, a chase, a
      // counter-offer), or asked as a question of something to do (能不能把演示录像再发一份给我们？): our move today
      // like a question, for a customer too (not the next quarterly check).
      lastKind = 'question';
      // (with the question that only finishes it: "…provided SSO is part of it. Is it?", "Could we add 20 more licences? Please send a quote.")
      const joined = request && reading.question && questionJoinsRequest(reading.question.text, request, quoteAsked) && !request.includes(reading.question.text) ? [reading.question.text, request].sort((a, b) => (ownWords ?? '').indexOf(a) - (ownWords ?? '').indexOf(b)).join(' ') : null;
      const asked = joined ?? request ?? reading.question?.text ?? '';
      quote = asked;
      action = { ...make('answer_question', at, text('why.request', { date: dateText(at), quote: asked })), label: text('action.request'), step: 'request' as const };
    } else if (fresh && agreedMeeting) {
      // "ok" / 好 to the meeting our last message proposed: that meeting, confirmed on its day.
      lastKind = 'meeting';
      quote = agreedMeeting.words;
      meeting = { at: agreedMeeting.at, time: agreedMeeting.time };
      action = { ...make('follow_up', confirmBy(agreedMeeting.at), text(confirmBy(agreedMeeting.at) === agreedMeeting.at ? 'why.meeting' : 'why.meetingConfirm', { quote, date: dateText(agreedMeeting.at) })), label: text('action.meeting', { date: dateText(agreedMeeting.at) }), step: 'meeting' as const };
    } else if (fresh) {
      lastKind = 'reply';
      quote = lastWord.text.slice(0, 200);
      // A customer's words with nothing to answer (no question, no complaint) and a lost deal's last
      // note leave the cadence to the after-sales check or the re-opening below, not "our move" today.
      // Only thanks or a receipt ("Thanks, got it", 好的，收到): the exchange rests, and the follow-up comes by
      // the tier's cadence from their words, not as "our move" due the day they wrote.
      if (stage.id !== 'lost' && stageIndex < DELIVER) {
        const rested = isAcknowledgement(ownWords ?? lastWord.text) ? rest(at) : null;
        action = rested ? make('follow_up', rested.due, rested.why) : make('follow_up', at, text('why.replied', { date: dateText(at) }));
      }
    }
  }

  if (!action && (lateTask || lateOwn)) {
    action = doLateTask();
  }
  const repSnooze = contact?.snooze ?? deal?.snooze;
  if (!action && stage.id === 'lost') {
    const base = Number.isFinite(lastAny) ? lastAny : now;
    const offer = playbook.triggers.reactivationOffer[locale];
    // A time they named for coming back ("check back after their contract renews in a year", 明年再说) is when to re-open.
    const back = reading?.namedDate && reading.namedDate.at > now ? { ...reading.namedDate, at: workday(reading.namedDate.at) } : null;
    const because = lastKind === 'objection' && quote ? quote : null;
    action = back
      ? make('reopen', back.at, because ? text('why.lostBecauseUntil', { quote: because, when: back.text, date: dateText(back.at), offer }) : text('why.lostUntil', { when: back.text, date: dateText(back.at), offer }))
      : make('reopen', workday(addDays(base, playbook.triggers.dormantAfterDays)), because ? text('why.lostBecause', { quote: because, offer }) : text('why.lost', { offer }));
  }
  if (!action && repSnooze && repSnooze.until > now) {
    // The rep's own snooze: their choice, not the prospect's ask ("as they asked" beside "You put this off" disagreed).
    action = make('snooze', repSnooze.until, text('why.repSnooze', { date: dateText(repSnooze.until) }), repSnooze.until, {}, 'action.repSnooze');
  }
  const touchedOut = lastOut > -Infinity || (deal !== null && dealActivity.length > 0);
  if (!action && retireForNeed) {
    action = make('reopen', workday(addDays(Math.max(lastAny, now), playbook.triggers.dormantAfterDays)), text('why.needMismatch'));
  }
  if (!action && samePerson) {
    const stageName = samePerson.stage === 'lost' ? samePerson.stage : (playbook.stages[STAGE_IDS.indexOf(samePerson.stage)]?.name[locale] ?? samePerson.stage);
    const params = { name: samePerson.name, where: samePerson.where, stage: stageName };
    action = { ...make('follow_up', contact?.createdAt ?? now, text('why.samePerson', params)), label: text('action.samePerson', params), step: 'same_person' as const };
  }
  // A first touch is for someone we have never exchanged with: not a lead who wrote first, not a customer.
  if (!action && !touchedOut && lastIn === -Infinity && stageIndex < DELIVER) {
    // (past qualification nobody is new: a deal in negotiation with no touch on record has simply not
    // logged them, and "first touch" beside "Negotiation" would contradict the header)
    // (met before, and their budget set in a month, as the rep's notes on the lead say: no stranger to write to today, but a
    // touch in the month before their budget is fixed, "Met at Japan IT Week in Oct… budget gets fixed in February": January)
    // (only the rep's own notes: a profile's About is the lead's own words, "Spoke at the CFO Leadership Summit… our budget is set in March")
    const notes = contact?.leadNotes ? metWithBudgetMonth(contact.leadNotes) : null;
    const before = notes ? workday(touchBeforeBudget(notes.month, now)) : null;
    // (or when to get in touch again, "wants to revisit once settled (late Jan)", 請一月中再聯絡: a first touch on that day, not today)
    const again = contact?.leadNotes && !(before !== null && before > dayOf(now)) ? contactAgainOn(contact.leadNotes, now) : null;
    const againOn = again ? workday(again.at) : null;
    action =
      stageIndex > STAGE_IDS.indexOf('qualify')
        ? make('follow_up', deal?.capturedAt ?? contact?.createdAt ?? now, text('why.noTouchOnRecord', { stage: playbook.stages[stageIndex]?.name[locale] ?? stage.id }))
        : notes && before !== null && before > dayOf(now)
        ? make('first_touch', before, text('why.budgetCycle', { met: notes.met, budget: notes.budget, date: dateText(before) }), null, { date: dateText(before) }, 'action.budgetCycle')
        : again && againOn !== null
        ? make('first_touch', againOn, text('why.notesSayWhen', { quote: again.quote, date: dateText(againOn) }), null, { date: dateText(againOn) }, 'action.notesSayWhen')
        : make('first_touch', contact?.createdAt ?? deal?.capturedAt ?? now, text('why.firstTouch'));
  }
  const streak = unansweredStreak(exchanges);
  if (!action && streak >= playbook.triggers.retireAfterUnanswered && stageIndex < DELIVER) {
    action = make('reopen', workday(addDays(lastOut, playbook.triggers.dormantAfterDays)), text('why.silent', { count: streak, offer: playbook.triggers.reactivationOffer[locale] }));
  }
  const idleDays = Number.isFinite(lastAny) ? Math.floor((now - lastAny) / DAY) : 0;
  if (!action && idleDays >= playbook.triggers.dormantAfterDays && stageIndex < DELIVER) {
    action = make('reopen', now, text('why.dormant', { days: idleDays, offer: playbook.triggers.reactivationOffer[locale] }));
  }
  // Signed but not yet live: the kick-off first, then progress updates; the after-sales checks wait for go-live.
  const liveTexts = [...(input.conversation?.messages ?? []).map((m) => m.text), ...(deal?.record.activity ?? []).map((a) => a.text)];
  if (!action && stage.id === 'deliver' && !saysLive(liveTexts)) {
    const signedQuote = stage.evidence.find((e) => e.kind === 'signed')?.quote;
    const signedMessage = signedQuote ? input.conversation?.messages.find((m) => m.at !== null && m.text.includes(signedQuote)) : undefined;
    const closed = deal?.record.closeAt !== undefined && deal.record.closeAt <= now ? deal.record.closeAt : undefined;
    // When the signing day is not shown (a CRM's "Closed won" with no close date), a touch of ours since is the kick-off's.
    const signedAt = signedMessage?.at ?? closed ?? (lastOut > -Infinity ? lastOut - 1 : Number.isFinite(lastAny) ? lastAny : now);
    // Their words or the record say the kick-off has happened ("Kick-off call went well", 启动会开得很顺利): progress updates from that day.
    const said = [...(input.conversation?.messages ?? []), ...(deal?.record.activity ?? []).map((a) => ({ at: a.at ?? null, text: a.text }))];
    const held = kickoffHeld(said);
    // A note or their words say the kick-off is booked ("Kick-off … set for 12 January", 已约好启动会): that step is done; next, prepare it (before its day), or, its day past, progress from it.
    const booked = held ? null : kickoffBooked(said);
    const bookedAfterSigning = booked && booked.at >= signedAt ? booked : null;
    if (bookedAfterSigning) kickoffOn = bookedAfterSigning.on;
    action =
      held && held.at >= signedAt && held.at >= lastOut
        ? { ...make('follow_up', workday(addDays(held.at, PROGRESS_EVERY_DAYS)), text('why.kickoffHeld', { quote: held.text, days: PROGRESS_EVERY_DAYS, date: dateText(held.at) })), label: text('action.progress'), step: 'progress' as const }
        : bookedAfterSigning && bookedAfterSigning.on !== null && bookedAfterSigning.on < dayOf(now)
        ? { ...make('follow_up', workday(addDays(bookedAfterSigning.on, PROGRESS_EVERY_DAYS)), text('why.kickoffBookedPast', { quote: bookedAfterSigning.text, days: PROGRESS_EVERY_DAYS, date: dateText(bookedAfterSigning.on) })), label: text('action.progress'), step: 'progress' as const }
        : bookedAfterSigning
        ? bookedAfterSigning.on !== null
          ? { ...make('follow_up', Math.max(dayOf(bookedAfterSigning.at), workingDaysBefore(bookedAfterSigning.on, KICKOFF_PREP_DAYS, theirHolidays)), text('why.kickoffBooked', { quote: bookedAfterSigning.text, days: KICKOFF_PREP_DAYS, date: dateText(bookedAfterSigning.on) })), label: text('action.kickoffPrep', { date: dateText(bookedAfterSigning.on) }), step: 'kickoff_prep' as const }
          : { ...make('follow_up', addWorkingDays(bookedAfterSigning.at, 1, theirHolidays), text('why.kickoffBookedNoDay', { quote: bookedAfterSigning.text })), label: text('action.kickoffPrepNoDay'), step: 'kickoff_prep' as const }
        : lastOut > signedAt
        ? { ...make('follow_up', workday(addDays(lastOut, PROGRESS_EVERY_DAYS)), text('why.progress', { days: PROGRESS_EVERY_DAYS, date: dateText(lastOut) })), label: text('action.progress'), step: 'progress' as const }
        : { ...make('follow_up', workday(addDays(signedAt, 1)), text('why.kickoff', { date: dateText(signedAt) })), label: text('action.kickoff'), step: 'kickoff' as const };
  }
  if (!action && (stage.id === 'retain' || stage.id === 'deliver')) {
    const days = playbook.afterSales.revisitDays[tier === 'A' ? 'A' : 'B'];
    const base = Number.isFinite(lastAny) ? lastAny : now;
    const check = workday(addDays(base, days));
    // (our renewal's day on record: the renewal begins a quarter before it, when that comes before the next check)
    const renewalStart = renewalStartFrom(base);
    action = renewsOn && renewalStart !== null && renewalStart <= check ? renewalAction(renewalStart, renewsOn) : make('after_sales_check', check, text('why.afterSales', { tier: tier ?? 'C', days }));
  }
  if (!action) {
    const base = Number.isFinite(lastOut) ? lastOut : Number.isFinite(lastAny) ? lastAny : now;
    // The first follow-up after our proposal, quote or contract comes within a few working days, whatever the tier's cadence.
    const sent = !closeDatePassed && stage.id !== 'lost' && stageIndex < DELIVER ? sentWithLastMessage(input.conversation?.messages ?? [], lastOut) : null;
    // (our note after a meeting they missed: within two working days, while they still mean to meet)
    const noShow = !closeDatePassed && stage.id !== 'lost' && stageIndex < DELIVER ? noShowNote(input.conversation?.messages ?? [], lastOut) : null;
    const afterSending = sent ? addWorkingDays(lastOut, sent.days, theirHolidays) : noShow ? addWorkingDays(lastOut, NO_SHOW_FOLLOW_UP_DAYS, theirHolidays) : Infinity;
    const tierDue = addDays(base, everyDays);
    const byCadence = closeDatePassed ? Math.min(now, tierDue) : afterSending < tierDue ? afterSending : workday(tierDue);
    // The rep's own snooze has ended with nothing since: it comes back on its day, not at the next cadence date.
    const snoozeOver = repSnooze && repSnooze.until <= now && !(lastAny >= repSnooze.until) && repSnooze.until < byCadence ? repSnooze.until : null;
    const due = snoozeOver ?? byCadence;
    const cadence = tierInfo?.cadenceLabel[locale] ?? '';
    const why = closeDatePassed
      ? text('why.closeDatePassed', { date: dateText(deal.record.closeAt ?? now) })
      : snoozeOver !== null
        ? text('why.repSnooze', { date: dateText(snoozeOver) })
        : noShow && !sent && afterSending < tierDue
          ? text('why.noShow', { days: NO_SHOW_FOLLOW_UP_DAYS, date: dateText(lastOut) })
        : sent && afterSending < tierDue
          ? text('why.afterSending', { what: sentText(sent.evidence.kind), days: sent.days, date: dateText(lastOut), quote: sent.evidence.quote })
          : text('why.cadence', { tier: tier ?? 'C', cadence, date: Number.isFinite(base) && lastOut > -Infinity ? dateText(lastOut) : dateText(base) });
    // While qualifying, the follow-up asks the heaviest BANT fact still unknown.
    const missing = !insight && stageIndex <= STAGE_IDS.indexOf('qualify') ? scoreBant(contact?.bant ?? UNKNOWN_BANT, playbook, locale).missing[0] : undefined;
    const ask = missing ? ` ${text('why.ask', { fact: playbook.bant.facts[missing].name[locale], question: playbook.bant.facts[missing].question[locale] })}` : '';
    // (the rep's own next step on the record, HubSpot's "Next step", Salesforce's Next Step, named beside it)
    const nextStep = deal?.record.nextStep ? ` ${text('why.crmNextStep', { quote: deal.record.nextStep })}` : '';
    action = make('follow_up', due, why + ask + nextStep);
  }

  if (listLeft && action.kind !== 'stop') action.why = `${action.why} ${text('why.listLeft', { quote: listLeft.text })}`;
  const moved = holiday as { skipped: Holiday; from: number; to: number } | null;
  if (moved && action.due === dayOf(moved.to)) action.why = `${action.why} ${text('why.holiday', { holiday: moved.skipped.name[locale], date: dateText(moved.from), next: dateText(moved.to) })}`;

  // Exit criteria the store can prove.
  const stageEntry = stage.id === 'lost' ? undefined : playbook.stages[STAGE_IDS.indexOf(stage.id)];
  const ticked = new Set([...(contact?.exitCriteriaMet ?? []), ...(deal?.exitCriteriaMet ?? [])]);
  const bantKnown = contact?.bant ? Object.values(contact.bant).filter((v) => v !== 'unknown' && v !== null).length : 0;
  const proven: Record<string, boolean> = {
    source_recorded: (contact?.sources.length ?? 0) > 0 || deal !== null,
    first_touch: touchedOut || lastIn > -Infinity,
    bant_scored: insight ? insight.bant.gaps.length === 0 : bantKnown === 4,
    tier_assigned: insight ? insight.bant.score.tier !== null : bantKnown > 0,
    signed: stage.evidence.some((e) => e.kind === 'signed'),
  };
  const exitCriteria = (stageEntry?.exitCriteria ?? []).map(({ id }) => {
    const byStore = proven[id] === true;
    return { id, met: byStore || ticked.has(id), by: byStore ? ('store' as const) : ticked.has(id) ? ('rep' as const) : null };
  });

  // Every exit criterion met: the next stage is offered (one click), never applied silently.
  const nextId = stage.id !== 'lost' ? STAGE_IDS[STAGE_IDS.indexOf(stage.id) + 1] : undefined;
  // Not for someone who asked us to stop: no stage move on screen beside "do not contact again".
  if (action.kind === 'stop') stage.suggested = null;
  else if (!deal && contact && !samePerson && !stage.suggested && nextId && exitCriteria.length > 0 && exitCriteria.every((c) => c.met)) {
    const current = stageEntry?.name[locale] ?? stage.id;
    stage.suggested = nextId;
    stage.evidence.unshift({ kind: 'exit-met', stage: nextId, quote: text('why.exitMet', { stage: current }) });
  }

  return {
    stage,
    tier,
    // (their words as the reader quoted them may open with a greeting: "王总，价格太贵了" is quoted from 价格)
    last: { who, at: lastAt, kind: lastKind, quote: quote === null ? null : withoutSalutation(quote), ...(voice ? { voice } : {}) },
    action,
    exitCriteria,
    flags: { closeDatePassed },
    referral: lastKind === 'referral' ? (gone ? { ...gone, ...(leftFull ? { leaver: leftFull } : {}), ...(passedOnBy ? { passedOnBy } : {}) } : movedTo && referral?.name && namedContact ? { ...referral, left: true, leaver: namedContact, passedOnBy: firstNameOf(namedContact) } : (referral ?? awayTo)) : action.step === 'leaving' && handover?.name ? { ...handover, leaver: namedContact ?? contact?.name ?? null } : null,
    meeting,
    request,
    counter: lastKind === 'question' && action.step === 'counter' ? counter : null,
    slotsFrom: action.step === 'meeting_slots' ? slotsFrom : null,
    cameBack: cameBack && action.step === 'meeting_slots',
    // (a first touch to someone the rep's notes say we met: written as to someone met, where and when the notes say)
    met: action.kind === 'first_touch' && contact?.leadNotes ? metBefore(contact.leadNotes) : null,
    offered: action.step === 'offer_yes' && offerTaken && offerTaken.kind !== 'meeting' && offerTaken.kind !== 'rest' ? { kind: offerTaken.kind, text: offerTaken.text, thing: offerTaken.thing } : null,
    dueBy: action.step === 'deadline' ? (reading?.namedDate?.at ?? null) : action.step === 'kickoff_prep' ? kickoffOn : null,
    forwardedUp: action.step === 'forwarded_up' ? (passedUpOn ?? passedUp) : null,
    bounced: action.step === 'bounced' ? bounce : null,
    samePerson: action.step === 'same_person' ? samePerson : null,
    twoObjections: action.kind === 'answer_objection' ? two : null,
  };
}
