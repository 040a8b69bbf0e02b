import { isBareYes } from './acknowledgement';
import { meetingWeOffered, type MeetingToArrange } from './appointment';
import { sentencesOf } from './sentence';

/**
 * A short answer read against our last message (probe 3, cause 1). "ok", "Sure", 👍, 好的, 可以, 得, 冇問題
 * to a statement of ours only acknowledges it (acknowledgement.ts); to our yes/no offer ("Shall I send the order
 * form over?", "Would a call next week work?", 方便的話我先寄一份報價給您？, 要唔要我send份報價俾你？) it is a
 * yes: our step today, doing what we offered or offering times in the period we named. A lone "?" (huh?,
 * 什么意思？) to our pitch asks us to say it plainly.
 */
export interface OurOffer {
  /** What we offered: something to send, a meeting, another thing to do for them, or to leave them be (close their file, stop writing). */
  kind: 'send' | 'meeting' | 'do' | 'rest';
  /** Our sentence that offered it. */
  text: string;
  /** What we offered to send ("the order form", 一份 50 台設備的報價), when it reads plainly; else null. */
  thing: string | null;
  /** For a meeting: the day or the period we proposed (appointment.ts), else null. */
  meeting: MeetingToArrange | null;
}

/** A question asking what, which, when, where, who, why or how: it asks for facts, not a yes. */
const WH_QUESTION = /^(?:what|which|when|where|who|whom|whose|why|how(?! about))\b/i;
const ZH_WH = /什么|什麼|甚麼|哪|几|幾|多少|怎么|怎麼|怎样|怎樣|为什么|為什麼|为何|為何|谁|誰|乜|咩|點樣|点样|點解|点解|幾時|几时|邊個|边个|邊度|边度/;
/** An English yes/no question that proposes something of ours ("Shall I…", "Want me to…", "Would a call… work?", "Open to a chat?"). */
const EN_YES_NO = /^(?:shall|should|can|could|may|would|will|do|does|is|are|want|wanna|fancy|keen|open|interested|worth|happy|ok|okay|alright|any (?:chance|interest|good)|how about|what about|up for|free)\b/i;
/** Our own move proposed (us as the one who does it), in English. */
const EN_OURS = /\b(?:shall|should|can|could|may) (?:i|we)\b|\b(?:want|like|need) (?:me|us) to\b|\b(?:ok|okay|alright|fine|happy for me|help) if (?:i|we)\b|\bfor (?:me|us) to\b/i;
/** A meeting asked for ("a 20-minute call", "a chat", "20 minutes"), not an object we send. */
const EN_MEETING = /\b(?:call|calls|meeting|demo|walk-?through|session|catch-?up|chat|zoom|teams call|video call|site visit|coffee|\d{1,2} ?(?:min|mins|minutes)|half an hour)\b/i;
const ZH_MEETING = /会议|會議|开会|開會|电话|電話|通话|通話|视频|視頻|演示|示范|示範|见面|見面|见个面|見個面|拜访|拜訪|面谈|面談|简报|簡報|聊|谈谈|談談|倾|傾|约|約|分钟|分鐘|半小时|半小時/;
/** Sending or sharing something (we send it: "Shall I send the order form over…", 我先寄一份報價給您). */
const EN_SEND = /\b(?:send|share|forward|email|e-mail|pass|put together|pull together|prepare|draft|get) (?:you |over |across |through )?((?:the|a|an|our|my|some|your|this|that|two|three|\d+)\b(?:[^?.,;!]|\.(?=\d)){1,60}?)(?= over\b| across\b| through\b| along\b| for\b| so\b| before\b| to (?:you|look)\b| by\b| if\b| now\b| today\b| later\b| first\b| in\b| with\b|[?,;!]|\.(?!\d)|$)/i;
const ZH_SEND = /(?:寄|发|發|send|傳|传|分享|整理|准备|準備|做|出|报|報)(?:返|番|過|过)?((?:一份|一个|一個|份|個|个|一下)?[^，,。？?！!]{1,30}?)(?:给|給|俾|畀)(?:您|你|妳|貴司|贵司)/;
/** A Chinese yes/no question of ours that proposes something (要不要我…, 方便的话我先寄…？, 好唔好, 可以吗, 得唔得). */
const ZH_YES_NO = /[吗嗎么麼吧][？?]?\s*$|要不要|需不需要|要唔要|使唔使|需唔需要|好不好|好唔好|行不行|可不可以|可唔可以|得唔得|方不方便|方唔方便|是否|能否|可否|有没有兴趣|有沒有興趣|有冇興趣|[？?]\s*$/;

/** Their move asked of them, not ours offered ("Could you send the signed order form back by Friday?", "Would you be able to share the usage numbers?"). */
const EN_THEIRS = /^(?:can|could|would|will) (?:you|u)\b(?! (?:like|want|prefer|be (?:open|free|up|interested|keen|available|happy for (?:me|us))))/i;
/** Leaving them be offered ("Shall I close your file for now?", "Should I stop reaching out?", 要不要我先不再联系您？, 使唔使我唔再搵你？). */
const EN_REST = /\b(?:close (?:out )?(?:your|the|this) (?:file|record|account|ticket|request|conversation)|(?:stop|pause|hold off (?:on )?) (?:reaching out|emailing|writing|following up|contacting you|chasing)|leave (?:it|things|you) (?:there|alone|be|for now)|take you off|remove you from|not (?:reach out|contact you|follow up|email you) again)\b/i;
const ZH_REST = /不再(?:联系|聯繫|聯絡|联络|打扰|打擾|跟进|跟進|发|發)|先不(?:联系|聯繫|聯絡|联络|打扰|打擾|跟进|跟進)|暂停联系|暫停聯絡|暫停聯繫|(?:关闭|關閉)(?:您的|你的|你嘅)?(?:档案|檔案|记录|記錄|工单|工單)|结案|結案|唔再(?:搵|聯絡|联络|打擾|跟進)/;

