import { paymentTermsNamed } from './terms-question';
/**
 * The product they use now, as they wrote it ("we're on ServiceTitan", 我们用的是金蝶, 我哋用緊 Salesforce),
 * or the system they need us to work with ("does it sync with NetSuite"): the talk track names it in their
 * words. Untrusted page text: only a name made of letters, digits and a few joining marks is taken, never
 * markup, and the draft holds it as a plain string. Null when no name is clear ("our current tool",
 * 别家, 现在的系统): the track keeps its general wording.
 */

/** A product name as written: capitalised or CamelCase words ("ServiceTitan", "Microsoft Dynamics 365", "Zoho CRM"), at most three. */
const NAME_EN = String.raw`(\p{Lu}[\p{L}\p{N}]*(?:[.&+-]?\p{L}[\p{L}\p{N}]*)*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*|\d{2,4}|One|CRM|ERP)){0,2})`;
/** A Latin name inside Chinese words ("Salesforce", "SAP", "Zoho CRM"). */
const NAME_LATIN = String.raw`([A-Za-z][A-Za-z0-9]*(?:[.&+-]?[A-Za-z0-9]+)*(?:\s(?:[A-Z][A-Za-z0-9]*|\d{2,4})){0,2})`;
/** A Chinese product or vendor name: a few Han characters, cut before a particle or a generic noun. */
const NAME_HAN = String.raw`(\p{Script=Han}{2,6}?)(?=的|了|啦|喇|嘅|系统|系統|软件|軟件|平台|这|這|那|对接|對接|打通|兼容|集成|整合|连接|連接|同步|吗|嗎|嘛|呢|都|也|还|還|比|就|用|，|,|。|；|、|\s|$|[^\p{Script=Han}])`;

/** Words in front of the product they use now (English). */
const USE_EN = [
  // we're on ServiceTitan / we are already on HubSpot / we're currently using Zoho CRM / we use Procore / we already have Salesforce
  String.raw`\b[Ww]e(?:['’]re| are)?\s+(?:already\s+|currently\s+|still\s+|now\s+)?(?:on|using|use|have|run(?:ning)?|standardi[sz]ed on|went with|switched to|signed with|moved to|locked in(?:to| with))\s+`,
  // we run all our dispatch through ServiceTitan / we do everything in Xero / we manage the fleet on Samsara
  String.raw`\b[Ww]e\s+(?:already\s+|currently\s+)?(?:run|do|manage|handle|track|keep)\s+(?:all\s+|most\s+|everything\s*)?(?:of\s+)?(?:our\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:through|on|in|with)\s+`,
  // our current vendor is Kinaxis / our contract with Workday / already use Zoho
  String.raw`\b[Oo]ur\s+(?:current\s+|existing\s+)?(?:vendor|provider|supplier|system|tool|platform|contract with|licen[cs]e with)\s+(?:is\s+)?`,
  String.raw`\b[Aa]lready\s+(?:use|using|have|on)\s+`,
];
/** A system they need us to work with (English): "syncs with NetSuite", "integrate with SAP". */
const WORKS_WITH_EN = String.raw`\b(?:sync(?:s|ed|ing)?|integrat(?:e|es|ed|ion|ing)|connect(?:s|ed|ing)?|talk(?:s)? to|plug(?:s)? into|work(?:s)? with|compatible)\s+(?:with\s+|to\s+|into\s+)?(?:our\s+)?`;

/** Words in front of the product they use now (Chinese, Cantonese). */
const USE_ZH = String.raw`(?:用的是|用嘅係|用緊|用着|用著|在用|正在用|一直用|已经用了|已經用了|已经上了|已經上了|使用|选了|選了|签了|簽了|现在的|現在的|目前的|我哋嘅|我们的|我們的)\s*`;
/** A system they need us to connect to (Chinese, Cantonese): "跟金蝶对接", "同SAP對接". */
const WORKS_WITH_ZH = String.raw`(?:跟|和|与|與|同)(?:我们|我們|我哋)?(?:的|嘅)?(?:现在的|現在的|目前的)?\s*`;
const WORKS_WITH_ZH_AFTER = String.raw`(?=[^，。,；？?]{0,8}?(?:对接|對接|打通|兼容|集成|整合|连接|連接|同步))`;

/** Words that are no product ("the", "it", a month, a weekday, a first person). */
const NOT_A_NAME = /^(?:The|This|That|It|Its|Our|We|I|A|An|And|But|So|Excel|Email|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Han words that are no product: another vendor, a pronoun, a generic system. */
const NOT_A_HAN_NAME = /^(?:的|嘅|一|这|這|那|别|別|另|其|自|现|現|我|你|他|她|贵|貴|本|原|老|旧|舊|新|同|人|手|纸|紙|表|系统|系統|软件|軟件|电脑|電腦|excel)/i;

function named(raw: string | undefined): string | null {
  const name = raw?.trim().replace(/[.,;:!?]+$/, '') ?? '';
  if (name.length < 2 || name.length > 40) return null;
  const first = name.split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.test(first) || NOT_A_HAN_NAME.test(name)) return null;
  return name;
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const name = named(m[1]);
      if (name) return name;
    }
  }
  return null;
}

const USING: readonly RegExp[] = [
  ...USE_EN.map((lead) => new RegExp(lead + NAME_EN, 'gu')),
  new RegExp(USE_ZH + NAME_LATIN, 'gu'),
  new RegExp(USE_ZH + NAME_HAN, 'gu'),
];
const WORKING_WITH: readonly RegExp[] = [
  new RegExp(WORKS_WITH_EN + NAME_EN, 'gu'),
  new RegExp(WORKS_WITH_ZH + NAME_LATIN + WORKS_WITH_ZH_AFTER, 'gu'),
  new RegExp(WORKS_WITH_ZH + NAME_HAN + WORKS_WITH_ZH_AFTER, 'gu'),
];

/** The product they use now, as they wrote it, else null. */
export function incumbentName(text: string): string | null {
  return firstMatch(text, USING);
}

/** The system they need us to work with, as they wrote it ("syncs with NetSuite", 跟金蝶对接), else the product they use now, else null. */
export function systemName(text: string): string | null {
  return firstMatch(text, WORKING_WITH) ?? incumbentName(text);
}

/** The name a talk track of this objection puts in ({name}): the product they use for the competitor track, the system to connect to for the fit track, the payment terms they named for the contract track; else null. */
export function trackNameFor(objection: string, words: string): string | null {
  return objection === 'competitor' ? incumbentName(words) : objection === 'fit' ? systemName(words) : objection === 'contract' ? paymentTermsNamed(words) : null;
}
