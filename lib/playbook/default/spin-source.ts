import { type Bi, t } from './bilingual';

/** Industries the question bank knows, with the words that give them away in a profile or record. */
export const industries = [
  { id: 'manufacturing', name: t('Manufacturing', '制造业'), noun: t('manufacturers', '制造企业'), keywords: ['manufactur', 'factory', 'plant', 'production', 'precision', 'assembly', 'oem', 'lean', 'six sigma', 'pharma', 'biotech', 'life sciences', 'gmp', '制造', '工厂', '生产', '精密', '装配', '制药', '药业', '生物医药'] },
  { id: 'software', name: t('Software / SaaS', '软件 / SaaS'), noun: t('software companies', '软件公司'), keywords: ['software', 'saas', 'cloud', 'platform', 'devops', 'engineering', 'product manager', 'startup', '软件', '云', '平台', '互联网', '研发'] },
  { id: 'retail', name: t('Retail', '零售'), noun: t('retailers', '零售企业'), keywords: ['retail', 'store', 'e-commerce', 'ecommerce', 'omnichannel', 'merchandis', 'shop', 'consumer goods', '零售', '门店', '电商', '全渠道', '商超'] },
  { id: 'healthcare', name: t('Healthcare', '医疗健康'), noun: t('healthcare providers', '医疗机构'), keywords: ['health', 'hospital', 'clinic', 'medical', 'pharmacy', 'pharmacies', 'drugstore', 'patient', '医疗', '医院', '诊所', '医药', '药房', '药店', '健康'] },
  { id: 'finance', name: t('Financial services', '金融'), noun: t('financial firms', '金融机构'), keywords: ['bank', 'insurance', 'fintech', 'asset management', 'wealth', 'financial services', 'securities', '银行', '保险', '证券', '金融', '基金'] },
  { id: 'logistics', name: t('Logistics', '物流'), noun: t('logistics companies', '物流企业'), keywords: ['logistic', 'freight', 'shipping', 'warehouse', 'supply chain', 'transport', 'fleet', '物流', '货运', '仓储', '供应链', '运输'] },
  { id: 'education', name: t('Education', '教育'), noun: t('schools and training providers', '教育培训机构'), keywords: ['education', 'school', 'university', 'learning', 'training', 'edtech', 'academy', '教育', '学校', '大学', '培训', '学院'] },
  { id: 'real_estate', name: t('Real estate', '房地产'), noun: t('property firms', '房地产企业'), keywords: ['real estate', 'property', 'realty', 'construction', 'leasing', '房地产', '地产', '物业', '建筑', '置业'] },
  { id: 'food_service', name: t('Food service', '餐饮'), noun: t('restaurant groups', '餐饮企业'), keywords: ['restaurant', 'food', 'catering', 'beverage', 'f&b', 'kitchen', '餐饮', '餐厅', '食品', '连锁'] },
  { id: 'hospitality', name: t('Hotels and hospitality', '酒店住宿'), noun: t('hotel groups', '酒店集团'), keywords: ['hotel', 'resort', 'hospitality', 'hostel', 'serviced apartment', 'housekeeping', '酒店', '饭店', '宾馆', '旅馆', '客房', '民宿', '度假村'] },
  { id: 'senior_care', name: t('Care homes and senior living', '养老护理'), noun: t('care home operators', '养老机构'), keywords: ['care home', 'nursing home', 'senior living', 'aged care', 'assisted living', 'retirement home', 'retirement village', 'elder care', 'eldercare', 'residential care', 'home care', 'emar', '养老', '护理院', '护老院', '安老院', '长照', '敬老院', '安养'] },
  { id: 'energy', name: t('Energy and utilities', '能源'), noun: t('energy companies', '能源企业'), keywords: ['energy', 'utility', 'utilities', 'solar', 'oil', 'gas', 'power', 'renewable', '能源', '电力', '光伏', '新能源', '石油'] },
] as const;

