import { cleanReply, type CleanReply } from '../nlp/reply';
import type { Evidence } from '../reader/classify-reply';

export const SIGNAL_IDS = ['contract_process', 'delivery_time', 'invoice', 'terms_change', 'reconfirm'] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export interface BuyingSignal {
  signal: SignalId;
  evidence: Evidence;
}

/**
 * Refusals around a signal word cancel it: just before it ("we are not ready to sign", "nothing can
 * start before Q3", 不需要开发票, 暂时没法谈合同怎么签) or inside it ("we will not go live before March"); a
 * question asked the A-not-A way (能不能分三期付款, 需不需要开发票) is no refusal.
 */
const REFUSAL = /(?:not|n't|never|no|nothing|nobody|none|neither|cannot)\s+(?:\w+\s+){0,2}$|(?<![能可要是会會用需])(?:不|没|沒|别|別|未|无|無)(?:需要|必要|用|必|要|想|打算|法|能|会|會)?(?:谈|談|开|開|讨论|討論)?$/;
const REFUSAL_INSIDE = /\b(?:not|never)\b|n't\b/;

/** DOMAIN.md § 6: questions that show the customer is getting ready to buy. */
const SIGNAL_PATTERNS: Record<SignalId, RegExp[]> = {
  contract_process: [
    /\b(?:how|what) (?:do|does|would|should|can) (?:we|i)(?: \w+){0,3} (?:sign|signed|signing|get started|proceed|move forward|place (?:an|the) order)/g,
    /\b(?:process|steps?|need from us) to (?:get (?:this|it|the (?:contract|agreement)) signed|sign|get started|move forward)/g,
    /\b(?:send|share|forward)(?: me| us| over)* (?:the |your |an? )?(?:contract|agreement|paperwork|order form|msa|purchase order|sow|signature page|engagement letter)/g,
    /合同(?:走|交给|给|转给)(?:我们|我方)?(?:的)?(?:法务|采购|流程|合同审批)/g,
    /(?:合同|合约|contract)\s?(?:发|寄|传|send)(?:过来|给我|我|over)/g,
    /\b(?:where|who) (?:do|should) (?:i|we) (?:send|return) (?:the )?(?:signed|countersigned)/g,
    /\bready to (?:sign|go ahead|move forward|proceed|get started|buy|order|review the (?:contract|agreement|paperwork))\b/g,
    /\bissue (?:the|a|our) (?:po|purchase order)\b/g,
    /怎么付款|如何付款|付款(?:方式|账号|账户)(?:是|发)|\bhow (?:do|should|can) (?:we|i) pay\b/g,
    /\bwhere (?:do|should|can) (?:i|we) sign\b|\bwho (?:do|should) (?:i|we) (?:send|address) the (?:po|purchase order|signed (?:contract|agreement))\b/g,
    /\b(?:go ahead|proceed|move ahead|move forward|get going) with (?:the |your |this )?(?:contract|agreement|order|purchase|paperwork|signing)\b|(?:下周|本周|这周|明天|后天|月底前?|周[一二三四五])(?:就|可以|能|来)?(?:安排|准备)?签(?:约|合同|合约)?|(?:合同|合约)(?:正本|副本)?(?:用印|盖章)/g,
    /合同(?:怎么|如何|要怎么)(?:签|走|弄|操作|安排|推进)|(?:签约|签合同|采购|下单)?(?:流程|手续)(?:怎么|如何)走|(?:发|寄|给)(?:我|我们)?(?:一份)?(?:合同|合约|协议|模板|订单)|(?:签约|签合同|下单)(?:流程|需要什么|怎么走)|(?:盖章|用印|签好|签完)(?:的|嘅)?(?:合同|合约)?(?:寄|发|交)(?:到|给|去)|(?:盖章|用印)流程|可以(?:签|下单)了|准备(?:签约|下单|采购)/g,
  ],
  delivery_time: [
    /\b(?:when|how soon|how quickly|how fast|how long)\b[^.?!]{0,40}\b(?:deliver|delivery|ship|start|go live|be live|get started|implement|implementation|onboard|set up|up and running)/g,
    /(?:之前|以前|前|之内|以内)(?:能|可以|能否|可否)(?:上线|交付|部署|开通|到货|完成|用上)/g,
    /\b(?:could|can|would|will) [^.?!]{0,40}\b(?:before|by) (?:our |the )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|new year|q[1-4]|intake|launch|season|semester|term)\b/g,
    /\b(?:delivery|lead|implementation|onboarding) (?:time|timeline|date)s?\b|\bearliest (?:start|delivery|go-live) date\b/g,
    /(?:什么时候|多久|多快|最快)(?:能|可以)?(?:交货|发货|到货|交付|上线|实施|开始|部署|导入|开通)|(?:交期|交货期|货期|上线时间|实施周期)/g,
  ],
  invoice: [/\b(?:invoice|invoices|vat|tax receipt|billing address|po number|w-9|w9)\b/g, /发票|开票|税号|统一编号|统编|抬头/g],
  terms_change: [
    /\b(?:pay|split|spread|break)\b[^.?!]{0,30}\b(?:instal?lments?|tranches|(?:two|three|four|\d) (?:parts|payments)|monthly|quarterly)\b/g,
    /\b(?:quarterly|monthly) (?:billing|payments?) instead\b|\b(?:take|accept|do|offer|allow|agree to) (?:quarterly|monthly) (?:instal?lments?|payments?|billing)\b/g,
    /\b(?:start|begin) with (?:\d+|a few|a handful of|ten|twenty|fifty) (?:seats|licen[cs]es|users|sites|lines|plants|stores)\b[^.?!]{0,40}\b(?:add|expand|scale|grow|more)\b|\bat the same (?:rate|price|unit price|per-seat price)\b|\b(?:lock in|hold|keep) (?:the|this|that|your) (?:current |quoted |same |existing |present )?(?:rate|price|discount|pricing|quote)\b/g,
    /\b(?:extend|extended|longer)\b[^.?!]{0,25}\b(?:term|warranty|service|support|trial|contract)\b/g,
    /分(?:两|三|四|几|\d)?期(?:付款|支付)?|按(?:季度?|月)(?:付款|支付|付|交|俾|畀)|分月(?:付款|支付|付|交|俾|畀)|(?:服务期|质保期?|保修期|合同期|试用期)[^,.?!]{0,4}(?:能|可以|能否|可否)?(?:不能)?(?:延长|加长|再长)/g,
  ],
  reconfirm: [
    /\b(?:just to (?:confirm|double[- ]check|be sure|clarify)|to double[- ]check|double[- ]check)\b/g,
    /\b(?:definitely|really|actually|still) (?:syncs?|works?|supports?|includes?|handles?|imports?|migrates?|reads?|covers?)\b/g,
    /\b(?:will|can|does|would) it (?:really|definitely|actually)\b|\b(?:definitely|really) (?:included|import|read|migrate|work|handle|support)|\bincluded\b[^.?!]{0,20}\bright\?/g,
    /再确认一下|确认一下|真的(?:能|可以|会)|对吧[?]?$|对吧|是吧[?]?$|包含在|含在/g,
  ],
};

