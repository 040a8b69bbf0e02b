import { STAGE_IDS, type StageId } from '../sop/stages';
import { sentenceOver } from './sentence';
import type { SituationMessage, StageEvidence, StageEvidenceKind } from './types';

/** Asking for a quote or a proposal is not having one: "could you send a quote?"; nor is asking for the contract signed (请年底前把合同签好寄回). */
const REQUEST_BEFORE = /(?:send|share|get|needs?|wants?|requests?|requested|prepare|looking for|asking for|asks? for|asked for|could (?:i|we) (?:have|see))\s+(?:me |us )?(?:a |an |the |your )?(?:\w+ )?$|(?:请|請|麻烦|麻煩|能否|可否|能不能)(?:提供|发|發|给|給)?(?:一份|个|個)?$|(?:请|請|麻烦|麻煩|烦请|煩請)[^。！？!?，,\n]{0,8}把$|(?:要|需要|想要)(?:一份|个|個|份)$|(?:send|發|发|寄)\s?(?:份|個|个|張|张)$/i;

/** Saying no to a pilot is not having one ("we don't need a trial", "不用试用"), nor is a pilot by trade ("I was a pilot"). */
const REFUSED_BEFORE = /\b(?:i was|i am|i'm|he was|she was|worked as|as|former|airline|commercial|fighter)\s+$|(?:\bno|\bnot|\bwithout|\bdon['’]t (?:need|want)|\bdo not (?:need|want)|\bskip)\s+(?:a |the |any )?(?:\S+\s+)?$|(?:不用|不需要|没必要|沒必要|不要)$/i;

/**
 * What in a thread shows how far a deal has come, either side writing it: a proposal sent or
 * received puts it at least at presentation, a quote at negotiation, a contract sent at the
 * contract stage, a contract signed at delivery. Knowledge as data: one row per kind,
 * with what just before a match means it is not that (a request for it, a refusal).
 */
const THREAD_EVIDENCE: readonly { kind: StageEvidenceKind; stage: StageId; patterns: readonly RegExp[]; notAfter: RegExp }[] = [
  {
    kind: 'signed',
    notAfter: REQUEST_BEFORE,
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
    kind: 'quote',
    notAfter: REQUEST_BEFORE,
    stage: 'negotiate',
    patterns: [
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
    stage: 'present',
    patterns: [
      /\b(?:thanks|thank you) for (?:the|your|today's|yesterday's) (?:time at the |great |live )?demo\b|\b(?:after|at|from|during|in) (?:the|our|your|today's|yesterday's|last week's) (?:live )?demo\b|\b(?:for your time at the demo|the demo (?:today|yesterday|went|recording)|demo(?:nstration)? (?:recording|slides))\b/i,
      /(?:看了|看过|看過|参加了|參加了|感谢|感謝|谢谢|謝謝)[^。！？\n]{0,6}(?:演示|产品演示|產品展示|demo)|(?:演示|demo)(?:之后|之後|后|後|录屏|錄影|很好|不错|不錯)/i,
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
 */
export function threadStageEvidence(messages: readonly SituationMessage[]): StageEvidence[] {
  const found: StageEvidence[] = [];
  for (const row of THREAD_EVIDENCE) {
    let quote: string | null = null;
    for (const message of messages) {
      for (const pattern of row.patterns) {
        const match = pattern.exec(message.text);
        if (!match) continue;
        const before = message.text.slice(Math.max(0, match.index - 40), match.index);
        if (row.notAfter.test(before)) continue;
        quote = sentenceOver(message.text, match.index, match[0].length);
        break;
      }
    }
    if (quote) found.push({ kind: row.kind, stage: row.stage, quote });
  }
  return found.sort((a, b) => stageRank(b.stage) - stageRank(a.stage));
}

export function stageRank(stage: StageId | 'lost'): number {
  return stage === 'lost' ? -1 : STAGE_IDS.indexOf(stage);
}
