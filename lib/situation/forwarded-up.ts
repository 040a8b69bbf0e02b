import { sentenceAt, sentencesOf } from './sentence';

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
const ROLE_EN = String.raw`(?:C[EFOTIRMP]O|MD|GM|managing director|general manager|(?:senior |executive )?(?:VP|vice president)(?: of [A-Za-z]+)?|head of [A-Za-z]+|(?:finance|financial|operations|purchasing|procurement|commercial|sales|IT) director|director(?: of [A-Za-z]+)?|boss|owner|founder|president|chairman|board(?: of directors)?|leadership(?: team)?|management(?: team)?|exec(?:utive)?(?: team| committee)?|finance(?: team| department)?|decision[- ]makers?|partners)`;

/** Their own forward, passing or taking it up (done, under way, or just about to be). */
const EN = new RegExp(
  String.raw`\b(?:forwarded|forwarding|fwd(?:'?d)?|passed|passing|sent|sending|shared|sharing|escalated|escalating|handed|handing|took|taking|brought|bringing|(?:will|I'll|we'll|going to) (?:forward|pass|send|share|escalate|take|bring))(?: (?:it|this|them|that|the [\w-]+|your [\w-]+))?(?: (?:along|on|over|up|across))? (?:to|with) (?:our|my|the) (${ROLE_EN})\b|\brun (?:it|this) (?:past|by) (?:our|my|the) (${ROLE_EN})\b`,
  'i',
);

/** Whoever decides above them, in Chinese: 老板, 老闆, 老細, 财务总监, 總經理, 王总, 领导, 管理层. */
const ROLE_ZH = String.raw`(?:财务总监|財務總監|财务长|財務長|执行长|執行長|采购总监|採購總監|总经理|總經理|董事长|董事長|老板|老闆|老细|老細|老总|老總|总监|總監|领导|領導|上司|主管|高层|高層|管理层|管理層|财务|財務|[\p{Script=Han}](?:总|總)(?![监監經经])|C[EFO]O|GM|[Bb]oss)`;

/** 转给, 轉給, 转发给, 已经发给, fwd咗俾, 交给 … their boss (not 转给你: that is to us). */
const ZH = new RegExp(String.raw`(?:转发|轉發|转交|轉交|转|轉|发|發|交|呈|报|報|fwd咗|fw咗|forward咗|send咗|轉咗|转咗)(?:给|給|俾|畀)(?:了)?(?:我们|我們|我哋|我|咱们|公司)?(?:的)?(${ROLE_ZH})`, 'u');

/**
 * Checking it with someone who decides, not yet done ("Let me check with my boss", "is checking with their CFO on
 * Monday", as a rep notes it; "running it past our finance director", 要跟老板确认一下, 同財務總監確認下, 问问领导的意见):
 * the same hand-up as a forward. Not done ("checked with the CFO, all good", 已跟老板确认), nor with us or a colleague.
 */
const CHECK_EN = new RegExp(
  String.raw`\b(?:(?:check|checks|checking|confirm|confirms|confirming|clear|clears|clearing)(?: (?:it|this|that|the [\w-]+))? with|(?:run|runs|running)(?: (?:it|this|that|the [\w-]+))? (?:past|by)|(?:get|gets|getting) (?:the )?(?:sign[- ]off|approval|ok|okay|go[- ]ahead) from) (?:our|my|the|their|his|her) (${ROLE_EN})\b`,
  'i',
);
/** Whoever decides above them, for a check in Chinese (not 马总 alone: our contact is often that 总). */
const ROLE_ZH_ABOVE = '(?:财务总监|財務總監|财务长|財務長|采购总监|採購總監|总经理|總經理|董事长|董事長|老板|老闆|老细|老細|老总|老總|领导|領導|上司|高层|高層|管理层|管理層|总监|總監|财务|財務)';
const CHECK_ZH = new RegExp(
  String.raw`(?<!已|已经|已經)(?:(?:跟|和|同|向)(?:我们|我們|我哋)?(?:的)?(${ROLE_ZH_ABOVE})(?:那边|那邊)?(?:确认|確認|商量|请示|請示|核实|核實|报备|報備)(?![了过過咗])|(?:问问|問問|问一下|問一下|请示|請示)(?:我们|我們|我哋)?(?:的)?(${ROLE_ZH_ABOVE}))`,
  'u',
);

export interface ForwardedUp {
  /** Their sentence saying so. */
  text: string;
  /** Whom it went to, as they named them: "CFO", "VP of Finance", "财务总监", "老闆". */
  to: string;
}

/** The sentence in which they say they passed it to someone above them, and whom; null when they do not. */
export function forwardedUp(ownWords: string): ForwardedUp | null {
  for (const sentence of sentencesOf(ownWords)) {
    const en = EN.exec(sentence);
    const zh = en ? null : ZH.exec(sentence);
    const check = en || zh ? null : (CHECK_EN.exec(sentence) ?? CHECK_ZH.exec(sentence));
    const to = en ? (en[1] ?? en[2]) : (zh?.[1] ?? check?.[1] ?? check?.[2]);
    if (to) return { text: sentence, to: to.trim() };
  }
  return null;
}

