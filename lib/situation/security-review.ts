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
/**
 * Their IT department or compliance people as the ones who vet a vendor ("our IT has to vet any vendor that touches the ERP",
 * "Compliance needs to sign off on anything that connects to our network", "it has to be reviewed by IT first"): the one
 * who reviews and the review in one clause, the review to come first said anywhere in the sentence. "IT" in capitals
 * only ("it" is a pronoun: "we'd go through it with the team first and compliance later" names no reviewer). An IT
 * director, manager or head who approves, signs off or decides is the boss deciding (an authority objection); one who
 * reviews or vets is the review.
 */
const IT_DEPT = String.raw`(?:\bIT\b(?! ?(?:director|manager|head|lead|VP|boss|chief)s?\b)|\b[Cc]ompliance\b)`;
const IT_PERSON = String.raw`(?:\bIT (?:director|manager|head|lead|VP|boss|chief)s?\b|\b[Hh]ead of IT\b|\bCIO\b)`;
const VETS = String.raw`(?:vet|review|assess|audit|questionnaire|due diligence)`;
const VETS_OR_CLEARS = String.raw`(?:${VETS}|sign(?:s|ed)?[- ]?off|approv|clear|look (?:at|over|into)|check)`;
/** In one clause: IT or compliance, then within a few words what it does to us; or what is done, "by" or "through" IT or compliance. */
const EN_IT_VETS = new RegExp(
  String.raw`${IT_DEPT}[^,;:.!?\n]{0,40}?\b${VETS_OR_CLEARS}|${IT_PERSON}[^,;:.!?\n]{0,40}?\b${VETS}|\b(?:[Vv]etted|[Rr]eviewed|[Aa]ssessed|[Aa]udited|[Cc]leared|[Ss]igned off|[Aa]pproved|[Cc]hecked) by (?:(?:our|their|the) )?(?:IT\b|[Cc]ompliance\b)|\b(?:[Gg]o|[Gg]oes|[Gg]et|[Rr]un|[Pp]ut|[Pp]ass)\b[^,;:.!?\n]{0,20}?\bthrough (?:(?:our|their|the) )?(?:IT\b|[Cc]ompliance\b)`,
);
/** The review to come first, anywhere in the sentence: "before", "first", "until", or of any vendor, anything. */
const EN_FIRST = /\b(?:before|first|beforehand|prior to|until|till|any (?:vendor|supplier|tool|system|platform|software|app|new)|anything|every (?:vendor|supplier|tool|new))\b/i;
/**
 * IT or compliance that has to vet us, said as an obligation in the clause ("IT needs to review the integration", "our
 * compliance people will have to vet you"): the review stands with or without "first". Not what it did ("IT reviewed it
 * last month") nor a boss who approves.
 */
const EN_IT_MUST_VET = new RegExp(
  String.raw`${IT_DEPT}[^,;:.!?\n]{0,30}?\b(?:needs? to|has to|have to|must|will (?:need|have|want) to|(?:'ll|’ll) (?:need|have|want) to|wants? to|is going to|are going to|would (?:need|have|want) to)\b[^,;:.!?\n]{0,20}?\b${VETS}`,
);
/** A clause of the sentence in which IT or compliance vets us, said to come first or as what they have to do. */
function itVets(sentence: string): boolean {
  return clausesOf(sentence).some((clause) => EN_IT_MUST_VET.test(clause) || (EN_FIRST.test(sentence) && EN_IT_VETS.test(clause)));
}
const EN = new RegExp(
  String.raw`${EN_WHO}[^.!?\n]{0,80}?\b(?:review|assess|questionnaire|audit|check|vet|sign[- ]?off|approv|look (?:at|over|into))|\b(?:security|infosec|vendor risk|third[- ]party risk|vendor) (?:review|assessment|questionnaire|audit|due diligence)\b|\b(?:go|goes|going|gone|went|get|gets|run|put|pass|passes)\b[^.!?\n]{0,30}?\bthrough (?:(?:our|their|the|an?) )?(?:infosec|compliance|(?:IT|info(?:rmation)?|cyber) ?security|security (?:review|team|check|vetting|and compliance))\b|\bSOC ?2\b|\bISO ?27001\b|\bpen(?:etration)? ?test|\bDPA\b|\bdata processing (?:agreement|addendum)\b|\bCAIQ\b|\bsecurity questionnaire\b`,
  'i',
);
/**
 * Their IT, information or compliance department vetting us first (IT部要先睇過, 資訊部要先審, 合规部门得先过一遍, and in
 * Cantonese with 先 after the verb: 要等合規部門簽核先): the same review in Chinese.
 */
