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
