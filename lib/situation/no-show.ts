import type { SituationMessage } from './types';

/**
 * Our note after a meeting they missed ("I was on the call at 10 but didn't see you", "sorry we missed
 * each other", 今天下午两点的会议没等到您, 剛剛的會議沒看到您上線): the meeting they agreed to did
 * not happen, and our note offers another time. Left to the tier's cadence it waited a month (tier C);
 * a missed meeting is followed up within two working days, while they still mean to meet.
 */
const NO_SHOW = /\b(?:didn['’]?t|did not) (?:see|catch) you\b|\bmissed (?:you|each other)\b|\b(?:couldn['’]?t|could not|weren['’]?t able to|were not able to) make (?:it|the call|the meeting)\b|\bno-?show\b|\bwaited (?:on|in) the (?:call|line|meeting|room)\b|\bi was on the (?:call|line|zoom|teams|meet)\b[^.!?\n]{0,40}\b(?:but|didn|did not)\b|(?:没|沒)(?:等到|见到|見到|看到)(?:您|你)|(?:没|沒)(?:能)?(?:上线|上線|入会|入會)|(?:您|你)(?:没|沒)(?:来|來|出现|出現|上线|上線)|错过了|錯過了/i;

/** Working days after our note before we follow up a missed meeting. */
export const NO_SHOW_FOLLOW_UP_DAYS = 2;

/** Our last message, when it is a note about a meeting they missed; else null. */
export function noShowNote(messages: readonly SituationMessage[], lastOut: number): SituationMessage | null {
  const last = [...messages].reverse().find((m) => m.direction === 'outbound' && m.at !== null);
  return last && last.at === lastOut && NO_SHOW.test(last.text) ? last : null;
}
