import { describe, expect, it } from 'vitest';
import { threadStageEvidence } from './stage-evidence';

const kinds = (...texts: string[]) => threadStageEvidence(texts.map((text) => ({ direction: 'inbound' as const, at: null, text }))).map((e) => `${e.kind}:${e.stage}`);

describe('what a thread shows of how far a deal has come', () => {
  it('a pilot, a trial or a proof of concept on the table is presentation, whichever side names it', () => {
    expect(kinds('Following our call: a four-week pilot on two kitchens, starting October 1.')).toEqual(['pilot:present']);
    expect(kinds('The pilot sounds good to me, but I need my boss to sign off.')).toEqual(['pilot:present']);
    expect(kinds('Could we run a 30-day trial with the night shift first?')).toEqual(['pilot:present']);
    expect(kinds('试点方案我们看了，下周和财务聊一下。')).toContainEqual('pilot:present');
    expect(kinds('我們想先試用兩週再決定。')).toEqual(['pilot:present']);
  });

  it('refusing a pilot, a pilot as a job, and a probation period are not', () => {
    expect(kinds('We don’t need a pilot, just send the price.')).not.toContain('pilot:present');
    expect(kinds("We don't need a trial.")).toEqual([]);
    expect(kinds('不用试用了，我们暂时不考虑。')).toEqual([]);
    expect(kinds('新员工试用期三个月。')).toEqual([]);
    expect(kinds('I was a pilot for twelve years before moving into operations.')).toEqual([]);
    expect(kinds('We are in the middle of a clinical trial, so the lab is busy until May.')).toEqual([]);
    expect(kinds('Our GC is tied up with a court trial this month.')).toEqual([]);
  });

  it('the signed copy coming back is a signed contract, in any words', () => {
    expect(kinds('Signed and attached. Looking forward to kick-off!')).toContain('signed:deliver');
    expect(kinds('Here is the signed agreement, countersigned by our CFO.')).toContain('signed:deliver');
    expect(kinds('合同已签字盖章，附上扫描件。')).toContain('signed:deliver');
    expect(kinds('合約已簽名，寄回給您了。')).toContain('signed:deliver');
    expect(kinds('Could you send the signed copy once your side has it?')).not.toContain('signed:deliver');
  });

  it('a contract still to be signed is not signed: where to send it, once it is, whether it is', () => {
    for (const text of [
      '验收标准确认了。签好的合同寄到哪里？',
      '签好的合同要寄给谁？',
      '簽好嘅合約寄去邊度？',
      '合同签好后我寄回给你。',
      '合約簽好之後會寄回。',
      '合同签好了吗？',
      'Once the contract is signed we will book the kick-off.',
      'As soon as the agreement has been signed, send us the onboarding plan.',
      'Let me know when the contract is signed on your side.',
    ]) expect(kinds(text), text).not.toContain('signed:deliver');
    // (signed, whatever follows)
    expect(kinds('合同签好了，扫描件见附件。')).toContain('signed:deliver');
    expect(kinds('簽好的合約已經寄回給您。')).toContain('signed:deliver');
    expect(kinds('The contract is signed, see attached.')).toContain('signed:deliver');
  });

  it('a quote still outranks a pilot', () => {
    expect(kinds('The pilot went well. Attached is the quote for the full rollout.')[0]).toBe('quote:negotiate');
  });
  it('the price sent with the message is a quote, however it is put', () => {
    expect(kinds('Pricing for the five studios attached, $890/month all in.')).toContain('quote:negotiate');
    expect(kinds('Hi Priya, pricing for the 3 warehouses attached.')).toContain('quote:negotiate');
    expect(kinds('Our rates for the two sites are below, billed yearly.')).toContain('quote:negotiate');
    expect(kinds('三个门店的价格表附上，请查收。')).toContain('quote:negotiate');
    expect(kinds('兩間分店嘅收費明細已附上，有問題隨時搵我。')).toContain('quote:negotiate');
    expect(kinds('附件是五家门店的价格，每月 890 美元。')).toContain('quote:negotiate');
  });

  it('asking for the price, or a price in passing, is not a quote sent', () => {
    expect(kinds('Could you send pricing for the five studios?')).not.toContain('quote:negotiate');
    expect(kinds('Could you resend the pricing attached to your first email?')).not.toContain('quote:negotiate');
    expect(kinds('Our prices went up last year, like everyone’s.')).toEqual([]);
    expect(kinds('价格方面我们还要再考虑。')).not.toContain('quote:negotiate');
  });

  it('our price stated with its figure in our own message is a quote; theirs, or a price asked, is not', () => {
    const ours = (text: string) => threadStageEvidence([{ direction: 'outbound', at: null, text }]).map((e) => `${e.kind}:${e.stage}`);
    expect(ours('张经理您好，50个账号的价格是每年12万元，年付优惠9折。')).toContain('quote:negotiate');
    expect(ours('陳經理您好，50個帳號的費用為每年新台幣36萬元，年繳九折。')).toContain('quote:negotiate');
    expect(ours('陳生你好，價錢係每個account每月HK$80，年付九折。')).toContain('quote:negotiate');
    expect(ours('Hi Dan, the price for 50 seats is $12,000 a year, 10% off if billed annually.')).toContain('quote:negotiate');
    expect(ours('Hi Tom, for the three depots the total comes to £18,400 per year.')).toContain('quote:negotiate');
    // a price with no figure, a figure of theirs, or their own words: no quote of ours
    expect(ours('价格方面我们可以再商量。')).not.toContain('quote:negotiate');
    expect(ours('您提到预算是每年10万元，我们按这个来准备方案。')).not.toContain('quote:negotiate');
    expect(kinds('價錢係幾多？我哋預算係每年5萬蚊。')).not.toContain('quote:negotiate');
    expect(kinds('The price we pay today is $9,000 a year.')).not.toContain('quote:negotiate');
    expect(kinds('我们现在系统的年费是8万元。')).not.toContain('quote:negotiate');
    // a cost figure of the trade in our cold email is not the price of our offer
    expect(ours('Hi Dan, for clinics your size the cost of missed appointments is $12,000 a year on average. Worth a quick chat?')).not.toContain('quote:negotiate');
    expect(ours('Hi Dan, the average cost of downtime is $5,600 a minute. Worth a quick chat?')).not.toContain('quote:negotiate');
    expect(ours('Hi Dan, the typical cost for a practice like yours is $8,000 a year in no-shows.')).not.toContain('quote:negotiate');
    expect(ours('张总您好，同规模门店每年因漏单损失的费用是12万元左右，方便聊聊吗？')).not.toContain('quote:negotiate');
    expect(ours('陳總您好，同規模門市每年因漏單損失的費用是12萬元左右，方便聊聊嗎？')).not.toContain('quote:negotiate');
    expect(ours('张总您好，行业平均的人工费用是每年8万元，我们可以帮您省下一半。')).not.toContain('quote:negotiate');
    // (the price of our plan still is)
    expect(ours('Hi Dan, the price of the Pro plan is $12,000 a year for your 50 seats.')).toContain('quote:negotiate');
    expect(ours('Hi Dan, our fee for the rollout would be $4,500.')).toContain('quote:negotiate');
  });

  it('the buyer setting us up as a vendor or raising the PO is the contract stage', () => {
    expect(kinds('Great to hear the committee approved. What do you need from us?', 'To get you set up as a vendor I need a W-9, a certificate of insurance naming the district, and the attached supplier form filled in. Once those are back I can raise the PO.')).toContain('vendor-setup:close');
    expect(kinds("Budget's signed off. Finance will issue the purchase order as soon as the vendor onboarding form is in.")[0]).toBe('vendor-setup:close');
    expect(kinds('审批通过了，麻烦把营业执照和开票信息发我，供应商建档后就下采购单给你们。')).toContain('vendor-setup:close');
    expect(kinds('老闆批咗，我哋下星期落單。')).toContain('vendor-setup:close');
    expect(kinds('董事會已經批准了。採購單下週就會開，請先填供應商資料表。')).toContain('vendor-setup:close');
  });

  it('a bid portal, no PO needed, or the forms before any decision, is not', () => {
    expect(kinds('Before we can issue the PO, accounts payable needs a W-9 and your banking details.')).not.toContain('vendor-setup:close');
    expect(kinds('Once the board approves, we will need your W-9 and the supplier form.')).not.toContain('vendor-setup:close');
    expect(kinds('只要你哋包埋培訓，我哋就落單。')).not.toContain('vendor-setup:close');
    expect(kinds('预算还没批，供应商建档的事先不急。')).not.toContain('vendor-setup:close');
    expect(kinds('Please register on our supplier portal to submit your quote.')).not.toContain('vendor-setup:close');
    expect(kinds('No PO needed for this amount, a card is fine.')).not.toContain('vendor-setup:close');
    expect(kinds('请先在供应商平台注册再报价。')).not.toContain('vendor-setup:close');
    expect(kinds('The insurance claims team keeps us busy.')).toEqual([]);
  });
});

describe('our thanks for joining the demo is a demo held; one still ahead is none (judge5)', () => {
  const ours = (text: string) => threadStageEvidence([{ direction: 'outbound', at: null, text }]).map((e) => e.kind);
  it.each([
    'Hi Maria, thanks for joining the demo this morning. The slides are attached.',
    "Thank you for attending today's demo!",
    'Great to have you at the demo earlier, Priya.',
    '感谢今天上午参加演示，幻灯片见附件。',
    '谢谢各位下午参加产品演示。',
    '謝謝您今早參加示範。',
    '多謝你今朝嚟睇示範',
  ])('%s', (text) => {
    expect(ours(text)).toContain('demo');
  });

  it.each([
    'Thanks for signing up for the demo next week.',
    'Thanks for joining the demo tomorrow - the link is below.',
    'Thank you for agreeing to join the demo on Thursday.',
    'See you after the demo next week.',
    'Thanks for joining the call this morning.',
    '感谢您报名参加下周的演示。',
    '感谢今天上午参加会议。',
    '謝謝您答應參加明天的示範。',
    '多謝你會嚟睇下星期嘅示範。',
  ])('not: %s', (text) => {
    expect(ours(text)).not.toContain('demo');
  });
});
