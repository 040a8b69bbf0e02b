import { JA_PLEASE, PLEASE_SEND } from '../nlp/please';
import { cleanReply } from '../nlp/reply';
import { sentenceAt } from './sentence';
import type { LastWord } from './types';

/**
 * A day they name as a deadline for something they ask of us ("麻烦您依財務的意見修改報價，下週一前回覆即可",
 * "please send the revised quote by Monday") is no snooze: the move is ours, before that day. A
 * deferral ("reach out in May") names when to come back; a deadline comes with a request and
 * "by / before / 前 / までに". The request may be a bare 请 with its day and verb ("合同请年底前发过来"; not 请放心), 唔該
 * in Cantonese, or a Japanese ask (お送りください, ご確認をお願いいたします).
 */
const REQUEST = new RegExp(
  String.raw`\b(?:please|pls|plz|kindly|could you|can you|would you|we need (?:you to|it|this|them)|need (?:it|this|them) by)\b|麻烦|麻煩|烦请|煩請|唔该|唔該|请您|請您|请把|請把|请在|請在|请于|請於|${PLEASE_SEND.source}|${JA_PLEASE.source}`,
  'iu',
);
const BEFORE_EN = /\b(?:by|before|no later than|ahead of)\s+(?:the\s+|this\s+|next\s+)?(?:(?:eod|cob|eob|close of business|end of (?:business |the )?day)\s+(?:on\s+)?(?:this\s+|next\s+)?)?$/i;
const BEFORE_ZH = /^\s?(?:(?:下班|收工|放工|中午|上午|下午|晚上|早上|[0-9一二两兩三四五六七八九十]{1,3}\s?[点點])\s?)?(?:之前|以前|前|截止|为止|為止)/;

/**
 * An answer wanted from us, said of them ("wants an answer by Wednesday", "she needs our reply by the 11th", 客户希望周三前给答复,
 * 老闆想我哋星期三之前覆佢): as much a request as "please". Not their own answer expected ("expect comments by the 18th").
 */
const WANTED_OF_US = /\b(?:wants?|needs?|would like|asked for|asking for|(?:is |are )?waiting (?:for|on)|awaiting)\s+(?:an?|our|the|your)\s+(?:answer|reply|response|decision|quote|revised quote|updated quote|proposal|offer)\b|\b(?:wants?|needs?|would like|requires?|expects?|asked for)\s+(?:our|your|the)\s+(?:[a-z0-9-]+\s+){0,3}?(?:back|returned|completed|filled (?:in|out)|submitted|signed)\b|\b(?:wants?|needs?|would like|requires?|expects?|asked|asking)\s+(?:us|you)\s+to\s+(?:send|return|submit|complete|fill|answer|provide|sign|get)\b|(?:要求|需要|希望|想|要)(?:我们|我們|我方|我哋|贵司|貴司|你们|你們|你哋)[^。！？!?，,]{0,14}?(?:提交|交返|交回|交|回传|回傳|提供|填写|填寫|填|完成|发|發|寄)|希望[^。！？!?，,]{0,12}?(?:答复|答覆|回复|回覆|回音)|(?:想|要)(?:我们|我們|我哋|你们|你們|你哋)[^。！？!?，,]{0,12}?(?:答复|答覆|回复|回覆|覆)/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence holding their request when the named day is its deadline; else null. */
export function deadlineRequest(text: string, namedText: string): string | null {
  const at = text.search(new RegExp(escape(namedText)));
  if (at < 0) return null;
  // (wide enough for "by close of business Thursday")
  const before = text.slice(Math.max(0, at - 32), at);
  const after = text.slice(at + namedText.length, at + namedText.length + 4);
  // (までに, "by" in Japanese: "来週の金曜日までにお見積りをお送りください")
  const deadline = BEFORE_EN.test(before) || BEFORE_ZH.test(after) || /(?:之前|以前|前|までに|迄に)$/.test(namedText);
  if (!deadline) return null;
  const request = REQUEST.exec(text) ?? WANTED_OF_US.exec(text);
  if (!request) return null;
  return sentenceAt(text, request.index);
}

/**
 * Their words with a deadline of their own set aside as a day to come back: the end of a period said as a deadline
 * ("we want it signed before quarter end", 这单想季度末之前签下来, "we need to close this before the end of the year") with
 * nothing asked of us is the day the deal must be done by; waiting until it (or the working day after it) would land the
 * follow-up after the deadline. The judgment then follows up by its cadence, before it. A deadline of something they ask
 * of us stays: it is that step's day ({@link deadlineRequest}).
 */
export function withoutTheirDeadline(word: LastWord | null): LastWord | null {
  const named = word?.reading.namedDate;
  if (!word || !named?.deadline || deadlineRequest(cleanReply(word.text).text, named.text) !== null) return word;
  return { ...word, reading: { ...word.reading, namedDate: null } };
}
