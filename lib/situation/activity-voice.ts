import type { StoredDeal } from '../deals/deal';
import { resolveWhen } from '../dates/relative';
import { openTask, type OpenTask } from './open-task';
import { simplifiedCode } from '../nlp/chinese';
import { EN_COMPANY, SENTENCE_CHARS_ZH, SENTENCE_WORDS, ZH_ADDRESSED_NAME, ZH_REGION_NAME } from '../nlp/name-shape';

/**
 * Whose words a CRM activity holds. Reps log their own moves ("Sent the pilot plan for two
 * kitchens", "已发送试点方案", "Left a voicemail") beside what the prospect said ("Email from
 * Aiko: could you…", "Rahul says the price is too high", "客户反馈价格偏高"). A log of our own
 * move is an outbound touch, not their last word: read as theirs, it made "they replied; the next
 * move is ours" out of our own email.
 */
const OWN_MOVE = [
  /^(?:(?:we|i)\s+)?(?:(?:just|also|then|finally|again|already)\s+)?(?:sent|emailed|e-mailed|mailed|called|rang|phoned|pinged|messaged|chased|nudged|shared|forwarded|followed up|left (?:a |them a )?(?:voicemail|message|vm)|demoed|presented|introduced|proposed|quoted|offered|explained|clarified|addressed|invited|scheduled|booked|visited|dropped off|walked (?:them|him|her) through)\b/i,
  /^(?:outbound|follow-?up (?:email|call) sent|voicemail)\b/i,
  // what we sent, named first as a CRM logs it: "Email sent to Julia: quote attached", "Quote emailed over to Priya" (never "… sent to us")
  /^(?:(?:an?|the|our|my)\s+)?(?:email|e-mail|mail|message|linkedin message|inmail|sms|text|quote|quotation|proposal|contract|pricing|deck|follow-?up|reminder|invite|invitation|calendar invite)\s+(?:was\s+)?(?:sent|emailed|e-mailed|mailed|forwarded|shared)\s+(?:over\s+)?to\s+(?!(?:us|me)\b)/i,
  // a numbered follow-up or a chaser logged, answered or not: "Email follow-up 2, no reply.", "Follow-up #3 (no response)", "Chaser email sent"
  // (a digit's run after one optional run of spaces: "(?:\s*#?\s*\d+)?\s*" and "\s*(?:\s[-–—]|\s+sent)" put runs of spaces side by side, 2.9 s on 50,000 spaces)
  /^(?:(?:email|e-mail|call|phone|linkedin|sms|voicemail)\s+)?(?:follow[- ]?up|chaser|reminder|nudge)(?:\s+(?:email|e-mail|call|message|sent))*(?:\s*#?\d+)?\s*(?:[,;.(]|(?<=\s)[-–—]|(?<=\s)sent\b|$)/i,
  /^(?:第[一二三四五六七八九十\d]+次)?(?:邮件|郵件|电话|電話)?(?:跟进|跟進|催促|提醒)(?:邮件|郵件|电话|電話)?(?:\s*\d+)?\s*(?:[，,；;。(（]|$)/,
  /^(?:我方|我们|我們|已经|已經|已)?(?:发送|發送|发了|發了|发出|發出|寄出|寄了|寄咗|發咗|发咗|send咗|email咗|致电|致電|去电|去電|拜访|拜訪|上门|上門|演示|示範|介绍了|介紹了|报了价|報了價|邀请|邀請|约了|約了|留言)/i,
  // what we sent to someone named first: 给高总发了修订版报价, 給陳經理寄了合約 (never 给我们发了…, theirs to us)
  /^(?:我方|我们|我們|我|已经|已經|已)?(?:给|給|同|向)(?!我)[^，,。；;：:\s]{1,6}?(?:发了|發了|发过|發過|发送了|發送了|寄了|寄过|寄過|发出|發出|寄出|发咗|發咗|寄咗)/,
  // what we explained or offered them: 已向客户说明接口方案, 已經解釋咗, 給客戶提了九折 (never 说明书, a manual; nor 对方提了, theirs)
  /^(?:我方|我们|我們|我|已经|已經|已)?(?:(?:向|给|給|跟|同|(?:对|對)(?!方))[^，,。；;：:\s]{1,6}?)?(?:说明|說明|解释|解釋|澄清|讲解|講解)(?!书|書)/,
  /^(?:我方|我们|我們|我|已经|已經|已)?(?:向|给|給|跟|同|(?:对|對)(?!方))[^，,。；;：:\s]{1,6}?(?:提了|提出了|报了|報了|给了|給了|提供了)/,
];

/** Their words or reaction reported in the log ("says", "pushed back", "表示", "反馈"): whoever logged it, the last word is theirs. */
const REPORTED_SPEECH = /\b(?:says?|said|asks?|asked|wrote|replied|told us|mentioned|wants?|agreed|confirmed|complained|pushed back|objected|raised|liked|loved|declined|refused|prefers?|concerns?|concerned|interested|from [A-Z][a-z]+:)\b|表示|说(?!明)|說(?!明)|问|問|反馈|反饋|回复|回覆|提出|认为|認為|希望|要求|发来|發來/;

/** No answer came, as a log says it: "no reply", 未回复, 暫無回覆. */
const NO_REPLY = /(?:(?:未|没有?|沒有?|无|無|暂无|暫無|仍未|还没|還沒)|(?:等|等待)(?:着|著)?(?:对方|對方|客户|客戶|他们|他們|他|她|佢哋|佢)?的?)(?:回复|回覆|回应|回應|答复|答覆)/g;

/** The move was theirs, towards us: "Called us back", "Emailed us the contract", "Sent over their list", "Sent back the redlines". */
const TOWARDS_US = /^\S+(?:\s+\S+)?\s+(?:us|me|back|over their|their)\b/i;

/** The activity's type written before it ("Email: Sent proposal v2", "Call - left voicemail", 电话：已致电): the words after it say whose move it was. */
const TYPE_LABEL = /^(?:call|phone call|logged call|email|e-mail|note|task|meeting|linkedin|sms|电话|電話|邮件|郵件|备注|備註|任务|任務|会议|會議)\s*[:：\-–]\s*/i;

/**
 * The label a CRM writes before what they said is not their words: "Email from Aiko:", "Call with
 * Dan -", "Inbound email from Priya Shah:", "Note:", "来自王总的邮件：", "與陳經理通話：", "客户来电：".
 * Quoted or read as their last word, the activity starts after it.
 */
/** The English labels of what was logged, by kind and with whom ("Email from Aiko:", "Note:", "Call w/ Rahul -"): a rep's note may open with one before their quoted words. */
const LOGGED_LABEL: readonly RegExp[] = [
  /^(?:(?:inbound|incoming|logged|new)\s+)?(?:email|e-mail|mail|message|linkedin message|sms|text|reply|call|phone call|meeting|note|whatsapp(?: message)?)\s+(?:(?:from|with|by)\s+|w\/\s*)[^:：\n]{1,40}?[ \t]{0,3}[:：]\s*/i,
  /^(?:(?:inbound|incoming|logged|new)\s+)?(?:email|e-mail|mail|message|reply|call|phone call|meeting|note|notes|task|sms|linkedin|whatsapp)\s*[:：]\s*/i,
  /^(?:(?:inbound|incoming|logged|new)\s+)?(?:email|e-mail|mail|message|reply|call|phone call|meeting|note|sms|linkedin|whatsapp)(?:\s+(?:(?:from|with)\s+|w\/\s*)[^-–—\n]{1,40}?)?\s+[-–—]\s+/i,
];
/** A web form's submission as the CRM logs it, their own words after it: "Inbound via website form from Nora:", "Website enquiry from Nora Quinn:", 官网表单留言（王芳）：, 官網表單來自陳志明：. */
const WEB_FORM: readonly RegExp[] = [
  /^(?:(?:inbound|incoming|new)\s+)?(?:(?:lead|enquiry|inquiry|request|submission|message)\s+)?(?:(?:via|through|from|on)\s+(?:the\s+|our\s+)?)?(?:website|web|contact|online|demo(?:-request)?|pricing|landing[- ]page)(?:\s+(?:contact\s+)?(?:form|enquiry|inquiry|request|chat))?(?:\s+submission)?\s+(?:from|by)\s+[^:：\n]{1,40}?[ \t]{0,3}[:：]\s*/i,
  /^(?:官网|官網|网站|網站|线上|線上)(?:表单|表單)?(?:留言|咨询|諮詢|询价|詢價|提交)?(?:[（(][^）)\n]{1,20}[）)]|(?:来自|來自)[^：:\n]{1,20}?)?\s*[：:]\s*/,
];
// (who said it and how, "Rahul called:", "Priya wrote:", 李伟问：, is the rep's label before their words: SPEAKER_LABEL, read first by withoutActivityLabel)
const THEIR_LABEL: readonly RegExp[] = [
  ...LOGGED_LABEL,
  ...WEB_FORM,
  /^(?:来自|來自)[^：:\n]{1,20}?的?(?:邮件|郵件|来电|來電|消息|訊息|信息|微信|留言|回复|回覆)\s*[：:]\s*/,
  /^(?:与|與|和|跟)[^：:\n]{1,20}?(?:通话|通話|电话|電話|会议|會議|沟通|溝通)(?:记录|記錄)?\s*[：:]\s*/,
  /^[^：:\n，,。]{1,20}?(?:来电|來電|来信|來信|来邮|來郵|的邮件|的郵件|回复|回覆|回邮|回郵)\s*[：:]\s*/,
  /^(?:邮件|郵件|电话|電話|备注|備註|笔记|筆記|会议|會議|微信|短信|留言|来电|來電)\s*[：:]\s*/,
  /^(?:拜访|拜訪|电话沟通|電話溝通|通话记录|通話記錄|会议纪要|會議紀要)[^：:\n，,。]{0,12}?[：:]\s*/,
];

/** A record's contact named before their words, as the one speaking: "Tom: Before the board meets…", "王芳：价格能再谈吗". */
function speakerLabel(text: string, names: readonly string[]): RegExp | null {
  for (const name of names) {
    const first = name.trim().split(/\s+/)[0] ?? '';
    for (const said of new Set([name.trim(), first])) {
      if (said.length < 2) continue;
      const label = new RegExp(`^${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：]\\s*`, 'u');
      if (label.test(text)) return label;
    }
  }
  return null;
}

/**
 * The label a rep writes before the customer's own words in a note of theirs: who said it and how ("Rahul
 * wrote:", "She said: …", "The CFO replied -", "They asked: …", "Per Jane:", "Customer:", "Quote from the
 * buyer:", 客户说：, 客戶回饋：, 對方表示：, 他回覆：, 王总在电话里说：, 佢話：, 原话：), or the quotation marks
 * the rep put around them (He said "…", 他说"…"). Never the rep's own words ("I said:", "Told them:",
 * 我说：, 跟客户说：): the speaker opens the note, so "told" and "跟…说" are the rep speaking.
 */
const SPOKEN_EN = String.raw`(?:wrote|writes|said|says|replied|replies|responded|answered|mentioned|asked|asks|commented|stated|explained|added|noted|objected|pushed back|told (?:us|me)|(?:called|rang|phoned|emailed|texted|messaged|wrote)(?: (?:in|back|us|me))?)(?: (?:on the (?:call|phone)|by (?:e-?mail|phone)|in (?:the|our) (?:call|meeting)|today|yesterday|this morning|verbatim))?`;
// (the spaces before the mark are bounded: runs of \s* side by side backtrack over a long run of spaces)
const QUOTE_OPENS = String.raw`[ \t]{0,3}(?:[:：]|[-–—][ \t]|[,，]?[ \t]{0,3}(?=["“「『]))\s*`;
/** Words opening a note that are no speaker: the rep's side ("Our CFO said:", "My boss replied -") and an adverb before the rep's own verb ("Just called -", "Also emailed:"). */
const NO_SPEAKER_EN = String.raw`(?!(?:I|We|Me|Us|Our|Ours|My|You|Told|Then|So|And|But|Just|Also|Finally|Again|Already|Still|Later|Earlier|Today|Yesterday|Tonight|Once|First|Next|Afterwards|Eventually|Never|Only)\b)`;
/** Our side speaking, in Chinese: 我们经理说, 我方总监表示, 我司法务, 本公司. */
const NO_SPEAKER_ZH = '(?!我|本公司|本司|敝司)';
/**
 * Who said it and how, in a label before their words: "Rahul wrote:", "Jane Doe said -", "Mr. Lee said “…”", 李伟问：.
 * The same label is their words written down (activityVoice: quoted) and what withoutActivityLabel drops.
 */
const SPEAKER_LABEL: readonly RegExp[] = [
  new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?${NO_SPEAKER_EN}\p{Lu}[\p{L}'’.-]*(?:\s+${NO_SPEAKER_EN}\p{Lu}[\p{L}'’.-]*){0,2}\s+${SPOKEN_EN}${QUOTE_OPENS}`, 'u'),
  // (not the rep speaking to them: 跟客户说：, 向对方表示：, 告诉他：)
  new RegExp(String.raw`^${NO_SPEAKER_ZH}(?!跟|和|向|给|給|告|对(?!方)|對(?!方))[\p{Script=Han}]{2,4}(?:问|問|说|說|写道|寫道|回复|回覆|留言|(?<!电|電)(?:话|話))[ \t]{0,3}[：:]\s*`, 'u'),
];
/** "Customer:", "Client:" alone, before a record's field rather than words said ("Customer: Acme Corp (renewal)"). */
const BARE_PARTY_LABEL = /^(?:the |their )?(?:customer|client|buyer|prospect|account)[ \t]{0,3}[:：]/i;
/** A name and nothing said: capitalised words (a company, a person), then a parenthesis, a dash or the end: "Acme Corp (renewal)", "Globex Ltd", "Initech GmbH – 40 seats". */
const RECORD_FIELD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of|de|the)(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of|de|the)){0,5}[ \t]*(?:[(（[|][^\n]*|[-–—,;][^\n]*)?$/u;
/**
 * What a name is not made of: the small words a sentence is (a pronoun, a negation, an auxiliary or modal verb, "now",
 * "please", "thanks", a reply's "OK", "sure", "maybe"), whatever their capitals ("Not Now, thanks", "No Thanks", "Send Me
 * The Deck"), or a sentence's end ("Too Expensive!", "Not interested."). A company's name holds none of them.
 */
const SAID_EN = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:${SENTENCE_WORDS.join('|')}|it|it's|us|them|never|nope|am|be|may|might|must|pls|thx|maybe|yeah|yep)(?![\p{L}'’])|\p{L}n['’]t(?!\p{L})|[!?]\s*$|(?<!\b(?:inc|corp|co|ltd|bros|no))\.\s*$`,
  'iu',
);
/**
 * Adverbs a reply is made of ("just send it", "too pricey", "not now", "still no budget") that a name may also hold
 * in its capitals ("Still Water Partners", "Just Eat Takeaway", "Now Health"): words only in lower case.
 */
