import { describe, expect, it } from 'vitest';
import { activityVoice, isOwnLog, isRepNote, withoutActivityLabel, type ActivityVoice } from './activity-voice';

describe('whose words a CRM activity holds', () => {
  it('a log of our own move is ours', () => {
    for (const text of ['Sent the pilot plan for two kitchens.', 'Left a voicemail about the renewal', 'We emailed the revised quote', 'Called, no answer', '已发送试点方案，等客户确认。', '致電陳經理，未接。', '拜访客户，演示了排产模块', 'Called the prospect, discussed timeline', 'Sent the revised quote to Maria', 'Email: Sent proposal v2 with phased pricing', 'Call - left voicemail for Dan re proposal', '电话：已致电王总，未接通']) expect(isOwnLog(text), text).toBe(true);
  });
  it('their words, or our log of what they said, are theirs', () => {
    for (const text of ['Email from Aiko: could you send the contract?', 'Rahul says the price is too high compared with the local vendor.', 'Maria’s legal team agreed the acceptance criteria.', 'Called Wei; he asked for references first.', '客户反馈价格偏高，希望再优惠 10%。', '致電陳經理，她表示下個月再談。', 'Could we start in January?', 'Called us back about the invoice', 'Emailed us the signed contract', 'Sent over their requirements list', 'Sent back the redlined MSA', 'Shared their budget: 40k', 'Presented the proposal to the board; the CFO pushed back on price', '发来签好的合同', 'Email: Dan asked for the proposal in PDF', 'Call: Priya says the board meets on the 14th']) expect(isOwnLog(text), text).toBe(false);
  });
  it('is quoted without the label the CRM or the rep wrote before their words', () => {
    const cases: [string, string][] = [
      ['Email from Aiko: could you send the contract?', 'could you send the contract?'],
      ['Inbound email from Priya Shah: Can we move the call to Tuesday?', 'Can we move the call to Tuesday?'],
      ['Call with Dan - wants the SOC 2 report before legal signs', 'wants the SOC 2 report before legal signs'],
      ['Note: board meets on the 14th, budget is approved', 'board meets on the 14th, budget is approved'],
      ['Rahul called: please resend the demo recording.', 'please resend the demo recording.'],
      ['来自王总的邮件：合同什么时候可以发我们？', '合同什么时候可以发我们？'],
      ['客户来电：价格还是偏高', '价格还是偏高'],
      ['李伟问：数据迁移大概需要多少人天？', '数据迁移大概需要多少人天？'],
      ['與陳經理通話：下個月再談', '下個月再談'],
      ['林志豪來信：請問教育訓練是到廠還是線上？', '請問教育訓練是到廠還是線上？'],
      // no label: unchanged; a label with nothing after it stays
      ['Shared their budget: 40k', 'Shared their budget: 40k'],
      ['Could we start in January?', 'Could we start in January?'],
      ['Email:', 'Email:'],
    ];
    for (const [text, words] of cases) expect(withoutActivityLabel(text), text).toBe(words);
    expect(withoutActivityLabel('Tom: Before the board meets I need the ROI numbers.', ['Tom Wright'])).toBe('Before the board meets I need the ROI numbers.');
    expect(withoutActivityLabel('王芳：价格能再谈吗？', ['王芳'])).toBe('价格能再谈吗？');
    expect(withoutActivityLabel('Tom: Before the board meets.', ['Maria Gonzalez'])).toBe('Tom: Before the board meets.');
  });
});

