/**
 * A forward with a note asking us to answer what is below ("Sam - see below from our IT lead, can you
 * answer?", 帮忙回一下下面的问题): the question to answer is the colleague's, in the forwarded part, not
 * the note that points at it. (A forward whose note says it is being looked at, "FYI, we are reviewing
 * internally", asks us nothing: `acknowledgement.ts`.)
 */

/** The note points at what is below and asks us to answer it. */
const POINTS_BELOW = /\b(?:(?:can|could|would) you (?:please )?(?:answer|help (?:with|here)|take (?:this|a look|a stab)|respond|reply|weigh in|field)|see (?:below|the (?:question|note|email) below)|(?:question|questions) below|any (?:thoughts|ideas) on (?:this|the below)|thoughts\?)|(?:帮忙|幫忙|麻烦|麻煩|请|請)[^。！？!?\n]{0,6}?(?:回|答|看)(?:复|覆|答)?(?:一下)?[^。！？!?\n]{0,4}?(?:下面|以下|下方)|(?:见|見|看)(?:下面|下方|以下)/i;
/** Where the forwarded part begins. */
const FORWARD_MARK = /^[-\s]*(?:-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:?|-{3,}\s*original message\s*-{3,}|[-\s]*(?:转发的邮件|轉寄的郵件|原始邮件|原始郵件)[-\s]*)\s*$/im;
/** The header lines of the forwarded mail ("From: …", "Subject: …", 发件人：…). */
const HEADER_LINE = /^\s*(?:from|sent|date|to|cc|subject|发件人|發件人|寄件者|收件人|日期|时间|時間|主题|主題)\s*[:：]/i;

/** Their colleague's question in the forwarded part, when the note above asks us to answer it; else null. */
export function forwardedQuestion(text: string, noteQuestion: string): string | null {
  const mark = FORWARD_MARK.exec(text);
  if (!mark) return null;
  const note = text.slice(0, mark.index);
  if (!note.includes(noteQuestion) || !POINTS_BELOW.test(noteQuestion)) return null;
  const body = text.slice(mark.index + mark[0].length).split('\n').filter((line) => !HEADER_LINE.test(line) && !/^\s*>/.test(line)).join('\n');
  const asked = /[^.!?。！？\n]*[?？]/.exec(body);
  return asked ? asked[0].trim() : null;
}