/** Roles, recognised from a title or headline. Order matters: the first that matches wins. */
export const roles = [
  { id: 'finance', name: t('Finance', '财务'), keywords: ['cfo', 'finance', 'financial', 'controller', 'accounting', 'treasury', 'fp&a', '财务', '会计', '总会计师'] },
  { id: 'it', name: t('IT', '信息技术'), keywords: ['cio', 'cto', ' it ', 'it director', 'information technology', 'technology', 'infrastructure', 'digital', 'data', 'engineering', '信息', 'it总监', '技术', '数字化', '数据'] },
  { id: 'procurement', name: t('Procurement', '采购'), keywords: ['procurement', 'purchasing', 'buyer', 'sourcing', 'category manager', 'supply', '采购', '寻源', '供应'] },
  { id: 'hr', name: t('HR', '人力资源'), keywords: ['hr', 'human resources', 'people', 'talent', 'recruit', 'chro', '人力', '人事', '招聘', 'hrbp'] },
  { id: 'sales', name: t('Sales', '销售'), keywords: ['sales', 'business development', 'account', 'revenue', 'commercial', 'marketing', 'cro', '销售', '商务', '市场', '客户经理'] },
  { id: 'operations', name: t('Operations', '运营'), keywords: ['operations', 'coo', 'plant', 'production', 'logistics', 'supply chain', 'scheduler', 'quality', 'qa', 'qc', 'manager', 'chef', 'kitchen', 'restaurant manager', '运营', '生产', '厂长', '厨师长', '主厨', '店长', '物流', '供应链', '质量', '品质', '品管'] },
  { id: 'executive', name: t('Executive', '高管'), keywords: ['ceo', 'founder', 'owner', 'president', 'managing director', 'general manager', 'vp', 'chief', 'head of', 'director', '总经理', '创始人', '董事长', '总裁', '总监', '老板'] },
] as const;

interface PainSource {
  id: string;
  name: Bi;
  industries: readonly string[];
  roles: readonly string[];
  questions: { situation: Bi; problem: Bi; implication: Bi; needPayoff: Bi };
  /** Words that name this pain in a deal's or a thread's subject (English, 简体, 繁體): the questions lead with it. */
  subjects?: readonly string[];
}

const ALL_ROLES = ['executive', 'operations', 'finance', 'it', 'sales', 'hr', 'procurement'];