describe("the rep's own note", () => {
  it('is a call or meeting logged, or their words reported in the third person', () => {
    for (const text of ['Call w/ Jonas: he will send the security questionnaire by Friday', 'Meeting with Dan - I owe him the SOC 2 report', '电话沟通：客户说下周一把需求清单发过来', '拜访王总监：对方希望按年付款，我周二把修改后的报价发给她', '對方說月底前會回覆', 'Note: I will send the revised quote Tuesday']) expect(isRepNote(text), text).toBe(true);
    expect(isRepNote("Jonas wants 10% off; I'll send the revised quote Tuesday", ['Jonas Weber'])).toBe(true);
  });

  it('is someone reported by title or name in the third person, in a rep\'s log of a call', () => {
    for (const text of ['赵经理电话里说二期预算院里已经批了，问合同走哪个流程', '王总表示可以签，问能不能分三期付款', '陳主任在會上提到下季度才有預算', 'Mr. Lee said they can sign before Christmas', 'On the call Dan asked for a 3-year price lock', 'Spoke with Priya - budget is approved', 'Per call with procurement, PO next week', 'Rahul says the price is too high']) expect(isRepNote(text), text).toBe(true);
    // (their own words under a label, or their own sentence about themselves)
    for (const text of ['李伟问：合同什么时候能发过来？', 'Priya wrote: can we pay in two instalments?', 'We said we would decide by Friday.', '我们王总周五回来再定']) expect(isRepNote(text), text).toBe(false);
  });

  it('is not their email or message, nor their words with no label', () => {
    for (const text of ['Email from Aiko: I will send the list Tuesday', 'Could we start in January?', "I'll send the signed order form tomorrow."]) expect(isRepNote(text), text).toBe(false);
    expect(isRepNote('Tom: I will send the PO on Monday.', ['Tom Wright'])).toBe(false);
  });

  it('is the rep\'s own move in the first person with no label, or in shorthand with no subject', () => {
    for (const text of ["I'll send the revised quote Tuesday.", 'will call him back Thursday re: pricing tiers', 'We promised them a pilot plan by Monday.', 'need to chase her for the PO', '我周三把报价发给他', '我下週二回電', '周五前把方案寄给对方', 'I owe them the ROI model by Friday']) expect(isRepNote(text), text).toBe(true);
  });

  it('is not a buyer\'s own step or words that speak to us, logged with no label', () => {
    for (const text of ["We'll review the proposal internally and revert by Friday.", 'We will send the PO on Monday.', "I'll send you the signed copy tomorrow.", '我下週二回覆您', '我们下周二把需求清单发给你们', 'I will check the pricing with our CFO.']) expect(isRepNote(text), text).toBe(false);
  });
});

describe('whose words a note holds: their message, their words the rep wrote down under a label, or the rep’s own note', () => {
  const names = ['Rahul Mehta', 'Jane Okafor', '王芳', '陳志明'];
  // [the activity as logged, its voice, the words read (the label dropped)]
  const table: [string, ActivityVoice, string][] = [
    // their words under a label the rep wrote: a name, a pronoun or a role with how they said it
    ["Rahul wrote: we can't do this before April", 'quoted', "we can't do this before April"],
    ['Jane said: legal will not sign an uncapped liability clause', 'quoted', 'legal will not sign an uncapped liability clause'],
    ['Rahul replied - too pricey for this quarter, sorry', 'quoted', 'too pricey for this quarter, sorry'],
    ['Jane mentioned on the call: the board wants a local vendor', 'quoted', 'the board wants a local vendor'],
    ['She asked: can we pay in three instalments?', 'quoted', 'can we pay in three instalments?'],
    ['The CFO replied: no budget until Q2.', 'quoted', 'no budget until Q2.'],
    ['their IT lead wrote: does it run on-prem?', 'quoted', 'does it run on-prem?'],
    ['Mr. Lee said "we already use Salesforce for this"', 'quoted', 'we already use Salesforce for this'],
    ['He said, “honestly we don’t see the need right now”', 'quoted', 'honestly we don’t see the need right now'],
    // a label alone, or the contact named as speaking
    ["Per Jane: budget's frozen until the audit", 'quoted', "budget's frozen until the audit"],
    ['Quote from the buyer: your competitor is 20% cheaper', 'quoted', 'your competitor is 20% cheaper'],
    ['Customer: just send me a brochure', 'quoted', 'just send me a brochure'],
    ["Client's words: not a priority this year", 'quoted', 'not a priority this year'],
    ['Rahul: we have no budget left', 'quoted', 'we have no budget left'],
    // in quotation marks, the speaker after them or none
    ['“We can’t do this before April.” – Rahul', 'quoted', 'We can’t do this before April.'],
    ['「要等老闆決定」', 'quoted', '要等老闆決定'],
    // after the rep's own opening of a call or a meeting
    ['Call w/ Rahul - he said: we are locked in with Oracle until 2028', 'quoted', 'we are locked in with Oracle until 2028'],
    ['Call w/ Rahul. He said "we cannot do this before April"', 'quoted', 'we cannot do this before April'],
    ['Spoke with Jane - she replied: the timing is bad', 'quoted', 'the timing is bad'],
    ['电话沟通：客户说：价格太高，超出预算', 'quoted', '价格太高，超出预算'],
    // Chinese: 客户说, 客户反馈, 对方表示, 他回覆, a title, 佢話, 原话
    ['客户说：价格太高', 'quoted', '价格太高'],
    ['客户反馈：功能和现在的ERP对接不上', 'quoted', '功能和现在的ERP对接不上'],
    ['對方表示：要等老闆決定', 'quoted', '要等老闆決定'],
    ['他回覆：要等老闆決定', 'quoted', '要等老闆決定'],
    ['王总在电话里说：要等董事会批', 'quoted', '要等董事会批'],
    ['陳經理的原話：「今年沒有這筆預算」', 'quoted', '今年沒有這筆預算'],
    ['佢話：太貴喇，睇吓第二間先', 'quoted', '太貴喇，睇吓第二間先'],
    ['客戶回饋：導入時間太長', 'quoted', '導入時間太長'],
    ['原话：先发个资料看看吧', 'quoted', '先发个资料看看吧'],
    // the rep's own note: their words reported, not written down; the rep's own words to them
    ['Call w/ Rahul: he says the price is too high', 'note', 'he says the price is too high'],
    ["Per the CFO, budget's frozen", 'note', "Per the CFO, budget's frozen"],
    ['Rahul said he wants 15% off before his director looks at it', 'note', 'Rahul said he wants 15% off before his director looks at it'],
    ['I said: the price is firm', 'note', 'the price is firm'],
    ['Told them we cannot go below list', 'note', 'Told them we cannot go below list'],
    ['I told him the pilot is free for a month', 'note', 'I told him the pilot is free for a month'],
    ['我说：价格不能再降了', 'note', '我说：价格不能再降了'],
    ['跟客户说：交期最快四周', 'note', '交期最快四周'],
    ['回复客户：下周发合同', 'note', '回复客户：下周发合同'],
    ['赵经理电话里说二期预算批了', 'note', '赵经理电话里说二期预算批了'],
    // their own message, logged: not a note
    ['Email from Rahul: the price is too high', 'message', 'the price is too high'],
    ['来自王总的邮件：合同什么时候可以发我们？', 'message', '合同什么时候可以发我们？'],
    ['Could we start in January?', 'message', 'Could we start in January?'],
    ['Per our call, please send the revised quote', 'message', 'Per our call, please send the revised quote'],
    ['We said we would decide by Friday.', 'message', 'We said we would decide by Friday.'],
  ];
  it.each(table)('%s', (text, voice, words) => {
    expect(activityVoice(text, names)).toBe(voice);
    expect(withoutActivityLabel(text, names)).toBe(words);
  });
});

