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
  /用得(?:很|挺|蛮|蠻|还|還)?(?:顺|順|好|习惯|習慣)|已(?:经|經)?上(?:线|線)|上(?:线|線)了|\d{1,2}\s?月\s?\d{1,2}\s?日\s?上(?:线|線)|(?:正式)?(?:验收|驗收)(?:通过|通過|完成|合格)|已(?:经|經)?(?:验收|驗收)|投入使用|投產|投产/,
];

/** Whether any of these texts says the solution is live or accepted. */
export function saysLive(texts: readonly string[]): boolean {
  return texts.some((text) => LIVE.some((pattern) => pattern.test(text)));
}

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
