import { sentenceOver } from './sentence';
/**
 * They tell us they have changed company ("I've moved on from Vistula – I'm now COO at Coastal
 * Foods", "I started a new role at Brightline last month", 我已经离职了，现在在华辰零售做运营, 我上個月
 * 已經轉職, 我轉咗工): the deal at the old company has lost its contact, and the person is a new
 * prospect at the new one. Answered today: congratulations, who took over at the old company, and
 * a conversation at the new one once they have settled in. When they name who took over, that is a
 * referral to the successor (`./referral.ts`), read before this.
 *
 * Only the writer's own move counts: "we've moved to HubSpot" (a vendor), "I moved the call to
 * Friday" or "I'm now at the airport" are no change of company.
 */

/** A company's name: capitalised words (Coastal Foods, ACME, Brightline Logistics GmbH). */
const COMPANY = String.raw`(?:[A-Z][\p{L}&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\p{L}&'’.-]*){0,3})`;

/** A job title before "at": "COO", "head of operations", "the new sales director", "a senior consultant". */
const TITLE = String.raw`(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?:[A-Z]{2,5}|[Hh]ead of [\p{L} ]{2,24}?|(?:[\p{L}-]+\s+){0,2}(?:[Dd]irector|[Mm]anager|VP|[Ll]ead|[Pp]artner|[Ff]ounder|[Oo]fficer|[Cc]onsultant|[Ee]ngineer|[Aa]dvisor|[Pp]resident|[Oo]wner))`;

const EN: readonly RegExp[] = [
  // "I've joined Coastal Foods", "I recently joined Brightline as head of ops"
  new RegExp(String.raw`\bI(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+|now\s+)?joined\s+${COMPANY}`, 'u'),
  // "I started a new role at Brightline", "I've taken a new position with Coastal Foods", "I have accepted an offer from X"
  new RegExp(String.raw`\bI(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+)?(?:started|taken|accepted|begun|began)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:role|job|position|offer)\s+(?:at|with|from)\s+${COMPANY}`, 'u'),
  // "I'm now COO at Coastal Foods", "I'm now head of operations with Brightline", "I'm now working for ACME"
  // (not "I'm now at Heathrow" nor "I'm now in a meeting with Tom": a title or "working" comes first)
  new RegExp(String.raw`\bI(?:'m|’m| am)\s+now\s+(?:${TITLE}\s+(?:at|with)|working\s+(?:at|for|with))\s+${COMPANY}`, 'u'),
  // "I've changed jobs", "I've moved to a new company", "my new role at Brightline"
  /\bI(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+)?(?:changed|switched)\s+(?:jobs|companies|employers)\b|\bI(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+)?moved\s+(?:to|on to)\s+a\s+(?:new|different)\s+(?:role|job|company|employer|position)\b|\bmy new (?:role|job|position|company|employer) (?:at|with)\b/,
];

/** Leaving, said of the company ("I've left the company", "I'm no longer with Vistula"): the company must be the one on record or "the company". */
const EN_LEFT = new RegExp(String.raw`\bI(?:'ve|’ve| have)?\s+(?:just\s+|recently\s+)?(?:left|moved on from)\s+(${COMPANY}|the company|the firm|the business)|\bI(?:'m|’m| am)\s+no longer\s+(?:with|at|working (?:at|for|with))\s+(${COMPANY}|the company|the firm|the business)|\bI\s+no longer\s+work\s+(?:at|for|with)\s+(${COMPANY}|the company|the firm|the business)`, 'u');

/** When a move happened, said before the company: 上个月, 已於上月, 最近. */
const ZH_PAST_WHEN = String.raw`(?:上个月|上個月|上月|上周|上週|上星期|最近|之前|早前|早排|前段时间|前段時間|年初|[0-9一二三四五六七八九十]{1,2}月(?:份)?)`;
/** Left the company named between the time and the word (我上个月已经从华通离职了, 我已於上月從宏碩離職): 已 before it, or 了 after it; "我下个月从华通离职" is `leaving.ts`. */
const ZH_LEFT_FROM = new RegExp(String.raw`我${ZH_PAST_WHEN}?(?:(?:已经|已經|已)(?:于|於)?${ZH_PAST_WHEN}?(?:从|從|由)[\p{Script=Han}A-Za-z]{1,12}?(?:离职|離職|辞职|辭職)|(?:于|於)?${ZH_PAST_WHEN}(?:从|從|由)[\p{Script=Han}A-Za-z]{1,12}?(?:离职|離職|辞职|辭職)(?:了|咗))`, 'u');

/** The writer's own move in Chinese: 我离职了, 我已经跳槽, 我现在在华辰零售上班, 我已加入华辰科技, 我轉咗工. */
const ZH = /我(?:已经|已經|已|上个月|上個月|上周|上週|最近|前段时间|前段時間|年初)?(?:已经|已經|已)?(?:离职|離職|跳槽|换了工作|換了工作|换工作了|換工作了|换了公司|換了公司|转职|轉職|辞职|辭職)|我(?:现在|現在|目前)(?:已经|已經)?(?:在|於|于|喺)(?!公司|家|外面|路上|办公室|辦公室)[\p{Script=Han}A-Za-z0-9]{2,14}?(?:工作|上班|任职|任職|做事|做嘢|返工)|我(?:已经|已經|已)?(?:加入了?(?!群|会|會|你|您|贵|貴)[\p{Script=Han}A-Za-z]{1,12}?(?:公司|集团|集團|科技|银行|銀行)|入职|入職)|我(?:已经|已經)?不在[\p{Script=Han}A-Za-z]{2,14}?(?:工作|上班|做)了|我(?:上个月|上個月|早排|最近|之前)?(?:已经|已經)?(?:转咗工|轉咗工|辭咗職|辞咗职)/u;

/**
 * The sentence in which they say they have moved to another company; null when they do not.
 * `company` is the one on record for them: "I've left Vistula" counts when Vistula is it.
 */
export function movedOn(ownWords: string, company: string | null): string | null {
  for (const pattern of EN) {
    const match = pattern.exec(ownWords);
    if (match) return sentenceOver(ownWords, match.index, match[0].length);
  }
  const left = EN_LEFT.exec(ownWords);
  const named = left ? (left[1] ?? left[2] ?? left[3] ?? '') : '';
  const first = (company ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (left && (/^the /.test(named) || (first !== '' && named.toLowerCase().startsWith(first)))) return sentenceOver(ownWords, left.index, left[0].length);
  const zh = ZH.exec(ownWords) ?? ZH_LEFT_FROM.exec(ownWords);
  return zh ? sentenceOver(ownWords, zh.index, zh[0].length) : null;
}
