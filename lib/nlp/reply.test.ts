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

describe('foldForMatching', () => {
  it('keeps every index in place', () => {
    const text = 'Ｐｒｉｃｅ’s 價格太貴了 İstanbul';
    expect(foldForMatching(text)).toHaveLength(text.length);
    expect(foldForMatching(text)).toBe("price's 价格太贵了 İstanbul".replace('İ', 'İ'));
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
