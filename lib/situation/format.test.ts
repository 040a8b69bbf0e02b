import { describe, expect, it } from 'vitest';
import { formatDayInLetter } from './format';

const NOW = new Date(2026, 11, 6, 10).getTime();
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('a day as a letter writes it', () => {
  it('leaves the year out for the coming months, across the new year too', () => {
    expect(formatDayInLetter(day(2026, 12, 14), 'en', NOW)).toBe('December 14');
    expect(formatDayInLetter(day(2027, 1, 11), 'en', NOW)).toBe('January 11');
    expect(formatDayInLetter(day(2026, 12, 14), 'zh-Hans', NOW)).toBe('12月14日');
    expect(formatDayInLetter(day(2027, 9, 1), 'zh-Hant', NOW)).toBe('9月1日');
  });

  it('writes the year for a day further off or long past, where the month alone would mislead', () => {
    expect(formatDayInLetter(day(2028, 3, 3), 'en', NOW)).toBe('March 3, 2028');
    expect(formatDayInLetter(day(2025, 6, 1), 'en', NOW)).toBe('June 1, 2025');
    expect(formatDayInLetter(day(2028, 3, 3), 'zh-Hans', NOW)).toBe('2028年3月3日');
  });
});