/** A meeting of those who decide, in English, by the body that holds it: "the board meeting", "next week's partners' meeting", "the exec committee". */
const BODY_EN = String.raw`(board(?: of directors)?|partners|management(?: team)?|leadership(?: team)?|exec(?:utive)?(?: team| committee)?|steering committee|investment committee|exco)(?:['’]s?)?(?: meeting| call| session| review)?`;
/** Whose it is: "our", "the", "next week's", "Thursday's". */
const WHOSE_EN = String.raw`(?:our|my|the|(?:next|this) week['’]s|tomorrow['’]s|(?:Mon|Tues|Wednes|Thurs|Fri)day['’]s)`;

/**
 * Taking it up on a day, in English: "I will take it to our GM on Friday", "we're presenting it at
 * next week's board meeting", "it's on the agenda for Thursday's board meeting", "I'll put it in front of our MD on Thursday", "run it by the partners
 * Monday", "our MD will review it on Thursday", "I'll walk our CFO through it at Friday's exec meeting".
 */
const EN_ON = [
  EN,
  new RegExp(String.raw`\b(?:present|presenting|pitch|pitching|show|showing|table|tabling|raise|raising|discuss|discussing|put|putting|take|taking|bring|bringing|walk|walking)(?: (?:it|this|them|that|the [\w-]+|your [\w-]+))?(?: (?:up|forward|through))? (?:to|at|before|with|in front of) ${WHOSE_EN} (?:${BODY_EN}|(${ROLE_EN}))\b`, 'i'),
  new RegExp(String.raw`\b(?:agenda|slot|time) (?:for|of|at) ${WHOSE_EN} ${BODY_EN}`, 'i'),
  new RegExp(String.raw`\b(?:our|my|the) (${ROLE_EN}) (?:will|is going to|are going to|'ll|’ll) (?:look at|review|go through|discuss|decide on|sign off on|see) (?:it|this|them|the [\w-]+)\b`, 'i'),
  // the person who decides as the object: "I'll walk our CFO through it on Friday", "brief my boss on it Monday", "take the partners through the numbers"
  new RegExp(String.raw`\b(?:walk|walking|take|taking|talk|talking|run|running|brief|briefing|update|updating)(?: (?:our|my|the) (${ROLE_EN})) (?:through|on|about) (?:it|this|them|that|the [\w-]+|your [\w-]+)\b`, 'i'),
];

/** Whoever decides, in Chinese, with the bodies that meet: 董事会, 合伙人, 管理层会议. */
const ROLE_ZH_ON = String.raw`(?:董事会|董事會|合伙人|合夥人|股东会|股東會|总经理办公会|總經理辦公會|${ROLE_ZH})`;

/**
 * Taking it up on a day, in Chinese: 我周五拿去跟总经理汇报, 禮拜五我會拿去跟總經理彙報, 下周董事会上讨论,
 * 我星期四拿给老闆看, 週四呈給總經理, 下個禮拜同老細傾.
 */
const ZH_ON = [
  ZH,
  new RegExp(String.raw`(?:跟|和|向|同|给|給)(?:我们|我們|我哋)?(?:的)?(${ROLE_ZH_ON})(?:那边|那邊)?(?:汇报|匯報|彙報|报告|報告|请示|請示|讨论|討論|商量|过一下|過一下|傾|倾|看|睇)`, 'u'),
  new RegExp(String.raw`(?:拿|带|帶|交|送|呈|提交|递|遞)(?:去|到|过去|過去)?(?:给|給|俾|畀)?(?:我们|我們|我哋)?(?:的)?(${ROLE_ZH_ON})(?:那里|那裡|那边|那邊)?(?:看|过目|過目|审|審|批|睇)?`, 'u'),
  /(董事会|董事會|合伙人会议|合夥人會議|股东会|股東會|管理层会议|管理層會議)(?:会|會)?上?(?:讨论|討論|审议|審議|过一下|過一下|汇报|匯報|彙報|报告|報告|决定|決定|拍板)/u,
];

/**
 * Their step of taking it up to someone who decides on the day they named ("I will take it to our
 * GM on Friday", "we'll present it at next week's board meeting", 我周五拿去跟总经理汇报): the sentence
 * that holds `namedText` and whom it goes to; null when that sentence takes nothing up.
 */
export function handedUpOn(ownWords: string, namedText: string): ForwardedUp | null {
  const at = ownWords.indexOf(namedText);
  if (at < 0) return null;
  const sentence = sentenceAt(ownWords, at);
  // (a refusal or a condition is no step: "I won't take it to the board before the new year", 如果老板同意)
  if (/\b(?:won'?t|will not|can'?t|cannot|not going to|unless|if)\b|不会|不會|唔会|唔會|不能|如果|假如/i.test(sentence)) return null;
  for (const pattern of [...EN_ON, ...ZH_ON]) {
    const found = pattern.exec(sentence);
    const to = found?.slice(1).find((group) => Boolean(group));
    if (to) return { text: sentence.trim(), to: to.trim() };
  }
  return null;
}
