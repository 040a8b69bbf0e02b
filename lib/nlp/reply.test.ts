import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { foldForMatching } from './normalize';
import { cleanReply } from './reply';

describe('cleanReply', () => {
  it.each([
    ['Gmail quote', 'Not now.\n\nOn Tue, Mar 5, 2024 at 10:02 AM Li Wei <li@example.com> wrote:\n> Too expensive?', 'Not now.'],
    ['wrapped Gmail header', 'Not now.\nOn Tue, Mar 5, 2024 at 10:02 AM Li Wei <\nli@example.com> wrote:\n> budget', 'Not now.'],
    ['Outlook header', 'OK.\n\nFrom: Sam <s@x.com>\nSent: Monday\nTo: Me\nSubject: price\nOur price is low', 'OK.'],
    ['Chinese original-mail block', '下个月再联系。\n------------------ 原始邮件 ------------------\n发件人: 张三\n价格', '下个月再联系。'],
    ['Chinese wrote header', '好的\n在 2024年3月5日 10:02,张三 写道:\n> 太贵', '好的'],
    ['signature after a sign-off', 'Sounds great.\n\nBest regards,\nMaria\nBudget Manager', 'Sounds great.'],
    ['dash-dash signature', 'Sounds great.\n--\nMaria | Budget & Cost', 'Sounds great.'],
    ['Chinese sign-off', '我要先问过老板。\n\n谢谢\n陈小姐\n预算管控组', '我要先问过老板。'],
    ['Traditional sign-off', '我要先問過老闆。\n\n謝謝\n陳小姐', '我要先問過老闆。'],
    ['mobile footer', 'Call me next week\n\nSent from my iPhone', 'Call me next week'],
    ['quoted lines only', '> old text\nNew reply', 'New reply'],
  ])('drops the %s', (_, input, expected) => {
    expect(cleanReply(input).text).toBe(expected);
  });

  it('keeps a reply that starts with "Thanks,"', () => {
    expect(cleanReply('Thanks,\nbut we have no budget.').text).toBe('Thanks,\nbut we have no budget.');
  });

  it('maps offsets back to the original', () => {
    const original = '> quoted\nreal words here';
    const clean = cleanReply(original);
    const index = clean.text.indexOf('words');
    expect(original.slice(clean.toOriginal(index), clean.toOriginal(index + 5))).toBe('words');
  });
});

describe('cleanReply on pasted and hurried text', () => {
  it.each([
    ['zero-width characters', 'We don\u200bt have the bud\u200bget', "we don\u200bt have the budget".replace('\u200b', '')],
    ['soft hyphens and direction marks', 'bud\u00adget\u200e is frozen', 'budget is frozen'],
    ['runs of spaces, tabs and no-break spaces', 'too \u00a0 expensive\tfor\u3000us', 'too expensive for us'],
    ['HTML entities', 'it&#39;s &quot;too&quot; pricey &amp; slow&nbsp;now', 'it\'s "too" pricey & slow now'],
    ['HTML tags, block tags as line breaks', '<div dir="ltr">No budget.<br>Sorry</div>', 'no budget.\nsorry'],
    ['contractions typed without the apostrophe', 'We dont have it and cant wait, thats it', "we don't have it and can't wait, that's it"],
    ['a greeting line', 'Hi Alex,\n\nNo budget this year.', 'no budget this year.'],
    ['a greeting before the words', 'Hello Bob Smith - we cant do it', "we can't do it"],
    ['a Chinese greeting line', '王总，您好！\n价格太贵了', '价格太贵了'],
    ['a Chinese greeting before the words', '您好，预算没批下来', '预算没批下来'],
    ['a hard wrap mid-sentence (but not a short line)', 'Our compliance team will not allow customer\ndata in a public cloud.\nToo slow\nand too pricey', 'our compliance team will not allow customer data in a public cloud.\ntoo slow\nand too pricey'],
  ])('reads %s', (_, input, folded) => {
    expect(cleanReply(input).folded).toBe(folded);
  });

  it.each([['Morning works.'], ['Hi-tech is not our thing.'], ['Hey we have no budget'], ['Imagine the cost']])('keeps %s (no greeting to drop, no contraction)', (input) => {
    expect(cleanReply(input).folded).toBe(input.toLowerCase());
  });

  it('drops a signature and quoted history written in HTML', () => {
    expect(cleanReply('<div>Sounds great.<br><br>--<br>Maria<br>Budget &amp; Cost</div>').folded).toBe('sounds great.');
  });

  it('maps squeezed offsets back to the original text', () => {
    const original = 'Hi Alex,\n\nThe\u200b  price&#39;s   too\u00a0high.';
    const clean = cleanReply(original);
    const index = clean.folded.indexOf('too');
    expect(clean.folded).toBe("the price's too high.");
    expect(original.slice(clean.toOriginal(index), clean.toOriginal(index + 3))).toBe('too');
    expect(original.slice(clean.toOriginal(clean.folded.indexOf('price')), clean.toOriginal(clean.folded.indexOf("'s")))).toBe('price');
    expect(clean.text).toBe('Hi Alex,\n\nThe\u200b  price&#39;s   too\u00a0high.');
  });
});

describe('foldForMatching', () => {
  it('keeps every index in place', () => {
    const text = 'Ｐｒｉｃｅ’s 價格太貴了 İstanbul';
    expect(foldForMatching(text)).toHaveLength(text.length);
    expect(foldForMatching(text)).toBe("price's 价格太贵了 İstanbul".replace('İ', 'İ'));
    // Astral characters and a broken surrogate keep their length too.
    expect(foldForMatching('價 😀 \ud800 x')).toHaveLength('價 😀 \ud800 x'.length);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Too expensive for us.', 'en'],
    ['太贵了,超出预算。', 'zh-Hans'],
    ['太貴了,超出預算。', 'zh-Hant'],
    ['这个 ROI 不清楚', 'zh-Hans'],
    ['The 预算 is frozen for this whole year unfortunately', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
