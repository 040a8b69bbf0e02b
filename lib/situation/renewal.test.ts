import { describe, expect, it } from 'vitest';
import { renewalAsk } from './renewal';
import { threadStageEvidence } from './stage-evidence';

describe("a customer's ask about their renewal's terms", () => {
  it('a discount asked, a rise pushed back, last year’s price, a budget cut, in three languages', () => {
    for (const [words, context] of [
      ['We want to stay on. If you could knock 12% off the renewal we would sign this week.', []],
      ["Twenty percent more? Honestly, match last year's price or we will look elsewhere.", ['RE: Renewal quote 2027']],
      ['Our budget got cut hard for next year, so the renewal at the same number is not going to fly.', []],
      ['Would you consider a loyalty discount on the renewal, given we have been with you three years?', []],
      ['We would happily sign for two years instead of one if you can do 10% off.', ['Your renewal is due on 10 January.']],
      ['系统用得不错，明年续费能不能打个八折？', []],
      ['续约报价比去年涨了这么多，我们很难跟老板交代。', []],
      ['今年预算被砍了，续费能不能按去年的价格？', []],
      ['續約價錢可唔可以平啲？老闆話今年要慳錢。', []],
      ['續約的費用漲了兩成，能否維持去年的價格？', []],
      ['價錢加咗兩成？可唔可以維持返舊價？', ['RE: 續約報價']],
      ['The renewal price went up again and I need something to show finance.', []],
      ['We saw an increase of 18% on the renewal; that is hard to sign off.', []],
      ['Before the renewal is signed, can we get a better deal on the reporting module?', []],
    ] as const) {
      const ask = renewalAsk(words, context);
      expect(ask, words).not.toBeNull();
      expect(ask?.expansion, words).toBe(false);
    }
  });

  it('more seats or sites at renewal is the renewal with an addition', () => {
    for (const words of [
      'The renewal is due 1 February; we would also like to add the two new sites at the same time.',
      'Ahead of the renewal, can we bring on another 15 users for the Leeds office?',
      '明年续约的时候想再加两个门店。',
      '續約時想多開20個帳號給新同事。',
      'At renewal we want to increase the seats to 50.',
      'For the renewal we would like to raise the number of users from 30 to 45.',
    ]) {
      const ask = renewalAsk(words);
      expect(ask, words).not.toBeNull();
      expect(ask?.expansion, words).toBe(true);
    }
  });

  it('no renewal named, or nothing asked of its terms: none', () => {
    for (const [words, context] of [
      ['Can you take 15% off?', ['Proposal for Hartley & Moss']],
      ['能不能打个八折？', []],
      ['The renewal paperwork is signed and on its way back.', []],
      ['续约合同已经盖章寄回了。', []],
      ['Thanks, renewal confirmed, see you at the review in March.', []],
      ['續約冇問題，下個月見。', []],
      // their news once the renewal is done, or an increase of their own: no price asked
      ['Thanks, the renewal is all sorted. Usage went up 30% this quarter, the team loves it.', []],
      ['Renewal signed, we got a better deal than we expected, thanks for pushing it through.', []],
      ['Quick update: logins went up a lot since the new dashboard, people really use it.', ['Re: Renewal 2027']],
      ['续约已经办好了，这个季度用量涨了三成，大家都很满意。', []],
      ['我们的订单量比去年涨了不少，系统很稳定。', ['回复：续约报价']],
      ['續咗約喇，多謝晒！用戶多咗兩成，大家都話好用。', []],
    ] as const) {
      expect(renewalAsk(words, context), words).toBeNull();
    }
  });
});

const kinds = (direction: 'inbound' | 'outbound', text: string, customer = false) => threadStageEvidence([{ direction, at: null, text }], customer).map((e) => `${e.kind}:${e.stage}`);

describe('a renewal of ours in the thread shows a customer', () => {
  it('our renewal notice or quote, or their ask about our renewal', () => {
    expect(kinds('outbound', 'A heads-up that your subscription renews on 15 January 2027 at £14,200 for the year.')).toContain('renewal:retain');
    expect(kinds('outbound', 'Attached is the renewal quote for 2027. The new price reflects the added reporting module.')).toContain('renewal:retain');
    expect(kinds('outbound', 'Your annual licence is up for renewal at the end of March.', true)).toContain('renewal:retain');
    expect(kinds('outbound', '王总您好，贵司的年度订阅将于1月15日到期续费，续约报价见附件。')).toContain('renewal:retain');
    expect(kinds('outbound', '陳經理您好，貴公司的合約將於明年一月續約，附上續約報價。')).toContain('renewal:retain');
    expect(kinds('inbound', 'If you can take 15% off the renewal we will sign straight away.')).toContain('renewal:retain');
    expect(kinds('inbound', '明年续费能不能打个八折？')).toContain('renewal:retain');
  });

  it('renewal talk any seller writes to a prospect is no customer of ours, unless the deal is known to be one', () => {
    for (const text of [
      'I gather your contract comes up for renewal in March. Worth 20 minutes to compare options?',
      'Saw that your licences are due for renewal next quarter, so the timing might suit a fresh look.',
      '听说贵司现在的系统明年续费，要不要先花二十分钟对比一下？',
      '聽聞貴公司嘅系統明年續約，不如傾下有冇更好嘅選擇？',
      '了解到貴司目前的合約明年三月續約，想約您二十分鐘聊聊替代方案。',
    ]) {
      expect(kinds('outbound', text), text).not.toContain('renewal:retain');
      expect(kinds('outbound', text, true), text).toContain('renewal:retain');
    }
    for (const text of [
      'Our renewal quote for your team is attached; it holds last year’s rate.',
      'Hi Dana, a note that your subscription with us renews on 1 February.',
      'Your plan renews on 15 January at $9,600 for the year.',
      '附上贵司2027年的续费报价，总额 ¥86,000。',
      '續約報價單已附上，請查收。',
    ]) expect(kinds('outbound', text), text).toContain('renewal:retain');
  });

  it("a prospect's renewal with another vendor is not ours", () => {
    expect(kinds('inbound', 'Our contract with Kinaxis renews in March, so talk to me in January.')).not.toContain('renewal:retain');
    expect(kinds('outbound', 'When does your current contract with Kinaxis come up for renewal?')).not.toContain('renewal:retain');
    expect(kinds('outbound', 'I know your subscription with HubSpot renews in June; happy to compare before then.')).not.toContain('renewal:retain');
    expect(kinds('inbound', '我们和金蝶的合同明年三月续约，到时候再说。')).not.toContain('renewal:retain');
    expect(kinds('inbound', 'We just renewed with Acme last month.')).not.toContain('renewal:retain');
  });
});
