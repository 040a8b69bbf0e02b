/**
 * What the prospect's last message asks of us, beyond objections: they are away (an auto-reply),
 * they want no more contact, they report a problem, or they asked a question. English, Simplified
 * and Traditional Chinese (and Cantonese usage).
 *
 * Each reader works on the reply's own words (quoted history and the signature dropped, the
 * greeting left out; folded so that case, full width and Traditional characters do not matter) and
 * returns a span of the original text. Each kind of words is a table of patterns; each reader
 * applies its table, then the guards that keep other senses out (the past, a question to us, a
 * hypothetical, someone else's system, a time limit).
 *
 * Evidence: for an out-of-office and a stop request, the words that say it ("out of the office",
 * "remove me from your list"); for a complaint and a question, the whole sentence (the reply has to
 * answer it).
 */
import { AWAY_BACK_FROM, AWAY_NOT_NOW, AWAY_OVER_AFTER, AWAY_WORDS as AWAY } from '../nlp/away-notice';
import { cleanReply, type CleanReply } from '../nlp/reply';
import { findNamedDate } from './time-expressions';

export interface Span {
  text: string;
  start: number;
  end: number;
}

// ————————————————————————————————————————— shared —————————————————————————————————————————

interface Stretch {
  start: number;
  end: number;
}

/** One table of pattern sources as one global, case-folded pattern (the text is folded already). */
function compile(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g');
}

/** Latin words as a whole-word alternation: `words('stop', 'quit')` → `(?<![a-z])(?:stop|quit)(?![a-z])`. */
function words(...list: readonly string[]): string {
  return `(?<![a-z])(?:${list.join('|')})(?![a-z])`;
}

/** A stretch of the folded text as a span of the original. */
function spanOf(original: string, reply: CleanReply, s: Stretch): Span {
  const start = reply.toOriginal(s.start);
  const end = reply.toOriginal(s.end - 1) + 1;
  return { text: original.slice(start, end), start, end };
}

/**
 * Sentence ends: ! ? ; … and line breaks (kept in the sentence before them); a dot only before a
 * space, a line end or Chinese ("e.g.", "3.5", "www.x.com" do not end one); a question mark inside
 * a URL does not either.
 */
