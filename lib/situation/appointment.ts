import { dateNamedIn, findNamedDate } from '../reader/time-expressions';
import { offersChoice, questionBeside, SAME_HOUR } from './meeting-time';

/**
 * A day they named that is a meeting, not a "not now": the reply names a time of day with it
 * ("Tuesday 10am works", "下週三下午兩點可以", "demo on December 9, 10:00", a move to "next Tue, same
 * time"). A deferral names a month, a season or a holiday and no hour; a meeting is held on its day
 * and followed up after it.
 */
const CLOCK = [
  // 10am, 2 pm, 10:30, 9.30 a.m.
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i,
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/,
  /\bnoon\b/i,
  // "Monday at 11 is fine"
  /\bat \d{1,2}(?![\d:.]|\s?(?:%|percent|people|users|seats|sites|stores|days|weeks))\b/i,
  // 下午兩點, 上午10点, 3点半, 十點
  /(?:上午|下午|早上|晚上|中午|傍晚)?\s?[0-9一二两兩三四五六七八九十]{1,3}\s?[点點](?:半|钟|鐘|[0-9一二三四五]{1,2}分?)?/,
  /(?:上午|下午|早上|中午)/,
  // a meeting moved to another day at the hour already set ("push to next Tue, same time", 改到下週三，同一時間)
  SAME_HOUR,
];

/** Meetings are named for the coming weeks; a day further out with an hour is still a plan to talk later. */
const MEETING_HORIZON_DAYS = 31;

export function isAppointment(text: string, day: number, writtenAt: number): boolean {
  if (day < writtenAt - 86_400_000 || day - writtenAt > MEETING_HORIZON_DAYS * 86_400_000) return false;
  return CLOCK.some((pattern) => pattern.test(text));
}

/**
 * A period named as the one they write in ("this year's budget", 今年的预算, 本月, 這一季) describes
 * now; it is no day to come back on. Only a later day is a deferral.
 */
const CURRENT_PERIOD = /\bthis (?:year|month|week|quarter|season|fiscal year|fy)\b|今年|本年度?|本月|这个月|這個月|本周|本週|这周|這週|这礼拜|這禮拜|本季度?|这个季度|這個季度|这一季|這一季/i;

/** A day inside the period named ("这个月15号", "the 20th of this month", "Friday this week") or the day after it ("after this month"): a day to come back on. */
const DAY_IN_PERIOD = /\d[号號日]|\b\d{1,2}(?:st|nd|rd|th)\b|[周週期拜][一二三四五六日天1-7]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?\b|^(?:after|once)\b|^(?:过完|過完|过了|過了)/i;

export function namesCurrentPeriod(words: string): boolean {
  return CURRENT_PERIOD.test(words) && !DAY_IN_PERIOD.test(words);
}

/**
 * The meeting our own message proposed ("下周三下午3点电话沟通方便吗？", "Does Tuesday at 10am work for
 * you?"): its day and words, when it asked and named a day with an hour; else null. Their "ok" / 好
 * to it agrees to that meeting, not only thanks us.
 */
export function proposedMeeting(text: string, writtenAt: number): { at: number; words: string } | null {
  if (!/[?？]/.test(text)) return null;
  const named = findNamedDate(text, writtenAt);
  if (!named || !isAppointment(text, named.at, writtenAt)) return null;
  return { at: named.at, words: named.text };
}

/**
 * A meeting they ask to move to a later week or day with no hour ("any chance we can push Tuesday's call
 * to the week of the 14th?", 周二的电话能不能改到14号那周？, 個會可唔可以改去下個禮拜): not a "not now" to wait
 * out, a new time to offer today (two slots in the period they named).
 */
