import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, readLabelled } from '../../scripts/eval-classifier';
import { HOSTILE_COPIES } from '../../scripts/hostile-copies';
import { detectBuyingSignals } from './buying-signals';
import { ALL_CLEAR, ALL_CLEAR_GATE, classifyObjection, DISMISSAL_GATE, dismissalPattern } from './classify-objection';
import { OBJECTION_RULES } from './objection-rules';
import { foldForMatching } from '../nlp/normalize';

const data = (file: string) => new URL(`../../tests/data/${file}`, import.meta.url);

describe('classifyObjection', () => {
  it.each([
    ['Honestly the price is too high for us.', 'price', 'en'],
    ['今年没有预算了。', 'budget', 'zh-Hans'],
    ['預算已經凍結了,下半年不會再批新專案。', 'budget', 'zh-Hant'],
    ['我得请示领导', 'authority', 'zh-Hans'],
    ['Just send me some material.', 'brush_off', 'en'],
    ['和我们现有系统不兼容。', 'fit', 'zh-Hans'],
    ['付款方式和违约条款不行', 'contract', 'zh-Hans'],
    ['現在用 Excel 也挺好的。', 'status_quo', 'zh-Hant'],
    ['Never heard of you, what if the go-live fails?', 'trust', 'en'],
    ['这个 ROI 我看不到,不确定效果', 'value', 'zh-Hans'],
  ])('%s → %s', (text, category, language) => {
    const result = classifyObjection(text);
    expect(result.category).toBe(category);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('handles negation: "price is not the issue, timing is" is timing, not price', () => {
    const result = classifyObjection('Price is not the issue, timing is.');
    expect(result.category).toBe('timing');
    expect(result.objections.map((o) => o.category)).not.toContain('price');
  });

  it.each([
    ['Price is fine. Let us talk about the rollout plan.'],
    ['Budget is approved, we are ready to move forward.'],
    ['价格不是问题,我们主要看服务。'],
    ['預算已經核准了,可以往下推進。'],
    ['Can we pay in three instalments?'],
    ['Thanks for the demo yesterday, the team loved it.'],
  ])('finds no objection in %s', (text) => {
    expect(classifyObjection(text).category).toBe('none');
  });

  it('reports several objections, most important first, with their evidence', () => {
    const text = '太贵了,而且别家便宜不少。';
    const result = classifyObjection(text);
    expect(result.objections.map((o) => o.category)).toEqual(['price', 'competitor']);
    const [price] = result.objections;
    expect(price && text.slice(price.evidence.start, price.evidence.end)).toBe(price?.evidence.text);
    expect(price?.evidence.text).toContain('太贵');
  });

  it('ignores quoted history and signatures', () => {
    const reply = 'Sounds great, talk soon.\n\n--\nMaria\nBudget & Cost Control\n\nOn Tue, Mar 5 Li wrote:\n> Too expensive? No budget?';
    expect(classifyObjection(reply).category).toBe('none');
    const quoted = 'Not now, call me next quarter.\n\nOn Tue, Mar 5, 2024 at 10:02 AM Li <li@x.com> wrote:\n> Is the price too high?';
    const result = classifyObjection(quoted);
    expect(result.category).toBe('timing');
    expect(result.objections.map((o) => o.category)).not.toContain('price');
  });

  it('reads "现在不是时候" as bad timing, not as "it is not about time"', () => {
    expect(classifyObjection('现在不是时候').category).toBe('timing');
    expect(classifyObjection('現在不是時候下一季再說').category).toBe('timing');
  });

  it.each([
    ['Finance told every team to freeze discretionary spend through Q2.', 'budget'],
    ['今年度的經費已經用罄', 'budget'],
    ['I just can\'t picture the payoff for a team our size.', 'value'],
    ['Our last two tools changed nothing.', 'value'],
    ['We\'ve been trialling Pipedrive for two weeks.', 'competitor'],
    ['The team is attached to their Google Sheets.', 'status_quo'],
    ['If there\'s no native connector it\'s a non-starter.', 'fit'],
    ['Our compliance team won\'t allow customer data in a public cloud.', 'fit'],
    ['不確定能不能跟你們串接', 'fit'],
    ['预付全款我们不接受，至少要分三期', 'contract'],
    ['Switching would mean retraining 80 people, not worth it.', 'status_quo'],
    ["Anything with a contract has to go through our parent company's procurement.", 'authority'],
    ['上次换系统搞砸了，老板现在对这类项目很谨慎', 'trust'],
    ['Your pipeline model assumes simple one-off deals.', 'fit'],
    ["We can't commit to a two-year term; it has to be month to month.", 'contract'],
    ["Now's not a good time to talk, can you just email me?", 'brush_off'],
    ["It's still about 25% over what I can approve, and above that it goes to our CFO.", 'price'],
    ['这个要老板同意', 'authority'],
    ['$30/seat?? we pay $8 for our current tool lol', 'price'],
    ['这价格hold不住啊，老板肯定不批', 'price'],
    ['I like the features but I struggle to connect them to revenue.', 'value'],
    ['这个东西真有用吗？感觉就是个花架子', 'value'],
    ['already using salesforce, not switching', 'competitor'],
    ['Our spreadsheets work fine for now.', 'status_quo'],
    ['报价我们看了，比市场上同类产品贵了不少', 'price'],
    ['What kind of return should we realistically expect in the first year?', 'value'],
    ["We haven't worked with you before, so I'd like to see some references first.", 'trust'],
    ["We need multi-currency support and I don't think you have that.", 'fit'],
    ["Our workflows are quite specific and I'm not sure your platform can handle them.", 'fit'],
    ['A two-year minimum commitment is not something we can agree to.', 'contract'],
    ['Changing systems now would be too disruptive for us.', 'status_quo'],
    ["At $96k it won't make it through our approval process.", 'price'],
    ['We tried a similar tool and saw no measurable improvement.', 'value'],
    ['Our ops team built custom macros in Excel that handle all of this already.', 'status_quo'],
    ['Our priorities for H1 are locked, so this would be an H2 conversation at the earliest.', 'timing'],
    ["We have no plans to expand the sales team, so the need isn't there.", 'need'],
    ['Our security team will need your pen test results and SOC 2 before we can consider it.', 'trust'],
    ['付款方式希望改成驗收後一次付清，目前的分期條件我們無法接受', 'contract'],
    ['原本的流程就能滿足需求,不需要改。', 'status_quo'],
    ['Sure, because we have money to burn. Come back with a real number.', 'price'],
    ['So what? We already close deals fine. What would this change?', 'value'],
    ["Nice dashboard, but dashboards don't close deals.", 'value'],
    ['用了这么多年Excel都没问题，为什么要换？', 'status_quo'],
    ['boss says no', 'authority'],
    ['Who else uses this?', 'trust'],
    ['有谁在用吗？', 'trust'],
    ['What if we want to cancel after 3 months?', 'contract'],
    ['email me', 'brush_off'],
    ['謝謝聯繫，但你們的收費對小公司來說負擔太重', 'price'],
    ["I've seen a lot of these tools promise productivity gains that never materialise.", 'value'],
    ["We've been a Salesforce shop for years, and ripping it out isn't on the table.", 'competitor'],
    ['Funny timing, we just renewed with Outreach for another two years.', 'competitor'],
    ['What we have works well enough, and the team has no appetite for another tool.', 'status_quo'],
    ['目前的做法运作得不错，暂时不打算调整', 'status_quo'],
    ["We're a solo practice, there's nothing to manage really.", 'need'],
    ["We can't agree to automatic price increases at renewal.", 'contract'],
    ['服务水平协议里的赔偿太低了，出了问题根本不够', 'contract'],
    ["Not a priority. Feel free to send something over and I'll look if I get a chance.", 'brush_off'],
    ["I'm not interested right now, but you can send me a brochure.", 'brush_off'],
    ["If the price were 30% lower we'd sign today.", 'price'],
    ["It's not that we don't like it - it's the price, plain and simple.", 'price'],
    ["If we had the budget we'd do it tomorrow, but we don't.", 'budget'],
    ["Even at a discount, I'm not convinced we'd use it enough to get our money's worth.", 'value'],
    ['價格還可以，但我不確定對我們有沒有實際幫助', 'value'],
    ["It's not that your product is bad, it's that what we have already works.", 'status_quo'],
    ["If it were up to me we'd go ahead, but it's our CFO's call.", 'authority'],
    ["It's not the product I doubt, it's whether your support team can handle us.", 'trust'],
    ['每個月的費用抵得上一個員工薪水，太誇張了', 'price'],
    ["School budgets are set by the district in spring; we can't add anything mid-year.", 'budget'],
    ['Grant funding covers clinical equipment only, not software.', 'budget'],
    ['我们老师不缺工具，缺的是时间，这个真的能帮上忙吗', 'value'],
    ['Our ERP vendor is bundling a CRM module at no extra cost next year.', 'competitor'],
    ['我们的ERP厂商明年会送CRM模块，没必要另外买', 'competitor'],
    ["The nurses have used the paper sign-in sheet forever. Changing that is a battle I don't want.", 'status_quo'],
    ['老师们习惯用微信群通知家长，不太需要新系统', 'status_quo'],
    ["Our patients book by phone and that's never been an issue.", 'need'],
    ['我们诊所病人不多，没必要', 'need'],
    ['Our scanners are Zebra handhelds running Android 8. Will your app even install?', 'fit'],
    ["Please send the information to our purchasing inbox and they'll file it.", 'brush_off'],
    ["I'll share it with the team at some point. Thanks.", 'brush_off'],
    ['好的，有机会再合作', 'brush_off'],
    ['Our agents work on commission; nobody here will pay $150 a seat for a CRM.', 'price'],
    ['集团统一用的是另一个品牌的系统，我们门店不能自己选', 'competitor'],
    ["We're a three-agent office; a shared spreadsheet is plenty.", 'need'],
    ['Honestly we\'re a 6-person shop; there is no line item for this.', 'budget'],
    ['Client confidentiality is everything for a law firm. Where exactly is the data stored and who can see it?', 'trust'],
    ['最终还是要总部批准。', 'authority'],
    ['预算需要老板批准', 'authority'],
    ['Finance says no more spending this quarter, full stop.', 'budget'],
    ['我们 Q4 没有 budget 了，明年再看', 'budget'],
    ['Salesforce 给我们的折扣更大', 'competitor'],
    ['We use Excel all this while, no problem one.', 'status_quo'],
    ["Our trainers fill classes by word of mouth. I can't see a CRM changing that.", 'value'],
    ['What evidence do you have that agencies our size actually grow faster with this?', 'value'],
    ['我们靠老客户转介绍，上了系统也不见得能多招几个学员', 'value'],
    ['我们用的是美团的商家系统，基本够了，还不要钱', 'competitor'],
    ["Reception books everything in Google Calendar and it's never let us down.", 'status_quo'],
    ['這個要經過院長核准，我只是承辦人', 'authority'],
    ['我們需要支援電子發票開立，你們沒有這個功能', 'fit'],
    ['合同必须用我们单位的范本，你们的格式不行', 'contract'],
    ["Government contracts need our standard terms; we can't sign a vendor's template.", 'contract'],
    ['对我们餐厅来说，这个价格实在不划算', 'price'],
    ["Our accounting suite has client management built in, so we'd be paying twice.", 'competitor'],
    ['我们的收银系统自带会员管理，不需要再买', 'competitor'],
    ["We get all our work from two builders. There's no pipeline to manage.", 'need'],
    ['我们需要开电子发票，你们系统支持吗？不支持就算了', 'fit'],
    ['We need the right to export all our data if we leave, in writing.', 'contract'],
    ['合約要註明退租時資料可以完整匯出', 'contract'],
    ["Our practice management software just added a patient CRM, so we're covered.", 'competitor'],
    ['我們主管覺得投資報酬不明確，暫時不考慮', 'value'],
    ['這個專案要排到下半年，現在沒辦法處理', 'timing'],
    ['請先提供型錄跟報價單，我們內部評估後再回覆', 'brush_off'],
    ["Show me one florist who grew because of this and I'll listen.", 'value'],
    ["Honeybook already does this for us and it's half the price.", 'competitor'],
    ["We can't be locked in; grant money can disappear.", 'contract'],
  ])('%s → %s', (text, category) => {
    expect(classifyObjection(text).category).toBe(category);
  });

  it.each([
    ['Thanks, I\'ve shared it with the team and will get back to you Thursday.'],
    ['預算已經核准了，請把正式報價單寄給我'],
    ['Could we start with 20 seats and add the rest in Q2 at the same rate?'],
    ['Not a problem at all, happy to wait for the revised deck.'],
    ['没问题，价格我们可以接受，下周签'],
    ["We don't have any concerns about security; your SOC 2 report answered everything."],
    ['价格不是问题，关键是上线时间能不能赶在年底之前？'],
    ['老板已经同意了，预算也批了，下一步找谁对接？'],
    ['No budget issues on our side, just waiting for IT to finish their checklist.'],
    ["The price was the only sticking point and your new offer fixes that. Let's proceed."],
    ['We switched off Excel last year and it was the best decision we made.'],
    ['預算跟時程都沒問題，等法務看完合約就可以簽'],
    ['Timing works great for us, early Feb is ideal.'],
    ['Our competitor uses you, which is why we reached out.'],
    ['我们之前用Excel，太麻烦了，所以才找你们'],
    ['谢谢你的介绍，我们很感兴趣'],
    ['謝謝，資料收到了，我們會仔細研究'],
    ['Your pricing is in line with what we budgeted, thanks for keeping it simple.'],
    ['价格合理，功能也满足需求，我们这边没有异议'],
    ['主管已經同意了，請協助安排合約簽署'],
    ['Where do I sign?'],
    ['好，就這樣'],
    ["It's not that expensive once you factor in the time it saves. Let's go."],
    ['We can\'t say no to that price. Deal.'],
    ['這個價格很划算，我們要了'],
    ['沒想到這麼便宜，可以直接簽'],
    ['这是我们的组织架构,请查收。'],
    ['The board approved it last night. Who should our business office contact to sign?'],
    ["The nurses loved the demo. We'd like a quote for two clinics."],
    ['旺季之前能上线吗？'],
    ['校長很支持，我們下週開會討論導入時程'],
    ['The partners approved it. Can you send the engagement letter?'],
    ['So offline mode definitely syncs when the crews get back in range?'],
    ['集团批下来了，合同走我们法务'],
    ['OK 没问题，contract 发过来我签'],
    ["We've been approved to purchase. Can you register on our procurement portal so we can issue the PO?"],
    ['Could classes be bookable in the app before our January intake?'],
    ['老板娘同意了，怎么付款？'],
    ["My partner's on board. What do we need to sign?"],
    ['簽呈已經核准了，請提供合約正本用印'],
    ['主管核示同意了，下週安排簽約'],
  ])('a promise, a next step or a purchase detail is no objection: %s', (text) => {
    expect(classifyObjection(text).category).toBe('none');
  });

  it('finds the real objection after a dismissal typed without a comma, and not in "this time"', () => {
    expect(classifyObjection('price is not the issue timing is').category).toBe('timing');
    expect(classifyObjection("Cost isn't an issue, this time we just lack budget.").objections.map((o) => o.category)).toEqual(['budget']);
  });

  // Hostile and broken copies (pasted HTML, invisible characters, no apostrophes, greetings and
  // signatures, …) of every labelled reply: the main category must be the clean reply's.
  const replies = readdirSync(data('')).filter((f) => f.endsWith('.tsv')).flatMap((f) => readLabelled(data(f))).map((row) => row.text);
  it.each(Object.keys(HOSTILE_COPIES))('reads a %s copy of every labelled reply as the reply itself', (name) => {
    const copy = HOSTILE_COPIES[name] ?? ((text: string) => text);
    const differing = replies.filter((text) => classifyObjection(copy(text)).category !== classifyObjection(text).category).map((text) => copy(text));
    expect(differing).toEqual([]);
  });

  it('flags mixed-language replies', () => {
    expect(classifyObjection('这个 price 太高了, honestly out of our range').mixed).toBe(true);
  });

  it('gives the same answer every time', () => {
    const text = 'We are comparing you with two other vendors at the moment.';
    expect(classifyObjection(text)).toEqual(classifyObjection(text));
  });

  it('skips dismissal and all-clear patterns only where they cannot match (the speed gates are sound)', () => {
    const texts = readdirSync(data('')).filter((f) => f.endsWith('.tsv')).flatMap((f) => readLabelled(data(f))).map((row) => foldForMatching(row.text));
    // Every way of saying a subject is fine, one per branch of the dismissal pattern.
    texts.push(
      ...['price is fine', 'budget is confirmed', 'price works for us', 'price is manageable', 'budget is in place', 'budget is sorted', 'budget is covered', 'budget is available', 'the price is ok', "price isn't an issue", 'zero issues with the price', 'without any concerns about the price', 'we found the budget', 'we got the budget', "price doesn't worry us", 'not worried about the price', 'not the price that bothers me'].map(foldForMatching),
      ...['预算到位了', '预算落实了', '预算定了', '预算下来了', '预算通过了', '预算有了', '价格很公道', '价格能接受', '价格还行', '价格合理', '价格不错', '价格挺好', '价格还好', '价格没意见', '时间不算问题', '时间不构成障碍', '不在于价格', '并非价格', '无关价格', '预算批了', '预算核准了', '预算确认了'].map(foldForMatching),
    );
    // Dismissals of every subject, and of made-up ones, on every labelled reply.
    const patterns = [...Object.values(OBJECTION_RULES).map((rule) => dismissalPattern(rule.cue)), dismissalPattern('it'), dismissalPattern('this'), dismissalPattern('价格|时间')];
    let checked = 0;
    for (const text of texts) {
      for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (!match) continue;
        checked++;
        expect(DISMISSAL_GATE.test(match[0]), `${match[0]} in ${text}`).toBe(true);
      }
      for (const match of text.matchAll(ALL_CLEAR)) {
        checked++;
        expect(ALL_CLEAR_GATE.test(match[0]), `${match[0]} in ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it.each(['objections-dev.tsv', 'objections-holdout.tsv'])('keeps macro-F1 ≥ 0.92 on %s', (file) => {
    expect(evaluate(readLabelled(data(file))).macroF1).toBeGreaterThanOrEqual(0.92);
  });
});

describe('detectBuyingSignals', () => {
  it.each([
    ['How do we get the contract signed? Can you send the paperwork?', 'contract_process'],
    ['If we order this week, when could you deliver?', 'delivery_time'],
    ['能开增值税专用发票吗?', 'invoice'],
    ['可以分三期付款嗎?', 'terms_change'],
    ['Just to double check - it will really import our old data, right?', 'reconfirm'],
  ])('%s → %s', (text, signal) => {
    const [found] = detectBuyingSignals(text);
    expect(found?.signal).toBe(signal);
    expect(found && text.slice(found.evidence.start, found.evidence.end)).toBe(found?.evidence.text);
  });

  it.each(['We are not ready to sign anything yet.', 'Too expensive for us.', 'Thanks for the call.'])('finds none in %s', (text) => {
    expect(detectBuyingSignals(text)).toEqual([]);
  });

  it('finds the labelled signals in the data sets', () => {
    const rows = ['objections-dev.tsv', 'objections-holdout.tsv'].flatMap((f) => readLabelled(data(f))).filter((r) => r.signals.length > 0);
    const found = rows.filter((r) => detectBuyingSignals(r.text).some((s) => r.signals.includes(s.signal)));
    expect(found.length / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});
