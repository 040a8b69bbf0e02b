import { dateNamedIn } from '../reader/time-expressions';

/**
 * Delivery (DOMAIN.md § 2, stage 7) comes between the signature and the after-sales checks: the
 * order is handed to implementation at a kick-off, the customer hears how it is going, users are
 * trained, and only once it is live and accepted does the after-sales loop (stage 8) begin.
 */

/** Words that say it is live or accepted ("went live on Nov 5", 11 月 5 日上线, 已驗收). */
const LIVE = [
  /\b(?:went|gone|go(?:ing)?) live\b|\bis (?:now )?live\b|\bwe(?:'re| are) (?:now )?live\b|\blive since\b|\bgo-live (?:was|went|is done|completed)\b|\b(?:accepted|acceptance (?:signed|done|passed))\b|\bin production since\b/i,
  // In daily use: "the store managers like the new rota screen", 大家用得很順.
  /\b(?:like|love|enjoy)s? (?:using )?the new\b|\b(?:is|are) using it (?:every day|daily|a lot)\b|\bin daily use\b/i,
  // A renewal is of something in use ("our subscription renews in January", 续约).
  /\b(?:renewal|renews?|renewing)\b|续约|續約|续费|續費|续签|續簽/i,
  /用得(?:很|挺|蛮|蠻|还|還|幾|几)?(?:顺|順|好|习惯|習慣|不错|不錯|唔錯)|已(?:经|經)?上(?:线|線)|上(?:线|線)了|\d{1,2}\s?月\s?\d{1,2}\s?日\s?上(?:线|線)|(?:正式)?(?:验收|驗收)(?:通过|通過|完成|合格)|已(?:经|經)?(?:验收|驗收)|投入使用|投產|投产/,
];

/** Whether any of these texts says the solution is live or accepted. */
export function saysLive(texts: readonly string[]): boolean {
  return texts.some((text) => LIVE.some((pattern) => pattern.test(text)));
}

/** Working days before a booked kick-off by which it is prepared with them (the agenda, who attends). */
export const KICKOFF_PREP_DAYS = 2;

/** Days between progress updates while delivering ("check its status regularly"). */
export const PROGRESS_EVERY_DAYS = 7;

/** Words that say the kick-off has happened ("Kick-off call went well", "thanks for running the kick-off yesterday", 启动会开得很顺利). */
const KICKOFF_HELD =
  /\bkick-?off(?: call| meeting| session| workshop)? (?:went|was|has been|is done|is behind us)\b|\b(?:great|good|productive|excellent|helpful|smooth) kick-?off\b|\b(?:thanks?|thank you) for (?:running |hosting |leading |organi[sz]ing )?(?:the |our |yesterday'?s |today'?s )?kick-?off\b|\b(?:we )?kicked (?:it |things |the project )?off\b|(?:启动会|啟動會)(?:议|議)?(?:开|開)?得|(?:启动会|啟動會)(?:议|議)?(?:很|挺|非常|蛮|蠻)?(?:顺利|順利|成功)|(?:开|開)(?:过|過|完)(?:了)?(?:项目|專案)?(?:启动会|啟動會)|(?:启动会|啟動會)(?:议|議)?(?:已经|已經)?(?:开|開)(?:过|過|完)/i;

/** The newest dated text that says the kick-off has happened (its day and its words), else null. */
export function kickoffHeld(items: readonly { at: number | null; text: string }[]): { at: number; text: string } | null {
  let newest: { at: number; text: string } | null = null;
  for (const item of items) {
    const m = item.at === null ? null : KICKOFF_HELD.exec(item.text);
    if (m && item.at !== null && (!newest || item.at > newest.at)) newest = { at: item.at, text: item.text.slice(0, 200) };
  }
  return newest;
}

/**
 * Words that say the kick-off is booked ("Kick-off with Joel set for 12 January", "kickoff booked for the 14th",
 * 已约好启动会, 啟動會已排在下週三): the kick-off step is done, what comes next is preparing it. Not asked or still
 * to do ("can we get the kick-off scheduled?", "we need to book the kick-off", 还没约启动会).
 */
const KICKOFF_BOOKED =
  /\bkick-?off\b[^.!?\n]{0,60}?\b(?:is |was |has been |now )?(?:set|booked|scheduled|confirmed|arranged|fixed|locked in|in the (?:diary|calendar))\b|\b(?:booked|scheduled|set up|arranged|confirmed|locked in)\b(?: (?:the|our|a|their))? kick-?off\b|(?:启动会|啟動會)(?:议|議)?[^，。,\n]{0,20}?(?:已(?:经|經)?(?:约|約|定|排|安排|确定|確定)|约好|約好|定好|定了|排好|排了|安排好|订好|訂好|book咗|約咗|约咗|定咗|排咗)|(?:已(?:经|經)?(?:约|約|定|排|安排)|约好了|約好了|约好|約好|定好|排好|约咗|約咗)(?:了)?[^，。,\n]{0,12}?(?:启动会|啟動會)/i;
/** The same words asked, wanted or still to do: no booking. */
const NOT_BOOKED = /[?？]|\b(?:need|needs|want|wants|let['’]s|can we|could we|shall we|to get|to be|not yet|still to|yet to|once|when|until|before|after we)\b|还没|還沒|未(?:约|約|定|排)|要约|要約|需要|想约|想約|等.{0,6}(?:再|才)/i;

/** The newest dated text that says the kick-off is booked: its words, the day it was written, and the kick-off's day when it names one (else null). */
export function kickoffBooked(items: readonly { at: number | null; text: string }[]): { at: number; text: string; on: number | null } | null {
  let newest: { at: number; text: string; on: number | null } | null = null;
  for (const item of items) {
    if (item.at === null || (newest && item.at <= newest.at)) continue;
    const sentence = item.text.split(/(?<=[.!?。！？\n])\s*/).find((part) => KICKOFF_BOOKED.test(part) && !NOT_BOOKED.test(part));
    if (!sentence) continue;
    const named = dateNamedIn(sentence, item.at, { asNamed: true });
    newest = { at: item.at, text: sentence.trim().slice(0, 200), on: named && named.at > item.at ? named.at : null };
  }
  return newest;
}