const MOVE_MEETING = [
  /\b(?:push|move|reschedule|postpone|shift|bump|slide|rebook|put off)\b[^.!?\n]{0,40}?\b(?:call|meeting|demo|session|chat|catch-?up|review|walkthrough|walk-through|appointment|sync)\b[^.!?\n]{0,30}?\b(?:to|until|till|into)\b|\b(?:call|meeting|demo|session|chat|catch-?up|appointment)\b[^.!?\n]{0,30}?\b(?:pushed|moved|rescheduled|postponed|shifted)\b/i,
  /(?:会议|會議|电话|電話|通话|通話|演示|demo|会|會|约|約|见面|見面)[^。！？\n]{0,10}?(?:改|推|挪|延|押后|押後|移)(?:到|至|去|迟到|遲到|后到|後到)|改期|(?:改|推|挪|延)(?:到|至|去)[^。！？\n]{0,12}(?:再)?(?:开|開|聊|谈|談|倾|傾|见|見|演示)/i,
];

export function asksToMoveMeeting(text: string, day: number, writtenAt: number): boolean {
  if (day < writtenAt - 86_400_000 || day - writtenAt > MEETING_HORIZON_DAYS * 86_400_000) return false;
  return MOVE_MEETING.some((pattern) => pattern.test(text));
}

/**
 * A meeting they want us to set up (DOMAIN.md § 8: the next step is ours, today): a day they accept or
 * propose ("Tuesday works for me, send an invite", "Does Thursday 3pm GMT work?", 周三下午可以，你定个时间发会议邀请,
 * 星期四下晝三點得唔得？) is an invite to send now, at their hour or one we pick that day; a meeting asked for with
 * no day, or in a period ("Send me some times?", 下周安排演示, "wants a demo in the second week of January") is two
 * times to offer now. Neither is a wait until that day. A day with an hour they simply confirm ("Thursday 10am
 * works, see you then"), or whose invite they send, is the meeting held on its day (`held`).
 */
export interface MeetingToArrange {
  kind: 'invite' | 'slots' | 'held';
  /** The day agreed (invite, held), or the first day of the period to offer times in (slots); null when none was named. */
  at: number | null;
  /** The words naming the day or period; null when none. */
  words: string | null;
  /** Their words that ask for it. */
  quote: string;
}

/** Meetings asked for in a period further out than this are still a plan to talk later ("a call in March"). */
const SLOTS_HORIZON_DAYS = 45;

const MEETING_NOUN =
  /\b(?:call|calls|meeting|demo|demos|demonstration|walk-?through|session|catch-?up|chat|presentation|workshop|zoom|teams call|video call|site visit|review call)\b|会议|會議|开会|開會|电话|電話|通话|通話|视频|視頻|視像|演示|展示|示范|示範|见面|見面|见个面|見個面|拜访|拜訪|面谈|面談|簡報|简报|傾下|倾下|倾吓|傾吓/i;
/** Arranging or wanting a meeting (not "call me next week", which is theirs to take). */
const ARRANGE =
  /\b(?:want|wants|wanted|would like|'d like|’d like|keen (?:on|to)|happy to (?:do|have|set|book|jump|hop|get)|open to|ask(?:s|ed)? for|request(?:s|ed)?|set(?:ting)? up|schedul(?:e|ed|ing)|book(?:ed|ing)?|arrang(?:e|ed|ing)|agreed|set for|confirmed|planned|lined up|let['’]?s (?:have|do|set|book|schedule|get)|(?:jump|hop|get) on)\b|安排|约个|約個|约一下|約一下|约时间|約時間|预约|預約|想(?:要|看|做|安排|约|約)|希望|要求|约好|約好|定好|订好|訂好|敲定|搞个|搞個|做个|做個/i;
/** They send the invite themselves: the meeting is held on its day. */
const THEY_SEND =
  /\b(?:i(?:['’]ve| have) (?:sent|booked|set up|scheduled)|i(?:['’]ll| will) (?:send|book|set up|schedule|put)|(?:invite|invitation) (?:is )?on its way|sending (?:you )?(?:an?|the) (?:calendar )?invite)\b|我(?:这边|這邊|来|來|稍后|稍後|等陣|而家)?(?:已经|已經)?(?:发|發|寄|send|book)|邀请我(?:发|發)|邀請我(?:发|發|寄)|我(?:已经|已經)(?:发出|發出|寄出)/i;
