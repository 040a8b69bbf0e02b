/**
 * A pause with no day ("the project is on hold until further notice", "leadership has put all new
 * spend on hold for now", 项目暂时搁置了，什么时候重启另行通知, 這個案子先暫停): not an objection to
 * argue and not a promise to wait a few days for. The rep thanks them and checks in lightly once a
 * month (PAUSE_CHECK_IN_DAYS); a day they name with it ("on hold until March") is a snooze instead.
 */
const PAUSED =
  /\bon hold\b|\b(?:paused?|pausing)\b|\bput (?:it|this|things|everything|the (?:\w+ )?(?:project|deal|purchase|rollout|roll-out|decision|initiative)) on ice\b|\bon ice\b|\b(?:shelved|parked|frozen)\b|\buntil further notice\b|\bhold(?:ing)? off for now\b|搁置|擱置|暂停|暫停|冻结|凍結|另行通知|先放一放|先放放|先缓一缓|先緩一緩|按下暂停|按下暫停|停掉了|喊停/i;

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
