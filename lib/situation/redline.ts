import { sentenceOver } from './sentence';
/**
 * The contract sent back marked up (DOMAIN.md § 2, contract: the few terms that matter, moved
 * fast): "attached is the MSA with our redlines", "legal's tracked changes are in the agreement",
 * 合同我们法务改了几处，修订版附上, 法務已在合約上以追蹤修訂方式加註意見. Each day it waits is a day
 * the signature waits, so it is answered the same working day whatever the tier, and it asks no
 * signature yet (the text to sign is not agreed).
 */

/** The markup itself: redlines, tracked changes, a marked-up copy, 修订/批注/标红. */
const MARKUP = /\bred-?lin(?:e[sd]?|ing)\b|\bmark(?:ed)?[- ]?ups?\b|\btrack(?:ed)? changes\b|\b(?:our|legal['’]s|their|the) (?:comments|edits|changes|amendments) (?:on|to|in) (?:the|your) (?:contract|agreement|msa|dpa|sow|order form|terms)\b|修订版|修訂版|修订稿|修訂稿|追踪修订|追蹤修訂|修订模式|修訂模式|批注|批註|标红|標紅|改了几处|改了幾處|修改意见|修改意見|修改稿/i;
/** What was marked up: the contract or its papers. */
const CONTRACT = /\b(?:contract|agreement|msa|dpa|sow|order form|terms|t&cs|clauses?|sections? \d+)\b|合同|合约|合約|协议|協議|条款|條款|契约|契約/i;

/** Sent back now, not promised for later ("legal will send the redlines Friday", 后天把修订版发给您 is their move to wait for). */
const RETURNED = /\battach(?:ed|ing)?\b|\benclosed\b|\bhere (?:is|are)\b|\bsen(?:t|ding) (?:back|over|you)\b|\breturn(?:ed|ing)\b|\bsee (?:the |our )?(?:attach|enclos)|\b(?:we|legal|they)(?:['’]ve| have| has)\s+(?:now\s+)?(?:red-?lined|marked|added|made|left|put)\b|\bare in the\b|附上|附件|随附|隨附|见附|見附|发回|發回|寄回|传回|傳回|已(?:经|經)?(?:在|把|将|將)?[^，,。]{0,8}?(?:改|修改|修订|修訂|标|標|加|批)|改了|请查看|請查看|请参阅|請參閱|请确认|請確認/i;

/** The sentence that returns the contract marked up, when their words do; else null. */
export function returnedRedline(ownWords: string): string | null {
  const markup = MARKUP.exec(ownWords);
  if (!markup || !CONTRACT.test(ownWords) || !RETURNED.test(ownWords)) return null;
  return sentenceOver(ownWords, markup.index, markup[0].length);
}

/**
 * A change to the contract asked for before they sign ("They will not sign with the automatic renewal in
 * section 8. Can you strike it and send a clean copy?", 把自动续约那条删掉再发一版, 第8條自動續約可唔可以剷咗):
 * the same redline step as a marked-up copy (each change agreed or traded, the clean copy sent), not a generic answer.
 */
const CLAUSE = /\b(?:clauses?|sections?|auto-?renewals?|(?:automatic|auto) renewal|renewal terms?|provisions?|articles? \d|paragraphs?|indemnit(?:y|ies)|liability cap|termination (?:clause|terms?)|non-?compete|exclusivity)\b|§|条款|條款|第[\d一二三四五六七八九十]+[条條款]|(?:这|這|那|嗰|个|個)[条條]|自动续约|自動續約|自动续期|自動續期|续约条|續約條|违约金|違約金|赔偿上限|賠償上限|排他/i;
const CHANGE_ASKED = /\b(?:can|could|would|will) you\b[^.?!]{0,30}?\b(?:strike|remove|delete|drop|take (?:out|off)|cut|amend|reword)\b|\b(?:please|kindly|we need (?:you )?to|need you to)\b[^.?!]{0,20}?\b(?:strike|remove|delete|drop|take (?:out|off)|amend|reword)\b|\b(?:struck|removed|deleted|taken out)\b[^.?!]{0,30}?\bbefore (?:we|they|legal) (?:can )?sign|(?:把|将|將)[^，,。？！?]{0,24}?(?:删掉|刪掉|删除|刪除|删了|刪了|去掉|拿掉|划掉|劃掉|改成|改为|改為|剷咗|攞走)|(?:删掉|刪掉|删除|刪除|去掉|拿掉|划掉|劃掉|剷咗|攞走)[^，,。？！?]{0,4}?(?:再|重新)?(?:发|發|寄|出)(?:一版|一份|过来|過來|過嚟|返)|(?:可唔可以|可不可以|能不能|能否|麻烦|麻煩|请|請|唔該)[^，,。？！?]{0,20}?(?:删|刪|去掉|拿掉|剷)/i;
/** A refusal or a removal that is not about the contract ("remove me from your list"). */
const NOT_THE_CONTRACT = /\bremove (?:me|us|my|our)\b|\bunsubscribe\b|别再|別再|删除我|刪除我/i;

/** The words asking to change a clause before they sign, with the sentence naming it when the ask says only "it"; else null. */
export function askedRedline(ownWords: string): string | null {
  const m = CHANGE_ASKED.exec(ownWords);
  if (!m || NOT_THE_CONTRACT.test(ownWords) || !CLAUSE.test(ownWords)) return null;
  const asked = sentenceOver(ownWords, m.index, m[0].length);
  if (CLAUSE.test(asked)) return asked;
  // ("Can you strike it…": the clause is named in the sentence before)
  const before = ownWords.slice(0, ownWords.indexOf(asked)).trimEnd();
  const previous = before ? sentenceOver(before, before.length - 1, 1) : '';
  return previous && CLAUSE.test(previous) ? `${previous} ${asked}` : null;
}
