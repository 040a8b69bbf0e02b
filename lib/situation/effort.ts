/**
 * A concern about how long or how heavy the implementation is ("the implementation takes too long
 * for us", "my team can't spend three months on setup", 实施周期太长了，三个月我们等不了, 上線時間
 * 太久了): neither a question about the start date (a buying signal) nor a contract or price
 * objection. Answered today with a phased start and what it asks of their people.
 */
import { sentenceSpans, sentenceOver } from './sentence';

const ONBOARDING = /\b(?:implementation|implementing|onboarding|on-boarding|set-?up|setup|roll-?out|deployment|go-live|migration|integration work)\b|实施|實施|上线|上線|部署|导入|導入|落地|交付周期|交付週期|交付期/i;
const TOO_MUCH = /\b(?:too long|too slow|too much (?:time|work|effort)|takes? (?:forever|ages)|can(?:'t|not) (?:spend|wait|afford|absorb|take)|more than we can (?:absorb|handle|take|spare)|worr(?:y|ies|ied)|heavy|too (?:big|heavy|disruptive)|long time|(?:is|sounds like) a lot)\b|太长|太長|太久|太慢|等不了|等不起|耗不起|太费|太費|工作量太大|太重|周期长|週期長|耗时|耗時|撑不住|撐不住|吃不消|忙不过来|忙不過來/i;

/** When we can start, asked in the same reply: a limit on the roll-out is then what they need from the start, a buying signal. */
const START_ASKED = /\b(?:when|how soon|how quickly) (?:can|could|would|will) (?:you|we|your team) (?:start|begin|kick (?:it )?off|get started)\b|\b(?:earliest|soonest) (?:start|you can start|we can start)\b|什么时候(?:能|可以)?(?:开始|启动|开工|动工)|什麼時候(?:能|可以)?(?:開始|啟動|開工)|幾時(?:可以|能)?(?:開始|開工)|最快(?:什么时候|什麼時候|幾時|哪天)/i;

/** The sentence with their concern about the implementation's time or effort, else null. */
export function effortConcern(ownWords: string): string | null {
  if (START_ASKED.test(ownWords)) return null;
  for (const { text: sentence, start } of sentenceSpans(ownWords)) {
    const subject = ONBOARDING.exec(sentence);
    if (subject && TOO_MUCH.test(sentence)) return sentenceOver(ownWords, start + subject.index, subject[0].length);
  }
  return null;
}
