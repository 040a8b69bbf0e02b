import { PLEASE_SEND } from '../nlp/please';
import { THEIR_SIDE_EN, THEIR_SIDE_ZH } from './promise';
import { sentenceAt } from './sentence';

/**
 * Something they ask us to do, written without a question mark: "Kindly share the revised quotation
 * with GST breakup", "we need your bank details before we can raise a PO", "we still haven't
 * received the SOC 2 report", "if you can do 15% off I can get this signed", 麻烦重新开一张发票,
 * 我们想先聊一下价格, send份合約過嚟. It is our move today like a question (it was read as "they
 * replied" and answered with "following up on my last message", or for a customer left to the
 * next quarterly check).
 *
 * Courtesies that ask nothing ("please find attached", "let me know if you need anything") are
 * not requests.
 */
/** A chase for something we owe them ("still waiting on the updated pricing", 还没收到报价). */
// (not a wait on someone of their own side: "still waiting on the data-retention answer from their DPO", "still waiting for our
// legal team", "haven't heard back from our CFO", 还没收到法务的意见: their step, see `waitingOnTheirSide`)
const EN_CHASE = new RegExp(String.raw`\b(?:have|has)(?:n'?t|n’t| not)(?: yet)? (?:received|got|gotten|seen|heard back)\b(?!\s+from ${THEIR_SIDE_EN})|\bstill waiting (?:for|on)\b(?!\s+${THEIR_SIDE_EN}|[^.!?;\n]{0,60}?\bfrom ${THEIR_SIDE_EN})|\bper my (?:last|previous|earlier) (?:email|mail|message|note)\b|\bstill (?:no sign|nothing) of\b|\b(?:never|did(?:n['’]t| not)) (?:got|get|receive[d]?|see|saw)(?: (?:the|your|our|an?|that|this))? (?:proposal|quote|quotation|contract|invoice|email|e-mail|deck|agreement|order form|attachment|pricing|document|link)s?\b|\bwent (?:in)?to (?:the |my |our |his |her )?(?:spam|junk)\b`, 'i');
const ZH_CHASE = new RegExp(String.raw`(?:(?:还|還|仲)(?:没|沒|未)(?:有)?(?:收到|看到|拿到)|(?:一直|仍然|依然)(?:没|沒|未)(?:有)?(?:收到|看到)|(?:没|沒|未|冇)(?:有)?(?:收到|收過|收过)(?:你们|你們|您|你|你哋)?(?:的|嘅|发的|發的|寄的)?(?:方案|报价|報價|合同|合約|邮件|郵件|资料|資料|发票|發票|quotation|proposal)|(?:进了|進了|入咗|跑到|掉进|掉進)(?:垃圾(?:邮件|郵件|箱|信箱)))(?![^。！？!?，,\n]{0,4}?(?:${THEIR_SIDE_ZH}))`);

/** Proof asked of us (references, a case study, customers in their industry, 案例): ours to send today, whatever doubt it voices. */
const PROOF_ASKED = /\b(?:references?|reference (?:customers?|calls?|sites?)|case stud(?:y|ies)|customer stor(?:y|ies)|success stor(?:y|ies)|testimonials?)\b|案例|参考客户|參考客戶|客户名单|客戶名單|成功故事|标杆客户|標竿客戶/i;

/** Whether their request asks for proof we can send (a reference, a case study). */
export function asksForProof(request: string): boolean {
  return PROOF_ASKED.test(request);
}

/** Whether their request is a chase for something we owe them: ours to send, whatever objection a reading leans to. */
export function isChase(request: string): boolean {
  return EN_CHASE.test(request) || ZH_CHASE.test(request);
}

/**
 * A yes once the pilot or trial meets its mark ("If we hit that by January 15 we will sign the annual
 * contract", 试点的验收标准…达到了就签年度合同, 試點效果達標我們就採購): a request to confirm the criteria
 * and how they are measured, not a signature asked for now.
 */
