import { describe, expect, it } from 'vitest';
import { fillSpaced, formatList, formatMessage, isWellFormed, messageArguments, spaceLatinAndHan } from './format';

const CONTACTS = '{count, plural, =0 {No contact} one {# contact} other {# contacts}}';

describe('formatMessage', () => {
  it.each([
    [0, 'No contact'],
    [1, '1 contact'],
    [2, '2 contacts'],
    [1234, '1,234 contacts'],
  ])('picks the English form for %d', (count, text) => {
    expect(formatMessage('en', CONTACTS, { count })).toBe(text);
  });

  it('reads a numeric string as its number, one already written with grouping as well', () => {
    expect(formatMessage('en', CONTACTS, { count: '1' })).toBe('1 contact');
    expect(formatMessage('en', CONTACTS, { count: (1200).toLocaleString('en') })).toBe('1,200 contacts');
  });

  it('has one form in Chinese (other), numbers written the Chinese way', () => {
    expect(formatMessage('zh-Hant', '{count, plural, other {# 位聯絡人}}', { count: 1 })).toBe('1 位聯絡人');
    expect(formatMessage('zh-Hans', '共 {count} 位联系人', { count: 12345 })).toBe('共 12,345 位联系人');
  });

  it('fills placeholders inside a plural branch and leaves unknown ones visible', () => {
    expect(formatMessage('en', '{n, plural, one {# touch on {date}} other {# touches, last {date}}} {missing}', { n: 3, date: 'Dec 4' })).toBe('3 touches, last Dec 4 {missing}');
  });

  it('keeps text parameters as they are (a tier, a date, a name)', () => {
    expect(formatMessage('en', 'Tier {tier} since {date}', { tier: 'A', date: '2026-12-04' })).toBe('Tier A since 2026-12-04');
  });

  it('shows a plural whose number is missing as written, rather than guessing', () => {
    expect(formatMessage('en', CONTACTS)).toBe(CONTACTS);
  });
});

describe('messageArguments and isWellFormed', () => {
  it('lists the arguments of placeholders and plurals, not the words of a branch', () => {
    expect(messageArguments('{file}: {count, plural, one {# problem in {part}} other {# problems}}')).toEqual(['count', 'file', 'part']);
  });

  it.each([
    ['{count, plural, one {#} other {#}}', true],
    ['{count, plural, one {#}}', false],
    ['{count', false],
    ['count}', false],
  ])('%s well formed: %s', (template, ok) => {
    expect(isWellFormed(template)).toBe(ok);
  });
});

describe('fillSpaced', () => {
  it('puts a space where a Latin value meets Han, in Chinese only', () => {
    expect(fillSpaced('zh-Hant', '{company}現在的排產？', { company: 'Orchid Precision' })).toBe('Orchid Precision 現在的排產？');
    expect(fillSpaced('zh-Hans', '了解{company}的情况', { company: 'Acme' })).toBe('了解 Acme 的情况');
    expect(fillSpaced('zh-Hans', '了解{company}的情况', { company: '贵公司' })).toBe('了解贵公司的情况');
    expect(fillSpaced('zh-Hant', '「{quote}」', { quote: 'ok' })).toBe('「ok」');
    expect(fillSpaced('en', '{company}, hi', { company: 'Acme' })).toBe('Acme, hi');
    expect(fillSpaced('zh-Hant', '{missing}您好', {})).toBe('{missing}您好');
  });
});

describe('spaceLatinAndHan', () => {
  it('spaces Latin words and numbers from Han, not punctuation', () => {
    expect(spaceLatinAndHan('SOP銷售助手在3個月內，ERP（系統）')).toBe('SOP 銷售助手在 3 個月內，ERP（系統）');
  });
});

describe('formatList', () => {
  it('lists as the language does, a Latin name one space from the Han word joining it', () => {
    expect(formatList('en', ['Wei Zhang', 'Tom Becker', 'Ana'])).toBe('Wei Zhang, Tom Becker, and Ana');
    expect(formatList('zh-Hant', ['Wei Zhang', 'Tom Becker'])).toBe('Wei Zhang 和 Tom Becker');
    expect(formatList('zh-Hans', ['Wei Zhang', 'Tom Becker', '王芳'])).toBe('Wei Zhang、Tom Becker 和王芳');
    expect(formatList('zh-Hans', ['王芳', '李雷'])).toBe('王芳和李雷');
  });
});