describe('our side, our own moves and a record’s fields are no words of the customer’s', () => {
  const names = ['Rahul Mehta', '王芳'];
  // [the activity as logged, its voice, the words read]
  const table: [string, ActivityVoice, string][] = [
    // our side speaking: the rep's note
    ['Our CFO said: we cannot discount further than 10%', 'note', 'Our CFO said: we cannot discount further than 10%'],
    ['Our sales director said - the 3-year price lock is off the table', 'note', 'Our sales director said - the 3-year price lock is off the table'],
    ['My manager replied: no more free seats', 'note', 'My manager replied: no more free seats'],
    ['我们经理说：价格不能再降了', 'note', '我们经理说：价格不能再降了'],
    ['我方总监表示：最多给到九折', 'note', '我方总监表示：最多给到九折'],
    ['我們經理說：價格不能再降了', 'note', '我們經理說：價格不能再降了'],
    ['本公司法務回覆：合約條款不能改', 'note', '合約條款不能改'],
    // an adverb before the rep's own verb: our move, not a speaker (a log of our move is the rep's note, never their message)
    ['Just called - no answer, will try again Friday', 'note', 'Just called - no answer, will try again Friday'],
    ['Also emailed: sent the pricing sheet', 'note', 'Also emailed: sent the pricing sheet'],
    ['Finally rang: left a voicemail about the renewal', 'note', 'Finally rang: left a voicemail about the renewal'],
    ['刚打过电话：没人接，周五再打', 'message', '刚打过电话：没人接，周五再打'],
    ['剛打過電話：沒人接，週五再打', 'message', '剛打過電話：沒人接，週五再打'],
    // ">" opens a quoted line only as a mail's quote mark, never before a number
    ['>50 seats, needs SSO by March', 'message', '>50 seats, needs SSO by March'],
    ['>50个席位，三月前要单点登录', 'message', '>50个席位，三月前要单点登录'],
    ['>50個席位，三月前要單一登入', 'message', '>50個席位，三月前要單一登入'],
    ['> we cannot do this before April', 'quoted', 'we cannot do this before April'],
    // "Customer:" before a record's field (a name, then a parenthesis or nothing said), not before words said
    ['Customer: Acme Corp (renewal)', 'message', 'Customer: Acme Corp (renewal)'],
    ['Client: Globex Ltd', 'message', 'Client: Globex Ltd'],
    ['Customer: Northwind Traders – 40 seats', 'message', 'Customer: Northwind Traders – 40 seats'],
    ['客户：华信科技（续约）', 'message', '客户：华信科技（续约）'],
    ['客戶：華信科技（續約）', 'message', '客戶：華信科技（續約）'],
    ['Customer: Not now, maybe after the audit', 'quoted', 'Not now, maybe after the audit'],
    ['Customer: No.', 'quoted', 'No.'],
    // (words in Title Case are still words: a pronoun, a negation, a modal, "thanks", a sentence's end; was a field)
    ['Customer: Not Now, thanks', 'quoted', 'Not Now, thanks'],
    ['Client: No Thanks', 'quoted', 'No Thanks'],
    ['Customer: Send Me The Deck', 'quoted', 'Send Me The Deck'],
    ['Customer: Maybe Next Quarter', 'quoted', 'Maybe Next Quarter'],
    ['Buyer: Will Revert After The Board Meets', 'quoted', 'Will Revert After The Board Meets'],
    ['Customer: Too Expensive!', 'quoted', 'Too Expensive!'],
    // (a name in Chinese is a field, as a company's name in English: was read as their words)
    ['Customer: 华东冷链', 'message', 'Customer: 华东冷链'],
    ['Customer: 宏碩精密（續約）', 'message', 'Customer: 宏碩精密（續約）'],
    ['Client: 华夏银行', 'message', 'Client: 华夏银行'],
    ['Customer: 王总', 'message', 'Customer: 王总'],
    ['Customer: 太贵了，下个月再说', 'quoted', '太贵了，下个月再说'],
    ['Customer: 暂时不需要', 'quoted', '暂时不需要'],
    ['Customer: 先唔使住，唔該', 'quoted', '先唔使住，唔該'],
    // (a company's name with a word a sentence could hold is still a name: its suffix says so)
    ['Customer: Yes Bank Ltd', 'message', 'Customer: Yes Bank Ltd'],
    ['Prospect: The Home Depot', 'message', 'Prospect: The Home Depot'],
    ['Customer: Northwind Traders, renewal', 'message', 'Customer: Northwind Traders, renewal'],
    // (a person as addressed or a firm named for its region is a field, whatever characters a sentence shares with it; an adverb in a name's capitals is the name's)
    ['Customer: 王先生', 'message', 'Customer: 王先生'],
    ['Customer: 李太太', 'message', 'Customer: 李太太'],
    ['客戶：陳太太（續約）', 'message', '客戶：陳太太（續約）'],
    ['Customer: 中国太平', 'message', 'Customer: 中国太平'],
    ['Client: 香港先達', 'message', 'Client: 香港先達'],
    ['Customer: Still Water Partners', 'message', 'Customer: Still Water Partners'],
    ['Customer: Just Eat Takeaway', 'message', 'Customer: Just Eat Takeaway'],
    ['Client: Very Good Bakeries (pilot)', 'message', 'Client: Very Good Bakeries (pilot)'],
    ['Customer: Later Stage Ventures', 'message', 'Customer: Later Stage Ventures'],
    ['Customer: not now, later', 'quoted', 'not now, later'],
    ['Customer: 王先生说太贵了', 'quoted', '王先生说太贵了'],
    ['Customer: 先不用了', 'quoted', '先不用了'],
    ['Customer: still no budget', 'quoted', 'still no budget'],
    ['Customer: Too Expensive, Maybe Later', 'quoted', 'Too Expensive, Maybe Later'],
    // (an objection or a wish in Title Case is words said, by its shape as a phrase: was a field)
    ['Customer: Too Pricey', 'quoted', 'Too Pricey'],
    ['Client: Way Too Expensive', 'quoted', 'Way Too Expensive'],
    ['Customer: Need To Think', 'quoted', 'Need To Think'],
    ['Customer: Need More Time', 'quoted', 'Need More Time'],
    ['Prospect: Over Budget', 'quoted', 'Over Budget'],
    ['Buyer: Budget Frozen', 'quoted', 'Budget Frozen'],
    ['Customer: Next Quarter', 'quoted', 'Next Quarter'],
    ['Customer: After Chinese New Year', 'quoted', 'After Chinese New Year'],
    ['Customer: Went With Competitor', 'quoted', 'Went With Competitor'],
    ['Client: Happy With Current Vendor', 'quoted', 'Happy With Current Vendor'],
    ['Customer: Call Back In January', 'quoted', 'Call Back In January'],
    ['Customer: Wait Until Q3', 'quoted', 'Wait Until Q3'],
    ['Client: Send Pricing', 'quoted', 'Send Pricing'],
    ['Customer: Wants Discount (Renewal)', 'quoted', 'Wants Discount (Renewal)'],
    ['Customer: Not Now', 'quoted', 'Not Now'],
    ['Customer: No Budget', 'quoted', 'No Budget'],
    // (names and firms holding one of those words stay fields)
    ['Customer: Mei Lin Chen', 'message', 'Customer: Mei Lin Chen'],
    ['Customer: Acme Corp', 'message', 'Customer: Acme Corp'],
    ['Customer: High Tide Seafoods', 'message', 'Customer: High Tide Seafoods'],
    ['Client: Check Point Software', 'message', 'Client: Check Point Software'],
    ['Customer: Too Good To Go', 'message', 'Customer: Too Good To Go'],
    ['Customer: Next Level Logistics (renewal)', 'message', 'Customer: Next Level Logistics (renewal)'],
    ['Customer: Budget Rent A Car', 'message', 'Customer: Budget Rent A Car'],
    ['Prospect: Happy Valley Foods', 'message', 'Prospect: Happy Valley Foods'],
    // (a phrase's shape is the whole field, or a firm's noun ends it: were read as their words)
    ['Customer: Follow Up Boss', 'message', 'Customer: Follow Up Boss'],
    ['Customer: Ask The Expert Media', 'message', 'Customer: Ask The Expert Media'],
    ['Client: Circle Back Studios', 'message', 'Client: Circle Back Studios'],
    ['Customer: So High Brewing', 'message', 'Customer: So High Brewing'],
    ['Prospect: After Hours Brewing (taproom)', 'message', 'Prospect: After Hours Brewing (taproom)'],
    ['Customer: Check In Labs', 'message', 'Customer: Check In Labs'],
    // (the phrase alone, or a firm's noun after "the"/"with" or a vendor chosen, is still words said)
    ['Customer: Ask The Boss', 'quoted', 'Ask The Boss'],
    ['Client: Check With Boss', 'quoted', 'Check With Boss'],
    ['Customer: Went With Acme Software', 'quoted', 'Went With Acme Software'],
    ['Customer: Circle Back In Q3', 'quoted', 'Circle Back In Q3'],
    ['Buyer: Way Too Pricey', 'quoted', 'Way Too Pricey'],
    // (five or six words in Title Case that say when, how much or what next: were read as a field, nothing of theirs)
    ['Customer: Waiting On Legal Review Of MSA', 'quoted', 'Waiting On Legal Review Of MSA'],
    ['Customer: Revisit After Board Meeting In March', 'quoted', 'Revisit After Board Meeting In March'],
    ['Client: Price Too High For Current Budget', 'quoted', 'Price Too High For Current Budget'],
    ['Customer: Happy With Current Provider For Now', 'quoted', 'Happy With Current Provider For Now'],
    ['Prospect: Send Pricing For The Enterprise Tier', 'quoted', 'Send Pricing For The Enterprise Tier'],
    ['Customer: Decision Delayed Until After Audit', 'quoted', 'Decision Delayed Until After Audit'],
    ['Customer: We Are Not Ready To Move Forward', 'quoted', 'We Are Not Ready To Move Forward'],
    // (and in Chinese, a status with its time or its step: were a field)
    ['Customer: 年底前完成内部评估', 'quoted', '年底前完成内部评估'],
    ['Customer: 等老板回来决定', 'quoted', '等老板回来决定'],
    ['Customer: 下週跟老闆報告後回覆', 'quoted', '下週跟老闆報告後回覆'],
    ['Customer: 採購流程走完後簽約', 'quoted', '採購流程走完後簽約'],
    // (a firm's long name stays a field: "Of", "The", "For", "In" are a name's words too)
    ['Customer: Bank Of The West Commercial Lending', 'message', 'Customer: Bank Of The West Commercial Lending'],
    ['Customer: Friends Of The Earth International', 'message', 'Customer: Friends Of The Earth International'],
    ['Customer: Jack In The Box Franchise Group', 'message', 'Customer: Jack In The Box Franchise Group'],
    ['Customer: Rising Tide Capital Management Partners', 'message', 'Customer: Rising Tide Capital Management Partners'],
    ['Customer: Northwind Traders Pacific Rim Division (renewal)', 'message', 'Customer: Northwind Traders Pacific Rim Division (renewal)'],
    ['Customer: 華東冷鏈物流（續約）', 'message', 'Customer: 華東冷鏈物流（續約）'],
    ['Customer: 明年科技', 'message', 'Customer: 明年科技'],
    // the customer's side still speaks
    ['The CFO said: we cannot discount further than 10%', 'quoted', 'we cannot discount further than 10%'],
    ['客户经理说：价格还能再降吗？', 'quoted', '价格还能再降吗？'],
    ['李伟问：数据迁移大概需要多少人天？', 'quoted', '数据迁移大概需要多少人天？'],
  ];
  it.each(table)('%s', (text, voice, words) => {
    expect(activityVoice(text, names)).toBe(voice);
    expect(withoutActivityLabel(text, names)).toBe(words);
  });

  it('a log of our move after an adverb is ours', () => {
    for (const text of ['Just called - no answer, will try again Friday', 'Also emailed the pricing sheet']) expect(isOwnLog(text), text).toBe(true);
    expect(isOwnLog('Just called us back about the invoice')).toBe(false);
  });
});