export const pains: PainSource[] = [
  // Manufacturing
  { id: 'manual_scheduling', name: t('Manual production scheduling', '手工排产'), industries: ['manufacturing'], roles: ['operations', 'executive', 'it', 'procurement'],
    questions: {
      situation: t('Is production scheduling at {company} done by hand or in a system today?', '{company}现在的生产排产是手工做，还是在系统里做？'),
      problem: t('When a rush order comes in, does the manual schedule lead to late orders or extra stock?', '遇到插单时，手工排产会不会造成交期延误或者库存积压？'),
      implication: t('How much do late-delivery penalties and tied-up inventory weigh on your cash flow each quarter?', '交期罚款和压在仓库里的库存，每个季度大概占用多少现金流？'),
      needPayoff: t('If scheduling were automatic and cut delays by about 30%, how would that help your cost goals this year?', '如果排产自动化、延误减少三成左右，对您今年的成本目标有多大帮助？'),
    } },
  { id: 'quality_defects', name: t('Quality defects and rework', '质量缺陷与返工'), industries: ['manufacturing'], roles: ['operations', 'executive', 'procurement', 'finance'],
    questions: {
      situation: t('How do you track defects and supplier quality across your lines today?', '目前各条产线的缺陷和供应商质量是怎么跟踪的？'),
      problem: t('How often does a quality issue surface only after goods have shipped?', '质量问题有多常是在发货之后才被发现的？'),
      implication: t('What did rework, returns and the customer goodwill they cost add up to last year?', '去年返工、退货，加上由此损失的客户信任，合计大概是多少？'),
      needPayoff: t('If you caught defects at the line instead of at the customer, what would that be worth to {company}?', '如果缺陷能在产线上就被拦下来，而不是到客户那里才暴露，对{company}意味着什么？'),
    } },
  // Software
  { id: 'churn_visibility', name: t('Customer churn visibility', '客户流失难以预判'), industries: ['software'], roles: ['executive', 'sales', 'operations', 'finance'],
    questions: {
      situation: t('How do you see which accounts are at risk of churning before renewal?', '续约之前，您是怎么判断哪些客户有流失风险的？'),
      problem: t('How often does a churn come as a surprise to the account team?', '客户流失有多常是客户团队事先完全没想到的？'),
      implication: t('What does a surprise churn of a mid-size account do to your net revenue retention and the quarter?', '一个中型客户意外流失，对净收入留存率和当季业绩影响有多大？'),
      needPayoff: t('If you had a risk signal 60 days before renewal, what could your team do with it?', '如果在续约前 60 天就能拿到风险预警，您的团队可以做些什么？'),
    } },
  { id: 'release_velocity', name: t('Slow releases', '版本发布慢'), industries: ['software'], roles: ['it', 'executive', 'operations'],
    questions: {
      situation: t('How long does it take {company} to get a change from commit to production today?', '{company}现在一个改动从提交代码到上线大概要多久？'),
      problem: t('Where do releases get stuck: testing, approvals or environments?', '发布通常卡在哪个环节：测试、审批还是环境？'),
      implication: t('What does a month of delay on a key feature cost you in deals or renewals?', '一个关键功能晚上线一个月，会让您在签单或续约上损失多少？'),
      needPayoff: t('If you could ship weekly instead of monthly, which commitments would become easier to keep?', '如果从每月发布变成每周发布，哪些对客户的承诺会更容易兑现？'),
    } },
  // Retail
  { id: 'stock_accuracy', name: t('Stock-outs and overstock', '缺货与积压'), industries: ['retail', 'food_service'], roles: ['operations', 'procurement', 'executive', 'finance', 'it'],
    questions: {
      situation: t('How do your stores and online channel share one view of stock today?', '目前门店和线上渠道是怎么共享同一份库存数据的？'),
      problem: t('How often do you lose a sale because an item shows in stock online but is not on the shelf?', '线上显示有货、货架上却没货而错失订单的情况有多常见？'),
      implication: t('Across all stores, what do lost sales plus markdowns on overstock come to in a season?', '把所有门店算上，一个季度因缺货丢掉的销售加上积压品的降价损失大概有多少？'),
      needPayoff: t('If stock were accurate to the hour across channels, what would that do for margin at {company}?', '如果各渠道库存能精确到小时，对{company}的毛利会有什么帮助？'),
    } },
  { id: 'member_retention', name: t('Repeat purchase and membership', '会员复购'), industries: ['retail', 'food_service', 'education'], roles: ['sales', 'executive', 'it', 'operations'],
    questions: {
      situation: t('How do you recognise a returning customer at checkout today?', '目前在结账时是怎么识别回头客的？'),
      problem: t('What share of your members buy again within three months, and do you know why the rest do not?', '会员里三个月内复购的比例是多少？其余的人为什么没有回来，您清楚吗？'),
      implication: t('If repeat purchase stays flat, how much more do you have to spend on acquisition to hit the plan?', '如果复购率一直不涨，要完成目标需要多花多少获客费用？'),
      needPayoff: t('If you could lift repeat purchase by a few points, what would that mean for this year’s numbers?', '如果复购率能提升几个百分点，对今年的业绩意味着什么？'),
    } },
  // Healthcare
  { id: 'patient_scheduling', name: t('Patient scheduling and no-shows', '预约与爽约'), industries: ['healthcare'], roles: ['operations', 'executive', 'it', 'finance'],
    questions: {
      situation: t('How are appointments booked and confirmed across your sites today?', '目前各院区的预约是怎么登记和确认的？'),
      problem: t('How many slots a week go unused because of no-shows or late cancellations?', '每周因为爽约或临时取消空出来的号源大概有多少？'),
      implication: t('What do those empty slots cost in revenue and in waiting time for other patients?', '这些空号在收入上、以及其他患者的等待时间上，造成了多大损失？'),
      needPayoff: t('If no-shows fell by a third, how would you use the freed capacity?', '如果爽约率下降三分之一，多出来的接诊能力您会怎么用？'),
    } },
  { id: 'compliance_records', name: t('Records and compliance workload', '病历与合规负担'), industries: ['healthcare', 'finance', 'energy'], roles: ['it', 'executive', 'operations', 'finance', 'hr'],
    questions: {
      situation: t('How do you prepare for an audit today: which systems do the records come from?', '目前应对审计是怎么准备的？记录分别来自哪些系统？'),
      problem: t('How much staff time does pulling records together for an audit take?', '为一次审计整理材料，要占用员工多少时间？'),
      implication: t('What would a finding or a fine do to {company}, beyond the cost itself?', '一旦被查出问题或被罚款，除了罚金本身，对{company}还有什么影响？'),
      needPayoff: t('If audit evidence were ready at the click of a button, where would your team spend that time instead?', '如果审计证据一键就能导出，团队省下的时间会用在哪里？'),
    } },
  // Finance
  { id: 'manual_reconciliation', name: t('Manual reconciliation', '手工对账'), industries: ['finance', 'retail', 'logistics'], roles: ['finance', 'operations', 'it', 'executive'],
    questions: {
      situation: t('How is reconciliation done at month end today: spreadsheets or a system?', '现在月末对账是用表格做，还是在系统里做？'),
      problem: t('How many days does the close take, and where do the exceptions pile up?', '月结要花几天？差异主要堆积在哪些环节？'),
      implication: t('What does a late or wrong close cost you in decisions made on old numbers?', '月结延迟或出错，导致用过期数据做决策，代价有多大？'),
      needPayoff: t('If the close took two days instead of eight, what would your team do with the time?', '如果月结从八天缩短到两天，团队会把时间用在哪里？'),
    } },
  { id: 'risk_onboarding', name: t('Slow client onboarding (KYC)', '客户开户慢'), industries: ['finance'], roles: ['operations', 'sales', 'executive', 'it'],
    questions: {
      situation: t('How long does it take a new client to be fully onboarded today?', '现在一个新客户从申请到完成开户大概要多久？'),
      problem: t('How many applications stall in KYC checks or missing documents?', '有多少申请卡在 KYC 审核或材料不全上？'),
      implication: t('How many of those clients go to a competitor while they wait?', '这些客户在等待期间有多少转投了竞争对手？'),
      needPayoff: t('If onboarding took one day, what would that do to your conversion rate?', '如果开户一天就能完成，对转化率会有什么影响？'),
    } },
  // Logistics
  { id: 'shipment_visibility', name: t('Shipment visibility', '在途可视化'), industries: ['logistics', 'manufacturing', 'retail'], roles: ['operations', 'procurement', 'sales', 'it', 'executive'],
    questions: {
      situation: t('How do your customers find out where their shipment is today?', '目前客户是怎么知道自己的货物到哪儿了？'),
      problem: t('How many "where is my order" calls does your team handle in a week?', '团队每周要接多少个“我的货到哪了”的电话？'),
      implication: t('What do those calls and the delays behind them cost in staff time and lost contracts?', '这些电话以及背后的延误，在人力和丢失的合同上损失有多大？'),
      needPayoff: t('If customers could see live status themselves, how would that change your service costs?', '如果客户能自己查看实时状态，您的服务成本会有什么变化？'),
    } },
  { id: 'freight_cost', name: t('Freight cost control', '运费成本失控'), industries: ['logistics', 'manufacturing', 'retail', 'energy'], roles: ['procurement', 'finance', 'operations', 'executive'],
    questions: {
      situation: t('How do you compare carrier rates and audit freight invoices today?', '目前是怎么比较承运商报价、审核运费账单的？'),
      problem: t('How often do invoices come in above the agreed rate without anyone noticing?', '账单高于约定费率却没人发现的情况有多常见？'),
      implication: t('If 3% of freight spend leaks through billing errors, what is that per year for {company}?', '如果 3% 的运费因为计费错误而流失，对{company}一年是多少钱？'),
      needPayoff: t('If every invoice were checked against the contract automatically, what would you do with the savings?', '如果每张账单都能自动按合同核对，省下来的钱您会用在哪里？'),
    } },
  // Education
  { id: 'enrolment_funnel', name: t('Enrolment funnel leakage', '招生转化流失'), industries: ['education'], roles: ['sales', 'executive', 'operations', 'it'],
    questions: {
      situation: t('How do enquiries become enrolments at {company} today: who follows up, and how?', '目前{company}从咨询到报名是怎么跟进的？由谁跟、怎么跟？'),
      problem: t('How many enquiries never hear back within a day?', '有多少咨询在一天之内都没有得到回复？'),
      implication: t('What does a lost enquiry cost once you count the advertising that bought it?', '把投放成本算进去，丢掉一个咨询线索的代价是多少？'),
      needPayoff: t('If every enquiry got a reply within an hour, how many more enrolments would you expect?', '如果每个咨询都能在一小时内得到回复，您预计报名会增加多少？'),
    } },
  { id: 'teacher_workload', name: t('Staff admin workload', '教职员工行政负担'), industries: ['education'], roles: ['hr', 'operations', 'executive', 'it'],
    questions: {
      situation: t('How much of a teacher’s week goes on admin rather than teaching today?', '目前老师每周有多少时间花在行政事务而不是教学上？'),
      problem: t('Which admin tasks do staff complain about most?', '员工抱怨最多的是哪些行政工作？'),
      implication: t('How is that workload showing up in turnover and hiring costs?', '这些负担在离职率和招聘成本上体现得有多明显？'),
      needPayoff: t('If you gave each teacher back three hours a week, what would that do for retention?', '如果每位老师每周能省下三小时，对留住人才有什么帮助？'),
    } },
  // Real estate
  { id: 'leasing_cycle', name: t('Long leasing cycle and vacancy', '招租周期长、空置率高'), industries: ['real_estate'], roles: ['sales', 'executive', 'operations', 'finance'],
    questions: {
      situation: t('How do you track leads and viewings for vacant units today?', '目前空置单元的客户线索和带看是怎么跟踪的？'),
      problem: t('How long does a unit stay vacant on average between tenants?', '一个单元在两任租户之间平均空置多久？'),
      implication: t('What does each extra vacant month cost across the portfolio?', '整个资产组合每多空置一个月，损失有多少？'),
      needPayoff: t('If you cut vacancy by two weeks per unit, what would that add to this year’s income?', '如果每个单元的空置期缩短两周，今年的收入能增加多少？'),
    } },
  { id: 'facility_maintenance', name: t('Reactive maintenance', '被动式维修'), industries: ['real_estate', 'energy', 'manufacturing'], roles: ['operations', 'finance', 'executive', 'procurement'],
    questions: {
      situation: t('Is maintenance at your sites planned ahead or mostly done when something breaks?', '各场地的维护是提前计划的，还是大多坏了再修？'),
      problem: t('How often does an unplanned breakdown disrupt tenants or production?', '计划外的故障多常影响到租户或生产？'),
      implication: t('What did emergency repairs and downtime cost last year compared with planned work?', '去年紧急维修和停机的花费，和计划内维护相比差了多少？'),
      needPayoff: t('If most repairs were planned, how would that change your budget and your tenants’ experience?', '如果大部分维修都能提前计划，对预算和租户体验会有什么改变？'),
    } },
  // Food service
  { id: 'food_waste', name: t('Food waste and prep planning', '食材浪费与备料'), industries: ['food_service'], roles: ['operations', 'procurement', 'finance', 'executive'],
    questions: {
      situation: t('How do your kitchens decide how much to prep each day?', '各门店厨房每天的备料量是怎么定的？'),
      problem: t('How much food is thrown away at the end of a typical day?', '一般一天结束时要扔掉多少食材？'),
      implication: t('Across all outlets, what does that waste come to as a share of food cost?', '所有门店加起来，浪费占食材成本的比例有多大？'),
      needPayoff: t('If prep matched demand more closely, what would a few points of food cost mean for your margin?', '如果备料更贴近实际需求，食材成本降几个点对利润意味着什么？'),
    } },
  // Hotels
  { id: 'room_turnaround', name: t('Room turnaround and housekeeping', '客房周转与清洁排程'), industries: ['hospitality'], roles: ['operations', 'executive', 'hr', 'finance'],
    questions: {
      situation: t('On a busy check-out day, how does housekeeping decide which rooms to turn first?', '退房高峰那天，客房部是怎么决定先打扫哪些房间的？'),
      problem: t('How often does a guest arrive to find their room not ready yet?', '客人到了、房间却还没打扫好的情况多常见？'),
      implication: t('What does that cost you in early check-ins turned down, review scores and housekeeping overtime?', '这在婉拒的提前入住、点评分数和客房部加班上，代价有多大？'),
      needPayoff: t('If rooms were turned in the order guests arrive, what would that be worth on a full house?', '如果能按客人到店的先后来安排打扫，满房的日子能多出多少价值？'),
    } },
  // Care homes
  { id: 'care_records', name: t('Medication rounds and care records', '给药与护理记录'), industries: ['senior_care'], roles: ['operations', 'executive', 'it', 'hr'],
    questions: {
      situation: t('How do your carers record medication rounds and care notes today: on paper or in a system?', '目前护理员是怎么记录给药和护理日志的？用纸还是用系统？'),
      problem: t('How often is a round missed or a record incomplete when an inspector asks for it?', '检查的时候，漏记给药或记录不全的情况多常见？'),
      implication: t('What would a weaker inspection rating mean for occupancy and for how families see {company}?', '评级一旦下滑，对入住率、对家属怎么看{company}，会有什么影响？'),
      needPayoff: t('If every round were recorded at the bedside, how much time would your nurses get back each shift?', '如果每次给药都能在床边当场记下来，护士每个班能省下多少时间？'),
    } },
  { id: 'staff_scheduling', name: t('Shift scheduling', '排班'), industries: ['food_service', 'retail', 'healthcare'], roles: ['hr', 'operations', 'executive'],
    questions: {
      situation: t('How are shifts planned across your locations today?', '目前各门店的排班是怎么做的？'),
      problem: t('How often are you over-staffed on quiet days or short on busy ones?', '清闲时人手过多、繁忙时人手不够的情况有多常见？'),
      implication: t('What does that mismatch cost in overtime, lost sales and staff burnout?', '这种错配在加班费、丢失的生意和员工倦怠上代价有多大？'),
      needPayoff: t('If rotas followed forecast demand, how much labour cost could you save?', '如果排班能按预测客流来做，能省下多少人工成本？'),
    } },
  // Energy
  { id: 'asset_downtime', name: t('Asset downtime', '设备停机'), industries: ['energy', 'manufacturing'], roles: ['operations', 'it', 'executive', 'finance'],
    questions: {
      situation: t('How do you monitor the condition of your key assets today?', '目前是怎么监测关键设备运行状态的？'),
      problem: t('How much warning do you usually get before a critical failure?', '关键设备出故障前，通常能提前多久得到预警？'),
      implication: t('What does one day of unplanned downtime cost {company} in output and penalties?', '一天计划外停机，会让{company}在产出和违约金上损失多少？'),
      needPayoff: t('If failures were predicted a week ahead, what would that be worth over a year?', '如果能提前一周预测故障，一年下来价值多少？'),
    } },
  { id: 'energy_cost', name: t('Energy cost and reporting', '能耗成本与碳排报告'), industries: ['energy', 'manufacturing', 'real_estate', 'retail'], roles: ['finance', 'operations', 'executive', 'procurement'],
    questions: {
      situation: t('How do you measure energy use per site or line today?', '目前是怎么按场地或产线统计能耗的？'),
      problem: t('How hard is it to produce the emissions figures customers and regulators now ask for?', '客户和监管要求的碳排数据，现在整理起来有多困难？'),
      implication: t('What happens to a tender if you cannot show those figures on time?', '如果不能按时拿出这些数据，投标会受到什么影响？'),
      needPayoff: t('If energy and emissions were reported automatically, how would that help you win and keep contracts?', '如果能耗和碳排能自动生成报告，对赢得和保住合同有什么帮助？'),
    } },
  // Role-wide pains, any industry
  { id: 'exec_growth', name: t('Growth target at risk', '增长目标有压力'), industries: ['*'], roles: ['executive'],
    questions: {
      situation: t('What are the two or three priorities {company} has set for this year?', '{company}今年定下的两三个重点目标是什么？'),
      problem: t('Which of them is most at risk right now, and why?', '其中哪一个现在风险最大？原因是什么？'),
      implication: t('If that target slips, what does it mean for the board, the team and the next funding or budget round?', '如果这个目标落空，对董事会、团队以及下一轮融资或预算意味着什么？'),
      needPayoff: t('If you could put that priority back on track within a quarter, what would that be worth to you?', '如果一个季度内能让这个目标重回正轨，对您来说价值多大？'),
    } },
  { id: 'ops_efficiency', name: t('Process efficiency', '流程效率'), industries: ['*'], roles: ['operations'],
    questions: {
      situation: t('Walk me through how work moves from order to delivery at {company} today.', '能给我讲讲{company}从接单到交付，现在的流程是怎样的吗？'),
      problem: t('Where in that flow do things wait, get re-keyed or fall through the cracks?', '这个流程里哪些环节会等待、重复录入或者出现遗漏？'),
      implication: t('What do those hand-offs cost in overtime, errors and unhappy customers?', '这些交接环节在加班、差错和客户不满上造成了多大代价？'),
      needPayoff: t('If those steps ran without manual hand-offs, what would you be able to promise customers?', '如果这些环节不再需要手工交接，您能向客户做出哪些新的承诺？'),
    } },
  { id: 'finance_cost', name: t('Cost visibility and cash', '成本透明与现金流'), industries: ['*'], roles: ['finance'],
    questions: {
      situation: t('How do you see the cost of running this area of the business today?', '目前您是怎么掌握这块业务的运营成本的？'),
      problem: t('Which costs in this area are hardest to predict or control?', '这块业务里哪些成本最难预测或控制？'),
      implication: t('What does that uncertainty do to your forecast and your cash position?', '这种不确定性对财务预测和现金状况有什么影响？'),
      needPayoff: t('If those costs became predictable and a fifth lower, how would that change your plan?', '如果这些成本变得可预测，而且降低两成，您的计划会有什么变化？'),
    } },
  { id: 'it_integration', name: t('System sprawl and integration', '系统分散、集成困难'), industries: ['*'], roles: ['it'],
    questions: {
      situation: t('Which systems would this touch at {company}, and how do they exchange data today?', '这件事在{company}会涉及哪些系统？它们现在是怎么交换数据的？'),
      problem: t('Where do integrations break or need manual fixes?', '哪些集成经常出问题，需要手工修补？'),
      implication: t('How much of your team’s roadmap is eaten by keeping those integrations alive?', '维护这些集成占用了团队多少原本用于规划项目的时间？'),
      needPayoff: t('If integration were standard and supported, which projects could your team finally start?', '如果集成是标准化、有人支持的，团队终于可以启动哪些项目？'),
    } },
  { id: 'sales_pipeline', name: t('Pipeline predictability', '销售管道难以预测'), industries: ['*'], roles: ['sales'],
    questions: {
      situation: t('How does your team build the forecast each week today?', '目前团队每周的销售预测是怎么做出来的？'),
      problem: t('How often do deals slip from the quarter they were committed in?', '承诺在本季度签下的单子，有多常被推迟？'),
      implication: t('What does a slipped quarter do to hiring, targets and your credibility with leadership?', '一个季度没完成，对招聘、目标以及您在管理层那里的信誉有什么影响？'),
      needPayoff: t('If the forecast were right within 5%, what decisions could you make earlier?', '如果预测误差能控制在 5% 以内，哪些决策可以提前做？'),
    } },
  { id: 'hr_retention', name: t('Hiring and retention', '招聘与留人'), industries: ['*'], roles: ['hr'],
    questions: {
      situation: t('How many people does {company} plan to hire this year, and how do you onboard them today?', '{company}今年计划招多少人？目前新人入职是怎么安排的？'),
      problem: t('Where do new hires struggle most in their first three months?', '新员工在头三个月里最难适应的是什么？'),
      implication: t('What does losing a new hire in the first year cost, once you count recruiting and lost output?', '把招聘费用和产出损失算上，一个新人在第一年离职的代价是多少？'),
      needPayoff: t('If new hires became productive a month sooner, what would that mean for your plan?', '如果新员工能提前一个月上手，对您的计划意味着什么？'),
    } },
  { id: 'procurement_spend', name: t('Supplier spend and risk', '供应商支出与风险'), industries: ['*'], roles: ['procurement'],
    questions: {
      situation: t('How do you choose and review suppliers for this category today?', '目前这个品类的供应商是怎么选择和评估的？'),
      problem: t('Where do you see price creep, late deliveries or single-supplier risk?', '您在哪些地方看到了价格悄悄上涨、交付延迟或者单一供应商风险？'),
      implication: t('What would a supplier failure in this category cost {company}?', '如果这个品类的供应商出问题，{company}会损失多少？'),
      needPayoff: t('If you had a second qualified source and clear price benchmarks, how would your negotiations change?', '如果有第二家合格供应商和清晰的价格基准，您的谈判会有什么不同？'),
    } },
];