const ZH_IT_DEPT = '(?:IT|資訊|资讯|信息技术|信息技術|資訊科技|资讯科技|信息|合规|合規|法遵|风控|風控)(?:部门|部門|部|团队|團隊|同事|组|組|处|處|中心|那边|那邊|嗰邊|方面| ?team)';
const ZH_IT_VETS = '(?:审|審|评估|評估|看|睇|过一遍|過一遍|过目|過目|把关|把關|批|签核|簽核|check|review)';
/** A review in so many words, which needs no 先 to be one when they have to do it (审核一下, 評估一下, 把關): not 看 / 睇, a look. */
const ZH_IT_REVIEWS = '(?:审核|審核|审查|審查|审|審|评估|評估|把关|把關|过一遍|過一遍|签核|簽核|稽核)';
/** Has to, will (要, 得, 需要, 必须, 会): the review still to come, not one done (IT已经审核过了). */
const ZH_MUST = '(?:要|得|需要|必须|必須|会|會|還要|还要|仲要|要求)';
const ZH_IT = new RegExp(
  `${ZH_IT_DEPT}[^。！？!?\\n，,]{0,10}?(?:先|要先|得先|需要先|必须先|必須先)[^。！？!?\\n，,]{0,6}?${ZH_IT_VETS}|${ZH_IT_DEPT}[^。！？!?\\n，,]{0,6}?${ZH_IT_VETS}[^。！？!?\\n，,先]{0,4}先|${ZH_IT_DEPT}[^。！？!?\\n，,]{0,6}?${ZH_MUST}[^。！？!?\\n，,]{0,4}?${ZH_IT_REVIEWS}`,
  'iu',
);
const ZH_WHO = '(?:资安|資安|信息安全|資訊安全|网络安全|網路安全|網絡安全|数据安全|數據安全|資料安全|IT ?安全|信安|网安|網安)';
const ZH = new RegExp(`${ZH_WHO}(?:部门|部門|团队|團隊|同事|组|組|处|處|中心|team)?[^。！？!?\\n]{0,16}?(?:审|審|评估|評估|问卷|問卷|检查|檢查|稽核|核查|把关|把關|check|review|睇)|(?:安全评估|安全評估|安全审查|安全審查|安全问卷|安全問卷|渗透测试|滲透測試|等保测评|等保測評|数据处理协议|數據處理協議|資料處理協議|供应商安全|供應商安全)|SOC ?2|ISO ?27001`, 'iu');

/**
 * A review done or no concern left, said in the same sentence: "no concerns about security; your SOC 2 report answered
 * everything", "the security review came back fine", "compliance is all good", 资安审查已经通过, 资安那边没问题.
 */
