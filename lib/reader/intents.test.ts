import { describe, expect, it } from 'vitest';
import { readComplaint, readOneListLeft, readOutOfOffice, readQuestion, readQuestions, readStopRequest, type Span } from './intents';

/** Friday 4 December 2026, 10:00 local. */
const NOW = new Date(2026, 11, 4, 10, 0).getTime();

/** A local date as YYYY-MM-DD. */
function ymd(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The span indexes the original text. */
function expectSpanOf(text: string, span: Span | null | undefined): void {
  expect(span).not.toBeNull();
  if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('readOutOfOffice', () => {
  /** [text, the return day or null when it names none, the evidence words] */
  const away: [string, string | null, string][] = [
    ['Thank you for your email. I am currently out of the office with limited access to email. I will return on Monday, January 4th.', '2027-01-04', 'out of the office'],
    ['Automatic reply: I’m on annual leave until 5 January. For urgent matters please contact sales@acme.com.', '2027-01-05', 'Automatic reply'],
    ['OOO until Monday', '2026-12-07', 'OOO'],
    ["I'm out of office from Dec 20 to Jan 3 and will respond upon my return.", '2027-01-04', 'out of office'],
    ["I'm on vacation next week, talk after.", '2026-12-14', 'on vacation'],
    ['This is an automatic reply. I am traveling with limited access to email.', null, 'automatic reply'],
    ["I'm off tomorrow, back Monday.", '2026-12-07', "I'm off"],
    ['Our office will be closed for the holidays, reopening January 4.', '2027-01-04', 'office will be closed'],
    ['Hi,\n\nI am on parental leave until March 1st, 2027. Please reach out to my colleague Sam in the meantime.\n\nThanks,\nRita', '2027-03-01', 'on parental leave'],
    ['Out of Office: back Jan 11', '2027-01-11', 'Out of Office'],
    ['I’m away from my desk until after the holidays.', '2027-01-05', 'I’m away'],
    ['Currently travelling, will reply upon my return next Wednesday.', '2026-12-09', 'Currently travelling'],
    ['您好，我12月20日至1月3日休假，期间邮件回复可能延迟，1月4日回来后处理。', '2027-01-04', '休假'],
    ['【自动回复】本人出差中，邮件将延迟回复。', null, '自动回复'],
    ['我下周出差，回来再联系。', '2026-12-14', '出差'],
    ['本人年假中，12月10日恢复上班。', '2026-12-10', '年假'],
    ['自動回覆：本人休假至1月5日，如有急事請聯絡陳小姐。', '2027-01-06', '自動回覆'],
    ['我而家放緊假，下個禮拜返嚟再覆你', '2026-12-07', '放緊假'],
    ['我過完年先返公司，而家唔喺公司', '2027-02-14', '唔喺公司'],
    ['本人目前不在辦公室，將於下週一回來。', '2026-12-07', '不在辦公室'],
  ];
  it.each(away)('%j is away until %s', (text, until, evidence) => {
    const result = readOutOfOffice(text, NOW);
    expect(result?.evidence.text).toBe(evidence);
    expectSpanOf(text, result?.evidence);
    expect(result?.until == null ? null : ymd(result.until)).toBe(until);
  });

  const notAway: [string, string][] = [
    ['I was on vacation last week, sorry for the late reply.', 'over'],
    ['Just got back from vacation! Let’s talk.', 'over'],
    ['Are you out of office next week?', 'a question to us'],
    ['Jane is on leave until Monday, I’m covering her accounts.', 'someone else'],
    ["We're out of office supplies lol", 'another sense'],
    ['我刚休假回来，刚看到你的邮件。', 'over'],
    ['你们春节放假吗？', 'a question to us'],
    ['我们需要出差报销功能', 'a compound noun'],
    ['年假政策和请假审批流程都要上系统', 'compound nouns'],
    ['Sounds good, talk Monday.', 'nothing away'],
  ];
  it.each(notAway)('%j is not away (%s)', (text) => {
    expect(readOutOfOffice(text, NOW)).toBeNull();
  });
});

describe('readStopRequest', () => {
  /** [text, the words that ask it] */
  const stops: [string, string][] = [
    ['Please remove me from your mailing list.', 'remove me from your mailing list'],
    ['Unsubscribe', 'Unsubscribe'],
    ['STOP', 'STOP'],
    ['Please stop emailing me.', 'stop emailing me'],
    ['Stop sending me these emails!!', 'Stop sending me these emails'],
    ["Don't contact me again.", "Don't contact me again"],
    ['please don’t call me again', 'please don’t call me again'],
    ['Not interested. Take me off your list.', 'Take me off your list'],
    ["I've asked you three times. Leave me alone.", 'Leave me alone'],
    ['How do I unsubscribe?', 'unsubscribe'],
    ['Your unsubscribe link is broken, please remove me.', 'unsubscribe'],
    ['Dear Sir,\n\nKindly cease all contact with our company.\n\nRegards,\nM. Lee', 'cease all contact'],
    ['no more emails pls', 'no more emails'],
    ['Please opt me out of these messages.', 'opt me out'],
    ['请不要再联系我', '请不要再联系我'],
    ['不要再给我发消息了', '不要再给我发消息'],
    ['别再骚扰我了', '别再骚扰我'],
    ['请把我从你们的邮件列表中删除', '把我从你们的邮件列表中删除'],
    ['退订', '退订'],
    ['以后不要再联系我们公司了，谢谢。', '以后不要再联系'],
    ['別再打來了！', '別再打來'],
    ['請勿再聯絡我', '請勿再聯絡我'],
    ['唔好再搵我', '唔好再搵我'],
    ['唔好再打嚟啦，我哋唔需要', '唔好再打嚟'],
    ['TD', 'TD'],
    ["Thanks for your time. I'd rather you stop emailing me.", 'stop emailing me'],
    ['之前已经说过了，别再打电话给我', '别再打电话'],
    ["How did you even get my number? Don't call here again.", "Don't call here again"],
    ['别再给我打电话了', '别再给我打电话'],
    ['拜託不要再跟我們打電話推銷', '不要再跟我們打電話'],
    // (one list left with nothing more said is still a stop)
    ['Please take me off your mailing list.', 'take me off your mailing list'],
    ['以后别给我发广告了', '以后别给我发'],
  ];
  it.each(stops)('%j asks to stop', (text, words) => {
    const span = readStopRequest(text);
    expect(span?.text).toBe(words);
    expectSpanOf(text, span);
  });

  const notStops: [string, string][] = [
    ['We stopped using Excel last year.', 'stopped, another sense'],
    ['Stop by our booth at the expo!', 'stop by'],
    ["Don't call me, email me instead.", 'another channel'],
    ['Please don’t contact me until next month.', 'a time limit: a snooze'],
    ["I don't want to unsubscribe, I just want fewer emails.", 'negated'],
    ['Can you remove me from the CC and add my colleague?', 'not a list'],
    ['To unsubscribe from this list, click here.', 'a footer instruction'],
    ['Please stop the pilot, we are switching vendors.', 'stop something else'],
    ["Don't stop sending the weekly report, it's useful.", 'negated'],
    ['Not interested right now.', 'an objection, not a stop'],
    ['不要再打折了吧', 'a discount, not a call'],
    ['别再打来了，下个月再说', 'a time limit: a snooze'],
    ['我们要退订这个套餐', 'cancelling a plan'],
    ['我们停止使用Excel了', 'stopped, another sense'],
    ['请勿在周末联系我', 'not on weekends'],
    ['先别联系我，年后再说', 'for now: a snooze'],
    ['唔好意思，我哋暫時唔需要', 'an objection'],
    ['Please don’t call me, email me instead.', 'another channel'],
    ['我们的产品有勿扰模式吗？', 'a product feature'],
    ["Don't call this number again, use my mobile: 0412 555 010.", 'another number: a redirect'],
  ];
  it.each(notStops)('%j is no stop request (%s)', (text) => {
    expect(readStopRequest(text)).toBeNull();
  });
  /** [text, the words that leave one list]: the talk goes on, so no stop. */
  const oneList: [string, string][] = [
    ["Unsubscribe me from the webinar invites please. Still keen on the rollout plan though - when can we talk?", 'Unsubscribe me from the webinar invites please.'],
    ['以后别给我发推广短信了，不过报价的事还是要继续谈。', '以后别给我发推广短信了'],
    ['請把我從電子報名單中移除，不過導入的事還是想繼續談。', '請把我從電子報名單中移除'],
  ];
  it.each(oneList)('%j leaves one list, not the conversation', (text, words) => {
    expect(readStopRequest(text)).toBeNull();
    expect(readOneListLeft(text)?.text).toBe(words);
  });
});

describe('readComplaint', () => {
  /** [text, the sentence reported] */
  const complaints: [string, string][] = [
    ['The export to Excel has stopped working since yesterday’s update.', 'The export to Excel has stopped working since yesterday’s update.'],
    ["I can't log in to the dashboard, it says invalid token.", "I can't log in to the dashboard, it says invalid token."],
    ['Your site is down again.', 'Your site is down again.'],
    ['The app keeps crashing when I open reports.', 'The app keeps crashing when I open reports.'],
    ['We lost all our data after the migration!', 'We lost all our data after the migration!'],
    ['Still waiting for a fix on ticket #4521.', 'Still waiting for a fix on ticket #4521.'],
    ['Any update on my ticket?', 'Any update on my ticket?'],
    ['I want to file a complaint about your support team.', 'I want to file a complaint about your support team.'],
    ['This is unacceptable, we were charged twice.', 'This is unacceptable, we were charged twice.'],
    ["It's extremely slow today.", "It's extremely slow today."],
    ['Why does the sync keep failing?', 'Why does the sync keep failing?'],
    ['Hi Sam,\n\nThanks for the quick call. Unfortunately the invoices module is not loading for any of our users.\n\nBest regards,\nPriya', 'Unfortunately the invoices module is not loading for any of our users.'],
    ['We are having issues with the Outlook integration.', 'We are having issues with the Outlook integration.'],
    ['系统出问题了，订单都导不出来', '系统出问题了，订单都导不出来'],
    ['一直报错，根本用不了', '一直报错，根本用不了'],
    ['我要投诉你们的客服', '我要投诉你们的客服'],
    ['登录不了，怎么回事？', '登录不了，怎么回事？'],
    ['数据丢失了！！！', '数据丢失了！！！'],
    ['你们的系统什么时候能修好？', '你们的系统什么时候能修好？'],
    ['张经理，昨天开始报表一直导出失败，麻烦尽快处理。', '张经理，昨天开始报表一直导出失败，麻烦尽快处理。'],
    ['系統壞掉了，完全用不了', '系統壞掉了，完全用不了'],
    ['個app成日閃退，登入唔到', '個app成日閃退，登入唔到'],
    ['我哋張單收錯錢，仲未整好', '我哋張單收錯錢，仲未整好'],
    ['上個禮拜報嘅問題仲未解決，好失望。', '上個禮拜報嘅問題仲未解決，好失望。'],
    ['後台一直當機，客戶都在抱怨。', '後台一直當機，客戶都在抱怨。'],
    // slow, stuck, buggy, hard to use, support that never answers (f03 of the probe: a won customer's complaint)
    ['这两天收银台登录会员系统特别慢，高峰期要等半分钟，门店意见很大。', '这两天收银台登录会员系统特别慢，高峰期要等半分钟，门店意见很大。'],
    ['系统老是卡，收银员天天抱怨', '系统老是卡，收银员天天抱怨'],
    ['新版本用起来很慢，能不能优化一下？', '新版本用起来很慢，能不能优化一下？'],
    ['更新之后好多bug，报表都对不上', '更新之后好多bug，报表都对不上'],
    ['我哋啲分店用咗兩個禮拜，個系統好難用，員工成日投訴。', '我哋啲分店用咗兩個禮拜，個系統好難用，員工成日投訴。'],
    ['好多客戶投訴你哋個系統成日卡。', '好多客戶投訴你哋個系統成日卡。'],
    ['Your support never answers, we have been waiting a week.', 'Your support never answers, we have been waiting a week.'],
    ['Every report takes forever to load since the upgrade.', 'Every report takes forever to load since the upgrade.'],
    ['Honestly, the front desk finds it really hard to use.', 'Honestly, the front desk finds it really hard to use.'],
  ];
  it.each(complaints)('%j is a complaint', (text, sentence) => {
    const span = readComplaint(text);
    expect(span?.text).toBe(sentence);
    expectSpanOf(text, span);
  });

  const notComplaints: [string, string][] = [
    ['Our old system keeps crashing, that’s why we’re looking.', 'their old system'],
    ['Excel crashes every time we open the file.', 'their own tool'],
    ['What if the system goes down during peak season?', 'a hypothetical'],
    ['Do you offer refunds?', 'a pre-sale question'],
    ['No problem, works great!', 'all fine'],
    ['Zero bugs so far, great job.', 'negated'],
    ['We need a down payment plan.', 'another sense of down'],
    ['Can we break down the costs?', 'another sense of break'],
    ['Our customers complain about slow delivery.', 'their customers, a pain point'],
    ['Bug-free so far, the team loves it.', 'negated'],
    ['現在的系統經常當機，所以想換', 'their current system'],
    ['如果系统出问题怎么办？', 'a hypothetical'],
    ['有问题随时联系我', 'an invitation'],
    ['没有问题，谢谢', 'all fine'],
    ['從來沒有遇過閃退', 'negated'],
    ['你们的系统会不会经常崩溃？', 'a worry, not a report'],
    ['我们门店现在用的系统特别慢，所以想换。', 'their current system'],
    ['如果高峰期系统变慢怎么办？', 'a hypothetical'],
    ['用起来一点都不慢，大家都很满意。', 'negated'],
    ['我们的客户投诉发货太慢。', 'their customers, a pain point'],
    ['Is it hard to use for older staff?', 'a pre-sale question'],
    ['Does your support answer at weekends?', 'a pre-sale question'],
    ['Our old POS takes forever to load.', 'their old system'],
  ];
  it.each(notComplaints)('%j is no complaint (%s)', (text) => {
    expect(readComplaint(text)).toBeNull();
  });
});

describe('readQuestion', () => {
  /** [text, the last question sentence] */
  const questions: [string, string][] = [
    ["What's the price for 50 seats?", "What's the price for 50 seats?"],
    ['how much for 50 seats', 'how much for 50 seats'],
    ['Can you send me the contract', 'Can you send me the contract'],
    ['Do you integrate with SAP', 'Do you integrate with SAP'],
    ['Thanks for the demo. Does it support SSO? Also, we need a Chinese UI.', 'Does it support SSO?'],
    ['Looks good. Why not?', 'Why not?'],
    ['Hi Tom,\n\nThanks for the call today. Could you send over the case study we discussed.\n\nBest,\nAnna', 'Could you send over the case study we discussed.'],
    ['Any update on the contract', 'Any update on the contract'],
    ['I was wondering if you offer a discount for nonprofits', 'I was wondering if you offer a discount for nonprofits'],
    ['Which plan includes API access', 'Which plan includes API access'],
    ['Price is fine. When can you start? And who signs on your side?', 'And who signs on your side?'],
    ['is there an annual plan?? 🙏', 'is there an annual plan??'],
    ['请问你们的交付周期是多久？', '请问你们的交付周期是多久？'],
    ['价格是多少', '价格是多少'],
    ['可以分三期付款吗', '可以分三期付款吗'],
    ['那售后呢', '那售后呢'],
    ['你们有没有案例', '你们有没有案例'],
    ['几时可以上线', '几时可以上线'],
    ['王总，能不能把合同再改一下', '王总，能不能把合同再改一下'],
    ['好的。合同是否包含培训？谢谢', '合同是否包含培训？'],
    ['點樣收費', '點樣收費'],
    ['你哋有冇demo', '你哋有冇demo'],
    ['收到未', '收到未'],
    ['請問有沒有繁體中文介面？', '請問有沒有繁體中文介面？'],
    ['可唔可以分期俾錢', '可唔可以分期俾錢'],
    ['服務期可以長一點嗎', '服務期可以長一點嗎'],
  ];
  it.each(questions)('%j asks %j', (text, sentence) => {
    const span = readQuestion(text);
    expect(span?.text).toBe(sentence);
    expectSpanOf(text, span);
  });

  const notQuestions: [string, string][] = [
    ['Let me know if you have any questions.', 'a sign-off'],
    ['Any questions, let me know!', 'a sign-off'],
    ['Let me know if you have any questions?', 'a sign-off, even with a question mark'],
    ['How are you? We reviewed the proposal and it looks fine.', 'a pleasantry'],
    ['When you get a chance, send the deck.', 'a request, not a question'],
    ['Would love to chat next week.', 'not a question'],
    ['Will do.', 'not a question'],
    ['Have a great weekend!', 'not a question'],
    ['Check https://example.com/page?id=3 for details.', 'a question mark in a URL'],
    ['Sounds good.\n\nOn Tue, Mar 5, 2024 at 10:02 AM Li <li@x.com> wrote:\n> What is your budget?', 'quoted history'],
    ['好的，我们内部再讨论一下。', 'a statement'],
    ['有问题随时联系我', 'a sign-off'],
    ['如有疑问请联系我', 'a sign-off'],
    ['你好吗？最近忙吗？我们决定下周签约。', 'pleasantries'],
    ['我还在考虑呢', '呢 after a progressive'],
    ['沒什麼問題，下週簽約。', '沒什麼 is "nothing"'],
    ['好，收到，唔該晒', 'a statement'],
  ];
  it.each(notQuestions)('%j is no question (%s)', (text) => {
    expect(readQuestion(text)).toBeNull();
  });
});

describe('readQuestions', () => {
  it.each([
    ['Who actually moves that data, you or us? How long does it take, and do we run both systems side by side? January is busy.', ['Who actually moves that data, you or us?', 'How long does it take, and do we run both systems side by side?']],
    ['报价收到了。实施要多久？培训是上门还是线上？', ['实施要多久？', '培训是上门还是线上？']],
    ['價錢幾多？幾時可以上線？', ['價錢幾多？', '幾時可以上線？']],
    ['We are happy to go ahead provided SSO is part of it and not an add-on. Is it?', ['We are happy to go ahead provided SSO is part of it and not an add-on. Is it?']],
    ['單點登入要另外收費。係咪？', ['單點登入要另外收費。係咪？']],
    ['What is the price for 40 seats', ['What is the price for 40 seats']],
    ['which plan is right for us', ['which plan is right for us']],
  ])('%j: every question, whole, in order', (text, want) => {
    expect(readQuestions(text).map((q) => q.text)).toEqual(want);
  });

  // A wh-clause as a statement's subject is no question ("What is still open is clause 11.").
  it.each(['Security review is done. What is still open is clause 11.', "What's left is the sign-off from our CFO", 'Where we landed was the three-year term.', '剩下没谈妥的就是第11条。', '而家淨係差第11條未傾掂。'])('%j asks nothing', (text) => {
    expect(readQuestions(text)).toEqual([]);
    expect(readQuestion(text)).toBeNull();
  });
});

describe('a stop beside "for now" in another clause (probe 3, cause 7)', () => {
  // (暂时 / for now qualifies the need in its own clause; the stop in the next clause is whole)
  it.each([
    ['你好，我们暂时不需要，请不要再联系我了，谢谢。', '请不要再联系我'],
    ['目前用不上，以后别再给我打电话了。', '以后别再给我打'],
    ['我們暫時沒有這個需求，請不要再聯絡我，謝謝。', '請不要再聯絡我'],
    ['我哋暫時唔需要，唔好再搵我喇。', '唔好再搵我'],
    ['We have no need for now, please remove me from your list.', 'remove me from your list'],
    ["Not looking at the moment. Please stop emailing me.", 'stop emailing me'],
  ])('%j asks to stop', (text, words) => {
    expect(readStopRequest(text)?.text).toBe(words);
  });
  // (in the stop's own clause it is a time limit: a snooze, not a stop; alone it is an objection)
  it.each([
    '请暂时不要联系我，下个月再说。',
    '這段時間先別聯絡我，謝謝。',
    '呢排唔好搵我住。',
    'Please stop emailing me for now.',
    "Please don't contact me at the moment, we are in the middle of a merger.",
    '暂时不需要。',
    '我們暫時不考慮。',
  ])('%j is no stop', (text) => {
    expect(readStopRequest(text)).toBeNull();
  });
});