describe('every pattern reads a hostile note in linear time', () => {
  // (an opened quote never closed, a label then a long run of spaces, of letters, of Han: "([^"]*[\p{L}][^"]*)" took 37 s on 50,000 characters)
  // A linear read takes 9-19 ms here; the bound is far above it, so a loaded CI machine does not trip it, and far
  // below a backtracking pattern's seconds.
  const N = 50_000;
  const openings = ['', '「', '“', '"', '『', '>', 'Rahul wrote', 'Rahul wrote:', 'Mr. Lee said', 'He said', 'The CFO replied', 'Call w/ Rahul', 'Call w/ Rahul - he said', 'Spoke with Jane', 'Customer:', 'Per Jane', 'Our CFO said', '客户说', '王总在电话里说', '我们经理说', '李伟问', '来自王总', '与陈经理', 'on the call', 'I said'];
  const runs = [' ', 'a', 'A ', '价', '经理', '“', '"', '「', ' -', ', ', 'he '];
  it.each(openings)('after %j', (opening) => {
    for (const run of runs) {
      const note = (opening + run.repeat(N)).slice(0, N) + '.';
      for (const read of [() => activityVoice(note, ['Rahul Mehta']), () => withoutActivityLabel(note, ['Rahul Mehta']), () => isRepNote(note, ['Rahul Mehta']), () => isOwnLog(note)]) {
        const started = performance.now();
        read();
        expect(performance.now() - started, `${JSON.stringify(opening)} + ${JSON.stringify(run)}`).toBeLessThan(1_000);
      }
    }
  });
});

