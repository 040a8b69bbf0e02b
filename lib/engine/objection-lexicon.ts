import type { ObjectionId } from '../playbook/ids';

/**
 * Concept words for each objection, for the many wordings the exact patterns in
 * `objection-rules.ts` do not cover. An anchor ({@link A}) says the objection on its own ("how
 * much?!", "circle back", "预算被删"); context words ({@link C}) only count together ("contract"
 * alone is no objection, "contract" with "can't" is). A sentence's weights for a category add up
 * (each entry once), plus {@link PROBLEM_WEIGHT} when the sentence voices a problem at all.
 * Runs on folded text (lower case, Simplified characters).
 */
const A = 0.55;
const C = 0.25;
const X = 0.3;

type Lexicon = readonly (readonly [RegExp, number])[];

export const OBJECTION_LEXICON: Record<ObjectionId, Lexicon> = {
  price: [
    [/tough sell|hard sell|how much\?|more than (?:double|twice|triple)|(?:twice|double|three times) (?:as much|what we)|way (?:over|above|more)|over what we (?:can|could) (?:spend|pay)|knock (?:\d+ ?%|something|a bit) off|price tag|too rich|out of (?:our )?reach|pay (?:that|so) much|that much money|crazy money|for what it does|hard to swallow|sticker/, A],
    [/再低|低一些|低一点|再降|降一些|这么贵|太贵|贵了|偏贵|有点贵|贵啦|太硬|吃不下|下不去手|砍价|砍一刀|虚高|便宜点|便宜一点|便宜些|打折|打个折|折扣|降价|降一点|降点|让一点|让点|优惠点|优惠一点|价格偏高|报价偏高|价格太高|报价太高|价格高|报价高/, A],
    [/\b(?:price|pricing|priced|cost|costs|quote|quoted|fees?|licen[cs]e fees?|rates?|per (?:seat|user|site|month)|a month|a year|subscription)\b/, C],
    [/\b(?:expensive|pricey|steep|high|higher|discount|cheaper|lower|spend|afford|justify|budget)\b/, X],
    [/价格|价钱|报价|费用|收费|价位|单价|多少钱|这个数|这个价|一年要|万一年|十几万|几十万/, C],
    [/贵|高|推不动|推得动|接受|难|便宜|优惠|低一些|再低/, X],
    [/\$\s?\d|\d+\s?k\b|\d+\s?(?:usd|eur|rmb|元|块|万)/, 0.15],
  ],
  budget: [
    [/\bno (?:\w+ )?budget|budgets? (?:\w+ ){0,3}(?:got |was |were |has been |have been |is |are )?(?:cut|slashed|reallocated|redirected|moved|frozen|pulled|gone|killed|tight|spent|exhausted)|funding (?:round )?(?:got |was |is )?(?:delayed|fell through|pulled)|spending (?:is |was )?(?:on hold|frozen|paused)|no money|out of money|cash[- ]strapped|zero budget/, A],
    [/用满|预算[^,.?!]{0,6}?(?:被|给|都给)(?:删|砍|挪|调|削|减|收回|冻结|给了)|没编(?:这笔)?预算|没(?:有)?编列|预算(?:早就|已经)?(?:花|用)(?:得)?(?:差不多|完|光)|没钱|缺钱|钱(?:都)?(?:给|投)了|资金压力|资金紧张|拿不出预算|没有预算|没预算|预算不够|预算有限|经费不足/, A],
    [/\b(?:budget|budgets|budgeted|funds|funding|money|cash|spend|spending|discretionary|finance)\b/, X],
    [/\b(?:zero|no|out of|frozen|freeze|slashed|cut|cuts|tight|reallocated|not planned|unplanned|on hold|delayed|until)\b/, C],
    [/预算|经费|资金|钱|额度|成本控制|控制成本/, X],
    [/没有|没|不够|用满|用完|花完|紧|砍|删|冻结|不足|有限|压力/, C],
  ],
  value: [
    [/pays? for itself|measurable|nice[- ]to[- ]have|moves? (?:our|the) (?:numbers|needle)|what's in it for us|tangible (?:benefit|result|value)|quantif(?:y|iable)|worth the (?:money|investment|spend|effort)|money back|not convinced|skeptical|sceptical/, A],
    [/效益|没法量化|无法量化|难以量化|心里没数|心里没底|没底|看不出(?:来)?(?:有)?什么|没看到(?:什么)?效果|有什么好处|能省多少|省多少|值不值|值得吗|不一定有用|没什么效果|看不到效果|效果不明显/, A],
    [/\b(?:roi|return|returns|value|benefit|benefits|results|payback|business case|worth|savings|impact|improvement|difference)\b/, X],
    [/\b(?:doubt|not sure|don't see|doesn't add up|help me understand|prove|really|actually|would we|what)\b/, C],
    [/效果|回报|价值|收益|作用|提升多少|投资报酬|投资回报|投入产出|回本|有用|量化|到底/, X],
    [/怀疑|不确定|看不出|看不到|说服|不明确|不划算|没|不会认/, C],
  ],
  competitor: [
    [/\b(?:competitors?|competition)\b(?! (?:uses?|is using|are using|already uses?|switched to|moved to|recommended|loves?|bought|chose|picked|signed with) (?:you|your|it|this))|a (?:third|quarter|fraction) of the (?:price|cost)|half the (?:price|cost)|(?:other|another|competing|rival) (?:bid|vendor|supplier|provider|offer|quote|proposal)s?|incumbent|matched your (?:offer|price)|for less/, A],
    [/另外(?:两|几|一|2|3)家|别家|其他家|其他几家|别的厂商|其他厂商|其他供应商|另一家|那家|友商|竞品|竞争对手|同行都在用|比你们(?:低|便宜|好|强|全|完整)|他们(?:的)?(?:价格|报价)(?:都)?比你们|市面上|同类产品/, A],
    [/\b(?:zendesk|freshdesk|salesforce|hubspot|sap|oracle|dynamics|zoho|pipedrive|workday|netsuite|odoo|monday(?:\.com)?|asana|slack|notion|kingdee|yonyou|teams|google)\b/, X],
    [/\b(?:cheaper|less|half|slicker|better|stronger|free|trial with|does most of this)\b/, C],
    [/(?:钉钉|企业微信|飞书|用友|金蝶|鼎新|浪潮)[^,.?!]{0,12}(?:免费|便宜|够了|够用|更好|更全|更便宜)/, A],
    [/钉钉|企业微信|飞书|用友|金蝶|鼎新|浪潮|[a-z]公司|其他公司|别的公司/, X],
    [/便宜|更好|免费|送|低很多|低不少|更低|比较|完整|口碑/, C],
  ],
  status_quo: [
    [/keep doing what we(?:'re| are)? doing|(?:it|this|excel|spreadsheets?|what we have|our (?:\w+ )?(?:system|process|setup|tool)s?)[^.?!]{0,15}(?:works|working) (?:fine |well )?for us|gets? the job done|run on (?:excel|spreadsheets|paper)|been using \w+ for|what we have (?:is|works)|no appetite for chang|stick with what|status quo|good enough/, A],
    [/也没(?:出)?什么问题|没出什么问题|不想动|用得很顺|用得挺顺|用得好好|没有要换|没打算换|不打算换|不想换|老办法|原来的办法|没必要上|维持现状|还能用|够用了|也挺好/, A],
    [/\b(?:what we have|how things are|current|existing|today|homegrown|in-house|google sheets|spreadsheets?|excel|what we know|the way we|years)\b/, X],
    [/\b(?:fine|happy|works|working|ok|okay|keep|no reason|stick)\b/, C],
    [/现有|现在|目前|原来|老系统|旧系统|手工|人工|纸本|表格|excel|微信群|现状|习惯|熟了|流程|靠/, X],
    [/够用|挺好|没什么问题|没问题|不想|稳定|麻烦|就好|顺|能解决/, C],
  ],
  timing: [
    [/circle back|heads down|not before then|has to wait|have to wait|needs to wait|(?:wait|not) until|after (?:our|the) (?:audit|launch|go-live|migration|busy season|peak|holidays|summer|new year)|(?:until|wait|after|not before|maybe|perhaps|revisit|reconnect|ping|touch base|talk|again)[^.?!]{0,20}(?:next (?:year|quarter|fy|month)|the new year|q[1-4]|january|february|march|april|june|july|august|september|october|november|december)|in the new year\?|later (?:this|in the) year|few months|couple of months|not the right time|bad time|too busy|swamped|bandwidth|on hold|on our plate/, A],
    [/春节后|过完年|年后|过两个月|过几个月|过段时间|过阵子|时间点不(?:太)?对|时机不(?:太)?(?:好|对)|等[^,.?!]{1,12}(?:完了|完成|之后|以后|结束)|再找你|再说吧|再看看|太忙|没空|抽不出|排满|暂缓|推迟|延后|往后推|晚点再|下个月再|明年再|下半年再/, A],
    [/\b(?:now|right now|at the moment|this (?:quarter|year|month)|timing|time|later|until|q1|q2|q3|q4|season)\b/, X],
    [/\b(?:not|wait|busy|hold|park|revisit|reconnect|maybe)\b/, C],
    [/现在|目前|最近|今年|明年|下个月|下个季度|这个季度|这阵子|年底|晚点|之后|以后|时机|时间|等/, X],
    [/忙|不方便|再说|再看|再聊|再联系|再谈|不成熟/, C],
  ],
  authority: [
    [/final (?:call|say|decision)|not (?:my|mine)|isn't mine|it's the \w+'s|buy-in|go(?:es)? to (?:our|the) (?:\w+ )?(?:committee|board)|above me|someone above|over my head|decision[- ]makers?|sign[- ]off|approve|approval|green light/, A],
    [/(?:领导|老板|主管|上级|上面|总经理|老总)(?:还)?(?:在)?(?:考虑|研究|犹豫|看)|集团(?:那边)?(?:定|决定|批)|汇报|报告|请示|拍板|点头|定夺|上面定|老板定|领导定|董事会|总部|总公司|审批|签核|核准|做不了主|说了不算/, A],
    [/\b(?:boss|manager|director|ceo|cfo|coo|gm|md|vp|owner|partners?|leadership|board|committee|management|head|procurement|finance)\b/, X],
    [/\b(?:has to|have to|needs to|need to|must|decide|decides|decision|call|first|before)\b/, C],
    [/领导|老板|主管|上级|高层|董事长|总经理|财务总监|决定|集团|上面/, X],
    [/回复|再回|要等|得等|需要先|还在考虑|商量|讨论|跟|和/, C],
  ],
  need: [
    [/something we'd use|see us needing|(?:have|see) (?:any|a|no) (?:real )?need for|more than we need|overkill|not (?:something|what) we(?:'re| are)? (?:looking for|after|need)|not looking for|no need|no use for|don't need|do not need|not relevant|not for us|not interested|no interest|no demand/, A],
    [/意义不大|没有这个需要|没这个需要|没有这个需求|没这个需求|没有这方面的需求|用不到|用不着|用不上|不需要|没需求|暂无需求|不感兴趣|没兴趣|没什么用/, A],
    [/\b(?:need|needs|needing|use|demand|looking for|fit|relevant|interested|agency|small|tiny)\b/, C],
    [/需求|需要|用|兴趣|这行|规模小/, C],
  ],
  trust: [
    [/acquired|shut down|go (?:out of business|bust|under)|been around|(?:can't|couldn't|cannot) find (?:much|anything)|uptime|outage|go(?:es|ne)? down|went down|data (?:breach|leak)|breach|leak|guinea pig|track record|burned|burnt|won't (?:actually )?use it|won't adopt|adoption|change management|my worry|i worry|we worry|worried|nervous|afraid|risky|trust/, A],
    [/泄露|泄漏|资安|信息安全|数据安全|认证|没人维护|跑了|跑路|倒闭|白花钱|不愿意用|不愿用|不会用|不放心|担心|怕|靠谱|可靠|信任|风险|踩坑|被坑|做了一半/, A],
    [/\b(?:security|data|stable|stability|support|small|new|startup|company|vendor|last year|team)\b/, C],
    [/安全|数据|稳定|公司太小|规模小|维护|实施商|同仁|员工|在意|很怕/, C],
  ],
  fit: [
    [/leave the country|data residency|only host|host(?:ed)? (?:only )?in the|built for|english only|only in english|(?:is a |that's a |it's a )?must(?:-have)? for us|must-have|deal[- ]?breaker|non-starter|won't fly|vpn|on[- ]prem\w*|cloud[- ]only|self[- ]hosted|inside our (?:network|firewall)|too rigid|not flexible|inflexible|incompatib\w*|not compatible|plug into|support (?:sap|oracle|dynamics|netsuite|salesforce|sso|saml)/, A],
    [/integrat\w*|compatib\w*|interoperab\w*|work with our/, X],
    [/对接|串接|整合|集成|兼容|相容/, X],
    [/只有英文|只有中文|不太符合|场景|情境|用不了|看不懂|支持不了|不支持|不支援|打不通|不兼容|不相容|导入[^,.?!]{0,8}数据吗|能导入|多工厂|多组织|太死板|不灵活|内网|私有化|本地部署|公有云|满足不了|无法满足|不符合/, A],
    [/\b(?:support|supports|erp|crm|mes|pos|sap|workflow|plants?|process|architecture|system|language|interface|ui)\b/, C],
    [/系统|数据|软件|功能|界面|介面|架构|流程|员工还得/, C],
  ],
  contract: [
    [/automatic renewal|auto-renewal|renewal (?:language|clause|terms)|\d+[- ]month (?:term|contract|commitment|minimum)|\d+[- ]year (?:term|contract|commitment|lock)|termination clause|liability cap|cap on liability|notice period|\d+ days notice|payment terms|auto-?renew\w*|indemnit\w*|penalt\w*|minimum commitment|deposit|upfront payment|up front/, A],
    [/货到(?:验收)?(?:后)?付款|验收后付款|违约金|违约|一年一签|不能预付|不预付|预付|首付|订金|定金|账期|票期|知识产权|条款|合同期限|合约期限|付款条件|付款方式|付款节点/, A],
    [/\b(?:contract|agreement|terms|term|clause|legal|lawyers|signed|sign)\b/, X],
    [/\b(?:can't|cannot|won't|needs to|not|only|before|wants)\b/, C],
    [/合同|合约|法务|签/, X],
    [/只能|不能|不会同意|要改|重新|规定|没办法|不然/, C],
  ],
  brush_off: [
    [/drop me an? (?:email|line|note)|just send|send (?:it|something|me something|me a pdf|over (?:some|any|whatever))|email me the (?:info|details|information)|(?:a|the) pdf|pass it (?:on|to)|i'll (?:look|take a look|have a look) when|when i get a (?:sec|second|chance|minute)|if it's interesting|i'll reach out|we'll reach out|we'll be in touch|we'll let you know/, A],
    [/合适的机会|适合的机会|(?:发|寄|传)(?:个|一份|份)?(?:产品)?(?:手册|介绍|简介|型录|目录)|发(?:个|点)?资料|寄(?:个)?资料|资料(?:先)?(?:发|寄|传)|先这样|有需要(?:我|我们)?(?:再|会)(?:找|联系|联络)|内部看看|发邮箱|发我邮箱|有时间看|我再看看|看完再说/, A],
    [/\b(?:send|email|info|information|material|brochure|deck|details|over|team)\b/, C],
    [/发|寄|传|资料|方案|邮箱|信箱|微信|看看/, C],
  ],
};

/** A sentence that voices a problem at all. */
export const PROBLEM_CUES = /\b(?:not|no|never|can't|cannot|won't|don't|doesn't|isn't|aren't|wasn't|problem|issue|concern|worried|worry|too|tough|hard|skeptical|doubt|only|without|unfortunately)\b|不|没|无法|难|太|怕|担心|麻烦|怀疑/;
export const PROBLEM_WEIGHT = 0.15;
/** Lexicon evidence alone never outranks an exact pattern. */
export const LEXICON_CAP = 0.7;