/**
 * What a deal or a thread is about, by pain: "Cold Chain Sensors", "冷库温控升级项目", "Q3 shift rota",
 * "庫存補貨系統". A subject that names a pain the playbook has leads the SPIN questions with it, whatever
 * the role's usual order (a head of quality buying cold-chain sensors is asked about quality and
 * temperature in transit, not production scheduling).
 */
const SUBJECTS: Record<string, readonly string[]> = {
  manual_scheduling: ['production scheduling', 'production planning', 'scheduling', '排产', '排產', '排程', '生产计划', '生產計劃'],
  quality_defects: ['quality', 'defect', 'rework', 'scrap', 'yield', 'qms', 'inspection', 'gmp', 'cold chain', 'temperature', 'deviation', '质量', '質量', '品质', '品質', '缺陷', '返工', '良率', '质检', '質檢', '冷链', '冷鏈', '温控', '溫控', '温度', '溫度'],
  churn_visibility: ['churn', 'renewal rate', 'retention', 'nrr', 'customer success', '流失', '续费率', '續費率', '续约率', '續約率'],
  release_velocity: ['release', 'deployment', 'ci/cd', 'devops', 'pipeline automation', '发布', '發佈', '發布', '部署', '迭代'],
  stock_accuracy: ['inventory', 'stock level', 'stocktake', 'stock-out', 'overstock', 'replenishment', '库存', '庫存', '缺货', '缺貨', '积压', '積壓', '补货', '補貨'],
  member_retention: ['loyalty', 'membership', 'repeat purchase', 'member', '会员', '會員', '复购', '復購', '回购', '回購'],
  patient_scheduling: ['appointment', 'no-show', 'patient booking', 'booking', '预约', '預約', '爽约', '爽約', '挂号', '掛號'],
  compliance_records: ['compliance', 'audit', 'regulatory', 'records', 'emr', 'ehr', '合规', '合規', '审计', '審計', '病历', '病歷', '监管', '監管'],
  manual_reconciliation: ['reconciliation', 'month-end', 'month end close', '对账', '對賬', '對帳', '结账', '結賬'],
  risk_onboarding: ['kyc', 'onboarding', 'aml', 'account opening', '开户', '開戶', '尽调', '盡調'],
  shipment_visibility: ['tracking', 'track and trace', 'telematics', 'gps', 'in transit', 'visibility', 'cold chain', 'temperature', 'sensor', 'fleet', '在途', '追踪', '追蹤', '冷链', '冷鏈', '温控', '溫控', '可视化', '可視化', '车队', '車隊', '传感器', '傳感器'],
  freight_cost: ['freight', 'shipping cost', 'carrier', 'transport cost', '运费', '運費', '物流成本', '承运', '承運'],
  enrolment_funnel: ['enrolment', 'enrollment', 'admissions', 'student recruitment', '招生', '报名', '報名'],
  teacher_workload: ['teacher', 'faculty', 'staff admin', '教师', '教師', '教务', '教務'],
  leasing_cycle: ['leasing', 'vacancy', 'tenant', 'letting', '招租', '空置', '租户', '租戶'],
  facility_maintenance: ['planned maintenance', 'preventive maintenance', 'maintenance backlog', 'work order', 'facility management', 'facilities management', 'cmms', '维修', '維修', '工单', '工單', '报修', '報修'],
  food_waste: ['food waste', 'waste', 'food prep', 'menu planning', '食材', '浪费', '浪費', '备料', '備料', '损耗', '損耗'],
  staff_scheduling: ['shift', 'rota', 'roster', 'staffing', 'workforce scheduling', '排班', '班表', '轮班', '輪班'],
  asset_downtime: ['downtime', 'predictive maintenance', 'uptime', 'oee', 'condition monitoring', '停机', '停機', '设备故障', '設備故障', '预测性维护', '預測性維護'],
  energy_cost: ['energy', 'emissions', 'carbon', 'esg', 'utility bill', '能耗', '碳排', '节能', '節能', '双碳', '雙碳'],
  exec_growth: ['growth', 'market expansion', 'new market', '增长', '增長', '扩张', '擴張'],
  ops_efficiency: ['process', 'workflow', 'efficiency', 'automation', '流程', '效率', '自动化', '自動化'],
  finance_cost: ['cost', 'cash flow', 'budgeting', 'spend visibility', '成本', '现金流', '現金流', '预算', '預算'],
  it_integration: ['integration', 'api', 'erp', 'migration', 'data platform', '集成', '对接', '對接', '迁移', '遷移'],
  sales_pipeline: ['pipeline', 'forecast', 'sales process', '销售预测', '銷售預測', '商机管理', '商機管理'],
  hr_retention: ['hiring', 'retention', 'recruiting', 'attrition', 'talent', '招聘', '留人', '离职', '離職'],
  procurement_spend: ['supplier', 'sourcing', 'procurement', 'spend', 'vendor management', '供应商', '供應商', '寻源', '尋源', '采购成本', '採購成本'],
};
for (const pain of pains) {
  const subjects = SUBJECTS[pain.id];
  if (subjects) pain.subjects = subjects;
}

