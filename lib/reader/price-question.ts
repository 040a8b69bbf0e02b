/**
 * A plain question about the price ("how much is it?", "what do you charge for a weekly clean?",
 * "多少钱?", "收费点计?") asks for a number; it objects to nothing. The examples teach it as no
 * objection, but the model weighs the word "price" or "cost" towards the price objection whatever
 * the sentence around it does, and a short question has little else to weigh: other people's
 * plain price questions were read as the price objection, sure (issue 14, the outside set K). So
 * a short reply that only asks what something costs, with no word of complaint, haggling or
 * comparison in it, is read as no objection, the price objection its second reading.
 *
 * Works on the reader's folded text (lower case, Simplified characters, see `readerInput`).
 *
 * @example
 * isPlainPriceQuestion("what's the price for 50 seats?") // → true
 * isPlainPriceQuestion('why is it so expensive?') // → false: a complaint
 * isPlainPriceQuestion('would you do it for 900?') // → false: a counter-offer (no asking phrase)
 */

/** Asking what it costs. */
const ASKS_PRICE = [
  /\bhow much\b/,
  /\bwhat(?:'s|s| is| are| would| will| does| do| did)?\b[^.?!]{0,40}\b(?:price|prices|pricing|cost|costs|charge|charges|rate|rates|fee|fees)\b/,
  /^(?:and |so |ok |okay |the |your |what about )*(?:price|prices|pricing|cost|costs|rates?|fees?)\b[^.?!]{0,30}\?/,
  /\bballpark\b/,
  /多少钱|多少|几钱|几多钱|咩价|什么价|啥价|怎么收费|怎么算钱|点收费|点计|收费标准|价格怎么算|价钱怎么算|什么价位|啥价位/,
];
/**
 * Words that make it more than a question: a complaint (too much, expensive, 贵), haggling (a
 * discount, lower, best price, 便宜点, 打折), a comparison (cheaper elsewhere, the others) or money
 * trouble (budget, afford), surprise (wow, "that seems a lot", an exclamation mark). Any of them leaves
 * the reading to the model.
 */
const MORE_THAN_A_QUESTION =
  /\b(?:too|so|that|very|pretty|quite|bit|way)\s+(?:much|high|dear|steep)\b|\ba lot\b|\bhigh\b|\bwow|\bwhoa|\bouch|\byikes|!|\bseems?\b|\bthat'?s\b|expensive|pricey|steep|cheap|discount|deal\b|lower|lowest|\bless\b|\bbest\b|\bfinal\b|bottom|knock|\boff\b|budget|afford|worth|\bmatch\b|\bbeat\b|other|else|elsewhere|quoted|\bcrazy\b|ridiculous|seriously|\breally\b|\bwhy\b|\d+\s*%|\bdo it for\b|\btake\b|better|above|flexib|negotia|\broom\b|\bhard\b|wiggle|come down|go down|\bcan you do\b|\bcould you do\b|贵|便宜|平啲|平d|平的|折|优惠|减|降|低|最低|底价|实在价|预算|划算|值|别家|别人|其他|其它|人家|少点|少一点|少啲|离谱|夸张|抢钱|为什么|为啥|点解|咁|这么|那么|太/;
/** Short: a question, not an email that also asks the price. */
const MAX_WORDS = 14;
const MAX_HAN = 24;

export function isPlainPriceQuestion(folded: string): boolean {
  const text = folded.trim();
  if (text === '') return false;
  const words = text.match(/[a-z0-9']+/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (words > MAX_WORDS || han > MAX_HAN) return false;
  // One question: a second sentence after it says something more ("…on price? 48k is hard to swallow").
  if (/[.?!。？！]\s*\S/.test(text.replace(/[.?!。？！\s]+$/, ''))) return false;
  if (!ASKS_PRICE.some((pattern) => pattern.test(text))) return false;
  return !MORE_THAN_A_QUESTION.test(text);
}

/**
 * A plain question about the terms ("how long is the contract?", "is it billed monthly or
 * annually?", "合同签几年?", "會唔會自動續約?") asks what they are; it objects to nothing and asks
 * to change nothing. The model weighs "contract", "annual" or 续约 towards the contract objection
 * (asking to change the terms, DOMAIN.md § 5) whatever the sentence does: other people's questions
 * about the terms were read as contract objections (issue 14, the outside set of session 19: three
 * of its `none` misses went to contract or price). So a short reply that only asks what the terms
 * are, with no word of asking for other terms, of refusal or of worry, is read as no objection.
 *
 * "Can we pay monthly instead?", "合同先签半年可以吗", "What if we want to cancel?" ask for other
 * terms or voice a worry: they stay with the model.
 *
 * @example
 * isPlainTermsQuestion('how long is the minimum contract?') // → true
 * isPlainTermsQuestion('can we do monthly instead of annual?') // → false: asks to change them
 */
const ASKS_TERMS = [
  /\bhow (?:long|does|do|is|are|will|would)\b[^.?!]{0,40}\b(?:contracts?|terms?|renewals?|renew|billing|billed|invoic\w*|payments?|notice|commitment|minimum)\b/,
  /\bwhat(?:'s|s| is| are| does| do)?\b[^.?!]{0,40}\b(?:contracts?|terms|term length|renewals?|notice(?: period)?|billing|payment terms|minimum term|commitment|cancellation)\b/,
  /\b(?:is|are|does|do)\b[^.?!]{0,40}\b(?:contracts?|plan|billing|billed|subscription|renewal|it)\b[^.?!]{0,30}\b(?:monthly|annual|annually|yearly|upfront|up front|auto|automatic(?:ally)?|renews?)\b/,
  /\bdo you (?:offer|bill|invoice|accept|do|have)\b[^.?!]{0,40}\b(?:monthly|annual|annually|yearly|billing|contracts?|terms|invoices?|payments?)\b/,
  /\bis there (?:a |any )?(?:minimum|contract|notice|commitment|cancellation)\b/,
  /\b(?:monthly|annual|annually|yearly) or (?:monthly|annual|annually|yearly)\b/,
  /签几年|几年一签|一年一签|签多久|签多长|合同期多|合约期多|合同一般|合约一般|有没有合同期|有没有合约期|有冇合约|有无合约|月付还是年付|年付还是月付|月费定年费|年费定月费|月费还是年费|年费还是月费|按月还是按年|按年还是按月|自动续约吗|自动续吗|会不会自动续|会唔会自动续|续约怎么|怎么续约|怎么付款|付款方式是|合同怎么签|合约怎么签/,
];
/** Asking for other terms, refusing them or worrying about them: the model's reading stands. */
const MORE_THAN_TERMS =
  /\binstead\b|\brather\b|\b(?:can|could) (?:we|i|you)\b|\bwould you\b|\bwill you\b|\bwe(?:'d| would)? (?:need|want|like|prefer)\b|\bi(?:'d| would)? (?:need|want|like|prefer)\b|\bonly\b|\bsplit|\bspread|\bextend|\bshort|\blonger\b|\bchange|\bmove\b|\bswitch|\bwaive|\bdrop\b|\bremove|\bcap\b|\breduce|\blower|\bmax|\bat most\b|\bwithout\b|\bnet \d|\d+ days|flexib|negotia|\btoo\b|\bcan'?t\b|\bcannot\b|\bwon'?t\b|\bnot\b|\bno\b|\bnever\b|problem|issue|concern|worr|risk|\block|stuck|trap|penalt|payment plan|instal|\bwhat if\b|\bwhat happens\b|\bwhy\b|\bhard\b|\breally\b|!|分期|分两|分三|改|能不能|能否|可不可以|可以|可唔可以|得唔得|得不得|行不行|行吗|不行|不能|没法|没办法|无法|唔得|太|最多|只能|试用|不想|不要|怕|担心|万一|违约|罚|押金|退|为什么|点解|凭什么/;

export function isPlainTermsQuestion(folded: string): boolean {
  const text = folded.trim();
  if (text === '') return false;
  const words = text.match(/[a-z0-9']+/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (words > MAX_WORDS + 4 || han > MAX_HAN) return false;
  if (!/[?？]|吗|嘛|呢|未|冇/.test(text) && !/^(?:how|what|whats|is|are|does|do)\b/.test(text)) return false;
  if (!ASKS_TERMS.some((pattern) => pattern.test(text))) return false;
  return !MORE_THAN_TERMS.test(text);
}