const SAID_ADVERB = /(?:^|[^\p{L}'’])(?:now|later|yet|just|too|very|really|again|still)(?![\p{L}'’])/u;
/**
 * What a customer says in a few words that a rep may note in Title Case ("Too Pricey", "Need To Think", "Over Budget",
 * "Went With Competitor", "Next Quarter"), read as phrases, not words: each shape is the whole field, four words at most
 * and nothing left over, as no firm's name or person's is made; a name may hold any one of the words or start like one
 * ("High Tide Seafoods", "Check Point Software", "Too Good To Go", "So High Brewing", "Circle Back Studios").
 */
const SAID_PHRASE_EN: readonly RegExp[] = [
  // a degree and a judgement: too pricey, way too expensive, very busy, a bit steep
  /^(?:(?:way|far|much|a|just|still)\s+){0,2}(?:too|so|very|way|quite|rather|really|overly|bit|kinda|far)\s+(?:pricey|pricy|expensive|costly|steep|high|much|dear|complex|complicated|slow|busy|early|late|soon|risky|long|big|small|hard|difficult|tight|stretched|involved)$/,
  // the price or the budget said to be wrong
  /^(?:(?:way|far|well|slightly|still|currently|a bit|too)\s+)?(?:pricey|pricy|overpriced|unaffordable|over budget|out of budget|beyond (?:our |the )?budget|budget (?:frozen|freeze|cut|cuts|gone|spent|used up|exhausted|pending|tight)|not interested|no interest|no need)$/,
  // a wish or a request opening the words: need to think, need more time, call back later, send pricing, want a demo, wait until Q3
  /^(?:need|needs|want|wants|wanna|prefer|prefers|going|waiting|wait|thinking|think|considering|reviewing|checking|check|circle|revisit|call|send|ping|follow|get|come|go|talk|ask|try)\s+(?:to|with|about|on|back|up|over|for|more|again|a|an|the|me|us|it|them|him|her|time|later|after|in|next|until|till|first|pricing|prices?|proposal|quote|deck|contract|info|details|brochure|discount|demo|trial|references?)(?:\s+\S+){0,2}$/,
  // a time put off to: after Chinese New Year, until Q3, next quarter, end of year
  /^(?:after|until|till|not until)(?:\s+\S+){1,3}$|^(?:next|this|end of|early|late)\s+(?:week|month|quarter|year|fiscal year|fy|q[1-4])$/,
];
/**
 * A Title-Case note of five or six words is their words when it says when, how much or what next ("Waiting On Legal
 * Review Of MSA", "Revisit After Board Meeting In March", "Price Too High For Current Budget", "Happy With Current
 * Provider For Now", "Send Pricing For The Enterprise Tier", "Decision Delayed Until After Audit"): a firm's long name
 * holds "Of", "The", "And", "For" ("Bank Of The West Commercial Lending"), not a time, a degree or a step asked.
 */
