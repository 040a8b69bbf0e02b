import { STAGE_IDS, type StageId } from '../sop/stages';
import { renewalAsk } from './renewal';
import { sentenceOver } from './sentence';
import type { SituationMessage, StageEvidence, StageEvidenceKind } from './types';

/** Asking for a quote or a proposal is not having one: "could you send a quote?"; nor is asking for the contract signed (请年底前把合同签好寄回). */
const REQUEST_BEFORE = /(?:send|share|get|needs?|wants?|requests?|requested|prepare|looking for|asking for|asks? for|asked for|could (?:i|we) (?:have|see))\s+(?:me |us )?(?:a |an |the |your )?(?:\w+ )?$|(?:请|請|麻烦|麻煩|能否|可否|能不能)(?:提供|发|發|给|給)?(?:一份|个|個)?$|(?:请|請|麻烦|麻煩|烦请|煩請)[^。！？!?，,\n]{0,8}把$|(?:要|需要|想要)(?:一份|个|個|份)$|(?:send|發|发|寄)\s?(?:份|個|个|張|张)$/i;

/**
 * A contract still to be signed: the signing ahead of them (once, when, as soon as, 等…签好), asked about
 * (签好了吗), or where to send the copy once it is (签好的合同寄到哪里？, "let me know when it is signed").
 */
const TO_BE_SIGNED_BEFORE = /\b(?:once|when|whenever|after|before|until|till|if|as soon as|whether)\s+(?:the |our |your )?$|(?:等|一旦|如果|要是|等到)$/i;
const TO_BE_SIGNED_AFTER = /^(?:了)?(?:吗|嗎|么|麼|没有|沒有|未|否|ma)|^(?:后|後|之后|之後|以后|以後|再|就|便|咗之後)|^[^。！!？?\n]{0,10}(?:哪里|哪裡|哪儿|哪兒|邊度|边度|边个|邊個|什么地方|甚麼地方|什麼地方|谁|誰|怎么|怎麼|如何)/;

/** Saying no to a pilot is not having one ("we don't need a trial", "不用试用"), nor is a pilot by trade ("I was a pilot"). */
const REFUSED_BEFORE = /\b(?:i was|i am|i'm|he was|she was|worked as|as|former|airline|commercial|fighter)\s+$|(?:\bno|\bnot|\bwithout|\bdon['’]t (?:need|want)|\bdo not (?:need|want)|\bskip)\s+(?:a |the |any )?(?:\S+\s+)?$|(?:不用|不需要|没必要|沒必要|不要)$/i;

