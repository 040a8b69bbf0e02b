import { sentenceOver } from './sentence';
/**
 * A correction to a document of ours (DOMAIN.md § 2: admin around the close, not a buying signal):
 * the tax rate on the quote, a PO number missing from the invoice, the billing address, the
 * invoice title or tax number ("please add our PO number to the invoice and reissue it", 报价单上
 * 税率写的是6%…要开13%的专票, 發票抬頭打錯了，請重開). It is done today; it moves no stage and sells
 * nothing.
 */

/** What is being corrected: a field of an invoice, quote or order. */
const FIELD = /\b(?:tax rate|vat(?: rate| number)?|gst|po (?:number|no\.?|#)|purchase order (?:number|no\.?)|billing (?:address|contact|entity|name)|bill-to|invoice (?:address|name|title|date)|company name on|legal entity|tax id|registration number)\b|税率|稅率|税号|稅號|统一社会信用代码|統一社會信用代碼|统编|統編|抬头|抬頭|开票信息|開票資訊|开户行|開戶行|收票地址|地址|采购单号|採購單號|订单号|訂單號/i;
/** Words that ask to fix it. */
const FIX = /\b(?:reissue|re-issue|correct(?:ed|ion)?|fix|update(?:d)?|amend(?:ed)?|change (?:it|the)|add (?:our|the)|is (?:wrong|incorrect|missing|our old)|was (?:wrong|incorrect)|should (?:be|read)|instead of|not\s+\d)|重开|重開|重新开|重新開|改成|改为|改為|更正|修改|写错|寫錯|打错|打錯|少了|错了|錯了|不对|不對|写的是|寫的是|要开|要開|确认一下|確認一下/i;
/** The documents such a field belongs to. */
const DOCUMENT = /\b(?:invoice|quote|quotation|order form|po|purchase order|receipt|billing)\b|发票|發票|报价单|報價單|专票|專票|订单|訂單|收据|收據/i;

/** The sentence asking to correct a field of our invoice, quote or order, when their words hold one; else null. */
export function documentCorrection(ownWords: string): string | null {
  const field = FIELD.exec(ownWords);
  if (!field || !FIX.test(ownWords) || !DOCUMENT.test(ownWords)) return null;
  return sentenceOver(ownWords, field.index, field[0].length);
}