describe('a rep’s shorthand is no customer’s words (C9 of the probe)', () => {
  const names = ['Neha Sharma', 'Nora Quinn', '王芳', '陳志明'];
  // [the activity as logged, its voice, the words read]
  const table: [string, ActivityVoice, string][] = [
    // a name before the rep's third-person report of them: the rep's note, never quoted to them
    ['Neha: director approved the revised quote. Send the final contract and she will get it stamped this week.', 'note', 'director approved the revised quote. Send the final contract and she will get it stamped this week.'],
    ['王芳：领导批了，合同发过来她会尽快盖章。', 'note', '领导批了，合同发过来她会尽快盖章。'],
    ['陳志明：老闆批咗，寄份合約過嚟佢今個禮拜會蓋印。', 'note', '老闆批咗，寄份合約過嚟佢今個禮拜會蓋印。'],
    // their own words under their name, in the first person: still theirs
    ['Neha: could you send the final contract? My director will get it stamped this week.', 'quoted', 'could you send the final contract? My director will get it stamped this week.'],
    ['王芳：我们老板说她下周签。', 'quoted', '我们老板说她下周签。'],
    ['陳志明：我老細話佢今個禮拜會批。', 'quoted', '我老細話佢今個禮拜會批。'],
    // (其他 is "other", no one reported; "they" of themselves, or a pronoun that is no clause's subject, is their own sentence: were read as the rep's note)
    ['王芳：其他功能都还好，就是价格太贵', 'quoted', '其他功能都还好，就是价格太贵'],
    ['陳志明：其他部門都同意了，只差財務', 'quoted', '其他部門都同意了，只差財務'],
    ['Neha: They are not ready until Q3', 'quoted', 'They are not ready until Q3'],
    ['Nora: Not this quarter, sorry. Legal has other priorities for them', 'quoted', 'Not this quarter, sorry. Legal has other priorities for them'],
    ['Neha: pricing looks fine, but procurement wants a call with her first', 'quoted', 'pricing looks fine, but procurement wants a call with her first'],
    // (one person opening a clause is the rep's report, wherever the clause starts)
    ["Neha: board signed off; she's sending the PO Friday", 'note', "board signed off; she's sending the PO Friday"],
    ['Nora: He is out until the 12th, then he will review the SOW', 'note', 'He is out until the 12th, then he will review the SOW'],
    ['王芳：財務批了，她下週蓋章', 'note', '財務批了，她下週蓋章'],
    // a web form's submission logged by the CRM: their message, read without the label and the quotation marks
    ['Inbound via website form from Nora: "What would it cost for 40 staff across 4 cafés? We start looking properly in January."', 'message', 'What would it cost for 40 staff across 4 cafés? We start looking properly in January.'],
    ['Website enquiry from Nora Quinn: Do you offer a nonprofit discount?', 'message', 'Do you offer a nonprofit discount?'],
    ['官网表单留言（王芳）：40个门店大概多少钱？', 'message', '40个门店大概多少钱？'],
    ['官網表單來自陳志明：請問有繁體版本嗎？', 'message', '請問有繁體版本嗎？'],
  ];
  it.each(table)('%s', (text, voice, words) => {
    expect(activityVoice(text, names)).toBe(voice);
    expect(withoutActivityLabel(text, names)).toBe(words);
  });

  it('a numbered follow-up or chaser logged with no reply is our own move', () => {
    for (const text of ['Email follow-up 2, no reply.', 'Follow-up #3 (no response)', 'Chaser email sent, nothing back', '第二次跟进邮件，未回复', '電話跟進，無人接聽', 'Follow up call 1 - voicemail'])
      expect(isOwnLog(text), text).toBe(true);
    for (const text of ['Follow-up: she asked for pricing', '跟进：客户说下个月再谈', 'Follow-up call went well, Rahul wants a demo', 'Follow-up from Dan: can we push to March?']) expect(isOwnLog(text), text).toBe(false);
  });

  it('a reminder or a follow-up named before other words is no touch of ours unless nobody answered', () => {
    for (const text of ['Follow up, no answer', 'Reminder - left a voicemail', 'Nudge.', 'Reminder email sent', '提醒，未回复', '跟進，無人接聽']) expect(isOwnLog(text), text).toBe(true);
    // (was counted toward the three touches that retire a deal)
    for (const text of ['Reminder, our contract with Salesforce ends in March', 'Reminder; their fiscal year starts in April', 'Follow-up - pricing is in the shared folder', '提醒，合同三月到期', '跟進；他們財年四月開始']) expect(isOwnLog(text), text).toBe(false);
  });

  it('reads a chaser followed by a long run of spaces in linear time', () => {
    // (three runs of spaces side by side took 2.9 s on 50,000 spaces; a linear read takes about a millisecond)
    for (const opening of ['follow up', 'Email follow-up 2', 'chaser email', '跟进', '第二次跟进邮件']) {
      const note = opening + ' '.repeat(50_000) + 'x';
      const started = performance.now();
      expect(isOwnLog(note)).toBe(false);
      expect(performance.now() - started, opening).toBeLessThan(1_000);
    }
  });
});