/** Their calendar's invitation itself ("Invitation: Demo @ Tue Dec 8", "Updated invitation: …", 會議邀請：…). */
const THEIR_INVITATION = /^\s*(?:(?:updated |new )?invitation|meeting invitation|calendar invitation|会议邀请|會議邀請|日历邀请|日曆邀請)\s*[:：]/im;

/** A meeting they set themselves, by their invitation or their word that they send one: nothing of ours to confirm before its day. */
export function setByThem(text: string): boolean {
  return THEY_SEND.test(text) || THEIR_INVITATION.test(text);
}

/** They ask us to send the invite, or to pick the hour on their day. */
const ASK_INVITE =
  /\bsend (?:me |us |over |across |through )?(?:an? |the )?(?:calendar |meeting |teams |zoom |google meet )?(?:invite|invitation|link)\b|\b(?:book|pencil|put) (?:it|that|us|something) in\b|\binvite me\b|(?:发|發|寄|send)(?:个|個|一个|一個|一下|返|番)?(?:会议|會議|日历|日曆|行事曆)?(?:邀请|邀請|链接|鏈接|連結|link|invite)|你(?:来|來)?(?:定|揀|拣|安排|約|约)(?:个|個|一个|一個)?(?:具体|具體)?(?:时间|時間)/i;
/** They ask for times to choose from. */
const ASK_SLOTS =
  /\bsend (?:me |us |over )?(?:a few |some |a couple of |a couple |two |three |your )?(?:times|slots|options|availability|dates)\b|\b(?:what|which) (?:times?|days?|slots?) (?:work|suit|are good)|\bwhen (?:are|would|will) you (?:be )?(?:free|available)\b|\b(?:suggest|propose|pick|find|grab) (?:a|some|two) (?:time|times|slot|slots|date)\b|(?:给|給|发|發|send)(?:我)?(?:几个|幾個|两个|兩個|两三个|兩三個)(?:时间|時間|时段|時段|slot)|(?:约|約|定|揀|拣)(?:个|個)(?:时间|時間)|(?:幾時|几时)(?:得閒|有空|方便)/i;
