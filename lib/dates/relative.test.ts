import { describe, expect, it } from 'vitest';
import { isRelativeWhen, relativeWhenIn, resolveWhen } from './relative';

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
    // Mail lists and reading panes, relative to when the page was read (Wednesday 25 Nov, 10:00).
    ['Yesterday 14:02', new Date(2026, 10, 24, 14, 2).getTime()],
    ['Yesterday at 2:02 PM', new Date(2026, 10, 24, 14, 2).getTime()],
    ['Today', new Date(2026, 10, 25, 12, 0).getTime()],
    ['Mon 9:14', new Date(2026, 10, 23, 9, 14).getTime()],
    ['Wed 9:14 AM', new Date(2026, 10, 18, 9, 14).getTime()],
    ['Thu 16:40', new Date(2026, 10, 19, 16, 40).getTime()],
    ['昨天 14:02', new Date(2026, 10, 24, 14, 2).getTime()],
    ['星期一', new Date(2026, 10, 23, 12, 0).getTime()],
    ['週一 上午9:14', new Date(2026, 10, 23, 9, 14).getTime()],
    ['週四 下午 4:40', new Date(2026, 10, 19, 16, 40).getTime()],
    ['3 days ago', NOW - 3 * 86_400_000],
    ['2 hr ago', NOW - 2 * 3_600_000],
    ['an hour ago', NOW - 3_600_000],
    ['15 min ago', NOW - 15 * 60_000],
    ['2 weeks ago', NOW - 14 * 86_400_000],
    ['2小时前', NOW - 2 * 3_600_000],
    ['2 小時前', NOW - 2 * 3_600_000],
    ['3天前', NOW - 3 * 86_400_000],
    ['5 分鐘前', NOW - 5 * 60_000],
    ['刚刚', NOW],
    ['Gestern 14:02', new Date(2026, 10, 24, 14, 2).getTime()],
    ['vor 2 Stunden', NOW - 2 * 3_600_000],
    // A full numeric date is never counted back to by its weekday.
    ['Fri 06/12/2026 09:14', undefined],
    ['06/12/2026', undefined],
  ])('%s', (text, expected) => {
    expect(resolveWhen(text, NOW)).toBe(expected);
  });

  it('counts from when the page was read, whatever the week start: a Monday read on Sunday or on Monday', () => {
    const sunday = new Date(2026, 11, 6, 23, 50).getTime();
    expect(resolveWhen('Mon 9:14', sunday)).toBe(new Date(2026, 10, 30, 9, 14).getTime());
    expect(resolveWhen('Yesterday 14:02', sunday)).toBe(new Date(2026, 11, 5, 14, 2).getTime());
    // Read on Monday (today's mail shows its time alone), "Mon" is a week ago.
    expect(resolveWhen('Mon 9:14', new Date(2026, 11, 7, 10, 0).getTime())).toBe(new Date(2026, 10, 30, 9, 14).getTime());
  });

  it('keeps relative words and short dates as the page wrote them, never a full date that did not read', () => {
    expect(relativeWhenIn([null, 'Yesterday  14:02'])).toBe('Yesterday 14:02');
    expect(relativeWhenIn(['', '週一 上午9:14'])).toBe('週一 上午9:14');
    expect(relativeWhenIn(['Fri 06/12/2026 09:14'])).toBeUndefined();
    expect(relativeWhenIn(['Inbox'])).toBeUndefined();
    expect(isRelativeWhen('2 hr ago')).toBe(true);
  });
});