const SENTENCE_END = /[!?;…]+(?=[\s"')\]]|$|[\u0080-\uffff])|\.+(?=\s|$|[\u0080-\uffff])|\n/g;
/** Short words whose dot is no sentence end. */
const ABBREVIATION = /(?<![a-z])(?:mr|mrs|ms|dr|prof|st|vs|etc|e\.g|i\.e|approx|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|inc|ltd|co)$/;

/** The sentences of a folded text, trimmed, each with its end punctuation. */
function sentencesOf(text: string): Stretch[] {
  const out: Stretch[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(trim(text, { start, end: m[0] === '\n' ? m.index : end }));
    start = end;
  }
  out.push(trim(text, { start, end: text.length }));
  return out.filter((s) => s.end > s.start);
}

/** A stretch without the spaces around it. */
function trim(text: string, s: Stretch): Stretch {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Clause ends inside a sentence: commas, colons, dashes, "but", 但是. */
const CLAUSE_END = /[,:;]|\s[-–—]\s|(?<![a-z])but(?![a-z])|但是|不过|可是/g;

/** The clause of a sentence around a stretch. */
function clauseOf(text: string, sentence: Stretch, s: Stretch): Stretch {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_END)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= s.start) start = at + m[0].length;
    else if (at >= s.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Every match of a pattern in a text, as stretches. */
function matches(pattern: RegExp, text: string): Stretch[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const within = (outer: Stretch, inner: Stretch): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Non-global copies of the table patterns, for tests that must not move a shared `lastIndex`. */
const ONCE = new WeakMap<RegExp, RegExp>();

/** Whether a pattern matches in a stretch of the text, before `before` when given. */
function has(pattern: RegExp, text: string, s: Stretch, before?: number): boolean {
  let once = ONCE.get(pattern);
  if (!once) ONCE.set(pattern, (once = new RegExp(pattern.source, pattern.flags.replace('g', ''))));
  return once.test(text.slice(s.start, before ?? s.end));
}

// ————————————————————————————————————————— out of office —————————————————————————————————————————

/** Words that announce the return day ("until", "back on", "returning", "1月4日回来"). */
const RETURN_WORDS = compile([
  words('until', 'till', 'back', 'return', 'returning', 'returns', 'resume', 'resuming', 'reopen', 'reopening', 'reopens', 'through', 'thru', 'from'),
  '回来', '返回', '回到', '上班', '返工', '复工', '恢复', '返嚟', '至', '到',
]);

/** An auto-reply or a message saying they are away; `until` when it names the return day (via findNamedDate or an explicit "until/back on/returning" date). */
export function readOutOfOffice(text: string, now: number): { until: number | null; evidence: Span } | null {
  const reply = cleanReply(text);
  const folded = reply.folded;
  const sentences = sentencesOf(folded);
  for (const m of matches(AWAY, folded)) {
    const sentence = sentences.find((s) => within(s, m));
    if (!sentence) continue;
    // A question is about us or someone else ("are you out next week?"), not an announcement.
    if (isQuestionSentence(folded, sentence)) continue;
    const clause = clauseOf(folded, sentence, m);
    if (has(AWAY_NOT_NOW, folded, clause, m.start) || has(AWAY_BACK_FROM, folded, { start: clause.start, end: m.start })) continue;
    if (has(AWAY_OVER_AFTER, folded, { start: m.end, end: clause.end })) continue;
    const evidence = spanOf(text, reply, m);
    return { until: returnDay(text, reply, sentences, sentence, now), evidence };
  }
  return null;
}

/** The day they are back: from a sentence naming it (return words first), else the away sentence, else anywhere. */
function returnDay(original: string, reply: CleanReply, sentences: readonly Stretch[], away: Stretch, now: number): number | null {
  const withReturn = sentences.filter((s) => has(RETURN_WORDS, reply.folded, s));
  for (const s of [away, ...withReturn.filter((s) => s !== away)]) {
    const span = spanOf(original, reply, s);
    const date = findNamedDate(span.text, now);
    if (date) return date.at;
  }
  return null;
}

// ————————————————————————————————————————— stop —————————————————————————————————————————

const CONTACT_VERBS = 'contact|contacting|e-?mail|e-?mailing|message|messaging|call|calling|text|texting|ring|ringing|reach out to|reaching out to|write to|writing to|bother|bothering|ping|pinging|spam|spamming|follow up with|following up with|chase|chasing|pester|pestering|harass|harassing';
/** Verbs that ask for no contact at all, with or without "again". */
const CONTACT_ONLY = 'contact|bother|spam|pester|harass|reach out to';
/** Words asking for no more contact. */
const STOP_PATTERNS = [
  words('unsubscribe', 'unsubscribed', 'unsub', 'opt[\\s-]?out', 'opt me out'),
  `${words('remove|delete|take|drop|erase')} me (?:off|from)(?: of)? (?:your|the|this|all|any)?\\s*(?:e-?mail(?:ing)? |mailing |distribution |contact |marketing |call |sales )?(?:lists?|database|distribution|contacts|system|sequences?|campaigns?|e-?mails|newsletters?|crm|records)`,
  `${words('take')} me off (?:your |the )?(?:list|emails)`,
  `${words('remove|delete|erase')} (?:my|our) (?:e-?mail|address|details|data|contact|information|info|number|personal data)`,
  `${words('stop')} (?:${CONTACT_VERBS}|send me|sending me|sending us)(?![a-z])(?: me| us| to me| this| these)?(?: (?:e-?mails|messages|texts|calls|stuff|spam|marketing))?`,
  // "don't contact me" is a stop; "don't call me" only with "again" / "anymore" (else it may be a channel preference).
  `${words("don't|dont|do not|never|please don't|pls don't|please do not")} (?:ever )?(?:${CONTACT_ONLY})(?![a-z]) (?:me|us)(?: again| anymore| any more| ever again| in the future| further)?`,
  `${words("don't|dont|do not|never|please don't|pls don't|please do not")} (?:ever )?(?:${CONTACT_VERBS})(?![a-z]) (?:me|us) (?:again|anymore|any more|ever again|in the future|further)`,
  // …or the place it reached them: "don't call here again", "never email this address again".
  `${words("don't|dont|do not|never|please don't|pls don't|please do not")} (?:ever )?(?:${CONTACT_VERBS})(?![a-z]) (?:here|this (?:number|address|line|office|inbox)) (?:again|anymore|any more|ever again)`,
  '(?:please |pls |kindly |just )remove me(?=\\s*(?:[.!]|$))',
  `${words('no more')} (?:e-?mails|messages|calls|texts|follow[\\s-]?ups|spam)`,
  words('leave me alone', 'leave us alone', 'lose my number', 'do not contact', 'cease (?:all )?(?:contact|communication)', 'stop all (?:contact|communication)'),
  `^\\s*(?:please\\s+)?stop[\\s.!]*$`,
  `^\\s*(?:td|unsubscribe|退订|取消订阅)[\\s.!]*$`,
  '(?:请|麻烦)?(?:不要|别|勿|不用|唔好|唔使|咪)再?(?:联系|联络|打扰|骚扰|烦|揾|找)(?:我|我们|我哋)',
  '(?:不要|别|唔好|咪)再(?:打(?:电话|给我|俾我|嚟|来|过来)|发(?:信息|消息|短信|邮件|email|了|这些|广告)?|send|call|whatsapp|微信|给我发(?:信息|消息|短信|邮件|email|广告)?|(?:给我|俾我)?(?:传|寄)(?:讯息|信息|消息|简讯|信|邮件|email|了|这些|广告)?|(?:给|俾|跟|同)(?:我|我们|我哋)打(?:电话)?)',
  '以后(?:都)?(?:不要|别|唔好)(?:再)?(?:给我|俾我|跟我)?(?:联系|联络|打|发|揾)', '请勿打扰', '勿扰(?!模式)', '别烦我', '唔好烦我', '骚扰', '退订', '取消订阅', '拒收',
  '(?:把|将)我(?:们)?(?:从|喺)?[^,.!?]{0,8}(?:名单|列表|通讯录|邮件列表|系统)(?:中|里|入面)?(?:删除|移除|删掉|去掉|剔除)',
  '删除我(?:们)?的(?:信息|资料|联系方式|数据|邮箱|电话)',
  '(?:不需要|不用|唔使)再(?:联系|联络|跟进|发)', '唔该唔好再',
];
const STOP = compile(STOP_PATTERNS);
/** In the sentence: a time limit or another channel, so it is a snooze or a redirect, not a stop. */
const STOP_LIMITED = compile([
  words('until', 'till', 'during', 'on weekends', 'at weekends', 'at night', 'in the evening', 'outside', 'business hours', 'office hours', 'working hours', 'instead', 'this number', 'at work', 'this address', 'this week', 'next week', 'next month', 'next year', 'next quarter', 'for a while', 'for a few'),
  `${words('before|after')} (?:\\d|[a-z]+day|noon|lunch|next|the end|the \\d|the holidays|cny|chinese new year)`,
  `${words('prefer')} (?:e-?mail|phone|calls?|texts?|whatsapp|wechat|linkedin|to be contacted by)`,
  `${words('e-?mail|text|call|message|whatsapp|wechat|ping')} (?:me|us) (?:instead|at|on|via)`,
  '周末', '晚上', '上班时间', '工作时间', '(?:月|周|号|日|天|年|节|底|初)(?:之前|以前|之后|以后)', '以后再', '再说', '这个号码', '直接(?:打|发|联系|找|用)', '改用', '换用', '换成', '微信联系', '邮件联系', '发邮件给', '下周', '下个月', '明年', '年后', '先(?:别|不要|唔好|不用)',
]);
/**
 * In the stop's own clause: "for now" limits only the words it stands with ("please don't contact me for now", 这段时间先别联系我),
 * not a stop in another clause ("我们暂时不需要，请不要再联系我了": 暂时 is the need's, the stop is whole).
 */
const STOP_LIMITED_CLAUSE = compile([words('for now', 'for the time being', 'at the moment', 'right now'), '暂时', '暫時', '这段时间', '這段時間', '暂且', '暫且', '目前', '而家', '呢排']);
/** Before the words in the clause: it is negated or hypothetical ("I don't want to unsubscribe", "if you remove me"). */
const STOP_NEGATED = compile([
  words("don't want to", 'do not want to', 'no need to', 'not asking', "didn't", 'did not', 'if', 'whether', "won't", 'not going to', "don't need to", 'how to', 'no longer need to'),
  '不想', '不是要', '不用', '并不是', '如果', '是否', '不需要',
]);
/** Around "unsubscribe" / "退订": a footer instruction or another service, not a request ("click here to unsubscribe", "退订这个套餐"). */
const STOP_OTHER_SENSE = compile([
  `${words('to|click|here|link|button|manage|preferences')}\\s*(?:here\\s*)?$`,
  '^\\s*(?:here|at any time|anytime|below|by clicking)',
  '^(?:这个|该|套餐|服务|订单|产品|会员)',
]);

/** In the sentence: one list or kind of mail ("take me off your marketing newsletter", 别给我发营销短信). */
const STOP_ONE_LIST = /\b(?:newsletters?|mailing lists?|marketing (?:e-?mails?|mails?|messages?|lists?|texts?|sms)|promotional|promos?|webinar|event invit\w*|digest|drip|campaign|this list|that list)\b|营销|營銷|行销|行銷|推广|推廣|广告|廣告|订阅号|訂閱號|电子报|電子報|群发|群發/;
/** Elsewhere in the reply: they still want to talk ("I'm still interested in the pilot though - can we talk Tuesday?", 不过试点的事我们还是要继续谈). */
const STILL_TALKING = /[?？]|\bstill (?:interested|keen|want|would like|like to)\b|\b(?:keep|continue) (?:the|our) (?:conversation|discussion|talks?)\b|\bkeep (?:me|us) (?:posted|updated|in the loop)\b|\b(?:let'?s|can we|could we|happy to) (?:talk|meet|speak|chat|continue)\b|还是要|還是要|继续|繼續|照常|照旧|照舊|还是想|還是想|还想|還想|方案发|方案發|再约|再約/;

/** They asked not to be contacted again (unsubscribe, remove me, stop emailing, don't contact me again, 请不要再联系我, 別再打來, 退订, 唔好再搵我...). Not triggered by "stop" in other senses ("we stopped using Excel", "stop by our booth"), nor by one list left while the talk goes on. */
export function readStopRequest(text: string): Span | null {
  return scanStop(text).stop;
}

/**
 * One list left while the talk goes on ("Please take me off your marketing newsletter. I'm still
 * interested in the pilot though", 以后别给我发营销短信了，不过试点的事我们还是要继续谈): the words that
 * leave it, for the judgment to set aside (they are no brush-off); null when the reply holds none.
 */
export function readOneListLeft(text: string): Span | null {
  return scanStop(text).listLeft;
}

function scanStop(text: string): { stop: Span | null; listLeft: Span | null } {
  const reply = cleanReply(text);
  const folded = reply.folded;
  const sentences = sentencesOf(folded);
  let listLeft: Span | null = null;
  for (const m of matches(STOP, folded)) {
    const sentence = sentences.find((s) => within(s, m)) ?? { start: 0, end: folded.length };
    const clause = clauseOf(folded, sentence, m);
    if (has(STOP_NEGATED, folded, clause, m.start)) continue;
    if (has(STOP_LIMITED, folded, sentence) || has(STOP_LIMITED_CLAUSE, folded, clause)) continue;
    // (off the newsletter, still talking about the pilot: a list left, not the conversation)
    const rest = folded.slice(0, clause.start) + folded.slice(clause.end);
    if (STOP_ONE_LIST.test(folded.slice(sentence.start, sentence.end)) && STILL_TALKING.test(rest)) {
      listLeft ??= spanOf(text, reply, clause);
      continue;
    }
    const word = folded.slice(m.start, m.end);
    if (/unsub|退订|取消订阅/.test(word)) {
      const before = folded.slice(clause.start, m.start);
      const after = folded.slice(m.end, clause.end);
      if (has(STOP_OTHER_SENSE, before, { start: 0, end: before.length }) || has(STOP_OTHER_SENSE, after, { start: 0, end: after.length })) continue;
    }
    return { stop: spanOf(text, reply, trim(folded, m)), listLeft };
  }
  return { stop: null, listLeft };
}

// ————————————————————————————————————————— complaints —————————————————————————————————————————

const ACTIONS = 'work|working|load|loading|open|opening|sync|syncing|start|starting|connect|connecting|save|saving|export|exporting|import|importing|update|updating|send|sending|respond|responding|function|functioning|show|showing|display|displaying|print|printing|upload|uploading|download|downloading|log ?in|login|sign ?in|run|running|calculate|integrate';
/** Strong words: something is broken. */
const BROKEN_PATTERNS = [
  `${words("isn't|is not|isnt|aren't|are not|arent|doesn't|does not|doesnt|don't|do not|didn't|did not|won't|will not|wont|can't|cannot|cant|couldn't|could not|stopped|keeps? failing to|fails? to|failed to|no longer|still not|still isn't|still doesn't|not")} (?:${ACTIONS})(?![a-z])`,
  words('broken', 'broke', 'crash(?:es|ed|ing)?', 'freez(?:es|ing)', 'froze(?:n)?', 'outage', 'timed out', 'times out', 'glitch(?:es|y)?', 'buggy', 'bugs?', 'malfunction(?:ing|s)?', 'corrupted', 'unresponsive'),
  `${words("is|are|was|went|goes|been|site's|app's|system's|server's|it's")} (?:completely |totally |still |all )?down(?![a-z])`,
  `${words('keeps?|kept')} (?:crashing|failing|freezing|logging (?:me|us) out|timing out|erroring|hanging|breaking|losing|deleting|dropping|disconnecting|spinning|showing (?:an? )?error)`,
  `${words('has been|have been|is|are|started|keeps on|has started|have started')} (?:constantly |repeatedly |randomly |still )?failing(?![a-z])`,
  words('(?:invoices|orders|records|files|entries|payments|reports|transactions) (?:are|is|went|have gone|have been|are still) missing'),
  `${words("can't|cannot|cant|couldn't|could not|unable to|not able to|won't let me|doesn't let me")} (?:log ?in|login|sign ?in|access|open|connect|sync|export|import|save|load|upload|download|print|get in|get into|see|find|use)`,
  words('locked out', 'lost (?:all )?(?:my |our |the )?(?:data|files|records|work|contacts|history|orders|invoices)', 'data (?:is|was|has been|got|have been) (?:lost|missing|gone|deleted|corrupted|wiped)', 'missing (?:data|records|files|invoices|orders)', '(?:has |have )?disappeared', 'vanished'),
  words('wrong (?:invoice|charge|amount|data|figures|numbers|total|price|bill)', 'overcharged', 'double[\\s-]charged', 'charged (?:us |me )?twice', 'incorrect (?:invoice|charge|amount|bill)'),
  words('(?:still )?waiting (?:for|on) (?:a |the |your )?(?:fix|patch|resolution|update on (?:my|the|our) ticket)', 'still (?:not fixed|broken|not working|no fix|not resolved|unresolved|no response|no reply)', "when will (?:this|it|that) be (?:fixed|resolved|sorted)", '(?:any )?update on (?:my|the|our) (?:ticket|case|issue)', 'not (?:syncing|loading|saving|responding)', 'blank (?:page|screen)', 'error (?:message|code)', '(?:500|502|503|404) error', 'throws? an? error', 'getting (?:an? )?errors?', 'shows? an? error'),
  '出问题', '出了(?:点)?问题', '(?:系统|软件|平台|app|网站|页面|功能|账号|账户|数据|发票|订单|报表|接口)(?:又|还|一直|老是|总是)?(?:有|出)(?:点)?(?:问题|bug|故障)', '用不了', '不能用', '没法用', '无法使用', '用唔到',
  '无法登(?:录|入|陆)', '登(?:录|入|陆)不(?:了|上|进)', '登不(?:上|进)', '登入唔到', '登录唔到', '进不去', '打不开', '开不了', '开唔到', '(?:一直|总是|老是|成日)?报错', '出错', '故障',
  '坏了', '坏掉', '坏咗', '崩溃', '崩了', '闪退', '卡住', '卡死', '很卡', '好卡', '太卡', '卡顿', '死机', '宕机', '当机', '挂了', '瘫痪', '数据(?:丢失|丢了|没了|不见了)', '丢失', '不见了',
  '唔见咗', '冇晒', '没(?:有)?反应', '无响应', '冇反应', '还没(?:有)?(?:修好|解决|处理)', '仍(?:然)?未(?:解决|修好)', '一直没(?:有)?(?:解决|人处理|人回复)', '(?:什么时候|几时)(?:才)?(?:能|可以)?(?:修好|解决|整好)',
  '仲未整好', '等你们修复', '没人处理', '扣错', '多扣', '重复扣(?:费|款)', '收费错误', '扣了两次', '同步不了', '导不出', '(?:导出|导入|上传|下载|同步|保存|登录|支付)失败', '唔work', '搞唔掂', '死咗机',
  '成日出错', '乱码', '白屏', '黑屏', '异常', '不正常',
  // slow or stuck in use, said of it as it is now (用起来很慢, 系统老是卡, 成日卡, 慢到死): even asked about, "新版本用起来很慢，能不能优化一下？"
  '(?:用起来|用起上嚟|打开|加载|登录|登入|反应|响应|运行|跑得)(?:很|好|太|特别|非常|超级|超|劲|巨|越来越)?慢', '(?:特别|非常|超级|极其|越来越|慢到|巨)慢', '慢(?:死了|得要命|到不行|到爆|到死)',
  '(?:老是|总是|经常|成日|时常|一直|又)卡(?![片号])', '卡(?:得|到)(?:要命|不行|爆|死)',
  words('(?:takes|taking|took) (?:forever|ages|minutes) to (?:load|open|log ?in|sign ?in|sync|save|respond|export|print)', '(?:support|helpdesk|help desk|customer service|your team|account manager)(?: team)? (?:never|doesn\'t|does not|won\'t|don\'t|do not|still hasn\'t|still has not) (?:answers?|responds?|replies|reply|respond|answer|gets? back|picks? up|calls? back)'),
];
/** Weaker words: a complaint or a problem, named as such. */
const COMPLAINT_PATTERNS = [
  words('complain(?:t|ts|ing)?', 'unacceptable', '(?:very |extremely |really |so )?disappointed', 'frustrat(?:ed|ing)', 'fed up', 'terrible (?:service|experience|support)', 'poor (?:service|support)', 'escalat(?:e|ing)', 'refund'),
  `${words("it's|it is|this is|that's|system is|app is|site is|tool is|page is|everything is|loading is")} (?:so |very |extremely |really |painfully |unbearably |still )?slow`,
  words('too slow', 'painfully slow', 'extremely slow', 'very slow', 'super slow'),
  `${words("having|had|have|got|getting|facing|experiencing|there's|there is|there are|we've got|i've got")} (?:an? |some |serious |major |big |the same |a few )?(?:issues?|problems?|trouble) (?:with|logging|accessing|using|getting|since|on|in)`,
  words('something (?:is |went )?wrong with', 'not happy with', 'unhappy with'),
  '投诉', '不满', '(?:很|太|非常|好)失望', '太慢', '很慢', '好慢', '慢得', '退款', 'bug', '修复',
  // a service of ours left undone: nobody calls back, the training never came ("nobody has called us back", 实施顾问联系不上, 培训一直没安排)
  words('(?:nobody|no one|no-one) (?:has |have )?(?:ever )?(?:called|rung|got back|gotten back|responded|replied|followed up|shown up|turned up)', "(?:haven't|have not|still haven't|still have not) heard (?:back )?from (?:anyone|anybody|your|you)", 'onboarding (?:has been|is|was) (?:a mess|a disaster|chaotic|a shambles)', "(?:can't|cannot|couldn't|could not) (?:reach|get hold of) (?:anyone|anybody|your)"),
  // hard to use, and the people who use it unhappy (好难用, 门店意见很大, "really hard to use")
  words('(?:really|very|so|too|incredibly|quite) (?:hard|difficult|confusing|clunky|painful) to use', 'a (?:nightmare|pain) to use'), '(?:好|很|太|超|非常|特别)?难用', '(?:门店|员工|同事|用户|店员|前台|一线|下面|大家)(?:的)?(?:意见|怨言|抱怨)(?:很|好|非常|特别|都)?(?:大|多)',
  '联系不上', '联络不上', '没人理', '没人回', '没人跟进', '一直没(?:有)?(?:安排|人来|人联系|回音|消息|下文)', '(?:员工|同事|门店|大家|前台)(?:都|还)?不会用', '培训(?:一直|到现在|至今)?(?:都)?(?:没|没有|未)(?:安排|做|来)',
];
const BROKEN = compile(BROKEN_PATTERNS);
const COMPLAINT = compile(COMPLAINT_PATTERNS);
/** In the clause: it is hypothetical or a question about what might happen ("what if it crashes", "系统出问题的话"). */
const COMPLAINT_HYPOTHETICAL = compile([
  words('if', 'what if', 'in case', 'whether', 'will it', 'could it', 'can it', 'does it ever', 'ever', 'worried', 'worry', 'afraid', 'concerned', 'risk', 'risks', 'policy', 'prevent', 'avoid', 'handle', 'guarantee', 'sla'),
  '如果', '万一', '要是', '的话', '会不会', '会否', '担心', '怕', '避免', '防止', '有没有', '政策', '保障', '保证',
]);
/** Right before the words: they are negated ("no bugs", "never crashed", "从不闪退", "没有报错"). */
const COMPLAINT_NEGATED = compile([
  `${words('no', 'never', 'without', 'zero', 'hardly', 'not a', 'not any', 'not one', 'nothing')}(?:\\s+[a-z]+){0,2}\\s*$`,
  '(?:没有|没|无|不会|从不|从没|从来没有?|未|不再)(?:遇到过?|遇过|出现过?|发生过?|试过|见过|过)?$',
]);
/** In the clause: the problem is someone else's (their current or old tool, a vendor, their own customers). */
const COMPLAINT_ELSEWHERE = compile([
  words('our (?:current|old|existing|legacy|previous|present) (?:system|tool|vendor|software|crm|erp|provider|setup|process|solution|platform|pos|till system|tills|app|portal)', '(?:current|old|existing|legacy|previous) (?:system|vendor|tool|provider|supplier|crm|erp|software|pos)', '(?:our|in|with|using) excel', 'excel (?:keeps|crashes|crashed|is|was|files?|sheets?)', '(?:our|the) spreadsheets?', 'competitor', 'other vendor', 'our (?:customers|clients|users) (?:complain|are)', 'trial and error', 'human error', '(?:problems?|issues?|trouble) with (?:the |your |this |our )?(?:price|pricing|cost|costs|budget|contract|terms|proposal|quote|timeline|timing|offer|discount)', 'down payment', 'downgrade', 'download', 'slow season', 'business is slow', 'sales are slow'),
  '现有系统', '旧系统', '原来的系统', '原有系统', '现在用的', '现在的系统', '目前的系统', '目前用的', '表格', '竞品', '别家', '之前那家', '原来那家', '(?:客户|用户|顾客)投诉(?![^，,。！？!?；;]{0,12}(?:你们|你哋|贵司|您的|系统|软件))',
]);
/** After the words: no problem after all ("no errors", "crashes? never"), or an invitation ("有问题随时联系"). */
const COMPLAINT_NONE_AFTER = compile(['^[\\s-]*free', '^(?:吗|么|吧|随时|可以|请|的话|再)']);

/** A problem report from a customer: something broken, not working, an error, down, can't log in, data lost, waiting for a fix, a complaint (系统出问题, 用不了, 一直报错, 投诉, 壞掉, 登入唔到...). */
export function readComplaint(text: string): Span | null {
  const reply = cleanReply(text);
  const folded = reply.folded;
  const sentences = sentencesOf(folded);
  const found = [...matches(BROKEN, folded).map((m) => ({ ...m, strong: true })), ...matches(COMPLAINT, folded).map((m) => ({ ...m, strong: false }))].sort(
    (a, b) => a.start - b.start,
  );
  for (const m of found) {
    const sentence = sentences.find((s) => within(s, m));
    if (!sentence) continue;
    const clause = clauseOf(folded, sentence, m);
    if (has(COMPLAINT_HYPOTHETICAL, folded, clause) || has(COMPLAINT_ELSEWHERE, folded, clause)) continue;
    if (has(COMPLAINT_NEGATED, folded, { start: clause.start, end: m.start })) continue;
    if (has(COMPLAINT_NONE_AFTER, folded, { start: m.end, end: clause.end })) continue;
    // In a question only strong words count: "why does the export keep failing?" is a report, "do you offer refunds?" is not.
    if (!m.strong && isQuestionSentence(folded, sentence)) continue;
    return spanOf(text, reply, sentence);
  }
  return null;
}

// ————————————————————————————————————————— questions —————————————————————————————————————————

/** Chinese sentence-final question particles (after trimming trailing punctuation and softeners). */
const ZH_FINAL_PARTICLE = /(?:吗|么|呢|未|冇|咩|对吧|是吧|好不好|行不行|可以不|可唔可以|得唔得|系唔系|好唔好)[\s~。.!…啊呀啦喇哦噢]*$/;
/** A 呢 that is not a question: after a progressive or "not yet" ("我还在考虑呢", "还没决定呢"). */
const ZH_STATEMENT_NE = /(?:在|着|还没|还未|才)[^,.!?]*呢[\s~。.!…]*$/;
/** Chinese question words anywhere in a sentence. */
const ZH_QUESTION_WORDS = compile([
  '请问', '想问', '问一下', '能不能', '能否', '可不可以', '可否', '是否', '有没有', '有冇', '几时', '点样', '点解', '几多', '边个', '边度', '乜嘢', '系咪', '系唔系', '可唔可以',
  '是不是', '会不会', '要不要', '行不行', '对不对', '多少钱', '多少个', '是多少', '有多少', '要多少', '多少天', '多久', '什么时候', '怎么(?!样都|都)', '怎样', '如何', '为什么', '为何',
  '哪(?!怕|里哪里)', '谁', '几点', '几号', '几个', '几月', '(?<!没)什么(?!都|也)', '(?<!没)啥', '想知道', '想了解一下',
  // Either-or: "是线上还是到现场", "是 remote 还是 onsite", Cantonese "系广东话定普通话" (not "不管是…还是…").
  '(?<!不管|无论|不论)是[^,.!?;:]{1,20}还是', '(?<![联关体派维中])系(?!统|列|数)[^,.!?;:]{1,16}定(?!期|价|金|制|位|义|时|做|好|咗|了|下|单)',
]);
const EN_AUX = 'can|could|do|does|did|is|are|was|were|will|would|should|shall|have|has|may|might|am';
const EN_SUBJECT = 'i|you|we|they|it|he|she|there|this|that|these|those|your|the|our|my|u|ya|anyone|someone|somebody|anybody';
/** English questions written without a question mark (chat). */
const EN_QUESTION_START = compile([
  `^(?:${EN_AUX})(?:n't|nt)? (?:${EN_SUBJECT})(?![a-z])`,
  `^(?:how|what|when|where|which|who|why)(?:'s|'re| is| are| was| were| do| does| did| can| could| will| would| should| much| many| long| often| soon| about| else| kind| time| day| date| exactly| come| to| if)(?![a-z])`,
  '^which (?:one|plan|option|version|tier|package|edition|is|are|of|would|should|do|does)(?![a-z])',
  '^(?:any (?:update|news|thoughts|idea|chance|word|luck|progress|feedback)|wondering (?:if|whether)|i was wondering|just wondering|do you know|i\'d like to know|would like to know|i want to know|can you tell me|could you tell me|is it possible)(?![a-z])',
]);
/** Openers skipped before the question test ("so,", "also", "ok and"). */
const EN_OPENER = /^(?:(?:so|also|and|but|ok|okay|hi|hey|btw|quick question|one more thing|oh|well|then|great|thanks|thx)[\s,:!.-]+)+/;
/** Not questions to us: sign-offs and pleasantries, even with a question mark. */
const NOT_A_QUESTION = compile([
  words('let me know if you have any questions', 'any questions,? (?:let me know|feel free|just ask|give me a shout)', 'if you have (?:any )?(?:questions|queries)', "don't hesitate", 'feel free to (?:ask|reach out|contact)'),
  `^\\s*(?:${words('how are you', 'how are you doing', "how's it going", 'how is it going', 'how have you been', 'how are things', 'how was your weekend', 'hope (?:you are|you\'re|all is) (?:well|good)', 'how r u', 'hope you had a (?:good|great|nice) (?:weekend|holiday|break)')})`,
  '(?:如|若)(?:有|果有)(?:任何)?(?:疑问|问题)', '有(?:任何|什么)(?:疑问|问题)(?:请|可以|随时|欢迎)', '有问题(?:请|随时|可以|欢迎)', '^\\s*(?:你好吗|最近好吗|最近还好吗|最近忙吗|最近怎么样|近来可好|最近点呀|最近点啊|近排点)',
]);

/** Whether a sentence of the folded text is a question (see {@link readQuestion}). */
function isQuestionSentence(text: string, s: Stretch): boolean {
  const sentence = text.slice(s.start, s.end);
  if (has(NOT_A_QUESTION, sentence, { start: 0, end: sentence.length })) return false;
  if (/\?[\s"')\]!.~…]*$/.test(sentence) || /\?\s*$/.test(sentence.replace(/[\p{Extended_Pictographic}\uFE0F]+/gu, ''))) return true;
  if (/[\u4e00-\u9fff]/.test(sentence)) {
    const plain = sentence.replace(/[\p{Extended_Pictographic}\uFE0F]+/gu, '');
    if (ZH_FINAL_PARTICLE.test(plain) && !ZH_STATEMENT_NE.test(plain)) return true;
    if (has(ZH_QUESTION_WORDS, sentence, { start: 0, end: sentence.length })) return true;
  }
  const bare = sentence.replace(EN_OPENER, '');
  // A wh-clause as the subject of a statement ("What is still open is clause 11.", "Where we are stuck is the
  // cap.", "What's left is sign-off"): without a question mark, a second verb "is/are/was" after it makes it one.
  if (PSEUDO_CLEFT.test(bare)) return false;
  return has(EN_QUESTION_START, bare, { start: 0, end: bare.length });
}

/** A statement opening with a wh-clause: "what … is X", "where we landed was …" (no question mark; tested after it). */
const PSEUDO_CLEFT = /^(?:what|where|who|which|how|why|when)(?:'s|\s+(?:is|are|was|were))\s+\S.*?(?<!\b(?:that|which|who|it|there))\s(?:is|are|was|were)\s+(?!(?:it|that|this|there|they|we|you|he|she)\b)\S/;

/** A question this short ("Is it?", "Does it?", "right?", 系咪？, 是吗？) leans on the sentence before it for its meaning. */
const LEANING = /^(?:(?:is|does|can|will|would|do|did|are|could) (?:it|they|that|this|there|you)|right|correct|true|no|yes|or not|and you)\W*$|^[\u4e00-\u9fff]{0,3}[吗嗎么麼呢咩未][？?\s]*$|^(?:系唔系|系咪|是不是|对吧|對吧|可以吗|可以嗎|得唔得)[？?\s]*$/;

/**
 * Every question they asked, in order, each sentence whole (see {@link readQuestion}); a short one that
 * leans on the sentence before it ("…provided SSO is part of it. Is it?") comes with that sentence.
 */
export function readQuestions(text: string): Span[] {
  const reply = cleanReply(text);
  const folded = reply.folded;
  const sentences = sentencesOf(folded);
  const out: Stretch[] = [];
  sentences.forEach((s, i) => {
    if (!isQuestionSentence(folded, s)) return;
    const before = sentences[i - 1];
    const leaning = before && LEANING.test(folded.slice(s.start, s.end).trim()) && !out.some((q) => q.end >= before.end);
    out.push(leaning ? { start: before.start, end: s.end } : s);
  });
  return out.map((s) => spanOf(text, reply, s));
}

/** A question they asked (the question sentence): '?' / '？', or Chinese questions ending in 吗/嗎/呢/么/麼/未/冇 or containing 请问/請問/能不能/可不可以/是否/有没有/有沒有/几时/幾時/點樣, or English sentences starting with how/what/when/where/which/who/why/can/could/do/does/is/are/will/would without '?' in chat. Not rhetorical sign-offs ("why not?" is fine to count; "any questions, let me know" is not a question to us). Returns the last question sentence. */
export function readQuestion(text: string): Span | null {
  return readQuestions(text).at(-1) ?? null;
}
