import { describe, expect, it } from 'vitest';
import { rowDay } from '../../components/row-day';

/** Noon local time, so no zone moves the day. */
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();
const now = day(2026, 12, 6);

describe('rowDay: a row’s day, without the year of the current year', () => {
  it.each([
    ['en', day(2026, 12, 5), 'Dec 5'],
    ['zh-Hans', day(2026, 12, 5), '12月5日'],
    ['zh-Hant', day(2026, 11, 9), '11月9日'],
    ['en', day(2026, 1, 1), 'Jan 1'],
  ])('%s %s in the current year: %s', (locale, at, shown) => {
    expect(rowDay(at, locale, now)).toBe(shown);
  });

  it.each([
    ['en', day(2027, 9, 1), 'Sep 1, 2027'],
    ['en', day(2025, 12, 31), 'Dec 31, 2025'],
    ['zh-Hans', day(2027, 9, 1), '2027年9月1日'],
    ['zh-Hant', day(2025, 12, 31), '2025年12月31日'],
  ])('%s %s in another year keeps it: %s', (locale, at, shown) => {
    expect(rowDay(at, locale, now)).toBe(shown);
  });

  it('follows the reader’s clock across New Year', () => {
    const at = day(2026, 12, 30);
    expect(rowDay(at, 'en', now)).toBe('Dec 30');
    expect(rowDay(at, 'en', day(2027, 1, 2))).toBe('Dec 30, 2026');
  });
});