/**
 * Our yes/no offer or question in our last message, read from its last question (or an "if you'd like, I can…"
 * offer); null when our message asked nothing a yes answers (a statement, a wh-question, a question about them:
 * "Did you get the quote?").
 */
export function ourOffer(text: string, writtenAt: number): OurOffer | null {
  const all = sentencesOf(text);
  const asked = [...all].reverse().find((s) => /[?？]$/.test(s)) ?? all.find((s) => /\b(?:let me know if you(?:['’]d like| would like| want) (?:me|us) to|if (?:it helps|useful|helpful|you(?:['’]d like| like| want)),? (?:i|we) can)\b|如果(?:您|你)?需要(?:的话|的話)?[，,]?我(?:们|們)?(?:可以|先)/i.test(s));
  if (!asked) return null;
  // (a greeting or name before the question: "Thanks for connecting, Hannah. Would…" is split already; "Hi Kim, shall I…" is not)
  const words = asked.replace(/^(?:hi|hello|hey|dear)\s+[^,，]{1,20}[,，]\s*/i, '').replace(/^(?:so|and|also|great|ok|okay|quick question)[,:]?\s+/i, '');
  const chinese = /\p{Script=Han}/u.test(words) && !/[a-z]{4,}\s+[a-z]{3,}/i.test(words);
  if (chinese ? ZH_WH.test(words) || !ZH_YES_NO.test(words) : WH_QUESTION.test(words) || !(EN_YES_NO.test(words) || /\b(?:let me know if|if (?:it helps|useful|helpful|you(?:['’]d like| like| want)))\b/i.test(words))) return null;
  // (leaving them be: a yes closes the sequence, no follow-up)
  if (chinese ? ZH_REST.test(words) : EN_REST.test(words)) return { kind: 'rest', text: asked, thing: null, meeting: null };
  const send = chinese ? ZH_SEND.exec(words) : EN_SEND.exec(words);
  const thing = send?.[1]?.trim().replace(/^(?:一下)$/, '') || null;
  const meetingAsked = chinese ? ZH_MEETING.test(words) : EN_MEETING.test(words);
  const documentSent = thing !== null && !/\b(?:invite|invitation|link|times|slots)\b|邀请|邀請|链接|鏈接|連結|时间|時間/i.test(thing);
  if (meetingAsked && !documentSent) return { kind: 'meeting', text: asked, thing: null, meeting: meetingWeOffered(words, writtenAt) };
  // (a move of theirs asked, "Could you send the signed order form back?": a yes is theirs to do, nothing we offered)
  if (!chinese && EN_THEIRS.test(words)) return null;
  if (thing && documentSent) return { kind: 'send', text: asked, thing, meeting: null };
  // Another move of ours proposed ("Shall I loop in our solutions engineer?", 要不要我帮您开通试用？); a question about them is none.
  const ours = chinese ? /我(?:们|們|哋)?(?:先|再|可以|來|来|幫|帮|同)|要不要我|要唔要我|使唔使我|需唔需要我|需不需要我/.test(words) : EN_OURS.test(words);
  return ours ? { kind: 'do', text: asked, thing: null, meeting: null } : null;
}

/** A bare yes to our offer, read against our last message; null when our message offered nothing or their words are more than a yes. */
export function yesToOurOffer(theirWords: string, ourLast: { text: string; at: number } | null): OurOffer | null {
  if (!ourLast || !isBareYes(theirWords)) return null;
  return ourOffer(ourLast.text, ourLast.at);
}

/** A lone question mark or a one-word "what do you mean" ("?", "huh?", "meaning?", 什么意思？, 咩意思？). */
const SAY_PLAINLY = /^(?:[?？]+|(?:huh|eh|meaning|sorry|pardon|what|wut|wdym|come again|what(?:['’]s| is) (?:this|that)(?: about)?|what do you mean|meaning of this|and|so|ok and)\s*[?？]+|(?:什么意思|什麼意思|甚麼意思|啥意思|咩意思|乜意思|咩嚟㗎)\s*[?？]*|(?:乜嘢|咩[呀啊]?|啥|嗯)\s*[?？]+)$/iu;

/** Whether their whole reply asks what our message meant (a greeting or their name around it allowed). */
export function asksToSayPlainly(theirWords: string): boolean {
  const lines = theirWords.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const asks = lines.filter((l) => SAY_PLAINLY.test(l.replace(/^(?:hi|hello|hey)\b[^,，]{0,20}[,，]\s*/i, '')));
  return asks.length > 0 && lines.every((l) => asks.includes(l) || /^(?:[-–—~]\s*)?[\p{Lu}\p{Script=Han}][\p{L}.'-]{0,20}$/u.test(l));
}

/** A reply that is only a sign (👍, 👌, "?", ？): no letters, still words to read against our last message. */
export function isBareSign(text: string): boolean {
  return /👍|👌|✅|🙏|[?？]/u.test(text) && /^(?:👍|👌|✅|🙏|[\s?？!！.。]|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)+$/u.test(text);
}