describe('the rep’s paraphrase under a label is no customer’s words (judge4: z01, p02 of probe3)', () => {
  const names = ['Carla Jensen', 'Dave Kimura', '王芳', '陳志明'];
  // [the activity as logged, its voice, the words read]
  const table: [string, ActivityVoice, string][] = [
    // they, spoken of in the third person by the rep: quoted back, "before she can issue a PO" went to her
    ['Carla: board approved. Need our W-9 and their vendor setup form before she can issue a PO.', 'note', 'board approved. Need our W-9 and their vendor setup form before she can issue a PO.'],
    ["Dave emailed: the vendor they picked in June isn't working out. Wants to talk again early January.", 'note', "the vendor they picked in June isn't working out. Wants to talk again early January."],
    ['Dave wrote: Says the billing errors are every month now.', 'note', 'Says the billing errors are every month now.'],
    ['王芳：他们上次选了别家，现在用得不满意，想再聊聊。', 'note', '他们上次选了别家，现在用得不满意，想再聊聊。'],
    ['陳志明：佢哋上次揀咗另一間，而家想再傾下。', 'note', '佢哋上次揀咗另一間，而家想再傾下。'],
    // their own words: their "I", their "you", their "our" with nobody else's side named
    ['Carla: our CFO approved; she signs Friday.', 'quoted', 'our CFO approved; she signs Friday.'],
    ['Dave emailed: I need the W-9 before she can issue the PO.', 'quoted', 'I need the W-9 before she can issue the PO.'],
    ["Dave emailed: could you send the W-9? She can't issue the PO without it.", 'quoted', "could you send the W-9? She can't issue the PO without it."],
    ['王芳：我们上次选了别家，现在想再聊聊。', 'quoted', '我们上次选了别家，现在想再聊聊。'],
    ['陳志明：我哋上次揀咗另一間，而家想再同你傾下。', 'quoted', '我哋上次揀咗另一間，而家想再同你傾下。'],
    // (fixB) a please or a question to us: their own words, whatever the shorthand or "they" in them
    ['Carla: Wants to confirm the invoice address, please.', 'quoted', 'Wants to confirm the invoice address, please.'],
    ['Dave emailed: They picked the Enterprise plan. Please send the order form.', 'quoted', 'They picked the Enterprise plan. Please send the order form.'],
    ['王芳：他们上次选了别家，这次想换一下。能发报价吗？', 'quoted', '他们上次选了别家，这次想换一下。能发报价吗？'],
    ['陳志明：他們上次選了別家，這次想換一下。可以寄報價嗎？', 'quoted', '他們上次選了別家，這次想換一下。可以寄報價嗎？'],
  ];
  it.each(table)('%s', (text, voice, words) => {
    expect(activityVoice(text, names)).toBe(voice);
    expect(withoutActivityLabel(text, names)).toBe(words);
  });
});