const SIGN_ON_RESULTS: readonly RegExp[] = [
  /\bif (?:we (?:hit|meet|reach|achieve|see)\b|the (?:pilot|trial|poc|test)s? (?:works?|succeeds?|goes well|shows?|hits?|meets?)\b|it (?:works|delivers|hits|meets)\b)[^.!?\n]{0,60}?\b(?:we(?:'ll|’ll| will| are going to)|then we)\b[^.!?\n]{0,20}?\b(?:sign|go ahead|proceed|buy|order|roll|move forward|commit|expand|convert)\b/i,
  /(?:达到|達到|达标|達標|做到|实现|實現|验收通过|驗收通過|成功|效果好|效果不错|效果不錯)(?:了|的话|的話)?[^。！？\n]{0,6}?(?:就|我们就|我們就|我哋就)(?:可以)?(?:签|簽|下单|下單|采购|採購|推广|推廣|全面|买|買|落单|落單)/,
];

/** Whether their request signs only once the pilot meets its mark: no buying signal yet, no stage moved. */
export function signsOnResults(request: string): boolean {
  return SIGN_ON_RESULTS.some((p) => p.test(request));
}

const EN_REQUEST = [
  // please / kindly + a verb of something we do
  /\b(?:please|pls|plz|kindly)\b(?! (?:find|see|note|don['’]?t hesitate|do not hesitate|feel free|let (?:me|us) know if|keep (?:me|us) posted))[^.!?\n]{0,50}?\b(?:send|share|resend|re-send|reissue|re-issue|issue|provide|forward|update|revise|advise|arrange|book|schedule|prepare|fill|complete|add|remove|change|correct|fix|check|look into|sort|confirm|quote|email|mail|call|ring|submit|get)\b/i,
  // a "could you …" written as a statement
  /\b(?:could|can|would) you(?: please| kindly| possibly)?\b (?!let (?:me|us) know if)[a-z]/i,
  // what they need from us to go on
  /\b(?:we|i)(?:'d|’d| would| will|'ll|’ll| still| also)? (?:need|require)\b (?:your|you to|the|an?|updated|revised|a copy|copies|confirmation|written|signed)\b/i,
  // someone of theirs needs us to do something ("our procurement team needs you to complete the vendor questionnaire")
  /\b(?:needs?|requires?|will need|would need|asks?|asked|would like|wants?) (?:you|us) to (?:complete|fill (?:out|in)|sign|countersign|submit|return|provide|send|answer|register|upload|share|confirm|quote|price|prepare)\b/i,
  // someone of theirs needs a thing of ours changed ("our finance team needs the quote re-issued in the company name")
  /\b(?:needs?|requires?|will need|would need) (?:the|a|an|your|our) [^.!?\n]{0,40}?\b(?:re-?issued|re-?sent|updated|revised|signed|completed|corrected|changed|amended|split|broken down)\b/i,
  // a document of ours someone of theirs needs ("IT needs the SOC 2 report and your DPA before we go further")
  /\b(?:needs?|requires?|will need|would need|asks? for|asked for)\s+(?:the|your|a|an|our|a copy of (?:the|your))\s+[^.!?\n]{0,40}?\b(?:report|certificate|certification|dpa|policy|questionnaire|documentation|docs|w-?9|bank details|insurance|references?|case stud(?:y|ies)|timeline|plan|sow)\b/i,
  // a yes with a condition on what we offered ("Yes to the pilot, but only for one store"): ours to adjust
  /\b(?:yes|ok(?:ay)?|sure|agreed|happy to|we(?:'re| are) in)\b[^.!?\n]{0,40}?,?\s*but (?:only|just)\b/i,
  // a yes with a condition ("We're in, provided you can have us live before 1 March", "happy to sign as long as SSO is included"): ours to confirm
  /\b(?:yes|ok(?:ay)?|deal|agreed|we(?:'re| are) in|count us in|happy to (?:go ahead|proceed|sign|move forward)|we(?:'ll| will| can) (?:sign|go ahead|proceed|move forward|buy|order))\b[^.!?\n]{0,40}?\b(?:provided(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?|only if|assuming)\b/i,
  /\b(?:provided(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?|only if)\b[^.!?\n]{0,60}?,?\s*(?:we(?:'ll| will| can)|you(?:'ve| have) got a deal|it'?s a deal)\b/i,
  // a yes once the pilot meets its mark: ours to confirm the criteria and how they are measured
  ...SIGN_ON_RESULTS,
  // a yes to part of it ("yes to the pilot, but not the full roll-out yet", "let's start with one site"): ours to set up
  /\b(?:yes|ok(?:ay)?|sure|agreed|happy|fine|go ahead|green light)\b[^.!?\n]{0,40}?,?\s*but not\b/i,
  /\b(?:let['’]?s|we(?:'d| would) (?:like|prefer) to|we(?:'ll| will| want to)) (?:start|begin|kick off) with\b/i,
  // something of ours that has to change ("this needs to be corrected before we can pay")
  /\b(?:this|it|that|which|the (?:invoice|quote|quotation|po|order|amount|bill|charge|contract|sow)s?)\b (?:needs|has|have|will need) to be (?:corrected|fixed|re-?issued|updated|changed|amended|credited|adjusted|re-?sent|revised|cancell?ed)\b|\bneeds (?:correcting|fixing|re-?issuing|updating)\b/i,
  // a chase
  EN_CHASE,
  // a counter-offer: their condition for going ahead
  /\bif you (?:can|could|are able to)\b[^.!?\n]{0,80}?\b(?:we|i)(?:'ll|’ll|'d|’d| will| can| could| would)\b/i,
  // an imperative opening a sentence, or after a yes: "Send me …", "Share the …", "Sure, send me a link and I'll grab a slot"
  /(?:^|[.!?]\s+|\n\s*|\b(?:sure|ok(?:ay)?|yes|yeah|yep|great|perfect|sounds good|happy to|of course|go ahead|why not)[,!]?\s+(?:just\s+)?)(?:send|share|resend|forward|email|drop|text|dm|message) (?:me|us|over|across|through|the|your|a|an)\b/i,
  // a go-ahead to send it: "ok, that answers it, go ahead and send the proposal" (not their own: "we'll go ahead and send the PO")
  /(?<!\b(?:we|i|they|he|she)(?:'ll|’ll|'d|’d| will| would| can| shall| are going to| 're going to)?\s)\bgo ahead and (?:send|share|resend|forward|email|issue|prepare|draw up|book|schedule|set up) (?:me|us|it|over|across|through|the|your|a|an)\b/i,
  // Indian and formal English: "at the earliest", "do the needful"
  /\b(?:at the earliest|at your earliest convenience|do the needful|revert with)\b/i,
];

const ZH_REQUEST = [
  // their ask reported in a note: they want us to produce something (让我们下周前出个方案和报价, 請我們月底前報價, 叫我哋出份quotation)
  /(?:让|讓|叫|要|请|請)(?:我们|我們|我方|我哋)[^。！？\n]{0,12}?(?:出|发|發|提供|准备|準備|报|報|做|寄)(?:一)?(?:个|個|份|版)?(?:新的|新|二期|扩容|擴容)?(?:的)?(?:方案|报价|報價|报价单|報價單|quotation|quote|proposal|合同|合約|价|價)/i,
  // 麻烦/劳驾/煩請/唔該 + a verb of something we do, a few words on ("麻烦把实施计划按周再细化一下", "唔該幫我哋開返張發票")
  /(?:麻烦|麻煩|劳驾|勞駕|烦请|煩請|唔該|唔该)[^。！？\n]{0,20}?(?:发|發|寄|开|開|提供|重新|安排|确认|確認|报|報|更新|修改|改|补|補|出|给|給|提交|准备|準備|整理|约|約|细化|細化|调整|調整|回|填|更正)/,
  // a yes with a condition ("可以，只要你們能在農曆年前上線，我們就簽", 前提是…我们就下单): ours to confirm
  /(?:只要|前提是|条件是|條件是|除非)[^。！？\n]{0,30}?(?:就|我们就|我們就|我哋就)(?:可以)?(?:按[^。！？，,\n]{1,8})?(?:签|簽|下单|下單|定|落单|落單|买|買|推进|推進|开始|開始)/,
  // a yes to part of it ("试点可以先做，全面推广明年再说", "先導入一條產線試試，其他之後再看"): ours to set up now
  /(?:试点|試點|试用|試用|第一期|一期)(?:的话|的話)?(?:可以|没问题|沒問題|同意|OK)/i,
  /先(?:做|上|导入|導入|试|試|开始|開始|启动|啟動|签|簽|买|買|用)[^。！？\n]{0,12}[，,；;][^。！？\n]{0,20}(?:再说|再說|再看|再议|再議|之后|之後|以后|以後)/,
  // 请/請 + a verb straight after ("请提供", "請您再寄一份"; not 请问, a question)
  /(?:请|請)(?:您|你|贵司|貴司)?(?:帮忙|幫忙|帮|幫)?(?:再)?(?:发|發|寄|开|開|提供|重新|安排|确认|確認|报|報|更新|修改|补|補|给|給|提交|准备|準備|整理)/,
  // a bare 请 with a day between it and its verb ("合同请年底前发过来", "報價請週五前回覆"); not a courtesy (请放心, 请见谅)
  PLEASE_SEND,
  // what they need from us
  /(?:需要|要)(?:你们|你們|贵司|貴司|您|你|你哋)(?:这边|這邊|那边|那邊)?(?:提供|发|發|寄|出|开|開|补|補|准备|準備|确认|確認|配合)/,
  // a document of ours sent to their mailbox ("完整方案发我邮箱", 報價單寄到我信箱)
  /(?:方案|资料|資料|报价单?|報價單?|合同|合約|材料|文件|说明书|說明書|介绍|介紹|ppt)[^。！？，,\n]{0,4}(?:发|發|寄|传|傳)(?:到)?(?:我|给我|給我)(?:的)?(?:邮箱|郵箱|信箱|邮件|郵件|微信|email)/i,
  // a go-ahead to send a document of ours: 那就把方案发过来吧, 可以把報價寄過來, 出份quotation嚟啦 (not 他把方案发过来了, done)
  /(?:把|将|將)(?:方案|报价单?|報價單?|合同|合約|资料|資料|proposal|quotation|quote|sow|po)(?:发|發|寄|传|傳)(?:过来|過來|给我|給我|俾我|畀我|嚟)(?![了咗])/i,
  /出(?:份|張|张|个|個)(?:quotation|quote|proposal|报价单?|報價單?|合约|合約|合同|方案)(?:嚟|来|來|俾我|畀我|给我|給我)(?![了咗])/i,
  // a chase: not received yet
  ZH_CHASE,
  // "we want to talk about … first"
  /(?:我们|我們|我哋)(?:想|希望|要)(?:先)?(?:聊|谈|談|倾|傾|沟通|溝通|商量|讨论|討論)(?:一下|一吓|吓)?(?:价格|價格|费用|費用|价钱|價錢|条款|條款|合同|合約|续费|續費|续约|續約)/,
  // Cantonese and code-switched imperatives: send份合約過嚟, 發個報價俾我, send條link俾我
  /(?:send|發|发|寄|传|傳)(?:份|個|个|張|张|返|條|条)[^。！？\n]{0,12}(?:過嚟|过来|過來|俾我|畀我|给我|給我|嚟)/i,
  // a yes, then a link or a time asked for ("好啊，发个链接给我", "可以，把预约链接发我", 好呀，你send個時間表嚟)
  /(?:好啊|好的|好呀|好吖|可以|行|没问题|沒問題|冇問題|OK)[，,！!]?\s*(?:你|您)?(?:把|将|將)?[^。！？\n]{0,10}(?:链接|鏈接|連結|link|时间|時間|日历|日曆)[^。！？\n]{0,4}(?:发|發|send|传|傳)(?:给|給|俾|畀)?(?:我|我们|我們|我哋)/i,
];

/** Where their request starts in `text`, or -1. */
function requestAt(text: string): number {
  for (const pattern of [...EN_REQUEST, ...ZH_REQUEST]) {
    const match = pattern.exec(text);
    if (match) {
      // Start at the request itself, not at the sentence boundary the imperative pattern matched.
      const at = match.index + (match[0].length - match[0].trimStart().length);
      return at + (/^[.!?]\s+|^\n\s*/.exec(text.slice(at))?.[0].length ?? 0);
    }
  }
  return -1;
}

/** A yes to part of what we offered ("yes to the pilot, but not the roll-out yet", 试点可以先做，全面推广明年再说). */
const PARTIAL_YES = /\b(?:provided(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?|only if)\b|只要|前提是|条件是|條件是|\bbut not\b|\bbut (?:only|just)\b|\b(?:start|begin|kick off) with\b|(?:试点|試點|试用|試用|第一期|一期)(?:的话|的話)?(?:可以|没问题|沒問題|同意|OK)|先(?:做|上|导入|導入|试|試|开始|開始|启动|啟動|签|簽|买|買|用)/i;

/** A yes on a condition ("happy to go ahead provided SSO is part of it", 只要…就签). */
const CONDITIONAL_YES = /\b(?:provided(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?|only if)\b|只要|前提是|条件是|條件是/i;

/** Whether their request is a yes on a condition: the condition confirmed is the step. */
export function isConditionalYes(request: string): boolean {
  return CONDITIONAL_YES.test(request);
}

/** A "but" that turns to an objection ("试点可以，但这个价格太贵了", "yes to the pilot, but the price is too high"). */
const BUT = /但|不过|不過|可是|\bbut\b(?! (?:not|only|just)\b)/i;

/**
 * Whether their request is a yes to part of our offer: ours to set up now, whatever the rest of the
 * reply puts off (the budget next year). Not when a "but" in their words turns to an objection.
 */
export function isPartialYes(request: string, words: string = request): boolean {
  return PARTIAL_YES.test(request) && !BUT.test(words);
}

/**
 * A question that asks us to do something ("Could you resend the onboarding checklist to Dev?",
 * 能不能把报价单再发一份给我们？): a request to do and say it is done, not a question to answer in words.
 */
const ASKS_US_TO_DO =
  /\b(?:could|can|would|will) you(?: please| kindly| possibly| also)? (?:re-?send|send|share|forward|email|mail|provide|prepare|fill (?:out|in)|complete|update|revise|re-?issue|issue|add|remove|correct|fix|submit|upload|loop in|copy)\b|(?:能不能|能否|可不可以|可以|可否|得唔得|可唔可以|麻烦|麻煩)[^。！？?\n]{0,15}?(?:发|發|寄|提供|补|補|send)[^。！？?\n]{0,8}?(?:给|給|俾)(?:我|我们|我們|我哋)/i;
export function asksUsToDo(question: string): boolean {
  return ASKS_US_TO_DO.test(question);
}

/** The sentence of their request, quoted; null when their words ask nothing of us. */
export function findRequest(text: string): string | null {
  const at = requestAt(text);
  return at < 0 ? null : sentenceAt(text, at);
}

/**
 * The clause of their request (its sentence cut at commas and dashes): "唔該send份quotation嚟先" of
 * "唔該send份quotation嚟先，我哋下個月再傾", so that a day named in another clause is no day for the request.
 */
export function requestClause(text: string): string | null {
  const at = requestAt(text);
  if (at < 0) return null;
  const start = Math.max(text.slice(0, at).search(/[^，,；;。！？.!?\n]*$/), 0);
  const end = /[，,；;。！？\n]|[.!?](?=\s|$)|\s[-–—]\s/.exec(text.slice(at));
  return text.slice(start, end ? at + end.index : text.length).trim();
}

/** The contract itself asked for ("can you send over the MSA?", 麻烦把合同模板发给我们法务): a buying signal by what it asks (DOMAIN.md § 6). An NDA comes before any deal. */
const CONTRACT_ASKED = /\b(?:contract|agreement|msa|master services agreement|order form|sow|statement of work)s?\b|合同|合約|合约|(?<!保密)协议|(?<!保密)協議/i;

/** Whether their request asks for the contract (to read, to sign, its template). */
export function asksForContract(request: string): boolean {
  return CONTRACT_ASKED.test(request) && !/\bnda\b|non-disclosure|保密协议|保密協議/i.test(request) && !isChase(request);
}

/** Our price asked for ("kindly revert with your best price", "best and final offer", 报个最优惠的价格, 請提供最優惠的報價). */
const QUOTE_ASKED = /\b(?:best|final|lowest|keenest|sharpest|formal|revised|updated|firm|your|a|the)(?: and final)?\s+(?:price|pricing|prices|quote|quotation|offer|rates?)\b|(?:报|報)(?:个|個|一下)?(?:最)?(?:优惠|優惠|低|好|实|實)?的?(?:价|價)|(?:最优惠|最優惠|最低|最好|最终|最終)的?(?:价格|價格|报价|報價|价钱|價錢)|(?:提供|发|發|给|給|出|寄)(?:一份|一下|个|個|份)?(?:正式)?(?:的)?(?:报价|報價|报价单|報價單)/i;
/** Their words say it costs too much: the price objection, whatever they ask beside it. */
const TOO_DEAR = /\btoo (?:high|expensive|pricey|much|steep)\b|\b(?:over|above|beyond) (?:our|the) budget\b|\bout of (?:our|the) budget\b|太贵|太貴|贵了|貴了|超(?:出|过|過)?(?:了)?(?:我们|我們)?(?:的)?预算|超(?:出|过|過)?(?:了)?(?:我们|我們)?(?:的)?預算|偏贵|偏貴/i;

/**
 * Their request asks for our price or quote ("kindly revert with your best price for 50 licences",
 * "please revert with your best and final offer by Friday", 麻烦尽快报个最优惠的价格): a step toward
 * buying, not the price objection the reader may lean to, unless their words say it costs too much.
 */
export function asksForQuote(request: string, words: string = request): boolean {
  return QUOTE_ASKED.test(request) && !TOO_DEAR.test(words) && !isChase(request);
}

/** Sending or signing the contract, in a question ("when can you send the contract?", 合同什么时候能发过来？, 合同模板发我看看？). */
const SEND_OR_SIGN = /\b(?:send|share|forward|email|sign|see|have)\b|发|發|寄|传|傳|签|簽|看看/i;

/**
 * Their request for the contract, or their question asking for it to be sent or signed ("价格可以接受，
 * 合同什么时候能发过来？"): the buying signal "asks how signing works" (DOMAIN.md § 6), not a question
 * to answer with a blank; a question about a clause ("what does the liability clause say?") is none.
 */
export function contractAskedIn(request: string | null, question: string | null): string | null {
  if (request && asksForContract(request)) return request;
  return question && asksForContract(question) && SEND_OR_SIGN.test(question) ? question : null;
}

/** They asked again before we answered: an earlier message of theirs since our last one asked us already (a question or a request). */
export function askedAgain(messages: readonly { direction: 'inbound' | 'outbound'; text: string }[]): boolean {
  let start = messages.length;
  while (start > 0 && messages[start - 1]?.direction === 'inbound') start--;
  return messages.slice(start, -1).some((m) => /[?？]/.test(m.text) || findRequest(m.text) !== null);
}