/** A vendor form refused or not needed ("no W-9 needed", "不用下采购单") is no step of buying. */
const NOT_NEEDED_BEFORE = /(?:\bno|\bnot|\bwithout|\bdon['’]t (?:need|want)|\bdo not (?:need|want)|\bskip)\s+(?:a |the |any )?(?:\S+\s+)?$|(?:不用|不需要|没必要|沒必要|不要|唔使|唔需要)$/i;

/** A demo still ahead, right after it is named: "tomorrow", "next week", "on Thursday", "later today". */
const DEMO_AHEAD = /^\s*(?:tomorrow\b|next\b|later\b|on (?:mon|tue|wed|thu|fri|sat|sun)|this (?:coming|friday|thursday|wednesday|tuesday|monday)\b|in (?:two|three|a|\d+) (?:days?|weeks?)\b)/i;

/**
 * Their side has decided: a committee, a board or the budget holder approved it ("Great to hear the
 * committee approved", "budget's signed off", 审批通过了, 老闆批咗). Not a decision still to come
 * ("once the board approves", "pending approval", 还没批).
 */
const APPROVED = /\b(?:committee|board|management|leadership|cfo|ceo|coo|finance|budget|spend|purchase|procurement|director|boss|owner|council|governors)\b[^.!?\n]{0,30}?\b(?:approved|signed off|(?:gave|has given) (?:it|us|this) the (?:go-ahead|green light)|green-?lit)\b|\b(?:approved|signed off on) (?:the|your|our) (?:purchase|proposal|quote|budget|deal|spend|contract|order)\b|\bwe(?:'ve| have)? (?:got|received|have) (?:the |our )?(?:approval|sign-?off|green light|go-ahead)\b|(?:审批|審批|评审|評審)(?:已经|已經|已)?通过|(?:已经|已經|已)(?:批准|批了|获批|獲批)|批(?:准)?了|批咗|拍板了|(?:决定|決定)(?:采购|採購|用你们|用你們|合作)/i;
const DECISION_TO_COME = /\b(?:once|if|when|until|unless|before|after|pending|not|yet to be|still needs?|hasn't|has not|haven't|have not)\b[^.!?\n]{0,25}$|(?:还没|還沒|未|等|如果|一旦|没有|沒有)$/i;

function approvedIn(messages: readonly SituationMessage[]): boolean {
  return messages.some((m) => {
    const match = APPROVED.exec(m.text);
    return match !== null && !DECISION_TO_COME.test(m.text.slice(Math.max(0, match.index - 30), match.index));
  });
}

/**
 * What in a thread shows how far a deal has come, either side writing it: a proposal sent or
 * received puts it at least at presentation, a quote at negotiation, a contract sent at the
 * contract stage, a contract signed at delivery. Knowledge as data: one row per kind,
 * with what just before a match means it is not that (a request for it, a refusal).
 */
const THREAD_EVIDENCE: readonly { kind: StageEvidenceKind; stage: StageId; patterns: readonly RegExp[]; ours?: readonly RegExp[]; oursOnceCustomer?: readonly RegExp[]; notAfter: RegExp; notBefore?: RegExp; onlyOnceApproved?: boolean }[] = [
  {
    // A renewal of ours: the customer's subscription renewing, in our notice or quote, or their ask about its terms
    // (below, renewal.ts): a customer (stage 8). Never a renewal with another vendor ("your contract with Kinaxis renews in March").
    // Ours for sure only in our own words of it: our renewal quote or invoice sent ("the renewal quote for 2027 is attached",
    // 附上續約報價), their subscription with us, a renewal priced ("renews on 15 January at £14,200"). Renewal talk any seller
    // writes to a prospect ("I gather your contract comes up for renewal in March", 听说贵司现在的系统明年续费) counts only
    // for a deal already known to be a customer (`oursOnceCustomer`): it never raises a stage from below delivery on its own.
    kind: 'renewal',
    stage: 'retain',
    notAfter: /\b(?:with|from)\s+\S+[^.!?\n]{0,20}$|(?:和|与|與|跟|同)[^。！？\n]{0,12}$/i,
    notBefore: /^[^.!?\n]{0,14}\b(?:[Ww]ith|[Ff]rom|at)\s+(?:\p{Lu}|your (?:current|existing|other))/u,
    patterns: [],
    ours: [
      /\b(?:our|(?:attached|enclosed) (?:is|are) (?:the|your)|(?:here is|here's|sending|sent you|attaching) (?:the|your))\s+(?:annual |yearly |\d{4} )?renewal (?:quote|quotation|invoice|notice|pricing|offer)\b|\brenewal (?:quote|quotation|invoice|notice|pricing)s? (?:for \d{4}|(?:is |are )?attached|(?:is |are )?enclosed)\b/i,
      /\byour (?:annual |yearly |current |monthly )?(?:subscription|contract|licen[cs]es?|plan|agreement|service|account)s? with us\b[^.!?\n]{0,40}\brenew|\brenew(?:al|s)?\b[^.!?\n]{0,40}\byour (?:annual |yearly |current |monthly )?(?:subscription|contract|licen[cs]es?|plan|agreement|service|account)s? with us\b/i,
      /\b(?:renews|will (?:auto-?)?renew|(?:is|are) (?:up|due) for renewal|renewal)\b[^.!?\n]{0,40}\b(?:at|for|of)\s+(?:[£$€¥]|(?:US|HK|NT|S|A|C)\$|(?:USD|GBP|EUR|RMB|CNY|HKD)\s?)\d/i,
      /(?:附上|附件(?:是|为|為)?|随信|隨信|寄上|发上|發上)(?:的)?(?:贵司|貴司|您|你们|你們)?(?:的)?(?:\d{4}年)?(?:续约|續約|续费|續費|续订|續訂)(?:报价|報價|通知|账单|賬單|帳單|发票|發票)|(?:续约|續約|续费|續費|续订|續訂)(?:报价|報價|通知|账单|賬單|帳單|发票|發票)(?:单|單)?[^。！？\n]{0,12}(?:见附件|見附件|在附件|附上|已附|请查收|請查收|[¥￥]\s?\d|\d[\d,.]*\s?(?:元|万|萬))/,
    ],
    oursOnceCustomer: [
      /\byour (?:annual |yearly |current |monthly )?(?:subscription|contract|licen[cs]es?|plan|agreement|service|account)s? (?:renews|will (?:auto-?)?renew|(?:is|are) (?:up|due) for renewal|comes? up for renewal|(?:is|are) due to renew)\b/i,
      /\b(?:your|the|this year['’]s|next year['’]s) (?:annual |yearly |\d{4} )?renewal (?:quote|quotation|invoice|notice|pricing|price|offer|terms|date)\b/i,
      /(?:贵司|貴司|贵公司|貴公司|您|你们|你們)(?:的)?(?:(?![和与與跟同])[^。！？\n]){0,12}(?:续约|續約|续费|續費|续订|續訂|续签|續簽)|(?:续约|續約|续费|續費|续订|續訂)(?:报价|報價|通知|价格|價格|方案)/,
    ],
  },
  {
    kind: 'signed',
    notAfter: new RegExp(`${REQUEST_BEFORE.source}|${TO_BE_SIGNED_BEFORE.source}`, 'i'),
    notBefore: TO_BE_SIGNED_AFTER,
    stage: 'deliver',
    patterns: [
      /\b(?:we(?:'ve| have)?|i(?:'ve| have)?) (?:just )?(?:signed|countersigned|executed) (?:the |our |your )?(?:contract|agreement|order form|msa|sow|po)\b/i,
      /\b(?:signed|countersigned|executed) (?:contract|agreement|order form|copy) (?:is )?(?:attached|enclosed|below)\b/i,
      /\b(?:the )?(?:contract|agreement) (?:is|has been|was) (?:signed|countersigned|executed)\b/i,
      // The signed copy coming back: "Signed and attached", "here is the signed agreement".
      /\b(?:signed|countersigned) (?:and|&) (?:attached|returned|sent (?:back|over)|enclosed)\b/i,
      /\b(?:attached|enclosed|here is|here's|sending|sent you|returning) (?:is |are )?(?:the |our |a )?(?:signed|countersigned|executed) (?:contract|agreement|order form|copy|msa|sow|po)\b/i,
      /(?:合同|合约|合約)?(?:已|已经|已經)?(?:签字|簽字|签名|簽名)(?:盖章|蓋章)?(?:了)?[，,]?(?:回传|回傳|寄回|发回|發回|附上|见附件|見附件)/,
      /(?:合同|合约|協議|协议|合約)(?:已经|已經|已)?(?:签好|簽好|签署|簽署|签完|簽完|盖章|蓋章)(?:了)?/,
      /(?:签好|簽好|盖好章|蓋好章)(?:的)?(?:合同|合約|合约)/,
    ],
  },
  {
    kind: 'contract-sent',
    notAfter: REQUEST_BEFORE,
    stage: 'close',
    patterns: [
      /\b(?:contract|agreement|order form|msa|sow)\b[^.!?\n]{0,40}\b(?:attached|enclosed|for (?:your )?signature|via docusign|to sign)\b/i,
      /\b(?:attached|enclosed|sending|sent you|here is|here's) (?:is |are )?(?:the |our |a )?(?:contract|agreement|order form|msa|sow)\b/i,
      /(?:附件|附上|发送|發送|寄上)(?:是|为|為)?(?:合同|合约|合約|协议|協議)/,
      /(?:合同|合约|合約)(?:已|已经|已經)?(?:发|發|寄)(?:给|給)?(?:您|你)/,
      // 合同条款都在附件里, 合約已附上: the contract with the message, whichever way round it is said.
      /(?:合同|合约|合約|协议|協議)(?:条款|條款|文本|草案)?[^。！？\n]{0,6}(?:在附件|见附件|見附件|已附上|附在)/,
    ],
  },
  {
    // The buyer setting us up to pay us, after the decision: tax and insurance forms, the vendor
    // set-up form, the purchase order ("Once those are back I can raise the PO", 下采购单, 落單).
    // Registering on a portal to bid is earlier (procurement.ts), and is no evidence here; nor is a
    // W-9 asked beside the quote with no decision shown (it can still be a negotiation).
    kind: 'vendor-setup',
    onlyOnceApproved: true,
    notAfter: NOT_NEEDED_BEFORE,
    stage: 'close',
    patterns: [
      /\b(?:W-?9|W-?8 ?BEN(?:-E)?|certificates? of insurance|insurance certificates?)\b|\b(?:set (?:you|your company|you guys|your firm) up|get (?:you|your company) set up|onboard you|add you) as (?:a |an |our )?(?:new |approved )?(?:vendor|supplier)\b|\b(?:vendor|supplier) (?:set-?up|onboarding|information|master(?: data)?|creation|registration) (?:form|pack|packet|paperwork)\b|\b(?:raise|issue|cut|send you|process|create|release) (?:the |a |our |your )?(?:PO|purchase order)\b/i,
      /(?:供应商|供應商)(?:建档|建檔|信息表|資料表|资料表|开户|開戶)|(?:下|开|開|出)(?:采购单|採購單|采购订单|採購訂單|订单|訂單)(?:给|給)(?:你们|你們|您|你)|(?:采购单|採購單|采购订单|採購訂單)(?:马上|馬上|就|会|會|可以)?(?:下|开|開|发|發)|落單|落单/,
    ],
  },
  {
    kind: 'quote',
    notAfter: REQUEST_BEFORE,
    stage: 'negotiate',
    // Our price stated in our own message, with its figure: "the price for 50 seats is $12,000 a year", 50个账号的价格是每年12万元,
    // 價錢係每個account每月HK$80 (theirs, "價錢係幾多？", is a question, and has no figure of ours).
    ours: [
      /(?<!\b(?:average|typical|industry|median|hidden|real|true) )\b(?:the |our )?(?:price|pricing|cost|fee|total)s?\b(?:\bof (?:the |our |your |this |a )?(?:[\w-]+ )?(?:plan|package|subscription|licen[cs]es?|seats?|accounts?|platform|service|software|system|rollout|pilot|bundle|tier|edition|setup|set-up)\b|(?!\bof\b|\b(?:average|typical|industry|median)\b)[^.!?\n]){0,40}?\b(?:is|are|would be|will be|comes? to|works out (?:at|to))\s+(?:(?:just |only )?(?:[£$€¥]|(?:US|HK|NT|S|A|C)\$|(?:USD|GBP|EUR|RMB|CNY|HKD)\s?))\d/i,
      /(?<!(?:同(?:规模|規模|行|类|類)|行业|行業|平均|[损損]失|浪费|浪費|成本)[^。！？\n]{0,20})(?:价格|價格|价钱|價錢|收费|收費|费用|費用|总价|總價|年费|年費)(?:(?!平均|大概|左右)[^。！？\n]){0,16}?(?:是|为|為|係|：|:)\s*[^。！？\n\d]{0,14}?(?:(?:(?:HK|NT|US)?\$|[¥￥]|RMB|HKD|USD)\s?\d|\d[\d,.]*\s?(?:万|萬|千|元|块|蚊|港元|台幣|新台幣|RMB|HKD))/i,
    ],
    patterns: [
      // The price sent with the message: "Pricing for the five studios attached", 价格表附上.
      /\b(?:pricing|prices|price list|price sheet|rate card|our rates|costs? breakdown)\b[^.!?\n]{0,50}\b(?:attached|enclosed|below)\b/i,
      /(?:价格|價格|价钱|價錢|收费|收費|价目|價目)(?:表|单|單|明细|明細|方案)?[^。！？\n]{0,12}(?:附上|在附件|见附件|見附件|已附|随信|隨信)|(?:附上|附件(?:是|为|為)?)[^。！？\n]{0,8}(?:价格|價格|价钱|價錢|收费|收費|价目|價目)/,
      /\b(?:the |your |our |a |revised |updated )?(?:quote|quotation|price quote|pricing proposal)\b(?! (?:request|me))/i,
      /\b(?:sent|attached|here is|here's|received) (?:the |our |your |a )?(?:pricing|price list|prices)\b/i,
      // (not a question about what it would come to: 报价大概多少？)
      /(?:报价|報價)(?!单|單)(?!\s*(?:大概|大約|大约|多少|是多少|怎么|怎麼|幾多|几多))|报价单|報價單|价格方案|價格方案/,
    ],
  },
  {
    kind: 'proposal',
    notAfter: REQUEST_BEFORE,
    stage: 'present',
    patterns: [
      /\b(?:the |your |our |a )?(?:proposal|solution (?:deck|overview|design)|demo recording)\b/i,
      // 方案 alone is any "plan" or "solution" ("我们的方案可以帮您…", "试点方案您看得怎么样"): it
      // counts as a proposal when it is sent, received or reviewed; 建议书 / 提案 are documents.
      /建议书|建議書|方案书|方案書|提案/,
      /(?:附件|附上|随信|隨信|发送|發送|发给|發給|发您|發您|寄上|寄给|寄給|收到|看过|看過|看了|讨论过|討論過|过目|過目)[^。！？!?\n]{0,12}方案/,
      /方案[^。！？!?\n]{0,12}(?:已发|已發|发给|發給|发您|發您|发过去|發過去|收到|看过|看過|看了|讨论过|討論過|过目|過目|附上|在附件|见附件|見附件|请查收|請查收)/,
    ],
  },
  {
    // A demo given: the solution has been shown ("thanks for the demo", "the recording of today's demo", 看了演示).
    kind: 'demo',
    notAfter: REQUEST_BEFORE,
    // (a demo still to come: "thanks for joining the demo tomorrow", "after the demo next week")
    notBefore: DEMO_AHEAD,
    stage: 'present',
    patterns: [
      // (thanks for being there: "Thanks for joining the demo this morning", "thank you for attending today's demo", "great to have you at the demo")
      /\b(?:thanks|thank you|thx|great to have you|good to have you|nice to see you|good to see you|appreciate you)\b[^.!?\n]{0,20}?\b(?:joining|attending|coming to|making it to|sitting in on|sitting through|taking part in|being at|at)\s+(?:the |our |today['’]s |yesterday['’]s |this morning['’]s |this afternoon['’]s )?(?:live |product |online |short |quick )?demo(?:nstration)?\b/i,
      /\b(?:thanks|thank you) for (?:the|your|today's|yesterday's) (?:time at the |great |live )?demo\b|\b(?:after|at|from|during|in) (?:the|our|your|today's|yesterday's|last week's) (?:live )?demo\b|\b(?:for your time at the demo|the demo (?:today|yesterday|went|recording)|demo(?:nstration)? (?:recording|slides))\b/i,
      // (not one still to come: 感谢您报名参加下周的演示, 謝謝您答應參加明天的示範)
      /(?:看了|看过|看過|参加了|參加了|感谢|感謝|谢谢|謝謝|多谢|多謝|睇咗|睇過|睇过|出席了)(?:(?!报名|報名|预约|預約|答应|答應|明天|明早|明日|聽日|听日|下周|下週|下星期|下禮拜|下礼拜|下个|下個|稍后|稍後|即将|即將|将|將|会|會)[^。！？\n]){0,8}(?:演示|(?:产品|產品)展示|示范|示範|demo)|(?:演示|(?:产品|產品)展示|示范|示範|demo)(?:之后|之後|后|後|录屏|錄影|录像|錄像|很好|不错|不錯|幾好|几好)/i,
      // (the rep's note or calendar that it was held: "Had the demo with Aoife", "Demo done", 已演示, 已做產品展示, 今天做了演示)
      /\b(?:had|did|gave|ran|held|completed|finished|delivered) (?:a |the |our |an? )?(?:live |product |online |full )?demo(?:nstration)?\b|\bdemoed\b|\bdemo (?:done|held|completed|delivered)\b/i,
      /(?:已经|已經|已|做了|做咗|完成了?)(?:做(?:了|咗)?)?(?:产品|產品|线上|線上|现场|現場)?(?:演示|展示|示范|示範)(?!会|會)/,
    ],
  },
  {
    // A pilot, a trial or a proof of concept on the table: the solution has been shown in their
    // setting (DOMAIN.md § 2, presentation), whichever side names it.
    kind: 'pilot',
    notAfter: REFUSED_BEFORE,
    stage: 'present',
    patterns: [
      /\b(?:a|the|our|your|this|that|free|paid|small|\d+[- ](?:week|day|month)|(?:one|two|three|four|six|eight)[- ](?:week|month))\s+(?:(?!clinical|court|jury|drug|criminal|murder|field|time)[a-z]+[- ])?(?:pilot|trial|proof[- ]of[- ]concept|poc)\b(?!\s+(?:licen[cs]e|program(?:me)? for pilots))/i,
      /试点|試點|概念验证|概念驗證|\bPOC\b|试用(?!期)|試用(?!期)/,
    ],
  },
];

/**
 * The furthest stage the conversation shows, with the words that show it; the latest message
 * holding each kind is quoted. Only what was sent or received counts, not a request for it.
 * `customer`: the stored or CRM stage is already delivery or retention (renewal talk of ours then counts as ours).
 */
export function threadStageEvidence(messages: readonly SituationMessage[], customer = false): StageEvidence[] {
  const found: StageEvidence[] = [];
  const approved = approvedIn(messages);
  for (const row of THREAD_EVIDENCE) {
    if (row.onlyOnceApproved && !approved) continue;
    let quote: string | null = null;
    for (const message of messages) {
      const ours = message.direction === 'outbound' ? [...(row.ours ?? []), ...(customer ? (row.oursOnceCustomer ?? []) : [])] : [];
      for (const pattern of [...row.patterns, ...ours]) {
        const match = pattern.exec(message.text);
        if (!match) continue;
        const before = message.text.slice(Math.max(0, match.index - 40), match.index);
        if (row.notAfter.test(before)) continue;
        if (row.notBefore?.test(message.text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
        quote = sentenceOver(message.text, match.index, match[0].length);
        break;
      }
    }
    // (their own ask about the renewal's terms shows it too: "if you can take 15% off the renewal", 明年续费能不能打个八折)
    if (row.kind === 'renewal') quote = [...messages].reverse().flatMap((m) => (m.direction === 'inbound' ? [renewalAsk(m.text)?.quote ?? null] : [])).find((q) => q !== null) ?? quote;
    if (quote) found.push({ kind: row.kind, stage: row.stage, quote });
  }
  return found.sort((a, b) => stageRank(b.stage) - stageRank(a.stage));
}

export function stageRank(stage: StageId | 'lost'): number {
  return stage === 'lost' ? -1 : STAGE_IDS.indexOf(stage);
}