describe('our own logged moves, however the CRM or the rep words them, are ours (C2 of probe 3)', () => {
  const names = ['Julia Marsh', 'Olivia Barnes', '高志远', '陳嘉欣'];
  it.each([
    // the thing sent named first, as Pipedrive and HubSpot log an email
    'Email sent to Julia: quote for 3 practices attached.',
    'Quote sent to Mr Tan via email',
    'Proposal emailed over to Priya, v3 with the phased rollout',
    'An e-mail was sent to Olivia Barnes (pricing sheet + case study)',
    'Calendar invite sent to Dan for Tuesday',
    // 简体: sent to someone named first, or 已…
    '给高总发了修订版报价，等他们内部审批。',
    '给客户发了合同，等待对方的回复',
    '向刘经理发送了报价单',
    // 繁體 / 粵語
    '已寄出報價，等對方回覆',
    '給陳經理寄了合約，等他們法務看',
    '寄咗報價俾佢，等佢覆。',
    '發咗份proposal俾陳生',
  ])('%s', (text) => {
    expect(isOwnLog(text, names)).toBe(true);
    expect(activityVoice(text, names)).toBe('note');
  });
  it.each([
    // near-misses: sent to us, or their message logged, or them sending us something: theirs
    ['Email sent to us by Dan: can you resend the W-9?', 'message'],
    ['Email from Julia: can you send the quote again?', 'message'],
    ['王总给我们发了采购需求，问能不能下周报价', 'message'],
    ['陳生寄咗份需求俾我哋，問下個月可唔可以開始', 'message'],
    ['Quote sent to us was missing the support line', 'message'],
  ] as const)('%s', (text, voice) => {
    expect(isOwnLog(text, names)).toBe(false);
    expect(activityVoice(text, names)).toBe(voice);
  });
});
