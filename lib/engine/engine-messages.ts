import type { Locale } from '../i18n/locales';

/** Sentences the engine composes around playbook content, in every product language. */
const MESSAGES = {
  'bant.retire.need': { en: 'Need does not match our business: retire the lead.', 'zh-Hans': '需求与我们的业务不匹配：关闭该线索。', 'zh-Hant': '需求與我們的業務不符：關閉此線索。' },
  'bant.A.full': { en: 'Budget confirmed, decision maker engaged, purchase within {months} months → A.', 'zh-Hans': '预算已确认、决策人已参与、{months} 个月内采购 → A 级。', 'zh-Hant': '預算已確認、決策者已參與、{months} 個月內採購 → A 級。' },
  'bant.A.promoted': { en: 'Budget confirmed on a lead with a clear need → A.', 'zh-Hans': '需求明确的线索确认了预算 → A 级。', 'zh-Hant': '需求明確的線索確認了預算 → A 級。' },
  'bant.B': { en: 'Need is clear, budget not yet confirmed → B.', 'zh-Hans': '需求明确，预算尚未确认 → B 级。', 'zh-Hant': '需求明確，預算尚未確認 → B 級。' },
  'bant.C': { en: 'Early contact, need still vague → C.', 'zh-Hans': '初步接触，需求尚不清晰 → C 级。', 'zh-Hant': '初步接觸，需求尚不清晰 → C 級。' },
  'next.retire.need': { en: 'Retire the lead.', 'zh-Hans': '关闭该线索。', 'zh-Hant': '關閉此線索。' },
  'next.retire.silent': { en: 'Retire the lead, or park it as dormant for a later offer.', 'zh-Hans': '关闭该线索，或转为沉睡线索，日后用优惠再唤醒。', 'zh-Hant': '關閉此線索，或轉為沉睡線索，日後以優惠再喚醒。' },
  'next.retire.silentReason': { en: '{count} touches in a row without a reply.', 'zh-Hans': '连续 {count} 次跟进均无回复。', 'zh-Hant': '連續 {count} 次跟進皆無回覆。' },
  'next.signal.reason': { en: 'Buying signal: {signal}.', 'zh-Hans': '购买信号：{signal}。', 'zh-Hant': '購買訊號：{signal}。' },
  'next.firstTouch.action': { en: 'Make a first touch: a short note that names one pain of theirs.', 'zh-Hans': '完成首次接触：发一条简短的消息，点出对方的一个痛点。', 'zh-Hant': '完成首次接觸：發一則簡短訊息，點出對方的一個痛點。' },
  'next.firstTouch.reason': { en: 'New contact: prospecting ends once the source is recorded and a first touch is made.', 'zh-Hans': '新联系人：记录来源并完成首次接触后，客户开发阶段即告完成。', 'zh-Hant': '新聯絡人：記錄來源並完成首次接觸後，客戶開發階段即告完成。' },
  'next.reactivate.reason': { en: 'No touch for {days} days: the lead is dormant.', 'zh-Hans': '已有 {days} 天没有跟进：该线索已沉睡。', 'zh-Hant': '已有 {days} 天沒有跟進：此線索已沉睡。' },
  'next.ask.action': { en: 'Ask about {fact}: "{question}"', 'zh-Hans': '了解{fact}：“{question}”', 'zh-Hant': '了解{fact}：「{question}」' },
  'next.ask.reason': { en: '{fact} is still unknown; it weighs most in qualifying this lead.', 'zh-Hans': '{fact}仍未知，它在该线索的评估中权重最高。', 'zh-Hant': '{fact}仍未知，它在此線索的評估中權重最高。' },
  'next.cadence.action': { en: 'Follow up: {send}', 'zh-Hans': '跟进：{send}', 'zh-Hant': '跟進：{send}' },
  'next.cadence.reason': { en: 'Tier {tier}: {cadence}; last touch {days} days ago.', 'zh-Hans': '{tier} 级：{cadence}；上次跟进在 {days} 天前。', 'zh-Hant': '{tier} 級：{cadence}；上次跟進在 {days} 天前。' },
  'next.revisit.action': { en: 'Revisit: share a value report and ask how it is going.', 'zh-Hans': '回访：发送价值报告，了解使用情况。', 'zh-Hant': '回訪：提供價值報告，了解使用情況。' },
  'next.revisit.reason': { en: 'Tier {tier} customers are revisited every {days} days.', 'zh-Hans': '{tier} 级客户每 {days} 天回访一次。', 'zh-Hant': '{tier} 級客戶每 {days} 天回訪一次。' },
  'next.advance.action': { en: 'Move the contact to {stage}.', 'zh-Hans': '将该联系人推进到「{stage}」阶段。', 'zh-Hant': '將此聯絡人推進到「{stage}」階段。' },
  'next.advance.reason': { en: 'Every exit criterion of {current} is met.', 'zh-Hans': '「{current}」阶段的退出标准已全部满足。', 'zh-Hant': '「{current}」階段的退出標準已全部滿足。' },
  'spin.company': { en: 'your company', 'zh-Hans': '贵公司', 'zh-Hant': '貴公司' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EngineMessage = keyof typeof MESSAGES;

export function engineText(locale: Locale, key: EngineMessage, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

export const ENGINE_MESSAGES = MESSAGES;
