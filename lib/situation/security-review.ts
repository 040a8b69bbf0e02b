import { clausesOf, sentencesOf } from './sentence';

/**
 * Their IT or security people are to review us before anything moves ("our IT security team needs to
 * review the gateway first", "the vendor security questionnaire is with InfoSec", "we need your SOC 2
 * report and the DPA", 我们信息安全部门要先做安全评估, 資安部門要先審): the deal waits on a review a
 * thank-you does not speed up. What speeds it is what reviewers ask for (our security pack, the
 * questionnaire answered, the data processing agreement, a call with our security lead), offered
 * before they ask, and what they need from us by when.
 *
 * Safety in the other sense (food safety, 安全生产, a safe site) is not this: the words name IT,
 * information, data or cyber security, or the documents of such a review.
 */
const EN_WHO = String.raw`\b(?:(?:IT|info(?:rmation)?|cyber|data|network|vendor|app(?:lication)?) ?security|infosec|sec ?ops|CISO|security(?: and compliance| & compliance)?(?: team| department| people| folks| group| office)|compliance team)\b`;
const EN = new RegExp(
  String.raw`${EN_WHO}[^.!?\n]{0,80}?\b(?:review|assess|questionnaire|audit|check|vet|sign[- ]?off|approv|look (?:at|over|into))|\b(?:security|infosec|vendor risk|third[- ]party risk|vendor) (?:review|assessment|questionnaire|audit|due diligence)\b|\bSOC ?2\b|\bISO ?27001\b|\bpen(?:etration)? ?test|\bDPA\b|\bdata processing (?:agreement|addendum)\b|\bCAIQ\b|\bsecurity questionnaire\b`,
  'i',
);
const ZH_WHO = '(?:资安|資安|信息安全|資訊安全|网络安全|網路安全|網絡安全|数据安全|數據安全|資料安全|IT ?安全|信安|网安|網安)';
const ZH = new RegExp(`${ZH_WHO}(?:部门|部門|团队|團隊|同事|组|組|处|處|中心|team)?[^。！？!?\\n]{0,16}?(?:审|審|评估|評估|问卷|問卷|检查|檢查|稽核|核查|把关|把關|check|review|睇)|(?:安全评估|安全評估|安全审查|安全審查|安全问卷|安全問卷|渗透测试|滲透測試|等保测评|等保測評|数据处理协议|數據處理協議|資料處理協議|供应商安全|供應商安全)|SOC ?2|ISO ?27001`, 'iu');

/** A review done or no concern left, said in the same sentence: "no concerns about security; your SOC 2 report answered everything", 资安审查已经通过. */
const SETTLED = /\b(?:no (?:security )?(?:concerns?|questions?|issues?)|(?:don't|do not|dont) have any (?:security )?(?:concerns?|questions?)|answered (?:everything|all (?:of )?(?:our|their) questions)|(?:already|has|have) (?:been )?(?:reviewed|approved|cleared|passed|signed off)|passed (?:the|our|their) (?:security )?(?:review|assessment))\b|(?:已经|已經|已)(?:审核|審核|审|審|评估|評估)?(?:通过|通過|完成)|没有(?:任何)?(?:问题|顾虑)|沒有(?:任何)?(?:問題|顧慮)/i;

/** What a settled clause must be about to settle the review: security, its people or its documents. */
const ABOUT_SECURITY = new RegExp(`${EN.source}|${ZH.source}|${ZH_WHO}|\\bsecurity\\b|安全`, 'iu');

/** The sentence's clauses, cut again before a "but" (", but", "但是", "不过"): "Legal has approved it but our security team…" is two. */
function partsOf(sentence: string): string[] {
  return clausesOf(sentence).flatMap((c) => c.split(/(?=\b(?:but|however|though|yet)\b)|(?=但是|不过|不過|可是|只是)/iu)).filter((c) => c.trim() !== '');
}

/**
 * The sentence in which they say a security review stands before the deal; null when none does. A review done or
 * no concern left settles it only when said of security, in the clause that holds the review or a clause about
 * security beside it: "No issues with the price, but our IT security team needs to review the platform first" is a review.
 */
export function securityReview(words: string): string | null {
  for (const sentence of sentencesOf(words)) {
    if (!EN.test(sentence) && !ZH.test(sentence)) continue;
    if (!partsOf(sentence).some((part) => SETTLED.test(part) && ABOUT_SECURITY.test(part))) return sentence;
  }
  return null;
}
