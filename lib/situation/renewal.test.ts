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
    ] as const) {
      expect(renewalAsk(words, context), words).toBeNull();
    }
  });
});

const kinds = (direction: 'inbound' | 'outbound', text: string) => threadStageEvidence([{ direction, at: null, text }]).map((e) => `${e.kind}:${e.stage}`);

describe('a renewal of ours in the thread shows a customer', () => {
  it('our renewal notice or quote, or their ask about our renewal', () => {
    expect(kinds('outbound', 'A heads-up that your subscription renews on 15 January 2027 at £14,200 for the year.')).toContain('renewal:retain');
    expect(kinds('outbound', 'Attached is the renewal quote for 2027. The new price reflects the added reporting module.')).toContain('renewal:retain');
    expect(kinds('outbound', 'Your annual licence is up for renewal at the end of March.')).toContain('renewal:retain');
    expect(kinds('outbound', '王总您好，贵司的年度订阅将于1月15日到期续费，续约报价见附件。')).toContain('renewal:retain');
    expect(kinds('outbound', '陳經理您好，貴公司的合約將於明年一月續約，附上續約報價。')).toContain('renewal:retain');
    expect(kinds('inbound', 'If you can take 15% off the renewal we will sign straight away.')).toContain('renewal:retain');
    expect(kinds('inbound', '明年续费能不能打个八折？')).toContain('renewal:retain');
  });

  it("a prospect's renewal with another vendor is not ours", () => {
    expect(kinds('inbound', 'Our contract with Kinaxis renews in March, so talk to me in January.')).not.toContain('renewal:retain');
    expect(kinds('outbound', 'When does your current contract with Kinaxis come up for renewal?')).not.toContain('renewal:retain');
    expect(kinds('outbound', 'I know your subscription with HubSpot renews in June; happy to compare before then.')).not.toContain('renewal:retain');
    expect(kinds('inbound', '我们和金蝶的合同明年三月续约，到时候再说。')).not.toContain('renewal:retain');
    expect(kinds('inbound', 'We just renewed with Acme last month.')).not.toContain('renewal:retain');
  });
});
