import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dayOrderOfLocale, dayOrderShownBy, declaredLocale, isDateStamp, pageDayOrder } from './day-order';

const page = (html: string) => new JSDOM(html).window.document;

describe('which way round a page writes day and month', () => {
  it('takes the order from another date on the page whose day is above 12, never from two that disagree', () => {
    expect(dayOrderShownBy(['06/12/2026 09:14', 'Thu 26/11/2026 17:45'])).toBe('day-first');
    expect(dayOrderShownBy(['6/12/2026 9:14 AM', '11/26/2026 5:45 PM'])).toBe('month-first');
    expect(dayOrderShownBy(['06/12/2026', '07/12/2026'])).toBeUndefined();
    expect(dayOrderShownBy(['26/11/2026', '11/26/2026'])).toBeUndefined();
    expect(dayOrderShownBy(['06.12.2026 09:14'])).toBe('day-first');
  });

  it.each([
    ['en-US', 'month-first'],
    ['en', 'month-first'],
    ['en-GB', 'day-first'],
    ['en-AU', 'day-first'],
    ['en-IN', 'day-first'],
    ['en-CA', undefined],
    ['fr-FR', 'day-first'],
    ['de', 'day-first'],
    ['zh-HK', 'day-first'],
    ['zh-Hant-HK', 'day-first'],
    ['zh-CN', undefined],
    ['zh-TW', undefined],
    ['ja-JP', undefined],
    ['', undefined],
  ] as const)('the locale %s writes dates %s', (lang, order) => {
    expect(dayOrderOfLocale(lang)).toBe(order);
  });

  it('reads the order from dates written with the month as a word', () => {
    expect(dayOrderShownBy(['Nov 26, 2026'])).toBe('month-first');
    expect(dayOrderShownBy(['Oct 1, 2026 at 10:12 AM GMT', 'Sep 8, 2026'])).toBe('month-first');
    expect(dayOrderShownBy(['26 Nov 2026'])).toBe('day-first');
    expect(dayOrderShownBy(['Sun, 6 Dec 2026 09:14'])).toBe('day-first');
    expect(dayOrderShownBy(['Mon, Jun 10, 2024, 9:12 AM'])).toBe('month-first');
    expect(dayOrderShownBy(['26 Nov 2026', 'Nov 26, 2026'])).toBeUndefined();
    expect(dayOrderShownBy(['Mar 2021 - Present', '2026年12月6日', '2026-12-06'])).toBeUndefined();
  });

  it('takes the order from a weekday beside a date that falls on it one way round only', () => {
    // 6 December 2026 is a Sunday, 12 June 2026 a Friday
    expect(dayOrderShownBy(['Sun 12/6/2026 9:14 AM'])).toBe('month-first');
    expect(dayOrderShownBy(['Fri 12/6/2026 09:14'])).toBe('day-first');
    expect(dayOrderShownBy(['Sunday, 12/6/2026'])).toBe('month-first');
    expect(dayOrderShownBy(['12/6/2026 周日 9:14'])).toBe('month-first');
    expect(dayOrderShownBy(['週五 12/6/2026 下午 3:20'])).toBe('day-first');
    expect(dayOrderShownBy(['Tues 1/12/27'])).toBe('month-first');
    expect(dayOrderShownBy(['Weds 2/12/2026'])).toBe('day-first');
    // (8 January 2026 is a Thursday, 1 August a Saturday)
    expect(dayOrderShownBy(['Thu 1/8/2026'])).toBe('month-first');
    expect(dayOrderShownBy(['Sat 1/8/2026'])).toBe('day-first');
    // a weekday neither reading falls on, or a date the same both ways round
    expect(dayOrderShownBy(['Sat 12/6/2026'])).toBeUndefined();
    expect(dayOrderShownBy(['Tue 3/3/2026'])).toBeUndefined();
    // no weekday word hides in other words, and a weekday beside two dates settles neither
    expect(dayOrderShownBy(['Sunrise Foods 12/6/2026'])).toBeUndefined();
    expect(dayOrderShownBy(['Monthly review 12/6/2026'])).toBeUndefined();
    expect(dayOrderShownBy(['Sun 12/6/2026 – 1/8/2026'])).toBeUndefined();
    // a weekday that disagrees with another stamp decides nothing
    expect(dayOrderShownBy(['Sun 12/6/2026', '26/11/2026'])).toBeUndefined();
  });

  it('takes the order from a list stamp without its year whose day is above 12', () => {
    expect(dayOrderShownBy(['Wed 11/25'])).toBe('month-first');
    expect(dayOrderShownBy(['Fri 27/11 15:20'])).toBe('day-first');
    expect(dayOrderShownBy(['周五 27/11'])).toBe('day-first');
    expect(dayOrderShownBy(['Wed 11/5'])).toBeUndefined();
    // (a ratio or a score with no weekday before it is no date)
    expect(dayOrderShownBy(['24/7 support', 'won 3/14'])).toBeUndefined();
  });

  it.each([
    ['Sun 12/6/2026 9:14 AM', true],
    ['Wed 11/25', true],
    ['12/6/2026', true],
    ['2026/11/27 周五 下午 3:20', true],
    ['Fri 27/11 15:20', true],
    ['周五 15:20', false],
    ['Re: Delivery 13/12/2026', false],
    ['Can we move it to 13/12?', false],
    ['li.wei@lotusfoods.example', false],
  ] as const)('%s is a date stamp alone: %s', (text, stamp) => {
    expect(isDateStamp(text)).toBe(stamp);
  });

  it('reads every date in a text, not only the first', () => {
    expect(dayOrderShownBy(['Created 06/12/2026 by Sam, edited 26/11/2026'])).toBe('day-first');
  });

  it.each([
    ['en', 'unknown', undefined],
    ['en', 'month-first', 'month-first'],
    ['en-US', 'unknown', 'month-first'],
    ['en-GB', 'unknown', 'day-first'],
    ['en_AU', 'unknown', 'day-first'],
    ['de', 'unknown', 'day-first'],
    ['zh-HK', 'unknown', 'day-first'],
    ['zh-CN', 'unknown', undefined],
  ] as const)('a CRM page in %s whose bare English reads %s writes dates %s', (lang, bareEnglish, order) => {
    expect(dayOrderOfLocale(lang, { bareEnglish })).toBe(order);
  });

  it('takes the locale a page declares: data-locale before lang', () => {
    expect(declaredLocale(page('<html lang="en"><body data-locale="en-GB"></body></html>'))).toBe('en-GB');
    expect(declaredLocale(page('<html lang="en" data-user-locale="de_DE"><body></body></html>'))).toBe('de_DE');
    expect(declaredLocale(page('<html lang="zh-HK"><body></body></html>'))).toBe('zh-HK');
    expect(declaredLocale(page('<html><body></body></html>'))).toBeUndefined();
  });

  it('prefers what the page’s dates show to what it declares, and declares nothing with bare English on a CRM', () => {
    const british = page('<html lang="en-GB"><body></body></html>');
    expect(pageDayOrder(british, [], { bareEnglish: 'unknown' })).toBe('day-first');
    expect(pageDayOrder(british, ['11/26/2026'], { bareEnglish: 'unknown' })).toBe('month-first');
    const english = page('<html lang="en"><body></body></html>');
    expect(pageDayOrder(english, ['05/01/2027'], { bareEnglish: 'unknown' })).toBeUndefined();
    expect(pageDayOrder(english, ['05/01/2027', '18 Nov 2026'], { bareEnglish: 'unknown' })).toBe('day-first');
    expect(pageDayOrder(english, [])).toBe('month-first');
  });
});