/** A day or hour said as acceptable, right after it ("Tuesday works", 周三下午可以, 星期四得; not 下个月才有空, "Tuesday doesn't work"). */
const ACCEPT_AFTER =
  /^(?:(?!才|再|不|唔|沒|没|\bnot?\b|n['’]t\b)[^.!?。！？\n]){0,14}?(?:\b(?:works?|suits?|(?:is|would be|sounds) (?:good|fine|great|perfect|best|ok|okay)|(?:is|am|are|i['’]m|we['’]re) (?:free|available)|ok|okay)\b|可以(?!再)|方便(?![吗嗎嘅]?[?？])|没问题|沒問題|冇問題|有空|有時間|有时间|得閒|得(?=[，,。！!\s]|$))/i;
/** …or right before it ("let's do Tuesday", "I'm free Thursday"). */
const ACCEPT_BEFORE = /\b(?:let['’]?s (?:do|say|go (?:for|with)|make it)|(?:i|we) can do|(?:i['’]m|we['’]re|i am|we are) free(?: on)?|available on|how about|what about)\s*$/i;
/** A period, not a day ("next week", "w/c 14th", the second week of January, 下周, 下個禮拜, 14號嗰個禮拜, 一月). */
const PERIOD = /\bweeks?\b|\bw\/[cb]\b|\bmonth\b|^(?:in )?(?:january|february|march|april|may|june|july|august|september|october|november|december)$|[周週](?![一二三四五六日天末])|(?:礼拜|禮拜|星期)(?![一二三四五六日天])|月(?![0-9一二三四五六七八九十]|[底末])|(?:上旬|中旬|下旬|月初|月中|月底)$/i;
/** A question asking something other than the time ("why", "how much"). */
const OTHER_QUESTION = /\b(?:why|who|how (?:much|many|long)|which (?:plan|tier|version)|price|cost)\b|为什么|為什麼|多少|谁|誰|价格|價格/i;
/** A meeting wanted or arranged: the arranging words with the meeting after them in the same phrase ("wants a demo", 安排给车间主任演示; not "would like a proposal after the demo"). */
function wantsMeeting(text: string): boolean {
  const arrange = new RegExp(ARRANGE.source, 'gi');
  for (let m = arrange.exec(text); m; m = arrange.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 28).split(/[,，;；:：.!?。！？\n]|\b(?:after|before|from|since|about|following|than)\b|之后|之後|以后|以後/i)[0] ?? '';
    if (MEETING_NOUN.test(after) || MEETING_NOUN.test(m[0])) return true;
  }
  return false;
}

/** A time put to us as a question ("Does Thursday 3pm GMT work?", 周四下午三点方便吗？, 星期四得唔得？). */
const PROPOSE_Q = /\b(?:work|works|suit|suits|ok|okay|good for you|fine|free|available|how about|what about)\b|可以吗|可以嗎|方便吗|方便嗎|行吗|行嗎|得唔得|唔得|ok唔ok|好唔好|怎么样|怎麼樣|如何|有空吗|有空嗎/i;
/** A meeting moved, or one they leave us to pick from ("same time", "instead", "Monday or Wednesday"): read by the meeting's own steps. */
const MOVED = /\binstead\b|\bsame (?:time|slot)\b|改到|改去|改成|改期|(?:同一|同样|同樣|一样的|一樣的)(?:时间|時間)|(?:时间|時間)(?:不变|不變)/i;
/** They book it themselves ("send me a link and I'll grab a slot"), or the meeting is not with us (a reference call). */
const NOT_OURS = /\bi['’]?ll (?:grab|pick|book|choose|find) (?:a |one |some )?(?:slot|time)\b|\breference (?:call|check)s?\b|\bbefore (?:we|you|i) (?:book|schedule|set up)\b|参考客户|參考客戶|(?:之前|以前)(?:约|約|安排)/i;

/** A week named ("the week of the 14th", "w/c 14th", "next week", 14號嗰個禮拜, 下周). */
const WEEK = /\bweek\b|\bw\/[cb]\b|[周週](?![一二三四五六日天末])|(?:礼拜|禮拜|星期)(?![一二三四五六日天])/i;
/** Talking proposed in a period they name ("let's speak", "can we talk", 再约, 再傾): with our ask for a meeting, a time to set in it. */
const TALK_IN = /\b(?:let['’]?s|can we|could we|shall we|happy to|we can|i can)\s+(?:speak|talk|meet|chat|catch up|connect|do it|do the call|jump on|hop on)\b|(?:再|先)?(?:约|約|聊|倾|傾|谈|談|见|見)(?:个|個)?(?:时间|時間)?(?:吧|啦|喇|囉|啰)?[。！!.]?\s*$/i;

/** Our message asked for a meeting ("Could we find 20 minutes next Tuesday?", 下周能否约半小时演示一下？). */
const WE_ASKED = /\b\d{1,2} ?(?:min|mins|minutes)\b|\bhalf an hour\b|\b(?:find|grab) (?:a )?time\b|分钟|分鐘|半小时|半小時|约|約/i;

/** Words about a meeting or its time (a request of theirs that is the meeting itself, not something else asked beside it). */
export function aboutMeeting(text: string): boolean {
  return ASK_SLOTS.test(text) || ASK_INVITE.test(text) || MEETING_NOUN.test(text) || PROPOSE_Q.test(text);
}

/** A clock hour in the words. */
export function namesHour(text: string): boolean {
  return CLOCK.slice(0, 5).some((pattern) => pattern.test(text));
}

/**
 * What they ask of a meeting, read in their own words (`words`), the question the reader found in them, and
 * our last message (to which "Tuesday works" answers); null when they ask for none.
 */
export function meetingToArrange(words: string, writtenAt: number, question: string | null, ourLast: string | null): MeetingToArrange | null {
  const named = dateNamedIn(words, writtenAt);
  const today = new Date(writtenAt);
  const startOfDay = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  if (named && (named.at < startOfDay || named.at - writtenAt > SLOTS_HORIZON_DAYS * 86_400_000)) return null;
  const clauseOf = (at: number) => {
    const start = Math.max(0, words.slice(0, at).search(/[^.!?。！？\n]*$/));
    const end = /[.!?。！？\n]/.exec(words.slice(at));
    // (a name's label before their words in a note, "Wei: …", 高经理：…, is no part of them)
    return words.slice(start, end ? at + end.index + 1 : words.length).trim().replace(/^[^\s:：]{1,12}\s?[:：]\s*/u, '');
  };
  if (MOVED.test(words) || NOT_OURS.test(words)) return null;
  // (a question of theirs about something else is answered first: "will it really read Sage 200?", 需要我们提前准备数据吗)
  const aboutTheMeeting = (q: string) => ASK_SLOTS.test(q) || ASK_INVITE.test(q) || (PROPOSE_Q.test(q) && !OTHER_QUESTION.test(q)) || /^[^?？]{0,24}[?？]$/.test(q.trim()) && (namesHour(q) || MEETING_NOUN.test(q));
  if (question !== null && !aboutTheMeeting(question)) return null;
  const weAsked = ourLast !== null && /[?？]/.test(ourLast) && (MEETING_NOUN.test(ourLast) || WE_ASKED.test(ourLast));
  // To our ask, a week they name to talk in ("Next week's chaos. Let's speak w/c 14th", 14号那周再约吧, 14號嗰個禮拜再傾啦):
  // times in that week offered now, not a wait until its Monday. (The week their words weigh as the time to talk, not the first date.)
  const talkWeek = weAsked ? findNamedDate(words, writtenAt) : null;
  if (talkWeek && talkWeek.through !== undefined && WEEK.test(talkWeek.text) && talkWeek.at >= startOfDay && talkWeek.at - writtenAt <= SLOTS_HORIZON_DAYS * 86_400_000 && TALK_IN.test(clauseOf(talkWeek.start))) {
    return { kind: 'slots', at: talkWeek.at, words: talkWeek.text, quote: clauseOf(talkWeek.start) };
  }
  const askInvite = ASK_INVITE.exec(words);
  const askSlots = ASK_SLOTS.exec(words);
  if (named && namesCurrentPeriod(named.text)) return null;
  if (named && !PERIOD.test(named.text) && named.at - writtenAt <= MEETING_HORIZON_DAYS * 86_400_000) {
    const clause = clauseOf(named.start);
    if (offersChoice(words, named.text) || (question !== null && questionBeside(question, named.text) !== null)) return null;
    // (a day fine for something else, "Friday works for the invoice", 周五可以付款, is no meeting)
    const forElse = /\bfor (?:the|your|our|a|an|us to|me to)\b(?![^.!?\n]{0,14}\b(?:call|meeting|demo|chat|session|catch-?up)\b)|付款|交货|交貨|发货|發貨|送货|送貨|开票|開票|到货|到貨/i.test(words.slice(named.end, named.end + 40).split(/[.!?。！？\n]/)[0] ?? '');
    const accepted = !forElse && ACCEPT_AFTER.test(words.slice(named.end)) || ACCEPT_BEFORE.test(words.slice(Math.max(0, named.start - 24), named.start));
    const ours = ourLast !== null && /[?？]/.test(ourLast) && (MEETING_NOUN.test(ourLast) || WE_ASKED.test(ourLast));
    const proposed = question !== null && (question.includes(named.text) || namesHour(question)) && aboutTheMeeting(question) && (ours || namesHour(question) || MEETING_NOUN.test(words));
    const wanted = wantsMeeting(clause);
    if (!(askInvite || proposed || wanted || (accepted && (ours || MEETING_NOUN.test(clause))))) return null;
    const quote = proposed && question ? question : clause;
    if (THEY_SEND.test(words) && !askInvite) return { kind: 'held', at: named.at, words: named.text, quote };
    // (a day and an hour they confirm, nothing asked of us: held on its day, as before)
    if (!askInvite && !proposed && namesHour(clause)) return null;
    return { kind: 'invite', at: named.at, words: named.text, quote };
  }
  // No day yet, or a period: times to offer.
  const clause = named ? clauseOf(named.start) : null;
  const wantedIn = (text: string) => wantsMeeting(text) && !THEY_SEND.test(text);
  const periodAccepted = named !== null && ACCEPT_AFTER.test(words.slice(named.end)) && weAsked;
  const asked = askSlots?.[0] ?? (clause && (wantedIn(clause) || periodAccepted) ? clause : null) ?? (!named ? (words.split(/(?<=[.!?。！？\n])/).map((s) => s.trim()).find((s) => wantedIn(s) && !/\b(?:had|held|met|was|were)\b|开过|開過|见过|見過/.test(s)) ?? null) : null);
  if (!asked) return null;
  const quote = askSlots ? clauseOf(askSlots.index) : asked;
  return { kind: 'slots', at: named?.at ?? null, words: named?.text ?? null, quote };
}

/** A calendar's answer to our invite, in its subject (Outlook, Google Calendar; English and Chinese clients). */
const ACCEPTED = /^(?:re:\s*)?(?:accepted|tentatively accepted|tentative|已接受|接受|暂定|暫定|暫訂)\s*[:：]\s*/i;
const DECLINED = /^(?:re:\s*)?(?:declined|已拒绝|已拒絕|拒绝|拒絕)\s*[:：]\s*/i;

/**
 * The calendar's reply to our invite ("Accepted: SOP demo – Wed 9 Dec 14:00", 已接受: 系统演示): the meeting held on
 * the day the invite names (its subject, else our message with it); a decline ("Declined: …", 已拒绝：…) asks for
 * other times. Only when their words add no question of their own; null when it is no calendar reply.
 */
export function calendarReply(subject: string, words: string, ourLast: { text: string; at: number } | null, writtenAt: number): MeetingToArrange | null {
  if (/[?？]/.test(words)) return null;
  const declined = DECLINED.exec(subject.trim());
  if (declined) return { kind: 'slots', at: null, words: null, quote: subject.trim() };
  const accepted = ACCEPTED.exec(subject.trim());
  if (!accepted) return null;
  const title = subject.trim().slice(accepted[0].length);
  const named = dateNamedIn(title, writtenAt) ?? (ourLast ? dateNamedIn(ourLast.text, ourLast.at) : null);
  if (!named) return null;
  return { kind: 'held', at: named.at, words: named.text, quote: title };
}

/**
 * The meeting our own question offered, for their bare yes to it ("Would a 20-minute call next week work?" →
 * "Sure"): a day with an hour is that meeting, held on its day; a day without one is the invite ours to send
 * (we pick the hour); a period ("next week", 下週, the second week of January) or no day at all is two times to
 * offer now, from the period's first day. A period further out than the weeks ahead is no meeting to set now.
 */
export function meetingWeOffered(ours: string, writtenAt: number): MeetingToArrange | null {
  const named = dateNamedIn(ours, writtenAt);
  if (!named) return { kind: 'slots', at: null, words: null, quote: ours };
  if (named.at - writtenAt > SLOTS_HORIZON_DAYS * 86_400_000 || namesCurrentPeriod(named.text)) return null;
  if (PERIOD.test(named.text)) return { kind: 'slots', at: named.at, words: named.text, quote: ours };
  return { kind: namesHour(ours) ? 'held' : 'invite', at: named.at, words: named.text, quote: ours };
}