/**
 * A doubt, not a re-confirmation: the detail wondered about ("nobody could tell me whether this actually
 * syncs with NetSuite", "not sure it really handles returns", 不确定是不是真的能对接金蝶, 唔知係咪真係得) or
 * a deal-breaker beside it ("if it is exports, that is a non-starter"). An objection to answer (fit), never a
 * buying signal.
 */
const DOUBT_BEFORE = /\b(?:whether|if|not sure|unsure|doubt|doubtful|no idea|wonder(?:ing)?|sceptical|skeptical|could(?:n't| not)? tell (?:me|us))\b[^.?!]{0,40}$|(?:不确定|不確定|怀疑|懷疑|不知道|唔知|不清楚|吃不准|拿不准|是否|是不是|係咪|係唔係)[^。？！]{0,12}$/;
const DEAL_BREAKER = /\b(?:non-?starter|deal-?breaker|show-?stopper|no-?go|rules? (?:you|it|this) out)\b|(?:免谈|免談|没得谈|沒得談|不用谈了|一票否决|一票否決|就不考虑|就不考慮|唔使傾)/;

/** The first match not cancelled by a refusal just before it; `exec` on the pattern itself (no copy, unlike `matchAll`). */
function firstUnrefused(pattern: RegExp, folded: string, doubtCancels = false): RegExpExecArray | null {
  pattern.lastIndex = 0;
  if (doubtCancels && DEAL_BREAKER.test(folded)) return null;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    if (match[0] === '') pattern.lastIndex++;
    else if (doubtCancels && DOUBT_BEFORE.test(folded.slice(Math.max(0, match.index - 60), match.index))) continue;
    else if (!REFUSAL.test(folded.slice(Math.max(0, match.index - 20), match.index)) && !REFUSAL_INSIDE.test(match[0])) {
      pattern.lastIndex = 0;
      return match;
    }
  }
  return null;
}

/**
 * Finds buying signals in a reply (quoted history and signatures ignored), each with the words
 * that show it. A refusal just before the words cancels them ("not ready to sign").
 */
export function detectBuyingSignals(text: string): BuyingSignal[] {
  return signalsInReply(text, cleanReply(text));
}

/** {@link detectBuyingSignals} on a reply already cleaned (the classifier shares its work). */
export function signalsInReply(text: string, clean: CleanReply): BuyingSignal[] {
  const { folded } = clean;
  const found: BuyingSignal[] = [];
  for (const [signal, patterns] of Object.entries(SIGNAL_PATTERNS) as [SignalId, RegExp[]][]) {
    for (const pattern of patterns) {
      const match = firstUnrefused(pattern, folded, signal === 'reconfirm');
      if (!match) continue;
      const start = clean.toOriginal(match.index);
      const end = clean.toOriginal(match.index + match[0].length);
      found.push({ signal, evidence: { start, end, text: text.slice(start, end) } });
      break;
    }
  }
  return found;
}
