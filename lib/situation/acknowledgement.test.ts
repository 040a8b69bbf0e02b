import { describe, expect, it } from 'vitest';
import { isAcknowledgement, isBareYes } from './acknowledgement';

describe('isAcknowledgement', () => {
  it.each([
    'Thanks!',
    'Thanks Sam, got it.\n\nTom',
    'thank you for the quote, received.',
    'Got it, thx',
    'sounds good, talk soon',
    'Noted with thanks.\n\nBest regards,\nPriya',
    '好的，收到，謝謝',
    '收到，谢谢！',
    '王经理您好\n收到了，多谢',
    '好，唔該',
    '👍',
    '好喔 👌',
    '收到 👌',
    'ok 👍 thx',
  ])('an acknowledgement: %s', (text) => expect(isAcknowledgement(text)).toBe(true));

  it.each([
    'Thanks, I will forward it to our CFO.',
    'Thanks! Can you send the deck?',
    'Got it. The price is too high for us though.',
    'Thanks, but we already work with another vendor.',
    'Your demo sandbox keeps crashing whenever I upload our item file.',
    '收到，我们下周开会讨论一下',
    '好喔，那个报价再便宜一点',
    '謝謝，不過預算今年已經用完了',
    'Hi Sam',
    'Great Idea',
    '收到，再说',
    '',
  ])('more than an acknowledgement: %s', (text) => expect(isAcknowledgement(text)).toBe(false));
});

describe('an okay repeated to the length limit reads in linear time', () => {
  it.each(['ok', 'OK', '嗯', '好的', 'ok👍', 'k'])('%s', (unit) => {
    const text = `${unit.repeat(Math.floor(158 / unit.length))}x`;
    isBareYes('warm up');
    const started = performance.now();
    expect(isBareYes(text)).toBe(false);
    expect(isAcknowledgement(text)).toBe(false);
    // (a doubling per word was 24 s at 53 characters; linear, well under a millisecond)
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
