import { describe, expect, it } from 'vitest';
import { classifyReply } from './classify-reply';
import { isPlainPriceQuestion, isPlainTermsQuestion } from './price-question';
import { readerInput } from './reader-input';

const plain = (text: string) => isPlainPriceQuestion(readerInput(text).folded);

describe('isPlainPriceQuestion', () => {
  it.each(["What's the price?", 'what do you charge for a weekly clean', 'And the price is?', 'How much for 3 sites?', '價錢多少？', '多少钱一个月', '收費點計？'])('%s asks for a number', (text) => {
    expect(plain(text)).toBe(true);
  });

  it.each([
    'Why is it so expensive?',
    'How much? That seems a lot for what it is.',
    'How much?!',
    'What is your best price?',
    'Any discount if we pay upfront?',
    'what do the others charge, yours is higher',
    '能便宜点吗？',
    '多少钱？这么贵',
    '价格多少？别家才八百',
    'Is there any flexibility on price? 48k is hard for us to swallow.',
    'is there any flexibility on price 48k is hard for us to swallow',
    'Can you do better on the price, your quote is well above our range?',
    'We looked at the pricing page and honestly the cost per seat is more than we can justify to the board this year, and the onboarding fee on top of that makes it a no for now.',
  ])('%s is more than a question', (text) => {
    expect(plain(text)).toBe(false);
  });
});

describe('a plain question about the price, read', () => {
  it.each(["What's the price?", 'And the price is?', '價錢多少？'])('%s: no objection, the price its second reading, not sure', (text) => {
    const result = classifyReply(text);
    expect(result.category).toBe('none');
    expect(result.confidence).toBeLessThan(0.8);
    expect(result.objections).toEqual([]);
    if (result.readings[1]?.category === 'price') expect(result.readings[1].confidence).toBeLessThanOrEqual(result.confidence);
  });

  it.each(['Why is it so expensive?', '太贵了', 'Would you do it for 900?'])('%s stays the price objection', (text) => {
    expect(classifyReply(text).category).toBe('price');
  });
});

describe('isPlainTermsQuestion', () => {
  const terms = (text: string) => isPlainTermsQuestion(readerInput(text).folded);

  it.each([
    'How long is the minimum term?',
    'what are the payment terms on this',
    'Is the plan billed annually or monthly?',
    'Does the subscription auto renew?',
    'Do you offer monthly billing?',
    '合同一般签几年?',
    '續約會唔會自動續㗎?',
    '年費定月費呀?',
  ])('%s asks what the terms are', (text) => {
    expect(terms(text)).toBe(true);
  });

  it.each([
    'Can we do monthly instead of annual?',
    'Could we shorten the term to 12 months?',
    'What if we want to cancel after three months?',
    'How long is the contract? We won’t sign anything over a year.',
    'A three-year term? No way.',
    'Is there a payment plan, or is it all up front?',
    '合同先签半年可以吗?',
    '付款可唔可以分三期?',
    'why is the notice period 90 days?',
  ])('%s asks for other terms or objects', (text) => {
    expect(terms(text)).toBe(false);
  });
});

describe('a plain question about the terms, read', () => {
  it.each(['What is the minimum contract length?', '合同一般签几年?'])('%s: no objection, not sure', (text) => {
    const result = classifyReply(text);
    expect(result.category).toBe('none');
    expect(result.confidence).toBeLessThan(0.8);
    expect(result.objections).toEqual([]);
  });

  it.each(['Can we do month-to-month instead of a 3 year contract?', '合同签三年太长了,最多一年'])('%s stays the contract objection', (text) => {
    expect(classifyReply(text).category).toBe('contract');
  });
});
