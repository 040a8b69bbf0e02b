import { describe, expect, it } from 'vitest';
import { resolveWhen } from './resolve-when';

const NOW = new Date(2026, 10, 25, 10, 0).getTime(); // Wednesday 25 Nov 2026, 10:00

describe('resolveWhen', () => {
  it.each<[string, number | undefined]>([
    ['Today 9:12 AM', new Date(2026, 10, 25, 9, 12).getTime()],
    ['8:47 AM', new Date(2026, 10, 25, 8, 47).getTime()],
    ['Yesterday 4:05 PM', new Date(2026, 10, 24, 16, 5).getTime()],
    ['Monday 9:00 AM', new Date(2026, 10, 23, 9, 0).getTime()],
    ['Jun 12 8:47 AM', new Date(2026, 5, 12, 8, 47).getTime()],
    ['Dec 20 8:47 AM', new Date(2025, 11, 20, 8, 47).getTime()],
    ['Jun 12, 2023 8:47 AM', new Date(2023, 5, 12, 8, 47).getTime()],
    ['6月12日 上午8:47', new Date(2026, 5, 12, 8, 47).getTime()],
    ['2023年6月12日 下午3:05', new Date(2023, 5, 12, 15, 5).getTime()],
    ['昨天 下午3:05', new Date(2026, 10, 24, 15, 5).getTime()],
    ['周一 上午9:00', new Date(2026, 10, 23, 9, 0).getTime()],
    ['週一 上午9:00', new Date(2026, 10, 23, 9, 0).getTime()],
    ['禮拜天 下午2:00', new Date(2026, 10, 22, 14, 0).getTime()],
    ['星期天', new Date(2026, 10, 22, 12, 0).getTime()],
    ['前天 晚上8:10', new Date(2026, 10, 23, 20, 10).getTime()],
    ['今日 上午9:30', new Date(2026, 10, 25, 9, 30).getTime()],
    ['尋日 下午5:45', new Date(2026, 10, 24, 17, 45).getTime()],
    ['2026/11/20 周五 下午 3:20', new Date(2026, 10, 20, 15, 20).getTime()],
    ['2026-11-20 14:05', new Date(2026, 10, 20, 14, 5).getTime()],
    ['2026/11/200', undefined],
    // Today's date later in the day is today (the page's clock is a time zone ahead), not a year ago.
    ['Nov 25 11:30 PM', new Date(2026, 10, 25, 23, 30).getTime()],
    ['11月25日 晚上11:30', new Date(2026, 10, 25, 23, 30).getTime()],
    ['Nov 26 8:00 AM', new Date(2025, 10, 26, 8, 0).getTime()],
    ['sometime', undefined],
  ])('%s', (text, expected) => {
    expect(resolveWhen(text, NOW)).toBe(expected);
  });
});
