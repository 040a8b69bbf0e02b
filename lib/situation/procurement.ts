import { sentenceAt } from './sentence';

/**
 * A buyer's purchasing process, asked of us: register as a supplier and submit the quote on their
 * portal (Coupa, Ariba, 供应商管理平台). It is a step of buying, no objection ("we cannot accept
 * quotes by email" reads as a brush-off) and no day to wait for ("by 15 December" is their deadline):
 * we do it now and say so.
 */
const PORTAL = [
  /\b(?:register|registration|enrol+(?:ment)?|onboard(?:ing)?|sign up)\b[^.!?\n]{0,60}\b(?:supplier|vendor)s?\b|\b(?:supplier|vendor) (?:portal|registration|onboarding|platform|management system)\b(?! (?:form|document|pack|packet|questionnaire|paperwork))|\b(?:coupa|ariba|jaggaer|ivalua|e-?procurement|procurement portal|tender portal|bidding portal)\b/i,
  /(?:供应商|供應商)(?:管理)?(?:平台|系统|系統|门户|門戶|入库|入庫|准入|準入|注册|註冊)|(?:招标|招標|采购|採購|电子采购|電子採購)(?:平台|系统|系統|网|網)|(?:在|到|通过|透過)[^。！？\n]{0,12}(?:平台|系统|系統)(?:上)?(?:提交|上传|上傳|报价|報價|投标|投標)/,
];

/** The sentence that asks for it, quoted; null when the reply asks for no such step. */
export function findProcurementStep(text: string): string | null {
  for (const pattern of PORTAL) {
    const match = pattern.exec(text);
    if (match) return sentenceAt(text, match.index);
  }
  return null;
}

const SUBMIT_THERE = /\b(?:quotes?|quotations?|bids?|proposals?|pricing|tenders?|offers?)\b|报价|報價|投标|投標|标书|標書|方案/i;
const DEADLINE = /\b(?:by|before|no later than|deadline|due|closes?)\b[^.!?\n]{0,30}(?:\d|monday|tuesday|wednesday|thursday|friday|week|month)|截止|(?:\d|[一二三四五六日天末])(?:号|號|日)?(?:之?前|以前)/i;

/**
 * What their portal step asks of us, read from its sentence: the quote submitted there by a deadline, the quote
 * submitted there, or only the registration (forms, a W-9, bank details) — so the answer promises what was asked.
 */
export function portalAsk(sentence: string): 'quote_by' | 'quote' | 'forms' {
  if (!SUBMIT_THERE.test(sentence)) return 'forms';
  return DEADLINE.test(sentence) ? 'quote_by' : 'quote';
}
