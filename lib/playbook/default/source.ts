import { type Bi, t } from './bilingual';
import { industries, pains, plainQuestions, roles } from './spin-source';
import { DEFAULT_CRM_STAGES } from '../crm-stages';

/** The default playbook in its authoring form (English + Simplified Chinese), from DOMAIN.md. */
export const source = {
  format: 'sop-copilot-playbook',
  version: 1,
  name: t('Default B2B sales playbook', '默认 B2B 销售手册'),
  stages: [
    { id: 'prospect', name: t('Prospecting', '客户开发'),
      goal: t('Find people who may need what we sell and open a conversation.', '找到可能需要我们产品的人，并开始接触。'),
      keyTasks: [
        t('Search where buyers look: industry platforms, company-data sites, LinkedIn, the words they type ("ERP selection for manufacturers").', '在买家会去的地方找人：行业平台、企查查等企业信息网站、领英，以及他们真实会搜的关键词（如“制造业 ERP 选型”）。'),
        t('At trade shows, arrive with a list and a one-minute opening question about a pain.', '参加展会前先准备好名单，开场用一分钟的痛点问题。'),
        t('Ask customers and partners for referrals; offer an incentive.', '请老客户和互补的合作伙伴转介绍，并给予激励。'),
        t('Re-activate dormant leads with a concrete offer.', '用具体的优惠唤醒沉睡线索。'),
      ],
      exitCriteria: [
        { id: 'source_recorded', text: t('Contact recorded with its source', '已记录联系人及其来源') },
        { id: 'first_touch', text: t('First touch made', '已完成首次接触') },
      ],
      record: [t('Source (channel, event, referrer)', '来源（渠道、活动、转介绍人）'), t('Date and channel of the first touch', '首次接触的日期和渠道')],
      example: t('Met a plant manager at a trade show; opened with "How do rush orders affect your schedule?"; logged the card with source "Expo 2024" and sent a connection note the same evening.', '在展会上认识一位厂长，用“插单对你们排产影响大吗？”开场；当晚录入名片，来源记为“2024 展会”，并发出领英邀请。') },
    { id: 'qualify', name: t('Qualification', '线索筛选'),
      goal: t('Decide whether the lead is worth pursuing and how hard: score BANT and assign a tier.', '判断线索值不值得跟、花多大力气跟：用 BANT 打分并分级。'),
      keyTasks: [
        t('Find out budget, authority, need and timeline, in the order the playbook weights them.', '按手册设定的权重顺序，弄清预算、决策权、需求和时间。'),
        t('Assign tier A, B or C and the matching cadence.', '定级 A、B 或 C，并采用对应的跟进节奏。'),
        t('Retire leads whose need does not match, or that stay silent after three touches.', '需求不匹配、或连续三次跟进无回应的线索，予以关闭。'),
      ],
      exitCriteria: [
        { id: 'bant_scored', text: t('BANT facts recorded', '已记录 BANT 信息') },
        { id: 'tier_assigned', text: t('Tier A, B or C assigned, or the lead retired', '已定级 A/B/C，或已关闭线索') },
      ],
      record: [t('Budget range and who holds it', '预算范围及预算归属'), t('Decision maker and influencers', '决策人与影响者'), t('Purchase timeline', '采购时间表')],
      example: t('A logistics director confirms the need and a Q3 go-live but says budget is not approved: tier B, weekly follow-up with industry data to help the budget case.', '一位物流总监确认了需求，希望三季度上线，但预算尚未批下来：定为 B 级，每周跟进，发送行业数据，帮助他争取预算。') },
    { id: 'discover', name: t('Discovery', '需求挖掘'),
      goal: t('Uncover the real need behind the stated one and get the customer to confirm it.', '挖出表面需求背后的真实需求，并让客户确认。'),
      keyTasks: [
        t('Ask SPIN questions that fit their industry and role, not a questionnaire.', '提出贴合对方行业和岗位的 SPIN 问题，不要像问卷。'),
        t('Look for the hidden need (e.g. "staff will resist a new system").', '寻找隐性需求（例如“员工会抵触新系统”）。'),
        t('Restate the need and ask them to confirm or add to it.', '复述需求，请对方确认或补充。'),
      ],
      exitCriteria: [
        { id: 'needs_recorded', text: t('Needs, specs, quantity, budget and delivery time recorded', '已记录需求、规格、数量、预算和交付时间') },
        { id: 'needs_confirmed', text: t('Customer confirmed the restated need', '客户已确认复述的需求') },
      ],
      record: [t('Stated and hidden needs', '表面需求与隐性需求'), t('Specs, quantity, budget, delivery time', '规格、数量、预算、交付时间')],
      example: t('"So your core need is to cut inventory cost and ship faster, correct? Anything else we should design for?" The customer adds: "and the warehouse team must not need retraining."', '“所以您的核心需求是降低库存成本、加快出货，对吗？还有什么需要我们考虑的？”客户补充：“还有，仓库团队不能再重新培训。”') },
    { id: 'present', name: t('Solution presentation', '方案呈现'),
      goal: t('Show, in the customer’s language, how the solution removes their pain and what it is worth.', '用客户的语言说明方案如何解决痛点、价值几何。'),
      keyTasks: [
        t('Make the pain visible with data (peers turn stock 6 times a year, you 4).', '用数据让痛点可见（同行库存周转 6 次/年，您是 4 次）。'),
        t('Demo the solution in their scenario; core modules first, extras after.', '在对方的场景里演示方案；先讲核心模块，再讲附加功能。'),
        t('Quantify the value (cost saved per year) and prepare answers on competitors and implementation time with a customer case.', '量化价值（每年节省多少），并用客户案例准备好竞品对比和实施周期的回答。'),
      ],
      exitCriteria: [{ id: 'fit_agreed', text: t('Customer agrees the solution fits', '客户认可方案契合需求') }],
      record: [t('Who attended and what resonated', '参会人及反响好的内容'), t('Open questions', '待解答的问题')],
      example: t('For a distributor: their slow-moving stock in a chart next to peers’, a ten-minute demo on their own SKUs, and "about 1.2 million a year in freed cash" on the last slide.', '面向一家分销商：把他们的滞销库存和同行放在一张图上对比，用他们自己的 SKU 做十分钟演示，最后一页写明“每年约释放 120 万现金”。') },
    { id: 'negotiate', name: t('Quote and negotiation', '报价与谈判'),
      goal: t('Agree terms that work for both sides without giving value away.', '达成双赢的条款，不白白让利。'),
      keyTasks: [
        t('Quote from needs, cost, market and their budget; anchor with the list price first.', '依据需求、成本、市场和对方预算报价；先报标准价作为锚点。'),
        t('Prefer non-price levers: extra training months, longer warranty, a free upgrade year for signing now.', '优先用非价格筹码：多送培训月、延长质保、现在签约送一年升级。'),
        t('Concede step by step and trade every concession for something (e.g. two referrals).', '逐步让步，每次让步都换回点什么（例如两个转介绍）。'),
      ],
      exitCriteria: [{ id: 'terms_agreed', text: t('Price and terms agreed', '价格与条款已谈妥') }],
      record: [t('Offers and concessions made, and what was traded for each', '每次报价、让步及换回的条件')],
      example: t('Instead of a 10% discount: list price, plus six extra months of training and a free upgrade year if signed this month, in exchange for a case study.', '不直接打九折：按标准价，本月签约则多送六个月培训和一年免费升级，换取对方同意做成功案例。') },
    { id: 'close', name: t('Contract', '合同签订'),
      goal: t('Turn agreement into a signed contract quickly, with terms that protect both sides.', '把共识快速变成签好的合同，条款对双方都有保障。'),
      keyTasks: [
        t('When buying signals appear, move at once with a ready template and a short list of key terms.', '一出现购买信号，立即拿出准备好的模板和关键条款清单。'),
        t('Make terms clear and measurable: acceptance standard, payment milestones, penalties.', '条款要清晰可衡量：验收标准、付款节点、违约责任。'),
        t('Get internal approval and archive the signed contract.', '完成内部审批，并归档已签合同。'),
      ],
      exitCriteria: [{ id: 'signed', text: t('Contract signed and archived', '合同已签署并归档') }],
      record: [t('Signed date, value, payment milestones', '签约日期、金额、付款节点')],
      example: t('"Accepted within 30 days of go-live when features match the proposal and no data is lost; 50% at signing, 30% at go-live, 20% at acceptance; 1% of the balance per day of delay caused by us."', '“上线后 30 天内，功能与方案一致且数据无丢失即视为验收；签约付 50%，上线付 30%，验收付 20%；因我方原因延误，每天按未付款的 1% 赔付。”') },
    { id: 'deliver', name: t('Delivery and tracking', '订单处理与跟踪'),
      goal: t('Deliver what was sold, on time, and keep the customer informed.', '按时交付所售内容，并让客户随时了解进展。'),
      keyTasks: [
        t('Hand the order to implementation with the needs and promises recorded.', '把订单连同记录的需求和承诺一起交给实施团队。'),
        t('Check status regularly and tell the customer ("phase 3 of deployment, tests next week").', '定期检查进度并告知客户（“部署第三阶段，下周测试”）。'),
        t('Train users and handle exceptions early.', '培训用户，及早处理异常。'),
      ],
      exitCriteria: [{ id: 'accepted', text: t('Delivered and accepted by the customer', '已交付并通过客户验收') }],
      record: [t('Milestones and their dates', '里程碑及日期'), t('Issues raised and how they were solved', '出现的问题及解决方式')],
      example: t('Weekly two-line update to the sponsor every Friday; a data-migration risk flagged two weeks ahead, with the fallback plan.', '每周五给项目发起人发两行进度简报；提前两周提示数据迁移风险，并附上备选方案。') },
    { id: 'retain', name: t('After-sales and growth', '售后服务与客户维护'),
      goal: t('Prove the value, keep the customer happy and grow the account.', '证明价值、让客户满意，并扩大合作。'),
      keyTasks: [
        t('Send periodic value reports ("efficiency up 22% in month one") and run a satisfaction survey.', '定期发送价值报告（“首月效率提升 22%”），并做满意度调查。'),
        t('Revisit A customers monthly and B customers quarterly.', 'A 级客户每月回访，B 级客户每季度回访。'),
        t('Handle complaints: respond within 24 h, workaround within 48 h, fix and call back within a week.', '处理投诉：24 小时内响应，48 小时内给出临时方案，一周内解决并回访。'),
        t('Upsell (basic to enterprise with a trade-in discount) and ask for referrals.', '推动升级（基础版换购企业版享折扣），并请求转介绍。'),
      ],
      exitCriteria: [{ id: 'loop', text: t('Ongoing: this stage loops', '持续进行：此阶段循环往复') }],
      record: [t('Value delivered, satisfaction score, complaints, upsell and referral opportunities', '已交付的价值、满意度、投诉、增购与转介绍机会')],
      example: t('Quarterly review with the COO: "orders shipped on time rose from 82% to 95%"; she introduces the sister plant’s manager.', '与运营副总做季度复盘：“准时发货率从 82% 提升到 95%”；她随后介绍了兄弟工厂的厂长。') },
  ],
  bant: {
    weighting: 'mature',
    weights: { young: { budget: 15, authority: 15, need: 35, timeline: 35 }, mature: { budget: 35, authority: 35, need: 15, timeline: 15 } },
    facts: {
      budget: { name: t('Budget', '预算'), question: t('Is there budget set aside for this, and roughly in what range?', '这件事有没有预留预算？大概在什么范围？') },
      authority: { name: t('Authority', '决策权'), question: t('Besides you, who else will be involved in deciding, and who signs?', '除了您，还有谁会参与决策？最后由谁签字？') },
      need: { name: t('Need', '需求'), question: t('What would have to change for this to be worth solving this year?', '要出现什么变化，才会让这件事值得在今年解决？') },
      timeline: { name: t('Timeline', '时间'), question: t('By when would you need this working, and what drives that date?', '您希望什么时候用起来？这个时间点是由什么决定的？') },
    },
    tierAWithinMonths: 3,
  },
  tiers: [
    { id: 'A', definition: t('Budget confirmed, decision maker engaged, purchase within 3 months.', '预算已确认，决策人已参与，3 个月内采购。'), cadence: { touches: 2, perDays: 7 }, cadenceLabel: t('Twice a week', '每周两次'), send: t('Proposal details and customer success cases.', '方案细节和客户成功案例。') },
    { id: 'B', definition: t('Need is clear, budget not yet confirmed.', '需求明确，预算尚未确认。'), cadence: { touches: 1, perDays: 7 }, cadenceLabel: t('Once a week', '每周一次'), send: t('Industry data that sharpens the pain and helps get the budget approved.', '行业数据，放大痛点，帮助对方争取预算审批。') },
    { id: 'C', definition: t('Early contact, need still vague.', '初步接触，需求尚不清晰。'), cadence: { touches: 1, perDays: 30 }, cadenceLabel: t('Once a month', '每月一次'), send: t('Industry trends and light content to nurture.', '行业趋势等轻量内容，持续培育。') },
  ],
  triggers: {
    promoteBToAOnBudget: true,
    retireAfterUnanswered: 3,
    dormantAfterDays: 90,
    // Said to the prospect in the re-open draft and named to the rep in the reason: an offer, not an instruction.
    reactivationOffer: t('a free assessment of the current process, valid this month', '本月内免费评估现有流程'),
  },
  spin: { industries, roles, pains, plainQuestions },
  objections: [
    { id: 'price', name: t('Too expensive', '价格太贵'),
      hiddenConcerns: [t('No budget: this year’s budget has no room for it.', '没预算：今年的预算里没有这笔钱。'), t('Unsure of the return.', '不确定回报。'), t('Comparing with a cheaper competitor.', '在和更便宜的竞品比较。')],
      clarifyingQuestion: t('Is it the budget limit, or are you unsure the results justify the price?', '是预算有限制，还是不确定效果值这个价？'),
      responses: [
        { trackId: 'price-phased-start', lever: 'non-price', text: t('We can start with the core module for one team and split payments; you expand once it has paid for itself.', '可以先给一个团队上核心模块，分期付款；见到回报后再扩展。'),
          forRenewal: t('We can fit the renewal to the seats and modules you actually use and spread the payments over the year; nothing you rely on is lost.', '续约可以按你们实际在用的账号和模块来配置，并把费用分摊到全年分期支付；你们日常依赖的功能一样不少。') },
        { trackId: 'price-roi', lever: 'proof', text: t('If it takes a fifth off the labour it touches, it pays for itself within about a year; shall we check that with your own figures?', '如果能把相关人工成本降低两成，大约一年就能回本；要不要用你们的实际数据算一算？'),
          withNumbers: t('At {amount} a year, it pays for itself once it saves about {monthly} a month; shall we check that against your own figures?', '一年 {amount}，每月省下约 {monthly} 就能回本；要不要用你们的实际数据核对一下？'),
          forRenewal: t('Before you decide, I will send you what it did for you this year, in your own numbers, so the renewal is weighed against results.', '在您决定之前，我先用你们自己的数据把今年的实际效果整理给您，续约的价格可以对照效果来看。') },
        { trackId: 'price-value-add', lever: 'non-price', text: t('Instead of a discount, we can add six months of training and a longer warranty at the same price.', '与其打折，不如同样价格下多送六个月培训并延长质保。'),
          forRenewal: t('Instead of a discount: renew for two years and we hold this year’s price, with refresher training for new staff included.', '与其打折，不如续约两年，我们维持今年的价格，并免费为新员工再做一次培训。') },
      ] },
    { id: 'budget', name: t('No budget', '没有预算'),
      hiddenConcerns: [t('Budget exists but is committed elsewhere.', '有预算，但已经分配给别的项目。'), t('The champion cannot make the case upward.', '内部支持者没法向上争取。')],
      clarifyingQuestion: t('Is it that no budget exists this year, or that it has not been approved for this yet?', '是今年确实没有预算，还是这件事还没走到预算审批？'),
      responses: [
        { trackId: 'budget-business-case', lever: 'process', text: t('I can put together a one-page business case with your numbers for the budget discussion.', '我可以用你们的数据做一页纸的投资分析，供预算讨论时使用。'),
          forRenewal: t('I can put this year’s results on one page for your finance team, to support the renewal.', '我可以把今年的使用效果整理成一页纸，供财务审批续约时参考。') },
        { trackId: 'budget-phased', lever: 'non-price', text: t('We could start a small pilot now from an operating budget and plan the rollout into next year’s budget.', '可以先用运营费用做个小试点，把全面推广排进明年的预算。'),
          forRenewal: t('We can fit the renewal to the seats and modules you actually use, so it stays within this year’s budget.', '续约可以按你们实际在用的账号和模块来配置，让费用控制在今年的预算内。') },
        { trackId: 'budget-trial', lever: 'non-price', text: t('A free trial period lets you show results before asking for the money.', '先免费试用一段时间，拿出效果后再申请预算。'),
          forRenewal: t('We can split the renewal into quarterly payments, so it does not need the whole amount at once.', '续约费用可以按季度分期支付，不用一次拿出全部金额。') },
      ] },
    { id: 'value', name: t('Not sure it pays off', '不确定效果'),
      hiddenConcerns: [t('They cannot see the return in their own numbers.', '在自己的数据里看不到回报。'), t('A past project failed to deliver.', '以前的项目没达到预期。')],
      clarifyingQuestion: t('Which result would you need to see to be confident: cost saved, time saved, or revenue?', '您需要看到哪种结果才放心：省钱、省时间，还是增加收入？'),
      responses: [
        { trackId: 'value-roi-calc', lever: 'proof', text: t('Let us do the arithmetic together with your numbers: the hours the team spends on this today, what an hour costs, and the share we take off. If the saving beats the yearly fee, it pays back within the year.', '我们用你们自己的数据一起算笔账：团队现在在这件事上花多少工时、每小时成本多少、我们能省掉几成。只要省下的钱超过年费，一年内就能回本。'),
          withNumbers: t('Let us do the arithmetic together: at {amount} a year, the saving has to pass {monthly} a month. With your team’s hours and cost per hour we can check that in ten minutes.', '我们一起算笔账：一年 {amount}，每月要省下 {monthly} 以上才划算。用你们团队的工时和每小时成本，十分钟就能核算清楚。') },
        { trackId: 'value-case', lever: 'proof', text: t('A company like yours saw efficiency rise 22% in the first month; I can connect you with them.', '一家和你们类似的企业首月效率提升了 22%；我可以帮您联系他们。') },
        { trackId: 'value-pilot-metric', lever: 'process', text: t('We can agree one success metric for a short pilot, and you decide on the numbers.', '可以为短期试点约定一个成功指标，看数据再做决定。') },
      ] },
    { id: 'competitor', name: t('A competitor is cheaper or better', '竞品更便宜或更好'),
      hiddenConcerns: [t('Price anchoring for a better deal.', '拿竞品压价。'), t('A real gap in a feature that matters to them.', '在他们在意的功能上确实有差距。')],
      clarifyingQuestion: t('If you could change one thing about how it works today, what would it be?', '如果现在这套能改一处，您最想改哪里？'),
      responses: [
        // (no claim about their tool that nobody checked: the rep fills in a difference they know holds)
        { trackId: 'competitor-differentiator', lever: 'proof', text: t('That makes sense; a team that knows its tool well has a good reason to stay. Where we tend to differ is [one difference you have checked that matters to them].', '理解，团队用熟了的系统，换起来确实要有充分的理由。我们不一样的地方主要在于[一处您核实过、对方也在意的区别]。'),
          withName: t('That makes sense; a team that knows {name} well has a good reason to stay. Where we tend to differ from {name} is [one difference you have checked that matters to them].', '理解，团队用熟了{name}，换起来确实要有充分的理由。我们和{name}不一样的地方主要在于[一处您核实过、对方也在意的区别]。') },
        { trackId: 'competitor-tco', lever: 'proof', text: t('Could you tell me what their quote covers: implementation, training, support? Then we can compare the three-year cost like for like, not just the licence.', '方便说一下对方报价里都包含哪些吗：实施、培训、售后？这样我们可以按同样的范围比三年总成本，而不只是比软件费。'),
          withName: t('Could you tell me what the {name} quote covers: implementation, training, support? Then we can compare the three-year cost like for like, not just the licence.', '方便说一下{name}的报价里都包含哪些吗：实施、培训、售后？这样我们可以按同样的范围比三年总成本，而不只是比软件费。') },
        { trackId: 'competitor-reference', lever: 'proof', text: t('One of our customers switched from them last year; would a call with them help?', '我们有位客户去年从他们那里换过来；和他们聊聊会有帮助吗？'),
          // (no claim that someone switched from the tool they named: the rep looks for one)
          withName: t('If it helps, I can look for a customer of ours who moved from {name} and set up a call with them.', '如果有帮助，我可以找一位从{name}换过来的客户，安排你们聊聊。') },
      ] },
    { id: 'status_quo', name: t('What we have works', '现状够用'),
      hiddenConcerns: [t('Fear of change and retraining.', '害怕变化和重新培训。'), t('They have not measured what the current way costs.', '没算过现有方式的成本。')],
      clarifyingQuestion: t('What does the current way cost you in hours each month, roughly?', '现在这种方式每个月大概要花多少工时？'),
      responses: [
        { trackId: 'status-quo-hidden-cost', lever: 'proof', text: t('Spreadsheets work until two people edit them at once; teams like yours lose about a day a week to re-keying.', '表格在两个人同时改之前都好用；和你们类似的团队每周大约有一天花在重复录入上。') },
        { trackId: 'status-quo-keep-excel', lever: 'non-price', text: t('You can keep Excel: we import it as is and people work the way they do now.', '可以继续用 Excel：我们原样导入，大家照现在的方式工作。') },
      ] },
    { id: 'timing', name: t('Not now', '时机不对'),
      hiddenConcerns: [t('Other priorities this quarter.', '本季度有更优先的事。'), t('A polite no.', '委婉的拒绝。')],
      clarifyingQuestion: t('Is it that this quarter is full, or that the problem is not a priority yet?', '是这个季度排满了，还是这个问题暂时还不算重点？'),
      responses: [
        { trackId: 'timing-cost-of-waiting', lever: 'proof', text: t('Every month of waiting costs about the same as the first month’s fee; starting small now keeps that cost down.', '每拖一个月的损失，差不多等于第一个月的费用；现在小范围开始能把损失降下来。') },
        { trackId: 'timing-plan-ahead', lever: 'process', text: t('Let us set a date next quarter now and I will send the prep list so you are ready to go.', '我们现在就把下季度的时间定下来，我先把准备清单发给您。') },
        { trackId: 'timing-signing-incentive', lever: 'non-price', text: t('If you sign this quarter and start next, the free upgrade year still applies.', '本季度签约、下季度启动，依然可以享受一年免费升级。') },
      ] },
    { id: 'authority', name: t('Needs the boss to decide', '需要领导拍板'),
      hiddenConcerns: [t('They are not the decision maker.', '对方不是决策人。'), t('They are not convinced enough to champion it.', '自己还没被说服，不愿去推动。')],
      clarifyingQuestion: t('What will your boss want to see to say yes, and would it help if I joined that conversation?', '领导拍板时最关心什么？如果我一起参加沟通，会有帮助吗？'),
      responses: [
        { trackId: 'authority-champion-kit', lever: 'process', text: t('I will send a one-page summary with the cost, the return and a customer case that you can forward as is.', '我发您一页纸的摘要，包含费用、回报和客户案例，您可以直接转给领导。') },
        { trackId: 'authority-joint-meeting', lever: 'process', text: t('Could we book 20 minutes with your boss together? I will keep it to the numbers.', '能否一起约领导 20 分钟？我只讲关键数据。') },
      ] },
    { id: 'need', name: t('No need', '没有需求'),
      hiddenConcerns: [t('They do not see the problem yet.', '还没意识到问题。'), t('Our offer truly does not fit.', '我们的产品确实不适合。')],
      clarifyingQuestion: t('Is that because this problem does not come up at all, or because it is handled well enough today?', '是这个问题根本不存在，还是现在已经处理得够好了？'),
      responses: [
        { trackId: 'need-insight', lever: 'proof', text: t('Fair enough. Peers in your industry found the problem only when they measured it; may I share two numbers?', '理解。同行业的企业也是量化之后才发现问题的；我可以分享两个数据吗？') },
        { trackId: 'need-retire-gracefully', lever: 'process', text: t('Thanks for being clear. I will check back in six months in case things change.', '谢谢您直说。我半年后再联系您，看看情况是否有变化。') },
      ] },
    { id: 'trust', name: t('Worried it will fail', '担心失败、缺乏信任'),
      hiddenConcerns: [t('A failed go-live would hurt them personally.', '上线失败会影响他本人。'), t('Staff will resist the new system.', '员工会抵触新系统。')],
      clarifyingQuestion: t('What would a failed go-live look like for you: data loss, staff pushback, or downtime?', '对您来说，上线失败最可能是什么情况：数据丢失、员工抵触，还是停工？'),
      responses: [
        { trackId: 'trust-reference', lever: 'proof', text: t('Talk to two customers of your size who went live this year; I will set up the calls.', '和两家今年刚上线、规模相近的客户聊聊；我来安排。') },
        { trackId: 'trust-guarantee', lever: 'non-price', text: t('We write acceptance into the contract: you pay the last 20% only when it works as proposed.', '我们把验收写进合同：按方案跑通后，您再付最后 20%。') },
        { trackId: 'trust-change-plan', lever: 'process', text: t('We train a few key users first; they bring the rest of the team along.', '先培训几位关键用户，再由他们带动整个团队。') },
      ] },
    { id: 'fit', name: t('Does not fit our systems', '与现有系统不兼容'),
      hiddenConcerns: [t('IT was not involved and fears extra work.', 'IT 没参与，担心增加工作量。'), t('A specific integration really is missing.', '某个集成确实缺失。')],
      clarifyingQuestion: t('Which system does it need to work with, and what data has to flow between them?', '需要和哪个系统对接？之间要传哪些数据？'),
      responses: [
        { trackId: 'fit-integration-proof', lever: 'proof', text: t('We connect to that system through its standard interface; I can show a live example with your IT team.', '我们通过标准接口对接该系统；可以和贵司 IT 一起看一个实际案例。'),
          // (the system they named, and no claim about it nobody checked: the rep fills in how it connects)
          withName: t('How we connect to {name} is the first thing to settle: [how it connects, checked with our implementation team]. I can show a live example with your IT team.', '和{name}怎么对接，是首先要讲清楚的：[具体对接方式，先和实施团队核实]。可以和贵司 IT 一起看一个实际案例。') },
        { trackId: 'fit-technical-session', lever: 'process', text: t('Let us hold a one-hour technical session with your IT lead to map the data flows before anything else.', '先和贵司 IT 负责人开一小时技术会，把数据流梳理清楚。'),
          withName: t('Let us hold a one-hour technical session with your IT lead to map the data flows between {name} and us before anything else.', '先和贵司 IT 负责人开一小时技术会，把{name}和我们之间的数据流梳理清楚。') },
      ] },
    { id: 'contract', name: t('Contract terms do not work', '合同条款有异议'),
      hiddenConcerns: [t('Cash flow: the payment schedule is too front-loaded.', '现金流压力：付款太集中在前期。'), t('Legal fears open-ended liability.', '法务担心责任没有上限。')],
      clarifyingQuestion: t('Which clause is the sticking point: the payment schedule, acceptance, or liability?', '卡在哪一条：付款安排、验收标准，还是责任条款？'),
      responses: [
        { trackId: 'contract-milestones', lever: 'non-price', text: t('We can move to milestones: 50% at signing, 30% at go-live, 20% at acceptance.', '可以改为按节点付款：签约 50%，上线 30%，验收 20%。'),
          // (their own payment terms named, net 90 or 月结90天: answered as those terms, not with milestones they did not ask for)
          withName: t('On the payment terms ({name}): [what our finance team can accept: {name}, or for example 60 days with part paid at signing]. Once agreed, I will put it in the contract.', '关于付款条件（{name}）：[我方财务能接受的方案：{name}，或者例如签约时先付一部分、其余 60 天内付清]。谈妥后我会写进合同。') },
        { trackId: 'contract-clear-acceptance', lever: 'process', text: t('Let us write acceptance as a measurable test so both sides know when it is done.', '把验收写成可衡量的标准，双方都清楚什么时候算完成。') },
        { trackId: 'contract-liability-cap', lever: 'process', text: t('A liability cap at the contract value is standard; I will ask our legal team to propose the wording.', '责任上限按合同金额是通行做法；我请法务提供具体措辞。') },
      ] },
    { id: 'brush_off', name: t('Just send me some material', '先发资料看看'),
      hiddenConcerns: [t('Not interested yet and ending the call politely.', '暂时没兴趣，礼貌地结束对话。'), t('Interested but busy.', '有兴趣但很忙。')],
      clarifyingQuestion: t('Happy to. So I send the right thing: is it cost, results or how it works that you want to look at first?', '好的。为了发对资料：您最想先看费用、效果，还是具体怎么用？'),
      responses: [
        { trackId: 'brush-off-targeted', lever: 'process', text: t('I will send one two-page case from your industry, not a brochure, and call Thursday to hear what you think.', '我发一份两页纸的同行业案例，而不是宣传册，周四给您打电话听听您的想法。') },
        { trackId: 'brush-off-micro-commitment', lever: 'process', text: t('Could we take 15 minutes next week so I can walk you through the part that matters to you?', '下周能否给我 15 分钟，我只讲和您相关的部分？') },
      ] },
  ],
  buyingSignals: [
    { id: 'contract_process', name: t('Asks how signing works', '询问签约流程'), action: t('Move to contract now: send the template and the key terms today.', '立即推进签约：今天就发出合同模板和关键条款。') },
    { id: 'delivery_time', name: t('Asks about delivery or start date', '询问交付或启动时间'), action: t('Confirm a start date and send the contract with it.', '确认启动日期，并连同合同一起发出。') },
    { id: 'invoice', name: t('Asks about invoices or payment details', '询问发票或付款细节'), action: t('Answer precisely and send the contract for signature.', '准确答复，并发出合同请对方签署。') },
    { id: 'terms_change', name: t('Asks to change a detail (instalments, longer term)', '要求调整细节（分期、延长服务期）'), action: t('Agree what you can, trade the rest, and move to contract.', '能答应的答应，其余的交换条件，然后推进签约。') },
    { id: 'reconfirm', name: t('Re-confirms a detail ("will it really…")', '反复确认细节（“真的能……吗”）'), action: t('Reassure with proof, then ask for the signature.', '用证据打消顾虑，然后请求签约。') },
  ],
  contractChecklist: [
    { id: 'payment_milestones', text: t('Payment milestones (e.g. 50% signing, 30% go-live, 20% acceptance)', '付款节点（如签约 50%、上线 30%、验收 20%）') },
    { id: 'acceptance_standard', text: t('Measurable acceptance standard (e.g. within 30 days of go-live, features match, no data lost)', '可衡量的验收标准（如上线后 30 天内，功能一致、数据无丢失）') },
    { id: 'penalty_clause', text: t('Penalty clause (e.g. 1% of the balance per day of delay caused by us)', '违约条款（如因我方延误，每天按未付款 1% 赔付）') },
    { id: 'internal_approval', text: t('Internal approval obtained', '已完成内部审批') },
    { id: 'archived', text: t('Signed contract archived', '已签合同已归档') },
  ],
  afterSales: {
    revisitDays: { A: 30, B: 90 },
    complaint: { respondHours: 24, workaroundHours: 48, fixDays: 7 },
    notes: [
      t('Send a value report each quarter with one number the sponsor cares about.', '每季度发一份价值报告，突出发起人最关心的一个数字。'),
      t('After a resolved complaint, consider a goodwill gesture.', '投诉解决后，可考虑给予一些补偿以示诚意。'),
      t('Ask happy customers for referrals and a case study; thank them with an event invitation.', '请满意的客户转介绍、做案例，并邀请他们参加客户答谢活动。'),
    ],
  },
  drafts: [
    { id: 'first-touch', stage: 'prospect',
      subject: t('{company} and {pain}', '关于{company}的{pain}'),
      body: t('Hi {firstName},\n\nI work with {industryNoun} on {pain}. A quick question: {question}\n\nIf it is useful, I can share what similar teams changed and what it saved them.\n\nBest,\n{me}', '{firstName}您好，\n\n我一直在帮{industryNoun}解决{pain}的问题。想请教一个问题：{question}\n\n如果您感兴趣，我可以分享同类团队的做法和节省的成本。\n\n祝好，\n{me}') },
    // A first touch to someone the rep's notes say we met ("Met at Japan IT Week in Oct"): written as to someone met, where and when, not cold.
    { id: 'first-touch-met', stage: 'prospect',
      subject: t('Good to meet you', '很高兴认识您'),
      body: t('Hi {firstName},\n\nIt was good to meet you {metWhere}. Picking up where we left off, one question: {question}\n\nIf it is useful, I can share what similar teams changed and what it saved them, or we can continue in a short call.\n\nBest,\n{me}', '{firstName}您好，\n\n很高兴{metWhere}认识您。接着上次聊的，想请教一个问题：{question}\n\n如果您感兴趣，我可以分享同类团队的做法和节省的成本，也可以约个简短的电话接着聊。\n\n祝好，\n{me}') },
    { id: 'follow-up', 
      subject: t('Following up: {company}', '跟进：{company}'),
      body: t('Hi {firstName},\n\nFollowing up on our conversation about {pain}. {question}\n\nBest,\n{me}', '{firstName}您好，\n\n接着上次关于{pain}的沟通跟进一下。{question}\n\n祝好，\n{me}') },
    // A follow-up when no pain of theirs is on record: it claims no conversation that never took place.
    { id: 'follow-up-open',
      subject: t('Following up: {company}', '跟进：{company}'),
      body: t('Hi {firstName},\n\nFollowing up on my last message. {question}\n\nBest,\n{me}', '{firstName}您好，\n\n接着我上次的消息跟进一下。{question}\n\n祝好，\n{me}') },
    // Their last reply needed no answer ("ok that makes sense, thanks", 好的，收到): thanked, not followed up "on my last message".
    { id: 'follow-up-thanks',
      subject: t('Following up: {company}', '跟进：{company}'),
      body: t('Hi {firstName},\n\nThank you for your reply. {question}\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您的回复。{question}\n\n祝好，\n{me}') },
    // (a subject without a thread to reply to says what it is about: "Re: your concern" on a new email reads as a reply to nothing)
    { id: 'objection-reply',
      subject: t('About your concern', '关于您的顾虑'),
      body: t('Hi {firstName},\n\nThank you for being open about it. {response}\n\n{question}\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您坦诚相告。{response}\n\n{question}\n\n祝好，\n{me}') },
    // Their questions, each quoted whole with its own slot for the answer (the second and third come in {moreQuestions});
    // {question} is a discovery question, filled only while the deal is still in discovery.
    { id: 'answer-question',
      subject: t('About your question', '关于您的问题'),
      body: t('Hi {firstName},\n\nThank you for asking.\n\n“{theirQuestion}”\n[Your answer]{moreQuestions}\n\n{question}\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您的提问。\n\n“{theirQuestion}”\n[你的回答]{moreQuestions}\n\n{question}\n\n祝好，\n{me}') },
    // They ask who we are or how we got their details: a plain answer, the source, and an easy way out; no discovery question.
    { id: 'who-we-are',
      subject: t('Who I am', '简单介绍一下'),
      body: t('Hi {firstName},\n\nFair question, and sorry for not saying so straight away. [Who you are and what your company does, in one line.] I found your details on [where: their LinkedIn profile, the company website, an event list] and wrote because [why them].\n\nIf it is not relevant to you, just say so and I will not write again.\n\nBest,\n{me}', '{firstName}您好，\n\n抱歉，之前没先介绍清楚。[一句话说明您是谁、公司做什么]。您的联系方式是我在[哪里看到的：领英主页、公司官网、展会名录]上看到的，联系您是因为[为什么找对方]。\n\n如果这件事和您无关，直接告诉我就好，我不会再打扰您。\n\n祝好，\n{me}') },
    // A bad moment ("in a meeting, talk later", 在忙，晚点聊): a line that lets them go, and the day we try again.
    { id: 'busy-now',
      subject: t('Another time', '改天再聊'),
      body: t('Hi {firstName},\n\nNo problem, I will leave you to it. I will try you again on {until}.\n\nBest,\n{me}', '{firstName}您好，\n\n好的，您先忙，不打扰了。我{until}再联系您。\n\n祝好，\n{me}') },
    { id: 'snooze-ack',
      subject: t('Picking this up on {until}', '{until}再联系'),
      body: t('Hi {firstName},\n\nUnderstood, thank you. I will get back to you on {until}. If anything changes before then, just reply to this message.\n\nBest,\n{me}', '{firstName}您好，\n\n明白，谢谢！我会在{until}再联系您。在此之前如有变化，随时回复我就好。\n\n祝好，\n{me}') },
    // They promised to come back by a day: thanks, an open door for questions, and the day we will check in.
    { id: 'promise-ack',
      subject: t('Thank you', '谢谢'),
      body: t('Hi {firstName},\n\nThank you, that sounds good. If any questions come up while you look at it, just reply here and I will answer the same day. Otherwise I will check in on {until}.\n\nBest,\n{me}', '{firstName}您好，\n\n好的，谢谢！看的过程中有任何问题，直接回复我，我当天就答复您。如果没有，我{until}再跟您确认一下。\n\n祝好，\n{me}') },
    // Their promised answer has not come: a light nudge that makes answering easy.
    { id: 'promise-nudge',
      subject: t('Any thoughts so far?', '想听听您的看法'),
      body: t('Hi {firstName},\n\nYou mentioned you would come back to me on this. Have you had a chance to look at it? If it helps, I can take you and your team through it in 15 minutes, or answer open questions in writing.\n\nBest,\n{me}', '{firstName}您好，\n\n之前您提到看完会回复我，不知道现在有进展了吗？如果有帮助，我可以花 15 分钟给您和团队讲一遍，或者直接文字回答您的疑问。\n\n祝好，\n{me}') },
    { id: 'meeting-confirm',
      subject: t('Confirmed: {until}', '确认：{until}见'),
      body: t('Hi {firstName},\n\nThank you, confirmed for {until}{at}. I will send a short agenda beforehand; if anything changes, just let me know.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，{until}{at}见。会前我会发一份简短的议程；如有变化，随时告诉我。\n\n祝好，\n{me}') },
    // A meeting agreed with a question beside it: confirmed, and their question answered in the same note.
    { id: 'meeting-confirm-answer',
      subject: t('Confirmed: {until}', '确认：{until}见'),
      body: t('Hi {firstName},\n\nThank you, confirmed for {until}{at}.\n\nYou asked: “{theirQuestion}”\n[Your answer]\n\nI will send a short agenda beforehand; if anything changes, just let me know.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，{until}{at}见。\n\n您问到：“{theirQuestion}”\n[你的回答]\n\n会前我会发一份简短的议程；如有变化，随时告诉我。\n\n祝好，\n{me}') },
    // A day they agreed to or proposed, the invite ours to send: confirmed, and the invite goes now (their hour, or one we pick that day).
    { id: 'meeting-invite',
      subject: t('Invite: {until}{at}', '会议邀请：{until}{at}'),
      body: t('Hi {firstName},\n\nThank you, {until}{at} works for us. I am sending the calendar invite now, with the link to join.\n\nIf anything changes, just let me know.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，{until}{at}我们可以。会议邀请（含入会链接）我现在就发给您。\n\n如有变化，随时告诉我。\n\n祝好，\n{me}') },
    { id: 'meeting-invite-time',
      subject: t('Invite: {until}', '会议邀请：{until}'),
      body: t('Hi {firstName},\n\nThank you, {until} works for us. I am sending the calendar invite now for [time]; if another hour that day suits you better, just say.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，{until}我们可以。会议邀请我现在就发给您，时间定在[具体时间]；如果当天其他时间更方便，请告诉我。\n\n祝好，\n{me}') },
    // A meeting wanted and no day set: two times to choose from, the invite as soon as they pick one.
    { id: 'meeting-slots',
      subject: t('Two times to meet', '约个时间'),
      body: t('Hi {firstName},\n\nHappy to. Two times that would suit us:\n\n- [day and time]\n- [day and time]\n\nWhich works better for you? I will send the invite as soon as you pick one.\n\nBest,\n{me}', '{firstName}您好，\n\n好的。我们这边这两个时间都可以：\n\n- [日期和时间]\n- [日期和时间]\n\n您看哪个更方便？您选定后我马上发会议邀请。\n\n祝好，\n{me}') },
    { id: 'meeting-slots-from',
      subject: t('Two times to meet', '约个时间'),
      body: t('Hi {firstName},\n\nHappy to. Two times from {until} that would suit us:\n\n- [day and time]\n- [day and time]\n\nWhich works better for you? I will send the invite as soon as you pick one.\n\nBest,\n{me}', '{firstName}您好，\n\n好的。{until}起，我们这边这两个时间都可以：\n\n- [日期和时间]\n- [日期和时间]\n\n您看哪个更方便？您选定后我马上发会议邀请。\n\n祝好，\n{me}') },
    // A customer who chose someone else (or whom we lost) wants to talk again: glad to, two times, and what did not work out with
    // that choice, so the call is spent on it; no offer, no "why did you leave us".
    { id: 'come-back-meeting-slots',
      subject: t('Good to hear from you', '很高兴再次收到您的消息'),
      body: t('Hi {firstName},\n\nGood to hear from you again, and happy to talk. Two times that would suit us:\n\n- [day and time]\n- [day and time]\n\nWhich works better for you? So we can spend the time on what matters: what has not worked out with the option you chose, and what would need to be different this time?\n\nBest,\n{me}', '{firstName}您好，\n\n很高兴再次收到您的消息，很乐意再聊聊。我们这边这两个时间都可以：\n\n- [日期和时间]\n- [日期和时间]\n\n您看哪个更方便？为了把时间用在关键问题上，想先请教一下：现在用的方案主要是哪些地方不理想？这次您最希望有什么不同？\n\n祝好，\n{me}') },
    { id: 'come-back-meeting-slots-from',
      subject: t('Good to hear from you', '很高兴再次收到您的消息'),
      body: t('Hi {firstName},\n\nGood to hear from you again, and happy to talk. Two times from {until} that would suit us:\n\n- [day and time]\n- [day and time]\n\nWhich works better for you? So we can spend the time on what matters: what has not worked out with the option you chose, and what would need to be different this time?\n\nBest,\n{me}', '{firstName}您好，\n\n很高兴再次收到您的消息，很乐意再聊聊。{until}起，我们这边这两个时间都可以：\n\n- [日期和时间]\n- [日期和时间]\n\n您看哪个更方便？为了把时间用在关键问题上，想先请教一下：现在用的方案主要是哪些地方不理想？这次您最希望有什么不同？\n\n祝好，\n{me}') },
    // A referral: a first touch to the person they named, saying who referred us, and thanks to them (kept in copy).
    { id: 'referral',
      subject: t('{referrer} suggested I get in touch', '{referrer}推荐我联系您'),
      body: t('Hi {firstName},\n\n{referrer} suggested I get in touch with you, as this sits with you. {question}\n\nIf it is useful, I can share what similar teams changed and what it saved them. Would 20 minutes next week suit you?\n\n{referrerFirst}, thank you for the introduction.\n\nBest,\n{me}', '{firstName}您好，\n\n{referrer}建议我直接联系您，说这件事由您负责。{question}\n\n如果有帮助，我可以分享同类团队的做法和节省的成本。下周方便约 20 分钟聊聊吗？\n\n也谢谢{referrerFirst}的引荐。\n\n祝好，\n{me}') },
    // Someone brought in to sign off on the deal in hand: the offer and what they need to approve it, thanks to who brought them in; no discovery question.
    { id: 'referral-approver',
      subject: t('For your sign-off', '供您审批'),
      body: t('Hi {firstName},\n\n{referrerFirst}, thank you for the introduction.\n\nIn short: [the offer on the table, what it costs and what it returns]. I can send a breakdown of the cost over the whole term and the return we expect, or go through it with you in a short call.\n\nWhat do you need from us to approve it, and by when?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢{referrerFirst}的引荐。\n\n简要说明一下：[目前的方案、费用和预期回报]。我可以把整个合同期的费用明细和预期回报发给您，也可以约个简短的电话一起过一遍。\n\n请问审批还需要我们提供什么？大概什么时候需要？\n\n祝好，\n{me}') },
    // The person we wrote to has left and their successor is named: pick it up with them, no thanks to anyone.
    { id: 'referral-successor',
      subject: t('Picking up from {referrer}', '接续与{referrer}的沟通'),
      body: t('Hi {firstName},\n\nI had been working with {referrer} on this, and I understand you have taken it over. Happy to bring you up to speed in a short call. {question}\n\nWould 20 minutes next week suit you?\n\nBest,\n{me}', '{firstName}您好，\n\n之前我一直在和{referrer}沟通这件事，听说现在由您接手。方便的话，我可以用一个简短的电话把进展跟您同步一下。{question}\n\n下周方便约 20 分钟聊聊吗？\n\n祝好，\n{me}') },
    // Someone else on their side has left and our contact passed it on to their successor: named as it happened, the one who left and who told us.
    { id: 'referral-successor-passed',
      subject: t('Picking up from {referrer}', '接续与{referrer}的沟通'),
      body: t('Hi {firstName},\n\nI had been working with {referrer} on this, and {passedOnBy} let me know you have taken it over. Happy to bring you up to speed in a short call. {question}\n\nWould 20 minutes next week suit you?\n\nBest,\n{me}', '{firstName}您好，\n\n之前我一直在和{referrer}沟通这件事，{passedOnBy}告诉我现在由您接手。方便的话，我可以用一个简短的电话把进展跟您同步一下。{question}\n\n下周方便约 20 分钟聊聊吗？\n\n祝好，\n{me}') },
    // Away, with a colleague named for it meanwhile: written to the colleague, saying who sent us and when they are back; no thanks to someone on leave.
    { id: 'referral-away',
      subject: t('While {referrer} is away', '{referrer}外出期间'),
      body: t('Hi {firstName},\n\n{referrer} is out until {until} and suggested I contact you in the meantime. [Where things stand, and what you need from them]\n\nThank you for picking this up.\n\nBest,\n{me}', '{firstName}您好，\n\n{referrer}外出，{until}回来，让我这段时间先联系您。[目前的进展，以及需要您协助的事]\n\n麻烦您了，谢谢！\n\n祝好，\n{me}') },
    // Their purchasing process asks us to register on a supplier portal and submit there.
    { id: 'procurement-portal',
      subject: t('Registering on your supplier portal', '供应商平台注册'),
      body: t('Hi {firstName},\n\nThank you, understood. I am registering as a supplier on your portal now{portalStep}. If your team needs anything else for the registration (company documents, bank details, certificates), just let me know.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，明白了。我现在就在贵司的供应商平台注册{portalStep}。如果注册还需要其他材料（公司资质、银行信息、证书等），请随时告诉我。\n\n祝好，\n{me}') },
    // A request with a deadline ("please revise the quote, by Monday"): said back, and done by then.
    { id: 'request-deadline',
      subject: t('About your request', '关于您的要求'),
      body: t('Hi {firstName},\n\nThank you, noted: “{theirQuestion}” You will have it by {until}.\n\n[What you will send]\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，收到：“{theirQuestion}”最晚{until}发给您。\n\n[您要发送的内容]\n\n祝好，\n{me}') },
    // They chose another vendor or stopped the project: thanks, a request to hear what decided it, and the day we will check in.
    { id: 'decision-ack',
      subject: t('Thank you for letting me know', '谢谢您告知结果'),
      body: t('Hi {firstName},\n\nThank you for letting me know, and for the time you and your team gave this. If you are open to it, I would value a line on what decided it; it helps us get better.\n\nI wish you every success. May I check in around {until} to see where things stand?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您告诉我结果，也谢谢您和团队这段时间投入的精力。方便的话，想请您简单说说最后是哪一点促成了这个决定，这对我们改进很有帮助。\n\n祝一切顺利。{until}前后我再跟您联系，看看那时的情况，可以吗？\n\n祝好，\n{me}') },
    // Something they asked us to do, without a question mark (send, reissue, a chase, their condition): noted, and what we did.
    // A bare yes ("Sure", 👍, 好的) to something our last message offered to send: sent today, with an easy way to ask about it.
    { id: 'offer-send',
      subject: t('As promised', '按约发送'),
      body: t('Hi {firstName},\n\nGreat, thank you. As promised, here it is: [attach {offered}]\n\nIf anything in it is unclear, or you would like to go through it together, just reply here.\n\nBest,\n{me}', '{firstName}您好，\n\n好的，谢谢！按之前说的，附上[附件：{offered}]，请查收。\n\n有不清楚的地方，或者想一起过一遍，直接回复我就好。\n\n祝好，\n{me}') },
    // A bare yes to another thing we offered to do ("Want me to loop in our solutions engineer?"): done, or the day it will be.
    { id: 'offer-do',
      subject: t('On it', '马上安排'),
      body: t('Hi {firstName},\n\nGreat, thank you. [What you offered (“{offered}”): done, or the day it will be.]\n\nIf you need anything else from me meanwhile, just reply here.\n\nBest,\n{me}', '{firstName}您好，\n\n好的，谢谢！[您提出的事（“{offered}”）：已办好，或哪天办好]\n\n这期间有其他需要，直接回复我就好。\n\n祝好，\n{me}') },
    // A lone "?" (huh?, 什么意思？) to our pitch: what we do and why we wrote, in one plain line, and one easy question.
    { id: 'say-plainly',
      subject: t('In one line', '简单说一下'),
      body: t('Hi {firstName},\n\nSorry, I was not clear. In one line: [what you do and for whom, in plain words]. I wrote because [why them].\n\nWorth a 15-minute call, or not for you? Either answer is fine.\n\nBest,\n{me}', '{firstName}您好，\n\n抱歉，上次没说清楚。简单说：[一句话说明我们做什么、帮谁解决什么问题]。联系您是因为[为什么找您]。\n\n方便的话约 15 分钟聊聊？如果和您无关，直接告诉我也没关系。\n\n祝好，\n{me}') },
    { id: 'answer-request',
      subject: t('About your request', '关于您的要求'),
      body: t('Hi {firstName},\n\nThank you, noted: “{theirQuestion}”\n\n[What you have done, or what you will send and when]\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，收到：“{theirQuestion}”\n\n[您已办好的事，或将发送的内容和时间]\n\n祝好，\n{me}') },
    // Something we owe them, chased ("still waiting on the pricing", asked a second time): sorry for the wait, and it now.
    { id: 'answer-chase',
      subject: t('About your request', '关于您的要求'),
      body: t('Hi {firstName},\n\nSorry for the wait, and thank you for the reminder: “{theirQuestion}”\n\n[What you are sending now, attached, or the day it will be with them]\n\nBest,\n{me}', '{firstName}您好，\n\n抱歉让您久等了，也谢谢您的提醒：“{theirQuestion}”\n\n[现在发送的内容见附件，或者最晚哪天发给您]\n\n祝好，\n{me}') },
    // Their own number against ours: named back, what we can do, and something traded for any discount (DOMAIN.md § 2, stage 5).
    { id: 'counter-offer', stage: 'negotiate',
      subject: t('About your proposal', '关于您的方案'),
      body: t('Hi {firstName},\n\nThank you for coming back with an offer of your own: “{theirQuestion}”\n\n[Your answer to “{figure}”: what you can do, or the figure you can go to]\n\nIf we move on the price, we would ask for something in return, for example [a two-year term, payment up front, or a reference for another customer]. If that works for you, I will send the revised quote on those terms today.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您给出贵司的条件：“{theirQuestion}”\n\n[对“{figure}”的答复：我们能做到什么，或我们能给到的价格]\n\n如果价格上我们让一步，也希望贵司在其他条件上配合一下，比如[签两年、预付全款，或帮我们推荐一位客户]。您觉得可以的话，我今天就按这些条件把新报价发给您。\n\n祝好，\n{me}') },
    // A field of our invoice or quote to correct (tax rate, PO number, billing address): done, with no selling.
    { id: 'correction',
      subject: t('Corrected as requested', '已按要求更正'),
      body: t('Hi {firstName},\n\nThank you for catching it: “{theirQuestion}”\n\nThe corrected version is attached: [what was changed]. Sorry for the extra step.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您指出：“{theirQuestion}”\n\n更正后的版本在附件里：[改了哪些地方]。给您添麻烦了，抱歉。\n\n祝好，\n{me}') },
    // They have changed company: congratulations, who took over at the old one, and a conversation at the new one later.
    { id: 'moved-on',
      subject: t('Congratulations on the new role', '恭喜履新'),
      body: t('Hi {firstName},\n\nCongratulations on the new role, and thank you for letting me know: “{theirQuestion}”\n\nWho has taken over from you at {company}? I would like to keep them up to date on where we were.\n\nAnd once you have settled in, I would be glad to hear what is on your plate there. Would a short call in a few weeks suit you?\n\nBest,\n{me}', '{firstName}您好，\n\n恭喜履新，也谢谢您告诉我：“{theirQuestion}”\n\n想请教一下，{company}这边现在由哪位同事接手？我想把之前的进展跟对方同步一下。\n\n等您在新公司安顿下来，也很想听听您那边的新安排。过几周约个简短的电话，方便吗？\n\n祝好，\n{me}') },
    // The roll-out looks too long or too heavy for them: a phased start, and what it asks of their people.
    { id: 'effort-concern',
      subject: t('A faster, lighter start', '更快、更轻的上线方式'),
      body: t('Hi {firstName},\n\nThank you for saying it plainly: “{theirQuestion}”\n\nThe full roll-out is the longest path, and it does not have to come first. We can go live with one team or site in a few weeks and add the rest in phases, with our team doing the set-up and the data migration. [The phased plan: first go-live date, hours asked of their team per week]\n\nCould we go through that plan in 20 minutes this week?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您直接说出来：“{theirQuestion}”\n\n全面上线确实最耗时，但不必一步到位。我们可以先让一个团队或一个门店在几周内用起来，其余的分阶段推进，配置和数据迁移由我们的团队来做。[分阶段安排：首批上线日期，每周需要贵方投入的人力]\n\n这周能否约 20 分钟，一起把这个安排过一遍？\n\n祝好，\n{me}') },
    // A complaint about our own outreach (too many emails, their name wrong, a pushy tone): an apology, and fewer emails.
    { id: 'apology',
      subject: t('Sorry', '抱歉'),
      body: t('Hi {firstName},\n\nYou are right, and I am sorry: “{theirQuestion}”\n\nI will not write again before {until}. If you need anything sooner, just reply here.\n\nBest,\n{me}', '{firstName}您好，\n\n您说得对，非常抱歉：“{theirQuestion}”\n\n{until}之前我不会再打扰您。如果在那之前有需要，直接回复我就好。\n\n祝好，\n{me}') },
    // They passed it up to someone who was not in the conversation (their CFO, 老板): a one-page summary to forward as it is, and a short call with that person.
    { id: 'forwarded-up',
      subject: t('A one-page summary for your {whom}', '给{whom}的一页纸摘要'),
      body: t('Hi {firstName},\n\nThank you for passing it on to your {whom}. To make that easier, here is a one-page summary you can forward as it is:\n\n[Your problem in your own words · what it costs today · what we propose · the return, and by when · the next step]\n\nIf it would help, I am glad to join a short call with you and your {whom} to answer their questions directly. Would 20 minutes this week or next work?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您帮忙转给{whom}。为了方便您在内部沟通，我整理了一页纸摘要，可以直接转发：\n\n[贵司现在的问题 · 目前的代价 · 我们的方案 · 回报和见效时间 · 下一步]\n\n如果有帮助，我也很乐意跟您和{whom}一起通个简短的电话，直接回答对方关心的问题。这周或下周约 20 分钟，方便吗？\n\n祝好，\n{me}') },
    // They take it up to someone who decides on a day they named (their GM on Friday, 下周董事会): the one-pager before that day, and the day we check in after it.
    { id: 'forwarded-up-on',
      subject: t('A one-page summary for your {whom}', '给{whom}的一页纸摘要'),
      body: t('Hi {firstName},\n\nThank you for taking this to your {whom}. So you have it before then, here is a one-page summary you can present or forward as it is:\n\n[Your problem in your own words · what it costs today · what we propose · the return, and by when · the next step]\n\nIf questions come up that I can answer better myself, I am happy to join for ten minutes. Either way, I will check in with you on {until} to hear how it went.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您把这件事带给{whom}。为了方便您事先准备，我整理了一页纸摘要，可以直接拿去讲，也可以直接转发：\n\n[贵司现在的问题 · 目前的代价 · 我们的方案 · 回报和见效时间 · 下一步]\n\n如果有些问题由我来解释更清楚，我也可以抽十分钟一起参加。我{until}再跟您联系，听听讨论的结果。\n\n祝好，\n{me}') },
    // Their IT or security people review us before anything moves (a questionnaire, SOC 2, the DPA, 資安審查): what reviewers ask for, offered now, and what they need by when.
    // Their trial or pilot is hardly used: a short session to get one or two people going, and an extension; no push to buy.
    { id: 'adoption',
      subject: t('Getting your team started before the trial ends', '试用结束前，帮团队先用起来'),
      body: t('Hi {firstName},\n\nThank you for being straight with me; that is useful to know. A trial nobody had time for cannot tell you whether it fits, so let me make it easy: 30 minutes with one or two of your team to get [the first task they would use it for] running, and I will extend the trial so you can judge it on real use.\n\nWould [two times] suit?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您直说，这个情况对我很有用。大家没时间用，试用就看不出合不合适，所以想把这件事变简单：约 30 分钟，和团队里一两位同事一起把[他们最常用的那件事]跑起来；试用期我这边也可以延长，让您按真实使用情况来判断。\n\n[两个时间]您看哪个方便？\n\n祝好，\n{me}') },
    { id: 'security-review',
      subject: t('For your security review', '供贵司安全评估使用'),
      body: t('Hi {firstName},\n\nThanks for letting me know your security team reviews us first. To save your reviewers time, here is what they usually ask for, ready to send:\n\n[Our security pack: SOC 2 report, latest pen test summary, the standard questionnaire answered · our data processing agreement (DPA)]\n\nIf your team uses its own questionnaire, send it over and we will turn it around quickly. Our security lead is also happy to take your reviewers\' questions on a short call.\n\nWhat else will they need from us, and by when do they need it?\n\nBest,\n{me}', '{firstName}您好，\n\n了解，贵司要先做一轮安全审查。为了给负责审查的同事节省时间，他们通常会要的资料我们都已经准备好，随时可以发过去：\n\n[我们的安全资料包：SOC 2 报告、最近一次渗透测试摘要、填好的标准安全问卷 · 数据处理协议（DPA）]\n\n如果贵司有自己的问卷，直接发给我就行，我们会尽快填好交回。如有需要，我们的安全负责人也可以和审查同事通个电话，当面解答问题。\n\n想请问一下：审查那边还需要我们提供什么？最晚什么时候要？\n\n祝好，\n{me}') },
    // The rep's own note promised something by a day ("I'll send the revised quote Tuesday"): done, and said so.
    { id: 'own-promise',
      subject: t('As promised', '按约定发给您'),
      body: t('Hi {firstName},\n\nAs promised: [what you promised, attached or in a line or two].\n\nIf anything in it raises a question, just reply here. {question}\n\nBest,\n{me}', '{firstName}您好，\n\n按之前说好的，[您答应的内容：附件，或一两句说明]。\n\n看过之后有任何问题，直接回复我就好。{question}\n\n祝好，\n{me}') },
    // Our email bounced or lands in a mailbox nobody reads: to the company, asking who looks after it now.
    { id: 'bounced',
      subject: t('Who looks after this now?', '请问现在由哪位负责？'),
      body: t('Hello,\n\nI have been in touch with {referrer} at {company}, and my last email to them came back undelivered. Could you tell me who looks after this now, or pass this note on to them? I will keep it short.\n\nThank you,\n{me}', '您好，\n\n我之前一直在和{company}的{referrer}联系，但最近发给对方的邮件被退回了。请问现在这件事由哪位同事负责？或者麻烦帮我把这封邮件转给对方。谢谢！\n\n祝好，\n{me}') },
    // The person we wrote to has left and nobody is named to take over: to the company (or the address they gave), asking who has it now.
    { id: 'left-ask',
      subject: t('Who looks after this now?', '请问现在由哪位负责？'),
      body: t('Hello,\n\nI had been working with {referrer} at {company}, and I understand {referrerFirst} has left. Could you tell me who looks after this now, or pass this note on to them? I would be glad to bring them up to speed on where things stand in a short call.\n\nThank you,\n{me}', '您好，\n\n我之前一直在和{company}的{referrer}沟通合作的事，得知{referrerFirst}已经离职。请问现在由哪位同事负责？也麻烦帮我把这封邮件转给对方。方便的话，我可以约个简短的电话，把目前的进展跟对方同步一下。\n\n谢谢！\n\n祝好，\n{me}') },
    // The notice names another address to write to ("please contact jane.doe@… instead", 请改寄 …): to that address, saying whom we were in touch with.
    { id: 'bounced-to',
      subject: t('Who looks after this now?', '请问现在由哪位负责？'),
      body: t('Hello,\n\nI have been in touch with {referrer} at {company}. My last email to them came back, and the reply gave this address ({bounceTo}) instead. Could you tell me who looks after this now, or pass this note on to them? I will keep it short.\n\nThank you,\n{me}', '您好，\n\n我之前一直在和{company}的{referrer}联系。最近发给对方的邮件被退回了，退信里留了这个地址（{bounceTo}），所以改发到这里。请问现在这件事由哪位同事负责？或者麻烦帮我把这封邮件转给对方。谢谢！\n\n祝好，\n{me}') },
    // The contract sent back marked up: each change answered, the open points settled on a short call, the clean text the same day.
    { id: 'redline-reply', stage: 'close',
      subject: t('Your changes to the contract', '关于合同的修改'),
      body: t('Hi {firstName},\n\nThank you for sending the contract back with your changes: “{theirQuestion}”\n\n[Each change: accepted as it is, or the wording we propose instead]\n\nIf a few points are still open, could we settle them on a short call with your legal team tomorrow? Once the text is agreed, I will send the clean version for signature the same day.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您把修改后的合同发回来：“{theirQuestion}”\n\n[逐条答复：哪些修改我们接受，哪些建议换成什么措辞]\n\n如果还有几处没谈妥，明天约上贵司法务开个短会一起敲定，可以吗？条款一谈定，我当天就把定稿发您签署。\n\n祝好，\n{me}') },
    // A change to a clause asked for before they sign: agreed or traded, and the clean copy for signature the same day.
    { id: 'redline-asked', stage: 'close',
      subject: t('Your change to the contract', '关于合同的修改'),
      body: t('Hi {firstName},\n\nThank you for going through it so carefully. You asked: “{theirQuestion}”\n\n[Agreed as asked, or the wording or trade we propose instead]\n\nAs soon as we have settled it, I will send you a clean copy for signature the same day.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您和法务同事仔细审阅。关于您提的修改（“{theirQuestion}”）：\n\n[同意照改，或者我们建议的措辞、交换条件]\n\n这一处谈定后，我当天就把干净的定稿发给您签署。\n\n祝好，\n{me}') },
    // They are about to leave: who picks it up, and an introduction while they are still there.
    { id: 'leaving-handover',
      subject: t('Before you go', '交接的事'),
      body: t('Hi {firstName},\n\nThank you for letting me know, and all the best with what comes next.\n\nBefore you go, could you tell me who will pick this up on your side, and introduce us in a short email? I will make sure they have everything we discussed, so nothing you set up is lost.\n\nI would be glad to stay in touch, too.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您告诉我，也祝您一切顺利。\n\n想趁您还在，请教一下：后续这边由哪位同事接手？方便的话，麻烦发封简短的邮件帮我们引荐一下。之前跟您谈好的内容我都会完整交接给对方，不让您的心血白费。\n\n以后也希望继续保持联系。\n\n祝好，\n{me}') },
    // About to leave, and they named who picks it up: thanks, and an introduction to that person (an email, or a three-way call) before they go.
    { id: 'leaving-handover-named',
      subject: t('Before you go', '交接的事'),
      body: t('Hi {firstName},\n\nThank you for letting me know, and all the best with what comes next.\n\nThank you, too, for pointing me to {successor}. Before you go, could you introduce us in a short email, or join {successorFirst} and me for a 15-minute call this week? I will make sure {successorFirst} has everything we discussed, so nothing you set up is lost.\n\nI would be glad to stay in touch, too.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您告诉我，也祝您一切顺利。\n\n也谢谢您告诉我后续由{successor}接手。趁您还在，方便的话发封简短的邮件帮我们引荐一下，或者这周我和{successorFirst}跟您三个人约个 15 分钟的电话？之前跟您谈好的内容，我都会完整同步给{successorFirst}，不让您的心血白费。\n\n以后也希望继续保持联系。\n\n祝好，\n{me}') },
    // A tender or RFP with its closing date: taking part confirmed, questions on the documents, the bid in before the deadline.
    { id: 'tender-bid', stage: 'present',
      subject: t('Your tender: we will take part', '贵司招标：我们会参加'),
      body: t('Hi {firstName},\n\nThank you for inviting us; the documents are received. We will take part, and our response will be with you by {until}, ahead of the closing date.\n\n[Your questions on the documents: scope, format, how responses are scored]\n\nCould you tell me the deadline for questions, and to whom they should go?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢邀请，招标文件已收到。我们会参加投标，{until}前把投标文件交给贵司，赶在截止日期之前。\n\n[对招标文件的疑问：范围、格式、评分办法]\n\n想确认一下：提问的截止时间是哪天？问题发给哪位？\n\n祝好，\n{me}') },
    // A signed deal called off in their email while the CRM still says won: confirm it and what changed, before the record is updated; nothing sold.
    { id: 'cancel-confirm',
      subject: t('About cancelling the order', '关于取消订单'),
      body: t('Hi {firstName},\n\nThank you for letting me know, and I am sorry to hear it: “{theirQuestion}”\n\nBefore I update our records, could we have a short call this week? I would like to understand what changed, whether the decision is final, and if something on our side could still make it work.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您告诉我，听到这个消息很遗憾：“{theirQuestion}”\n\n在更新我们这边的记录之前，这周方便通个简短的电话吗？想了解一下发生了什么变化、这个决定是否已经确定，以及我们这边还有没有可以补救的地方。\n\n祝好，\n{me}') },
    // A notice not to renew: heard, and a call asked before the contract ends to learn why and what would change it.
    { id: 'retention', stage: 'retain',
      subject: t('Before your contract ends', '合同到期之前'),
      body: t('Hi {firstName},\n\nThank you for telling me in good time: “{theirQuestion}”\n\nI am sorry to read it. Before the contract ends, could we take 30 minutes so I understand what has not worked for you? If it is something we can fix (the price, how your team uses it, our support), I would like the chance to put it right; if not, we will make the hand-over easy.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您提前告知：“{theirQuestion}”\n\n看到这个消息很遗憾。合同到期之前，能否给我 30 分钟，让我了解一下哪些地方没有达到您的期望？如果是我们能改进的（价格、团队的使用情况、我们的服务），希望有机会弥补；如果不是，我们也会把交接安排妥当。\n\n祝好，\n{me}') },
    // A signed customer finds the price high: the value they get, reviewed with their own usage, not a price track.
    { id: 'value-review', stage: 'retain',
      subject: t('Getting the full value', '让投入更有价值'),
      body: t('Hi {firstName},\n\nThank you for saying it plainly: “{theirQuestion}”\n\nWhat you pay should be clearly worth it, and if it is not, that is on us. Could we take 30 minutes next week to go through what your team uses today and what it has saved, and see how the people not on it yet could get started? I will bring the numbers from your account.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您直说：“{theirQuestion}”\n\n您付出的费用理应物有所值；如果没有做到，是我们的责任。下周能否约 30 分钟，一起看看团队目前用了哪些功能、省下了多少时间和成本，以及还没用起来的同事怎样上手？我会带上贵司账户的使用数据。\n\n祝好，\n{me}') },
    // A customer's ask about the renewal's terms: the year's results first, then the terms traded, never a new buyer's price track.
    { id: 'renewal-terms', stage: 'retain',
      subject: t('Your renewal', '关于续约'),
      body: t('Hi {firstName},\n\nThank you for telling me where you stand on the renewal: “{theirQuestion}”\n\nBefore we talk figures, I will send you what the past year did for your team, in your own numbers, so the renewal is weighed against results.\n\n[Your answer on the terms: what you can hold or trade, e.g. this year’s price for a two-year term or payment up front, or the seats and modules fitted to what they use]\n\nCould we take 20 minutes this week to agree it well before the renewal date?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您坦率地说明续约这边的想法：“{theirQuestion}”\n\n谈价格之前，我先用贵司自己的数据，把过去一年团队的使用情况和成效整理给您，续约可以对照效果来看。\n\n[你对续约条件的答复：能维持什么、拿什么交换，比如续签两年或预付就保持今年的价格，或按实际在用的账号和模块调整配置]\n\n这周能否约 20 分钟，在续约日期之前把条件定下来？\n\n祝好，\n{me}') },
    // A customer who wants more at renewal (sites, seats): the renewal and the addition quoted together.
    { id: 'renewal-more', stage: 'retain',
      subject: t('Your renewal and what you would like to add', '续约及新增部分'),
      body: t('Hi {firstName},\n\nThank you, and good to hear you would like to grow with us at the renewal: “{theirQuestion}”\n\nI will put the renewal and the addition in one quote, so you see the whole picture in one place. Could we take 20 minutes this week to confirm the numbers and the start date for the new part?\n\n[The quote for the renewal and the addition, or when you will send it]\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您，很高兴贵司续约时还想扩大使用：“{theirQuestion}”\n\n我会把续约和新增部分放在同一份报价里，方便您一次看清全貌。这周能否约 20 分钟，确认一下数量和新增部分的启用时间？\n\n[续约加新增部分的报价，或你发出报价的时间]\n\n祝好，\n{me}') },
    // A referral with no name: thank them and ask whom to contact.
    { id: 'referral-ask',
      subject: t('Who is the right person?', '请问该联系哪位？'),
      body: t('Hi {firstName},\n\nThank you, that helps. Who would be the best person to speak with, and could you share their email or introduce us? I will keep it short and mention that you suggested it.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您的指点。请问具体该联系哪位？方便的话，请告诉我对方的联系方式，或帮忙引荐一下。我会简明扼要，并说明是您推荐的。\n\n祝好，\n{me}') },
    // Signed: the kick-off and the hand-over to implementation come first (delivery, before after-sales).
    { id: 'kick-off', stage: 'deliver',
      subject: t('Kick-off for {company}', '{company}项目启动会'),
      body: t('Hi {firstName},\n\nThank you again for signing. To get started, I would like to book the kick-off with your team and our implementation lead: which day next week suits you? Before it, it helps to know who will own the project on your side and who should be trained first.\n\nBest,\n{me}', '{firstName}您好，\n\n再次感谢您签约。为了尽快启动，我想约您的团队和我们的实施负责人开一次启动会：下周哪天方便？会前麻烦告诉我贵方的项目负责人，以及哪些同事需要先培训。\n\n祝好，\n{me}') },
    // The kick-off already booked (a note: "Kick-off … set for 12 January", 已约好启动会): prepared with them, not asked for again.
    { id: 'kick-off-prep', stage: 'deliver',
      subject: t('Kick-off on {until}', '{until}的启动会'),
      body: t('Hi {firstName},\n\nLooking forward to the kick-off on {until}. So we make the most of the time, I will send the agenda a few days before. Could you let me know who will join from your side, and who will own the project day to day? If there is anything you would like us to cover, tell me and I will put it on the agenda.\n\nBest,\n{me}', '{firstName}您好，\n\n期待{until}的启动会。为了把时间用好，我会提前几天把议程发给您。麻烦告诉我贵方哪几位参加，日常由谁负责这个项目？如果有希望会上重点讨论的内容，也请告诉我，我加进议程里。\n\n祝好，\n{me}') },
    { id: 'kick-off-prep-open', stage: 'deliver',
      subject: t('Preparing the kick-off', '启动会准备'),
      body: t('Hi {firstName},\n\nLooking forward to the kick-off. So we make the most of the time, I will send the agenda a few days before. Could you let me know who will join from your side, and who will own the project day to day? If there is anything you would like us to cover, tell me and I will put it on the agenda.\n\nBest,\n{me}', '{firstName}您好，\n\n期待启动会。为了把时间用好，我会提前几天把议程发给您。麻烦告诉我贵方哪几位参加，日常由谁负责这个项目？如果有希望会上重点讨论的内容，也请告诉我，我加进议程里。\n\n祝好，\n{me}') },
    // Signed, with a question beside it ("signed copy attached. Who will be our onboarding contact?"): the kick-off booked and their question answered in one note.
    { id: 'kick-off-answer', stage: 'deliver',
      subject: t('Kick-off for {company}', '{company}项目启动会'),
      body: t('Hi {firstName},\n\nThank you for the signed contract.\n\n“{theirQuestion}”\n[Your answer]{moreQuestions}\n\nTo get started, I would like to book the kick-off with your team and our implementation lead: which day next week suits you? Before it, it helps to know who will own the project on your side and who should be trained first.\n\nBest,\n{me}', '{firstName}您好，\n\n合同已收到，谢谢您！\n\n“{theirQuestion}”\n[你的回答]{moreQuestions}\n\n为了尽快启动，我想约您的团队和我们的实施负责人开一次启动会：下周哪天方便？会前麻烦告诉我贵方的项目负责人，以及哪些同事需要先培训。\n\n祝好，\n{me}') },
    { id: 'progress-update', stage: 'deliver',
      subject: t('Progress update: {company}', '{company}交付进度'),
      body: t('Hi {firstName},\n\nA short update on the roll-out: [where it stands, what comes next week]. If anything on your side is holding the team up, tell me and we will sort it out.\n\nBest,\n{me}', '{firstName}您好，\n\n简单通报一下交付进度：[目前进展，下周安排]。如果贵方有任何卡住的地方，请告诉我，我们马上处理。\n\n祝好，\n{me}') },
    // A buying signal that asks to pay in instalments: the draft answers that question first.
    { id: 'contract-terms', stage: 'close',
      subject: t('Next steps to get started', '启动前的下一步'),
      body: t('Hi {firstName},\n\nGreat news, thank you. On the payment (“{signalQuote}”): yes, we can split it into instalments tied to milestones, for example 50% at signing, 30% at go-live and 20% at acceptance. I have attached the contract with those milestones, the acceptance standard and the delivery date. Once it is signed, we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n好消息，谢谢您！关于付款（“{signalQuote}”）：可以的，我们支持按节点分期付款，例如签约付 50%、上线付 30%、验收付 20%。附件是合同，写明了这些付款节点、验收标准和交付日期。签署后我们就安排启动会。\n\n祝好，\n{me}') },
    { id: 'contract-terms-sign', stage: 'close',
      subject: t('Next steps to get started', '启动前的下一步'),
      body: t('Hi {firstName},\n\nThank you. On the payment (“{signalQuote}”): yes, we can split it into instalments tied to milestones, for example 50% at signing, 30% at go-live and 20% at acceptance; I will set them out in the contract we sent. The signed contract can then simply come back as a reply to this email (a scan is fine), and we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您！关于付款（“{signalQuote}”）：可以的，我们支持按节点分期付款，例如签约付 50%、上线付 30%、验收付 20%，我会写进之前发您的合同里。签好后直接回复这封邮件发给我就可以，扫描件也行，然后我们就安排启动会。\n\n祝好，\n{me}') },
    { id: 'snooze-return',
      subject: t('As agreed: {company}', '按约跟进：{company}'),
      body: t('Hi {firstName},\n\nAs you suggested, I am getting back in touch now. {question}\n\nBest,\n{me}', '{firstName}您好，\n\n按您之前说的时间，现在再跟您联系。{question}\n\n祝好，\n{me}') },
    { id: 'reopen',
      subject: t('Something new for {company}', '给{company}的新方案'),
      body: t('Hi {firstName},\n\nIt has been a while. One thing we can offer now: {offer}.\n\n{question}\n\nBest,\n{me}', '{firstName}您好，\n\n好久没联系了。我们现在可以为您提供：{offer}。\n\n{question}\n\n祝好，\n{me}') },
    { id: 'after-sales', stage: 'retain',
      subject: t('How is it going at {company}?', '{company}使用情况回访'),
      body: t('Hi {firstName},\n\nA quick check-in: how is the team finding it so far? I would like to share a short value report and hear what we could do better.\n\n{question}\n\nBest,\n{me}', '{firstName}您好，\n\n想跟您做个简短回访：团队目前用得怎么样？我想给您发一份简短的价值报告，也听听我们还能改进什么。\n\n{question}\n\n祝好，\n{me}') },
    { id: 'complaint',
      subject: t('We are on it', '我们正在处理'),
      body: t('Hi {firstName},\n\nI am sorry for the trouble, and thank you for telling us. We are on it: you will hear from us within {respondHours} hours with what we found, a workaround within {workaroundHours} hours, and the fix within {fixDays} days.\n\nBest,\n{me}', '{firstName}您好，\n\n非常抱歉给您添了麻烦，也谢谢您及时告诉我们。我们已经在处理：{respondHours} 小时内回复排查结果，{workaroundHours} 小时内提供临时方案，{fixDays} 天内彻底解决。\n\n祝好，\n{me}') },
    { id: 'contract-sign', stage: 'close',
      subject: t('Next steps to get started', '启动前的下一步'),
      body: t('Hi {firstName},\n\nGreat news, thank you. The signed contract can simply come back as a reply to this email (a scan is fine). As soon as it is in, we book the kick-off: which week would suit your team to start?\n\nBest,\n{me}', '{firstName}您好，\n\n好消息，谢谢您！签好的合同直接回复这封邮件发给我就可以，扫描件也行。合同一到，我们就安排启动会：您看团队哪一周开始比较合适？\n\n祝好，\n{me}') },
    // A buying signal that asks us to send something ("looks good, can you send over the MSA?"): the draft sends that, saying so.
    { id: 'contract-request', stage: 'close',
      subject: t('As requested', '按您的要求'),
      body: t('Hi {firstName},\n\nThank you, glad it works for you. You asked: “{theirRequest}” Here it is, attached. So your team can move quickly, the terms that usually matter most are the payment milestones, the acceptance standard and the delivery date; I am happy to walk your legal team through any of them. Once it is signed, we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，很高兴方案合适。按您的要求（“{theirRequest}”），文件已附在这封邮件里。为方便贵司尽快审阅，最需要关注的是付款节点、验收标准和交付日期这几项；如果法务同事有疑问，我随时可以逐条说明。签署后我们就安排启动会。\n\n祝好，\n{me}') },
    // A buying signal asked as a question ("could we start with 20 seats?"): their question answered first, then the contract.
    { id: 'contract-question', stage: 'close',
      subject: t('About your question', '关于您的问题'),
      body: t('Hi {firstName},\n\nThank you, good to see this moving. You asked: “{theirQuestion}”\n\n[Your answer]\n\nI will write that into the contract, together with the payment milestones, the acceptance standard and the delivery date, so your team can review it all in one go. Shall I send it over?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，很高兴项目在往前走。您问到：“{theirQuestion}”\n\n[你的回答]\n\n我会把这一点写进合同，连同付款节点、验收标准和交付日期，方便贵司一次审完。您看我这就把合同发过去？\n\n祝好，\n{me}') },
    // The same, once the contract is with them: their question answered, then the signature.
    { id: 'contract-question-sign', stage: 'close',
      subject: t('About your question', '关于您的问题'),
      body: t('Hi {firstName},\n\nThank you. You asked: “{theirQuestion}”\n\n[Your answer]\n\nIf that settles it, the signed contract can simply come back as a reply to this email (a scan is fine), and we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您！您问到：“{theirQuestion}”\n\n[你的回答]\n\n如果这样没问题，签好的合同直接回复这封邮件发给我就可以，扫描件也行，然后我们就安排启动会。\n\n祝好，\n{me}') },
    // Approved, and asking what comes next: the steps from here, the first one done today.
    { id: 'contract-next', stage: 'close',
      subject: t('Next steps from here', '接下来的步骤'),
      body: t('Hi {firstName},\n\nCongratulations on the approval, and thank you for telling me. From here it is three steps:\n\n1. Today I send you the contract with the key terms: payment milestones, the acceptance standard and the delivery date.\n2. Your team reviews it; I am happy to walk your legal or procurement colleagues through any clause.\n3. Once it is signed, we book the kick-off with your project lead.\n\nWho on your side should receive the contract?\n\nBest,\n{me}', '{firstName}您好，\n\n恭喜预算获批，也谢谢您第一时间告诉我。接下来分三步：\n\n1. 今天我把合同发给您，关键条款包括付款节点、验收标准和交付日期。\n2. 贵司审阅合同；法务或采购同事对哪一条有疑问，我都可以当面说明。\n3. 合同签署后，我们和贵司项目负责人约启动会。\n\n合同发给贵司哪位同事比较合适？\n\n祝好，\n{me}') },
    // A doubt set aside, and asking what comes next ("the price looked high but it makes sense"): the same steps, no approval to congratulate.
    { id: 'contract-next-agreed', stage: 'close',
      subject: t('Next steps from here', '接下来的步骤'),
      body: t('Hi {firstName},\n\nThank you, I am glad it adds up for you. From here it is three steps:\n\n1. Today I send you the contract with the key terms: payment milestones, the acceptance standard and the delivery date.\n2. Your team reviews it; I am happy to walk your legal or procurement colleagues through any clause.\n3. Once it is signed, we book the kick-off with your project lead.\n\nWho on your side should receive the contract?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您，很高兴方案对贵司是划算的。接下来分三步：\n\n1. 今天我把合同发给您，关键条款包括付款节点、验收标准和交付日期。\n2. 贵司审阅合同；法务或采购同事对哪一条有疑问，我都可以当面说明。\n3. 合同签署后，我们和贵司项目负责人约启动会。\n\n合同发给贵司哪位同事比较合适？\n\n祝好，\n{me}') },
    // Only how to go on asked, our quote with them: the steps from here, the quote confirmed first (no yes of theirs to thank for).
    { id: 'contract-next-quote', stage: 'close',
      subject: t('Next steps from here', '接下来的步骤'),
      body: t('Hi {firstName},\n\nThank you for asking. From here it is three steps:\n\n1. You confirm the quote as it stands, or tell me what you would like changed.\n2. I send the contract with the key terms (payment milestones, the acceptance standard, the delivery date); if your company buys by purchase order, you can raise the PO against the quote instead.\n3. Once it is signed, we book the kick-off with your project lead.\n\nWho on your side should receive the contract?\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢您的询问。接下来分三步：\n\n1. 请您确认报价；如果有需要调整的地方，告诉我就好。\n2. 我把合同发给您，关键条款包括付款节点、验收标准和交付日期；如果贵司走采购流程，也可以直接按这份报价开采购单。\n3. 合同签署后，我们和贵司项目负责人约启动会。\n\n合同发给贵司哪位同事比较合适？\n\n祝好，\n{me}') },
    // A buying signal that asks when they can start, with no question of theirs to quote: the start date goes with the contract.
    { id: 'contract-start', stage: 'close',
      subject: t('Your start date and the contract', '启动日期和合同'),
      body: t('Hi {firstName},\n\nThank you, good to see this moving. On when you can start: [the start date you can offer, and how long it takes to go live]. I have attached the contract with that date in it, together with the payment milestones and the acceptance standard. Once it is signed, we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n谢谢，很高兴项目在往前推进。关于什么时候能启动：[您能给出的启动日期，以及上线大约需要多久]。附件是合同，这个日期已经写进去了，付款节点和验收标准也在里面。签署后我们就安排启动会。\n\n祝好，\n{me}') },
    { id: 'contract-now', stage: 'close',
      subject: t('Next steps to get started', '启动前的下一步'),
      body: t('Hi {firstName},\n\nGreat news. I have attached the contract with the key terms: payment milestones, the acceptance standard and the delivery date. Once it is signed, we book the kick-off.\n\nBest,\n{me}', '{firstName}您好，\n\n好消息！附件是合同，关键条款包括付款节点、验收标准和交付日期。签署后我们就安排启动会。\n\n祝好，\n{me}') },
  ],
  crmStages: DEFAULT_CRM_STAGES,
} as const;

export type PlaybookSource = typeof source;
export type { Bi };
