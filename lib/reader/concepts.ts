/**
 * General concepts the reply reader's model may share weight through: each concept is a list of
 * words and short phrases (English words or word pairs; Chinese of one to three characters, either
 * script, Cantonese included) that say it. A reply that uses any of them also carries the
 * concept's feature (`features.ts`), so a synonym the examples never had ("slammed", "冇閒")
 * leans the way the examples' words for the same thing ("busy", "没空") taught the model to lean.
 *
 * Data, not rules: a concept says nothing about which objection it means; the model learns that
 * from the examples, and a concept can serve several ("boss" speaks for authority in "my boss
 * decides" and for nothing in "the boss loved the demo"). Entries are folded like the reply
 * (lower case, Traditional as Simplified, apostrophes dropped), so "don't" and "dont" are one entry.
 * Longer phrases are not matched: name their telling word or pair instead.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  busy: [
    'busy', 'busier', 'swamped', 'slammed', 'snowed', 'hectic', 'flat out', 'run off', 'overloaded', 'overwhelmed', 'stretched', 'buried', 'crazy busy', 'no time',
    'no bandwidth', 'bandwidth', 'capacity', 'tied up', 'hands full', 'full plate', 'our plate', 'my plate', 'chaotic', 'rushed', 'backlog', 'crunch', 'deadline', 'deadlines',
    '忙', '好忙', '很忙', '太忙', '忙死', '忙翻', '没空', '冇空', '没时间', '冇时间', '没闲', '冇闲', '唔得闲', '抽不出', '走不开', '顾不上', '顾唔切', '手头', '分身', '赶工', '旺季', '忙季',
  ],
  bad_moment: [
    'driving', 'meeting', 'call back', 'callback', 'later', 'bad time', 'right now', 'moment', 'cant talk', 'not now', 'customer',
    'dinner', 'lunch', 'vacation', 'holiday', 'travelling', 'traveling', 'abroad', 'sick', 'hospital', 'funeral', 'baby', 'wedding', 'moving',
    '开车', '开会', '在忙', '在外', '出差', '放假', '休假', '晚点', '晚些', '迟啲', '等阵', '等一下', '改天', '回头', '稍后', '现在不', '而家唔', '住院', '搬家', '不方便', '唔方便',
  ],
  later: [
    'next month', 'next quarter', 'next year', 'new year', 'q1', 'q2', 'q3', 'q4', 'fiscal', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'september',
    'after the', 'until', 'till', 'revisit', 'circle back', 'touch base', 'future', 'someday', 'eventually', 'months', 'weeks',
    '下个月', '下季', '下季度', '明年', '年后', '年底', '年初', '过完年', '之后', '以后', '再说', '再讲', '再算', '等到', '过阵', '过一阵', '下半年', '上半年', '将来',
  ],
  money: [
    'price', 'prices', 'pricing', 'priced', 'pricey', 'expensive', 'costly', 'cost', 'costs', 'dear', 'steep', 'fee', 'fees', 'charge', 'charges', 'rate', 'rates', 'quote',
    'quoted', 'cheap', 'cheaper', 'cheapest', 'discount', 'deal', 'bucks', 'dollars', 'grand', 'per month', 'a month', 'pay', 'paying', 'rip', 'overpriced', 'markup', 'money',
    '贵', '太贵', '好贵', '价格', '价钱', '报价', '收费', '费用', '钱', '块钱', '蚊', '便宜', '平啲', '折扣', '打折', '优惠', '减价', '降价', '砍价', '划不来', '肉痛', '抢钱',
  ],
  funds: [
    'budget', 'budgets', 'budgeted', 'funds', 'funding', 'funded', 'afford', 'cash', 'cashflow', 'cash flow', 'tight', 'broke', 'frozen', 'freeze', 'cutbacks', 'cuts', 'spend',
    'spending', 'allocated', 'allocation', 'grant', 'grants', 'capex', 'opex', 'savings', 'recession', 'lean', 'loss', 'struggling',
    '预算', '资金', '经费', '拨款', '手头紧', '手紧', '紧张', '没钱', '冇钱', '周转', '亏', '亏本', '冻结', '砍预算', '开支', '省钱', '紧缩', '缩减', '补助', '补贴',
  ],
  other_vendor: [
    'already have', 'already use', 'already using', 'already got', 'already work', 'already signed', 'current', 'currently', 'provider', 'providers', 'vendor', 'vendors',
    'supplier', 'suppliers', 'agency', 'company we', 'someone else', 'another company', 'other company', 'competitor', 'incumbent', 'contracted', 'signed with', 'guy',
    'we use', 'weve got', 'go with', 'went with', 'stick with', 'sticking with', 'loyal', 'relationship',
    '已经有', '已有', '已经用', '在用', '用紧', '用开', '有用', '供应商', '厂商', '合作', '合作的', '别家', '其他家', '人家', '另一家', '同行', '签了', '老客户', '熟人', '朋友', '亲戚', '固定',
  ],
  fine_as_is: [
    'happy', 'satisfied', 'content', 'fine', 'works', 'working', 'sorted', 'enough', 'manage', 'managing', 'get by', 'spreadsheet', 'spreadsheets', 'excel',
    'paper', 'manual', 'manually', 'pen', 'always done', 'as is', 'old school', 'ourselves', 'in house', 'inhouse', 'own staff', 'our own',
    '满意', '挺好', '还好', '还行', '够用', '几好', '都好', '冇问题', '习惯', '一直', '老方法', '手工', '人手', '表格', '自己', '自己做', '自己人', '内部', '现在的', '目前的',
  ],
  decider: [
    'boss', 'bosses', 'manager', 'director', 'board', 'owner', 'owners', 'partner', 'partners', 'ceo', 'cfo', 'cto', 'president', 'hq', 'headquarters', 'corporate',
    'committee', 'council', 'trustees', 'wife', 'husband', 'spouse', 'approve', 'approval', 'approved', 'sign off', 'signoff', 'decide', 'decides', 'decision', 'decision maker',
    'check with', 'run it', 'procurement', 'legal', 'superior', 'higher up', 'higher ups', 'above me', 'pay grade',
    '老板', '老细', '领导', '上级', '上司', '主管', '经理', '总经理', '董事', '董事会', '总部', '审批', '批准', '签核', '签呈', '拍板', '请示', '做主', '话事', '老公', '老婆', '太太', '家人', '股东', '采购',
  ],
  small: [
    'small', 'tiny', 'little', 'size', 'sized', 'solo', 'solopreneur', 'sole', 'one man', 'one person', 'just me', 'only me', 'only us', 'few', 'handful', 'startup', 'mom and',
    'family run', 'side hustle', 'freelancer', 'employees', 'staff of', 'seats', 'users', 'scale', 'too big', 'overkill', 'enterprise',
    '小公司', '小店', '小本', '规模', '个体', '个体户', '一个人', '几个人', '人少', '细公司', '夫妻店', '家庭', '小生意', '太大', '用不了', '工作室',
  ],
  proof: [
    'trial', 'pilot', 'demo', 'sample', 'samples', 'test', 'testing', 'proof', 'prove', 'proven', 'results', 'case study', 'case studies', 'references', 'reference', 'testimonials',
    'reviews', 'evidence', 'track record', 'guarantee', 'guaranteed', 'see it', 'show me',
    '试用', '试试', '试下', '样品', '样板', '案例', '证明', '效果', '成效', '口碑', '评价', '保证', '见效', '数据', '演示', '试点',
  ],
  worth: [
    'worth', 'value', 'roi', 'pay off', 'pays off', 'payoff', 'benefit', 'benefits', 'useless', 'pointless', 'waste', 'wasted', 'gimmick', 'hype', 'snake oil',
    'difference', 'impact', 'justify', 'doubt', 'doubtful', 'skeptical', 'sceptical', 'not convinced', 'too good', 'didnt work', 'never worked', 'did nothing',
    '值得', '值唔值', '划算', '合算', '不合算', '性价比', '回报', '投入', '产出', '没用', '冇用', '无用', '浪费', '白花', '鸡肋', '没效果', '唔见效', '怀疑', '噱头',
  ],
  terms: [
    'contract', 'contracts', 'terms', 'clause', 'clauses', 'agreement', 'deposit', 'upfront', 'up front', 'installments', 'instalments', 'net 00', 'invoice', 'invoicing',
    'cancel', 'cancellation', 'termination', 'notice', 'renewal', 'renew', 'auto renew', 'lock in', 'locked in', 'commitment', 'minimum', 'liability', 'indemnity', 'sla',
    'penalty', 'penalties', 'refund', 'warranty', 'retention', 'data ownership', 'cap', 'month to', 'annual', 'yearly', 'monthly',
    '合同', '合约', '条款', '协议', '付款', '分期', '定金', '订金', '首付', '预付', '月结', '账期', '违约', '违约金', '续约', '续费', '解约', '退款', '押金', '年付', '月付', '保修', '赔偿', '责任',
  ],
  stop: [
    'remove', 'removed', 'unsubscribe', 'stop', 'stop calling', 'dont call', 'do not', 'never call', 'spam', 'spammer', 'harass', 'harassing', 'harassment',
    'my number', 'this number', 'scam', 'scammer', 'block', 'blocked', 'leave me', 'go away', 'hang up', 'bye', 'f off', 'piss',
    '别打', '不要再', '唔好再', '骚扰', '拉黑', '滚', '烦', '好烦', '投诉', '号码', '电话', '推销', '骗子', '删', '移除', '退订', '挂了', '收皮',
  ],
  no_need: [
    'dont need', 'no need', 'no use', 'not needed', 'unnecessary', 'irrelevant', 'not relevant', 'doesnt apply', 'no problem', 'never had',
    'rarely', 'hardly', 'not applicable', 'n a',
    '需要', '不需要', '唔需要', '冇需要', '用不着', '用不到', '用唔着', '不用', '唔使', '没必要', '冇必要', '没需求', '用不上', '很少', '好少', '从来不', '不适用',
  ],
  refuse: [
    'no thanks', 'no thank', 'not interested', 'pass', 'ill pass', 'nope', 'nah', 'not for', 'all set', 'were good', 'were fine', 'im good', 'thanks anyway', 'maybe later',
    'think about', 'think it', 'sleep on', 'mull', 'send me', 'email me', 'send info', 'brochure', 'materials', 'leave your', 'website',
    '不要', '唔要', '不用了', '算了', '不感兴', '没兴趣', '冇兴趣', '再考虑', '考虑', '想想', '谂下', '谂吓', '资料', '发资料', '留个', '网站', '再联系', '再联络', '谢谢', '唔该',
  ],
  risk: [
    'trust', 'trusted', 'legit', 'legitimate', 'heard of', 'never heard', 'risk', 'risky', 'security', 'secure', 'privacy', 'gdpr', 'compliance', 'hacked', 'breach', 'reliable',
    'reliability', 'downtime', 'outage', 'fly by', 'burned', 'burnt', 'bad experience', 'go live', 'fails', 'failed', 'resistance', 'staff wont', 'learning curve',
    '靠谱', '可靠', '信任', '信得过', '放心', '担心', '怕', '风险', '安全', '隐私', '泄露', '上线', '失败', '跑路', '倒闭', '售后', '吃过亏', '被骗', '没听过', '冇听过', '抵触', '员工',
  ],
  fit: [
    'integrate', 'integration', 'integrates', 'compatible', 'compatibility', 'api', 'plugin', 'connect', 'connector', 'sync', 'mac', 'windows', 'linux', 'android', 'iphone',
    'ios', 'shopify', 'sap', 'oracle', 'salesforce', 'language', 'chinese', 'english', 'offline', 'on prem', 'on premise', 'cloud', 'our system', 'our setup', 'doesnt fit',
    'not suited', 'suitable', 'industry', 'niche', 'b2b', 'b2c', 'nonprofit', 'non profit', 'church', 'school', 'clinic', 'rent', 'renting', 'tenant', 'landlord',
    '兼容', '对接', '接口', '系统', '不适合', '唔啱', '不合适', '适合', '行业', '平台', '中文', '英文', '苹果', '安卓', '电脑', '手机', '租', '租的', '业主', '非营利', '学校', '教会', '诊所',
  ],
  accept: [
    'sure', 'yes', 'yeah', 'yep', 'sounds good', 'sounds great', 'interested', 'lets', 'book', 'booked', 'schedule', 'calendar', 'available', 'free on', 'works for', 'go ahead',
    'send it', 'send over', 'looking forward', 'great', 'perfect', 'love', 'keen', 'tuesday', 'thursday', 'tomorrow', 'pm', 'zoom', 'call me', 'ring me',
    '好的', '好啊', '可以', '没问题', '有兴趣', '感兴趣', '约个', '方便', '明天', '下午', '上午', '星期', '礼拜', '周二', '欢迎', '期待', '好呀',
  ],
  ask: [
    'how', 'what', 'which', 'does', 'do you', 'can you', 'could you', 'is there', 'are there', 'wondering', 'curious', 'question', 'questions', 'details', 'explain', 'clarify',
    '如何', '怎么', '怎样', '点样', '几多', '多少', '什么', '咩', '请问', '想问', '了解', '介绍', '详细',
  ],
  forwarded: [
    'forward', 'forwarded', 'pass it', 'pass this', 'passed', 'hand it', 'share it', 'shared', 'ccd', 'looping', 'loop in', 'colleague', 'department', 'wrong person',
    'not me', 'not my', 'right person',
    '转给', '转发', '转交', '转达', '同事', '部门', '负责', '负责人', '不是我', '唔系我', '找错', '联系人', '对口',
  ],
};
