/**
 * The words that say the sender is away: an auto-reply or an out-of-office message ("Automatic
 * reply: …", "I am out of the office until…", "on leave", 自动回复, 本人休假, 放紧假), and the words
 * around them that say it is over or someone else's. One table, read by the reply reader
 * (lib/reader/intents.ts, which also finds the day they are back) and by the background, which keeps
 * their last reply without a notice their own message followed (lib/situation/reply-run.ts) and may
 * not load the reader (tests/unit/background-graph.test.ts). Every pattern reads folded text
 * (lib/nlp/normalize.ts: lower case, Traditional as Simplified, plain quotes).
 */
import { foldForMatching } from './normalize';

/** One table of pattern sources as one global pattern. */
function compile(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g');
}

/** Latin words as a whole-word alternation. */
function words(...list: readonly string[]): string {
  return `(?<![a-z])(?:${list.join('|')})(?![a-z])`;
}

/** After a Chinese away word: it is a noun in a compound ("出差管理", "年假政策"), not being away. */
const ZH_NOUN_AFTER = '管理|报销|审批|模块|系统|申请|费用|补贴|标准|政策|流程|功能|单|天数|制度|记录|模板|规定';

/** Common one-character surnames as folded text reads them (Simplified). */
const ZH_SURNAME_FOLDED = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤麦区欧关伍岑邝文施容翁洪庄';

/** Words that say the sender is away. */
const AWAY_PATTERNS = [
  'out[\\s-]+of[\\s-]+(?:the\\s+)?office(?! supplies| space| furniture| hours| building| equipment| chairs| politics)',
  `${words('office|offices|we|we will be|we are|we\'re')} (?:is |are |will be )?closed(?= for| from| until| till| on| over| between)`,
  words('ooo'),
  'auto(?:matic|mated)?[\\s-]*(?:reply|response|responder)',
  'away from (?:the|my) (?:office|desk)',
  `on (?:annual |parental |maternity |paternity |sick |medical |personal |bereavement |study |family )?leave`,
  'on (?:vacation|holidays?|pto|sabbatical|a business trip|business travel|a trip|the road)',
  "(?:i'm|i am|i will be|i'll be|we're|we are|we will be) (?:currently )?(?:away|out|traveling|travelling|off|offline|unavailable|on holiday|abroad|overseas)(?= (?:until|till|from|through|thru|this|next|today|tomorrow|on|for|and|with|in|at)|[.,!;]|$)",
  'currently (?:away|traveling|travelling|out(?! of)|unavailable|offline|abroad)',
  'limited (?:access to (?:my )?e-?mails?|e-?mail access|connectivity)',
  '(?:respond|reply|get back to you|answer)[^.!?\\n]{0,30}(?:up)?on my return',
  'upon my return',
  '不在办公室', '不在公司', '不在岗', `(?:休假|请假|年假|产假|婚假|出差|外出|放假|度假)(?!${ZH_NOUN_AFTER})`, '假期中',
  '放紧假', '放(?:紧)?(?:大|长)假', '唔喺(?:公司|office|办公室|香港)', '自动回[复覆]', '邮件回[复覆](?:可能)?(?:会)?(?:有)?延迟', '无法及时回[复覆]', '延迟回[复覆]', '不便回[复覆]',
];
/** The away words, one global pattern over folded text (`foldForMatching`). */
export const AWAY_WORDS = compile(AWAY_PATTERNS);
/** In the clause before the away words: it is over ("I was on vacation", "我刚休假回来"), or someone else is away. */
export const AWAY_NOT_NOW = compile([
  words('was', 'were', 'been', 'had been', 'just got back', 'got back', 'just back', 'returned', 'came back', 'last week', 'yesterday', 'earlier'),
  words('he', 'she', 'they', 'colleague', 'boss', 'manager', 'assistant', 'ceo', 'director'),
  // "Jane is on leave" (someone else), but not "we are" / "this is an automatic reply".
  // (also with a word between, "Jenny is out on leave", "Jenny's away on holiday", "Jenny will be on leave")
  // (not "our team will be out", "my team is away": the sender's side)
  '(?:^|[^a-z])(?<!(?:our|my) )(?!we |you |i )[a-z]+ (?:is|are|will be)(?: (?:out|away|off|currently|still|now|also))?\\s*$',
  "(?:^|[^a-z])(?!(?:we|you|i|it|that|there|what|here|who)['’])[a-z]+['’]s (?:out|away|off|currently|still|now|also)\\s*$",
  '刚', '已经', '上周', '昨天', '之前', '他', '她', '同事', '老板', '领导', '经理', '助理', '佢', '主管', '总监', '[\\u4e00-\\u9fff](?:小姐|先生|女士)',
  // 王总出差, 陈生放紧假: 总/生 a title after a surname at a word's start, not inside a word (上海总部, 因生病, 我生病)
  `(?:^|(?<=[^\\u4e00-\\u9fff]|[的和与跟及是位请找问说让叫给同]))[${ZH_SURNAME_FOLDED}](?:总(?![部监裁经公体计额数结])|生(?![病日气产活意]))`,
]);
/** After the away words in the clause: it is over ("休假回来了", "back from vacation"). */
export const AWAY_OVER_AFTER = compile(['^[^.!?\\n]{0,12}(?:回来了|返来了|结束了|完了)', `^\\s*${words('is over', 'are over', 'ended')}`]);
/** Words before that make it not about them now: "back from", "sorry I was". */
export const AWAY_BACK_FROM = compile([`${words('back from', 'returned from', 'return from')}\\s*$`]);

/** Where a clause starts or ends in folded text: sentence and clause marks, a dash between spaces, "but", 但是. */
const CLAUSE_MARK = /[.!?;,:\n…]|\s[-–—]\s|(?<![a-z])but(?![a-z])|但是|不过|可是/g;

/**
 * Whether a message is an away notice: away words in a clause that neither puts them in the past or
 * on someone else ("I was on leave", "Jane is on leave", "back from vacation", 休假回来了) nor asks
 * ("are you out next week?"). The reader's `readOutOfOffice` reads the same words with its own
 * sentences, and the day they are back.
 */
export function isAwayNotice(text: string): boolean {
  const folded = foldForMatching(text);
  const marks = [...folded.matchAll(CLAUSE_MARK)].map((m) => ({ start: m.index, end: m.index + m[0].length, mark: m[0] }));
  for (const m of folded.matchAll(AWAY_WORDS)) {
    const start = m.index;
    const end = start + m[0].length;
    const from = marks.filter((c) => c.end <= start).at(-1)?.end ?? 0;
    const to = marks.find((c) => c.start >= end)?.start ?? folded.length;
    const before = folded.slice(from, start);
    const after = folded.slice(end, to);
    const sentenceEnd = marks.find((c) => c.start >= end && /[.!?\n…]/.test(c.mark));
    if (sentenceEnd?.mark.startsWith('?')) continue;
    if (once(AWAY_NOT_NOW).test(before) || once(AWAY_BACK_FROM).test(before) || once(AWAY_OVER_AFTER).test(after)) continue;
    return true;
  }
  return false;
}

/** A non-global copy of a table's pattern (a global one's `test` moves its `lastIndex`). */
const ONCE = new WeakMap<RegExp, RegExp>();
function once(pattern: RegExp): RegExp {
  let copy = ONCE.get(pattern);
  if (!copy) ONCE.set(pattern, (copy = new RegExp(pattern.source, pattern.flags.replace('g', ''))));
  return copy;
}
