/**
 * They have passed our proposal to someone above them who was not in the conversation ("Received,
 * thanks - I've forwarded this to our CFO", "Passing it along to our VP of Finance", 已转给财务总监了,
 * 已經轉給老闆看了, fwd咗俾我老細睇緊): the deal now sits with a person we have never spoken to. Our
 * contact has to sell it inside, so the next step is to equip them (a one-page summary that person can
 * read as it is, a short call with them), not "following up on my last message".
 *
 * Only someone who decides or signs counts (the CFO, the boss, a director, the board); a forward to a
 * colleague "for visibility" or to us is no hand-up (`acknowledgement.ts`), and "please contact our
 * CFO" sends us to that person (`referral.ts`).
 */

/** Who decides or signs, in English: "our CFO", "my boss", "the VP of Finance", "our Managing Director". */
const ROLE_EN = String.raw`(?:C[EFOTIRMP]O|MD|GM|managing director|general manager|(?:senior |executive )?(?:VP|vice president)(?: of [A-Za-z]+)?|head of [A-Za-z]+|(?:finance|financial|operations|purchasing|procurement|commercial|sales|IT) director|director(?: of [A-Za-z]+)?|boss|owner|founder|president|chairman|board(?: of directors)?|leadership(?: team)?|management(?: team)?|exec(?:utive)?(?: team| committee)?|finance(?: team| department)?|decision[- ]makers?)`;

/** Their own forward, passing or taking it up (done, under way, or just about to be). */
const EN = new RegExp(
  String.raw`\b(?:forwarded|forwarding|fwd(?:'?d)?|passed|passing|sent|sending|shared|sharing|escalated|escalating|handed|handing|took|taking|brought|bringing|(?:will|I'll|we'll|going to) (?:forward|pass|send|share|escalate|take|bring))(?: (?:it|this|them|that|the [\w-]+|your [\w-]+))?(?: (?:along|on|over|up|across))? (?:to|with) (?:our|my|the) (${ROLE_EN})\b|\brun (?:it|this) (?:past|by) (?:our|my|the) (${ROLE_EN})\b`,
  'i',
);

/** Whoever decides above them, in Chinese: 老板, 老闆, 老細, 财务总监, 總經理, 王总, 领导, 管理层. */
const ROLE_ZH = String.raw`(?:财务总监|財務總監|财务长|財務長|执行长|執行長|采购总监|採購總監|总经理|總經理|董事长|董事長|老板|老闆|老细|老細|老总|老總|总监|總監|领导|領導|上司|主管|高层|高層|管理层|管理層|财务|財務|[\p{Script=Han}](?:总|總)(?![监監經经])|C[EFO]O|GM|[Bb]oss)`;

/** 转给, 轉給, 转发给, 已经发给, fwd咗俾, 交给 … their boss (not 转给你: that is to us). */
const ZH = new RegExp(String.raw`(?:转发|轉發|转交|轉交|转|轉|发|發|交|呈|报|報|fwd咗|fw咗|forward咗|send咗|轉咗|转咗)(?:给|給|俾|畀)(?:了)?(?:我们|我們|我哋|我|咱们|公司)?(?:的)?(${ROLE_ZH})`, 'u');

export interface ForwardedUp {
  /** Their sentence saying so. */
  text: string;
  /** Whom it went to, as they named them: "CFO", "VP of Finance", "财务总监", "老闆". */
  to: string;
}

/** The sentence in which they say they passed it to someone above them, and whom; null when they do not. */
export function forwardedUp(ownWords: string): ForwardedUp | null {
  for (const sentence of ownWords.split(/(?<=[.!?。！？\n])\s*/)) {
    const en = EN.exec(sentence);
    const zh = en ? null : ZH.exec(sentence);
    const to = en ? (en[1] ?? en[2]) : zh?.[1];
    if (to) return { text: sentence.trim(), to: to.trim() };
  }
  return null;
}
