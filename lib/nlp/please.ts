/**
 * A bare 请 / 請 ("please") that asks the reader to do something, told from the polite formulas that ask nothing.
 *
 * 请 opens requests ("合同请年底前发过来", "報價請週五前回覆", "请尽快确认") and also courtesies and other words:
 * 请放心 (rest assured), 请见谅 (please excuse us), 请多指教 / 请多关照 (a greeting), 请问 (a question opener), 请勿 /
 * 请不要 (please don't), 请查收 / 请参考 / 请见附件 (here is something of ours), 请随时联系 (any time); 申请, 邀请,
 * 聘请 (apply, invite, hire), 请假 (leave), 请客, 请示 / 请教 (asking the boss, asking advice), 请款 / 请购 (their own
 * paperwork); and 请 + a person of theirs ("我会请老板年底前签": they ask their boss, nothing asked of us).
 *
 * Both scripts are written out: the judge reads the words as written, the date reader reads them folded to Simplified.
 */
const NOT_A_REQUEST_AFTER =
  '放心|见谅|見諒|多指教|多多指教|多关照|多關照|多多关照|多多關照|多包涵|包涵|原谅|原諒|谅解|諒解|问|問|勿|不要|别|別|稍等|稍候|留意|注意|知悉|查收|查阅|查閱|参考|參考|参阅|參閱|见附件|見附件|详见|詳見|随时|隨時|保重|慢用|自便|假|客|示|教|款|购|購|(?:您|你)?(?:的)?(?:老板|老闆|领导|領導|主管|上级|上級|上司|法务|法務|财务|財務|同事|他|她)';
/** Before 请: another word that holds it (申请, 邀请), or their own subject asking someone (我会请…, 我們要請…). */
const NOT_A_REQUEST_BEFORE = '申|邀|聘|宴|恳|懇|敬|延|会|會|去|我';

/** A bare 请 that may ask something of the reader (no formula, no word that holds it). */
export const PLEASE = new RegExp(`(?<!${NOT_A_REQUEST_BEFORE})(?:请|請)(?!${NOT_A_REQUEST_AFTER})`, 'u');

/** What a bare 请 asks of us when it is a request: to send, sign, confirm or answer something. */
const SEND_SIGN_CONFIRM = '发|發|寄|传|傳|交|签|簽|盖章|蓋章|用印|确认|確認|核对|核對|回复|回覆|答复|答覆|回签|回簽|提供|报|報|开|開|给|給|更新|修改|补|補|安排|准备|準備|整理';
/** When, between 请 and its verb: a deadline ("年底前", "週五之前") or "as soon as possible". */
const BY_WHEN = '前|之前|以前|为止|為止|尽快|盡快|儘快|尽早|盡早|马上|馬上|早日|今天内|今天內|今日内|今日內';

/**
 * A bare 请, a deadline and what it asks of us in one clause ("合同请年底前发过来", "報價請週五前回覆", "PO请尽快盖章回传"): a
 * request like 麻烦…, not a courtesy (请放心，我们年底前会回复 asks nothing), nor 请 before a noun whose character reads like
 * a verb (請把我從電子報名單中移除: no day, no request of a document).
 */
export const PLEASE_SEND = new RegExp(`${PLEASE.source}(?:您|你|贵司|貴司)?[^。！？!?，,；;\\n]{0,10}?(?:${BY_WHEN})[^。！？!?，,；;\\n]{0,6}?(?:${SEND_SIGN_CONFIRM})`, 'u');

/**
 * The Japanese ways of asking (お送りください, ご確認をお願いいたします, ご返信いただけますでしょうか, ご提出いただきたく): a
 * request of the reader, wherever the verb sits before it (頂 folded to 顶 too: the date reader reads folded words).
 */
export const JA_PLEASE = /ください|下さい|お願い(?:いた)?します|お願い申し上げます|(?:いただ|頂|顶)け(?:ます|ません)(?:か|でしょうか)|(?:いただ|頂|顶)きたく|(?:いただ|頂|顶)ければ(?:幸い|助か)/u;
