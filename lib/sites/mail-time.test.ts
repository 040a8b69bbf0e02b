import { describe, expect, it } from 'vitest';
import { dayOrderOfLocale, dayOrderShownBy, parseMailTime, readMailTime } from './mail-time';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('a mail time in the page’s locale', () => {
  it.each([
    // The weekday printed beside the date decides: 6 December 2026 is a Sunday, 12 June a Friday.
    ['Sun 06/12/2026 09:14', undefined, at(2026, 12, 6, 9, 14)],
    ['Fri 06/12/2026 09:14', undefined, at(2026, 6, 12, 9, 14)],
    ['Tue 9/3/2024 10:05 AM', undefined, at(2024, 9, 3, 10, 5)],
    ['Sun 06/12/2026 9:14 pm', 'month-first', at(2026, 12, 6, 21, 14)],
    // A number above 12 is the day, whatever the locale says.
    ['18/12/2026 14:05', 'month-first', at(2026, 12, 18, 14, 5)],
    ['12/18/2026 2:05 PM', 'day-first', at(2026, 12, 18, 14, 5)],
    // Without a weekday, the order the page shows decides; without one, nothing is guessed.
    ['06/12/2026 09:14', 'day-first', at(2026, 12, 6, 9, 14)],
    ['06/12/2026 09:14', 'month-first', at(2026, 6, 12, 9, 14)],
    ['06/12/2026 09:14', undefined, undefined],
    ['06/12/26 09:14', 'day-first', at(2026, 12, 6, 9, 14)],
    ['06.12.2026 09:14', undefined, at(2026, 12, 6, 9, 14)],
    ['07/07/2026 8:00 AM', undefined, at(2026, 7, 7, 8, 0)],
    // Chinese UIs write the year first, with 上午/下午 or a 24-hour clock.
    ['2026/12/6 周日 9:14', undefined, at(2026, 12, 6, 9, 14)],
    ['2026/12/6 周日 下午 9:14', undefined, at(2026, 12, 6, 21, 14)],
    ['2026年12月6日 週日 上午 12:05', undefined, at(2026, 12, 6, 0, 5)],
    ['2026年12月6日', undefined, at(2026, 12, 6)],
    ['2026-12-06 21:14', undefined, at(2026, 12, 6, 21, 14)],
    // Month names read one way only.
    ['Mon, Jun 10, 2024, 9:12 AM', undefined, at(2024, 6, 10, 9, 12)],
    ['Sun, 6 Dec 2026 09:14', undefined, at(2026, 12, 6, 9, 14)],
    ['Sunday, 6 December 2026 21:14', undefined, at(2026, 12, 6, 21, 14)],
    ['yesterday', 'day-first', undefined],
    ['31/02/2026', 'day-first', undefined],
  ] as const)('%s (order %s)', (text, order, expected) => {
    expect(parseMailTime(text, order)).toBe(expected);
  });

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

  it('prefers a machine datetime, then a label that reads one way, to an ambiguous title', () => {
    expect(readMailTime(['2026-12-06T09:14:00.000Z', '06/12/2026 09:14'], 'month-first')).toBe(Date.parse('2026-12-06T09:14:00.000Z'));
    expect(readMailTime(['06/12/2026 09:14', 'Sent: Sunday, 6 December 2026 09:14'], 'month-first')).toBe(at(2026, 12, 6, 9, 14));
    expect(readMailTime(['06/12/2026 09:14'], 'day-first')).toBe(at(2026, 12, 6, 9, 14));
    expect(readMailTime(['06/12/2026 09:14'], undefined)).toBeUndefined();
  });
});
