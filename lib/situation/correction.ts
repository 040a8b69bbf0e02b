import { sentenceOver } from './sentence';
/**
 * A correction to a document of ours (DOMAIN.md § 2: admin around the close, not a buying signal):
 * the tax rate on the quote, a PO number missing from the invoice, the billing address, the
 * invoice title or tax number ("please add our PO number to the invoice and reissue it", 报价单上
 * 税率写的是6%…要开13%的专票, 發票抬頭打錯了，請重開), or what we billed against what they have
 * ("the invoice shows 60 seats but we only have 45 active", 发票金额不对, 應該係45個帳號). It is done
 * today; it moves no stage and sells nothing (not the contract-terms objection of a buyer).
 */

/** What is being corrected: a field of an invoice, quote or order. */
const FIELD = /\b(?:tax rate|vat(?: rate| number)?|gst|po (?:number|no\.?|#)|purchase order (?:number|no\.?)|billing (?:address|contact|entity|name)|bill-to|invoice (?:address|name|title|date)|company name on|legal entity|tax id|registration number)\b|税率|稅率|税号|稅號|统一社会信用代码|統一社會信用代碼|统编|統編|抬头|抬頭|开票信息|開票資訊|开户行|開戶行|收票地址|地址|采购单号|採購單號|订单号|訂單號/i;
const FIELD_ALL = new RegExp(FIELD.source, 'gi');
/** Words that ask to fix it. */
const FIX = /\b(?:reissue|re-issue|correct(?:ed|ion)?|fix|update(?:d)?|amend(?:ed)?|change (?:it|the)|add (?:our|the)|is (?:wrong|incorrect|missing|our old)|was (?:wrong|incorrect)|should (?:be|read)|instead of|not\s+\d)|重开|重開|重新开|重新開|改成|改为|改為|更正|修改|写错|寫錯|打错|打錯|少了|错了|錯了|不对|不對|写的是|寫的是|要开|要開|确认一下|確認一下/i;
/** An ask to fix it, which may follow in the next sentence ("Can you reissue it?", 麻烦重开一张). */
const FIX_ASKED = /\b(?:reissue|re-issue|correct|fix|amend|update)\b|重开|重開|重新开|重新開|更正|修改|改成|改为|改為/i;
/** The documents such a field belongs to. */
const DOCUMENT = /\b(?:invoice|quote|quotation|order form|po|purchase order|receipt|billing)\b|发票|發票|报价单|報價單|专票|專票|订单|訂單|收据|收據/i;

/** A bill of ours: what was charged, not a quote still open to negotiation. */
const BILL = /\b(?:invoices?|invoiced|bills?|billed|billing|charged|statement|credit note)\b|发票|發票|账单|賬單|帳單|请款单|請款單|扣款|扣费|扣費/i;
/**
 * Billed more (or other) than they have: a figure they only have, a mismatch, an overcharge, or the amount said to be wrong.
 * (not an ask for other terms: "can you invoice us for 45 instead of 60", "we only have budget for 45 users")
 */
const BILLED_WRONG = new RegExp(
  [
    String.raw`\bonly (?:have|use|using|need|signed(?: up)? for|ordered|bought|agreed(?: to| on)?|contracted for|pay for|are on|got)\s+\d+`,
    String.raw`\bonly \d+ (?:of (?:them|those) )?(?:are )?(?:active|in use|users?|seats?|licen[cs]es?|people)`,
    String.raw`\b(?:doesn['’]t|does not|don['’]t|do not|didn['’]t|did not) match\b`,
    String.raw`\b(?:overcharg\w*|over-charg\w*|double[- ]?(?:charg|bill)\w*|charged (?:us )?twice|billed (?:us )?twice)`,
    String.raw`\b(?:invoice|bill|amount|total|figure|number)s? (?:is|was|are|were|looks?|seems?) (?:wrong|incorrect|off|not right)\b`,
    String.raw`\bshould (?:be|have been|read|only be) (?:for )?[$€£]?\d+(?:[.,]\d+)?(?!\s?%|\d)`,
    String.raw`\brefund (?:us )?the difference\b`,
    String.raw`多收|多扣|多开了|多開了|收多咗|收多了|重复扣|重複扣`,
    String.raw`(?:金额|金額|数量|數量|数目|數目|人数|人數|账号数|帳號數|席位数|席位數)(?:好像|似乎|明显|明顯)?(?:不对|不對|有误|有誤|唔啱|唔對|错了|錯了|不符|唔同|不一致)`,
    String.raw`(?:应该是|應該是|應該係|应该係|应为|應為|其实是|其實是|實際係|实际是|實際是)\s*[\d一二两兩三四五六七八九十百]+`,
    String.raw`(?:只有|只开通了?|只開通了?|只用紧?|只用緊|只签了?|只簽了?|只买了?|只買了?|我哋得|我地得|只得)\s*[\d一二两兩三四五六七八九十百]+\s*(?:(?:个|個)\s*)?(?:账号|帳號|用户|用戶|席位|人|license|licence|seat)`,
  ].join('|'),
  'i',
);

/**
 * The sentence asking to correct a field of our invoice, quote or order, when their words hold one; else null. What we
 * billed said to be wrong only with `billed` (a customer, or an invoice of ours sent): before a sale, "we only need 30
 * licences, can you invoice us quarterly?" asks for terms.
 */
export function documentCorrection(ownWords: string, billed = true): string | null {
  // (the field, the fix and the document in one sentence, or the ask to fix it in the next: in a long mail, "50 users only,
  // not 80" and "the USD quote" in other sentences make no correction of "Kindly share pricing in INR including GST"; "The
  // invoice shows the wrong VAT number. Can you reissue it?" is one)
  for (const field of ownWords.matchAll(FIELD_ALL)) {
    const sentence = sentenceOver(ownWords, field.index, field[0].length);
    const end = ownWords.indexOf(sentence) + sentence.length;
    const next = ownWords.slice(end).trim() ? sentenceOver(ownWords, end + (ownWords.slice(end).length - ownWords.slice(end).trimStart().length), 0) : '';
    if ((FIX.test(sentence) || FIX_ASKED.test(next)) && (DOCUMENT.test(sentence) || DOCUMENT.test(next))) return FIX.test(sentence) ? sentence : `${sentence} ${next}`;
  }
  if (!billed) return null;
  const wrong = billedWrong(ownWords);
  return wrong ? sentenceOver(ownWords, wrong.index, wrong[0].length) : null;
}

/** Where their words say we billed more or other than they have ("we were overcharged on the last invoice", 账单多收了15个席位): a correction of the bill, not a fault in the product to work around. */
export function billedWrong(words: string): RegExpExecArray | null {
  return BILL.test(words) ? BILLED_WRONG.exec(words) : null;
}
