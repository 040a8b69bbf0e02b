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
});
