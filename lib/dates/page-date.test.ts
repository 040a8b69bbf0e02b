import { describe, expect, it } from 'vitest';
import { dayOrMonthUnclear, parsePageDate, readPageDate } from './page-date';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('a date on a page, in the page’s order', () => {
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
    expect(parsePageDate(text, order)).toBe(expected);
  });

  it('prefers a machine datetime, then a label that reads one way, to an ambiguous title', () => {
    expect(readPageDate(['2026-12-06T09:14:00.000Z', '06/12/2026 09:14'], 'month-first')).toBe(Date.parse('2026-12-06T09:14:00.000Z'));
    expect(readPageDate(['06/12/2026 09:14', 'Sent: Sunday, 6 December 2026 09:14'], 'month-first')).toBe(at(2026, 12, 6, 9, 14));
    expect(readPageDate(['06/12/2026 09:14'], 'day-first')).toBe(at(2026, 12, 6, 9, 14));
    expect(readPageDate(['06/12/2026 09:14'], undefined)).toBeUndefined();
  });

  it.each([
    // As CRMs print close dates and activity stamps.
    ['2026-12-18', undefined, at(2026, 12, 18)],
    ['2026/12/18', undefined, at(2026, 12, 18)],
    ['2026年12月18日', undefined, at(2026, 12, 18)],
    ['Dec 18, 2026', undefined, at(2026, 12, 18)],
    ['December 18th, 2026', undefined, at(2026, 12, 18)],
    ['18 Dec 2026', undefined, at(2026, 12, 18)],
    ['5th Jan, 2027', undefined, at(2027, 1, 5)],
    ['12/18/2026', undefined, at(2026, 12, 18)],
    ['18/12/2026', undefined, at(2026, 12, 18)],
    ['18.12.2026', undefined, at(2026, 12, 18)],
    ['2026-10-20 14:05', undefined, at(2026, 10, 20, 14, 5)],
    ['Sep 8, 2026 04:20 PM', undefined, at(2026, 9, 8, 16, 20)],
    ['Oct 1, 2026 at 10:12 AM GMT', undefined, at(2026, 10, 1, 10, 12)],
    // The same close date in an en-GB, a de and a US org: only the page's order tells them apart.
    ['05/01/2027', 'day-first', at(2027, 1, 5)],
    ['05/01/2027', 'month-first', at(2027, 5, 1)],
    ['05/01/2027', undefined, undefined],
    ['05.01.2027', undefined, at(2027, 1, 5)],
    ['05-01-2027', 'day-first', at(2027, 1, 5)],
    ['5/1/2027 9:30 AM', 'month-first', at(2027, 5, 1, 9, 30)],
  ] as const)('a CRM date %s (order %s)', (text, order, expected) => {
    expect(parsePageDate(text, order)).toBe(expected);
  });

  it.each(['', '--', 'next quarter', '2026-13-01', '2/30/2026', 'Q4 2026', '31/31/2026'])('finds no date in %j', (text) => {
    expect(parsePageDate(text, 'day-first')).toBeUndefined();
    expect(parsePageDate(text, 'month-first')).toBeUndefined();
  });

  it('marks a date unclear only when it reads as two days and nothing settles it', () => {
    expect(dayOrMonthUnclear('06/12/2026')).toBe(true);
    expect(dayOrMonthUnclear('05/01/2027 10:00')).toBe(true);
    expect(dayOrMonthUnclear('06/12/2026', 'day-first')).toBe(false);
    expect(dayOrMonthUnclear('Sun 06/12/2026')).toBe(false);
    expect(dayOrMonthUnclear('07/07/2026')).toBe(false);
    expect(dayOrMonthUnclear('18/12/2026')).toBe(false);
    expect(dayOrMonthUnclear('06.12.2026')).toBe(false);
    expect(dayOrMonthUnclear('2026/06/12')).toBe(false);
    expect(dayOrMonthUnclear('next quarter')).toBe(false);
  });
});
