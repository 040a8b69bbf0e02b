import { describe, expect, it } from 'vitest';
import { outreachComplaint } from './outreach-complaint';

describe('outreachComplaint: a complaint about our own emails or calls', () => {
  it.each([
    'This is the fourth email from you this week.',
    "That's the third call today, please ease off.",
    'Too many emails, honestly.',
    'You keep calling my mobile.',
    "You've misspelled my name in three emails now.",
    'Please stop spamming me.',
    '你们天天发邮件，太烦了。',
    '一直打電話來，很困擾。',
  ])('%s', (text) => {
    expect(outreachComplaint(text)).not.toBeNull();
  });

  it.each([
    'We have too many tools already.',
    'So many vendors have promised this before.',
    'Can we set up a second call with our CTO?',
    'The third email in the thread has the figures.',
    'Your last email went to spam, sorry for the late reply.',
    '確實蠻困擾的，排產一直很亂。',
  ])('not: %s', (text) => {
    expect(outreachComplaint(text)).toBeNull();
  });
});