const SETTLED = /\b(?:no (?:security )?(?:concerns?|questions?|issues?|problems?)|(?:is|are|was|were|'s|'re|looks?|seems?|came back|comes back) (?:all |totally |perfectly |completely )?(?:fine|ok(?:ay)?)(?!-)|all good|good to go|(?:don't|do not|dont) have any (?:security )?(?:concerns?|questions?)|answered (?:everything|all (?:of )?(?:our|their) questions)|(?:already|has|have) (?:been )?(?:reviewed|approved|cleared|passed|signed off)|passed (?:the|our|their) (?:security )?(?:review|assessment))\b|(?:已经|已經|已)(?:审核|審核|审|審|评估|評估)?(?:通过|通過|完成)|(?:审核|審核|审查|審查|审|審|评估|評估)(?:过|過|完)了|没有?(?:任何)?(?:问题|顾虑)|沒有?(?:任何)?(?:問題|顧慮)|冇(?:問題|问题)/i;

/** What a settled clause must be about to settle the review: security or compliance, its people or its documents. */
const ABOUT_SECURITY = new RegExp(`${EN.source}|${ZH.source}|${ZH_WHO}|\\b(?:security|compliance)\\b|安全|合规|合規|法遵`, 'iu');

/** The sentence's clauses, cut again before a "but" (", but", "但是", "不过") and at a dash: "Legal has approved it but our security team…" is two. */
function partsOf(sentence: string): string[] {
  return clausesOf(sentence).flatMap((c) => c.split(/(?=\b(?:but|however|though|yet)\b)|(?=但是|不过|不過|可是|只是)|\s[-–—]\s/iu)).filter((c) => c.trim() !== '');
}

/**
 * The review's words naming something of ours to buy or see, not a review of us: "pricing for the security questionnaire
 * automation module", "a sample of the vendor security questionnaire your tool generates", 安全问卷自动化模块的报价,
 * 你們的工具生成的資安評估問卷: a request like any other, not the security-review step.
 */
const OUR_PRODUCT = /\b(?:questionnaire|assessment|review|audit|SOC ?2|DPA|compliance) (?:automation |response |answering )?(?:module|feature|add-?on|tool|product|template|generator|builder|capability|functionality|automation)s?\b|\byour (?:tool|product|platform|software|app|system|module|solution|AI)(?: \w+)? (?:generates?|produces?|creates?|builds?|automates?|fills?|outputs?|drafts?|writes?)\b|\b(?:pricing|prices?|quote|sample|example|demo|screenshot|trial)s? (?:for|of|on) (?:the|a|an|your) [^.!?\n]{0,30}?questionnaire/i;
const OUR_PRODUCT_ZH = /(?:问卷|問卷|评估|評估|审查|審查)(?:自动化|自動化|生成)?(?:模块|模塊|模組|功能|工具|产品|產品|方案包)|(?:你们|你們|贵司|貴司|贵公司|貴公司|你哋)(?:的)?(?:工具|产品|產品|系统|系統|平台|軟件|软件)(?:生成|產生|产生|自动生成|自動生成)的/;

/** A review named in these words: their security people or its documents, or IT or compliance vetting us first. */
function namesReview(words: string): boolean {
  if (OUR_PRODUCT.test(words) || OUR_PRODUCT_ZH.test(words)) return false;
  return EN.test(words) || ZH.test(words) || ZH_IT.test(words) || itVets(words);
}

/** A part that turns against what went before ("but…", "though…", "不过…"). */
const CONTRAST = /^\s*(?:but|however|though|yet|但是|不过|不過|可是|只是)/iu;
/** A part that puts a review first or still to come ("they need to review the DPA first", 还要先做渗透测试), whatever joins it to the settled part. */
const STILL_TO_COME = /\b(?:first|still|needs? to|has to|have to|must|will (?:need|have) to|(?:'ll|’ll) (?:need|have) to|wants? to)\b|先|还要|還要|还得|還得|仍要|仍然要|仲要|需要|必须|必須/iu;

/**
 * The sentence in which they say a security review stands before the deal; null when none does. A review done or
 * no concern left settles it only when said of security or compliance, in the clause that holds the review or a
 * clause about security beside it: "No issues with the price, but our IT security team needs to review the platform
 * first" is a review, and so is one that turns after the settled part ("security is fine with the pilot but needs to
 * review the DPA first", 资安那边没问题，不过还要先做渗透测试) or puts a review first after it, whatever joins them ("Security
 * is fine with the pilot; they need to review the DPA first", 资安没问题，还要先做渗透测试).
 */
export function securityReview(words: string): string | null {
  for (const sentence of sentencesOf(words)) {
    if (!namesReview(sentence)) continue;
    const parts = partsOf(sentence);
    const settled = parts.findIndex((part) => SETTLED.test(part) && ABOUT_SECURITY.test(part));
    if (settled < 0 || parts.slice(settled + 1).some((part) => (CONTRAST.test(part) || STILL_TO_COME.test(part)) && namesReview(part) && !SETTLED.test(part))) return sentence;
  }
  return null;
}

/** A system of ours said not to fit theirs ("it doesn't integrate with our WMS", 和我们现有系统不兼容, 接不起來, 唔兼容): a fit objection of its own, review or not. */
const DOES_NOT_FIT = /\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|isn'?t|is not|aren'?t|are not|not|no|never)\b[^.!?\n]{0,30}?\b(?:integrat|compatib|connect|plug|talk to|work(?:s)? with|support)|\bincompatib|\bno (?:integration|connector|API)\b|(?:不兼容|不相容|不支持|不支援|唔兼容|唔支援|接不(?:起来|起來|上|了)|对接不|對接不|驳唔到|駁唔到|连不上|連不上|对不上|對不上)/i;

/** Objections a security review is never mistaken for: money and terms have words of their own. */
const OWN_WORDS = new Set(['price', 'budget', 'value', 'contract']);

/**
 * The review their words name when it is what the reader's objection stands for: a security, IT or compliance review that
 * must come first ("平台要接我们的仓库网络，资安团队要先审一下", "it needs to go through infosec", "our IT has to vet any vendor
 * that touches the ERP") reads like a fit objection (an integration named), an authority one (someone must approve) or a
 * doubt of trust, and is none of them: the step is the review; so is a review the reader finds no objection in ("資安要審一下",
 * "IT部门要审核一下": was "they replied"). Null when the objection stands on words of its own: stated
 * outside the review's sentence, about money or terms, or a system said not to fit ("it doesn't integrate with our WMS, so no").
 */
export function reviewOverObjection(words: string, category: string, evidence: string | null): string | null {
  if (OWN_WORDS.has(category) || DOES_NOT_FIT.test(words)) return null;
  const review = securityReview(words);
  if (review === null) return null;
  // (no objection read: the words the reader quotes are no objection's, "Thanks." beside the review)
  if (category === 'none') return review;
  const said = evidence?.trim() ?? '';
  return said === '' || review.includes(said) || said.includes(review.trim()) ? review : null;
}
