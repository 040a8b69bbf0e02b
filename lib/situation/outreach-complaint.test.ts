import { describe, expect, it } from 'vitest';
import { fedUpNo, outreachComplaint } from './outreach-complaint';

describe('outreachComplaint: a complaint about our own emails or calls', () => {
  it.each([
    'This is the fourth email from you this week.',
    'Third email in a fortnight mate.',
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

describe('fedUpNo: a hard no said fed up with our chasing', () => {
  it.each([
    ['Third email in a fortnight mate. Do you lot ever take a hint? Not interested.', 'Not interested.'],
    ['I told you already - we are not interested.', 'I told you already - we are not interested.'],
    ['How many times do I have to say it? No thanks.', 'No thanks.'],
    ['都说了多少次了，我们不需要，不感兴趣。', '都说了多少次了，我们不需要，不感兴趣。'],
    ['已經說過了，我們沒興趣，你們到底懂不懂？', '已經說過了，我們沒興趣，你們到底懂不懂？'],
    ['講咗幾多次，我哋唔需要。', '講咗幾多次，我哋唔需要。'],
    ['Do you lot ever take a hint? Not interested.', 'Not interested.'],
    ['Please leave us alone. We are not interested.', 'We are not interested.'],
    ['请不要再发了，都说了多少次了，我们不需要。', '请不要再发了，都说了多少次了，我们不需要。'],
  ])('%s', (text, quote) => {
    expect(fedUpNo(text)).toBe(quote);
  });

  it.each([
    // a plain no: the brush-off it is
    'Not interested, thanks.',
    '不感兴趣，谢谢。',
    '暫時沒興趣，謝謝。',
    // annoyed at their own week, not at us
    'Seriously swamped this week. Not interested right now.',
    // said before, of something else
    "We've said before we might revisit in Q3; not interested in the add-on though.",
    // fed up, and no no in it
    'How many times do I have to ask for the invoice?',
    // a no to one thing, beside a meeting, a request or a question (each the step it was before)
    "Not interested in the premium tier, but how many times can we still move the demo? Let's lock in Thursday 2pm.",
    "Ha, I'll take the hint - sorry for going quiet! No thanks on the webinar, but a call next Tuesday works.",
    "Not interested in the annual plan - we have already said we'd prefer monthly. Can you send the monthly quote?",
    '已經說過了，下星期一開會決定，我們不需要另外的簡報，到時候直接報價給我們。',
    '已经说过了，下星期一开会决定，我们不需要另外的简报，到时候直接报价给我们。',
    '老闆講咗幾多次要快啲搞掂，我哋唔需要額外功能，照原價簽就得，合約幾時有？',
    // the words of being fed up said of a language, a yes, their own process
    '我听不懂英文，不需要英文资料，麻烦发中文版给我。',
    '你懂不懂粤语？我哋唔需要英文版…',
    '我聽不懂英文，不需要英文資料，麻煩寄中文版給我。',
    'I have already said yes to the pilot internally - no thanks needed! When can we start?',
    '煩不煩啊這個審批流程😂 我們不需要再等了，直接簽吧。',
    '烦不烦啊这个审批流程😂 我们不需要再等了，直接签吧。',
  ])('not: %s', (text) => {
    expect(fedUpNo(text)).toBeNull();
  });
});