export const ROLE_IDS = ALL_ROLES;

/**
 * A follow-up's one question when nothing we know fits a SPIN question to them (no industry, no pain on record,
 * a subject naming none): plain and short, about the step the deal is at (DOMAIN §3–4), never a confident one about
 * a board or a funding round put to a bakery. By what is on the table, else by the stage.
 */
export const plainQuestions = {
  early: t('Is this worth a short call in the next few weeks, or is it not a priority for you right now?', '这件事值得我们找时间简单聊一聊吗？还是目前对您来说不是重点？'),
  discover: t('Before I put a proposal together, is there anything else I should understand about how you work today?', '在我整理方案之前，您这边还有什么情况需要我先了解的吗？'),
  demo: t('What would help you most as a next step: a written proposal, a trial, or a short call with the others involved?', '下一步怎么安排对您最有帮助：我们出一份书面方案、安排试用，还是和其他相关同事一起简单通个电话？'),
  proposal: t('Does the proposal cover what you need, or is anything still open on your side?', '这份方案能满足您的需要吗？您这边还有什么没解决的问题吗？'),
  present: t('Is anything still open on your side, or shall we agree on the next step?', '您这边还有什么没解决的问题吗？如果没有，我们就把下一步定下来？'),
  quote: t('Does the quote work for you as it stands, or is there anything you would like us to change?', '这份报价您看可以吗？还是有哪些地方需要我们调整？'),
  negotiate: t('Is anything still open on the terms, or anything I can do to help move it forward?', '条款方面还有什么没谈妥的吗？有什么需要我这边配合推进的？'),
  contract: t('Is anything still holding up the signature on your side, or a clause I can explain?', '合同签署在您这边还有什么卡住的地方吗？有需要我解释的条款吗？'),
  customer: t('How is it going so far, and is there anything we should change?', '目前用下来怎么样？有没有需要我们改进的地方？'),
};
