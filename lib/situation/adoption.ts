import { sentenceAt, sentencesOf } from './sentence';

/**
 * A trial or pilot nobody is using ("honestly the team didn't really use it", "only 3 of 20 carers have
 * logged in", 团队基本没怎么用, 冇點用過): whatever objection the words lean to (value, timing, "fiddly" read as
 * the contract), the step is adoption before the trial ends — a short session to get one or two people
 * live, an extension if they need it — not a push to buy, nor a wait until the "year-end" they were busy with.
 */
const LITTLE_USED = [
  // (didn't really use it, haven't had a chance to try it, never got round to it, nobody's using it, barely touched it)
  /\b(?:did(?:n'?t| not)|have(?:n'?t| not)|has(?:n'?t| not)|never|hardly|barely|rarely)\s+(?:really\s+|actually\s+|properly\s+|even\s+|yet\s+|much\s+)?(?:use[ds]?|using|tried|touched|logged (?:in|on)|opened|got (?:round|around) to(?: it| using)?|had (?:a |the )?(?:chance|time) to (?:use|try))\b(?=\s*(?:it|this|that|them|the (?:app|tool|system|platform|trial|pilot|software|product|portal|dashboard|licen[cs]es|logins?|accounts?)|much|at all|yet|properly|really|$|[.,;!]))/i,
  /\b(?:no ?one|nobody|none of (?:us|them|the team)|few (?:people|of (?:us|them)))\s+(?:is |are |has |have |had |was |were )?(?:really |actually )?(?:using|used|tried|logged (?:in|on))\b/i,
  // (only 3 of 20 have logged in, only 2 of 15 techs active, usage is low, low adoption)
  /\bonly\s+\d+\s+(?:of|out of)\s+(?:the\s+)?\d+\b[^.!?\n]{0,40}\b(?:active|logged (?:in|on)|using|used|signed (?:in|up)|set up)\b/i,
  /\b(?:usage|adoption|uptake|engagement)\s+(?:is|was|has been|has stayed|remains?)\s+(?:very |pretty |quite |really )?(?:low|poor|patchy|minimal|weak)\b|\b(?:low|poor|patchy|minimal)\s+(?:usage|adoption|uptake)\b/i,
  // 没怎么用, 基本没用, 很少用, 用得很少, 没什么人用, 冇點用過, 冇乜人用, 沒人在用, 使用率很低, 只有3个人登录
  /(?:没|沒|冇)(?:怎么|怎麼|点|點|乜|咋|太|啥)(?:样|樣)?(?:人)?(?:在)?(?:用|試|试|登入|登录|登錄)|(?:基本|根本|幾乎|几乎|完全)(?:上)?(?:都)?(?:没|沒|冇)(?:人)?(?:在)?(?:用|試|试|登入|登录|登錄)|(?:很少|甚少|好少)(?:人)?(?:用|登入|登录|登錄)|用得(?:很|好|太)?少|(?:没|沒|冇)(?:什么|什麼|乜|幾個|几个)人(?:在)?用|(?:使用率|活跃度|活躍度|登录率|登入率)(?:很|偏|比较|比較|好|太)?低|只有\s*\d+\s*(?:个|個|位|名)?[^，。！？\n]{0,8}(?:在用|登录|登入|登錄|用过|用過|活跃|活躍)/,
];

/** What shows a trial or pilot is what they are talking about. */
const TRIAL = /\b(?:trials?|pilots?|poc|proof of concept|evaluation|free period|test period|sandbox)\b|试用|試用|试点|試點|测试期|測試期|體驗期|体验期|免費期|免费期/i;

/** The sentence saying the trial or pilot is little used, when the trial or pilot is named in it or in `context` (the subject, our last message, the deal's name); else null. */
export function littleUsed(words: string, context: string): string | null {
  for (const pattern of LITTLE_USED) {
    const match = pattern.exec(words);
    if (!match) continue;
    if (!TRIAL.test(words) && !TRIAL.test(context)) return null;
    return sentenceAt(words, match.index);
  }
  return null;
}

const ENDS = /\b(?:ends?|ending|expires?|expiring|finishes|runs? out|closes?|is up|review)\b|(?:完|结束|結束|到期|截止|届满|屆滿)/i;

/** The day the trial or pilot ends (or is reviewed), read from the first text that names it with a day after `at`; else null. */
export function trialEnds(texts: readonly string[], at: number, dateIn: (sentence: string) => number | null): number | null {
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (!TRIAL.test(sentence) || !ENDS.test(sentence)) continue;
      const day = dateIn(sentence);
      if (day !== null && day > at) return day;
    }
  }
  return null;
}
