import { formatMessage } from '../i18n/format';
import type { Locale } from '../i18n/locales';

/** Sentences the engine composes around playbook content, in every product language. */
const MESSAGES = {
  'bant.retire.need': { en: 'Need does not match our business: retire the lead.', 'zh-Hans': '需求与我们的业务不匹配：关闭该线索。', 'zh-Hant': '需求與我們的業務不符：關閉此潛在客戶。' },
  'bant.A.full': { en: 'Budget confirmed, decision maker engaged, purchase within {months, plural, one {a month} other {# months}} → A.', 'zh-Hans': '预算已确认、决策人已参与、{months} 个月内采购 → A 级。', 'zh-Hant': '預算已確認、決策者已參與、{months} 個月內採購 → A 級。' },
  'bant.A.promoted': { en: 'Budget confirmed on a lead with a clear need → A.', 'zh-Hans': '需求明确的线索确认了预算 → A 级。', 'zh-Hant': '需求明確的潛在客戶確認了預算 → A 級。' },
  'bant.B': { en: 'Need is clear, budget not yet confirmed → B.', 'zh-Hans': '需求明确，预算尚未确认 → B 级。', 'zh-Hant': '需求明確，預算尚未確認 → B 級。' },
  'bant.C': { en: 'Early contact, need still vague → C.', 'zh-Hans': '初步接触，需求尚不清晰 → C 级。', 'zh-Hant': '初步接觸，需求尚不清晰 → C 級。' },
  'bant.C.unknown': { en: 'Need not confirmed yet → C.', 'zh-Hans': '需求尚未确认 → C 级。', 'zh-Hant': '需求尚未確認 → C 級。' },
  'action.answer_objection': { en: 'Answer the objection: {objection}', 'zh-Hans': '回应异议：{objection}', 'zh-Hant': '回應異議：{objection}' },
  'action.answer_question': { en: 'Answer their question', 'zh-Hans': '回答对方的问题', 'zh-Hant': '回答對方的問題' },
  'action.move_to_contract': { en: '{signal}', 'zh-Hans': '{signal}', 'zh-Hant': '{signal}' },
  'action.get_signature': { en: 'Answer their buying signal today and get the contract signed.', 'zh-Hans': '今天就回应对方的购买信号，推动签约。', 'zh-Hant': '今天就回應對方的購買訊號，推動簽約。' },
  'action.snooze': { en: 'Wait until {date}, as they asked', 'zh-Hans': '按对方说的，等到 {date} 再联系', 'zh-Hant': '依對方所說，等到 {date} 再聯絡' },
  'action.follow_up': { en: 'Follow up: {send}', 'zh-Hans': '跟进：{send}', 'zh-Hant': '跟進：{send}' },
  'action.meeting': { en: 'Confirm the meeting on {date} and prepare for it', 'zh-Hans': '确认 {date} 的会面并做好准备', 'zh-Hant': '確認 {date} 的會議並做好準備' },
  'action.referral': { en: 'Contact {name}, as {referrer} suggested, and thank {referrer}', 'zh-Hans': '按 {referrer} 的建议联系 {name}，并感谢 {referrer}', 'zh-Hant': '依 {referrer} 的建議聯絡 {name}，並感謝 {referrer}' },
  'action.successor': { en: 'Contact {name}, who took over from {referrer}', 'zh-Hans': '联系接替 {referrer} 的 {name}', 'zh-Hant': '聯絡接替 {referrer} 的 {name}' },
  'action.referralAsk': { en: 'Ask {referrer} whom to contact, as they suggested', 'zh-Hans': '按对方的建议，问 {referrer} 该联系谁', 'zh-Hant': '依對方的建議，問 {referrer} 該聯絡誰' },
  'action.procurement': { en: 'Register on their supplier portal and submit there', 'zh-Hans': '在对方的供应商平台注册并在平台上提交', 'zh-Hant': '在對方的供應商平台註冊並於平台上提交' },
  'action.deadline': { en: 'Do what they asked before {date}', 'zh-Hans': '在 {date} 前完成对方的要求', 'zh-Hant': '在 {date} 前完成對方的要求' },
  'action.kickoff': { en: 'Book the kick-off and hand over to implementation', 'zh-Hans': '安排启动会，交接给实施团队', 'zh-Hant': '安排啟動會議，交接給導入團隊' },
  'action.progress': { en: 'Update them on delivery progress', 'zh-Hans': '向客户通报交付进度', 'zh-Hant': '向客戶更新交付進度' },
  'action.first_touch': { en: 'Make a first touch: a short note that names one pain of theirs.', 'zh-Hans': '完成首次接触：发一条简短的消息，点出对方的一个痛点。', 'zh-Hant': '完成首次接觸：傳一則簡短訊息，點出對方的一個痛點。' },
  'action.reopen': { en: 'Re-open with an offer', 'zh-Hans': '带着优惠重新联系', 'zh-Hant': '帶著優惠重新聯絡' },
  'action.after_sales_check': { en: 'After-sales check: share a value report and ask how it is going.', 'zh-Hans': '售后回访：发送价值报告，了解使用情况。', 'zh-Hant': '售後回訪：提供價值報告，了解使用情況。' },
  'action.answer_complaint': { en: 'Answer the complaint: respond within {hours, plural, one {an hour} other {# hours}}', 'zh-Hans': '处理投诉：{hours} 小时内回应', 'zh-Hant': '處理客訴：{hours} 小時內回應' },
  'action.stop': { en: 'Do not contact again', 'zh-Hans': '不再联系', 'zh-Hant': '不再聯絡' },
  'why.stop': { en: 'They asked not to be contacted again: “{quote}”. No further touch.', 'zh-Hans': '对方要求不要再联系：“{quote}”。不再跟进。', 'zh-Hant': '對方要求不要再聯絡：「{quote}」。不再跟進。' },
  'why.complaint': { en: 'A customer reports a problem: respond within {respond} h, a workaround within {workaround} h, the fix within {fix, plural, one {a day} other {# days}}.', 'zh-Hans': '客户反映问题：{respond} 小时内响应，{workaround} 小时内给出临时方案，{fix} 天内解决。', 'zh-Hant': '客戶反映問題：{respond} 小時內回應，{workaround} 小時內提供暫行方案，{fix} 天內解決。' },
  'why.signal': { en: 'Buying signal ({signal}): “{quote}”. Move to contract now.', 'zh-Hans': '购买信号（{signal}）：“{quote}”。立即推进签约。', 'zh-Hant': '購買訊號（{signal}）：「{quote}」。立即推進簽約。' },
  'why.signalAtContract': { en: 'Buying signal ({signal}): “{quote}”. The deal is already at the contract stage: answer it today and get the signature.', 'zh-Hans': '购买信号（{signal}）：“{quote}”。这单已经到了合同签订阶段：今天就答复，拿下签字。', 'zh-Hant': '購買訊號（{signal}）：「{quote}」。這筆交易已經到了合約簽訂階段：今天就答覆，拿到簽名。' },
  'why.outOfOffice': { en: 'They are away until {date}.', 'zh-Hans': '对方外出，{date} 回来。', 'zh-Hant': '對方外出，{date} 回來。' },
  'why.backFromOffice': { en: 'They were away until {date}; they are back now.', 'zh-Hans': '对方外出到 {date}，现在已经回来。', 'zh-Hant': '對方外出到 {date}，現在已經回來。' },
  'why.snooze': { en: 'They asked to talk again “{quote}”: wait until {date}.', 'zh-Hans': '对方说“{quote}”再联系：等到 {date}。', 'zh-Hant': '對方說「{quote}」再聯絡：等到 {date}。' },
  'why.snoozeOver': { en: 'They asked to talk again “{quote}”: that was {date}, now is the time.', 'zh-Hans': '对方说“{quote}”再联系：约定的 {date} 已到。', 'zh-Hant': '對方說「{quote}」再聯絡：約定的 {date} 已到。' },
  'why.objection': { en: 'Their last message ({date}) raises an objection: {objection}. Answer it today.', 'zh-Hans': '对方最近一条消息（{date}）提出了异议：{objection}。今天回复。', 'zh-Hant': '對方最近一則訊息（{date}）提出了異議：{objection}。今天回覆。' },
  'why.objectionC': { en: 'Their last message ({date}) raises an objection: {objection}. Answer it within two days.', 'zh-Hans': '对方最近一条消息（{date}）提出了异议：{objection}。两天内回复。', 'zh-Hant': '對方最近一則訊息（{date}）提出了異議：{objection}。兩天內回覆。' },
  'why.question': { en: 'They asked a question on {date} that we have not answered.', 'zh-Hans': '对方在 {date} 提了问题，我们还没回答。', 'zh-Hant': '對方在 {date} 提了問題，我們還沒回答。' },
  'why.meeting': { en: 'A meeting is set for {date} (“{quote}”): confirm it, prepare, and follow up after it.', 'zh-Hans': '已约好 {date} 会面（“{quote}”）：确认时间、做好准备，会后跟进。', 'zh-Hant': '已約好 {date} 開會（「{quote}」）：確認時間、做好準備，會後跟進。' },
  'why.referral': { en: '{referrer} sent us on to {name} (“{quote}”): write to {name} today, saying who referred us, and thank {referrer}.', 'zh-Hans': '{referrer} 让我们联系 {name}（“{quote}”）：今天就联系 {name}，说明是谁推荐的，并感谢 {referrer}。', 'zh-Hant': '{referrer} 請我們聯絡 {name}（「{quote}」）：今天就聯絡 {name}，說明是誰推薦的，並感謝 {referrer}。' },
  'why.successor': { en: '{referrer} has left; {name} took over (“{quote}”): write to {name} today, saying how we were working with {referrer}.', 'zh-Hans': '{referrer} 已离开，由 {name} 接手（“{quote}”）：今天就联系 {name}，说明之前和 {referrer} 的合作进展。', 'zh-Hant': '{referrer} 已離開，由 {name} 接手（「{quote}」）：今天就聯絡 {name}，說明之前和 {referrer} 的合作進度。' },
  'why.referralAsk': { en: '{referrer} sent us on to someone else (“{quote}”) without a name: thank them today and ask whom to contact.', 'zh-Hans': '{referrer} 让我们找别人（“{quote}”），但没说是谁：今天就道谢，并问清该联系谁。', 'zh-Hant': '{referrer} 請我們找別人（「{quote}」），但沒說是誰：今天就道謝，並問清楚該聯絡誰。' },
  'why.procurement': { en: 'They buy through a supplier portal (“{quote}”): a step of their purchase, not an objection. Register and submit there now.', 'zh-Hans': '对方通过供应商平台采购（“{quote}”）：这是采购流程的一步，不是异议。现在就注册并在平台上提交。', 'zh-Hant': '對方透過供應商平台採購（「{quote}」）：這是採購流程的一步，不是異議。現在就註冊並在平台上提交。' },
  'why.deadline': { en: 'They asked for something by {date} (“{quote}”): the move is ours, before then.', 'zh-Hans': '对方要求在 {date} 前完成（“{quote}”）：该我们行动，在期限前完成。', 'zh-Hant': '對方要求在 {date} 前完成（「{quote}」）：該我們行動，在期限前完成。' },
  'why.kickoff': { en: 'Signed ({date}): book the kick-off and hand the order to implementation before anything else (delivery before the after-sales checks).', 'zh-Hans': '已签约（{date}）：先安排启动会，把订单交接给实施团队（先交付，再售后回访）。', 'zh-Hant': '已簽約（{date}）：先安排啟動會議，把訂單交接給導入團隊（先交付，再做售後回訪）。' },
  'why.progress': { en: 'In delivery: tell them how it is going every {days, plural, one {day} other {# days}} until go-live and acceptance. Our last touch was {date}.', 'zh-Hans': '交付中：上线和验收前每 {days} 天通报一次进度。上次跟进是 {date}。', 'zh-Hant': '交付中：上線和驗收前每 {days} 天更新一次進度。上次跟進是 {date}。' },
  'why.acknowledged': { en: 'They acknowledged on {date}; nothing to answer. Tier {tier}: {cadence}.', 'zh-Hans': '对方在 {date} 只是确认收到，无需回答。{tier} 级：{cadence}。', 'zh-Hant': '對方在 {date} 只是確認收到，無需回覆。{tier} 級：{cadence}。' },
  'why.replied': { en: 'They replied on {date}; the next move is ours.', 'zh-Hans': '对方在 {date} 回复了，该我们推进了。', 'zh-Hant': '對方在 {date} 回覆了，該我們推進了。' },
  'why.lost': { en: 'The deal is closed lost. Re-open later with an offer: {offer}.', 'zh-Hans': '该商机已输单。日后带着优惠重新联系：{offer}。', 'zh-Hant': '此商機已輸單。日後帶著優惠重新聯絡：{offer}。' },
  'why.lostBecause': { en: 'The deal is closed lost: “{quote}”. Re-open later with an offer: {offer}.', 'zh-Hans': '该商机已输单：“{quote}”。日后带着优惠重新联系：{offer}。', 'zh-Hant': '此商機已輸單：「{quote}」。日後帶著優惠重新聯絡：{offer}。' },
  'why.repSnooze': { en: 'You put this off until {date}.', 'zh-Hans': '你已推迟到 {date}。', 'zh-Hant': '你已延後到 {date}。' },
  'why.firstTouch': { en: 'New contact, no touch yet: prospecting ends with a first touch.', 'zh-Hans': '新联系人，尚未接触：完成首次接触，客户开发阶段才算完成。', 'zh-Hant': '新聯絡人，尚未接觸：完成首次接觸，客戶開發階段才算完成。' },
  'why.needMismatch': { en: 'Their need does not match our business: the lead is retired; re-open only with a new reason.', 'zh-Hans': '对方需求与我们的业务不匹配：线索已关闭，有新理由再重新联系。', 'zh-Hant': '對方需求與我們的業務不符：潛在客戶已關閉，有新理由再重新聯絡。' },
  'why.silent': { en: '{count, plural, one {A touch} other {# touches in a row}} without a reply: the lead is retired. Re-open later with an offer: {offer}.', 'zh-Hans': '连续 {count} 次跟进无回复：线索已关闭。日后带着优惠重新联系：{offer}。', 'zh-Hant': '連續 {count} 次跟進無回覆：潛在客戶已關閉。日後帶著優惠重新聯絡：{offer}。' },
  'why.dormant': { en: 'No exchange for {days, plural, one {a day} other {# days}}: the lead is dormant. Re-open it with an offer: {offer}.', 'zh-Hans': '已有 {days} 天没有往来：线索已沉睡。带着优惠重新联系：{offer}。', 'zh-Hant': '已有 {days} 天沒有往來：潛在客戶已沉睡。帶著優惠重新聯絡：{offer}。' },
  'why.afterSales': { en: 'A tier {tier} customer: revisit {days, plural, one {every day} other {every # days}} with a value report.', 'zh-Hans': '{tier} 级客户：每 {days} 天回访一次，附上价值报告。', 'zh-Hant': '{tier} 級客戶：每 {days} 天回訪一次，附上價值報告。' },
  'why.closeDatePassed': { en: 'The close date ({date}) has passed: confirm the timeline or move the date.', 'zh-Hans': '预计成交日（{date}）已过：确认时间表或调整日期。', 'zh-Hant': '預計成交日（{date}）已過：確認時程或調整日期。' },
  'why.cadence': { en: 'Tier {tier}: {cadence}. Our last touch was {date}.', 'zh-Hans': '{tier} 级：{cadence}。上次跟进是 {date}。', 'zh-Hant': '{tier} 級：{cadence}。上次跟進是 {date}。' },
  'why.ask': { en: 'Ask about {fact}: “{question}”', 'zh-Hans': '了解{fact}：“{question}”', 'zh-Hant': '了解{fact}：「{question}」' },
  'why.exitMet': { en: 'every exit criterion of {stage} is met', 'zh-Hans': '「{stage}」阶段的退出标准已全部满足', 'zh-Hant': '「{stage}」階段的退出標準已全部滿足' },
  'spin.company': { en: 'your company', 'zh-Hans': '贵公司', 'zh-Hant': '貴公司' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EngineMessage = keyof typeof MESSAGES;

export function engineText(locale: Locale, key: EngineMessage, params: Record<string, string | number> = {}): string {
  return formatMessage(locale, MESSAGES[key][locale], params);
}

export const ENGINE_MESSAGES = MESSAGES;