const SAID_LONG_EN: readonly RegExp[] = [
  // a time: for now, right now, until, this year, next quarter, in March, after the audit
  /\b(?:now|later|yet|currently|at the moment|until|till|this (?:week|month|quarter|year)|next (?:week|month|quarter|year|fiscal year|fy)|in (?:q[1-4]|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|after (?:the )?(?:audit|board|budget|holidays?|new year|renewal|review|q[1-4]))\b/,
  // a degree: too high, way too expensive
  /\btoo (?:pricey|pricy|expensive|costly|steep|high|much|complex|complicated|slow|busy|early|late|soon|risky|long|big|small|hard|difficult)\b/,
  // a state of theirs: waiting on, looking at, going with, happy with current…, another vendor, other options
  /^\w+ing (?:on|at|for|with|into|to|until|after|over|about|from|forward)\b|\b(?:current|existing) (?:provider|vendor|supplier|tool|system|solution|contract|budget)\b|\b(?:another|other) (?:vendor|provider|supplier|options?|solution|tool)\b/,
  // a step asked of us: send pricing for…, call back after…, revisit after…
  /^(?:send|share|call|email|revisit|circle|check|follow|ping|wait|need|needs|want|wants|prefer|ask|reach|discuss|schedule|book|hold)\s/,
  // a step of theirs stalled: decision delayed, budget frozen, approval pending
  /^\w+ (?:delayed|postponed|pushed|paused|frozen|pending|stalled|declined|cancelled|canceled|on hold)\b/,
];
/** A choice already made elsewhere: went with competitor, happy with current vendor, already has a supplier, went with Acme Software (a firm's noun ends a choice as it ends a name). */
const SAID_CHOICE_EN = /^(?:already|happy with|went with|going with|sticking with|staying with|signed with|chose|picked)(?:\s+\S+){0,3}$/;
/** The last word of a name that says what the firm is or makes ("Circle Back Studios", "Ask The Expert Media", "Follow Up Boss"): a field, whatever phrase its first words make. */
const NAME_NOUN_EN = /(?<!\b(?:the|a|an|my|our|your|his|her|their|with|to|for|from|by)\s+)\b(?:media|studios?|brewing|brewery|brewers|distillery|roasters|coffee|bakery|bakeries|kitchen|foods|farms|boss|labs?|works|digital|software|systems|solutions|technologies|tech|analytics|networks|partners|ventures|capital|advisors|consulting|consultants|agency|marketing|creative|design|productions|pictures|films|records|games|entertainment|logistics|freight|motors|realty|properties|homes|builders|construction|engineering|health|healthcare|clinic|dental|pharma|fitness|apparel|outfitters|supply|supplies|trading|traders|imports|energy|insurance|financial|hotels?|resorts?)$/i;
/** A name in Chinese ends on what it names (a company, a chain, a school, a hospital): "华东冷链", "宏碩精密", "华辰零售集团". */
const ZH_NAME_END = /(?:公司|集团|集團|控股|股份|有限|冷链|冷鏈|物流|科技|精密|实业|實業|银行|銀行|医院|醫院|诊所|診所|工厂|工廠|贸易|貿易|电子|電子|制造|製造|零售|餐饮|餐飲|食品|药业|藥業|中心|学校|學校|大学|大學|商行|酒店|门店|門市|花店|事务所|事務所|研究院|航空|航运|航運|地产|地產|能源|汽车|汽車|传媒|傳媒)$/u;
/** What a sentence in Chinese has and a name does not: its punctuation, a particle, a pronoun, a negation, a modal ("太贵了，下个月再说", 先不用了, 暂时不需要). */
const SAID_ZH_PLAIN = new RegExp(`[，,。！？!?；;～~]|[${SENTENCE_CHARS_ZH}嗎呀啦喔嘛]|[不沒別别]`, 'u');
/**
 * (and a status said with its time or its step, however long: 年底前完成内部评估, 等老板回来决定, 下週跟老闆報告後回覆,
 * 採購流程走完後簽約; a firm's name ends on what it is first, {@link ZH_NAME_END})
 */
const SAID_ZH = new RegExp(
  `${SAID_ZH_PLAIN.source}|[太再先要会會能想]|谢|謝|考虑|考慮|需要|可以|^等|年底|月底|月尾|季底|季末|年尾|下周|下週|下个|下個|下礼拜|下禮拜|明年|之后|之後|以后|以後|回来|回來|决定|決定|回复|回覆|答复|答覆|签约|簽約|推进|推進|评估|評估|审批|審批`,
  'u',
);
/** Whether the words after a bare "Customer:" are a field of the record (a company, a person) rather than words said. */
function isRecordField(words: string): boolean {
  if (/^[\p{Script=Han}\p{N}A-Za-z&·・()（）\s]{2,30}$/u.test(words) && /\p{Script=Han}/u.test(words)) {
    const name = words.replace(/[（(][^)）]*[)）]$/u, '').trim();
    // (a person as addressed, 王先生, 李太太, or a firm named for its region first, 中国太平: 先 and 太 in a name are no sentence's)
    const simplified = Array.from(name, (c) => String.fromCodePoint(simplifiedCode(c.codePointAt(0) ?? 0))).join('');
    if ((ZH_ADDRESSED_NAME.test(simplified) || ZH_REGION_NAME.test(simplified)) && !SAID_ZH_PLAIN.test(name)) return true;
    return ZH_NAME_END.test(name) || !SAID_ZH.test(words);
  }
  const match = RECORD_FIELD.exec(words);
  if (!match) return false;
  const name = words.split(/[(（[|\-–—,;]/)[0]?.trim() ?? '';
  if (EN_COMPANY.test(name)) return true;
  if (SAID_EN.test(words)) return false;
  const phrase = name.toLowerCase().replace(/\s+/g, ' ');
  if (phrase.split(' ').length <= 4 && (SAID_CHOICE_EN.test(phrase) || (!NAME_NOUN_EN.test(phrase) && SAID_PHRASE_EN.some((p) => p.test(phrase))))) return false;
  if (phrase.split(' ').length > 4 && !NAME_NOUN_EN.test(phrase) && SAID_LONG_EN.some((p) => p.test(phrase))) return false;
  // (an adverb in a name's capitals is the name's: "Still Water Partners"; in lower case, words said)
  if (SAID_ADVERB.test(words.replace(/(?:^|\s)\p{Lu}\p{L}*/gu, ' '))) return false;
  // (one word alone is said as often as it is a name: "Maybe.", "No, thanks")
  return /[(（[]/.test(words) || name.split(/\s+/).length >= 2;
}
const QUOTE_LABEL: readonly RegExp[] = [
  // a name: "Rahul wrote:", "Jane Doe said -", "Legal replied:", "Mr. Lee said “…”", 李伟问：
  ...SPEAKER_LABEL,
  // a pronoun or a role: "She said: …", "They asked:", "The CFO replied -", "Customer said:", "their IT lead wrote:" (never "our CFO said")
  new RegExp(String.raw`^(?!(?:our|my|we|i)\b)(?:he|she|they|(?:the |their )?(?:customer|client|buyer|prospect|champion|contact|owner|boss|cfo|ceo|cto|cio|coo|gm|md|vp|head of [a-z]+|procurement|purchasing|legal|finance|it|decision[- ]maker|[a-z]+ (?:lead|manager|director)))\s+${SPOKEN_EN}${QUOTE_OPENS}`, 'iu'),
  // a label alone: "Customer:", "Client's words:", "Their reply:", "Verbatim:", "Quote from the buyer:", "Per Jane:", "According to the CFO:"
  /^(?:(?:the |their )?(?:customer|client|buyer|prospect)(?:['’]s)?(?: (?:quote|words|feedback|response|comment|said|says))?|them|their (?:words|response|feedback|answer|comment)|in (?:his|her|their) (?:own )?words|verbatim|(?:direct |verbatim )?quote|(?:direct |verbatim )?quote from\s+[^:：\n]{1,40}?|(?:feedback|response|comment|words) from\s+[^:：\n]{1,40}?|per\s+(?!(?:call|conversation|meeting|chat|email|our|my|the (?:call|meeting|contract|agreement|proposal))\b)[^:：\n,，]{1,40}?|according to\s+[^:：\n,，]{1,40}?)\s*[:：]\s*/iu,
  // 客户说：, 對方表示：, 他回覆：, 王总在电话里说：, 陳經理的原話：, 佢話：, 客戶回饋：, 采购那边反馈：
  new RegExp(String.raw`^${NO_SPEAKER_ZH}(?:客户|客戶|客人|对方|對方|甲方|买方|買方|他|她|他们|他們|她们|她們|佢|佢哋|采购|採購|老板|老闆|财务|財務|法务|法務|[\p{Script=Han}]{1,3}(?:经理|經理|总监|總監|总|總|主任|主管|老师|老師|工|董|先生|女士|小姐|处长|處長|科长|科長|部长|部長|厂长|廠長|院长|院長|局长|局長|助理))(?:那边|那邊|方面)?(?:在?(?:电话|電話|会上|會上|微信|邮件|郵件|群)(?:里|裡|中|上)?)?(?:的)?(?:原话|原話|说|說|讲|講|表示|反馈|反饋|回饋|回复|回覆|答复|答覆|回应|回應|提到|问|問|写道|寫道|留言|话|話|称|稱|说法|說法|意见|意見)[ \t]{0,3}(?:[：:]|[，,]?[ \t]{0,3}(?=[“「『"]))\s*`, 'u'),
  /^(?:原话|原話|客户原话|客戶原話|客户反馈|客戶反饋|客戶回饋|客户意见|客戶意見)\s*[：:]\s*/u,
];
/** A note that is their words in quotation marks, the speaker after them or none, a sentence's end after the mark or none: "“We can't do this before April.” – Rahul", 「要等老闆決定」, Rahul replied "will revert shortly". */
// (any run without the closing mark, looked at for a letter afterwards: "([^"]*[\p{L}][^"]*)" backtracked over a
// quote opened and never closed, 37 s on a 50,000-character note; the spaces beside the speaker's dash are bounded alike)
const IN_QUOTES = String.raw`(?:"([^"\n]*)"|“([^”\n]*)”|「([^」\n]*)」|『([^』\n]*)』)(?:[ \t]{0,3}[-–—~～]{1,3}[ \t]{0,3}[^\n]{1,40})?[.。!！]?\s*$`;
/** A line of their words: wholly in quotation marks, or after a mail's quote mark ("> we can't…", never ">50 seats"). */
const QUOTED_LINE = new RegExp(String.raw`^${IN_QUOTES}|^>[ \t]+(?=[^\d\s])`, 'u');
/** Words wholly in quotation marks, one group per kind of mark. */
const WHOLLY_QUOTED = new RegExp(`^${IN_QUOTES}`, 'u');

/** The customer's words at the start of the text under a label the rep wrote (or in quotation marks): the words after it, else null. */
function quotedWords(text: string, names: readonly string[]): string | null {
  const said = QUOTE_LABEL.find((p) => p.test(text));
  const label = said ?? speakerLabel(text, names);
  if (label) {
    const rest = text.replace(label, '').trim();
    if (BARE_PARTY_LABEL.test(text) && isRecordField(rest)) return null;
    // (a name alone before the rep's report of them is the rep's shorthand: "Neha: director approved. Send the contract and she will get it stamped")
    if (!said && reportsThem(rest)) return null;
    // (nor the rep's paraphrase under any label: "Carla: board approved. Need our W-9 … before she can issue a PO", "Dave emailed: the vendor they picked isn't working out")
    if (paraphrased(rest)) return null;
    return /[\p{L}\p{N}]/u.test(rest) ? unquoted(rest) : null;
  }
  if (!QUOTED_LINE.test(text)) return null;
  const words = unquoted(text.replace(/^>[ \t]+/, ''));
  return /[\p{L}\p{N}]/u.test(words) ? words : null;
}

/**
 * Words in the third person about them, with no first person of theirs and nothing said to us: the rep reporting
 * ("…and she will get it stamped", 合同发过来她会盖章, 佢今個禮拜會蓋印), not the customer ("my director will…", 我老細話佢…).
 */
function reportsThem(words: string): boolean {
  const zh = /\p{Script=Han}/u.test(words);
  // (其他 is "other", 吉他 a guitar, 他人 "others": no one reported in them; 他们/佢哋 a group, maybe their own side)
  if (zh) return /(?<![其吉利])[他她佢](?![们們哋人])/u.test(words) && !/[我咱你您]/u.test(words);
  return REPORTED_SUBJECT_EN.test(words) && !FIRST_SINGULAR_EN.test(words) && !OUR_SIDE_EN.test(words) && !SPEAKS_TO_US.test(words);
}

/** The customer's own first person singular ("I", "my"): words they wrote, whoever else they name. */
const FIRST_SINGULAR_EN = /\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|i'd|i’d|me|my|mine)\b/i;
/** The rep's shorthand for what they said, a sentence opening on their verb with no subject: "Wants to talk again in January", "Says the price is fine". */
// (a word in lower case after it: "Wants Discount (Renewal)" is a status in Title Case)
const SHORTHAND_EN = /(?:^|[.;!?]\s+)(?:[Ww]ants|[Ss]ays|[Tt]hinks|[Hh]opes|[Pp]lans|[Ee]xpects|[Pp]refers|[Ff]eels|[Aa]sks|[Aa]sked|[Mm]entioned|[Ww]orries)\s+[a-z]/;
/** Their choice told by the rep: "the vendor they picked in June", 他们上次选了别家. */
const THEY_CHOSE = /\bthey (?:picked|chose|went with|selected|signed with|switched to|moved to|bought)\b|(?:他们|他們|佢哋)(?:上次|之前|去年|当初|當初)?(?:选|選|揀|签|簽|换|換)(?:了|咗)/i;
/** Our side in the words ("our W-9", "we"): the rep's as often as theirs. */
const OUR_SIDE_EN = /\b(?:we|we're|we’re|we'll|we’ll|our|ours|us)\b/i;
/** A please or a question put to us ("…the invoice address, please.", "Please send the order form.", 能发报价吗？): the customer asking, in their own words. */
const ASKS_US_EN = /\b(?:please|pls|plz|kindly)\b|\?/i;
const ASKS_US_ZH = /[?？]|请|請|麻烦|麻煩|[吗嗎]|唔該|唔该/u;

/**
 * Words under a label that are the rep's paraphrase, not the customer's own: no "I" or "you" of theirs, and they are spoken
 * of in the third person: a shorthand verb ("Wants to talk again early January"), their choice told ("the vendor they
 * picked"), or he or she opening a clause, with no "we" or "our" beside it unless "their" says whose side that is ("Need our
 * W-9 and their vendor setup form before she can issue a PO"). Quoted back to them, it read "before she can issue a PO" to her.
 * Not "our CFO approved; she signs Friday" (their "our"), nor "I need it before she signs" (their "I"), nor a please or a question
 * to us ("Wants to confirm the invoice address, please.", 他们上次选了别家…能发报价吗？): the customer's own words.
 */
export function paraphrased(words: string): boolean {
  if (/\p{Script=Han}/u.test(words)) return THEY_CHOSE.test(words) && !/[我咱你您]/u.test(words) && !ASKS_US_ZH.test(words);
  if (FIRST_SINGULAR_EN.test(words) || SPEAKS_TO_US.test(words) || ASKS_US_EN.test(words)) return false;
  if (SHORTHAND_EN.test(words) || THEY_CHOSE.test(words)) return true;
  return REPORTED_SUBJECT_EN.test(words) && (!OUR_SIDE_EN.test(words) || /\btheir\b/i.test(words));
}

/**
 * One person in the third person opening a clause, as its subject: "…and she will get it stamped", "Director approved; he
 * signs Friday". Not anywhere ("a pilot for them", "send it to her"), nor "they": a group speaking of itself ("They are not
 * ready until Q3") is the customer's own words as often as the rep's report.
 */
const REPORTED_SUBJECT_EN = /(?:^|[.;:!?,(]\s*|\b(?:and|but|so|then|once|when|if|because|until|after|before|since|while|or)\s+)(?:he|she)\b/i;

/** Words wholly in quotation marks without them (and the speaker named after them: "“…” – Rahul"). */
function unquoted(words: string): string {
  // (one group per kind of quotation mark: the one that matched holds the words)
  const [, straight, curly, corner, double] = WHOLLY_QUOTED.exec(words) ?? [];
  return (straight ?? curly ?? corner ?? double)?.trim() ?? words;
}

/** Openings of a rep's note a sentence long: "Call w/ Rahul. He said…", "Spoke with Jane - she replied: …". */
const NOTE_OPENING: readonly RegExp[] = [
  /^(?:logged\s+)?(?:call|phone call|meeting|visit|lunch|demo)(?:\s+(?:with\s+|w\/\s*)[^:：.\n]{1,40}?)?\s*\.\s+/i,
  /^(?:spoke|talked|chatted|met|caught up) (?:to|with) [^:：.\n]{1,40}?[ \t]{0,3}(?:[:：.]|\s[-–—])\s*/i,
];

/** A call, meeting or note the rep logged, opening the note ("Call w/ Rahul:", "Meeting with Dan -", 电话沟通：): what follows may be their quoted words. */
function afterNoteLabel(text: string): string {
  const label = REP_NOTE.find((p) => p.test(text)) ?? LOGGED_LABEL.find((p) => p.test(text)) ?? NOTE_OPENING.find((p) => p.test(text));
  return label ? text.replace(label, '').trim() : text;
}

/** One sentence at the start of a note, with its end mark (a point only before a space: "2.5 seats" goes on). */
const FIRST_SENTENCE = /^(?:[^\n.!?;。！？；]|[.](?=\S))*?(?:[.!?;](?=\s)|[。！？；])\s*/u;

/** A sentence of our own move ("Offered Rob 10% off…", "Explained all data stays in Frankfurt.", 已向客户说明接口方案。), not of their reaction. */
function isOwnMoveSentence(sentence: string): boolean {
  const start = sentence.trim().replace(TYPE_LABEL, '');
  return OWN_MOVE.some((pattern) => pattern.test(start)) && !REPORTED_SPEECH.test(start) && !TOWARDS_US.test(start);
}

/**
 * A note without the sentences of our own move that open it, when how they took it follows: "Offered Rob 10% off if
 * they sign by 31 December. He liked it and is checking with their CFO" is read from "He liked it"; our offer, read as
 * theirs, was their competitor objection, our answer to a data worry their security review. Unchanged when nothing follows.
 */
function afterOwnMove(text: string): string {
  let words = text;
  for (let i = 0; i < 4; i++) {
    const head = FIRST_SENTENCE.exec(words);
    if (!head || !isOwnMoveSentence(head[0])) break;
    const rest = words.slice(head[0].length).trim();
    if (!/[\p{L}\p{N}]/u.test(rest)) break;
    words = rest;
  }
  return words;
}

/** Their words under a label after the sentences of our own move ("Explained the hosting. Clara: ok, go ahead", 已说明接口。客户说：好的): else null. */
function quotedAfterOwnMove(text: string, names: readonly string[]): string | null {
  const after = afterOwnMove(text);
  return after === text ? null : quotedWords(after, names);
}

/** The words of a CRM activity without the label the CRM or the rep put before them (the record's contacts named as speaking too, their words quoted in a rep's note); unchanged when nothing follows the label. */
export function withoutActivityLabel(text: string, names: readonly string[] = []): string {
  const trimmed = text.trim();
  // (the note's label read once: on a hostile note it is the slow part)
  const afterLabel = afterNoteLabel(trimmed);
  const quoted = quotedWords(trimmed, names) ?? quotedWords(afterLabel, names) ?? quotedAfterOwnMove(afterLabel, names);
  if (quoted) return quoted;
  // (a label before the rep's paraphrase is dropped as before their words: "Dave emailed: the vendor they picked…")
  const paraphraseLabel = () => QUOTE_LABEL.find((p) => p.test(trimmed) && paraphrased(trimmed.replace(p, '')));
  const label = THEIR_LABEL.find((p) => p.test(trimmed)) ?? OWN_LABEL.find((p) => p.test(trimmed)) ?? speakerLabel(trimmed, names) ?? paraphraseLabel();
  const rest = label ? unquoted(trimmed.replace(label, '').trim()) : trimmed;
  const words = /[\p{L}\p{N}]/u.test(rest) ? rest : trimmed;
  // (their own message logged keeps its words: "Email from Aiko: Sent the form back. Can you confirm?" is hers)
  return THEIR_MESSAGE.some((p) => p.test(trimmed)) ? words : afterOwnMove(words);
}

/**
 * The rep's own note of a call, a meeting or a thought ("Call w/ Jonas: he will send…", "Note: …",
 * "Meeting with Dan - …", 电话沟通：…, 通話記錄：…, 拜访：…): its "I" is the rep, and what it reports of
 * them is in the third person. An email or message from them ("Email from Aiko:") is their words.
 */
const REP_NOTE = [
  /^(?:logged\s+)?(?:call|phone call|meeting|note|notes|task|visit|lunch|demo)(?:\s+(?:with\s+|w\/\s*)[^:：\n]{1,40}?)?\s*(?:[:：]|\s[-–—])\s*/i,
  /^(?:电话|電話|通话|通話|沟通|溝通|会议|會議|会面|會面|拜访|拜訪|备注|備註|笔记|筆記|跟进|跟進)[^：:\n，,。]{0,12}?[:：]\s*/,
  /^(?:与|與|和|跟)[^：:\n]{1,20}?(?:通话|通話|电话|電話|会议|會議|沟通|溝通|见面|見面)(?:记录|記錄|纪要|紀要)?\s*[：:]\s*/,
];
/** Their words reported by the rep in the third person ("he will send…", "she said", 客户说, 對方說): a note of the rep's, whatever its label. */
const REPORTED_THIRD = /\b(?:he|she|they)\s+(?:will|'ll|’ll|said|says|asked|wants|promised|mentioned|is going to|are going to)\b|(?:客户|客戶|对方|對方|他|她)(?:说|說|表示|答应|答應|承诺|承諾|讲|講|希望|要求|想要|需要|会|會)/i;

/**
 * Someone reported by title or name, in the third person, by the rep who logged it: "赵经理电话里说二期预算批了",
 * "王总表示…", "陳主任在會上提到…", "Mr. Lee said on the call…", "on the call Dan asked…", "Spoke with Priya: …",
 * "Per call with procurement, …", "Rahul says the price is too high". Not their own words under a label ("李伟问：", "Priya wrote:").
 */
const REPORTED_TITLED: readonly RegExp[] = [
  /\p{Script=Han}{1,2}(?:经理|經理|总监|總監|总|總|主任|主管|老师|老師|工|董|处长|處長|科长|科長|院长|院長|部长|部長|局长|局長|厂长|廠長|先生|女士|小姐|老板|老闆|助理)(?:在|刚才|剛才|今天|昨天)?(?:电话|電話|会上|會上|微信|邮件|郵件|面谈|面談)?(?:里|裡|中)?(?:说|說|表示|提到|问|問|反馈|反饋|讲|講|答应|答應|透露|确认|確認|希望|要求)(?![:：])/u,
  /\b(?:mr|ms|mrs|dr)\.?\s+\p{Lu}[\p{L}'’-]+\s+(?:said|says|asked|mentioned|confirmed|told|wants)\b(?!\s*[:：])/iu,
  /\bon the (?:call|phone)\b[^.;\n]{0,40}?\b(?:said|asked|mentioned|confirmed|wants|told)\b/i,
  /^(?:spoke|talked|chatted|met) (?:to|with)\b|^per (?:call|conversation|meeting|chat)\b/i,
  // (their view in the rep's words, by whom it is: "Per the CFO, budget's frozen", "According to Jane, legal wants a cap")
  /^(?:per|according to) (?!(?:our|my|your|the (?:contract|agreement|proposal|quote|attached|terms)|this|that)\b)[^,，:：\n]{1,40}[,，]/i,
  /^(?!(?:I|We|You|They|He|She|It|This|That|Everyone|Nobody)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:says|said|mentioned|told us)\b(?!\s*[:：])/u,
];

/**
 * A note with no label in the rep's own first person (or none: "will call him back Thursday"), of a
 * seller's move: the record's own notes are the rep's. "I'll send the revised quote Tuesday", "We
 * promised them a pilot plan by Monday", "will call him back Thursday", 我周三把报价发给他, 我下週二回電.
 * Not words that speak to us ("I'll send you the signed copy", 我下週二回覆您) nor a buyer's step
 * ("We'll review the proposal and revert", "we will send the PO Monday"): an email they wrote, logged.
 */
const FIRST_PERSON_START = /^(?:(?:i|we)\b|(?:will|need to|must|have to|gotta|going to|to)\s)|^(?:我|我们|我們|我方)|^[^，,。；;\n]{0,10}?(?:把|给|給)/i;
const SPEAKS_TO_US = /\b(?:you|your|yours|u)\b|你|您|贵司|貴司|贵公司|貴公司|你们|你們|你哋/i;
const SELLER_MOVE_EN = /\b(?:send|resend|share|email|prepare|revise|redo|update|draft|put together|finali[sz]e|deliver|set up|book|schedule|arrange|promised (?:him|her|them)|owe (?:him|her|them))\b[^.;!?\n]{0,30}?\b(?:quote|quotation|pricing|price list|proposal|sow|deck|slides|case stud(?:y|ies)|references?|pilot(?: plan)?|demo|trial|soc ?2(?: report)?|security (?:docs|pack|answers)|roi(?: model| calc\w*)?|business case)\b|\b(?:call|ring|phone|email|e-mail|ping|text|chase|nudge|follow up with|check in with|reach out to|send) (?:him|her|them)\b|\b(?:promised|owe) (?:him|her|them)\b/i;
const SELLER_MOVE_ZH = /(?:发|發|寄|送|传|傳|交)(?:给|給)(?:他|她|他们|他們|客户|客戶|对方|對方)|(?:给|給|跟)(?:他|她|客户|客戶|对方|對方)(?:打电话|打電話|回电|回電|回个电话|回個電話|发|發|寄)|回电|回電|回访|回訪|致电|致電|去电|去電|拜访|拜訪|上门|上門|(?:报价|報價|方案|合同|合約)[^，,。]{0,4}?(?:发|發|寄)(?:出|出去|过去|過去)/;

/** Whether a note with no label is the rep's own, in the first person, of a seller's move. */
export function isFirstPersonRepNote(text: string): boolean {
  const trimmed = text.trim();
  return FIRST_PERSON_START.test(trimmed) && !SPEAKS_TO_US.test(trimmed) && (SELLER_MOVE_EN.test(trimmed) || SELLER_MOVE_ZH.test(trimmed));
}

/** The label before the rep's own words to them, dropped from the words read as it is from theirs: "I said:", 跟客户说：. */
const OWN_LABEL: readonly RegExp[] = [
  /^(?:I|we)\s+(?:said|replied|answered|wrote|explained)[ \t]{0,3}[:：]\s*/i,
  /^(?:我|我们|我們|我方)?(?:跟|和|对|對|向)(?:客户|客戶|对方|對方|他|她|他们|他們)(?:说|說|讲|講)[ \t]{0,3}[：:]\s*/,
];

/** The rep's own words to them, noted: "I said: the price is firm", "Told them we can't go lower", 我说：价格不能再降, 跟客户说了交期, 回复客户：…. */
const OWN_WORDS: readonly RegExp[] = [
  // (our side's words: "Our CFO said: we cannot discount further", "My manager replied -", 我们经理说：, 我方总监表示：, 本公司法務回覆：)
  /^(?:our|my)\s+(?:[\p{L}-]+\s+){0,3}?(?:said|says|replied|wrote|answered|explained|confirmed|mentioned|stated|told (?:them|him|her))\b/iu,
  /^(?:我们|我們|我方|我司|本公司|本司|敝司)[^：:\n，,。]{0,8}?(?:说|說|讲|講|表示|回复|回覆|答复|答覆|强调|強調|确认|確認|同意)/,
  /^(?:I|we)\s+(?:said|replied|answered|wrote|explained)\s*[:：]/i,
  /^(?:(?:I|we)\s+)?(?:told|replied to|answered|explained to|reminded|assured|reassured|promised) (?:him|her|them)\b/i,
  /^(?:我|我们|我們|我方)(?:说|說|讲|講|回复|回覆|答复|答覆|回答)\s*[：:]/,
  /^(?:我|我们|我們|我方)?(?:跟|和|对|對|向)(?:客户|客戶|对方|對方|他|她|他们|他們)(?:说|說|讲|講|解释|解釋|表示|强调|強調)/,
  /^(?:告诉|告訴|回复|回覆|答复|答覆)(?:客户|客戶|对方|對方|他|她|他们|他們)/,
];

/** Whether an activity is the rep's own note (a call or meeting logged, their words reported in the third person, the rep's own first-person move), so its "I" and "we" are the rep's. */
export function isRepNote(text: string, names: readonly string[] = []): boolean {
  const trimmed = text.trim();
  const named = speakerLabel(trimmed, names);
  if (named && reportsThem(trimmed.replace(named, ''))) return true;
  // (their words under a label that the rep paraphrased: "Carla: … before she can issue a PO", "Dave emailed: the vendor they picked…")
  const label = named ?? QUOTE_LABEL.find((p) => p.test(trimmed));
  if (label && paraphrased(trimmed.replace(label, ''))) return true;
  if (REP_NOTE.some((p) => p.test(trimmed)) || OWN_WORDS.some((p) => p.test(trimmed)) || REPORTED_THIRD.test(trimmed) || REPORTED_TITLED.some((p) => p.test(trimmed)) || isFirstPersonRepNote(trimmed)) return true;
  // (the record's contact named in it, not as the one speaking: "Jonas wants 10% off; I'll send the revised quote Tuesday")
  return names.some((name) => {
    const first = name.trim().split(/\s+/)[0] ?? '';
    return first.length >= 2 && new RegExp(`(?:^|[^\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}:：])`, 'u').test(trimmed) && !speakerLabel(trimmed, [name]);
  });
}

/**
 * Their own message, logged on the record by the CRM or pasted under its sender: "Email from Aiko:",
 * "Inbound email from Priya Shah:", "Reply from Dan:", 来自王总的邮件：. Not a rep's note.
 */
const THEIR_MESSAGE: readonly RegExp[] = [
  ...WEB_FORM,
  /^(?:(?:inbound|incoming|new)\s+)?(?:email|e-mail|mail|message|linkedin message|sms|text|reply|whatsapp(?: message)?)\s+from\s+[^:：\n]{1,40}?[ \t]{0,3}[:：]\s*/i,
  /^(?:来自|來自)[^：:\n]{1,20}?的?(?:邮件|郵件|来电|來電|消息|訊息|信息|微信|留言|回复|回覆)\s*[：:]\s*/,
];

/**
 * Whose words a CRM activity holding their last word is, as the panel words it: `message`, their own
 * message (an email logged, words with no label that are no note of ours); `quoted`, the customer's words
 * under a label the rep wrote in their note ("Rahul wrote: we can't do this before April", "Per Jane:
 * budget's frozen", "Call w/ Rahul - he said: …", 客户说：价格太高, 他回覆：要等老闆決定); `note`, the rep's own
 * note, what they said reported ("Call w/ Maria: she asked when we could start", 赵经理电话里说…).
 * The draft quotes `message` and `quoted`, never `note`; the reason and the reader's box speak of each as it is.
 */
export type ActivityVoice = 'message' | 'quoted' | 'note';
/** A note on the CRM record holding their last word: the rep's own (`note`), or the customer's words the rep wrote down in it under a label (`quoted`). */
export type NoteVoice = Exclude<ActivityVoice, 'message'>;

export function activityVoice(text: string, names: readonly string[] = []): ActivityVoice {
  const trimmed = text.trim();
  if (THEIR_MESSAGE.some((p) => p.test(trimmed))) return 'message';
  const afterLabel = afterNoteLabel(trimmed);
  if (quotedWords(trimmed, names) !== null || quotedWords(afterLabel, names) !== null || quotedAfterOwnMove(afterLabel, names) !== null) return 'quoted';
  // (a log of our own move, "Email sent to Julia: quote attached", 给高总发了报价, is ours: never their message)
  return isRepNote(trimmed, names) || isOwnLog(trimmed, names) ? 'note' : 'message';
}

/**
 * Whose words their last word is, worked out once where it is gathered and passed to the judgment, the
 * reply card and the draft alike: `note`, the rep's own note on the record (the reason says "Your note", the
 * card asks how the note reads, the draft never quotes it); `quoted`, the customer's words the rep wrote down
 * in it under a label (quoted as theirs, "Their words in your note"); null for their own words: a thread's
 * reply or their words as stored (even when the same words are also logged on the record: the page's
 * reply is what was read), their email logged on the record.
 */
export function lastWordVoice(gathered: { deal: Pick<StoredDeal, 'record'> | null; lastWord: { text: string } | null; lastWordFrom: string | null }): NoteVoice | null {
  const { deal, lastWord } = gathered;
  if (gathered.lastWordFrom !== 'record' || deal === null || lastWord === null) return null;
  const names = deal.record.contacts.map((c) => c.name);
  const words = lastWord.text.trim();
  const raw = deal.record.activity.find((a) => a.text.trim() === words || withoutActivityLabel(a.text, names) === words);
  const voice = raw ? activityVoice(raw.text, names) : null;
  return voice === 'note' || voice === 'quoted' ? voice : null;
}

/**
 * A follow-up, a chaser or a reminder named alone before more words ("Reminder, our contract with Salesforce ends in
 * March", 提醒：…): a touch of ours only when the words after it say nobody answered ("Follow up, no answer", 跟进，未回复).
 */
const BARE_CHASER = /^(?:follow[- ]?up|chaser|reminder|nudge|跟进|跟進|催促|提醒)[ \t]{0,3}(?:[,;.(，；。（]|\s[-–—])(?=[^\n]*[\p{L}\p{N}])/iu;
const NOBODY_ANSWERED = /\b(?:no (?:reply|response|answer|pick-?up)|nothing back|unanswered|not answered|no one (?:answered|picked up)|(?:didn['’]t|did not) (?:reply|respond|answer|pick up)|(?:left (?:a |them a )?)?(?:voicemail|vm))\b|(?:未|没|沒|无|無)(?:人)?(?:接|接听|接聽|接通)|留言/i;

export function isOwnLog(text: string, names: readonly string[] = []): boolean {
  const start = text.trim().replace(TYPE_LABEL, '');
  if (BARE_CHASER.test(start) && !NOBODY_ANSWERED.test(start) && start.search(NO_REPLY) < 0) return false;
  // (a reply that did not come is no words of theirs: "跟进邮件，未回复")
  // (their words quoted after our move are their last word: "Explained the hosting. Clara: ok, go ahead with the proposal")
  return OWN_MOVE.some((pattern) => pattern.test(start)) && !REPORTED_SPEECH.test(start.replace(NO_REPLY, '')) && !TOWARDS_US.test(start) && quotedAfterOwnMove(start, names) === null;
}

/**
 * A record's activities with their times ("Yesterday" read against when the record was read), newest first as the record lists them.
 * A task of ours still open ("Task (due Dec 2, not completed): …", 待办（已逾期）：…) has not happened: no touch of ours (`own`), no words of theirs (`task`).
 */
export function datedActivity(deal: Pick<StoredDeal, 'record' | 'capturedAt'>): { at: number | null; text: string; own: boolean; task: OpenTask | null }[] {
  const names = deal.record.contacts.map((c) => c.name);
  return deal.record.activity.map((a) => {
    const task = openTask(a.text);
    return { at: a.at ?? (a.when ? (resolveWhen(a.when, deal.capturedAt) ?? null) : null), text: a.text, own: task === null && isOwnLog(a.text, names), task };
  });
}
