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
