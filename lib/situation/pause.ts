/**
 * A pause with no day ("the project is on hold until further notice", "leadership has put all new
 * spend on hold for now", 项目暂时搁置了，什么时候重启另行通知, 這個案子先暫停): not an objection to
 * argue and not a promise to wait a few days for. The rep thanks them and checks in lightly once a
 * month (PAUSE_CHECK_IN_DAYS); a day they name with it ("on hold until March") is a snooze instead.
 */
const PAUSED =
  /\bon hold\b|\b(?:paused?|pausing)\b|\bput (?:it|this|things|everything|the (?:\w+ )?(?:project|deal|purchase|rollout|roll-out|decision|initiative)) on ice\b|\bon ice\b|\b(?:shelved|parked|frozen)\b|\buntil further notice\b|\bhold(?:ing)? off for now\b|搁置|擱置|暂停|暫停|冻结|凍結|另行通知|先放一放|先放放|先缓一缓|先緩一緩|按下暂停|按下暫停|停掉了|喊停/i;

/**
 * A bad moment, not a "not now" ("in a meeting, talk later", "can't talk right now", 在忙，晚点聊, 開緊會，遲啲傾):
 * no objection to answer with the cost of waiting. The rep says "no problem, I'll leave you to it" and tries
 * again the next working day (BUSY_RETRY_DAYS). A day they name, a refusal or a reason about the project is not
 * one; nor a bad time "for us" with no moment in it ("not a good time for us", "bad time for us, mid-restructure"),
 * nor a bare "driving" ("driving growth with our current tool").
 */
const BUSY_NOW =
  /\b(?:in a meeting|in meetings|on a call|busy (?:right now|at the moment|atm|today|rn)|(?:can'?t|cannot|can not) (?:talk|chat|speak) (?:right )?now|(?:a )?bad (?:time|moment) (?:to (?:talk|chat|call)|right now|now)|not (?:a )?(?:good|great) (?:time|moment) (?:to (?:talk|chat|call)|right now|now)|(?:talk|chat|speak) (?:later|another time|tomorrow)|call (?:you|me) (?:back )?later|(?:i'?m|i am|am) driving|driving (?:rn|right now|atm|at the moment)|swamped today|slammed today)\b|在忙|正忙|正在忙|忙着呢|忙著呢|在开会|在開會|开会中|開會中|开着会|開著會|晚点聊|晚點聊|晚些聊|晚點再聊|晚点再聊|稍后聊|稍後聊|稍后再联系|稍後再聯絡|回头聊|回頭聊|回头再说|回頭再說|等下再说|等一下再說|等会儿聊|等會兒聊|而家唔得閒|而家唔方便|开紧会|開緊會|迟啲倾|遲啲傾|迟啲再倾|遲啲再傾|晏啲倾|晏啲傾|揸紧车|揸緊車|在开车|在開車/i;
/** Words that make it more than a bad moment: a refusal, the project itself put off, a reason to answer. */
const MORE_THAN_A_MOMENT = /\bnot interested\b|\bnot (?:looking|considering|in the market)\b|\b(?:current|existing) (?:tool|provider|vendor|supplier|solution|system|platform)s?\b|\bno thanks?\b|\bno (?:need|budget)\b|\bremove me\b|\bunsubscribe\b|\b(?:next|this) (?:week|month|quarter|year)\b|\bproject\b|\bbudget\b|\bprice\b|不需要|不考虑|不考慮|不感兴趣|不感興趣|没兴趣|沒興趣|不用了|没预算|沒預算|下(?:周|週|个月|個月|季度)|明年|项目|專案|預算|预算|价格|價格|唔使|唔需要|唔考慮|唔考虑/i;
/** The next working day: a bad moment is tried again soon. */
export const BUSY_RETRY_DAYS = 1;

/** Their words saying now is a bad moment (a short note, nothing more), when they do; else null. */
export function busyNow(text: string): string | null {
  const words = text.trim();
  // (a short note: a long reply that mentions a meeting says more than "not now")
  if (words.length > 120 || MORE_THAN_A_MOMENT.test(words)) return null;
  const m = BUSY_NOW.exec(words);
  return m ? words.replace(/\s+/g, ' ').slice(0, 300) : null;
}

/** A month between light check-ins on a deal paused with no day. */
export const PAUSE_CHECK_IN_DAYS = 30;

/** The sentence that pauses the deal with no day, when their words hold one; else null. */
export function pausedWithoutDay(text: string): string | null {
  const m = PAUSED.exec(text);
  if (!m) return null;
  const start = Math.max(text.slice(0, m.index).search(/[^.!?。！？\n]*$/), 0);
  const end = /[.!?。！？\n]/.exec(text.slice(m.index + m[0].length));
  return text.slice(start, end ? m.index + m[0].length + end.index + 1 : text.length).trim().slice(0, 300);
}
