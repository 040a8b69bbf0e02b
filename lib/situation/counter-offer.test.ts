import { describe, expect, it } from 'vitest';
import { counterOffer } from './counter-offer';

describe('counterOffer: their own number against ours', () => {
  it.each([
    ["We'd sign today at $45k instead of $50k.", '$45k'],
    ['Zoho: management signs today if we come down to $27,500.', '$27,500'],
    ['Match $35 a seat and you have a deal.', '$35 a seat'],
    ['三十八万太高了，三十万的话我们下周就下单。', '三十万'],
    ['年費能不能算我們25萬？可以的話這個月就用印。', '25萬'],
    ['你哋俾個九折我，我哋即刻簽。', '九折'],
  ])('%s', (text, figure) => {
    expect(counterOffer(text)?.figure).toBe(figure);
  });

  it.each([
    // a buying signal whose sum is the one agreed, in a sentence of its own
    '能不能下周签合同？合同金额按20万走。',
    // our price asked to be confirmed
    '如果合作的话，价格是每年5万吗？',
    // "match" said of features, the sum someone else's deal
    'We signed a $20k deal with another vendor last year, can you match their features?',
    'Can you send the contract for the $50k we discussed?',
  ])('not: %s', (text) => {
    expect(counterOffer(text)).toBeNull();
  });
  it.each([
    // every term they name against ours, a signing promise for it
    ['Knock 12% off and give us net 60 instead of net 30 and I can get this signed before Friday.', '12% off + net 60'],
    ['Take 10% off and we will get the order signed this week.', '10% off'],
    ['If you can do net 45 and $40k, we can sign by the 20th.', 'net 45 + $40k'],
    ['账期60天、再打个9折的话，我们这周就签。', '账期60天 + 9折'],
    ['月結60日，再俾個九五折，我哋星期五前就簽。', '月結60日 + 九五折'],
  ])('every term named: %s', (text, figure) => {
    expect(counterOffer(text)?.figure).toBe(figure);
  });

  it.each([
    // a yes to our price for something given free: the concession asked, traded like a number
    ['Marek on the phone: fine with the price if we throw in onboarding for both sites at no charge. Wants an answer by Wednesday.', 'throw in onboarding for both sites at no charge'],
    ["We'll sign this month as long as you include the admin training at no extra cost.", 'include the admin training at no extra cost'],
    ['价格可以接受，只要安装调试免费，我们就签。', '安装调试免费'],
    ['只要你哋包埋培訓免費，我哋就落單。', '你哋包埋培訓免費'],
  ])('a yes for a concession: %s', (text, figure) => {
    expect(counterOffer(text)?.figure).toBe(figure);
  });

  it.each([
    // a yes on a fact, not a concession: a condition to confirm
    'We are happy to go ahead on v2 provided SSO with Azure AD is part of it and not an add-on. Is it?',
    // something free, no yes on it
    'Is onboarding included free of charge, or is that extra?',
    '培训是免费的吗？',
    // our price named back in a question, no term of theirs
    'Thanks, the 12% discount you offered is noted, I will share it with the board.',
    '送貨要幾耐？',
  ])('not a counter: %s', (text) => {
    expect(counterOffer(text)).toBeNull();
  });
});

describe('a bare percentage where a counter names it (probe 3, cause 8)', () => {
  it.each([
    ["Sam - we're close. If you can do 15% we sign this week. Otherwise it goes to next quarter.", '15%'],
    ['Give us 12 percent and we will sign the 2-year deal today.', '12 percent'],
    ["Can you do 10%? If so we'll get the PO raised Friday.", '10%'],
    ['如果能便宜15%，我们这周就签。', '15%'],
    ['如果價格可以再優惠10%，我們月底前就簽約。', '10%'],
    ['平10%嘅話，我哋今個月就落單。', '10%'],
    ['如果报价能再减10%，我们这周就签。', '10%'],
    ['If you can do 10% off the price we sign this quarter.', '10% off'],
  ])('%j → %s', (text, figure) => {
    expect(counterOffer(text)?.figure).toBe(figure);
  });
  it.each([
    'Usage went up 30% since we signed, great work.',
    'Can you do 15% of the seats on the monthly plan? We sign the rest annually.',
    'We can do 15 users to start and sign this month.',
    '我们的使用率提高了15%，合同下个月续。',
    // (a saving asked of the product, not of our price: were read as a 10% counter)
    '如果能帮我们减10%的人工成本，我们就签。',
    '如果能幫我們減10%的人工成本，我們就簽。',
    '如果可以減10% 人手，我哋就落單。',
    'If you can do 10% savings on our labour costs, we sign this quarter.',
  ])('%j is no counter', (text) => {
    expect(counterOffer(text)).toBeNull();
  });
});
